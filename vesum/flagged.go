package vesum

import (
	"strings"
)

// dropTags are input-only tags that never reach the output.
var dropTags = []string{"coll", "v-u", "town", "towna", "+m", "+f", "np", "uncontr"}

// lineInfo is what a lemma line says beyond its flags.
type lineInfo struct {
	tags  tags // extra tags for every form
	plusM bool // ":+m": also masculine
	plusF bool // ":+f": also feminine
	town  bool // ":town": a town, which has a genitive in -у too (2019 spelling)
	np    bool // ":np": no plural
	prop  bool // capitalised and in a list of proper names
	file  fileKind
}

func newLineInfo(word, extra string, k fileKind) lineInfo {
	t := splitTags(strings.TrimPrefix(extra, ":"))
	li := lineInfo{file: k}
	li.plusM, li.plusF, li.town, li.np = t.has("+m"), t.has("+f"), t.has("town"), t.has("np")
	li.tags = t.without(dropTags...)
	li.prop = k.prop && isCapital(word)
	return li
}

// expandFlagged expands "word /flags extras".
func (x *expander) expandFlagged(p Part, extra string, ln *Line, withCS bool) ([]*lemmaForms, error) {
	li := newLineInfo(p.Word, extra, x.kind)
	main := &lemmaForms{lemma: p.Word, pos: ln.Pos, note: ln.Comment}
	var derived []*lemmaForms
	for _, fl := range p.Flags {
		if strings.HasPrefix(fl, "<") {
			fs, ok := parseAnim(fl)
			if !ok {
				return nil, lerr("flag", "unknown flag /%s", fl)
			}
			main.forms = append(main.forms, x.indeclinableName(p.Word, fs, li)...)
			continue
		}
		fs, err := x.analyse(fl)
		if err != nil {
			return nil, err
		}
		var forms []form
		var der []*lemmaForms
		switch fs.fam {
		case famNoun:
			forms, der = x.noun(p, fs, li)
		case famAdj:
			forms, der = x.adj(p, fs, li, ln, withCS)
		case famVerb:
			forms, der = x.verb(p, fs, li)
		case famNumr:
			forms = x.numr(p, fs, li)
		}
		main.forms = append(main.forms, forms...)
		for _, d := range der {
			d.pos, d.note = ln.Pos, ln.Comment
		}
		derived = append(derived, der...)
	}
	out := []*lemmaForms{}
	if len(main.forms) > 0 {
		out = append(out, main)
	}
	return append(out, derived...), nil
}

// overrideTags applies "^noun", "^noun:m", "^adj" to forms.
func overrideTags(forms []form, o string) []form {
	if o == "" {
		return forms
	}
	ot := splitTags(o)
	for i := range forms {
		t := forms[i].tags
		if pos := ot.pos(); pos != "" && pos != t.pos() {
			t = append(tags{pos}, t[1:]...)
		}
		if len(ot) > 1 && isGender(ot[1]) && t.gender() != "" && (t.gender() != "p" || ot[1] == "p") {
			t = t.setGender(ot[1])
		}
		forms[i].tags = t
	}
	return forms
}

// filterGender keeps forms whose gender is in g ("fp", "m", …).
func filterGender(forms []form, g string) []form {
	if g == "" {
		return forms
	}
	out := forms[:0]
	for _, f := range forms {
		if gg := f.tags.gender(); gg == "" || strings.Contains(g, gg) {
			out = append(out, f)
		}
	}
	return out
}

