package morph

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// Tag inference for hunspell forms.
//
// Hunspell-uk gives forms and lemmas but no tags. The inferrer learns,
// from the forms that hunspell generates and the tagged sources also
// contain, which tag templates each rule produces:
//
//   - an evidence item is a hunspell form (entry, rule) together with a
//     tagged analysis of the same form whose lemma is the entry's word
//     (relation "same") or the form itself (relation "self": adverbial
//     participles, adverbs made from adjectives);
//   - statistics count, per (entry flags, rule, lemma animacy) and backing
//     off to (rule, animacy) and (rule), in how many form instances each
//     (relation, template) was seen; the probability of a template is that
//     count over the number of instances with any evidence;
//   - lemma features (animacy, gender, noun tail, aspect, adjective tail)
//     come from the tagged analyses of the lemma itself, from the semantic
//     classes of nouns for animacy, and else from the majority of the
//     lemmas with the same flags and capitalisation;
//   - every form gets the templates whose smoothed probability reaches
//     Theta, filled with its lemma's features.

// InferConfig tunes the tag inference for hunspell forms.
type InferConfig struct {
	Theta    float64 // minimum probability of a (relation, template); default 0.15
	K        float64 // backoff smoothing weight; default 2
	MaxCands int     // most templates per form; default 8
	// AnimAlt, when positive, is the share of votes for the other
	// animacy at which a noun whose animacy no source shows gets the
	// readings of both (0.3 gains little on BRUK dev; off by default).
	AnimAlt float64
}

func (c *InferConfig) defaults() {
	if c.Theta == 0 {
		c.Theta = 0.15
	}
	if c.K == 0 {
		c.K = 2
	}
	if c.MaxCands == 0 {
		c.MaxCands = 8
	}
	if c.AnimAlt <= 0 {
		c.AnimAlt = 2 // never
	}
}

const (
	relSame uint8 = iota // lemma is the entry's word
	relSelf              // lemma is the form itself
)

type relTmpl struct {
	rel  uint8
	tmpl string
}

type statKey struct {
	flags string
	rule  ruleKey
	anim  string
}

type stat struct {
	n      float64 // form instances with evidence
	counts map[relTmpl]float64
}

type tagRef struct{ lemma, tag string }

type inferrer struct {
	cfg     InferConfig
	tagged  map[string][]tagRef // form -> analyses from tagged sources
	animate map[string]bool     // noun lemma -> animate, from semantic classes

	lf     map[string]*lemmaInfo // lemma features known from evidence
	flagLF map[string]*[numGroups]map[lemmaFeats]float64
	stats  map[statKey]*stat
	cache  map[[4]statKey][]scored
}

func newInferrer(cfg InferConfig, tagged map[string][]tagRef, animate map[string]bool) *inferrer {
	cfg.defaults()
	return &inferrer{
		cfg:     cfg,
		tagged:  tagged,
		animate: animate,
		lf:      map[string]*lemmaInfo{},
		flagLF:  map[string]*[numGroups]map[lemmaFeats]float64{},
		stats:   map[statKey]*stat{},
		cache:   map[[4]statKey][]scored{},
	}
}

// lemmaInfo is what the evidence shows of a lemma's features.
type lemmaInfo struct {
	feats lemmaFeats
	has   [numSlots]bool
}

type evidence struct {
	entry int32
	rule  ruleKey
	form  int32
	rt    relTmpl
}

// featKeys are the classes of entries whose lemma features are pooled,
// most specific first: same flags, capitalisation and last three
// letters (-ник, -ений); same flags and capitalisation; same
// capitalisation and last three letters.
func featKeys(e *hsEntry) [3]string {
	cc := string('0' + rune(classify(e.lemma)))
	end := scan.ToLower(lastRunes(e.lemma, 3))
	return [3]string{e.flags + "|" + cc + "|" + end, e.flags + "|" + cc, "*|" + cc + "|" + end}
}

// minFeatVotes is how many lemmas a specific class needs before its
// features are trusted over a more general one's.
const minFeatVotes = 3

