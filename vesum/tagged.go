package vesum

import (
	"strings"
)

// expandTagged expands a word with explicit tags: "авеню noun:f:nv",
// "вже adv:v-u", "дивен дивний adj:m:v_naz/v_zna:short", "вздовж вздовж
// prep|adv", and adverbs with "+cs=" comparatives.
func (x *expander) expandTagged(p Part, extra string, ln *Line) ([]*lemmaForms, error) {
	lemma := p.Word
	if p.Lemma != "" {
		lemma = p.Lemma
	} else if t := splitTags(p.Tags); t.pos() == "adv" && t.has("short") && (t.has("compc") || t.has("comps")) {
		// A short comparative adverb ("найперш") belongs to the full one.
		lemma = p.Word + "е"
	}
	li := newLineInfo(lemma, extra, x.kind)
	lf := &lemmaForms{lemma: lemma, pos: ln.Pos, note: ln.Comment}
	var derived []*lemmaForms
	for _, alt := range strings.Split(p.Tags, "|") {
		if alt == "" {
			return nil, lerr("tags", "empty alternative in %q", p.Tags)
		}
		exp, err := expandTags(alt)
		if err != nil {
			return nil, lerr("tags", "%v", err)
		}
		for _, s := range exp {
			t := splitTags(s)
			if !isPOS(t.pos()) {
				return nil, lerr("tags", "unknown part of speech %q", t.pos())
			}
			var forms []form
			if t.has("nv") && p.Lemma == "" && t.kase() == "" {
				forms = indeclinable(p.Word, t, li)
			} else {
				forms = []form{{word: p.Word, tags: t, fx: formExtras(t), base: lemma == p.Word}}
			}
			for _, f := range forms {
				f.tags = finishTagged(f.tags, li, lemma)
				lf.forms = append(lf.forms, f)
			}
			if t.pos() == "adv" && len(ln.CS) > 0 {
				for i := range lf.forms {
					lf.forms[i].tags = lf.forms[i].tags.with("compb")
				}
				derived = append(derived, advComparatives(p.Word, li.tags.with(t.String()).without(dropTags...), ln.CS)...)
			}
		}
	}
	return append([]*lemmaForms{lf}, derived...), nil
}

// finishTagged adds animacy to nouns and the list's tags.
func finishTagged(t tags, li lineInfo, lemma string) tags {
	if t.pos() == "noun" && !(t.has("anim") || t.has("inanim") || t.has("unanim")) {
		t = append(tags{"noun", "inanim"}, t[1:]...)
	}
	extra := tags{}
	if t.pos() == "noun" {
		if li.prop && !t.has("prop") {
			extra = append(extra, "prop")
		}
		if li.file.geo && isUpperStart(lemma) {
			extra = append(extra, "geo")
		}
	}
	return t.with(li.tags.String(), extra.String()).without(dropTags...)
}

// indeclinable expands "noun:f:nv" and the like into every case.
func indeclinable(word string, t tags, li lineInfo) []form {
	pos := t.pos()
	var genders []string
	rest := tags{}
	for _, x := range t[1:] {
		switch {
		case x == "fp":
			genders = append(genders, "f", "p")
		case isGender(x):
			genders = append(genders, x)
		default:
			rest = append(rest, x)
		}
	}
	np := rest.has("np") || li.np
	if len(genders) == 0 {
		switch pos {
		case "adj":
			genders = []string{"m", "f", "n", "p"}
		default:
			genders = []string{"m"}
		}
	} else if pos == "noun" && !np && !has(genders, "p") && !t.has("ns") {
		genders = append(genders, "p")
	}
	abbr := rest.has("abbr") || li.tags.has("abbr")
	// "adj:nv:rinanim": the accusative is only like the nominative.
	var zna []string
	for _, a := range []string{"ranim", "rinanim"} {
		if rest.has(a) {
			zna = append(zna, a)
		}
	}
	if len(zna) == 0 {
		zna = []string{"ranim", "rinanim"}
	}
	rest = rest.without("ranim", "rinanim")
	if pos == "noun" && (rest.has("fname") || rest.has("lname") || rest.has("pname")) && !rest.has("anim") {
		rest = append(tags{"anim"}, rest.without("inanim")...)
	}
	var out []form
	for gi, g := range genders {
		for _, c := range cases {
			if c == "v_kly" && abbr {
				continue
			}
			if c == "v_zna" && pos == "adj" && (g == "m" || g == "p") {
				for _, a := range zna {
					out = append(out, form{word: word, tags: append(tags{pos, g, c, a}, rest...)})
				}
				continue
			}
			out = append(out, form{word: word, tags: append(tags{pos, g, c}, rest...), base: gi == 0 && c == "v_naz"})
		}
	}
	return out
}

func has(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
