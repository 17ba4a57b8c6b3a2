package vesum

import (
	"fmt"
	"sort"
	"strings"
)

// expandTags turns the compact tag notation of the affix and lemma files
// into plain tag strings: "noun:m:v_dav/v_mis//f:v_zna" gives noun:m:v_dav,
// noun:m:v_mis and noun:f:v_zna; v_zn1 and v_zn2 (the accusative that is
// like the genitive, or like the nominative) become v_zna:ranim and
// v_zna:rinanim.
func expandTags(s string) ([]string, error) {
	if s == "" {
		return nil, fmt.Errorf("empty tags")
	}
	segs := strings.Split(s, "//")
	// Tags after the case of the last part belong to every part:
	// "adj:m:v_oru//n:v_oru:pron:ind".
	tail := ""
	if len(segs) > 1 {
		last := strings.Split(segs[len(segs)-1], ":")
		for i, t := range last {
			if strings.HasPrefix(t, "v_") && i+1 < len(last) {
				j := i + 1
				for j < len(last) && (last[j] == "ranim" || last[j] == "rinanim") {
					j++
				}
				if j < len(last) {
					tail = ":" + strings.Join(last[j:], ":")
					segs[len(segs)-1] = strings.Join(last[:j], ":")
				}
				break
			}
		}
	}
	var out []string
	pos := ""
	for i, seg := range segs {
		seg += tail
		if seg == "" {
			return nil, fmt.Errorf("empty part in tags %q", s)
		}
		toks := strings.Split(seg, ":")
		if i == 0 {
			pos = toks[0]
		} else if !isPOS(toks[0]) {
			toks = append([]string{pos}, toks...)
		}
		combos := [][]string{nil}
		for _, t := range toks {
			alts := strings.Split(t, "/")
			next := make([][]string, 0, len(combos)*len(alts))
			for _, c := range combos {
				for _, a := range alts {
					if a == "" {
						return nil, fmt.Errorf("empty tag in %q", s)
					}
					cc := append(append([]string(nil), c...), a)
					next = append(next, cc)
				}
			}
			combos = next
			if len(combos) > maxTagCombos {
				return nil, fmt.Errorf("tags %q make more than %d combinations", s, maxTagCombos)
			}
		}
		for _, c := range combos {
			for j, t := range c {
				switch t {
				case "v_zn1":
					c[j] = "v_zna:ranim"
				case "v_zn2":
					c[j] = "v_zna:rinanim"
				}
			}
			out = append(out, strings.Join(c, ":"))
		}
	}
	return out, nil
}

// maxTagCombos bounds the tag strings one compact tag string may stand for.
const maxTagCombos = 256

func isPOS(t string) bool {
	switch t {
	case "noun", "adj", "verb", "adv", "advp", "numr", "prep", "conj", "part", "intj",
		"noninfl", "onomat", "foreign", "number", "predic", "insert":
		return true
	}
	return false
}

// tags is a tag string split at ":".
type tags []string

func splitTags(s string) tags {
	if s == "" {
		return nil
	}
	return strings.Split(s, ":")
}

func (t tags) String() string { return strings.Join(t, ":") }

func (t tags) pos() string {
	if len(t) == 0 {
		return ""
	}
	return t[0]
}

func (t tags) has(x string) bool {
	for _, y := range t {
		if y == x {
			return true
		}
	}
	return false
}

func (t tags) clone() tags { return append(tags(nil), t...) }

// without returns t without any of xs.
func (t tags) without(xs ...string) tags {
	out := make(tags, 0, len(t))
next:
	for _, y := range t {
		for _, x := range xs {
			if y == x {
				continue next
			}
		}
		out = append(out, y)
	}
	return out
}

// with returns t plus the tags of x (a ":"-joined list) not yet in t.
func (t tags) with(x ...string) tags {
	out := t.clone()
	for _, s := range x {
		for _, y := range splitTags(s) {
			if y != "" && !out.has(y) {
				out = append(out, y)
			}
		}
	}
	return out
}

// replace returns t with old replaced by new (a ":"-joined list), if there.
func (t tags) replace(old, new string) tags {
	out := make(tags, 0, len(t)+1)
	for _, y := range t {
		if y == old {
			out = append(out, splitTags(new)...)
		} else {
			out = append(out, y)
		}
	}
	return out
}

func isGender(t string) bool {
	switch t {
	case "m", "f", "n", "p", "s":
		return true
	}
	return false
}

func isCase(t string) bool { return strings.HasPrefix(t, "v_") && len(t) == 5 }

// gender returns the gender or number tag of t, or "".
func (t tags) gender() string {
	for _, y := range t {
		if isGender(y) {
			return y
		}
	}
	return ""
}

// kase returns the case tag of t, or "".
func (t tags) kase() string {
	for _, y := range t {
		if isCase(y) {
			return y
		}
	}
	return ""
}

