package vesum

import (
	"strings"
)

// adjRaw inflects an adjective without line tags.
func (x *expander) adjRaw(word string, fs *flagSet, skipAdv bool) (adjForms, advForms []form) {
	adjForms = baseForms(word, baseTags(fs.main, word))
	for _, g := range fs.groups {
		if strings.HasSuffix(g.Name, ".adv") {
			if !skipAdv {
				advForms = applyGroup(g, word, advForms)
			}
			continue
		}
		adjForms = applyGroup(g, word, adjForms)
	}
	return adjForms, advForms
}

// adj inflects an adjective, with its adverb (".adv") and comparatives
// ("+cs=").
func (x *expander) adj(p Part, fs *flagSet, li lineInfo, ln *Line, withCS bool) ([]form, []*lemmaForms) {
	word := p.Word
	forms, advs := x.adjRaw(word, fs, false)
	pron := li.tags.has("pron")
	if pron {
		forms = dropCase(forms, "", "v_kly")
	}
	var cs []Comparative
	if withCS {
		cs = ln.CS
	}
	extra := li.tags
	if len(cs) > 0 {
		extra = tags{"compb"}.with(extra.String())
	}
	if p.Override != "" && strings.HasPrefix(p.Override, "noun") {
		// "дорослий /adj.< ^noun": an adjective used as a noun. Its
		// accusative follows the animacy; it has no "ranim"/"rinanim".
		anim := "inanim"
		if fs.name.anim != "" {
			anim = fs.name.anim
		}
		drop := "ranim"
		if anim == "anim" {
			drop = "rinanim"
		}
		out := forms[:0]
		for _, f := range forms {
			if f.tags.has(drop) {
				continue
			}
			f.tags = f.tags.without("ranim", "rinanim")
			out = append(out, f)
		}
		forms = overrideTags(out, p.Override)
		forms = filterGender(forms, p.Gender)
		return x.finishNoun(forms, anim, li, false, false, false, word), nil
	}
	forms = overrideTags(forms, p.Override)
	forms = filterGender(forms, p.Gender)
	for i := range forms {
		forms[i].tags = forms[i].tags.with(extra.String()).without(dropTags...)
	}
	var derived []*lemmaForms
	if len(advs) > 0 {
		for _, a := range advs {
			derived = append(derived, &lemmaForms{lemma: a.word, forms: []form{{word: a.word, tags: tags{"adv", "compb"}, base: true}}})
		}
	}
	for _, c := range cs {
		derived = append(derived, x.adjComparative(c, fs, li, len(advs) > 0)...)
	}
	return forms, derived
}

// superlatives are the prefixes of superlative adjectives and adverbs.
var (
	adjSuper = []string{"най", "щонай", "якнай", "щоякнай"}
	advSuper = []string{"най", "щонай", "якнай"}
)

// adjComparative makes the comparative and superlative adjectives (and
// adverbs, if the adjective has them) of one "+cs=" line.
func (x *expander) adjComparative(c Comparative, fs *flagSet, li lineInfo, withAdv bool) []*lemmaForms {
	// The comparative inflects like a plain adjective; ".long" carries over.
	flag := "adj"
	if fs.has["long"] {
		flag += ".long"
	}
	cfs, err := x.analyse(flag)
	if err != nil {
		return nil
	}
	ct := splitTags(strings.TrimPrefix(c.Tags, ":")).without(dropTags...)
	var out []*lemmaForms
	make1 := func(w, deg string) {
		forms, _ := x.adjRaw(w, cfs, true)
		for i := range forms {
			forms[i].tags = forms[i].tags.with(deg, ct.String())
		}
		out = append(out, &lemmaForms{lemma: w, forms: forms})
	}
	adv := func(w, deg string) {
		out = append(out, &lemmaForms{lemma: w, forms: []form{
			{word: w, tags: tags{"adv", deg}.with(ct.String()), base: true},
			{word: strings.TrimSuffix(w, "е"), tags: tags{"adv", deg, "short"}.with(ct.String()), fx: tags{"short"}},
		}})
	}
	w := c.Word
	if strings.HasPrefix(w, "най") {
		base := strings.TrimPrefix(w, "най")
		for _, pre := range adjSuper {
			make1(pre+base, "comps")
		}
		if withAdv {
			a := strings.TrimSuffix(base, "ий") + "е"
			for _, pre := range advSuper {
				adv(pre+a, "comps")
			}
		}
		return out
	}
	make1(w, "compc")
	for _, pre := range adjSuper {
		make1(pre+w, "comps")
	}
	if withAdv {
		a := strings.TrimSuffix(w, "ий") + "е"
		adv(a, "compc")
		for _, pre := range advSuper {
			adv(pre+a, "comps")
		}
	}
	return out
}

// advComparatives handles "+cs=" of an adverb line ("вагомо adv +cs=вагоміше").
func advComparatives(word string, t tags, cs []Comparative) []*lemmaForms {
	var out []*lemmaForms
	keep := t.without("adv", "insert")
	noSuper := t.has("insert")
	for _, c := range cs {
		ct := splitTags(strings.TrimPrefix(c.Tags, ":")).without(dropTags...)
		w := c.Word
		mk := func(w, deg string, extra tags) {
			out = append(out, &lemmaForms{lemma: w, forms: []form{
				{word: w, tags: tags{"adv", deg}.with(extra.String(), ct.String()), base: true},
				{word: strings.TrimSuffix(w, "е"), tags: tags{"adv", deg, "short"}.with(extra.String(), ct.String()), fx: tags{"short"}},
			}})
		}
		if strings.HasPrefix(w, "най") {
			base := strings.TrimPrefix(w, "най")
			mk(w, "comps", keep)
			mk("щонай"+base, "comps", nil)
			mk("якнай"+base, "comps", nil)
			continue
		}
		mk(w, "compc", keep)
		if noSuper {
			continue
		}
		mk("най"+w, "comps", keep)
		mk("щонай"+w, "comps", nil)
		mk("якнай"+w, "comps", nil)
	}
	return out
}
