package pipeline

import (
	"strings"

	"github.com/vistka/vistka"
)

// pluralSpeakers puts in the nominative plural a speaker that no entity
// stands for and that the attribution has in another case: "за словами
// людей" is said by люди, "як розповіли мешканцям" by мешканці (see
// pluralBase), and one in the singular in the nominative singular: "за
// словами перевізника" is said by перевізник (see singularBase). The
// speaker's phrase is looked for in the quote's sentence and the two
// before it, where a cue names its speaker. A word that does not inflect
// (ЗМІ) is left as written.
func pluralSpeakers(a *vistka.Analysis, quotes []vistka.Quote, inflect func(lemma, want string) []string) {
	for i := range quotes {
		q := &quotes[i]
		if q.Speaker == "" || q.Speaker != q.SpeakerText {
			continue
		}
		s := sentenceAt(a, q.Start)
		for k := s; k >= 0 && k >= s-2; k-- {
			span := vistka.Range{Start: a.Sentences[k].RStart, End: a.Sentences[k].REnd}
			n := pluralBase(a, span, q.Speaker, inflect)
			if n == "" {
				n = singularBase(a, span, q.Speaker, inflect) // "за словами перевізника": перевізник
			}
			if n != "" && !strings.EqualFold(n, q.Speaker) {
				q.Speaker = n
				break
			}
		}
	}
}

// sentenceAt returns the index of the sentence holding the code point at
// pos, or -1.
func sentenceAt(a *vistka.Analysis, pos int) int {
	for s := range a.Sentences {
		if a.Sentences[s].RStart <= pos && pos < a.Sentences[s].REnd {
			return s
		}
	}
	return -1
}