// setGender replaces the gender tag (or adds one after the part of speech).
func (t tags) setGender(g string) tags {
	out := t.clone()
	for i, y := range out {
		if isGender(y) {
			out[i] = g
			return out
		}
	}
	if len(out) == 0 {
		return tags{g}
	}
	return append(out[:1], append(tags{g}, out[1:]...)...)
}

// The order of tags in the output. Tags of the paradigm come first, in a
// fixed order per part of speech; then the other tags, by extraRank.
var (
	animRank = map[string]int{"anim": 0, "inanim": 1, "unanim": 2}
	genRank  = map[string]int{"m": 0, "f": 1, "n": 2, "p": 3, "s": -1}
	caseRank = map[string]int{"v_naz": 0, "v_rod": 1, "v_dav": 2, "v_zna": 3, "v_oru": 4, "v_mis": 5, "v_kly": 6}
	formRank = map[string]int{"inf": 0, "impr": 1, "pres": 2, "futr": 3, "past": 4, "impers": 5}

	extraOrder = strings.Fields(`
		pron pers 1 2 3 refl pos dem int rel def ind gen neg emph
		adjp actv pasv imperf perf
		compb compc comps
		short long
		numr var
		nv ns abbr
		insert predic
		prop fname lname pname geo
		arch slang vulg obsc bad err
		up92 up19 alt rare subst
		xp1 xp2 xp3 xp4 xp5 xp6 xp7 xp8 xp9`)
	extraRank = func() map[string]int {
		m := map[string]int{}
		for i, t := range extraOrder {
			m[t] = i
		}
		return m
	}()
)

// order sorts t into output order.
func (t tags) order() tags {
	if len(t) < 2 {
		return t
	}
	pos := t[0]
	type ranked struct {
		r1, r2 int
		t      string
	}
	rs := make([]ranked, 0, len(t)-1)
	for i, x := range t[1:] {
		r := ranked{r1: 1000, r2: i, t: x}
		if k, ok := coreRank(pos, x); ok {
			r.r1, r.r2 = k, 0
		} else if k, ok := extraRank[x]; ok {
			r.r1, r.r2 = 100+k, 0
		}
		rs = append(rs, r)
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].r1 != rs[j].r1 {
			return rs[i].r1 < rs[j].r1
		}
		return rs[i].r2 < rs[j].r2
	})
	out := make(tags, 1, len(t))
	out[0] = pos
	for _, r := range rs {
		out = append(out, r.t)
	}
	return out
}

// coreRank ranks the paradigm tags of a part of speech.
func coreRank(pos, x string) (int, bool) {
	switch pos {
	case "verb":
		switch x {
		case "rev":
			return 0, true
		case "imperf", "perf":
			return 1, true
		}
		if k, ok := formRank[x]; ok {
			return 2 + k, true
		}
		switch x {
		case "s", "p", "m", "f", "n":
			return 10 + genRank[x] + 1, true
		case "1", "2", "3":
			return 20 + int(x[0]-'0'), true
		}
		return 0, false
	case "advp":
		switch x {
		case "rev":
			return 0, true
		case "imperf", "perf":
			return 1, true
		}
		return 0, false
	}
	if k, ok := animRank[x]; ok && pos == "noun" {
		return k, true
	}
	if isGender(x) {
		return 10, true
	}
	if isCase(x) {
		return 20, true
	}
	if x == "ranim" || x == "rinanim" {
		return 30, true
	}
	return 0, false
}

// sortKey ranks the paradigm tags of a form, for sorting the forms of
// one lemma: gender (or number), case, the kind of accusative; for verbs
// the form, number and person.
func sortKey(t tags) []int {
	if t.pos() == "verb" {
		k := []int{-1, -1, -1}
		for _, x := range t[1:] {
			if f, ok := formRank[x]; ok {
				k[0] = f
			} else if x == "s" {
				k[1] = 0
			} else if g, ok := genRank[x]; ok {
				k[1] = 1 + g
			} else if x >= "1" && x <= "3" && len(x) == 1 {
				k[2] = int(x[0] - '0')
			}
		}
		return k
	}
	k := []int{-1, -1, 1}
	for _, x := range t[1:] {
		switch {
		case isGender(x):
			k[0] = genRank[x]
		case isCase(x):
			k[1] = caseRank[x]
		case x == "ranim":
			k[2] = 0
		case x == "rinanim":
			k[2] = 2
		}
	}
	return k
}

// fxOrder orders the tags a form has of its own.
var fxOrder = map[string]int{"subst": 0, "arch": 1, "short": 2, "long": 3, "rare": 4, "var": 5, "up19": 6, "up92": 7}

func compareExtras(a, b tags) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] == b[i] {
			continue
		}
		ra, oka := fxOrder[a[i]]
		rb, okb := fxOrder[b[i]]
		switch {
		case oka && okb:
			if ra < rb {
				return -1
			}
			return 1
		case oka:
			return -1
		case okb:
			return 1
		}
		if a[i] < b[i] {
			return -1
		}
		return 1
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

func compareInts(a, b []int) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}
