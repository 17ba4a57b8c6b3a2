package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// TestS42BArrivalForCare checks that an arrival for treatment, rest or
// training (на реабілітацію, на лікування, на навчання) is no visit to the
// place, before the verb or after it; an arrival for talks, or with no
// purpose, stays a visit.
func TestS42BArrivalForCare(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"patients coming for rehabilitation, the purpose before the verb",
			"До Харкова на реабілітацію приїжджатимуть пацієнти з інших регіонів.",
			nil},
		{"children arriving for treatment, the purpose after the verb",
			"Діти з Луганщини приїхали на лікування до Львова.",
			nil},
		{"students arriving for training",
			"Студенти з Польщі прибули на навчання до Києва.",
			nil},
		{"a delegation arriving for talks",
			"Делегація Польщі прибула на переговори до Києва.",
			[]string{"CONSULT/visit Польща → Київ @Київ"}},
		{"a minister arriving with no purpose said",
			"Міністр оборони Литви приїхав до Одеси.",
			[]string{"CONSULT/visit Міністр оборони Литви → Одеса @Одеса"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS42BChairedMeeting checks that a meeting (нарада, селекторна
// нарада) told as held under someone's chairmanship (під головуванням X),
// before the verb of taking place or after the noun, is a meeting with the
// chair as its side; a meeting with no chair named, a body's session and a
// court's hearing stay none.
func TestS42BChairedMeeting(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the chair before the verb, a title and an adjective",
			"Під головуванням віце-прем'єр-міністра України Олександра Сича відбулася селекторна нарада з питань освіти.",
			[]string{"CONSULT/meet Олександр Сич → "}},
		{"the chair after the noun",
			"Відбулася нарада під головуванням міністра освіти Сергія Квіта.",
			[]string{"CONSULT/meet Сергій Квіт → "}},
		{"the noun before the verb, the chair with no title",
			"Нарада пройшла під головуванням Анатолія Олійника.",
			[]string{"CONSULT/meet Анатолій Олійник → "}},
		{"no chair named",
			"Відбулася нарада з питань освіти.",
			nil},
		{"a court's hearing",
			"Під головуванням судді Івана Петренка відбулося засідання суду.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS42BMixedBrandOutlet checks that an outlet we do not know, named by
// one word that glues Cyrillic and Latin letters (ГолосUA, ВістіInfo),
// after пише or передає closing a source line of the lead, is the
// publisher, with the speaker of the line cited; a person who writes, or a
// name with one look-alike Latin letter, is no publisher.
func TestS42BMixedBrandOutlet(t *testing.T) {
	p := load(t)
	tests := []struct{ name, text, publisher, via string }{
		{"a brand after пише",
			"Ціни на житло зростуть на 10%. Про це заявив директор компанії «Альфа» Олександр Попов, пише ГолосUA.",
			"ГолосUA", "Олександр Попов"},
		{"a brand after передає",
			"Тарифи на воду зростуть з березня. Про це повідомив голова обласної ради Іван Коваль, передає ВістіInfo.",
			"ВістіInfo", "Іван Коваль"},
		{"a person who writes",
			"Ціни на житло зростуть на 10%. Про це заявив директор компанії «Альфа» Олександр Попов, пише Іван Петренко.",
			"", ""},
		{"a look-alike Latin letter in a surname",
			"Ціни на житло зростуть на 10%. Про це заявив директор компанії «Альфа» Олександр Попов, пише Пeтренко.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			if x.Source.Publisher != tt.publisher || tt.via != "" && !slices.Contains(x.Source.Via, tt.via) {
				t.Errorf("publisher %q via %q, want publisher %q via %q", x.Source.Publisher, x.Source.Via, tt.publisher, tt.via)
			}
		})
	}
}

// TestS42BDashLineWithName checks that a line of dialogue opened by a dash
// within a paragraph and running over two sentences to its cue is one
// direct quote though it holds a name in quotation marks (на «Локоматі»,
// ТОВ «Нова пошта»); a line that quotes someone's words in marks keeps its
// own reading, the quotation and the last sentence apart.
func TestS42BDashLineWithName(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a device's name in marks",
			"Реабілітація триває довго. - Курсу на «Локоматі» передують обстеження. Кошти потрапляють з бюджету, - зазначив заступник губернатора.",
			[]string{"заступник губернатора/зазначити/direct: Курсу на «Локоматі» передують обстеження. Кошти потрапляють з бюджету"}},
		{"a firm's name in marks",
			"Посилки доставлять до свята. - Відправлення приймає ТОВ «Нова пошта» у всіх містах. Доставка триватиме два дні, - розповів директор відділення Іван Коваль.",
			[]string{"Іван Коваль/розповісти/direct: Відправлення приймає ТОВ «Нова пошта» у всіх містах. Доставка триватиме два дні"}},
		{"words quoted in marks",
			"Реабілітація триває довго. - Лікар сказав нам: «Треба чекати, і все буде добре». Кошти потрапляють з бюджету, - зазначив заступник губернатора.",
			[]string{"Лікар/сказати/direct: Треба чекати, і все буде добре", "заступник губернатора/зазначити/indirect: Кошти потрапляють з бюджету"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS42BPublishingHouseSays checks that a publishing house named by the
// common noun in the locative (У видавництві кажуть: …, У видавництві
// пояснили, що …) speaks for itself, as a ministry does; a book printed
// in one, or a man who worked in one, is no one's speech.
func TestS42BPublishingHouseSays(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a colon after кажуть",
			"Книжка вийшла. У видавництві кажуть: постать Гавела не випадково стала предметом уваги.",
			[]string{"видавництво/казати/indirect: постать Гавела не випадково стала предметом уваги"}},
		{"пояснили, що",
			"Книжка вийшла. У видавництві пояснили, що тираж розпродано за тиждень.",
			[]string{"видавництво/пояснити/indirect: тираж розпродано за тиждень"}},
		{"a book printed in one",
			"Книжку надрукували у видавництві «Комора» минулого року.",
			nil},
		{"a man who worked in one",
			"Він двадцять років працював у видавництві. Книжка вийшла торік.",
			nil},
	}
	checkQuotes(t, p, tests, time.Time{})
}