// noun inflects a noun lemma.
func (x *expander) noun(p Part, fs *flagSet, li lineInfo) ([]form, []*lemmaForms) {
	word := p.Word
	nk := fs.name
	person := nk.anim == "anim" && !nk.animal
	isName := li.file.names && isUpperStart(word) && fs.hasAnim && nk.anim == "anim" && !nk.animal
	surname := isName && nk.surname
	first := isName && !nk.surname
	n2x := len(fs.main) == 3 && strings.HasPrefix(fs.main, "n2") && fs.main[2] >= '0' && fs.main[2] <= '4'

	// Without ".a" the genitive is the dative in -у/-ю.
	genU := n2x && !fs.has["a"] && !fs.has["u"]
	bt := baseTags(fs.main, word)
	if fs.main == "n2n" && strings.HasSuffix(word, "я") {
		bt = "noun:n:v_naz/v_rod/v_zna/v_kly"
		for _, m := range fs.mods {
			if strings.HasPrefix(m, "p") {
				bt += "//p:v_naz"
				break
			}
		}
	}
	raw := baseForms(word, bt)
	// The main groups of neuter and third-declension nouns make some
	// plural forms ("моря"), which only count with a plural flag.
	dropP := !hasPlural(fs) && (strings.HasPrefix(fs.main, "n2n") || strings.HasPrefix(fs.main, "n3") || strings.HasPrefix(fs.main, "n4"))
	var keForms []form
	for i, g := range fs.groups {
		fsg := applyGroup(g, word, nil)
		if i == 0 && dropP {
			fsg = dropGender(fsg, "p")
		}
		if strings.HasSuffix(g.Name, ".ke") {
			keForms = append(keForms, fsg...)
			continue
		}
		raw = append(raw, fsg...)
	}
	if genU && !strings.ContainsRune("аеєиіїоуюя", lastRune(word)) {
		var add []form
		for _, f := range raw {
			if f.tags.gender() == "m" && f.tags.kase() == "v_dav" && (strings.HasSuffix(f.word, "у") || strings.HasSuffix(f.word, "ю")) {
				add = append(add, form{word: f.word, tags: f.tags.replace("v_dav", "v_rod"), fx: f.fx})
			}
		}
		raw = append(raw, add...)
	}
	if li.town && fs.has["a"] && n2x {
		if g := x.aff.Group(fs.main + ".u"); g != nil {
			for _, f := range applyGroup(g, word, nil) {
				f.tags = f.tags.with("up19")
				raw = append(raw, f)
			}
		}
	}

	// The vocative. For the second declension the base group makes one
	// in -у; ".ke" (or, after a hard consonant, nothing) replaces it by
	// one in -е, ".ku" keeps it.
	hasKe, hasKu := fs.has["ke"], fs.has["ku"]
	switch {
	case n2x && hasKe:
		if len(keForms) > 0 && !hasKu {
			raw = dropCase(raw, "m", "v_kly")
		}
		raw = append(raw, keForms...)
	case n2x && !hasKu && autoKe(fs.main, word):
		if g := x.aff.Group(fs.main + ".ke"); g != nil {
			var ke []form
			for _, f := range applyGroup(g, word, nil) {
				if strings.HasSuffix(f.word, "е") {
					ke = append(ke, f)
				}
			}
			if len(ke) > 0 && baseKlyHard(raw) {
				raw = dropCase(raw, "m", "v_kly")
				raw = append(raw, ke...)
			}
		}
	case fs.main == "n10" && !hasKu && !fs.has["ko"] && !fs.has["ko2"] && !surname:
		if g := x.aff.Group("n10.ko"); g != nil {
			raw = applyGroup(g, word, raw)
		}
	case strings.HasPrefix(fs.main, "n3"):
		raw = append(raw, keForms...)
		if !hasKe {
			if g := x.aff.Group(fs.main + ".ke"); g != nil {
				raw = applyGroup(g, word, raw)
			}
		}
	default:
		raw = append(raw, keForms...)
	}

	// Animacy, and the accusative that follows from it.
	anim := nk.anim
	if anim == "" {
		anim = "inanim"
	}
	for i := range raw {
		t := raw[i].tags
		if t.has("inanim") || t.has("anim") {
			anim = firstOf(t, "anim", "inanim", "unanim")
		}
		raw[i].tags = t.without("anim", "inanim", "unanim")
	}
	mode := accAnimal
	switch {
	case isName:
		mode = accName
	case person:
		mode = accPerson
	}
	raw = accusative(raw, anim, mode, fs.at)
	if !li.tags.has("pron") && !li.tags.has("abbr") {
		raw = pluralVocative(raw)
	} else {
		raw = dropCase(raw, "", "v_kly")
	}
	if strings.HasPrefix(fs.main, "np") {
		for i := range raw {
			raw[i].tags = raw[i].tags.with("ns")
		}
	}
	if li.np || (nk.surname && (nk.gender == "m" || nk.gender == "f") && !hasPlural(fs)) {
		raw = dropGender(raw, "p")
	}

	var derived []*lemmaForms
	// Feminine forms of adjectival surnames are a lemma of their own.
	if fs.main == "n2adj2" || (fs.main == "n2adj1" && fs.has["f"]) {
		var fem, rest []form
		for _, f := range raw {
			if f.tags.gender() == "f" && !isFemLemma(word) {
				fem = append(fem, f)
			} else {
				rest = append(rest, f)
			}
		}
		raw = rest
		if len(fem) > 0 && !(nk.surname && nk.gender == "m") {
			lemma := ""
			for _, f := range fem {
				if f.tags.kase() == "v_naz" {
					lemma = f.word
					break
				}
			}
			if lemma != "" {
				derived = append(derived, &lemmaForms{lemma: lemma, forms: x.finishNoun(fem, anim, li, isName, surname, first, word)})
			}
		}
	}

	// Gender: "<m", "<+m", ":+m", surnames of both genders.
	raw = nameGenders(raw, fs, nk, isName, li, word)
	raw = overrideTags(raw, p.Override)
	raw = filterGender(raw, p.Gender)

	// Patronymics.
	if fs.patr {
		derived = append(derived, x.patronymics(word, li)...)
	}
	return x.finishNoun(raw, anim, li, isName, surname, first, word), derived
}

