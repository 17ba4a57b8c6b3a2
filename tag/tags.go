package tag

import (
	"strings"
)

// Label parts of a tag. A candidate's score is the sum of the weights of
// the labels of its tag's parts; labels are named "K:value" with K one of
// these letters.
const (
	partFull   = iota // the full tag
	partPOS           // part of speech
	partPOSCas        // part of speech and case
	partPOSGen        // part of speech, gender or number, person
	partGenCas        // gender or number and case, any part of speech
	partCas           // case alone
	partPOSSub        // part of speech and its subtype markers (pron, prop, numr, abbr, …)
	numParts
)

var partPrefix = [numParts]string{"F:", "P:", "PC:", "PG:", "GC:", "C:", "PS:"}

// noLabel marks a part a tag lacks or a label the model has no weights for.
const noLabel = 0xFFFF

// allLabel is the label of candidate features: every candidate has it.
const allLabel = 0

// tagInfo is what the tagger knows of one tag string.
type tagInfo struct {
	str    string
	labels [numParts]uint16
	// Hashes of the tag and of its parts, for features of the tags chosen
	// before a token.
	hFull, hPOS, hCoarse, hCoarseCase, hGenCas, hPG uint64
	pos                                             string
	kind                                            tagKind
	nom                                             bool  // has case v_naz
	caseIdx                                         uint8 // 1…7 for v_naz…v_kly, 0 for none
	gen                                             byte  // m f n p s, or 0
	person                                          byte  // 1 2 3, or 0
	coord                                           bool  // a coordinating conjunction
	// refs, when hasRefs is set, are where the weights are, in the model
	// that described the tag, of the features it gives the tokens after
	// it (tagFeatures): tagging looks them up once, not at every token.
	refs    [numTagRefs]ref
	hasRefs bool
}

// The features a tag gives the tokens after it, in tagInfo.refs order.
const (
	refPrevTag    = iota // chosen for the token before
	refPrev2Tag          // for the token two before
	refPrevCoarse        // for the token before
	refAdj               // for the adjective before (state.adj)
	refSubj              // for the subject (state.subj)
	refVerbPG            // for the clause's verb (state.verbPG)
	numTagRefs
)

// tagFeatures returns the features that tag t gives the tokens after it,
// in tagInfo.refs order, as features appends them.
func tagFeatures(t *tagInfo) [numTagRefs]uint64 {
	return [numTagRefs]uint64{
		refPrevTag:    f1(fPrevTag, t.hFull),
		refPrev2Tag:   f1(fPrev2Tag, t.hFull),
		refPrevCoarse: f1(fPrevCoarse, t.hCoarse),
		refAdj:        f1(fAdj, t.hGenCas),
		refSubj:       f1(fSubj, t.hPG),
		refVerbPG:     f1(fVerbPG, t.hPG),
	}
}

var caseNames = [...]string{"", "v_naz", "v_rod", "v_dav", "v_zna", "v_oru", "v_mis", "v_kly"}

// agreement of a noun-like candidate with a verb.
const (
	agreeNone    = iota // no verb
	agreeYes            // number, gender and person fit
	agreeNo             // they do not
	agreeNeutral        // the verb shows neither (infinitive, impersonal)
)

// agree says whether n (a noun, pronoun, adjective) can be the subject of
// verb v.
func agree(n, v *tagInfo) int {
	if v == nil {
		return agreeNone
	}
	if v.gen == 0 && v.person == 0 {
		return agreeNeutral
	}
	switch v.gen {
	case 'm', 'f', 'n':
		if n.gen != v.gen && n.gen != 's' { // я, ти: any gender
			return agreeNo
		}
	case 'p':
		if n.gen != 'p' {
			return agreeNo
		}
	case 's':
		if n.gen == 'p' || n.gen == 0 {
			return agreeNo
		}
	}
	if v.person != 0 {
		p := n.person
		if p == 0 {
			p = '3'
		}
		if p != v.person {
			return agreeNo
		}
	}
	return agreeYes
}

// tagKind groups parts of speech for the tagger's phrase state.
type tagKind uint8

