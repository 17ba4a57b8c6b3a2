package source_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/source"
)

// TestS42MCapsSurname: a surname printed in capitals after a first name
// ("директор … Олександр ПОПОВ, пише ГолосUA") ends the speaker's name
// after a role when the entity tagger holds both words in one PERS span;
// without such a span (an abbreviation after a first name, Василь ЗСУ)
// no name is read.
func TestS42MCapsSurname(t *testing.T) {
	const lead = "Ціни на житло зростуть\nРизики неповернення депозитів спровокували зростання інвестицій у нерухомість. "
	// pers gives the PERS span of name in text, in code points.
	pers := func(text, name string) []vistka.Span {
		i := strings.Index(text, name)
		s := utf8.RuneCountInString(text[:i])
		return []vistka.Span{{Start: s, End: s + utf8.RuneCountInString(name), Type: "PERS", Text: name}}
	}
	for _, tt := range []struct {
		name, text, person string
		via                []string
	}{
		{"a role and a surname in capitals", lead + "Про це заявив директор проектної групи «Архиматика» Олександр ПОПОВ, пише ГолосUA.", "Олександр ПОПОВ", []string{"Олександр ПОПОВ"}},
		{"a press secretary", lead + "Про це розповіла прес-секретар Юлія ШЕВЧУК.", "Юлія ШЕВЧУК", []string{"Юлія ШЕВЧУК"}},
		{"an abbreviation after a first name", lead + "Про це розповів голова Василь ЗСУ.", "Василь", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := source.Finder{Names: pers(tt.text, tt.person)}.Find(tt.text)
			if !slices.Equal(src.Via, tt.via) && (len(src.Via) > 0 || len(tt.via) > 0) {
				t.Errorf("via %q, want %q", src.Via, tt.via)
			}
		})
	}
}
