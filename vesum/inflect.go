package vesum

import (
	"regexp"
	"strings"
)

// family is the broad class of an inflection group.
type family int

const (
	famNoun family = iota
	famAdj
	famVerb
	famNumr
)

// flagSet is one "/main.mod.mod" flag of a lemma, analysed.
type flagSet struct {
	main    string
	mods    []string
	fam     family
	groups  []*Group
	name    nameKind
	hasAnim bool
	at      bool // "@": a second accusative like the genitive
	patr    bool
	has     map[string]bool
}

var familyRe = regexp.MustCompile(`^(adj|adj_ev|adj_pron|n\d+|n2n[fm]?|np\d|n2adj\d+i?|n_pron|numr|vr?\d)$`)

// analyse splits a flag like "n20.a.p.<+" into its groups and markers.
func (x *expander) analyse(flag string) (*flagSet, error) {
	mods := strings.Split(flag, ".")
	fs := &flagSet{main: mods[0], has: map[string]bool{}}
	if !familyRe.MatchString(fs.main) {
		return nil, lerr("group", "unknown inflection group %q", fs.main)
	}
	switch {
	case strings.HasPrefix(fs.main, "adj"):
		fs.fam = famAdj
	case fs.main == "numr":
		fs.fam = famNumr
	case fs.main[0] == 'v':
		fs.fam = famVerb
	default:
		fs.fam = famNoun
	}
	g := x.aff.Group(fs.main)
	if g == nil {
		return nil, lerr("group", "no inflection group %q in the affix files", fs.main)
	}
	fs.groups = append(fs.groups, g)
	for _, m := range mods[1:] {
		if m == "" {
			return nil, lerr("flag", "empty modifier in %q", flag)
		}
		fs.mods = append(fs.mods, m)
		fs.has[m] = true
		if nk, ok := parseAnim(m); ok {
			fs.name = nk
			fs.hasAnim = true
			continue
		}
		switch m {
		case "@":
			fs.at = true
			continue
		case "patr":
			fs.patr = true
			continue
		case "ikl":
			continue
		}
		sg := x.subgroup(fs.main, m)
		if sg == nil {
			return nil, lerr("group", "no subgroup %q for %q", m, fs.main)
		}
		fs.groups = append(fs.groups, sg)
	}
	return fs, nil
}

// subgroup finds the subgroup mod of group main: "n20.a", or for verbs
// the shared "v.cf" and the first group's "v1.it0".
func (x *expander) subgroup(main, mod string) *Group {
	if g := x.aff.Group(main + "." + mod); g != nil {
		return g
	}
	if main[0] == 'v' {
		fam := strings.TrimRight(main, "0123456789")
		if g := x.aff.Group(fam + "." + mod); g != nil {
			return g
		}
		if g := x.aff.Group(fam + "1." + mod); g != nil {
			return g
		}
	}
	return nil
}

// applyGroup applies every rule of g to word.
func applyGroup(g *Group, word string, out []form) []form {
	for _, r := range g.Rules {
		w, ok := r.apply(word)
		if !ok {
			continue
		}
		for _, t := range r.tags {
			tt := splitTags(t)
			out = append(out, form{word: w, tags: tt, fx: formExtras(tt)})
		}
	}
	return out
}

// formExtras returns the tags of a rule that are not paradigm tags.
func formExtras(t tags) tags {
	var out tags
	for _, x := range t[1:] {
		if isParadigm(x) || keyTags[x] {
			continue
		}
		out = append(out, x)
	}
	return out
}

func isParadigm(x string) bool {
	if isGender(x) || isCase(x) {
		return true
	}
	switch x {
	case "ranim", "rinanim", "inf", "impr", "pres", "futr", "past", "impers", "rev",
		"imperf", "perf", "1", "2", "3", "anim", "inanim", "unanim":
		return true
	}
	return false
}

// baseTags gives the tags of the lemma itself, which the affix files
// leave out.
func baseTags(main, word string) string {
	lw := strings.ToLower(word)
	ends := func(s ...string) bool {
		for _, x := range s {
			if strings.HasSuffix(lw, x) {
				return true
			}
		}
		return false
	}
	switch {
	case strings.HasPrefix(main, "adj"):
		switch {
		case ends("а", "я"):
			return "adj:f:v_naz/v_kly"
		case ends("е", "є", "о"):
			return "adj:n:v_naz/v_zna/v_kly"
		case ends("і", "ї"):
			return "adj:p:v_naz/v_zn2/v_kly"
		}
		if main == "adj" && ends("ій", "їй") {
			// Soft adjectives: the feminine dative is the lemma ("синій").
			return "adj:m:v_naz/v_zn2/v_kly//f:v_dav/v_mis"
		}
		return "adj:m:v_naz/v_zn2/v_kly"
	case main == "numr":
		if ends("ин", "ен") {
			return "numr:m:v_naz/v_zn2"
		}
		return "numr:p:v_naz/v_zna"
	case main == "n_pron":
		if ends("що", "щось") {
			return "noun:n:v_naz/v_zna:inanim"
		}
		return "noun:m:v_naz"
	case main == "n10":
		return "noun:f:v_naz"
	case strings.HasPrefix(main, "n2adj1"):
		switch {
		case ends("а", "я"):
			return "noun:f:v_naz/v_kly"
		case ends("е", "є", "о"):
			return "noun:n:v_naz/v_zna/v_kly"
		case ends("і", "ї"):
			return "noun:p:v_naz/v_kly:ns"
		}
		return "noun:m:v_naz/v_kly"
	case strings.HasPrefix(main, "n2adj"):
		return "noun:m:v_naz"
	case main == "n2n":
		return "noun:n:v_naz/v_zna/v_kly"
	case main == "n2nf":
		return "noun:f:v_naz/v_zna/v_kly"
	case main == "n2nm":
		return "noun:m:v_naz/v_kly"
	case strings.HasPrefix(main, "n2"):
		return "noun:m:v_naz"
	case strings.HasPrefix(main, "n3"):
		return "noun:f:v_naz/v_zna"
	case strings.HasPrefix(main, "n4"):
		return "noun:n:v_naz/v_zna/v_kly"
	case strings.HasPrefix(main, "np"):
		return "noun:p:v_naz/v_kly:ns"
	case strings.HasPrefix(main, "vr"):
		return "verb:rev:inf"
	case strings.HasPrefix(main, "v"):
		return "verb:inf"
	}
	return ""
}
