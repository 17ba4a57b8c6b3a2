package entity_test

import (
	"strings"
	"testing"

	"github.com/vistka/vistka/entity"
)

// TestS54NFirstNameAlone checks that a woman's first name alone in the
// genitive, dative or locative (in -і, -ї), kept as written, is the one
// person of the text with that first name in -а or -я, named in full or
// by the first name alone, either way round; with two such people it
// stays apart.
func TestS54NFirstNameAlone(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"after the full name",
			"Вчителька [PERS Гафія Стрільчук|Гафія Стрільчук] відкрила урок. [PERS Гафії|Гафії] подарували квіти.",
			"Гафія Стрільчук/PERS/2"},
		{"after the first name alone",
			"[PERS Уляна|Уляна] прийшла додому. Від [PERS Уляни|Уляна] пахло димом, а [PERS Уляні|Уляні] було холодно.",
			"Уляна/PERS/3"},
		{"before the nominative",
			"Листи [PERS Мелані|Мелані] приходили щодня. Тоді [PERS Меланя|Меланя] сама приїхала.",
			"Меланя/PERS/2"},
		{"two such people",
			"[PERS Гафія Стрільчук|Гафія Стрільчук] і [PERS Гафія Довбиш|Гафія Довбиш] прийшли. [PERS Гафії|Гафії] подарували квіти.",
			"Гафія Стрільчук/PERS/1 | Гафія Довбиш/PERS/1 | Гафії/PERS/1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range entity.Link(analysis(tt.text), fakeAliases{}).Entities {
				got = append(got, e.Name+"/"+e.Type+"/"+itoa(len(e.Mentions)))
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("got  %q\nwant %q", g, tt.want)
			}
		})
	}
}
