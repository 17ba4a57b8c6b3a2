package pipeline

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// objectNames mends the base form of a person's name that is the object
// of a verb taking the accusative (призначив, нагородив, затримали),
// right after it or past the office it was given in the instrumental
// ("призначив прем'єр-міністром Іліє Боложана"). An animate accusative
// is the genitive for a man and ends in -у or -ю for a woman, never the
// vocative: a word the tagger read as a vocative (Іліє, as if of Ілія)
// is its own base form, and a surname in -а the tagger read as a man's
// genitive or accusative has the tagger's lemma for its base form
// (Боложана → Боложан, Ґрема → Ґрем) where the name's base form had kept
// the -а, reading a woman's name in the nominative, which no object is.
func objectNames(a *vistka.Analysis) {
	k := 0
	for si := range a.Sentences {
		toks := a.Sentences[si].Tokens
		for ti := range toks {
			for k < len(a.Spans) && a.Spans[k].Start < toks[ti].RStart {
				k++
			}
			if k >= len(a.Spans) {
				return
			}
			sp := &a.Spans[k]
			if sp.Start != toks[ti].RStart || sp.Type != "PERS" || !objectAt(toks, ti) {
				continue
			}
			end := ti
			for end < len(toks) && toks[end].REnd <= sp.End {
				end++
			}
			words := scan.Fields(sp.Lemma)
			if len(words) != end-ti {
				continue
			}
			changed := false
			for j := ti; j < end; j++ {
				t, w := &toks[j], &words[j-ti]
				switch {
				case vtag.Case(t.Tag) == "v_kly" && *w != t.Text:
					*w, changed = t.Text, true
				case j == end-1 && *w == t.Text && strings.HasSuffix(t.Text, "а") && vtag.Gender(t.Tag) == 'm' &&
					(vtag.Case(t.Tag) == "v_rod" || vtag.Case(t.Tag) == "v_zna") && t.Lemma+"а" == t.Text && startsUpper(t.Lemma):
					*w, changed = t.Lemma, true
				}
			}
			if changed {
				sp.Lemma = strings.Join(words, " ")
			}
		}
	}
}

// objectAt reports whether the name opening at toks[i] is the object of a
// verb taking the accusative right before it, or before the office in
// the instrumental right before it.
func objectAt(toks []vistka.Token, i int) bool {
	j := i - 1
	if j > 0 && strings.HasPrefix(toks[j].Tag, "noun") && vtag.Case(toks[j].Tag) == "v_oru" && startsLower(toks[j].Text) {
		j-- // призначив прем'єр-міністром
	}
	return j >= 0 && strings.HasPrefix(toks[j].Tag, "verb") && accusativeVerbs[toks[j].Lemma]
}

// accusativeVerbs are the verbs of news whose object, a person, stands
// in the accusative right after them.
var accusativeVerbs = map[string]bool{
	"призначити": true, "призначати": true, "нагородити": true, "нагороджувати": true, "звільнити": true,
	"затримати": true, "заарештувати": true, "обрати": true, "привітати": true, "прийняти": true,
	"запросити": true, "підтримати": true, "звинуватити": true, "засудити": true, "критикувати": true,
	"відсторонити": true, "помилувати": true, "депортувати": true, "екстрадувати": true, "допитати": true,
	"викликати": true, "висунути": true, "зустріти": true, "відвідати": true, "замінити": true,
}