// hasPlural reports whether a noun flag has a plural subgroup (".p",
// ".p1", ".piv", …); without one the main group's plural forms are dropped.
func hasPlural(fs *flagSet) bool {
	if strings.HasPrefix(fs.main, "np") {
		return true
	}
	for _, m := range fs.mods {
		if strings.HasPrefix(m, "p") && m != "patr" {
			return true
		}
	}
	return false
}

func isFemLemma(w string) bool {
	return strings.HasSuffix(w, "а") || strings.HasSuffix(w, "я")
}

// finishNoun adds animacy and the line's tags.
func (x *expander) finishNoun(forms []form, anim string, li lineInfo, isName, surname, first bool, word string) []form {
	extra := tags{}
	if li.prop || isName {
		if isUpperStart(word) {
			extra = append(extra, "prop")
		}
	}
	if isName {
		switch {
		case surname:
			extra = append(extra, "lname")
		case first:
			extra = append(extra, "fname")
		}
	}
	if li.file.geo && isUpperStart(word) {
		extra = append(extra, "geo")
	}
	for i := range forms {
		t := forms[i].tags
		if t.pos() == "noun" {
			t = append(tags{"noun", anim}, t[1:]...)
		}
		t = t.with(extra.String(), li.tags.String()).without(dropTags...)
		forms[i].tags = t
	}
	return forms
}

// autoKe reports whether a second-declension noun gets the vocative in -е
// without the .ke flag: one that ends in a hard consonant other than к, г,
// х (and ш for n21).
func autoKe(main, word string) bool {
	r := lastRune(word)
	if !strings.ContainsRune("бвдзлмнпрстфжш", r) {
		return false
	}
	if main == "n21" && r == 'ш' {
		return false
	}
	return true
}

