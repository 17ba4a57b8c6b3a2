package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// classes are what one attends as a pupil or a member rather than a place
// or a party one visits: гурток, заняття, уроки, курси, секція.
var classes = map[string]bool{
	"гурток": true, "заняття": true, "урок": true, "курс": true, "курси": true, "секція": true,
	"лекція": true, "тренування": true, "студія": true, "факультатив": true, "семінар": true,
}

// attendsClass reports whether the verb of visiting at at has a class for
// its object within its clause (сестра відвідувала гурток малювання,
// відвідує заняття з англійської): attendance, not a visit.
func (f *finder) attendsClass(at int) bool {
	for j := at + 1; j < len(f.toks) && j <= at+3; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") {
			return classes[t.Lemma] && hasCase(t, "v_zna")
		}
	}
	return false
}
