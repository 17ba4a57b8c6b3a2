package morph

import (
	"slices"
	"strings"
)

// Generation: a lexeme's paradigm lists every form with its tag, so
// inflecting a lemma is choosing the slots whose tags fit the request.
// The request names only what should change ("v_oru", "f:v_naz",
// "p:v_rod"); everything else is taken from the lemma's own reading (a
// noun stays singular and keeps its kind, an adjective stays in the
// positive degree), and slots with marks the request did not ask for
// (bad, alt, var, arch, …) lose out to plain ones.

// featureClass groups the tag values that replace one another.
func featureClass(v string) int {
	switch v {
	case "v_naz", "v_rod", "v_dav", "v_zna", "v_oru", "v_mis", "v_kly":
		return 1
	case "m", "f", "n", "p", "s":
		return 2
	case "1", "2", "3":
		return 3
	case "inf", "pres", "futr", "past", "impr", "impers":
		return 4
	case "compb", "compc", "comps":
		return 5
	case "rinanim", "ranim":
		return 6
	}
	return 0
}

// paradigmRef is a paradigm with a stem: a known lexeme or a guessed one.
type paradigmRef struct {
	stem []byte
	para int
}

// paradigmsOf returns the paradigms whose lemma is lemma: the lexicon's,
// or else (guessed is true) the guesser's, best first.
func (l *Lexicon) paradigmsOf(lemma string) (prs []paradigmRef, guessed bool) {
	var buf [32]Cand
	var out []paradigmRef
	var seen []LexemeID
	for _, c := range l.AppendLookup(buf[:0], lemma) {
		if slices.Contains(seen, c.Lexeme) {
			continue
		}
		seen = append(seen, c.Lexeme)
		if l.Lemma(c.Lexeme) != lemma {
			continue
		}
		if stem, para, ok := l.record(c.Lexeme); ok {
			out = append(out, paradigmRef{stem, para})
		}
	}
	if len(out) > 0 {
		return out, false
	}
	for _, g := range l.guessAll(lemma) {
		if g.Lemma == lemma && l.isLemmaReading(g.Tag) {
			pr := paradigmRef{[]byte(g.stem), g.para}
			if !slices.ContainsFunc(out, func(x paradigmRef) bool { return x.para == pr.para }) {
				out = append(out, pr)
			}
		}
	}
	return out, true
}

// isLemmaReading reports whether tag is the reading of a dictionary
// form: a nominative (masculine for adjectives) or an infinitive.
func (l *Lexicon) isLemmaReading(tag string) bool {
	parts := strings.Split(tag, ":")
	switch parts[0] {
	case "verb":
		return slices.Contains(parts, "inf")
	case "adj":
		return slices.Contains(parts, "v_naz") && (slices.Contains(parts, "m") || slices.Contains(parts, "p") && slices.Contains(parts, "ns"))
	case "noun", "numr":
		return slices.Contains(parts, "v_naz")
	}
	return true
}

type slotForm struct {
	form string
	tag  []string
}

// Inflect returns the forms of lemma whose tags have every feature of
// want (tag values joined by ':', e.g. "v_oru", "f:v_naz", "p:v_rod"),
// best first; features want does not name stay as in the lemma's own
// reading. A lemma the lexicon does not know is inflected like the
// known words it resembles. Inflect returns nil when nothing fits.
func (l *Lexicon) Inflect(lemma, want string) []string {
	lemma = NormApostrophe(lemma)
	w := strings.Split(want, ":")
	if want == "" {
		w = nil
	}
	var best []string
	bestScore := -1 << 30
	prs, guessed := l.paradigmsOf(lemma)
	for _, pr := range prs {
		if guessed && best != nil {
			break // the best guessed paradigm that can make the form
		}
		var slots []slotForm
		l.paraForms(pr.stem, pr.para, func(form string, tag TagID) {
			slots = append(slots, slotForm{form, strings.Split(l.tags[tag], ":")})
		})
		// The lemma's own reading.
		var own []string
		for _, s := range slots {
			if s.form == lemma && l.isLemmaReading(strings.Join(s.tag, ":")) {
				own = s.tag
				break
			}
		}
		if own == nil && len(slots) > 0 {
			own = slots[0].tag
		}
		desired := desiredTag(own, w)
		for _, s := range slots {
			if !containsAll(s.tag, w) {
				continue
			}
			score := 0
			for _, v := range s.tag {
				if slices.Contains(desired, v) {
					score++
				} else {
					score -= 2
				}
			}
			for _, v := range desired {
				if !slices.Contains(s.tag, v) {
					score--
				}
			}
			switch {
			case score > bestScore:
				bestScore = score
				best = append(best[:0], s.form)
			case score == bestScore && !slices.Contains(best, s.form):
				best = append(best, s.form)
			}
		}
	}
	return best
}

// desiredTag is own with the values of want put in place of the values
// of the same class.
func desiredTag(own, want []string) []string {
	out := slices.Clone(own)
	for _, v := range want {
		c := featureClass(v)
		replaced := false
		if c != 0 {
			for i, o := range out {
				if featureClass(o) == c {
					out[i] = v
					replaced = true
					break
				}
			}
		}
		if !replaced && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	// The accusative of adjectives carries (r)anim only in some genders;
	// the slots decide.
	return out
}

func containsAll(tag, want []string) bool {
	for _, v := range want {
		if !slices.Contains(tag, v) {
			return false
		}
	}
	return true
}

// Nominative returns the nominative of a word form with its analysis
// (from Lookup or Guess), as named-entity normalisation needs it: a noun
// gives its lemma (the nominative plural for a plural-only noun:
// Штатами → Штати), an adjective, participle or pronoun the nominative
// of its own gender and number (центральної → центральна, Сполученими →
// Сполучені). The result is capitalised like form (ЦЕНТРАЛЬНОЇ →
// ЦЕНТРАЛЬНА, Центральної → Центральна) unless the lemma is a proper
// name that has its own case.
func (l *Lexicon) Nominative(form string, a Analysis) string {
	return l.nominative(form, a, false)
}

// NominativeSameNumber is Nominative that keeps a plural noun plural
// (Штатами, lemma штат → Штати), for names that are plural as a whole
// (Сполучені Штати, Нідерланди).
func (l *Lexicon) NominativeSameNumber(form string, a Analysis) string {
	return l.nominative(form, a, true)
}

func (l *Lexicon) nominative(form string, a Analysis, keepPlural bool) string {
	parts := strings.Split(a.Tag, ":")
	out := a.Lemma
	switch parts[0] {
	case "noun":
		if slices.Contains(parts, "ns") || keepPlural && slices.Contains(parts, "p") {
			if fs := l.Inflect(a.Lemma, "p:v_naz"); len(fs) > 0 {
				out = fs[0]
			}
		}
	case "adj":
		g := ""
		for _, p := range parts[1:] {
			if featureClass(p) == 2 {
				g = p
				break
			}
		}
		if g != "" {
			if fs := l.Inflect(a.Lemma, g+":v_naz"); len(fs) > 0 {
				out = fs[0]
			}
		}
	}
	return matchCase(out, form)
}

// matchCase gives s the capitalisation of model where it makes sense: an
// all-caps model makes s all caps, a capitalised one capitalises s.
func matchCase(s, model string) string {
	switch classify(model) {
	case caseUpper:
		if classify(s) != caseMixed {
			return strings.ToUpper(s)
		}
	case caseTitle:
		if classify(s) == caseLower {
			return toTitle(s)
		}
	}
	return s
}