// learn collects evidence and statistics from the entries.
func (in *inferrer) learn(entries []hsEntry) {
	votes := map[string]*[numSlots]map[string]float64{}
	var ev []evidence
	for ei := range entries {
		e := &entries[ei]
		for fi, f := range e.forms {
			for _, ref := range in.tagged[f.form] {
				var rel uint8
				switch ref.lemma {
				case e.lemma:
					rel = relSame
				case f.form:
					if p := tagPOS(ref.tag); p != "adv" && p != "advp" {
						continue
					}
					rel = relSelf
				default:
					continue
				}
				tmpl, lf, has := splitTag(ref.tag)
				ev = append(ev, evidence{int32(ei), f.rule, int32(fi), relTmpl{rel, tmpl}})
				v := votes[e.lemma]
				if v == nil {
					v = &[numSlots]map[string]float64{}
					votes[e.lemma] = v
				}
				for s := range numSlots {
					if has[s] {
						if v[s] == nil {
							v[s] = map[string]float64{}
						}
						v[s][lf[s]]++
					}
				}
			}
		}
	}
	for lemma, v := range votes {
		li := &lemmaInfo{}
		for s := range numSlots {
			li.feats[s] = argmax(v[s])
			li.has[s] = v[s] != nil
		}
		in.lf[lemma] = li
	}
	// Lemma features by flags and capitalisation, one vote per entry and
	// slot group, so that features that go together (a first name is
	// animate) are predicted together.
	for ei := range entries {
		e := &entries[ei]
		li, ok := in.lf[e.lemma]
		if !ok {
			continue
		}
		for _, k := range featKeys(e) {
			fv := in.flagLF[k]
			if fv == nil {
				fv = &[numGroups]map[lemmaFeats]float64{}
				in.flagLF[k] = fv
			}
		group:
			for g, slots := range slotGroups {
				var part lemmaFeats
				for _, s := range slots {
					if !li.has[s] {
						continue group
					}
					part[s] = li.feats[s]
				}
				if fv[g] == nil {
					fv[g] = map[lemmaFeats]float64{}
				}
				fv[g][part]++
			}
		}
	}
	// Template statistics; n counts form instances, not analyses.
	for i := 0; i < len(ev); {
		j := i + 1
		for j < len(ev) && ev[j].entry == ev[i].entry && ev[j].form == ev[i].form {
			j++
		}
		e := &entries[ev[i].entry]
		anim := in.featsOf(e)[slotA]
		chain := statChain(e, ev[i].rule, anim)
		for ki, k := range chain {
			if ki == 3 && k == chain[2] {
				continue
			}
			st := in.stats[k]
			if st == nil {
				st = &stat{counts: map[relTmpl]float64{}}
				in.stats[k] = st
			}
			st.n++
			seen := map[relTmpl]bool{}
			for _, x := range ev[i:j] {
				if !seen[x.rt] {
					seen[x.rt] = true
					st.counts[x.rt]++
				}
			}
		}
		i = j
	}
}

func argmax(m map[string]float64) string {
	best, bv := "", -1.0
	for k, v := range m {
		if v > bv || (v == bv && k < best) {
			best, bv = k, v
		}
	}
	return best
}

// slotGroups are the slots predicted together.
var slotGroups = [...][]int{{slotA, slotG, slotT}, {slotV}, {slotJ}}

const numGroups = len(slotGroups)

func sumVotes(m map[lemmaFeats]float64) float64 {
	t := 0.0
	for _, v := range m {
		t += v
	}
	return t
}

func argmaxFeats(m map[lemmaFeats]float64) lemmaFeats {
	var best lemmaFeats
	bv := -1.0
	for k, v := range m {
		if v > bv || (v == bv && featsLess(k, best)) {
			best, bv = k, v
		}
	}
	return best
}

func featsLess(a, b lemmaFeats) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// featsOf returns the lemma features of entry e: from evidence where
// there is some, else predicted.
func (in *inferrer) featsOf(e *hsEntry) lemmaFeats {
	lf, _ := in.featsAlt(e)
	return lf
}

// featsAlt is featsOf that also returns the runner-up animacy when the
// lemma's animacy is only predicted and the runner-up has at least
// AnimAlt of the votes ("" otherwise).
func (in *inferrer) featsAlt(e *hsEntry) (lemmaFeats, string) {
	var lf lemmaFeats
	alt := ""
	keys := featKeys(e)
	for g, slots := range slotGroups {
		for ki, k := range keys {
			fv := in.flagLF[k]
			if fv == nil || fv[g] == nil {
				continue
			}
			total := sumVotes(fv[g])
			if ki != 1 && total < minFeatVotes {
				continue
			}
			best := argmaxFeats(fv[g])
			for _, s := range slots {
				lf[s] = best[s]
			}
			if g == 0 {
				byAnim := map[string]float64{}
				for f, v := range fv[g] {
					byAnim[f[slotA]] += v
				}
				for a, v := range byAnim {
					if a != best[slotA] && v >= in.cfg.AnimAlt*total && (alt == "" || a < alt) {
						alt = a
					}
				}
			}
			break
		}
	}
	if a, ok := in.animate[e.lemma]; ok {
		alt = ""
		if a {
			lf[slotA] = "anim"
		} else {
			lf[slotA] = "inanim"
		}
	}
	if li, ok := in.lf[e.lemma]; ok {
		for s := range numSlots {
			if li.has[s] {
				lf[s] = li.feats[s]
			}
		}
		if li.has[slotA] {
			alt = ""
		}
	}
	return lf, alt
}

