package vesum

import (
	"strings"
)

// expandComposite expands "Білгород /n20.a - Дністровський /n2adj1":
// every part is inflected on its own, and forms of the same case (and
// gender, where both parts have it) are joined with a hyphen.
func (x *expander) expandComposite(ln *Line) ([]*lemmaForms, error) {
	if len(ln.Parts) > maxParts {
		return nil, lerr("composite", "%d parts, at most %d are supported", len(ln.Parts), maxParts)
	}
	var acc []form
	fixed := "" // the words so far, while no part has been inflected
	lemma := make([]string, 0, len(ln.Parts))
	inflected := false
	gender := ""
	var opts []string
	for _, p := range ln.Parts {
		opts = append(opts, p.Opts...)
	}
	sub := &expander{aff: x.aff, kind: x.kind}
	prevAdj := false
	sub.kind.tags = "" // the list's own tags go to the whole word
	for i, p := range ln.Parts {
		lemma = append(lemma, p.Word)
		if i > 0 && p.Override != "" {
			if ot := splitTags(p.Override); len(ot) > 1 && isGender(ot[1]) {
				gender = ot[1]
			}
		}
		if len(p.Flags) == 0 && p.Tags == "" {
			// A word that does not change.
			if !inflected {
				fixed += p.Word + "-"
				continue
			}
			for j := range acc {
				acc[j].word += "-" + p.Word
			}
			continue
		}
		single := &Line{Pos: ln.Pos, Parts: []Part{p}}
		lfs, err := sub.expandLine(single)
		if err != nil {
			return nil, err
		}
		var forms []form
		for _, lf := range lfs {
			if lf.lemma == p.Word {
				forms = append(forms, lf.forms...)
			}
		}
		if len(forms) == 0 {
			return nil, lerr("composite", "part %q has no forms", p.Word)
		}
		isAdj := false
		if len(p.Flags) > 0 {
			isAdj = strings.HasPrefix(p.Flags[0], "adj")
		}
		if !inflected {
			prevAdj = isAdj
			inflected = true
			acc = make([]form, 0, len(forms))
			for _, f := range forms {
				acc = append(acc, form{word: fixed + f.word, tags: f.tags, fx: f.fx, base: f.base})
			}
			continue
		}
		acc = joinForms(acc, forms, opts, prevAdj && isAdj)
		if len(acc) > maxForms {
			return nil, lerr("composite", "more than %d forms", maxForms)
		}
		prevAdj = isAdj
	}
	if !inflected {
		return nil, lerr("composite", "no part of the composite is inflected")
	}
	extra := splitTags(strings.TrimPrefix(ln.Tags+x.kind.tags, ":")).without(dropTags...)
	if extra.has("pron") {
		acc = dropCase(acc, "", "v_kly")
	}
	for i := range acc {
		t := acc[i].tags
		if gender != "" {
			t = t.setGender(gender)
		}
		acc[i].tags = t.with(extra.String())
	}
	return []*lemmaForms{{lemma: strings.Join(lemma, "-"), forms: acc, pos: ln.Pos, note: ln.Comment}}, nil
}

// Limits that keep a malformed composite from making millions of forms;
// the dictionary's have at most three parts and a few dozen forms.
const (
	maxParts = 4
	maxForms = 5000
)

// joinKey is what two parts of a composite must agree in.
func joinKey(t tags) string {
	k := t.kase()
	for _, x := range []string{"ranim", "rinanim", "rare", "var"} {
		if t.has(x) {
			k += ":" + x
		}
	}
	return k
}

// joinForms joins the forms of two parts. The option "!u-u" keeps a
// locative in -у from pairing with one in another ending (only
// "грейдеру-елеватору"); "!u-*" does so for the left part only.
//
// Two adjectives pair their forms of one case in order ("сумному-
// пресумному", "сумнім-пресумнім") when they have as many; other parts
// pair every form with every form.
func joinForms(left, right []form, opts []string, zip bool) []form {
	uu, ustar := has(opts, "!u-u"), has(opts, "!u-*")
	if zip {
		return zipForms(left, right)
	}
	g1, g2 := map[string]bool{}, map[string]bool{}
	for _, f := range left {
		g1[f.tags.gender()] = true
	}
	sing2 := false
	for _, f := range right {
		g := f.tags.gender()
		g2[g] = true
		if g != "p" {
			sing2 = true
		}
	}
	var out []form
	for _, l := range left {
		gl := l.tags.gender()
		lk := joinKey(l.tags)
		for _, r := range right {
			if joinKey(r.tags) != lk {
				continue
			}
			gr := r.tags.gender()
			ok := false
			switch {
			case g2[gl]:
				ok = gr == gl
			case gl == "p":
				// A plural-only first part joins any number of the second:
				// "Вербки-Осокорівка".
				ok = len(g1) == 1
			case sing2:
				ok = gr != "p" && !g1[gr]
			default:
				ok = true
			}
			if ok && (uu || ustar) && l.tags.kase() == "v_mis" {
				lu, ru := strings.HasSuffix(l.word, "у"), strings.HasSuffix(r.word, "у")
				if lu && !ru || uu && ru && !lu {
					ok = false
				}
			}
			if ok {
				out = append(out, form{word: l.word + "-" + r.word, tags: l.tags, fx: l.fx.with(r.fx.String()), base: l.base && r.base})
			}
		}
	}
	return out
}

// zipForms joins two adjectives: forms with the same tags pair in order
// when both have as many, every one with every one otherwise.
func zipForms(left, right []form) []form {
	byTag := map[string][]form{}
	for _, r := range right {
		k := r.tags.gender() + ":" + joinKey(r.tags)
		byTag[k] = append(byTag[k], r)
	}
	countL := map[string]int{}
	for _, l := range left {
		countL[l.tags.gender()+":"+joinKey(l.tags)]++
	}
	seenL := map[string]int{}
	var out []form
	for _, l := range left {
		k := l.tags.gender() + ":" + joinKey(l.tags)
		rs := byTag[k]
		i := seenL[k]
		seenL[k]++
		if len(rs) == countL[k] && len(rs) > 1 {
			r := rs[i]
			out = append(out, form{word: l.word + "-" + r.word, tags: l.tags, fx: l.fx.with(r.fx.String()), base: l.base && r.base})
			continue
		}
		for _, r := range rs {
			out = append(out, form{word: l.word + "-" + r.word, tags: l.tags, fx: l.fx.with(r.fx.String()), base: l.base && r.base})
		}
	}
	return out
}
