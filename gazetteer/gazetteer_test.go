package gazetteer_test

import (
	"testing"

	"github.com/vistka/vistka/gazetteer"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		name string
		want gazetteer.Category
	}{
		{"Астана", gazetteer.Place},
		{"Нур-Султан", gazetteer.Settlement},
		{"Казахстан", gazetteer.Country},
		{"казахстан", gazetteer.Country},
		{"Сполучені Штати Америки", gazetteer.Country},
		{"Україна", gazetteer.Country},
		{"Київ", gazetteer.Settlement},
		{"Блінкен", gazetteer.Surname},
		{"Токаєв", gazetteer.Surname},
		{"Ангела", gazetteer.FirstName},
		{"Меркель", gazetteer.Surname},
		{"Дніпро", gazetteer.Location},
		{"київський", gazetteer.GeoAdj},
		{"президент", gazetteer.Job},
		{"березень", gazetteer.Month},
		{"Балтія", gazetteer.Place},   // regions.lst: VESUM lists it only as another name
		{"Варшава", gazetteer.Abroad}, // a capital of capitals.go VESUM lists without :town
		{"Баку", gazetteer.Abroad},    // and one CLDR names for a time zone
		{"Найробі", gazetteer.Abroad},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := gazetteer.Lookup(tt.name); got&tt.want == 0 {
				t.Errorf("Lookup(%q) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
	for _, name := range []string{"Київ", "Мадейра", "Люксембург", "Софія"} {
		if gazetteer.Lookup(name)&gazetteer.Abroad != 0 { // a town at home, an island, a country, a first name
			t.Errorf("Lookup(%q) = %v, want no Abroad", name, gazetteer.Lookup(name))
		}
	}
	if got := gazetteer.Lookup("швидко"); got != 0 {
		t.Errorf("Lookup(швидко) = %v", got)
	}
}

func TestGuess(t *testing.T) {
	tests := []struct{ form, lemma string }{
		{"Токаєвим", "Токаєв"},
		{"Астани", "Астана"},
		{"Києва", "Київ"},
		{"Львова", "Львів"},
		{"Блінкена", "Блінкен"},
		{"Байдена", "Байден"},
		{"Казахстані", "Казахстан"},
		{"Меркель", "Меркель"},
		{"Азії", "Азія"},
		{"Кримського", "Кримський"},
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			if got, _ := gazetteer.Guess(tt.form); got != tt.lemma {
				t.Errorf("Guess(%q) = %q, want %q", tt.form, got, tt.lemma)
			}
		})
	}
}

func TestCountries(t *testing.T) {
	c, ok := gazetteer.CountryByCode("KZ")
	if !ok || c.Name != "Казахстан" || c.English != "Kazakhstan" {
		t.Fatalf("KZ = %+v", c)
	}
	if n := len(gazetteer.Countries()); n < 240 {
		t.Fatalf("%d countries", n)
	}
}

func BenchmarkCategories(b *testing.B) {
	g := gazetteer.Default()
	g.Categories("x")
	words := []string{"Токаєвим", "сказав", "Астані", "що", "Казахстан", "інвестиції"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		g.Categories(words[i%len(words)])
	}
}
