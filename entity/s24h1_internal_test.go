package entity

import (
	"testing"

	"github.com/vistka/vistka"
)

// TestS24H1ObjectRole checks which role words outside the nominative are
// read as standing for a person: the object of a verb or preposition, the
// genitive owner of a thing, not the genitive of a word for a person or
// of a word naming a post.
func TestS24H1ObjectRole(t *testing.T) {
	tok := func(text, lemma, tag string) vistka.Token { return vistka.Token{Text: text, Lemma: lemma, Tag: tag} }
	mayor := tok("мера", "мер", "noun:anim:m:v_rod")
	tests := []struct {
		name string
		prev vistka.Token
		want bool
	}{
		{"за словами мера", tok("словами", "слово", "noun:inanim:p:v_oru"), true},
		{"рішення мера", tok("рішення", "рішення", "noun:inanim:n:v_naz"), true},
		{"зустрівся з мером", tok("з", "з", "prep"), true},
		{"заступник мера", tok("заступник", "заступник", "noun:anim:m:v_naz"), false},
		{"обов'язки мера", tok("обов'язки", "обов'язок", "noun:inanim:p:v_zna"), false},
		{"посаду мера", tok("посаду", "посада", "noun:inanim:f:v_zna"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := objectRole([]vistka.Token{tt.prev, mayor}, 1); got != tt.want {
				t.Errorf("objectRole = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestS24H1ClippedHead checks the clipped word of a ministry joined to its
// acronym.
func TestS24H1ClippedHead(t *testing.T) {
	tests := []struct {
		short, long string
		want        bool
	}{
		{"МінЖКГ", "Міністерство ЖКГ", true},
		{"МінАПК", "Міністерство АПК", true},
		{"МінАПК", "Міністерство ЖКГ", false},
		{"МінЖКГ", "Міністерство ЖКГ України", false},
		{"Мінфін", "Міністерство фінансів", false},
		{"НаЖКГ", "Міністерство ЖКГ", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := clippedHead(tt.short, tt.long); got != tt.want {
			t.Errorf("clippedHead(%q, %q) = %v, want %v", tt.short, tt.long, got, tt.want)
		}
	}
}

// TestS24H1ClubName checks clubName on clubs, companies and odd names.
func TestS24H1ClubName(t *testing.T) {
	for name, want := range map[string]string{
		"ФК «Малинськ»":       "Малинськ",
		"ГК «Карпати»":        "Карпати",
		"ТОВ «Альфа»":         "ТОВ «Альфа»",
		"ФК «Шахтар» Донецьк": "ФК «Шахтар» Донецьк",
		"ФК «»":               "ФК «»",
		"ФК":                  "ФК",
		"ФК «Альфа «Бета»»":   "ФК «Альфа «Бета»»",
	} {
		if got := clubName(name); got != want {
			t.Errorf("clubName(%q) = %q, want %q", name, got, want)
		}
	}
}