const (
	kindOther tagKind = iota
	kindNoun
	kindAdj // adjectives, numerals, participles: they agree with a noun
	kindVerb
	kindPrep
	kindPunct
	kindConj
	kindAdv // adverbs and particles: they leave a phrase open
)

// tagParts splits a tag into the strings of its parts (without the
// K: prefix); an empty string means the tag lacks the part.
func tagParts(tag string) (parts [numParts]string, pos, cas, gen string) {
	fields := strings.Split(tag, ":")
	pos = fields[0]
	var person string
	var sub []string
	for _, f := range fields[1:] {
		switch {
		case strings.HasPrefix(f, "v_"):
			if cas == "" {
				cas = f
			}
		case f == "m" || f == "f" || f == "n" || f == "p" || f == "s":
			if gen == "" {
				gen = f
			}
		case f == "1" || f == "2" || f == "3":
			person = f
		case f == "pron" || f == "prop" || f == "numr" || f == "abbr" || f == "fname" || f == "lname" ||
			f == "pname" || f == "geo" || f == "pers" || f == "dem" || f == "int" || f == "rel" ||
			f == "def" || f == "pos" || f == "neg" || f == "ind" || f == "gen" || f == "refl" ||
			f == "predic" || f == "insert" || f == "coord" || f == "subord" || f == "nv" ||
			f == "inf" || f == "past" || f == "pres" || f == "futr" || f == "impr" || f == "impers" ||
			f == "adjp" || f == "latin" || f == "anim" || f == "inanim" || f == "unanim":
			sub = append(sub, f)
		}
	}
	parts[partFull] = tag
	parts[partPOS] = pos
	if cas != "" {
		parts[partPOSCas] = pos + ":" + cas
		parts[partCas] = cas
		if gen != "" {
			parts[partGenCas] = gen + ":" + cas
		}
	}
	if gen != "" || person != "" {
		parts[partPOSGen] = pos + ":" + gen + ":" + person
	}
	if len(sub) > 0 {
		parts[partPOSSub] = pos + ":" + strings.Join(sub, ":")
	}
	return parts, pos, cas, gen
}

// newTagInfo describes tag; label looks up the ID of a label name and
// returns noLabel for names it does not know.
func newTagInfo(tag string, label func(string) uint16) *tagInfo {
	parts, pos, cas, gen := tagParts(tag)
	t := &tagInfo{str: tag, pos: pos}
	for i, p := range parts {
		t.labels[i] = noLabel
		if p != "" {
			t.labels[i] = label(partPrefix[i] + p)
		}
	}
	t.hFull = hashString(tag)
	t.hPOS = hashString(pos)
	t.hCoarse = hashString(pos + ":" + gen + ":" + cas)
	t.hCoarseCase = hashString(pos + ":" + cas)
	t.hGenCas = hashString(gen + ":" + cas)
	t.hPG = hashString(parts[partPOSGen])
	t.nom = cas == "v_naz"
	for i, c := range caseNames {
		if i > 0 && c == cas {
			t.caseIdx = uint8(i)
		}
	}
	if gen != "" {
		t.gen = gen[0]
	}
	t.coord = pos == "conj" && strings.Contains(tag, ":coord")
	if p := parts[partPOSGen]; p != "" && p[len(p)-1] >= '1' && p[len(p)-1] <= '3' {
		t.person = p[len(p)-1]
	}
	for i, c := range caseNames {
		if i > 0 && c == cas {
			t.caseIdx = uint8(i)
		}
	}
	if gen != "" {
		t.gen = gen[0]
	}
	t.coord = pos == "conj" && strings.Contains(tag, ":coord")
	if parts[partPOSGen] != "" {
		if p := parts[partPOSGen]; p[len(p)-1] >= '1' && p[len(p)-1] <= '3' {
			t.person = p[len(p)-1]
		}
	}
	switch pos {
	case "noun":
		t.kind = kindNoun
	case "adj", "numr":
		t.kind = kindAdj
	case "verb", "advp":
		t.kind = kindVerb
	case "prep":
		t.kind = kindPrep
	case "punct", "symb":
		t.kind = kindPunct
	case "conj":
		t.kind = kindConj
	case "adv", "part":
		t.kind = kindAdv
	}
	return t
}
