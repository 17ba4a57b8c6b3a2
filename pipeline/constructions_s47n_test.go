package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// The constructions of this file were found counting the shapes of the
// name and linking errors of the entity sets over the corpus (session 47,
// helper h47n); the sentences are our own.

// TestS47NQuotedNames checks that a body written with its legal form or
// kind before a name in guillemets is named by the quoted part, the name
// as written kept among its aliases, and that a branch of a body or a
// genitive in guillemets keeps the name as written.
func TestS47NQuotedNames(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, entity string
		alias              string // "" for none asked
	}{
		{"a legal form", "ТОВ «Зоряний шлях» виграло тендер на ремонт доріг у Вінниці.", "Зоряний шлях", "ТОВ «Зоряний шлях»"},
		{"a legal form after a preposition", "Міська рада уклала договір із ПП «Буд-Сервіс Плюс» на 12 млн гривень.", "Буд-Сервіс Плюс", ""},
		{"a kind in words", "Благодійний фонд «Тепла хата» передав генератори лікарні у Сумах.", "Тепла хата", ""},
		{"nested quotation marks", "Суд стягнув борг із ТОВ «Торговий дім «Лісова пісня»» на користь міста.", "Лісова пісня", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			e := entityByName(x, tt.entity)
			if e == nil {
				got := namesOf(x)
				t.Fatalf("no entity %q, got %q", tt.entity, got)
			}
			if tt.alias != "" && !slices.Contains(e.Aliases, tt.alias) {
				t.Errorf("aliases %q, want %q", e.Aliases, tt.alias)
			}
		})
	}
}

// TestS47NAcronymOfUkraine checks that an acronym ending in the У of
// України and the body's spelled-out name without the country are one
// body, named in full, whichever comes first.
func TestS47NAcronymOfUkraine(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"the acronym first",
			"ДПСУ посилила охорону кордону з Молдовою. Про це повідомили в Державній прикордонній службі.",
			"Державна прикордонна служба", []string{"ДПСУ", "Державній прикордонній службі"}, nil},
		{"the full name first",
			"Детективи Національного антикорупційного бюро провели обшуки в мерії Полтави. У НАБУ підтвердили, що провадження відкрито.",
			"Національне антикорупційне бюро", []string{"Національного антикорупційного бюро", "НАБУ"}, nil},
	})
}

// TestS47NNounAfterAcronym checks that a noun in lower case the tagger
// ran an acronym or a Latin name on over is no part of the name, and
// that a name in quotation marks keeps its words.
func TestS47NNounAfterAcronym(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, entity string
	}{
		{"a genitive object after the acronym", "Торік Україна продала до ЄС зерна на 2 млрд доларів.", "ЄС"},
		{"an accusative object after a Latin name", "Мерія уклала з Siemens контракт на постачання трамваїв.", "Siemens"},
		{"a name in quotation marks", "Будинки зареєстровані на фірму «СК інжиніринг», власником якої є депутат.", "СК інжиніринг"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			got := namesOf(x)
			if entityByName(x, tt.entity) == nil {
				t.Errorf("no entity %q, got %q", tt.entity, got)
			}
		})
	}
}

// TestS47NRegionalOutlet checks that an outlet named alone and by its
// regional name in one text is one outlet, named regionally.
func TestS47NRegionalOutlet(t *testing.T) {
	p := load(t)
	text := "У Полтаві відкрили новий міст через Ворсклу, повідомляє Суспільне Полтава. Міський голова розповів Суспільному, що рух відновлять у четвер."
	x := p.Extract(text, time.Time{})
	got := mentionsOf(t, x, "Суспільне Полтава")
	if !slices.Contains(got, "Суспільному") {
		t.Errorf("mentions %q, want Суспільному", got)
	}
}

// TestS47NPlantAcronym checks that a plant named by its town's adjective
// and the acronym of its kind, by its own acronym and spelled out is one
// body, whichever comes first.
func TestS47NPlantAcronym(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"the adjective and acronym, then the acronym",
			"Енергетики відремонтували лінію до Хмельницької АЕС. Після ремонту ХАЕС повернулася до роботи на повну потужність.",
			"Хмельницька АЕС", []string{"Хмельницької АЕС", "ХАЕС"}, nil},
		{"spelled out, then the adjective and acronym",
			"Місія агентства прибула на Рівненську атомну електростанцію. Інспектори пробудуть на Рівненській АЕС два тижні.",
			"Рівненська атомна електростанція", []string{"Рівненську атомну електростанцію", "Рівненській АЕС"}, nil},
	})
}

// TestS47NRegionalOffice checks that a regional office named by its
// acronym and the region, or by its acronym alone, is the office whose
// name the text spells out with the same region.
func TestS47NRegionalOffice(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"the acronym and the region",
			"Головне управління Національної поліції у Львівській області отримало нові автомобілі. Про це повідомили в ГУНП у Львівській області.",
			"Головне управління Національної поліції у Львівській області", []string{"ГУНП у Львівській області"}, nil},
		{"the acronym alone",
			"Контрольно-ревізійне управління у Рівненській області перевірило лікарню. За даними КРУ, збитки становлять 2 млн гривень.",
			"Контрольно-ревізійне управління у Рівненській області", []string{"КРУ"}, nil},
	})
}