// baseKlyHard reports whether the vocative the base group made ends in -у.
func baseKlyHard(forms []form) bool {
	for _, f := range forms {
		if f.tags.kase() == "v_kly" && f.tags.gender() == "m" {
			return strings.HasSuffix(f.word, "у")
		}
	}
	return false
}

func lastRune(s string) rune {
	var last rune
	for _, r := range s {
		last = r
	}
	return last
}

func firstOf(t tags, xs ...string) string {
	for _, x := range xs {
		if t.has(x) {
			return x
		}
	}
	return ""
}

// dropCase removes forms of gender g (any if "") in case c.
func dropCase(forms []form, g, c string) []form {
	out := forms[:0]
	for _, f := range forms {
		if f.tags.kase() == c && (g == "" || f.tags.gender() == g) {
			continue
		}
		out = append(out, f)
	}
	return out
}

func dropGender(forms []form, g string) []form {
	out := forms[:0]
	for _, f := range forms {
		if f.tags.gender() == g {
			continue
		}
		out = append(out, f)
	}
	return out
}

// accusative rebuilds the masculine and plural accusative from the
// animacy: like the genitive for animate nouns, like the nominative for
// inanimate ones, both for "unanim"; persons also have a rare plural
// accusative like the nominative ("вийти в люди").
type accMode int

const (
	accAnimal accMode = iota // "<>": the plural accusative is like the genitive or the nominative
	accPerson                // "<": … or, rarely, the nominative
	accName                  // names: only like the genitive
)

func accusative(forms []form, anim string, mode accMode, at bool) []form {
	out := make([]form, 0, len(forms)+8)
	for _, f := range forms {
		if g := f.tags.gender(); (g == "m" || g == "p") && f.tags.kase() == "v_zna" {
			continue
		}
		out = append(out, f)
	}
	var add []form
	for _, f := range out {
		g := f.tags.gender()
		if g != "m" && g != "p" {
			continue
		}
		switch f.tags.kase() {
		case "v_rod":
			if anim == "anim" || anim == "unanim" {
				add = append(add, form{word: f.word, tags: f.tags.replace("v_rod", "v_zna"), fx: f.fx})
			}
			if at && g == "m" && anim == "inanim" {
				add = append(add, form{word: f.word, tags: f.tags.replace("v_rod", "v_zna:var"), fx: f.fx.with("var")})
			}
		case "v_naz":
			switch {
			case anim == "inanim" || anim == "unanim" || (anim == "anim" && g == "p" && mode == accAnimal):
				add = append(add, form{word: f.word, tags: f.tags.replace("v_naz", "v_zna"), fx: f.fx})
			case anim == "anim" && g == "p" && mode == accPerson:
				add = append(add, form{word: f.word, tags: f.tags.replace("v_naz", "v_zna").with("rare"), fx: f.fx.with("rare")})
			}
		}
	}
	return append(out, add...)
}

// pluralVocative makes the plural vocative like the nominative.
func pluralVocative(forms []form) []form {
	var add []form
	for _, f := range forms {
		if f.tags.gender() == "p" && f.tags.kase() == "v_naz" {
			add = append(add, form{word: f.word, tags: f.tags.replace("v_naz", "v_kly"), fx: f.fx})
		}
	}
	return append(forms, add...)
}

// nameGenders fixes the genders of names and of ":+m"/":+f" words.
func nameGenders(forms []form, fs *flagSet, nk nameKind, isName bool, li lineInfo, word string) []form {
	sing := func(g string) []form {
		var out []form
		for _, f := range forms {
			if gg := f.tags.gender(); gg != "p" && gg != "" {
				out = append(out, form{word: f.word, tags: f.tags.setGender(g), fx: f.fx, base: f.base})
			}
		}
		return out
	}
	nativeF := fs.main == "n10" || strings.HasPrefix(fs.main, "n3")
	switch {
	case nk.gender == "m" && nativeF:
		forms = retag(forms, "m")
	case nk.gender == "f" && !nativeF && fs.main != "n2adj1":
		forms = retag(forms, "f")
	case nk.surname && nk.gender == "" && nativeF:
		forms = append(forms, sing("m")...)
	}
	if li.plusM {
		forms = append(forms, sing("m")...)
	}
	if li.plusF {
		forms = append(forms, sing("f")...)
	}
	// Surnames that a woman shares unchanged.
	if nk.surname && (nk.gender == "" || nk.gender == "d") && femNV(fs, nk, word) {
		for _, c := range cases {
			forms = append(forms, form{word: word, tags: tags{"noun", "f", c, "nv"}})
		}
	}
	return forms
}

