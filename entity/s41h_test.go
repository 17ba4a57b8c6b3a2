package entity_test

import (
	"strings"
	"testing"

	"github.com/vistka/vistka/entity"
)

// TestS41HCountryAdjective checks that a body's name of a country's
// adjective before a capitalised name of its own (Український Червоний
// Хрест) and that name alone are one body either way round, and that the
// name alone stays apart when two such bodies are named.
func TestS41HCountryAdjective(t *testing.T) {
	tags := map[string][2]string{
		"Український": {"український", "adj:m:v_naz"}, "Червоний": {"червоний", "adj:m:v_naz:compb"}, "Хрест": {"хрест", "noun:inanim:m:v_naz"},
		"Українська": {"український", "adj:f:v_naz"}, "Російська": {"російський", "adj:f:v_naz"}, "Православна": {"православний", "adj:f:v_naz"},
		"Церква": {"церква", "noun:inanim:f:v_naz"}, "Червоного": {"червоний", "adj:m:v_rod:compb"}, "Хреста": {"хрест", "noun:inanim:m:v_rod"},
	}
	for _, tt := range []struct{ name, text, want string }{
		{"the long name first", "[ORG Український Червоний Хрест|Український Червоний Хрест] відкрив пункт. [ORG Червоний Хрест|Червоний Хрест] роздає воду.",
			"Український Червоний Хрест/ORG/2"},
		{"the short name first", "Волонтери [ORG Червоного Хреста|Червоний Хрест] прийшли. [ORG Український Червоний Хрест|Український Червоний Хрест] роздає воду.",
			"Український Червоний Хрест/ORG/2"},
		{"two such bodies", "[ORG Українська Православна Церква|Українська Православна Церква] і [ORG Російська Православна Церква|Російська Православна Церква] сперечаються. [ORG Православна Церква|Православна Церква] мовчить.",
			"Українська Православна Церква/ORG/1 | Російська Православна Церква/ORG/1 | Православна Церква/ORG/1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := analysis(tt.text)
			for i := range a.Sentences {
				for j := range a.Sentences[i].Tokens {
					tok := &a.Sentences[i].Tokens[j]
					if lt, ok := tags[tok.Text]; ok {
						tok.Lemma, tok.Tag = lt[0], lt[1]
					}
				}
			}
			var got []string
			for _, e := range entity.Link(a, fakeAliases{}).Entities {
				got = append(got, e.Name+"/"+e.Type+"/"+itoa(len(e.Mentions)))
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("got  %q\nwant %q", g, tt.want)
			}
		})
	}
}
