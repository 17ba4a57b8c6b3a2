package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading our output over
// texts with no gold (wrong arguments and events that are none); the
// sentences are our own.

func TestPrecisionEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"fighting with no enemy named is service, not an attack",
			"Його дід воював в Афганістані. Мій брат бився в лавах повстанців пліч-о-пліч із сусідом.",
			nil},
		{"fighting against an enemy named is an attack",
			"Повстанці воювали проти окупантів.",
			[]string{"ASSAULT Повстанці → "}},
		{"завжди with the future pledges; with the past or present it tells a habit, none when of anyone (a named side's is kept: s56h)",
			"Прем'єр Петро Іваненко заявив, що Польща завжди підтримуватиме Україну. Громадяни завжди підтримували армію.",
			[]string{"SUPPORT Польща → Україна [future]"}},
		{"a customer paying for the works it ordered aids no one",
			"Фінансував роботи замовник – ДП «Укрбуд».",
			nil},
		{"a suggestion to family or by a friend is no request",
			"Подруга запропонувала мамі пройти обстеження. Петро звернувся до сестри з проханням допомогти.",
			nil},
		{"a minister's proposal to the government stays a request",
			"Міністр Петро Іваненко запропонував депутатам підтримати законопроєкт.",
			[]string{"REQUEST Петро Іваненко → депутати"}},
		{"a plural verb after a comma does not take a singular person before it as subject; the pronoun is the one arrested (the town the one-sentence story names is its place)",
			"У 1937 році Петро Іваненко очолив підпільну організацію у Львові, відтоді його багато разів арештовували.",
			[]string{"COERCE  → Петро Іваненко @Львів"}},
		{"a plural verb after a comma keeps the subject its own clause gives",
			"Міністр Петро Іваненко провів зустріч з делегацією Польщі, під час якої сторони погодили кредит.",
			// (the sides are both parties of the meeting, as the golds of
			// news3/09 and news4/08 have them)
			[]string{"CONSULT/meet Петро Іваненко → Польща", "AGREE Петро Іваненко,Польща → "}},
		{"an accusative pronoun with no person to stand for is the firm named before it that agrees",
			"Антимонопольний комітет перевірив фірму «Бета» і оштрафував її. Прокуратура перевірила ДП «Гамма», а суд оштрафував його.",
			// (a prosecutor checking a firm is an inquiry, as the golds
			// of news58/02 and news26/10 have it: session 44)
			[]string{"COERCE Антимонопольний комітет → Бета", "ACCUSE Прокуратура → ДП «Гамма»", "COERCE суд → ДП «Гамма»"}},
		{"a word for a firm in brackets after the name is what the pronoun agrees with",
			"Петро Іваненко працював у ТОВ «Альфа» (фармкомпанія, яка отримала держзамовлення, а потім АМКУ спіймав її на тендерній змові).",
			[]string{"ACCUSE АМКУ → ТОВ «Альфа»"}},
		{"a person the pronoun agrees with comes first",
			"Директорку ТОВ «Альфа» Марію Петренко перевірили, а суд оштрафував її.",
			[]string{"COERCE суд → Марія Петренко"}},
		{"a plural noun put first as the one driven or sent away is in its base form",
			"Селян зганяли насильно в колгоспи. Куркулів виселяли на висілки.",
			[]string{"COERCE  → селяни", "COERCE  → куркулі"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