// retag sets the gender of all singular forms.
func retag(forms []form, g string) []form {
	for i, f := range forms {
		if gg := f.tags.gender(); gg != "p" && gg != "" {
			forms[i].tags = f.tags.setGender(g)
		}
	}
	return forms
}

var cases = []string{"v_naz", "v_rod", "v_dav", "v_zna", "v_oru", "v_mis", "v_kly"}

// femNV reports whether a masculine surname is also an indeclinable
// feminine one.
func femNV(fs *flagSet, nk nameKind, word string) bool {
	if nk.gender == "d" {
		return true
	}
	switch fs.main {
	case "n2adj2":
		return true
	case "n20":
		if strings.HasSuffix(word, "о") {
			return true
		}
		if fs.has["a"] {
			for _, e := range []string{"ак", "як", "ук", "юк", "ич"} {
				if strings.HasSuffix(word, e) {
					return true
				}
			}
		}
		return false
	case "n21", "n22", "n23", "n24":
		return true
	}
	return false
}

// indeclinableName expands "/<", "/<+", "/<m", ….
func (x *expander) indeclinableName(word string, nk nameKind, li lineInfo) []form {
	var gs []string
	switch nk.gender {
	case "m":
		gs = []string{"m"}
	case "f":
		gs = []string{"f"}
	default:
		gs = []string{"m", "f"}
	}
	var forms []form
	for i, g := range gs {
		for j, c := range cases {
			forms = append(forms, form{word: word, tags: tags{"noun", g, c, "nv"}, base: i == 0 && j == 0})
		}
	}
	isName := li.file.names && isUpperStart(word)
	return x.finishNoun(forms, "anim", li, isName, nk.surname, !nk.surname, word)
}

// patronymics derives the patronymic lemmas of a first name.
func (x *expander) patronymics(word string, li lineInfo) []*lemmaForms {
	g := x.aff.Group("patr")
	if g == nil {
		return nil
	}
	var out []*lemmaForms
	for _, f := range applyGroup(g, word, nil) {
		// Patronymics decline like "Петрович /n20.a.ku" and "Петрівна
		// /n10.ko", in the singular.
		flag := "n10"
		mods := []string{"ko"}
		if f.tags.gender() == "m" {
			flag, mods = "n20", []string{"a", "ku"}
		}
		for _, m := range mods {
			if x.subgroup(flag, m) != nil {
				flag += "." + m
			}
		}
		flag += ".<"
		fs, err := x.analyse(flag)
		if err != nil {
			continue
		}
		li2 := li
		li2.prop = false
		forms, _ := x.noun(Part{Word: f.word}, fs, li2)
		for i := range forms {
			forms[i].tags = forms[i].tags.without("fname", "lname").with("prop", "pname")
		}
		forms = dropGender(forms, "p")
		out = append(out, &lemmaForms{lemma: f.word, forms: forms})
	}
	return out
}

// baseForms gives the lemma itself with the tags t.
func baseForms(word, t string) []form {
	var out []form
	for _, s := range mustExpand(t) {
		out = append(out, form{word: word, tags: splitTags(s), base: true})
	}
	return out
}

func mustExpand(s string) []string {
	if s == "" {
		return nil
	}
	t, err := expandTags(s)
	if err != nil {
		return nil
	}
	return t
}
