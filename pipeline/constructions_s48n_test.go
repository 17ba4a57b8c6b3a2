package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// The constructions of this file were found reading the name and linking
// errors of the studied entity sets (entities1–8); the sentences are our
// own.

// TestEntityForeignFirstName: a foreign first name the tagger leaves out
// of the person's name, right before the surname it found, is part of the
// name; a word governed by a preposition or an adjective, or a first name
// in another case, is not.
func TestEntityForeignFirstName(t *testing.T) {
	p := load(t)
	for _, tt := range []struct{ name, text, want, not string }{
		{"a first name read as a conjunction",
			"Меморандум підписав постійний представник агенції в Україні Яко Ферстер. Ферстер наголосив, що роботи почнуться восени.",
			"Яко Ферстер", "Ферстер"},
		{"a first name the lexicon does not know, opening the sentence",
			"Каан Сарпоглу, генеральний директор холдингу VEON, якому належить оператор, назвав покупку вдалою.",
			"Каан Сарпоглу", "Сарпоглу"},
		{"a first name read as a common noun",
			"На зустрічі з міністром закордонних справ Латвії Кадрі Вілтс обговорили санкції.",
			"Кадрі Вілтс", "Вілтс"},
		{"a noun after a preposition is no first name",
			"Пізніше у Бундестазі Свириденко провела зустріч із депутатами.",
			"Свириденко", "Бундестазі Свириденко"},
		{"a noun after its adjective is no first name",
			"На позачергових виборах до Верховної Ради Грищук переміг у своєму окрузі.",
			"Грищук", "Ради Грищук"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			if entityByName(x, tt.want) == nil {
				got := namesOf(x)
				t.Errorf("no entity %q, got %q", tt.want, got)
			}
			if entityByName(x, tt.not) != nil {
				t.Errorf("entity %q, do not want it", tt.not)
			}
		})
	}
}

// TestEntityShortenedBody: a body named in full and then by fewer of its
// words (the adjectives of standing left out, its town's adjective before
// an adjective of kind, the first name after імені) is one body; an
// adjective of kind tells two bodies apart.
func TestEntityShortenedBody(t *testing.T) {
	p := load(t)
	for _, tt := range []struct {
		name, text, short, long string
		same                    bool
	}{
		{"a standing adjective left out",
			"Гастролі Одеської національної опери почнуться у травні. Квитки до Одеської опери продають онлайн.",
			"Одеської опери", "Одеської національної опери", true},
		{"the first name after імені left out",
			"Трупа Національного академічного театру імені Івана Франка повернулася з гастролей. Театр імені Франка покаже прем'єру.",
			"Театр імені Франка", "Національного академічного театру імені Івана Франка", true},
		{"the town's adjective before an adjective of kind left out",
			"Волинський апеляційний суд залишив вирок без змін. Апеляційний суд відхилив скаргу захисту.",
			"Апеляційний суд", "Волинський апеляційний суд", true},
		{"an adjective of kind makes another body",
			"Вищий антикорупційний суд ухвалив вирок. Верховний Суд розгляне касацію.",
			"Верховний Суд", "Вищий антикорупційний суд", false},
		{"an adjective of kind left out makes another body",
			"Справу передали до Верховного антикорупційного суду. Верховний Суд розгляне касацію.",
			"Верховний Суд", "Верховного антикорупційного суду", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			a, b := entityOf(x, tt.short), entityOf(x, tt.long)
			if a == "" || b == "" {
				t.Fatalf("mentions %q %q not both found (%q %q)", tt.short, tt.long, a, b)
			}
			if (a == b) != tt.same {
				t.Errorf("%q and %q one entity: %v, want %v", tt.short, tt.long, a == b, tt.same)
			}
		})
	}
}

// TestEntityShortenedActorRecalled: a body named in full in the lead and
// by its short name in a sentence that recalls an older story ("Нагадаємо,
// у 2019 році …") is one body, and the older agreement it tells is no
// retelling of the lead's: the lead's contract and its parts stay.
func TestEntityShortenedActorRecalled(t *testing.T) {
	p := load(t)
	text := "Департамент освіти Житомирської міськради 12 травня уклав угоди на ремонт шкіл вартістю 3 млн грн.\n" +
		"Про це повідомляється у «Віснику державних закупівель».\n" +
		"ТОВ «Альфа-Буд» отримає 2 млн грн за ремонт покрівлі.\n" +
		"Нагадаємо, у 2019 році Департамент освіти уклав угоду з Житомирським політехнічним університетом.\n"
	x := p.Extract(text, time.Time{})
	var got []string
	for _, ev := range x.Events {
		got = append(got, eventString(x, ev))
	}
	for _, want := range []string{
		"AGREE Департамент освіти Житомирської міськради → ТОВ «Альфа-Буд»",
		"AGREE Департамент освіти Житомирської міськради → Житомирський політехнічний університет",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no event %q, got %q", want, got)
		}
	}
}
