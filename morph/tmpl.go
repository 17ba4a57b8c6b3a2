package morph

import "strings"

// Tag templates separate what a rule of inflection decides (case, number,
// person, tense) from what the lemma decides (a noun's animacy, gender and
// kind, a verb's aspect, an adjective's participle and comparison
// features). The inference of tags for hunspell forms learns templates per
// rule and fills in the features of each lemma.
//
// A template is a VESUM tag with the lemma's features replaced by slot
// markers:
//
//	noun:\x01:\x02:v_rod\x03      anim, gender, tail (prop:geo, ns, …)
//	noun:\x01:p:v_naz\x03         plural: no gender slot
//	verb:rev:\x04:past:m          aspect
//	adj:m:v_zna:rinanim\x05       adjective tail (adjp:pasv:perf, compb, …)

const (
	slotA = iota // noun animacy: anim, inanim, unanim
	slotG        // noun gender: m, f, n
	slotT        // noun tail after the case: prop:geo, ns, nv:abbr, …
	slotV        // verb or adverbial participle aspect: perf, imperf, imperf:perf
	slotJ        // adjective tail after case and (r)anim: compb, adjp:pasv:perf, …
	numSlots
)

// lemmaFeats are the lemma-level features a template needs filled.
type lemmaFeats [numSlots]string

var slotDefault = lemmaFeats{"inanim", "m", "", "imperf", ""}

func isCase(s string) bool {
	return len(s) == 5 && strings.HasPrefix(s, "v_")
}

// splitTag turns tag into a template and the lemma features it shows.
// has says which slots the tag filled.
func splitTag(tag string) (tmpl string, lf lemmaFeats, has [numSlots]bool) {
	parts := strings.Split(tag, ":")
	var b strings.Builder
	b.WriteString(parts[0])
	switch parts[0] {
	case "noun":
		i := 1
		for ; i < len(parts); i++ {
			p := parts[i]
			switch {
			case p == "anim" || p == "inanim" || p == "unanim":
				b.WriteString(":\x01")
				lf[slotA], has[slotA] = p, true
				continue
			case p == "m" || p == "f" || p == "n":
				b.WriteString(":\x02")
				lf[slotG], has[slotG] = p, true
				continue
			}
			b.WriteByte(':')
			b.WriteString(p)
			if isCase(p) {
				i++
				break
			}
		}
		if i <= len(parts) {
			tail := parts[min(i, len(parts)):]
			// A variant-form marker belongs to the form, not the lemma.
			if len(tail) > 0 && tail[0] == "var" {
				b.WriteString(":var")
				tail = tail[1:]
			}
			lf[slotT], has[slotT] = strings.Join(tail, ":"), true
			b.WriteByte('\x03')
		}
	case "verb", "advp":
		asp := ""
		for _, p := range parts[1:] {
			if p == "perf" || p == "imperf" {
				if asp == "" {
					b.WriteString(":\x04")
					asp = p
				} else {
					asp += ":" + p
				}
				continue
			}
			b.WriteByte(':')
			b.WriteString(p)
		}
		if asp != "" {
			lf[slotV], has[slotV] = asp, true
		}
	case "adj":
		i := 1
		seenCase := false
		for ; i < len(parts); i++ {
			p := parts[i]
			if seenCase && p != "rinanim" && p != "ranim" {
				break
			}
			b.WriteByte(':')
			b.WriteString(p)
			if isCase(p) {
				seenCase = true
			}
		}
		if seenCase {
			lf[slotJ], has[slotJ] = strings.Join(parts[i:], ":"), true
			b.WriteByte('\x05')
		} else {
			for _, p := range parts[i:] {
				b.WriteByte(':')
				b.WriteString(p)
			}
		}
	default:
		return tag, lf, has
	}
	return b.String(), lf, has
}

// fillTemplate puts the lemma features into a template.
func fillTemplate(tmpl string, lf *lemmaFeats) string {
	if !strings.ContainsAny(tmpl, "\x01\x02\x03\x04\x05") {
		return tmpl
	}
	var b strings.Builder
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		switch c {
		case 1, 2, 4:
			s := lf[slotOf(c)]
			if s == "" {
				s = slotDefault[slotOf(c)]
			}
			b.WriteString(s)
		case 3, 5:
			if s := lf[slotOf(c)]; s != "" {
				b.WriteByte(':')
				b.WriteString(s)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func slotOf(c byte) int {
	switch c {
	case 1:
		return slotA
	case 2:
		return slotG
	case 3:
		return slotT
	case 4:
		return slotV
	}
	return slotJ
}

// tagPOS returns the part of speech of a tag.
func tagPOS(tag string) string {
	if i := strings.IndexByte(tag, ':'); i >= 0 {
		return tag[:i]
	}
	return tag
}
