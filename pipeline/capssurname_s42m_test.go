package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// TestS42MCapsSurname checks a name printed with its surname in capitals
// after a first name, as regional papers print it: one PERS entity whose
// name is in title case (inflected forms to the nominative), the cited
// source after "Про це заявив", the speaker of a quote it closes, and an
// abbreviation after a first name (Василь ЗСУ) kept out of the name.
func TestS42MCapsSurname(t *testing.T) {
	p := load(t)
	const lead = "Ціни на житло зростуть\nРизики неповернення депозитів спровокували зростання інвестицій у нерухомість. "
	tests := []struct {
		name, text string
		names      []string // the PERS entities' names
		via        []string
		speaker    string // the first quote's speaker, by its entity's name
	}{
		{"the source line", lead + "Про це заявив директор проектної групи «Архиматика» Олександр ПОПОВ, пише ГолосUA.",
			[]string{"Олександр Попов"}, []string{"Олександр Попов"}, ""},
		{"a surname with few vowels closes a quote", "«Ми готові до зими», – зазначила директорка школи Марія ЛУЦЬ.",
			[]string{"Марія Луць"}, nil, "Марія Луць"},
		{"an inflected name", "Зі слів Олександра ПОПОВА, ціни зростуть.",
			[]string{"Олександр Попов"}, nil, "Олександр Попов"},
		{"an abbreviation after a first name", "На засіданні виступив Василь ЗСУ.",
			[]string{"Василь"}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			var names []string
			byID := map[string]string{}
			for _, e := range x.Entities {
				byID[e.ID] = e.Name
				if e.Type == "PERS" {
					names = append(names, e.Name)
				}
			}
			if !slices.Equal(names, tt.names) {
				t.Errorf("persons %q, want %q", names, tt.names)
			}
			if !slices.Equal(x.Source.Via, tt.via) && (len(x.Source.Via) > 0 || len(tt.via) > 0) {
				t.Errorf("via %q, want %q", x.Source.Via, tt.via)
			}
			if tt.speaker != "" && (len(x.Quotes) == 0 || byID[x.Quotes[0].Speaker] != tt.speaker) {
				t.Errorf("quotes %+v, want the first by %s", x.Quotes, tt.speaker)
			}
		})
	}
}
