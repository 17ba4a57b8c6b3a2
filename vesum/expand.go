package vesum

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// form is one word form with its tags, before it is sorted into the
// dictionary.
type form struct {
	word string
	tags tags
	cf   bool // a future made by the v.cf group (dropped for perfective verbs)
	fx   tags // tags of the form itself (from its rule, or "rare"…), which order forms of one case
	base bool // the lemma itself
}

// lemmaForms is one lemma with its forms: what one lemma line (or part of
// it) expands to.
type lemmaForms struct {
	lemma string
	forms []form
	pos   Position
	note  string // the line's comment, for diagnostics
}

// fileKind says what a lemma list's name implies for its entries.
type fileKind struct {
	name      string
	tags      string // tags every entry gets, e.g. ":bad" in twisters.lst
	names     bool   // personal names: "<" is a first name, "<+" a surname
	prop      bool   // capitalised nouns are proper names
	geo       bool   // place names
	composite bool
}

func kindOf(base string) fileKind {
	k := fileKind{name: base}
	stem := strings.TrimSuffix(base, ".lst")
	switch {
	case stem == "twisters":
		k.tags = ":bad"
	case stem == "alt":
		k.tags = ":alt"
	case stem == "slang":
		k.tags = ":slang"
	case stem == "arch":
		k.tags = ":arch"
	case stem == "vulgar":
		k.tags = ":vulg"
	case stem == "vulgar_obsc":
		k.tags = ":vulg:obsc"
	case stem == "dot-abbr" || stem == "base-abbr":
		k.tags = ":abbr"
	case stem == "subst":
		k.tags = ":subst"
	case strings.HasPrefix(stem, "invalid"):
		k.tags = ":bad"
	case stem == "base-compound_1992":
		k.tags = ":up92"
	}
	switch {
	case strings.HasPrefix(stem, "names-"):
		k.prop = true
		k.names = stem == "names-anim" || stem == "names-composite"
	case strings.HasPrefix(stem, "geo-"):
		k.prop, k.geo = true, true
	case strings.HasSuffix(stem, "-composite"):
		k.prop = true
	}
	k.composite = strings.HasSuffix(stem, "-composite")
	return k
}

// lineError is an expansion problem with a line.
type lineError struct {
	kind string
	msg  string
}

func (e *lineError) Error() string { return e.msg }

func lerr(kind, format string, args ...any) error {
	return &lineError{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// expander expands the lines of one lemma list.
type expander struct {
	aff  *Affixes
	kind fileKind
}

// expandLine expands one line into its lemma and any lemmas derived from
// it (patronymics, feminine surnames, adverbial participles, comparatives).
func (x *expander) expandLine(ln *Line) ([]*lemmaForms, error) {
	if len(ln.Parts) > 1 {
		return x.expandComposite(ln)
	}
	p := ln.Parts[0]
	extra := p.Extra + x.kind.tags
	switch {
	case len(p.Flags) > 0:
		var out []*lemmaForms
		for _, cp := range splitAspects(p, extra) {
			lfs, err := x.expandFlagged(cp.part, cp.extra, ln, cp.cs)
			if err != nil {
				return nil, err
			}
			out = append(out, lfs...)
		}
		return out, nil
	case p.Tags != "":
		return x.expandTagged(p, extra, ln)
	}
	return nil, lerr("syntax", "no flags and no tags for %q", p.Word)
}

type aspectCopy struct {
	part  Part
	extra string
	cs    bool
}

// splitAspects turns ":imperf:perf" into two lines, one imperfective and
// one perfective; the comparatives stay with the last.
func splitAspects(p Part, extra string) []aspectCopy {
	t := splitTags(strings.TrimPrefix(extra, ":"))
	if !(t.has("imperf") && t.has("perf")) {
		return []aspectCopy{{p, extra, true}}
	}
	a := ":" + t.without("perf").String()
	b := ":" + t.without("imperf").String()
	return []aspectCopy{{p, a, false}, {p, b, true}}
}

// nameKind describes the name flags "<", "<+", "<+m", "<m", ….
type nameKind struct {
	anim    string // "anim", "unanim" or "" (inanimate)
	animal  bool   // "<>": the plural accusative is also like the nominative
	surname bool   // "<+"
	first   bool   // a first name ("<" in a names list)
	gender  string // "m" or "f" when fixed by "<m", "<+m", …; "d" for "<+d"
}

func parseAnim(mod string) (nameKind, bool) {
	switch mod {
	case "<":
		return nameKind{anim: "anim"}, true
	case "<>":
		return nameKind{anim: "anim", animal: true}, true
	case "<>>":
		return nameKind{anim: "unanim"}, true
	case "<m", "<f":
		return nameKind{anim: "anim", first: true, gender: mod[1:]}, true
	case "<+":
		return nameKind{anim: "anim", surname: true}, true
	case "<+m", "<+f", "<+d":
		return nameKind{anim: "anim", surname: true, gender: mod[2:]}, true
	}
	return nameKind{}, false
}

// isCapital reports whether w starts with a capital letter followed by a
// small one (Арсенал, not БЮТівець).
func isCapital(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(w[n:])
	return r2 == utf8.RuneError || !unicode.IsUpper(r2)
}

func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
