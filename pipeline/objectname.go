package pipeline

import (
	"slices"
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
// A surname in -у the tagger read as a man's dative of one in -о
// (Сабаленку as of Сабаленко) is a woman's in -а (Сабаленка): a man's
// accusative ends in -а.
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
				case j == end-1 && vtag.Case(t.Tag) == "v_dav" && vtag.Gender(t.Tag) == 'm' && strings.HasSuffix(t.Text, "у") &&
					strings.HasSuffix(*w, "о") && strings.TrimSuffix(*w, "о") == strings.TrimSuffix(t.Text, "у") && womansObject(toks, ti, j):
					// "обіграла Сабаленку": no man's dative (Сабаленко)
					// is the object, a woman's accusative is (Сабаленка)
					*w, changed = strings.TrimSuffix(t.Text, "у")+"а", true
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
	return j >= 0 && strings.HasPrefix(toks[j].Tag, "verb") && (accusativeVerbs[toks[j].Lemma] || contestVerbs[toks[j].Lemma])
}

// womansObject reports whether the surname at toks[j], closing a name
// that opens at toks[i] right after a verb of accusativeVerbs, may be a
// woman's accusative: its first name is in no dative ("Суд обрав Івану
// Петренку заставу": the verb has another object), and a surname alone
// follows a verb of a contest, which takes no dative ("обіграла
// Сабаленку"; "обрав Петренку запобіжний захід" may be a man's).
func womansObject(toks []vistka.Token, i, j int) bool {
	if j > i {
		return !slices.ContainsFunc(toks[i:j], func(t vistka.Token) bool { return vtag.Case(t.Tag) == "v_dav" })
	}
	return i > 0 && contestVerbs[toks[i-1].Lemma]
}

// contestVerbs are the verbs of winning a contest, whose object stands
// in the accusative and which take no dative.
var contestVerbs = map[string]bool{
	"обіграти": true, "обігравати": true, "перемогти": true, "перемагати": true, "здолати": true, "випередити": true,
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
