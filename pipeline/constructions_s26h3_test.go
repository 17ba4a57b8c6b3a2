package pipeline_test

import (
	"testing"
	"time"
)

// The sentences of this file were written, before the extractor was run
// on them, in the house styles of Ukrainian outlets (the twenty-ninth
// news set, testdata/gold/news29.jsonl); each states the events and
// quotes the guidelines of testdata/gold/README.md ask for.

// TestS26H3Events checks forces drawn up to a border, money given in the
// present, a letter of resignation written and visa-free travel
// cancelled, and what stays as it was: a sum recovered from a firm.
func TestS26H3Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"forces drawn up to a border with a region in the instrumental",
			"Росіяни стягують до кордону з Харківщиною нові підрозділи.",
			[]string{"MOBILIZE Росіяни → "}},
		{"a sum recovered from a firm stays a court's coercion",
			"Господарський суд стягнув з ТОВ «Альфа» 2 млн гривень боргу.",
			[]string{"COERCE Господарський суд → ТОВ «Альфа»"}},
		{"money a state gives in the present",
			"Данія виділяє Україні 200 млн євро на відновлення енергетики.",
			[]string{"AID Данія → Україна"}},
		{"a letter of resignation written",
			"Голова митниці Ігор Савчук написав заяву про звільнення за власним бажанням.",
			[]string{"CONCEDE Ігор Савчук → "}},
		{"visa-free travel cancelled for a state's officials",
			"Євросоюз скасував безвізовий режим для власників дипломатичних паспортів Грузії.",
			[]string{"SANCTION Євросоюз → "}},
		{"visa-free travel that may be suspended",
			"Брюссель може призупинити безвізовий режим для Молдови.",
			[]string{"SANCTION Брюссель →  [future]"}},
		{"states counted as the subject",
			"Понад 30 країн підписали декларацію про захист енергетики.",
			[]string{"AGREE Понад 30 країн → "}}, // (the whole count, since session 26)
		{"the rest of the states counted",
			"Решта 20 держав-членів уже погодили текст резолюції.",
			[]string{"AGREE 20 держав-членів → "}},
		{"the sides after the object put first stand for the parties just named",
			"Європейський інвестиційний банк надасть Укренерго кредит на 200 млн доларів. Відповідну угоду сторони підписали в Києві.",
			[]string{"AID Європейський інвестиційний банк → Укренерго [future]", "AGREE Європейський інвестиційний банк,Укренерго →  @Київ"}},
		{"a crowd out on an avenue protests",
			"Тисячі людей вийшли на проспект Незалежності в Мінську.",
			[]string{"PROTEST Тисячі людей →  @Мінськ"}},
		{"states counted after the people they are of are no subject",
			"Міністри оборони 12 країн погодили план навчань.",
			[]string{"AGREE Міністри оборони → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS26H3Quotes checks the one a press service quotes, named as the
// object of цитувати; a subject with its owner in the genitive before a
// quoted predicate; what someone is accused of quoted after в; and a
// letter of resignation, which says nothing.
func TestS26H3Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the one quoted is the object of цитувати, titled before",
			"Міністр фінансів Максим Гнатюк провів нараду.\n«Бюджет виконано на 98 відсотків», – цитує міністра пресслужба.",
			[]string{"Максим Гнатюк/цитувати/direct: Бюджет виконано на 98 відсотків"}},
		{"the subject and its owner before the quoted predicate",
			"Речник МЗС Олег Дзюба заявив, що рішення Братислави «не відповідає духу добросусідства».",
			[]string{"Олег Дзюба/заявити/indirect: рішення Братислави «не відповідає духу добросусідства»"}},
		{"what someone is accused of, quoted after в: the accuser's words",
			"Опозиційна партія звинуватила владу в «політичних репресіях».",
			[]string{"Опозиційна партія/звинуватити/direct: політичних репресіях"}},
		{"the accusation joined to reported content: the cue's speaker",
			"Партія «Рух змін» заявила, що серед затриманих є троє її членів, і звинуватила поліцію в «свавіллі».",
			[]string{"Партія «Рух змін»/заявити/indirect: серед затриманих є троє її членів", "Партія «Рух змін»/звинуватити/direct: свавіллі"}},
		{"a name in marks after a preposition is no accusation",
			"Поліція затримала активістів у «Гідропарку».",
			nil},
		{"a letter of resignation is no statement about it",
			"Голова служби Роман Левченко написав заяву про звільнення.",
			nil},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS26H3Sources checks an outlet told by sources it counts, and a
// person credited by role and name in a Джерело line under the lead.
func TestS26H3Sources(t *testing.T) {
	p := load(t)
	for _, c := range []struct{ name, text, publisher, via string }{
		{"counted sources told the outlet",
			"Голова митниці подав у відставку\n\nГолова митниці Петро Мазур написав заяву про звільнення.\n\nПро це ZN.UA повідомили два джерела в уряді.",
			"Дзеркало тижня", "два джерела в уряді"}, // cited as written, with their count (session 45)
		{"a person credited by role and name under the lead",
			"Кремль відкинув перемир'я\n\nРосія відкинула пропозицію України про перемир'я.\n\nДжерело: речник Кремля Кирило Абрамов у коментарі російським ЗМІ\n\nДеталі: Москва не бачить підстав.",
			"", "Кирило Абрамов"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := p.Extract(c.text, time.Time{})
			if x.Source.Publisher != c.publisher || len(x.Source.Via) != 1 || x.Source.Via[0] != c.via {
				t.Errorf("publisher %q via %q, want %q and [%q]", x.Source.Publisher, x.Source.Via, c.publisher, c.via)
			}
		})
	}
}

// TestS26H3TheirData checks a plural possessive that stands for the
// people the sentence before was told by: the quote's speaker is their
// phrase, with no entity.
func TestS26H3TheirData(t *testing.T) {
	p := load(t)
	text := "Про це повідомили три європейські дипломати, пише Reuters.\nЗа їхніми даними, Словаччина відмовилася підтримати рішення."
	x := p.Extract(text, time.Time{})
	if len(x.Quotes) != 1 || x.Quotes[0].SpeakerText != "три європейські дипломати" || x.Quotes[0].Text != "Словаччина відмовилася підтримати рішення" {
		t.Errorf("quotes %+v, want one of три європейські дипломати", x.Quotes)
	}
}

// TestS26H3DecidedThen checks a sentence that dates a decision told two
// sentences before, past one that tells no event.
func TestS26H3DecidedThen(t *testing.T) {
	p := load(t)
	pub := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	text := "МВФ погодив транш\n\nРада директорів Міжнародного валютного фонду погодила виділення Україні траншу на 1,1 млрд доларів. Кошти надійдуть до бюджету цього тижня, – повідомляє РБК-Україна.\n\nРішення ухвалили у вівторок за підсумками перегляду програми."
	x := p.Extract(text, pub)
	found := false
	for _, ev := range x.Events {
		if ev.Type == "AID" {
			found = true
			if ev.Date != "2026-12-01" {
				t.Errorf("AID dated %q, want 2026-12-01", ev.Date)
			}
		}
	}
	if !found {
		t.Errorf("no AID")
	}
}