// closedClass reports whether pos is a closed class (particles,
// conjunctions, prepositions, interjections, …) or not a word class at
// all; such readings come only from the tagged sources.
func closedClass(pos string) bool {
	switch pos {
	case "part", "conj", "prep", "intj", "unclass", "noninfl", "punct", "number", "symb", "onomat", "date", "time":
		return true
	}
	return false
}

// statChain returns the statistics keys of a form, from the most general
// to the most specific. Entries without flags (indeclinable words, and
// the odd form listed on its own) are told apart by capitalisation and
// their last two letters instead.
func statChain(e *hsEntry, rule ruleKey, anim string) [4]statKey {
	k := [4]statKey{{"", rule, "*"}, {"", rule, anim}, {e.flags, rule, anim}, {e.flags, rule, anim}}
	if e.flags == "" {
		c := string('0' + rune(classify(e.lemma)))
		k[2].flags = "∅" + c
		k[3].flags = "∅" + c + lastRunes(e.lemma, 2)
	}
	return k
}

func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

type scored struct {
	rt relTmpl
	p  float64
}

// predict returns the (relation, template)s of a form made by rule in an
// entry with the given flags and animacy.
// The result is shared; callers must not change it.
func (in *inferrer) predict(e *hsEntry, rule ruleKey, anim string) []scored {
	keys := statChain(e, rule, anim)
	if c, ok := in.cache[keys]; ok {
		return c
	}
	c := slices.Clip(in.predictChain(keys, nil))
	in.cache[keys] = c
	return c
}

func (in *inferrer) predictChain(keys [4]statKey, buf []scored) []scored {
	var sts [len(keys)]*stat
	for i, k := range keys {
		if i == 3 && k == keys[2] {
			continue
		}
		sts[i] = in.stats[k]
	}
	if sts[0] == nil {
		return buf
	}
	// Candidates are everything seen at the most general level;
	// probabilities are smoothed down the chain.
	for rt := range sts[0].counts {
		p := 0.0
		for i, st := range sts {
			if st == nil {
				continue
			}
			if i == 0 {
				p = st.counts[rt] / st.n
				continue
			}
			p = (st.counts[rt] + in.cfg.K*p) / (st.n + in.cfg.K)
		}
		buf = append(buf, scored{rt, p})
	}
	slices.SortFunc(buf, func(a, b scored) int {
		if a.p != b.p {
			if a.p > b.p {
				return -1
			}
			return 1
		}
		if a.rt.rel != b.rt.rel {
			return int(a.rt.rel) - int(b.rt.rel)
		}
		return strings.Compare(a.rt.tmpl, b.rt.tmpl)
	})
	n := 0
	for _, s := range buf {
		if s.p < in.cfg.Theta || n >= in.cfg.MaxCands {
			break
		}
		n++
	}
	return buf[:n]
}

// infer emits (form, lemma, tag) for every form of the entries. skip, if
// not nil, says which (form, lemma, part of speech) to leave out because
// a better source has them.
func (in *inferrer) infer(entries []hsEntry, skip func(form, lemma, pos string) bool, emit func(form, lemma, tag string)) {
	for ei := range entries {
		e := &entries[ei]
		lf, alt := in.featsAlt(e)
		lfs := []lemmaFeats{lf}
		if alt != "" {
			lf2 := lf
			lf2[slotA] = alt
			lfs = append(lfs, lf2)
		}
		for _, lf := range lfs {
			in.inferForms(e, &lf, skip, emit)
		}
	}
}

func (in *inferrer) inferForms(e *hsEntry, lf *lemmaFeats, skip func(form, lemma, pos string) bool, emit func(form, lemma, tag string)) {
	for _, f := range e.forms {
		// A word listed without flags (a function word, an indeclinable,
		// a stray form) is left to the tagged sources when they know it,
		// and so is a form of a family of such words (bare.go): the
		// corpus knows позов as an accusative, and an inferred
		// nominative beside it only misleads the tagger (trained without
		// one) in "задовольнив позов".
		if (e.flags == "" || e.bare) && len(in.tagged[f.form]) > 0 {
			continue
		}
		for _, s := range in.predict(e, f.rule, lf[slotA]) {
			if closedClass(tagPOS(s.rt.tmpl)) {
				continue
			}
			lemma := e.lemma
			if s.rt.rel == relSelf {
				lemma = f.form
			}
			tag := fillTemplate(s.rt.tmpl, lf)
			if skip != nil && skip(f.form, lemma, tagPOS(tag)) {
				continue
			}
			emit(f.form, lemma, tag)
		}
	}
}
