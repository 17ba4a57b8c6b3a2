package vesum

import (
	"regexp"
	"strings"
)

// verb inflects a verb; its adverbial participles become lemmas of their own.
func (x *expander) verb(p Part, fs *flagSet, li lineInfo) ([]form, []*lemmaForms) {
	word := p.Word
	raw := baseForms(word, baseTags(fs.main, word))
	for _, g := range fs.groups {
		n := len(raw)
		raw = applyGroup(g, word, raw)
		if strings.HasSuffix(g.Name, ".cf") {
			for i := n; i < len(raw); i++ {
				raw[i].cf = true
			}
		}
	}
	// ".advp" without a rule for the verb: the participle comes from the
	// third person plural ("соплять" → "соплячи").
	if fs.has["advp"] {
		hasPres := false
		for _, f := range raw {
			if f.tags.pos() == "advp" && f.tags.has("imperf") {
				hasPres = true
				break
			}
		}
		if !hasPres {
			var add []form
			for _, f := range raw {
				if f.tags.has("pres") && f.tags.has("p") && f.tags.has("3") && !f.tags.has("subst") {
					w := f.word
					var a string
					switch {
					case strings.HasSuffix(w, "ться"):
						a = strings.TrimSuffix(w, "ться") + "чись"
					case strings.HasSuffix(w, "ть"):
						a = strings.TrimSuffix(w, "ть") + "чи"
					default:
						continue
					}
					t := tags{"advp", "imperf"}
					if f.tags.has("rev") {
						t = tags{"advp", "rev", "imperf"}
					}
					add = append(add, form{word: a, tags: t})
				}
			}
			raw = append(raw, add...)
		}
	}
	aspect := firstOf(li.tags, "imperf", "perf")
	if li.tags.has("bad") {
		// Mistaken verbs have no short infinitive.
		out := raw[:0]
		for _, f := range raw {
			if !(f.tags.has("inf") && f.tags.has("short")) {
				out = append(out, f)
			}
		}
		raw = out
	}
	lt := li.tags.without("imperf", "perf")

	var forms, advps []form
	for _, f := range raw {
		t := f.tags
		if aspect == "perf" {
			if f.cf {
				continue
			}
			t = t.replace("pres", "futr")
		}
		if t.pos() == "advp" {
			t = t.without("imperf", "perf")
			if aspect != "" {
				t = t.with(aspect)
			}
			advps = append(advps, form{word: f.word, tags: t, fx: f.fx})
			continue
		}
		if aspect != "" {
			t = t.with(aspect)
		}
		forms = append(forms, form{word: f.word, tags: t, fx: f.fx, base: f.base})
	}
	forms = filterPerson(forms, strings.TrimSuffix(p.Person, "|advp"))
	forms = filterOnly(forms, p.Only)
	for i := range forms {
		forms[i].tags = forms[i].tags.with(lt.String()).without(dropTags...)
	}

	// Adverbial participles: one lemma each, with a long "-ся" variant of
	// the reflexive ones.
	var derived []*lemmaForms
	seen := map[string]*lemmaForms{}
	person, keepAdvp := p.Person, fs.has["advp"]
	if strings.HasSuffix(person, "|advp") {
		// "p=3|advp": impersonal, but with the adverbial participles.
		person, keepAdvp = strings.TrimSuffix(person, "|advp"), true
	}
	if person != "" && !keepAdvp {
		advps = nil
	}
	for _, a := range advps {
		if p.Only != "" && !strings.Contains(p.Only, "advp") {
			break
		}
		lf := seen[a.word]
		if lf == nil {
			lf = &lemmaForms{lemma: a.word}
			seen[a.word] = lf
			derived = append(derived, lf)
		}
		t := a.tags.with(lt.String()).without(dropTags...)
		lf.forms = append(lf.forms, form{word: a.word, tags: t, fx: a.fx, base: true})
		if strings.HasSuffix(a.word, "сь") {
			lf.forms = append(lf.forms, form{word: strings.TrimSuffix(a.word, "сь") + "ся", tags: t.with("long"), fx: a.fx.with("long")})
		}
	}
	return forms, derived
}

// filterPerson applies "p=3" (impersonal: only the third person singular
// and the neuter past), "p=4" (third persons and the past) and "p=5"
// (only plurals).
func filterPerson(forms []form, p string) []form {
	if p == "" {
		return forms
	}
	out := forms[:0]
	for _, f := range forms {
		t := f.tags
		keep := true
		switch p {
		case "3":
			switch {
			case t.has("inf"), t.has("impers"):
			case t.has("pres"), t.has("futr"):
				keep = t.has("s") && t.has("3")
			case t.has("past"):
				keep = t.has("n")
			default:
				keep = false
			}
		case "4":
			switch {
			case t.has("inf"), t.has("impers"), t.has("past"):
			case t.has("pres"), t.has("futr"):
				keep = t.has("3")
			case t.has("impr"):
				keep = t.has("2")
			default:
				keep = false
			}
		case "5":
			switch {
			case t.has("inf"), t.has("impers"):
			case t.has("pres"), t.has("futr"), t.has("impr"):
				keep = t.has("p")
			case t.has("past"):
				keep = t.has("p") || t.has("n")
			default:
				keep = false
			}
		}
		if keep {
			out = append(out, f)
		}
	}
	return out
}

// filterOnly applies "tag=:impr|:inf" or "tag=inf|past:[fnp]": keep the
// forms whose tags contain one of the alternatives, a run of whole tags
// that may use regular expression classes.
func filterOnly(forms []form, only string) []form {
	if only == "" {
		return forms
	}
	var alts []string
	for _, a := range strings.Split(strings.Trim(only, "'\""), "|") {
		if a = strings.TrimPrefix(a, ":"); a != "" {
			alts = append(alts, a)
		}
	}
	re, err := regexp.Compile(`(?:^|:)(?:` + strings.Join(alts, "|") + `)(?::|$)`)
	out := forms[:0]
	for _, f := range forms {
		s := f.tags.String()
		keep := false
		if err == nil {
			keep = re.MatchString(s)
		} else {
			for _, a := range alts {
				keep = keep || f.tags.has(a)
			}
		}
		if keep {
			out = append(out, f)
		}
	}
	return out
}

// numr inflects a numeral.
func (x *expander) numr(p Part, fs *flagSet, li lineInfo) []form {
	forms := baseForms(p.Word, baseTags(fs.main, p.Word))
	for _, g := range fs.groups {
		forms = applyGroup(g, p.Word, forms)
	}
	forms = overrideTags(forms, p.Override)
	forms = filterGender(forms, p.Gender)
	for i := range forms {
		forms[i].tags = forms[i].tags.with(li.tags.String()).without(dropTags...)
	}
	return forms
}
