package pipeline_test

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// TestS26EntityGroups checks which names the whole pipeline makes one
// entity: the parliament named short (Рада, У Раді, which the POS tagger
// reads as рад, the unit) and in full; a council with a place's name
// apart from it; deputies apart from their parliament; a union's acronym, clipped and full names, typed a body or a place.
func TestS26EntityGroups(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text string
		want       []string // Name/TYPE/mentions of entities with names in the text
	}{
		{"the parliament named short and in full, and the Council of Europe",
			"Рада ратифікувала угоду. Верховна Рада у вівторок ратифікувала угоду між Україною та Радою Європи. У Раді заявили, що закон набуде чинності.",
			[]string{"Верховна Рада/ORG/3", "Україна/LOC/1", "Рада Європи/ORG/1"}},
		{"deputies and their parliament",
			"Депутати Ради проголосували за звернення.",
			[]string{"Рада/ORG/1"}},
		{"a union's acronym and names",
			"ЄС запровадив санкції. Європейський Союз також закликав Росію. Євросоюз готовий.",
			[]string{"Європейський Союз/ORG/3", "Росія/LOC/1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			var got []string
			for _, e := range x.Entities {
				if e.Type == "JOB" || e.Type == "DATE" {
					continue
				}
				got = append(got, fmt.Sprintf("%s/%s/%d", e.Name, e.Type, len(e.Mentions)))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
