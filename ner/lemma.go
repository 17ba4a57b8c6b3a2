package ner

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// Reading is one morphological analysis of a word form.
type Reading struct {
	Lemma string
	Tag   string // VESUM tags joined by ':': noun:inanim:m:v_oru
}

// Lexicon is the morphology base forms need: the analyses of a word form
// as written. The morph package's lexicon fits behind it.
type Lexicon interface {
	Analyze(form string) []Reading
}

// Inflector is a Lexicon that can also generate: Inflect returns the forms
// of lemma whose tags hold every part of want (e.g. "noun", "p", "v_naz"
// for the nominative plural). Base forms use it, when the lexicon has it,
// for plural names: Сполученими Штатами → Сполучені Штати.
type Inflector interface {
	Lexicon
	Inflect(lemma string, want ...string) []string
}

// lemmaType reports the types whose spans get a base form; the others keep
// their text.
func lemmaType(typ string) bool {
	switch typ {
	case "PERS", "LOC", "ORG", "MISC", "JOB":
		return true
	}
	return false
}

// reading is one way to read a word of a span.
type reading struct {
	pos, cas, gen string // gen: m f n p
	lemma         string // "" for a guess: noms holds the candidates
	noms          []string
	name          bool // prop, fname, lname, pname
	person        bool // fname, lname, pname: a person's name
	surname       bool // lname
	geo           bool // a place's name
	tagged        bool // the token's own, contextual tag
	weight        int  // how much the reading says about the span's case
}

// word is one token of a span with its readings.
type word struct {
	text     string
	nv       bool // indeclinable: abbreviations, Latin, Джо
	readings []reading
}

func (w *word) hasCase(c string) bool {
	for _, r := range w.readings {
		if r.cas == c {
			return true
		}
	}
	return false
}

// pick returns the reading of w in case c that base forms trust most:
// the token's own tag, then a dictionary reading (a proper noun first),
// then a guess; pos, when not "", must match.
// pickNoun picks the noun reading of w in case c, one whose gender the
// adjectives before it allow when there is one (Господарському суді: суд,
// not суда).
func (w *word) pickNoun(c string, genders genderSet, known func(string) bool) (reading, bool) {
	if genders != 0 {
		var buf [8]reading // on the stack for the few a word has
		agree := word{readings: buf[:0]}
		for _, r := range w.readings {
			if r.pos == "noun" && genders.has(r.gen) {
				agree.readings = append(agree.readings, r)
			}
		}
		if r, ok := agree.pick(c, "noun", known); ok {
			return r, true
		}
	}
	return w.pick(c, "noun", known)
}

// genderSet is a set of the genders of readings, m, f, n, p or "" (no
// reading has another), in the bits genderBit gives them: the genders of
// a span's adjectives, with no map to make for each span.
type genderSet uint8

// genderBit is the bit of g in a genderSet.
func genderBit(g string) genderSet {
	switch g {
	case "":
		return 1
	case "m":
		return 2
	case "f":
		return 4
	case "n":
		return 8
	case "p":
		return 16
	}
	return 32
}

// with returns s with g.
func (s genderSet) with(g string) genderSet { return s | genderBit(g) }

// has reports whether g is in s.
func (s genderSet) has(g string) bool { return s&genderBit(g) != 0 }

// pickGender picks a reading of w in case c with gender g.
func (w *word) pickGender(c, g string) (reading, bool) {
	var buf [8]reading // on the stack for the few a word has
	agree := word{readings: buf[:0]}
	for _, r := range w.readings {
		if r.gen == g {
			agree.readings = append(agree.readings, r)
		}
	}
	return agree.pick(c, "", nil)
}

func (w *word) pick(c, pos string, known func(string) bool) (reading, bool) {
	best, score := reading{}, -1
	for _, r := range w.readings {
		if c != "" && r.cas != c || pos != "" && r.pos != pos {
			continue
		}
		// A listed name beats the tagger, which guesses the lemmas of
		// names it does not know (Астані → Астан).
		s := 0
		switch {
		case r.pos == "adj" && r.lemma != "" && !mascAdj(r.lemma):
			// A guess whose lemma is no adjective's (Степногірської →
			// Степногірськ): any other reading is better.
			s = 1
		case r.lemma != "" && known != nil && known(r.lemma):
			s = 6
		case r.lemma == "" && known != nil && slices.ContainsFunc(r.noms, known):
			s = 5
		case r.tagged:
			s = 4
		case r.lemma != "" && r.name:
			s = 3
		case r.lemma != "":
			s = 2
		}
		if s > score {
			best, score = r, s
		}
	}
	return best, score >= 0
}

// Lemmatizer computes base forms of spans. Its zero value uses the
// tokens' Lemma and Tag and suffix rules alone.
type Lemmatizer struct {
	Lex Lexicon // may be nil
	// Known reports whether a nominative is a listed name of a kind that
	// fits the entity type (gazetteer's KnownAs: a place for LOC, a
	// person's name for PERS); it chooses among the candidates the suffix
	// rules give for a word no lexicon knows (Києві → Київ, not Кий).
	// May be nil.
	Known func(lemma, typ string) bool
	// words, when not nil, remembers the words analyze read (see
	// wordMemo); a tagging state lends its own to a copy of the
	// model's Lemmatizer.
	words *wordMemo
}

// wordMemo remembers what analyze read of a word of a span, by the
// span's type and the token's text, lemma and tag, on which alone it
// depends: a name recurs in the spans of a document and of later ones
// (over 100 unseen NER-UK texts after 291 others, 42% of 4,262 words
// were read before, with the memo's 2,048 words). It holds about 1 MB at
// most and starts afresh when full. The words it hands out share their
// readings with it: the base-form rules replace a word's readings, never
// change them in place.
type wordMemo struct {
	m   map[string]word
	key []byte
}

// maxMemoWords bounds the words a wordMemo holds.
const maxMemoWords = 2048

// word returns lz.analyze(t, typ, known), from lz.words when it holds it.
func (lz Lemmatizer) word(t *vistka.Token, typ string, known func(string) bool) word {
	m := lz.words
	if m == nil {
		return lz.analyze(t, typ, known)
	}
	k := append(m.key[:0], typ...)
	k = append(k, 0)
	text := len(k)
	k = append(k, t.Text...)
	k = append(k, 0)
	lemma := len(k)
	k = append(k, t.Lemma...)
	k = append(k, 0)
	k = append(k, t.Tag...)
	m.key = k
	if w, ok := m.m[string(k)]; ok {
		return w
	}
	w := lz.analyze(t, typ, known)
	if m.m == nil || len(m.m) >= maxMemoWords {
		m.m = make(map[string]word, maxMemoWords)
	}
	// The text and the tagger's lemma (the tagged reading's) may be cut
	// from the document, which the memo would keep alive: the word
	// holds the same strings cut from its key instead. With no room past
	// the readings, a rule that adds one makes a slice of its own.
	key := string(k)
	w.text = key[text : text+len(t.Text)]
	w.readings = slices.Clip(w.readings)
	for i := range w.readings {
		if w.readings[i].tagged {
			w.readings[i].lemma = key[lemma : lemma+len(t.Lemma)]
		}
	}
	m.m[key] = w
	return w
}

// caseOrder is the order in which an ambiguous span case is chosen.
var caseOrder = [...]string{"v_naz", "v_rod", "v_oru", "v_mis", "v_dav", "v_zna", "v_kly"}

// caseIndex returns the index of case c in caseOrder, or -1: the votes
// of the words of a span for its case are counted in an array by it,
// with no map to fill for each word.
func caseIndex(c string) int {
	switch c {
	case "v_naz":
		return 0
	case "v_rod":
		return 1
	case "v_oru":
		return 2
	case "v_mis":
		return 3
	case "v_dav":
		return 4
	case "v_zna":
		return 5
	case "v_kly":
		return 6
	}
	return -1
}

// BaseForm returns the nominative base form of a span of type typ made of
// toks (the span's tokens, in order; text is the span's text): only the
// head phrase changes, a genitive tail stays, adjectives agree with the
// head noun, indeclinable parts stay. Types other than PERS, LOC, ORG,
// MISC and JOB keep their text.
func (lz Lemmatizer) BaseForm(typ, text string, toks []vistka.Token) string {
	if typ == "PERS" && strings.IndexFunc(text, unicode.IsLower) >= 0 {
		// Юрію КЛИМЕНКУ: the words in capitals are read, and declined,
		// as the same words in title case
		var cp []vistka.Token
		at := 0
		for i := range toks {
			f := toks[i].Text
			k := strings.Index(text[at:], f)
			if k < 0 || !capsWord(f) && !capsSurname(toks, i) {
				if k >= 0 {
					at += k + len(f)
				}
				continue
			}
			if cp == nil {
				cp = slices.Clone(toks)
			}
			t := titleCase(f)
			cp[i].Text = t
			text = text[:at+k] + t + text[at+k+len(f):]
			at += k + len(t)
		}
		if cp != nil {
			toks = cp
		}
	}
	if typ == "LOC" {
		if b, ok := lz.abbrevPlace(text, toks); ok {
			return b
		}
	}
	if b, ok := lz.coordinatedNames(typ, text, toks); ok {
		return b
	}
	if b, ok := unlistedWoman(typ, toks); ok {
		return b
	}
	if typ == "ORG" && len(toks) == 1 && parliamentForms[text] {
		// У Раді: the parliament, which the POS tagger may read as рад
		// (the unit) in the locative
		return "Рада"
	}
	return ordinalBase(lz.baseForm(typ, text, toks), toks)
}

// unlistedWoman gives the base form of a person's name of two words
// whose first name the lexicon does not list as one, ending in я or ю
// (Даря, Дарю: the tagger reads them as the noun дар or the verb
// дарити), before a surname in the feminine form of -ін, -ов, -ев, -єв
// or -ськ, -цьк: a woman's name in the nominative or the accusative,
// which a man's name could not be (a man's first name in -я, Ігоря, is a
// listed one). It keeps her surname's feminine form: Дарю Касаткіну →
// Даря Касаткіна, not Дар Касаткін.
func unlistedWoman(typ string, toks []vistka.Token) (string, bool) {
	if typ != "PERS" || len(toks) != 2 {
		return "", false
	}
	first, last := toks[0].Text, toks[1].Text
	if !startsUpper(first) || !startsUpper(last) || strings.Contains(toks[0].Tag, ":prop") || strings.Contains(toks[0].Tag, "name") {
		return "", false
	}
	acc := strings.HasSuffix(first, "ю")
	if !acc && !strings.HasSuffix(first, "я") {
		return "", false
	}
	end := "а"
	if acc {
		end = "у"
	}
	stem, ok := strings.CutSuffix(last, end)
	if !ok || !(strings.HasSuffix(stem, "ін") || strings.HasSuffix(stem, "ов") || strings.HasSuffix(stem, "ев") || strings.HasSuffix(stem, "єв") ||
		strings.HasSuffix(stem, "ськ") || strings.HasSuffix(stem, "цьк")) {
		return "", false
	}
	if acc {
		first = strings.TrimSuffix(first, "ю") + "я"
	}
	return first + " " + stem + "а", true
}

// ordinalBase puts an ordinal in digits that opens a name into the
// nominative the base form gives the words after it: 47-ї окрема
// механізована бригада → 47-ма окрема механізована бригада, 95-й окремій
// аеромобільній бригаді → 95-та …, 3-го окремого полку → 3-й окремий полк.
// The lemmatiser keeps such a token as written.
func ordinalBase(b string, toks []vistka.Token) string {
	if len(toks) < 2 || !ordinalDigits(&toks[0]) {
		return b
	}
	first, rest, ok := strings.Cut(b, " ")
	if !ok || first != toks[0].Text {
		return b
	}
	next, _, _ := strings.Cut(rest, " ")
	d, _, _ := strings.Cut(first, "-")
	switch {
	case strings.HasSuffix(next, "ий") || strings.HasSuffix(next, "ій"):
		return d + "-й " + rest
	case strings.HasSuffix(next, "а") || strings.HasSuffix(next, "я"):
		return d + "-" + feminineOrdinal(d) + " " + rest
	case strings.HasSuffix(next, "е") || strings.HasSuffix(next, "є"):
		f := feminineOrdinal(d)
		if f == "тя" {
			return d + "-тє " + rest
		}
		return d + "-" + strings.TrimSuffix(f, "а") + "е " + rest
	case strings.HasPrefix(toks[1].Tag, "noun") && strings.Contains(toks[1].Tag, ":m:"):
		return d + "-й " + rest // 2-го корпусу → 2-й корпус: a noun right after
	case strings.HasPrefix(toks[1].Tag, "noun") && strings.Contains(toks[1].Tag, ":f:"):
		return d + "-" + feminineOrdinal(d) + " " + rest // 3-ї бригади → 3-тя бригада
	}
	return b
}

// feminineOrdinal returns the ending written after the digits of a
// feminine ordinal in the nominative: 1-ша, 2-га, 3-тя, 47-ма, 40-ва,
// 155-та, 1000-на.
func feminineOrdinal(digits string) string {
	n := 0
	for _, c := range digits {
		n = n*10 + int(c-'0')
		if n > 1e6 {
			return "та"
		}
	}
	switch {
	case n%100 >= 11 && n%100 <= 19:
		return "та"
	case n%1000 == 0 && n > 0:
		return "на"
	case n%100 == 40:
		return "ва"
	}
	return [10]string{"та", "ша", "га", "тя", "та", "та", "та", "ма", "ма", "та"}[n%10]
}

// coordinatedNames gives the base form of a span of two names of bodies or
// places joined by a conjunction, each of them with its own head noun, in
// the dative, locative or instrumental (в Київському політехнічному
// інституті та Національному педагогічному університеті): each name
// in its base form. In the genitive a second name may be the first's
// tail (Ради Європи та Європейського Союзу), so it is left alone.
func (lz Lemmatizer) coordinatedNames(typ, text string, toks []vistka.Token) (string, bool) {
	if typ != "ORG" && typ != "LOC" || len(toks) < 4 {
		return "", false
	}
	caseOf := func(t *vistka.Token) string {
		for p := range strings.SplitSeq(t.Tag, ":") {
			if strings.HasPrefix(p, "v_") {
				return p
			}
		}
		return ""
	}
	c := caseOf(&toks[0])
	if c != "v_dav" && c != "v_mis" && c != "v_oru" || !startsUpper(toks[0].Text) {
		return "", false
	}
	noun := false
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		switch scan.ToLower(t.Text) {
		case "та", "і", "й":
		default:
			if strings.HasPrefix(t.Tag, "noun") && caseOf(t) == c {
				noun = true
			}
			if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
				return "", false
			}
			continue
		}
		next := &toks[k+1]
		if !noun || !startsUpper(next.Text) || caseOf(next) != c || !strings.HasPrefix(toks[k-1].Tag, "noun") {
			return "", false
		}
		base := toks[0].RStart
		rs := []rune(text)
		a, b := toks[k-1].REnd-base, next.RStart-base
		if a < 0 || b < a || b > len(rs) {
			return "", false
		}
		left := lz.baseForm(typ, string(rs[:a]), toks[:k])
		right := lz.baseForm(typ, string(rs[b:]), toks[k+1:])
		if left == string(rs[:a]) || right == string(rs[b:]) {
			return "", false
		}
		return left + string(rs[a:b]) + right, true
	}
	return "", false
}

// capsWord reports a Cyrillic word of three letters or more written in
// capitals, with vowels enough to be no acronym (ДТЕК) and no Roman
// numeral (ІІІ).
func capsWord(s string) bool {
	// The letters first: most words of names are in title case, and
	// their second letter, lower case, settles it.
	for _, r := range s {
		if !unicode.Is(unicode.Cyrillic, r) && r != '-' && r != '\'' && r != '’' || unicode.IsLower(r) {
			return false
		}
	}
	return scan.RuneCount(s) >= 3 && vowelShare(s) > 0.25 && strings.Trim(s, "ІIVХXLС") != ""
}

// knownAnswer is what Lemmatizer.Known said of a lemma.
type knownAnswer struct {
	lemma string
	ok    bool
}

func (lz Lemmatizer) baseForm(typ, text string, toks []vistka.Token) string {
	if !lemmaType(typ) || len(toks) == 0 {
		return text
	}
	person := typ == "PERS"
	// A dateline or headline in capitals (КИЇВ, 11 квітня): a listed
	// place written in capitals is that place. Acronyms (КНДР, США) have
	// few vowels and stay.
	if lz.Known != nil && typ == "LOC" && len(toks) == 1 && scan.RuneCount(text) >= 4 &&
		upperText(text) && scan.ToLower(text) != text {
		// A hyphen joins words, as no acronym does (НЬЮ-ЙОРК).
		if t := titleCase(text); lz.Known(t, typ) && (vowelShare(text) >= 0.4 || strings.Contains(text, "-")) {
			return t
		}
		// A consonant-heavy place (ЛЬВІВ, ДНІПРО) is one when the
		// morphology reads it as a listed place written in title case;
		// acronyms keep their capitals as lemmas (США).
		if l := toks[0].Lemma; l != "" && l == titleCase(l) && l != scan.ToLower(l) && lz.Known(l, typ) {
			return l
		}
	}
	var known func(string) bool
	if lz.Known != nil {
		// The rules below ask about one lemma again and again (each
		// reading of a word, each vote, each choice among guesses):
		// over 100 NER-UK texts, 13,435 questions about 3,061 lemmas
		// of spans. Known is a function of the lemma and the type
		// alone, so the answers are kept for the span.
		var memoBuf [8]knownAnswer
		memo := memoBuf[:0]
		ask := func(s string) bool {
			for _, a := range memo {
				if a.lemma == s {
					return a.ok
				}
			}
			ok := lz.Known(s, typ)
			memo = append(memo, knownAnswer{s, ok})
			return ok
		}
		known = func(s string) bool {
			if ask(s) {
				return true
			}
			// екс-мер, віце-президент: the last part decides.
			if i := strings.LastIndexByte(s, '-'); i > 0 && typ == "JOB" {
				return ask(s[i+1:])
			}
			return false
		}
	}
	// The head phrase: from the start to the first noun (for names: all
	// name words), stopping at quotes, prepositions and conjunctions.
	// Nothing past it is read, so the words there are not analysed.
	// The words and sep of spans of up to 8 tokens, most, are on the
	// stack.
	var wordBuf [8]word
	var sepBuf [8]bool
	words, sep := wordBuf[:0], sepBuf[:0]
	if len(toks) > len(wordBuf) {
		words, sep = make([]word, 0, len(toks)), make([]bool, 0, len(toks))
	}
	words = words[:len(toks)]
	end := len(words)
	// sep marks the conjunctions and commas between coordinated
	// adjectives that share the head noun after them (Фастівського та
	// Васильківського районів).
	sep = sep[:len(toks)]
	coordinated := false
	for i := range toks {
		// Н. Ф. Клименко, Л . І . Комарової: an initial is not the
		// conjunction і or the preposition в, and does not decline.
		if isInitial(toks, i, typ) {
			words[i] = word{text: toks[i].Text, nv: true}
			continue
		}
		words[i] = lz.word(&toks[i], typ, known)
		if w := &words[i]; w.nv && typ == "LOC" && len(toks) == 1 && known != nil &&
			slices.ContainsFunc(w.readings, func(r reading) bool { return r.tagged && r.geo && r.cas == "v_mis" && r.lemma != "" && known(r.lemma) }) {
			// "в Берні": a listed place the tagger reads in context,
			// though the lexicon also lists a first name Берні that does
			// not decline
			w.nv = false
		}
		if stopWord(&words[i]) {
			if typ == "JOB" && i > 1 && i+1 < len(toks) && churchRanks.has(toks[0].Lemma) && startsUpper(toks[i+1].Text) {
				// a see of two: єпископа Шепетівського і Славутського
				words[i] = word{text: toks[i].Text, nv: true}
				sep[i] = true
				continue
			}
			if !person && i+1 < len(toks) && coordinates(words[:i], sep[:i], toks[i].Text) {
				words[i] = word{text: toks[i].Text, nv: true}
				sep[i], coordinated = true, true
				continue
			}
			end = i
			break
		}
	}
	if person {
		singularSurname(words[:end])
		singularNames(words[:end])
		animateNames(words[:end])
		firstNameFirst(words[:end])
		mansSurnameForms(words[:end])
		adjectivalParts(words[:end])
		womanBySurname(words[:end])
		if known != nil {
			unlistedSurname(words[:end], toks, known)
		}
	} else {
		for i := 0; i+1 < end; i++ {
			if !words[i].nv && slices.ContainsFunc(words[i+1].readings, func(r reading) bool { return r.pos == "noun" && !r.name }) {
				words[i].readings = surnameAdjectives(words[i].readings)
			}
		}
	}
	if !person {
		adjectivesBeforeCodes(words[:end])
	} else if known != nil {
		foreignNames(words[:end], known)
		womansInstrumental(words[:end])
		instrumentalNames(words[:end])
		balticWomen(words[:end])
		womansFirstName(words[:end])
		womansName(words[:end])
	}
	// The span's case: the one the words up to the head noun (all words
	// of a person's name) agree on best, each weighing by how sure its
	// reading is: a tag or dictionary reading more than a long ending,
	// a long ending more than a short one.
	var votes [len(caseOrder)]int // by caseIndex
	first, last := -1, -1
	for i := 0; i < end; i++ {
		w := &words[i]
		last = i
		if first >= 0 && isCode(w) && !person {
			break // Лисичанського ВП ГУ Нацполіції: ВП is the head
		}
		if w.nv || len(w.readings) == 0 {
			continue
		}
		if first < 0 {
			first = i
		}
		var best [len(caseOrder)]int
		for _, r := range w.readings {
			v := r.weight
			switch {
			case known == nil:
			case r.lemma != "" && known(r.lemma) && !(typ == "LOC" && commonTwin(w, r)):
				v = 6
			case r.lemma == "" && slices.ContainsFunc(r.noms, known):
				v = 5 // a listed name outweighs the tagger's guess
			}
			if person && r.geo && !r.person && r.cas != "v_naz" && !slices.ContainsFunc(w.readings, func(r reading) bool { return r.person }) {
				// In a person's name a word read only as a place's
				// (Дже in Лі Дже Мьоном, read as some place Дже in the
				// accusative) says little of the name's case.
				v = min(v, 1)
			}
			if c := caseIndex(r.cas); c >= 0 {
				best[c] = max(best[c], v)
			}
		}
		for c, v := range best {
			votes[c] += v
		}
		if isNoun(w) && !person {
			// A noun that may be an adjective is one only when it agrees
			// with the next word: Рада Європейського Союзу is the body
			// (рада), not радий, and its tail does not vote.
			if i+1 >= end || !adjAgrees(w, &words[i+1]) || taggedNoun(w) && startsUpper(w.text) {
				break // (nor when the tagger reads a capitalised word as the noun: Раду Європи)
			}
		}
	}
	if first < 0 {
		return text
	}
	// «Повернись живим»: a name that starts with a verb is a phrase,
	// and nothing in it declines.
	if !person && lz.onlyVerb(&toks[0]) {
		return text
	}
	// An indeclinable head noun (МЗС України, Міноборони України): what
	// follows it is its genitive tail, and nothing changes.
	// The abbreviation may come as one token (вул.) or as the word and
	// its full stop apart (вул .).
	n := 1
	if len(words) > 2 && words[1].text == "." {
		n = 2
	}
	if g := streetAbbrev(words[0].text, n); !person && first == n && g != "" {
		// вул. Деповській → вул. Деповська: the abbreviation gives the
		// adjectives after it their gender
		for _, r := range words[first].readings {
			if r.pos == "adj" && r.gen == g && postposedAdjectives(words[first:end], r.cas, g) {
				out := make([]string, len(toks))
				for i := range toks {
					out[i] = toks[i].Text
				}
				for k := first; k < end; k++ {
					x, _ := words[k].pickGender(r.cas, g)
					out[k] = withCase(toks[k].Text, lz.nominative(&words[k], x, g, known))
				}
				return rebuild(text, toks, out)
			}
		}
	}
	if !person {
		for i := 0; i < first; i++ {
			// (XIV літніх Паралімпійських ігор: a Roman ordinal before
			// the name is no head)
			if words[i].nv && (isAbbrev(words[i].text) || isNoun(&words[i])) && isWordText(words[i].text) && !romanOrdinal(words[i].text) {
				return text
			}
		}
	}
	// Ties are broken by the first word's readings, each counting for
	// its case.
	for _, r := range words[first].readings {
		c := caseIndex(r.cas)
		if c < 0 {
			continue
		}
		if r.tagged {
			votes[c]++ // the tagger breaks ties
		}
		if known != nil && r.lemma == "" && slices.ContainsFunc(r.noms, known) {
			votes[c]++ // Астані is Астана in the locative, not some Астань
		}
	}
	cas, top := "", 0
	for k, c := range caseOrder {
		if v := votes[k]; v > top {
			cas, top = c, v
		}
	}
	// An accusative that reads as the nominative word for word is one
	// (через Міжнародний комітет Червоного Хреста): nothing changes, nor
	// is a genitive tail taken for a name in apposition.
	if cas == "v_zna" && !person && !slices.ContainsFunc(words[first:last+1], func(w word) bool { return !w.nv && len(w.readings) > 0 && !w.hasCase("v_naz") }) {
		cas = "v_naz"
	}
	// Сили оборони, Сили спеціальних операцій: the armed forces are
	// plural, not some Сила in the genitive.
	if cas == "v_rod" && !person && scan.ToLower(words[first].text) == "сили" &&
		slices.ContainsFunc(words[first].readings, func(r reading) bool { return r.lemma == "сила" && r.gen == "p" && r.cas == "v_naz" }) {
		cas = "v_naz"
	}
	if cas == "v_naz" {
		if !person && first == 0 && end == 2 && len(toks) == 2 {
			// Волинська та Тернопільська області with the first name a
			// span of its own: Тернопільська область
			if head, ok := lz.singularHead(&words[0], &words[1]); ok {
				return rebuild(text, toks, []string{toks[0].Text, withCase(toks[1].Text, head)})
			}
		}
		return text
	}
	// вулиця Маяковського, на Б. Хмельницького: a place named by a
	// person's name in the genitive is named after the person, and the
	// name stays as it is.
	if typ == "LOC" && (cas == "v_rod" || cas == "v_zna") && (namedAfter(words[first:end]) || initialled(toks, first, typ) && personsGenitive(words[first:end])) {
		return text
	}
	// The head noun gives adjectives their gender and number. A word
	// that may be an adjective and agrees with the next word is one
	// (Національним банком), except in names of people.
	gender := ""
	head := -1
	headLemma := ""
	codeHead := false
	single := "" // a plural head's gender in the singular
	var adjGenders genderSet
	for i := first; i < end; i++ {
		w := &words[i]
		if i > first && isCode(w) && !person {
			head, codeHead = i, true
			break
		}
		if w.nv {
			if i > first && !person && isNoun(w) && isWordText(w.text) {
				// An indeclinable noun heads the adjectives before it:
				// Національного антикорупційного бюро → Національне
				// антикорупційне бюро.
				if g := nvGender(w); g != "" {
					head, gender, codeHead = i, g, true
					break
				}
			}
			continue
		}
		if _, ok := w.pick(cas, "adj", nil); ok && !person && i+1 < end && (words[i+1].hasCase(cas) || sep[i+1]) &&
			!(taggedNoun(w) && startsUpper(w.text)) { // (Раду Європи: the body, not радий)
			for _, r := range w.readings {
				if r.pos == "adj" && r.cas == cas {
					adjGenders = adjGenders.with(r.gen)
				}
			}
			continue
		}
		if r, ok := w.pickNoun(cas, adjGenders, known); ok {
			gender, head, headLemma = r.gen, i, scan.ToLower(r.lemma)
			if coordinated && gender == "p" {
				single = lz.singular(r.lemma)
			}
			break
		}
	}
	out := make([]string, len(toks))
	for i := range toks {
		out[i] = toks[i].Text
	}
	// The words of a person's name share a gender: a surname that reads
	// only as a woman's in the case of a man's first name is
	// indeclinable (Себастьєном Лекорню keeps Лекорню).
	personGender := ""
	if person {
		if r, ok := words[first].pick(cas, "", known); ok && (r.gen == "m" || r.gen == "f") && (r.name || r.tagged) {
			personGender = r.gen
		}
	}
	for i := first; i < end; i++ {
		w := &words[i]
		if person && i > first && personGender == "f" && strings.Contains(w.text, "-") {
			// Ольгу Стефанишину-Бойко → Стефанишина-Бойко: each part of
			// a woman's double surname declines as hers, or not at all
			// (the lexicon's guess reads it as one that does not)
			if nom, ok := womansDoubleSurname(w.text, cas); ok {
				out[i] = nom
				continue
			}
		}
		if w.nv || !isWordText(w.text) || person && i > first && personGender == "f" && consonantEnd(w.text) &&
			!slices.ContainsFunc(w.readings, func(x reading) bool { return x.person }) {
			// a woman's surname in a consonant or -ь does not decline
			// (Наталки Цмоць), whatever common noun the lexicon reads in
			// it (цмоця, plural); a listed surname keeps its readings
			// (Ірині та Петру Качаненкам)
			continue
		}
		pos := ""
		switch {
		case i == head || i > head && head >= 0:
			pos = "noun"
		case head >= 0 && i < head && !person:
			pos = "adj"
		}
		var r reading
		var ok bool
		if i == head {
			r, ok = w.pickNoun(cas, adjGenders, known)
		} else {
			r, ok = w.pick(cas, pos, known)
		}
		if !ok {
			r, ok = w.pick(cas, "", known)
		}
		kg := streetKinds[headLemma]
		if kg == "" && head == first && i == head+1 && !person && startsUpper(words[head].text) {
			// Війська Запорізького → Військо Запорізьке: capitalised
			// adjectives after a capitalised head noun that opens the
			// name agree with it, as after a street's kind
			kg = gender
		}
		if typ == "JOB" && head >= 0 && i == head+1 && churchRanks.has(headLemma) && gender != "" && gender != "p" {
			// єпископа Шепетівського і Славутського → єпископ
			// Шепетівський і Славутський: a see agrees with its rank
			seeNominatives(lz, words[i:end], toks[i:end], out[i:end], cas, gender, known)
			break
		}
		if g := kg; head >= 0 && i == head+1 && !person && g != "" && postposedCase(&words[head], words[i:end], cas, g) != "" {
			// вулиці Деповської → вулиця Деповська: a street named by
			// adjectives after its kind agrees with the kind word (with
			// a plural kind, вулиць Деповської, as one street)
			c := postposedCase(&words[head], words[i:end], cas, g)
			for k := i; k < end; k++ {
				r, _ := words[k].pickGender(c, g)
				out[k] = withCase(toks[k].Text, lz.nominative(&words[k], r, g, known))
			}
			break
		}
		if head >= 0 && i > head && !person {
			// Past the head only an agreeing name in apposition changes
			// (містом Києвом); a genitive tail stays.
			if codeHead || !ok || !r.name || r.pos != "noun" || cas == "v_rod" {
				break
			}
			// Палаці Сербії: a name that also reads as a genitive is the
			// head's tail, unless the head is a word for a kind of place
			// (на річці Росі).
			if w.hasCase("v_rod") && !placeKindWords[headLemma] {
				break
			}
		}
		if person && i > first && personGender == "m" && (!ok || r.gen == "f") {
			if x, man := mansSurname(w, cas); man {
				r, ok = x, true
			}
		}
		if person && i > first && i+1 == end && personGender == "m" && cas == "v_zna" && !w.nv && !w.hasCase("v_zna") {
			if x, man := accusativeInU(w); man {
				r, ok = x, true
			}
		}
		if person && i > first && i+1 == end && personGender == "m" && cas == "v_rod" && !w.nv &&
			!slices.ContainsFunc(w.readings, func(x reading) bool { return x.cas == "v_rod" && x.person && x.gen == "m" }) {
			if x, man := genitiveOfFirstDeclension(w); man {
				r, ok = x, true
			}
		}
		if person && i > first && i+1 == end && personGender == "m" && cas == "v_oru" && !w.nv && (!ok || r.pos != "noun" || r.gen != "m") {
			if x, man := instrumentalInOyu(w); man {
				r, ok = x, true
			}
		}
		if ok && person && i > first && personGender != "" && (r.gen == "m" || r.gen == "f") && r.gen != personGender {
			if x, same := w.pickGender(cas, personGender); same {
				r = x
			} else if !r.person && !(r.geo && firstDeclension(w.text, cas)) || !strings.ContainsRune("ая", lastRune(r.lemma)) || (known == nil || !known(r.lemma)) && !firstDeclension(w.text, cas) {
				// A listed surname in -а/-я declines as a woman's name
				// does, for men too (Владиславу Чайці → Чайка), and so
				// does any in the instrumental, whose ending no foreign
				// name that does not decline has (Маргусом Цахкною, even
				// when the tagger reads it as a place's name).
				continue
			}
		}
		if !ok {
			if person {
				continue
			}
			break
		}
		g := r.gen
		if r.pos == "adj" && gender != "" && !person {
			g = gender
			// Фастівського та Васильківського районів: each adjective
			// names one of them, in the head noun's gender (Чорного та
			// Азовського морів: Чорне та Азовське моря).
			if coordinated && gender == "p" && r.gen != "p" && r.gen != "" {
				g = r.gen
				if slices.ContainsFunc(w.readings, func(x reading) bool { return x.pos == "adj" && x.cas == cas && x.gen == single }) {
					g = single
				}
			}
		}
		if typ == "ORG" && head < 0 && end == 1 && r.pos == "adj" && g == "m" && neuterTwin(w.text) {
			// A body named by an adjective alone is neuter: Суспільному
			// → Суспільне, as a newsroom is named (7 base forms of our
			// news texts; no such ORG in NER-UK's tests).
			g = "n"
		}
		if typ == "ORG" && i == first && r.pos == "adj" && (g == "m" || g == "f") && neuterTwin(w.text) && startsUpper(w.text) && neuterOutlets[scan.ToLower(r.lemma)] {
			// Суспільного Тернополя → Суспільне Тернопіль: a regional
			// edition of an outlet named by a neuter adjective keeps the
			// outlet's name, whatever the place's gender
			g = "n"
		}
		if person && r.gen == "n" {
			// Вакаревим is a man's surname, not the village Вакареве a
			// guess reads it as: people are not neuter
			g := cmp.Or(personGender, "m")
			var nouns word // a noun's reading first: Вакарев, not the adjective Вакарів
			for _, x := range w.readings {
				if x.cas == cas && x.gen == g && x.pos == "noun" {
					nouns.readings = append(nouns.readings, x)
				}
			}
			if x, ok := nouns.pick(cas, "", known); ok {
				r = x
			} else if x, ok := w.pickGender(cas, g); ok {
				r = x
			}
		}
		if person {
			r = w.preferOv(r)
			// People are not neuter: Ігоря Тинного → Тинний.
			if g == "n" {
				g = cmp.Or(personGender, "m")
			}
		}
		nom := lz.nominative(w, r, g, known)

		if person && !slices.ContainsFunc(w.readings, func(x reading) bool { return x.person && !x.surname }) {
			// (Якова is Яків's, a first name's)
			nom = ovSurname(w.text, nom)
		}
		out[i] = withCase(toks[i].Text, nom)
	}
	return rebuild(text, toks, out)
}

// womansEndings are the endings of a woman's surname in -а of the kinds
// that decline as adjectives do (Петрова, Стефанишина, Ковальська), by
// case: v_zna Петрову, v_rod Петрової, v_dav and v_mis Петровій, v_oru
// Петровою.
var womansEndings = map[string]string{"v_zna": "у", "v_rod": "ої", "v_dav": "ій", "v_mis": "ій", "v_oru": "ою"}

// womansDoubleSurname returns the nominative of a woman's double surname
// in case cas, each part as hers (Стефанишину-Бойко → Стефанишина-Бойко),
// and whether a part declined: parts of the kinds in -ова, -ина, -ська
// take -а; the others (Бойко, Коваль) do not decline for a woman.
func womansDoubleSurname(text, cas string) (string, bool) {
	end, ok := womansEndings[cas]
	if !ok {
		return "", false
	}
	parts := strings.Split(text, "-")
	changed := false
	for k, p := range parts {
		stem, ok := strings.CutSuffix(p, end)
		if !ok {
			continue
		}
		for _, s := range [...]string{"ин", "ін", "їн", "ов", "ев", "єв", "ськ", "цьк", "зьк"} {
			if strings.HasSuffix(stem, s) && scan.RuneCount(stem) > len([]rune(s))+1 {
				parts[k], changed = stem+"а", true
				break
			}
		}
	}
	return strings.Join(parts, "-"), changed
}

// kindApposition gives the base form of a one-word place named after a
// word for its kind, toks[from:to] with base its base form: a foreign name
// no list knows stands there in the nominative and does not decline,
// though its ending reads as a masculine name's genitive, dative or
// locative (в порту Карасу, біля села Плауру: not Карас, Плаур), or,
// after the kind in the nominative or accusative, as a genitive (станцію
// Медика: not Медик). It returns base when there is nothing to change.
func (lz Lemmatizer) kindApposition(toks []vistka.Token, from, to int, base string) string {
	if to-from != 1 || from == 0 || lz.Known == nil {
		return base
	}
	kind, text := &toks[from-1], toks[from].Text
	if !strings.HasPrefix(kind.Tag, "noun") || !placeKindWords[scan.ToLower(kind.Lemma)] || base == text {
		return base
	}
	if lz.Known(text, "LOC") {
		// у місті Прилуки: a listed place as written, which the tagger
		// read as a common noun (прилука), stands in the nominative
		if l := toks[from].Lemma; l != "" && l == scan.ToLower(l) && scan.ToLower(text) != l {
			return text
		}
		return base
	}
	if neuterSettlements[scan.ToLower(kind.Lemma)] && neuterPossessive(text) {
		// у селі Пирогове, до селища Іванкове: a village named by a
		// possessive adjective agrees with село in the neuter and stands
		// as written; it is no case of a Пирогів or an Іванків.
		return text
	}
	end, ok := strings.CutPrefix(text, base)
	switch {
	case !ok:
		return base
	case (end == "у" || end == "ю") && strings.Contains(kind.Tag, ":v_mis") && !strings.ContainsRune("кгх", lastRune(base)):
		// A masculine's locative in -у has a stem in к, г or х (у
		// місті Луцьку); a listed name of another stem does not agree
		// with the kind word there (в порту Карасу, not Карасі).
		return text
	case lz.Known(base, "LOC"):
		return base
	case end == "у" || end == "ю":
	case end == "а" && (strings.Contains(kind.Tag, ":v_zna") || strings.Contains(kind.Tag, ":v_naz")):
	case end == "а" && facilityKinds[scan.ToLower(kind.Lemma)]:
		// A port's or a station's foreign name stands in the
		// nominative after the kind word in any case (порту Мууга,
		// біля станції Медика), as a town's agrees with місто. One
		// base form of our news texts (Мууга, not Мууг); none in
		// NER-UK.
	default:
		return base
	}
	return text
}

// neuterSettlements are the words for a settlement of the neuter gender,
// with which a village's adjectival name agrees (село Пирогове).
var neuterSettlements = map[string]bool{"село": true, "селище": true, "містечко": true}

// neuterPossessive reports whether a capitalised word ends as the neuter
// of a possessive adjective (Пирогове, Іванкове, Маринине).
func neuterPossessive(w string) bool {
	if !startsUpper(w) {
		return false
	}
	for _, e := range [...]string{"ове", "еве", "єве", "ине", "іне", "їне"} {
		if strings.HasSuffix(w, e) && scan.RuneCount(w) > scan.RuneCount(e)+2 {
			return true
		}
	}
	return false
}

// streetKinds are the lemmas of words for a street, after which a street's
// own name may be an adjective agreeing with them (вулиця Деповська,
// проспект Повітрофлотський) or a genitive that stays (вулиця Шевченка).
// The value is the word's gender in the singular.
var streetKinds = map[string]string{
	"вулиця": "f", "проспект": "m", "провулок": "m", "бульвар": "m",
	"площа": "f", "узвіз": "m", "набережна": "f", "алея": "f",
	"шосе": "n", "майдан": "m", "тупик": "m", "проїзд": "m",
}

// streetName gives the base form of a place toks[from:to] written after a
// word for a street's kind outside it, base its base form alone: the
// words agree with the kind word (вулиць Сагайдачного stays, as a street
// named after a person; вулиці Деповської is Деповська). It returns base
// when the word before is no street's kind.
func (lz Lemmatizer) streetName(toks []vistka.Token, from, to int, base string) string {
	if from == 0 || to <= from {
		return base
	}
	kind := &toks[from-1]
	low := scan.ToLower(kind.Text)
	if streetAbbrevs[low] == "" && (!strings.HasPrefix(kind.Tag, "noun") || streetKinds[scan.ToLower(kind.Lemma)] == "") {
		return base
	}
	if toks[from].RStart != kind.REnd+1 || strings.Contains(toks[from].Tag, ":geo") {
		return base // (вулиця України: the country, as no street is named after one)
	}
	var b strings.Builder
	b.WriteString(kind.Text)
	for i := from; i < to; i++ {
		b.WriteString(strings.Repeat(" ", toks[i].RStart-toks[i-1].REnd))
		b.WriteString(toks[i].Text)
	}
	full := lz.BaseForm("LOC", b.String(), toks[from-1:to])
	_, rest, ok := strings.Cut(full, " ")
	if !ok || rest == "" {
		return base
	}
	return rest
}

// streetAbbrevs give the gender of the street a written-short kind word
// stands for.
var streetAbbrevs = map[string]string{"вул.": "f", "просп.": "m", "пров.": "m", "бульв.": "m", "пл.": "f"}

// streetAbbrev returns the gender streetAbbrevs gives the abbreviation
// w, written with its full stop when n is 1, without when n is 2 (the
// stop is the next token), or "". A long word, or one of one token with
// no full stop, is none, and is not lower-cased to know it.
func streetAbbrev(w string, n int) string {
	if len(w) > 16 || n == 1 && !strings.HasSuffix(w, ".") {
		return ""
	}
	l := scan.ToLower(w)
	if n == 2 {
		l += "."
	}
	return streetAbbrevs[l]
}

// postposedAdjectives reports whether words are all adjectives that read
// in case cas and gender g, nothing else: a street's name after its kind
// word (вулиці Великої Житомирської), not a genitive tail that starts
// with an adjective (Ради національної безпеки).
func postposedAdjectives(words []word, cas, g string) bool {
	if len(words) == 0 || g == "" || g == "p" {
		return false
	}
	for i := range words {
		w := &words[i]
		if w.nv || !startsUpper(w.text) && i == 0 {
			return false
		}
		r, ok := w.pickGender(cas, g)
		if !ok || r.pos != "adj" {
			return false
		}
		if slices.ContainsFunc(w.readings, func(r reading) bool { return r.pos == "noun" && r.cas == cas }) {
			return false
		}
	}
	return true
}

// facilityKinds are the kinds of place in placeKindWords that are no
// settlement: their foreign names do not agree with the kind word.
var facilityKinds = map[string]bool{"порт": true, "станція": true}

// postposedCase returns the case in which the words after a street's kind
// word head are adjectives agreeing with it in gender g: the span's case
// cas, or else another case the kind word reads in (вулиці Пашутінської:
// the genitive, though the tagger read вулиці as the locative). It is ""
// when there is none.
func postposedCase(head *word, words []word, cas, g string) string {
	if postposedAdjectives(words, cas, g) {
		return cas
	}
	for _, c := range caseOrder {
		if c != cas && c != "v_naz" && head.hasCase(c) && postposedAdjectives(words, c, g) {
			return c
		}
	}
	return ""
}

// namedAfter reports words that all read as a person's name in the
// genitive, none as a place's or an adjective (Хмельницької is the
// region's).
func namedAfter(words []word) bool {
	n := 0
	for i := range words {
		w := &words[i]
		if w.nv {
			continue
		}
		if slices.ContainsFunc(w.readings, func(r reading) bool { return r.geo || r.pos == "adj" }) ||
			!slices.ContainsFunc(w.readings, func(r reading) bool { return r.person && r.cas == "v_rod" }) {
			return false
		}
		n++
	}
	return n > 0
}

// initialled reports whether an initial (Б.) stands before toks[first],
// the first word of a place's name that declines.
func initialled(toks []vistka.Token, first int, typ string) bool {
	for i := 0; i < first; i++ {
		if isInitial(toks, i, typ) {
			return true
		}
	}
	return false
}

// personsGenitive reports whether every word of words that declines reads
// as a person's name in the genitive: after an initial (на Б.
// Хмельницького) the place is named after the person, though the
// surname is also a city's (Хмельницький).
func personsGenitive(words []word) bool {
	n := 0
	for i := range words {
		w := &words[i]
		if w.nv {
			continue
		}
		if !slices.ContainsFunc(w.readings, func(r reading) bool { return r.person && r.cas == "v_rod" }) {
			return false
		}
		n++
	}
	return n > 0
}

// preferOv returns, for a surname in -ів read as r, the same form's
// reading as a surname in -ов, -ев or -єв, which is far commoner in the
// news (Іванову: Іванов, not Іванів).
func (w *word) preferOv(r reading) reading {
	if !r.surname {
		return r
	}
	var alts []string
	if stem, ok := strings.CutSuffix(r.lemma, "ів"); ok {
		alts = []string{stem + "ов", stem + "ев"}
	} else if stem, ok := strings.CutSuffix(r.lemma, "їв"); ok {
		alts = []string{stem + "єв"}
	}
	for _, x := range w.readings {
		if x.surname && x.cas == r.cas && x.pos == r.pos && slices.Contains(alts, x.lemma) {
			return x
		}
	}
	return r
}

// ovSurname returns, for a form of a person's name whose nominative nom
// ends in -ів or -їв, the surname in -ев, -ов or -єв when the form keeps
// that vowel (Вакаревим → Вакарев, not Вакарів, as a possessive adjective
// or a listed surname would have it): a surname in -ів keeps its і when
// it declines (Петрівим). It returns nom otherwise.
func ovSurname(form, nom string) string {
	stem, ok := strings.CutSuffix(nom, "ів")
	if !ok {
		if stem, ok = strings.CutSuffix(nom, "їв"); ok && strings.HasPrefix(scan.ToLower(form), scan.ToLower(stem)+"єв") {
			return stem + "єв"
		}
		return nom
	}
	low, ls := scan.ToLower(form), scan.ToLower(stem)
	for _, end := range []string{"ого", "ому", "ої", "ій", "е"} {
		if strings.HasSuffix(low, end) {
			return nom // Гербуртового: a possessive adjective's ending
		}
	}
	for _, v := range []string{"ев", "ов"} {
		if strings.HasPrefix(low, ls+v) {
			return stem + v
		}
	}
	return nom
}

// singular returns the gender of noun lemma as the lexicon has it, or "".
func (lz Lemmatizer) singular(lemma string) string {
	if lz.Lex == nil || lemma == "" {
		return ""
	}
	for _, x := range lz.Lex.Analyze(lemma) {
		r, _ := parseTag(x.Lemma, x.Tag)
		if r.pos == "noun" && r.cas == "v_naz" && r.lemma == lemma && r.gen != "p" {
			return r.gen
		}
	}
	return ""
}

// singularHead returns the singular of noun, a plural nominative, when adj
// before it reads only as a singular nominative of its gender: the last
// of adjectives coordinated before a shared plural head, cut off from
// the others (Тернопільська області → область).
func (lz Lemmatizer) singularHead(adj, noun *word) (string, bool) {
	g := ""
	for _, r := range adj.readings {
		if r.cas != "v_naz" || r.pos != "adj" { // (Сумська is a surname too)
			continue
		}
		if r.gen == "p" || g != "" && g != r.gen {
			return "", false
		}
		g = r.gen
	}
	if g == "" || noun.nv {
		return "", false
	}
	head := ""
	for _, r := range noun.readings {
		if r.cas != "v_naz" {
			continue
		}
		if r.pos != "noun" || r.gen != "p" || r.lemma == "" || head != "" && head != r.lemma {
			return "", false
		}
		head = r.lemma
	}
	if head == "" || lz.singular(head) != g {
		return "", false
	}
	return head, true
}

// coordinates reports whether the conjunction or comma c after words
// joins adjectives that share a head noun further on: every word before it
// is an adjective (or another such conjunction).
func coordinates(words []word, sep []bool, c string) bool {
	switch scan.ToLower(c) {
	case "і", "й", "та", ",":
	default:
		return false
	}
	for i := range words {
		if sep[i] {
			continue
		}
		w := &words[i]
		if _, adj := w.pick("", "adj", nil); w.nv || !adj || slices.ContainsFunc(w.readings, func(r reading) bool { return r.tagged && r.pos != "adj" }) {
			return false
		}
	}
	return len(words) > 0 && !sep[len(sep)-1]
}

// nvGender returns the one gender an indeclinable noun's readings give
// (бюро: n), or "".
func nvGender(w *word) string {
	g := ""
	for _, r := range w.readings {
		if r.pos != "noun" || r.gen == "" || r.gen == "p" {
			continue
		}
		if g != "" && g != r.gen {
			return ""
		}
		g = r.gen
	}
	return g
}

// isCode reports an indeclinable abbreviation: РДА, ВП, ТОВ.
func isCode(w *word) bool { return w.nv && isAbbrev(w.text) && isWordText(w.text) }

// isInitial reports a single capital letter that stands for a name: in a
// person's name, or followed by a full stop.
func isInitial(toks []vistka.Token, i int, typ string) bool {
	t := toks[i].Text
	if len(t) > utf8.UTFMax || scan.RuneCount(t) != 1 || !startsUpper(t) {
		return false
	}
	return typ == "PERS" || i+1 < len(toks) && toks[i+1].Text == "."
}

// adjectivesBeforeCodes keeps only the adjective readings of a word right
// before an indeclinable abbreviation, which is the head it agrees with:
// Генічеська РДА is the district administration of Генічеськ, not the
// genitive of Генічеськ.
func adjectivesBeforeCodes(words []word) {
	for i := 0; i+1 < len(words); i++ {
		w := &words[i]
		if w.nv || !words[i+1].nv || !isAbbrev(words[i+1].text) {
			continue
		}
		if _, ok := w.pick("", "adj", nil); ok {
			w.readings = slices.DeleteFunc(slices.Clone(w.readings), func(r reading) bool { return r.pos != "adj" })
		}
	}
}

// foreignNames makes indeclinable the words of a person's name that end
// in -і or -о, as foreign names do (Кунінорі, Берлусконі, Фуміо), when no
// reading of theirs is a listed name (Марині is Марина's) and no listed
// name or adjective of the span is in an oblique case the word can share
// (an unlisted surname declines with Олені before it, Матері with Божої).
// So does a first name in -у when a word after it is read in context in a
// case it has no form of (Сігеру Ісібою, Мауру Вієйрою: not the datives
// of some Сігер and Маура).
func foreignNames(words []word, known func(string) bool) {
	listed := func(r reading) bool {
		if r.lemma != "" {
			return known(r.lemma)
		}
		return slices.ContainsFunc(r.noms, known)
	}
	firstName := func(r reading) bool { return r.person && !r.surname }
	vocative := func(r reading) bool { return r.cas == "v_kly" }
	tagged := func(r reading) bool { return r.tagged }
	// A name in -е or -о read only as a vocative, beside words that are no
	// vocative, is a foreign name that does not decline (Метте
	// Фредеріксен, not Метт; Ганно Певкур, not Ганна): news names people,
	// it does not call them. The tagger's reading counts as the word's
	// when it is a vocative (Масаші Накагоме, which a guessed declension
	// also reads as a locative). This is settled for every word first, so
	// that the rule below does not let such a word decline the others.
	vocatives := make([]bool, len(words))
	var buf [64]byte // each word lower-cased on the stack, with no string made
	for i := range words {
		w := &words[i]
		l := scan.AppendLower(buf[:0], w.text)
		vocatives[i] = !w.nv && len(words) > 1 && (bytes.HasSuffix(l, []byte("е")) || bytes.HasSuffix(l, []byte("о"))) && len(w.readings) > 0 &&
			(!slices.ContainsFunc(w.readings, func(r reading) bool { return !vocative(r) }) || slices.ContainsFunc(w.readings, func(r reading) bool { return r.tagged && vocative(r) })) &&
			!slices.ContainsFunc(words, func(o word) bool {
				return o.text != w.text && slices.ContainsFunc(o.readings, func(r reading) bool { return vocative(r) && (r.tagged || !slices.ContainsFunc(o.readings, tagged)) })
			})
	}
	for i := range words {
		if vocatives[i] {
			words[i].nv = true
		}
	}
	for i := range words {
		w := &words[i]
		l := scan.AppendLower(buf[:0], w.text)
		last, _ := utf8.DecodeLastRune(l)
		// A name opening a person's name that the lexicon lists only as
		// a surname, before no first name, is a foreign first name
		// (Кірсті Ковентрі, not the surname Кірст).
		opening := i == 0 && len(words) > 1 && !slices.ContainsFunc(w.readings, firstName) &&
			!slices.ContainsFunc(words[1].readings, firstName)
		if w.nv || !startsUpper(w.text) || !strings.ContainsRune("іо", last) && !bytes.HasSuffix(l, []byte("аї")) && !(last == 'у' && i == 0 && len(words) > 1) || bytes.Contains(l, []byte("-")) ||
			bytes.HasSuffix(l, []byte("ові")) || bytes.HasSuffix(l, []byte("еві")) || bytes.HasSuffix(l, []byte("єві")) || bytes.HasSuffix(l, []byte("ого")) ||
			!opening && slices.ContainsFunc(w.readings, listed) {
			continue
		}
		declines := false
		for j := range words {
			if j == i || words[j].nv {
				continue
			}
			for _, r := range words[j].readings {
				if r.cas != "v_naz" && (r.person && listed(r) || r.pos == "adj" && r.lemma != "" || last == 'у' && r.tagged) && w.hasCase(r.cas) {
					declines = true
				}
			}
		}
		if last == 'у' && !slices.ContainsFunc(words, func(o word) bool {
			// (a first name in -у stays as written only when another
			// word is read in context in a case it has no form of:
			// Сігеру Ісібою, Мауру Вієйрою)
			return o.text != w.text && !o.nv && slices.ContainsFunc(o.readings, func(r reading) bool { return r.tagged && r.cas != "v_naz" && !w.hasCase(r.cas) })
		}) {
			continue
		}
		if !declines {
			w.nv = true
		}
	}
}

// romanOrdinal reports whether s is written in Roman numerals alone
// (XIV, II, or ІІ and ХІХ typed with the Cyrillic І and Х), as the
// ordinal number of a games, a congress or a convocation that opens its
// name is.
func romanOrdinal(s string) bool {
	return s != "" && strings.Trim(s, "IVXLCDMІХ") == ""
}

// singularNames drops the plural readings of the first names of a
// person's name, which name one person: a first name read only in the
// plural (Петр as the genitive plural of Петра) is kept as written, and
// Надії in Надії Бурдей is the genitive of Надія, not its plural.
func singularNames(words []word) {
	for i := range words {
		w := &words[i]
		// (a first name the lexicon also lists as a place, Надія, is
		// one still: Надії Бурдей is no plural)
		if w.nv || len(w.readings) == 0 || len(words) < 2 || slices.ContainsFunc(w.readings, func(r reading) bool { return !r.person && !r.geo || r.surname }) ||
			!slices.ContainsFunc(w.readings, func(r reading) bool { return r.person }) {
			continue // first names only: a family may be named in the plural
		}
		w.readings = without(w.readings, func(r reading) bool { return r.gen == "p" })
		if len(w.readings) == 0 {
			w.nv = true
		}
	}
}

// singularSurname drops the plural readings of the last word of a
// person's name whose first word reads as a first name in the singular
// alone (два Сергії Мельничуки are two men): the name is one person's, so her surname is no plural (Юлії
// Ковалів is Юлія Ковалів, whose surname does not decline, not the
// genitive plural of Коваль or of the village Ковалі). Only a surname
// that ends as one that does not decline may (-ів, -їв, -их: Юлія
// Ковалів, Олег Довгих): доньці Ірині Качаненкам, in the dative plural,
// shares her family's surname.
func singularSurname(words []word) {
	if len(words) < 2 || words[0].nv || words[len(words)-1].nv {
		return
	}
	first, last := &words[0], &words[len(words)-1]
	if !slices.ContainsFunc(first.readings, func(r reading) bool { return r.person && !r.surname }) ||
		!strings.HasSuffix(last.text, "ів") && !strings.HasSuffix(last.text, "їв") && !strings.HasSuffix(last.text, "их") {
		return
	}
	// the tagger's reading in context says the number (Юлії: Юлія's
	// genitive, not the plural), else every reading must be singular
	if k := slices.IndexFunc(first.readings, func(r reading) bool { return r.tagged }); k >= 0 && first.readings[k].gen == "p" ||
		k < 0 && slices.ContainsFunc(first.readings, func(r reading) bool { return r.gen == "p" }) {
		return
	}
	last.readings = without(last.readings, func(r reading) bool { return r.gen == "p" })
}

// animateNames drops the readings of the words of a person's name as a
// masculine common noun of a thing in the accusative that reads as its
// nominative: a person is animate, and a man's accusative is his
// genitive (Івана, not Іван), so such a word stands in the nominative
// (Генеральний директор Іон Русу: not іон, the particle, in the
// accusative, which would make Русу the accusative of some Руса).
func animateNames(words []word) {
	for i := range words {
		w := &words[i]
		if w.nv {
			continue
		}
		w.readings = without(w.readings, func(r reading) bool {
			return r.cas == "v_zna" && r.gen == "m" && r.pos == "noun" && !r.person && !r.geo && r.lemma != "" && scan.EqualFold(r.lemma, w.text)
		})
	}
}

// firstNameFirst drops the readings of the first word of a person's name
// of two words or more whose last word reads as a surname that compete,
// in the same case, with a reading of it as a first name: При Петрові
// Порошенку is Петро Порошенко, not the surname Петров or Петрів nor the
// village Петрів, whose locative the same form is too. Its readings in
// other cases stay (Джорджею is no form of the man's Джорджей it is
// listed as in the dative).
func firstNameFirst(words []word) {
	if len(words) < 2 || words[0].nv {
		return
	}
	w, last := &words[0], &words[len(words)-1]
	firstName := func(r reading) bool { return r.person && !r.surname && r.pos == "noun" && r.gen != "p" }
	if !slices.ContainsFunc(last.readings, func(r reading) bool { return r.surname }) {
		return
	}
	w.readings = without(w.readings, func(r reading) bool {
		return !firstName(r) && slices.ContainsFunc(w.readings, func(x reading) bool { return firstName(x) && x.cas == r.cas })
	})
}

// womanBySurname drops a man's readings of the first name of a
// person's name of two words when the surname after it ends in a
// consonant and is written as a woman's surname that does not decline,
// with no man's form in the cases those readings give: a man's surname
// in a consonant declines (Олександра Мельника), a woman's does not, so
// in "Олександру Мельник" the first name is Олександра's accusative, not
// Олександр's dative, and "Юлія Чемич" is Юлія, not the genitive of
// Юлій. A surname in -о is left alone: registers and court texts often
// leave a man's undeclined (Богдану Бречко, Анатолія Цебенко, a man's).
func womanBySurname(words []word) {
	if len(words) != 2 || words[0].nv {
		return
	}
	w, last := &words[0], &words[1]
	if strings.ContainsRune("аеєиіїоуюя'", lastRune(scan.ToLower(last.text))) {
		return
	}
	hers := func(r reading) bool { return r.person && !r.surname && r.gen == "f" && r.lemma != "" }
	his := func(r reading) bool { return r.person && !r.surname && r.gen == "m" && r.cas != "v_naz" }
	if !slices.ContainsFunc(w.readings, hers) || !slices.ContainsFunc(w.readings, his) ||
		!slices.ContainsFunc(last.readings, func(r reading) bool { return r.surname && r.gen == "f" && r.lemma == last.text }) {
		return
	}
	for _, r := range w.readings {
		if his(r) && slices.ContainsFunc(last.readings, func(x reading) bool { return x.person && x.gen == "m" && x.cas == r.cas }) {
			return // (Олександра Шевченка: his genitive)
		}
	}
	w.readings = without(w.readings, func(r reading) bool { return r.gen == "m" })
}

// without returns rs without the readings del reports, in a slice of
// its own when there are any: the words of spans may share their
// readings (see wordMemo).
func without(rs []reading, del func(reading) bool) []reading {
	if !slices.ContainsFunc(rs, del) {
		return rs
	}
	return slices.DeleteFunc(slices.Clone(rs), del)
}

// unlistedSurname reads the last word of a man's name by its endings, as
// a surname the lexicon does not list, when the lexicon knows it only as
// a common word or a place and only in another case than the nominative
// (Анатолію Шумову: шумовий; Владислава Тинного: the village Тинне;
// Вахтанга Убірії: some place Убірія), and the tagger reads the first
// name in context as a man's in a case other than the nominative: the
// guesses give the surname in that case (Шумов, Тинний, Убірія), where
// the common word's reading would set the name's case or gender
// (Анатолія Шумова, a woman in the accusative).
func unlistedSurname(words []word, toks []vistka.Token, known func(string) bool) {
	if len(words) < 2 || words[0].nv || !slices.ContainsFunc(words[0].readings, func(r reading) bool {
		return r.tagged && r.person && !r.surname && r.gen == "m" && r.cas != "v_naz" && r.lemma != ""
	}) {
		return
	}
	k := len(words) - 1
	w := &words[k]
	// A woman's common word in the nominative (шумова) is no man's
	// surname's: Олексія Шумова is the genitive of Шумов. Not after a
	// first name that is also a woman's in the nominative (Юлія Залізна,
	// the tagger reading Юлій's genitive after мешканка Києва).
	hers := slices.ContainsFunc(words[0].readings, func(r reading) bool { return r.person && r.gen == "f" && r.cas == "v_naz" })
	if w.nv || len(w.readings) == 0 || !startsUpper(w.text) || slices.ContainsFunc(w.readings, func(r reading) bool {
		return r.person || r.cas == "v_naz" && (r.gen != "f" || hers)
	}) {
		return
	}
	gs := guess(toks[k].Text, known)
	if len(gs) == 0 {
		return
	}
	if l := scan.ToLower(w.text); strings.HasSuffix(l, "им") {
		// Тинним is Тинний's: a surname that declines as a noun takes
		// -им only after -ов, -ев, -єв, -ін, -їн, -ин (Шумовим), -ом
		// after any other consonant
		for i := range gs {
			if gs[i].pos == "noun" {
				gs[i].noms = slices.DeleteFunc(slices.Clone(gs[i].noms), func(n string) bool {
					n = scan.ToLower(n)
					return !strings.HasSuffix(n, "ий") && !strings.HasSuffix(n, "ов") && !strings.HasSuffix(n, "ев") && !strings.HasSuffix(n, "єв") &&
						!strings.HasSuffix(n, "ін") && !strings.HasSuffix(n, "їн") && !strings.HasSuffix(n, "ин")
				})
			}
		}
		gs = slices.DeleteFunc(gs, func(r reading) bool { return r.lemma == "" && len(r.noms) == 0 })
	}
	w.readings = append(w.readings[:0], gs...)
}

// instrumentalNames keeps as written the words of a person's name that
// have no reading in the instrumental when another word of it ends in
// -ою, -ею or -єю and is read in the instrumental, an ending no other case
// has: the name is in the instrumental, and a word that has no form of it
// is a foreign name that does not decline (з прем'єр-міністром Еді Рамою:
// Еді, not the locative of a listed Ед, which outvoted Рамою).
func instrumentalNames(words []word) {
	if len(words) < 2 || !slices.ContainsFunc(words, func(w word) bool {
		return !w.nv && firstDeclension(w.text, "v_oru") && w.hasCase("v_oru")
	}) {
		return
	}
	for i := range words {
		if w := &words[i]; !w.nv && len(w.readings) > 0 && startsUpper(w.text) && !w.hasCase("v_oru") {
			w.nv = true
		}
	}
}

// womansInstrumental reads the first word of a person's name in -ою, -ею
// or -єю, before words that do not decline alone, in the instrumental:
// "з прем'єр-міністеркою Італії Джорджею Мелоні" is Джорджа Мелоні, not
// the dative of a Джорджей the lexicon lists (a Russian name in -ей, whose
// dative ends so, is written Сергій in Ukrainian news, Сергію). Its
// readings in the instrumental as a person's name are kept alone; with
// none, it is read as a woman's first name of the first declension
// (Джорджею → Джорджа, Сашею → Саша, Марією → Марія).
func womansInstrumental(words []word) {
	if len(words) < 2 || words[0].nv || !startsUpper(words[0].text) {
		return
	}
	for _, o := range words[1:] {
		if !o.nv {
			return
		}
	}
	w := &words[0]
	l := scan.ToLower(w.text)
	if !strings.HasSuffix(l, "ою") && !strings.HasSuffix(l, "ею") && !strings.HasSuffix(l, "єю") {
		return
	}
	if slices.ContainsFunc(w.readings, func(r reading) bool { return r.cas == "v_oru" && r.person }) {
		// (a place's reading, Джорджа's, says nothing of a name)
		w.readings = without(w.readings, func(r reading) bool { return r.cas != "v_oru" || !r.person })
		return
	}
	stem, nom, ok := instrumentalFirst(w.text, l)
	if !ok {
		return
	}
	if nom == stem+"я" && strings.HasSuffix(l, "ею") && strings.ContainsRune("жшчщц", lastRune(scan.ToLower(stem))) {
		nom = stem + "а" // Джорджею → Джорджа, Сашею → Саша
	}
	if utf8.RuneCountInString(nom) < 3 {
		return
	}
	w.readings = []reading{{pos: "noun", cas: "v_oru", gen: "f", lemma: nom, name: true, person: true, weight: 6}}
}

// balticSuffixes end Lithuanian women's surnames, a married woman's
// (Андрюшкевічєне, Руґінене) or an unmarried one's (Паулаускайте,
// Мейлутите, Станкевичуте, Біловайтіте).
var balticSuffixes = [...]string{"ене", "єне", "айте", "ейте", "уте", "юте", "іте", "ите", "їте"}

// balticWomen keeps as written the words of a person's name that end as
// Lithuanian women's surnames do (balticSuffixes), which do not decline
// and which the lexicon, when it does not list them, reads as a man's
// vocative (Андрюшкевічєне → Андрюшкевічєн): news names people, it does
// not call them, and no Ukrainian name ends so in another case. The name
// is a woman's: the other words' men's readings are dropped, and a word
// in -а or -я with none of a woman's is her first name as written (Аушра
// Семашкене, not the genitive of an Аушр).
func balticWomen(words []word) {
	var buf [64]byte
	hers := false
	for i := range words {
		w := &words[i]
		if !startsUpper(w.text) || scan.RuneCount(w.text) < 6 {
			continue
		}
		l := scan.AppendLower(buf[:0], w.text)
		for _, e := range balticSuffixes {
			if bytes.HasSuffix(l, []byte(e)) {
				w.nv, hers = true, true
				break
			}
		}
	}
	if !hers {
		return
	}
	notHers := func(r reading) bool { return r.gen == "m" || r.gen == "n" }
	for i := range words {
		w := &words[i]
		switch {
		case w.nv || !startsUpper(w.text):
		case slices.ContainsFunc(w.readings, func(r reading) bool { return r.gen == "f" }):
			w.readings = without(w.readings, notHers)
		case strings.HasSuffix(w.text, "а") || strings.HasSuffix(w.text, "я"):
			w.nv = true
		}
	}
}

// womansFirstName keeps as written a first name in -а that the lexicon
// reads only as a man's genitive or accusative when the indeclinable
// surname after it is read in context as a woman's: in "Джорджа Мелоні
// прибула" Джорджа is her name, not Джордж's genitive.
//
// Name particles after the first name (Урсула фон дер Ляєн) are passed
// over, and make it a first name though the tagger read it as a
// surname; a guessed neuter reading (Урсуло) is no person's.
func womansFirstName(words []word) {
	if len(words) < 2 {
		return
	}
	w := &words[0]
	particle := isParticle(words[1].text)
	if particle && !w.nv && slices.ContainsFunc(w.readings, func(r reading) bool { return r.person && !r.surname && r.lemma != "" }) {
		// Урсула фон дер Ляєн after a genitive, the tagger reading
		// Урсула as the surname Урсул's: the word before name
		// particles is a first name, and a listed first name it reads
		// as outweighs its readings as a surname.
		w.readings = without(w.readings, func(r reading) bool { return r.surname })
	}
	if w.nv || !strings.HasSuffix(w.text, "а") && !strings.HasSuffix(w.text, "я") || len(w.readings) == 0 ||
		slices.ContainsFunc(w.readings, func(r reading) bool {
			return r.gen != "m" && r.gen != "n" || r.cas != "v_rod" && r.cas != "v_zna" || r.surname && !particle
		}) {
		return
	}
	for _, o := range words[1:] {
		if !o.nv && !isParticle(o.text) {
			return
		}
	}
	last := &words[len(words)-1]
	if slices.ContainsFunc(last.readings, func(r reading) bool { return r.tagged && r.surname && r.gen == "f" }) {
		w.nv = true
	}
}

// womansName drops the men's and neuter readings of the words of a
// person's name whose first name the tagger reads in context as a
// woman's name: in "Суддя Ганна Панова" the name is hers, not the genitive
// of some Ганн Панов the guesser also finds.
func womansName(words []word) {
	i := slices.IndexFunc(words, func(w word) bool { return !w.nv && len(w.readings) > 0 })
	if i < 0 || len(words) < 2 || !slices.ContainsFunc(words[i].readings, func(r reading) bool {
		return r.tagged && r.person && !r.surname && r.gen == "f" && r.lemma != ""
	}) {
		return
	}
	// A surname the tagger reads as a man's must be one a woman's form
	// of which is written so (Яцишина of Яцишин, Кочура of Кочур): in
	// "В'ячеслава Василенка, який очолював" the tagger took the first
	// name for a woman's, the surname rightly for a man's genitive.
	notHers := func(r reading) bool { return r.gen == "m" || r.gen == "n" }
	last := &words[len(words)-1]
	if slices.ContainsFunc(last.readings, func(r reading) bool { return r.tagged && notHers(r) && r.lemma+"а" != last.text }) {
		return
	}
	// Nor one the lexicon reads only as a man's surname in a vowel, in
	// a form that is not its nominative: a woman's surname in -о does not
	// decline, so the name is his (Віталію Кличку подякували: Кличко's
	// dative, where the tagger, at the head of a sentence, read Віталія's
	// accusative and the common noun кличка). A man's surname in a
	// consonant shares its forms with a woman's in -а (Валентина Кочура
	// придбала, Ганна Яцишина), which this leaves.
	if !last.nv && slices.ContainsFunc(last.readings, func(r reading) bool {
		return r.surname && r.gen == "m" && r.lemma != "" && !consonantEnd(r.lemma) && !scan.EqualFold(r.lemma, last.text)
	}) && !slices.ContainsFunc(last.readings, func(r reading) bool { return !notHers(r) }) {
		return
	}
	for k := i; k < len(words); k++ {
		w := &words[k]
		if w.nv || !slices.ContainsFunc(w.readings, func(r reading) bool { return !notHers(r) }) {
			continue
		}
		w.readings = without(w.readings, notHers)
	}
}

// titleCase writes a word in capitals with only its first letter (and
// those after a hyphen) in capitals: КИЇВ → Київ, ІВАНО-ФРАНКІВСЬК →
// Івано-Франківськ.
func titleCase(s string) string {
	r := []rune(scan.ToLower(s))
	for i := range r {
		if i == 0 || r[i-1] == '-' {
			r[i] = unicode.ToUpper(r[i])
		}
	}
	return string(r)
}

// vowelShare returns the share of vowels among the letters of s.
func vowelShare(s string) float64 {
	n, v := 0, 0
	for _, r := range scan.ToLower(s) {
		if !isLetter(r) {
			continue
		}
		n++
		if strings.ContainsRune("аеєиіїоуюяaeiouy", r) {
			v++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(v) / float64(n)
}

// onlyVerb reports a token the tagger reads as a verb and the lexicon, if
// any, as nothing else.
func (lz Lemmatizer) onlyVerb(t *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "verb") {
		return false
	}
	if lz.Lex == nil {
		return true
	}
	return !slices.ContainsFunc(lz.Lex.Analyze(t.Text), func(x Reading) bool { return !strings.HasPrefix(x.Tag, "verb") })
}

// commonTwin reports a common noun's reading r of a word that also reads
// as a name of the same spelling, when the tagger did not read it as the
// common noun: the list knows the name, not the common noun (Панами is
// Панама's genitive, not the plural of панама).
func commonTwin(w *word, r reading) bool {
	if r.name || r.lemma == "" || startsUpper(r.lemma) ||
		slices.ContainsFunc(w.readings, func(x reading) bool { return x.tagged && x.lemma == r.lemma }) {
		return false
	}
	return slices.ContainsFunc(w.readings, func(x reading) bool {
		return x.name && x.lemma != "" && scan.ToLower(x.lemma) == r.lemma
	})
}

// adjAgrees reports an adjective reading of w in a case and gender some
// reading of next has (Національним банком; not Рада Європейського).
func adjAgrees(w, next *word) bool {
	for _, r := range w.readings {
		if r.pos != "adj" {
			continue
		}
		if next.nv || len(next.readings) == 0 {
			return true
		}
		for _, x := range next.readings {
			if x.cas == r.cas && (x.gen == r.gen || x.gen == "" || r.gen == "") {
				return true
			}
		}
	}
	return false
}

// taggedNoun reports whether the tagger read w as a noun and as nothing
// else.
func taggedNoun(w *word) bool {
	noun := false
	for _, r := range w.readings {
		if r.tagged {
			if r.pos != "noun" {
				return false
			}
			noun = true
		}
	}
	return noun
}

func isNoun(w *word) bool {
	for _, r := range w.readings {
		if r.pos == "noun" {
			return true
		}
	}
	return false
}

// stopWords are the conjunctions, prepositions and marks that stopWord
// reports whatever the tagger says.
var stopWords = newLowerSet("і", "й", "та", "або", "чи", "у", "в", "на", "з", "із", "зі", "до", "для", "по", "при", "під", "над", "за", "від", "про", "(", ")", ",")

func stopWord(w *word) bool {
	if isQuoteText(w.text) {
		return true
	}
	if stopWords.has(w.text) {
		return true
	}
	for _, r := range w.readings {
		if r.tagged && (r.pos == "prep" || r.pos == "conj") {
			return true
		}
	}
	return false
}

// rebuild puts replaced token texts back into the span's text, keeping
// what lies between tokens.
func rebuild(text string, toks []vistka.Token, out []string) string {
	changed := false
	for i := range toks {
		if out[i] != toks[i].Text {
			changed = true
		}
	}
	if !changed {
		return text
	}
	if !utf8.ValidString(text) {
		return rebuildRunes(text, toks, out)
	}
	// The tokens' offsets count runes: the text is read once, token by
	// token, for the bytes they start and end at.
	var b strings.Builder
	base := toks[0].RStart
	pos, at := 0, 0 // the rune the text is read to, and its byte
	for i, t := range toks {
		s, e := t.RStart-base, t.REnd-base
		if e < s {
			return rebuildRunes(text, toks, out)
		}
		if s < pos {
			return strings.Join(out, " ")
		}
		gap := at
		at, pos = skipRunes(text, at, pos, s)
		start := at
		at, pos = skipRunes(text, at, pos, e)
		if pos < e {
			// Offsets do not fit the text: join with single spaces.
			return strings.Join(out, " ")
		}
		b.WriteString(text[gap:start])
		b.WriteString(out[i])
	}
	b.WriteString(text[at:])
	return b.String()
}

// skipRunes reads text, which is UTF-8, at byte at of rune pos, up to
// rune to or its end, and returns the byte and rune it stops at. The
// first byte of a rune says its length.
func skipRunes(text string, at, pos, to int) (int, int) {
	for ; pos < to && at < len(text); pos++ {
		switch c := text[at]; {
		case c < 0xc0:
			at++
		case c < 0xe0:
			at += 2
		case c < 0xf0:
			at += 3
		default:
			at += 4
		}
	}
	return at, pos
}

// rebuildRunes is rebuild read rune by rune, as it was written first:
// for a text that is not UTF-8, whose bad bytes it writes as U+FFFD, and
// for tokens whose offsets run backwards.
func rebuildRunes(text string, toks []vistka.Token, out []string) string {
	var b strings.Builder
	base := toks[0].RStart
	rs := []rune(text)
	pos := 0
	for i, t := range toks {
		s, e := t.RStart-base, t.REnd-base
		if s < pos || e > len(rs) {
			// Offsets do not fit the text: join with single spaces.
			return strings.Join(out, " ")
		}
		b.WriteString(string(rs[pos:s]))
		b.WriteString(out[i])
		pos = e
	}
	b.WriteString(string(rs[pos:]))
	return b.String()
}

func isQuoteText(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isQuote(r)
}

func isWordText(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isLetter(r)
}

// isLatin reports whether s has a letter of a script other than Cyrillic.
func isLatin(s string) bool {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				return true
			}
			i++
		case 0xd0 <= c && c <= 0xd3 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			// U+0400 to U+04FF, the Cyrillic block: its letters are all
			// of the script.
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) && !unicode.Is(unicode.Cyrillic, r) {
				return true
			}
			i += size
		}
	}
	return false
}

// hasDigit is strings.ContainsFunc(s, unicode.IsDigit), with ASCII and
// the Cyrillic block, U+0400 to U+04FF, which has no digits, read from
// their bytes.
func hasDigit(s string) bool {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			if '0' <= c && c <= '9' {
				return true
			}
			i++
		case 0xd0 <= c && c <= 0xd3 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsDigit(r) {
				return true
			}
			i += size
		}
	}
	return false
}

// isAbbrev reports an all-capitals word of two or more letters: США, ТОВ.
func isAbbrev(s string) bool {
	n := 0
	for _, r := range s {
		if isLower(r) {
			return false
		}
		if isLetter(r) {
			n++
		}
	}
	return n >= 2
}

// consonantEnd reports whether word w ends in a consonant letter other
// than й, or in ь: no woman's declined surname does (Петровій, Шевчук).
func consonantEnd(w string) bool {
	return strings.ContainsRune("бвгґджзклмнпрстфхцчшщь", unicode.ToLower(lastRune(w)))
}

func lastRune(s string) rune {
	r, _ := decodeLastRune(s)
	return r
}

// firstRune is the first rune of s, as utf8.DecodeRuneInString gives it,
// with the two-byte runes (Cyrillic) decoded in place rather than in a
// further call.
func firstRune(s string) rune {
	if len(s) >= 2 && s[0]-0xc2 < 0xe0-0xc2 && s[1]&0xc0 == 0x80 {
		return rune(s[0]&0x1f)<<6 | rune(s[1]&0x3f)
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// parseTag reads part of speech, case, gender/number and name markers.
func parseTag(lemma, tag string) (r reading, nv bool) {
	// The values are cut at each colon in one pass over the tag's bytes:
	// they are short, and a call to IndexByte for each cost more than
	// the loop. An empty value has no case to match.
	i := 0
	for i < len(tag) && tag[i] != ':' {
		i++
	}
	r.pos = tag[:i]
	r.lemma = lemma
	for i < len(tag) {
		i++ // past the colon
		j := i
		for j < len(tag) && tag[j] != ':' {
			j++
		}
		p := tag[i:j]
		i = j
		switch p {
		case "m", "f", "n", "p":
			r.gen = p
		case "nv":
			nv = true
		case "prop":
			r.name = true
		case "fname", "pname":
			r.name, r.person = true, true
		case "lname":
			r.name, r.person, r.surname = true, true, true
		case "geo":
			r.geo = true
		default:
			if len(p) >= 2 && p[0] == 'v' && p[1] == '_' && r.cas == "" {
				r.cas = p
			}
		}
	}
	return r, nv
}

// analyze reads what the token's tag, the lexicon and the suffix rules
// say about a token.
func (lz Lemmatizer) analyze(t *vistka.Token, typ string, known func(string) bool) word {
	w := word{text: t.Text}
	if stem, num, ok := numbered(t.Text); ok && typ != "PERS" {
		return lz.numberedWord(t.Text, stem, num, typ, known)
	}
	// НОКу, МВФом: an acronym with a case ending is the acronym in
	// that case.
	if acr, cases, ok := inflectedAcronym(t.Text); ok {
		for c := range strings.FieldsSeq(cases) {
			w.readings = append(w.readings, reading{pos: "noun", cas: c, gen: "m", lemma: acr, name: true, weight: 4})
		}
		return w
	}
	// A word with digits (Євро-2012, Т-34) is a code: it never declines.
	if !isWordText(t.Text) || isLatin(t.Text) || isAbbrev(t.Text) || typ == "PERS" && isParticle(t.Text) ||
		hasDigit(t.Text) {
		w.nv = true
		return w
	}
	// Нью-Йорка, Київ-Арту: a first part that does not end as the last
	// one does stays, and a lemma that changes it is a bad guess
	// (Київ-Арту → кий-арт).
	fixed, hasFixed := fixedFirst(t.Text)
	keepsFirst := func(lemma string) bool {
		return !hasFixed || lemma == "" || strings.HasPrefix(scan.ToLower(normApostrophes(lemma)), fixed+"-")
	}
	// The lexicon's readings are asked first, so that the slice for the
	// word's readings is made once, with room for the tag's and theirs.
	var as []Reading
	if lz.Lex != nil {
		as = lz.Lex.Analyze(t.Text)
	}
	if t.Tag != "" || len(as) > 0 {
		w.readings = make([]reading, 0, 1+len(as))
	}
	// firstName: the tagger reads the word in context as a first name
	// that declines, in a case other than its base form and the vocative
	// (Марту: Марта's accusative).
	firstName := false
	if t.Tag != "" {
		r, nv := parseTag(t.Lemma, t.Tag)
		r.tagged = true
		r.weight = 4
		// A lemma that does not start as the form does is a bad guess
		// (екс-мера → -інсайдер).
		guessed := r.lemma == "" || scan.Lower(firstRune(r.lemma)) != scan.Lower(firstRune(t.Text)) || !keepsFirst(r.lemma)
		if startsUpper(t.Text) && !guessed {
			switch typ {
			case "PERS":
				guessed = r.pos != "noun" || !startsUpper(r.lemma)
			case "LOC", "ORG":
				guessed = r.pos != "noun" && r.pos != "adj"
			}
		}
		// A person's name read as a common word or a participle
		// (Блінкена → блінкений): the tagger guessed; the rules do better.
		if !guessed {
			w.nv = w.nv || nv
			firstName = typ == "PERS" && !nv && r.person && !r.surname && r.cas != "v_kly" && r.lemma != "" && !scan.EqualFold(r.lemma, t.Text)
			if r.cas != "" {
				w.readings = append(w.readings, r)
			}
		}
	}
	inLex := false
	var nvPlaces []reading
	nvPlace := false
	if lz.Lex != nil {
		// The readings of one lemma come together (Києва: the genitive
		// and the accusative of Київ): whether the lemma is indeclinable
		// is asked once for them.
		var indeclLemma string
		var indecl, indeclAsked bool
		for _, x := range as {
			r, nv := parseTag(x.Lemma, x.Tag)
			r.weight = 3
			if !keepsFirst(r.lemma) {
				continue
			}
			if !nv && r.name {
				if !indeclAsked || x.Lemma != indeclLemma {
					indeclLemma, indecl, indeclAsked = x.Lemma, lz.indeclinable(x.Lemma, t.Text), true
				}
				if indecl {
					continue
				}
			}
			if nv && (r.pos == "noun" || r.pos == "adj") {
				if firstName && r.surname {
					// Марту Костюк: a surname the lexicon lists as
					// indeclinable, spelled as the form of the first
					// name the tagger reads, does not make the first
					// name indeclinable
					continue
				}
				if typ == "PERS" && !r.person {
					// Ярошенка, a village that does not decline, in
					// a person's name is a surname: it does not make
					// the word indeclinable (see below)
					nvPlace = true
					if r.cas != "" {
						nvPlaces = append(nvPlaces, r)
					}
					continue
				}
				w.nv = true
			}
			if r.cas != "" {
				w.readings = append(w.readings, r)
				inLex = true
			}
		}
	}
	// A word of a person's name the lexicon also reads as a place that
	// does not decline is indeclinable only when the tagger did not read
	// it as a declined person's name (Миколи Ярошенка: the genitive of
	// Ярошенко).
	if nvPlace && !w.nv && !slices.ContainsFunc(w.readings, func(r reading) bool {
		return r.surname && r.gen == "m" && r.tagged && r.lemma != "" && !scan.EqualFold(r.lemma, t.Text)
	}) {
		w.nv = true
		w.readings = append(w.readings, nvPlaces...)
		inLex = inLex || len(nvPlaces) > 0
	}
	// A name's lemma no Ukrainian word could be spelled as is a bad
	// guess of the tagger or the lexicon's guesser (Гоця → Гоець).
	if startsUpper(t.Text) && slices.ContainsFunc(w.readings, func(r reading) bool { return r.lemma != "" && !spellable(r.lemma) }) {
		w.readings = slices.DeleteFunc(w.readings, func(r reading) bool { return r.lemma != "" && !spellable(r.lemma) })
		inLex = slices.ContainsFunc(w.readings, func(r reading) bool { return !r.tagged })
	}
	// A reading whose lemma starts otherwise than the form is a poor one
	// when there are others: Ігор is not the genitive plural of гра.
	first := scan.Lower(firstRune(t.Text))
	starts := func(r reading) bool { return r.lemma == "" || scan.Lower(firstRune(r.lemma)) == first }
	if slices.ContainsFunc(w.readings, starts) {
		w.readings = slices.DeleteFunc(w.readings, func(r reading) bool { return !starts(r) })
	}
	// In a person's name, a word that reads as a person's name is not a
	// common noun: Олені is Олена's, not the plural of олень.
	if typ == "PERS" && slices.ContainsFunc(w.readings, func(r reading) bool { return r.person }) {
		w.readings = slices.DeleteFunc(w.readings, func(r reading) bool { return r.pos == "noun" && !r.name })
	}
	// Руденка: the genitive of Руденко, not of Руденок, which the
	// lexicon lists too: of the two declensions a surname in -енка may
	// come from, -енко's is the one Ukrainian surnames have by far the
	// most.
	if typ == "PERS" && slices.ContainsFunc(w.readings, func(r reading) bool { return r.surname && strings.HasSuffix(r.lemma, "енко") }) {
		w.readings = without(w.readings, func(r reading) bool { return r.surname && strings.HasSuffix(r.lemma, "енок") })
	}
	if w.nv {
		return w
	}
	if !inLex {
		w.readings = append(w.readings, guess(t.Text, known)...)
		if len(w.readings) == 0 {
			w.nv = true
		}
	}
	return w
}

// numbered splits a name with a number after a hyphen (Шахтаря-2,
// ІнБеву-2) into its word, of three letters or more, and the number.
func numbered(text string) (stem, num string, ok bool) {
	stem, num, ok = strings.Cut(text, "-")
	if !ok || scan.RuneCount(stem) < 3 || num == "" || !isWordText(stem) || isLatin(stem) || isAbbrev(stem) || hasDigit(stem) {
		return "", "", false
	}
	for _, c := range num {
		if c < '0' || c > '9' {
			return "", "", false
		}
	}
	return stem, num, true
}

// numberedWord reads a name with a number (the second team of a club:
// «Шахтаря-2», «ІнБеву-2»): the word declines as it does alone and the
// number stays, Шахтар-2. A word that does not decline keeps the whole
// (Євро-2012).
func (lz Lemmatizer) numberedWord(text, stem, num, typ string, known func(string) bool) word {
	w := lz.analyze(&vistka.Token{Text: stem}, typ, known)
	w.text = text
	if w.nv || len(w.readings) == 0 {
		return word{text: text, nv: true}
	}
	for i := range w.readings {
		r := &w.readings[i]
		if r.lemma == "" {
			r.lemma = choose(r.noms, known)
		}
		r.lemma += "-" + num
		r.noms = nil
	}
	return w
}

// mansSurname reads w, a surname after a man's first name in case c, as
// the man's surname when the lexicon or the tagger reads it only as a
// woman's whose lemma is the man's surname and the form is that man's
// surname in c: Володимира Стєклова (not the woman's Стєклова),
// Густава Вігаланда (a guess that took Вігаланд for a woman).
func mansSurname(w *word, c string) (reading, bool) {
	var end string
	switch c {
	case "v_rod", "v_zna":
		end = "а"
	case "v_dav":
		end = "у"
	default:
		return reading{}, false
	}
	form := scan.ToLower(w.text)
	for _, r := range w.readings {
		if r.gen != "f" || r.pos != "noun" || !r.person || r.lemma == "" {
			continue
		}
		l := scan.ToLower(r.lemma)
		if strings.ContainsRune("аяоеєиіїуюьй'’", lastRune(l)) || form != l+end {
			continue
		}
		r.gen, r.cas = "m", c
		return r, true
	}
	return reading{}, false
}

// accusativeInU reads w, the surname ending a man's name in the
// accusative that no reading has in that case, as the accusative of a
// surname in -а or -я (Івана Брикалу → Брикала, Тоомаса Кірну → Кірна):
// a man's surname ending in a consonant takes -а there, so a -у or -ю
// is the first declension's (the tagger reads such a form as the
// dative of some Брикал).
func accusativeInU(w *word) (reading, bool) {
	l := scan.ToLower(w.text)
	var nom string
	switch {
	case strings.HasSuffix(l, "ію") || strings.HasSuffix(l, "ую"):
		return reading{}, false // (Марію, Ковалю are no such forms)
	case strings.HasSuffix(l, "у") && utf8.RuneCountInString(l) >= 4:
		nom = strings.TrimSuffix(w.text, "у") + "а"
	case strings.HasSuffix(l, "ю") && utf8.RuneCountInString(l) >= 4:
		nom = strings.TrimSuffix(w.text, "ю") + "я"
	default:
		return reading{}, false
	}
	return reading{pos: "noun", cas: "v_zna", gen: "m", lemma: nom, name: true, person: true, surname: true}, true
}

// genitiveOfFirstDeclension reads w, the surname ending a man's name in
// the genitive that no reading takes as a man's, as a surname in -а or -я
// (Олексія Гілки → Гілка, not the common noun гілка in a woman's
// genitive; Олександра Кокоши → Кокоша, not a place; Вахтанга Убірії →
// Убірія): a man's surname in a consonant or -о takes -а or -я there and
// an adjectival one -ого, so an -и, -ії is the first declension's. A -у
// or -ю is no animate genitive at all: the name is in the accusative that
// shares the first name's form, and the surname in -а or -я (росіянина
// Євгена Колугу → Колуга, not a place Колуг's genitive).
func genitiveOfFirstDeclension(w *word) (reading, bool) {
	l := scan.ToLower(w.text)
	if utf8.RuneCountInString(l) < 4 {
		return reading{}, false
	}
	var nom string
	switch {
	case strings.HasSuffix(l, "ії"):
		nom = strings.TrimSuffix(w.text, "ї") + "я"
	case strings.HasSuffix(l, "и") && !strings.HasSuffix(l, "ии"):
		nom = strings.TrimSuffix(w.text, "и") + "а"
	default:
		return accusativeInU(w)
	}
	return reading{pos: "noun", cas: "v_rod", gen: "m", lemma: nom, name: true, person: true, surname: true}, true
}

// instrumentalFirst reads text (l lower-cased) as the instrumental of a
// noun of the first declension, in -ою, -ею or -єю, and gives its stem and
// its nominative (the stem and -а after -ою, -я after -ею and -єю).
func instrumentalFirst(text, l string) (stem, nom string, ok bool) {
	for _, e := range [...][2]string{{"ою", "а"}, {"єю", "я"}, {"ею", "я"}} {
		if strings.HasSuffix(l, e[0]) {
			stem = strings.TrimSuffix(text, e[0])
			return stem, stem + e[1], true
		}
	}
	return "", "", false
}

// instrumentalInOyu reads w, the surname ending a man's name in the
// instrumental that no reading takes as a man's noun, as the
// instrumental of a surname in -а or -я (Гансом Цвілою → Цвіла, Іллею →
// Ілля): a man's surname in a consonant takes -ом, -ем there and one
// that declines as an adjective -им, so -ою, -ею, -єю is the first
// declension's (the tagger reads Цвілою as the adjective цвілий).
func instrumentalInOyu(w *word) (reading, bool) {
	l := scan.ToLower(w.text)
	if utf8.RuneCountInString(l) < 5 {
		return reading{}, false
	}
	_, nom, ok := instrumentalFirst(w.text, l)
	if !ok {
		return reading{}, false
	}
	return reading{pos: "noun", cas: "v_oru", gen: "m", lemma: nom, name: true, person: true, surname: true}, true
}

// surnameAdjectives reads the surnames of rs that decline as adjectives
// do (Козельщанський) also as those adjectives: outside a person's name,
// before a common noun, such a word names a place or body by an
// adjective the lexicon lists only as a surname (Козельщанського району
// → Козельщанський район, not Козельщанський району).
func surnameAdjectives(rs []reading) []reading {
	n := len(rs)
	for _, r := range rs[:n] {
		if !r.surname || r.pos != "noun" || r.gen != "m" && r.gen != "f" || r.cas == "" {
			continue
		}
		l := scan.ToLower(r.lemma)
		if !strings.HasSuffix(l, "ський") && !strings.HasSuffix(l, "цький") && !strings.HasSuffix(l, "зький") &&
			!strings.HasSuffix(l, "ська") && !strings.HasSuffix(l, "цька") && !strings.HasSuffix(l, "зька") {
			continue
		}
		a := r
		a.pos, a.lemma, a.person, a.surname, a.name = "adj", adjMasc(l), false, false, false
		if slices.ContainsFunc(rs, func(x reading) bool {
			return x.pos == "adj" && x.cas == a.cas && x.gen == a.gen && x.lemma == a.lemma
		}) {
			continue
		}
		rs = append(rs, a)
	}
	return rs
}

// indeclinable reports whether the lexicon reads the name lemma, other
// than form, only as a word that does not decline: such a name has no
// other forms (Ніколом is no form of Ніколо, which the lexicon lists as
// indeclinable, though its guesser declines it as Петро). On our news
// texts this puts Нікол Пашинян right; on NER-UK texts it changes one base
// form, also to the right one (в Пірнові: Пірнове, not Пірнов); the
// base-form tests score as before.
func (lz Lemmatizer) indeclinable(lemma, form string) bool {
	if scan.EqualFold(lemma, form) {
		return false
	}
	n := 0
	for _, x := range lz.Lex.Analyze(lemma) {
		if x.Lemma != lemma {
			continue
		}
		if !strings.Contains(x.Tag, ":nv") {
			return false
		}
		n++
	}
	return n > 0
}

// guessRule reads an ending: the grammar it may stand for and the
// endings of the nominative that may replace it, likeliest first.
type guessRule struct {
	end     string
	pos     string // "Noun": a noun, but only for capitalised words
	cases   string // space-separated
	gen     string
	replace []string
}

// guessRules are tried longest ending first; every rule with the longest
// ending that fits adds its readings, so that the words of a span can
// agree on a case.
var guessRules = []guessRule{
	{"ством", "noun", "v_oru", "n", []string{"ство"}},
	{"цтвом", "noun", "v_oru", "n", []string{"цтво"}},
	{"ства", "noun", "v_rod", "n", []string{"ство"}},
	{"цтва", "noun", "v_rod", "n", []string{"цтво"}},
	{"ству", "noun", "v_dav v_mis", "n", []string{"ство"}},
	{"цтву", "noun", "v_dav v_mis", "n", []string{"цтво"}},
	{"стві", "noun", "v_mis", "n", []string{"ство"}},
	{"цтві", "noun", "v_mis", "n", []string{"цтво"}},
	{"нням", "noun", "v_oru", "n", []string{"ння"}},
	{"ттям", "noun", "v_oru", "n", []string{"ття"}},
	{"нню", "noun", "v_dav", "n", []string{"ння"}},
	{"ння", "noun", "v_naz v_rod v_zna", "n", []string{"ння"}},
	{"ття", "noun", "v_naz v_rod v_zna", "n", []string{"ття"}},
	{"ості", "noun", "v_rod v_dav v_mis", "f", []string{"ость"}},
	{"асті", "noun", "v_rod v_dav v_mis", "f", []string{"асть"}},
	{"дді", "noun", "v_rod v_dav v_mis", "f", []string{"ддя"}},
	{"тті", "noun", "v_rod v_dav v_mis", "f", []string{"ття"}},
	{"ців", "noun", "v_rod v_zna", "p", []string{"ці"}},
	{"ія", "noun", "v_rod v_zna", "m", []string{"ій"}},
	{"ія", "noun", "v_naz", "f", []string{"ія"}},
	{"ттю", "noun", "v_dav", "n", []string{"ття"}},
	{"ськими", "adj", "v_oru", "p", []string{"ські"}},
	{"цькими", "adj", "v_oru", "p", []string{"цькі"}},
	{"ього", "adj", "v_rod v_zna", "m", []string{"ій"}},
	{"ьому", "adj", "v_dav v_mis", "m", []string{"ій"}},
	{"ьої", "adj", "v_rod", "f", []string{"я"}},
	{"ьою", "adj", "v_oru", "f", []string{"я"}},
	{"ими", "adj", "v_oru", "p", []string{"і"}},
	{"ого", "adj", "v_rod v_zna", "m", []string{"ий"}},
	{"ого", "adj", "v_rod", "n", []string{"е"}},
	{"ому", "adj", "v_dav v_mis", "m", []string{"ий"}},
	{"ому", "adj", "v_dav v_mis", "n", []string{"е"}},
	// Surnames in -ова, -іна decline as adjectives do but have no -ий.
	{"ової", "Noun", "v_rod", "f", []string{"ова"}},
	{"овою", "Noun", "v_oru", "f", []string{"ова"}},
	{"овій", "Noun", "v_dav v_mis", "f", []string{"ова"}},
	{"евої", "Noun", "v_rod", "f", []string{"ева"}},
	{"євої", "Noun", "v_rod", "f", []string{"єва"}},
	{"іної", "Noun", "v_rod", "f", []string{"іна"}},
	{"іною", "Noun", "v_oru", "f", []string{"іна"}},
	{"ової", "adj", "v_rod", "f", []string{"ова"}},
	{"овою", "adj", "v_oru", "f", []string{"ова"}},
	{"овій", "adj", "v_dav v_mis", "f", []string{"ова"}},
	{"евої", "adj", "v_rod", "f", []string{"ева"}},
	{"євої", "adj", "v_rod", "f", []string{"єва"}},
	{"іної", "adj", "v_rod", "f", []string{"іна"}},
	{"іною", "adj", "v_oru", "f", []string{"іна"}},
	{"ією", "noun", "v_oru", "f", []string{"ія"}},
	{"ої", "adj", "v_rod", "f", []string{"а"}},
	{"ою", "adj", "v_oru", "f", []string{"а"}},
	{"ою", "noun", "v_oru", "f", []string{"а"}},
	{"ею", "noun", "v_oru", "f", []string{"я"}},
	{"єю", "noun", "v_oru", "f", []string{"я"}},
	{"ій", "adj", "v_dav v_mis", "f", []string{"а"}},
	{"ій", "noun", "v_naz", "m", []string{"ій"}},
	{"ий", "adj", "v_naz", "m", []string{"ий"}},
	{"их", "adj", "v_rod v_mis v_zna", "p", []string{"і"}},
	{"им", "adj", "v_oru v_mis", "m", []string{"ий"}},
	{"им", "noun", "v_oru v_mis", "m", []string{"", "ий"}},
	{"им", "adj", "v_dav", "p", []string{"і"}},
	{"ами", "noun", "v_oru", "p", []string{"и"}},
	{"ями", "noun", "v_oru", "p", []string{"і"}},
	{"ах", "noun", "v_mis", "p", []string{"и"}},
	{"ях", "noun", "v_mis", "p", []string{"і"}},
	{"ам", "noun", "v_dav", "p", []string{"и"}},
	{"ям", "noun", "v_dav", "p", []string{"і"}},
	{"ів", "noun", "v_rod", "p", []string{"и"}},
	{"їв", "noun", "v_rod", "p", []string{"ї"}},
	{"ів", "Noun", "v_naz", "m", []string{"ів"}},
	{"їв", "Noun", "v_naz", "m", []string{"їв"}},
	{"ові", "noun", "v_dav v_mis", "m", []string{""}},
	{"еві", "noun", "v_dav v_mis", "m", []string{"ь", ""}},
	{"єві", "noun", "v_dav v_mis", "m", []string{"й"}},
	{"ом", "noun", "v_oru", "m", []string{""}},
	{"ом", "noun", "v_oru", "n", []string{"о"}},
	{"ем", "noun", "v_oru", "m", []string{"ь", ""}},
	{"ем", "noun", "v_oru", "n", []string{"е"}},
	{"єм", "noun", "v_oru", "m", []string{"й"}},
	{"ії", "noun", "v_rod v_dav v_mis", "f", []string{"ія"}},
	{"ію", "noun", "v_zna", "f", []string{"ія"}},
	{"а", "noun", "v_rod v_zna", "m", []string{"", "ь"}},
	{"а", "noun", "v_rod", "n", []string{"о"}},
	{"я", "noun", "v_rod v_zna", "m", []string{"ь", "й", ""}},
	{"я", "noun", "v_rod", "n", []string{"е"}},
	{"у", "noun", "v_rod v_dav v_mis", "m", []string{""}},
	{"у", "noun", "v_zna", "f", []string{"а"}},
	{"ю", "noun", "v_rod v_dav v_mis", "m", []string{"ь", "й"}},
	{"ю", "noun", "v_zna", "f", []string{"я"}},
	{"ю", "noun", "v_oru", "f", []string{""}},
	{"и", "noun", "v_rod", "f", []string{"а"}},
	{"і", "noun", "v_dav v_mis", "f", []string{"а", "я"}},
	{"і", "noun", "v_rod v_dav v_mis", "f", []string{"я", "ь"}},
	{"і", "noun", "v_mis", "m", []string{""}},
	{"і", "noun", "v_mis", "n", []string{"о", "е"}},
	{"ї", "noun", "v_rod v_dav v_mis", "f", []string{"я"}},
}

// guess reads an unknown word by its ending. A capitalised word in -о or
// -е is a foreign indeclinable name (Джо); a consonant-final word is a
// masculine nominative or indeclinable, which changes nothing.
//
// Only the rules of the longest ending that fits count, and the shorter
// ones whose nominative is a known name (Харкові: -ові gives Харк, -і
// gives Харків).
func guess(form string, known func(string) bool) []reading {
	l := scan.ToLower(form)
	name := startsUpper(form)
	if name && strings.ContainsRune("оеє", lastRune(l)) && !strings.HasSuffix(l, "ого") {
		return nil
	}
	n := scan.RuneCount(l)
	var out []reading
	matched := 0 // length of the ending that fits; only the longest counts
	for _, g := range guessRules {
		stem, ok := strings.CutSuffix(l, g.end)
		if !ok || n-scan.RuneCount(g.end) < 2 {
			continue
		}
		pos := g.pos
		if pos == "Noun" { // a rule for capitalised names only
			if !name {
				continue
			}
			pos = "noun"
		}
		shorter := len(g.end) < matched
		if !shorter {
			matched = len(g.end)
		}
		noms := make([]string, 0, len(g.replace)+2)
		for _, rep := range g.replace {
			if !spellable(stem + rep) {
				continue // кобзарь, гоцй: no Ukrainian word ends so
			}
			noms = append(noms, stem+rep)
			if pos == "noun" && g.gen == "m" && rep == "" {
				noms = append(noms, alternate(stem)...)
			}
		}
		if len(noms) == 0 {
			continue
		}
		if shorter && (known == nil || !slices.ContainsFunc(noms, func(s string) bool { return known(withCase(form, s)) })) {
			continue
		}
		for c := range strings.FieldsSeq(g.cases) {
			out = append(out, reading{pos: pos, cas: c, gen: g.gen, noms: noms, name: name, weight: min(scan.RuneCount(g.end), 3)})
		}
	}
	if len(out) == 0 && !strings.ContainsRune("аяоеєиіїуюь", lastRune(l)) {
		out = append(out, reading{pos: "noun", cas: "v_naz", gen: "m", noms: []string{l}, name: name, weight: 1})
	}
	return out
}

// spellable reports whether a guessed nominative could be a Ukrainian
// word: none ends in a soft р (Кобзарь is Кобзар), in й after a
// consonant, or in -ець after a vowel, where the fleeting vowel is
// written є and the other cases keep й (боєць, бійця): Гоця is the
// genitive of Гоць, not of Гоець.
func spellable(nom string) bool {
	if c, _ := decodeLastRune(nom); c != 'ь' && c != 'й' && c != 'Ь' && c != 'Й' {
		return true // (every rule below is on a word ending in ь or й)
	}
	var last [4]rune // the last four letters, lower-cased, the last at the end
	n := 0
	for s := nom; n < len(last) && s != ""; n++ {
		c, size := decodeLastRune(s)
		last[len(last)-1-n] = scan.Lower(c)
		s = s[:len(s)-size]
	}
	r := last[len(last)-n:]
	if n < 2 {
		return true
	}
	switch {
	case r[n-1] == 'ь' && r[n-2] == 'р':
		return false
	case r[n-1] == 'й' && !strings.ContainsRune(vowelLetters, r[n-2]):
		return false
	case n >= 4 && r[n-3] == 'е' && r[n-2] == 'ц' && r[n-1] == 'ь' && strings.ContainsRune(vowelLetters, r[n-4]):
		return false
	}
	return true
}

// vowelLetters are the Ukrainian vowel letters.
const vowelLetters = "аеєиіїоуюя"

// alternate gives the nominatives of a masculine stem whose last syllable
// closes with і/ї in the nominative: Києв → Київ, Львов → Львів, мост → міст.
func alternate(stem string) []string {
	r := []rune(stem)
	if len(r) < 3 {
		return nil
	}
	v := r[len(r)-2]
	switch v {
	case 'о', 'е':
		r[len(r)-2] = 'і'
	case 'є':
		r[len(r)-2] = 'ї'
	default:
		return nil
	}
	return []string{string(r)}
}

// nominative returns the nominative of w read as r, in gender or number g
// (m f n p).
func (lz Lemmatizer) nominative(w *word, r reading, g string, known func(string) bool) string {
	if r.pos == "adj" {
		if r.lemma != "" {
			return adjForm(r.lemma, g)
		}
		if len(r.noms) > 0 {
			if g != r.gen && g != "" {
				return adjForm(adjMasc(r.noms[0]), g)
			}
			return r.noms[0]
		}
		return w.text
	}
	if r.gen == "p" && r.lemma != "" {
		if inf, ok := lz.Lex.(Inflector); ok {
			// Of the variants the one nearest the form as written
			// (ігор → ігри, not гри).
			best, n := "", -1
			for _, f := range inf.Inflect(r.lemma, "noun", "p", "v_naz") {
				if k := commonPrefix(scan.ToLower(f), scan.ToLower(w.text)); k > n {
					best, n = f, k
				}
			}
			if n >= 0 {
				return best
			}
		}
		return pluralNom(scan.ToLower(w.text))
	}
	if r.lemma != "" && !(r.tagged && halfDeclined(w.text, r.lemma)) {
		return r.lemma
	}
	if r.lemma != "" {
		// The tagger declined only the last part: decline every part.
		for _, x := range guess(w.text, known) {
			if x.cas == r.cas && len(x.noms) > 0 {
				r = x
				break
			}
		}
	}
	// Касимом-Жомартом: each part that ends as the whole word does
	// declines in the same case; Нью-Йорка keeps its Нью.
	if strings.Contains(w.text, "-") && len(r.noms) > 0 && (known == nil || !slices.ContainsFunc(r.noms, known)) {
		parts := strings.Split(w.text, "-")
		last := parts[len(parts)-1]
		for i, p := range parts[:len(parts)-1] {
			if suffix(scan.ToLower(p), 2) != suffix(scan.ToLower(last), 2) {
				continue
			}
			for _, x := range guess(p, known) {
				if x.cas == r.cas && x.pos == r.pos && len(x.noms) > 0 {
					parts[i] = choose(x.noms, known)
					break
				}
			}
		}
		for _, x := range guess(last, known) {
			if x.cas == r.cas && x.pos == r.pos && len(x.noms) > 0 {
				parts[len(parts)-1] = choose(x.noms, known)
				break
			}
		}
		return strings.Join(parts, "-")
	}
	return choose(r.noms, known)
}

// neuterOutlets are the lemmas of the adjectives that, in the neuter,
// name outlets with regional editions (Суспільне Тернопіль, Громадське).
var neuterOutlets = map[string]bool{"суспільний": true, "громадський": true}

// neuterTwin reports whether the adjective form reads the same in the
// masculine and the neuter: the oblique -ого, -ому, -им.
func neuterTwin(form string) bool {
	l := scan.ToLower(form)
	return strings.HasSuffix(l, "ого") || strings.HasSuffix(l, "ому") || strings.HasSuffix(l, "им")
}

// firstDeclension reports whether form in case cas has an ending only
// the declension of nouns in -а/-я gives a person: the instrumental -ою,
// -ею, -єю, and the accusative -у, -ю (a man's surname in a consonant
// takes -а there: Тоомаса Кірну is Кірна's).
func firstDeclension(form, cas string) bool {
	l := scan.ToLower(form)
	switch cas {
	case "v_oru":
		return strings.HasSuffix(l, "ою") || strings.HasSuffix(l, "ею") || strings.HasSuffix(l, "єю")
	case "v_zna":
		return strings.HasSuffix(l, "у") || strings.HasSuffix(l, "ю")
	}
	return false
}

// apostrophes writes every apostrophe as '.
var apostrophes = strings.NewReplacer("’", "'", "ʼ", "'", "`", "'", "‘", "'")

func normApostrophes(s string) string {
	// ContainsAny reads s rune by rune; the bytes these apostrophes start
	// with rule most words out first.
	if !mayHaveApostrophe(s) || !strings.ContainsAny(s, "’ʼ`‘") {
		return s // Replace would copy it
	}
	return apostrophes.Replace(s)
}

// fixedFirst returns the first part of a hyphenated word, in lower case
// and with the apostrophe normalised, when it does not decline with the
// last part (Нью-Йорка, Київ-Арту, but not Касимом-Жомартом).
func fixedFirst(form string) (string, bool) {
	if !strings.Contains(form, "-") {
		return "", false
	}
	parts := strings.Split(scan.ToLower(normApostrophes(form)), "-")
	if len(parts) < 2 || parts[0] == "" || suffix(parts[0], 2) == suffix(parts[len(parts)-1], 2) {
		return "", false
	}
	// A first part that ends in a case ending may be declined with the
	// rest (Янголові-Охоронцю, Франца-Йосифа, школою-інтернатом): only
	// one that ends in a consonant, a short one (Нью, Ай) and one in -о
	// (Івано, not Римського) are taken as fixed.
	p := parts[0]
	switch {
	case scan.RuneCount(p) > 3 && (strings.HasSuffix(p, "ом") || strings.HasSuffix(p, "ем") || strings.HasSuffix(p, "єм")):
		// an instrumental declined with the rest: Жаном-Ноелем
		return "", false
	case !strings.ContainsRune("аеєиіїоуюяь", lastRune(p)), scan.RuneCount(p) <= 3:
	case lastRune(p) == 'о' && !strings.HasSuffix(p, "ого") && !strings.HasSuffix(p, "ього"):
	default:
		return "", false
	}
	return p, true
}

// halfDeclined reports a hyphenated form whose parts share their ending
// while the lemma keeps the first part as is: Касимом-Жомартом read as
// Касимом-Жомарт.
func halfDeclined(form, lemma string) bool {
	if !strings.Contains(form, "-") {
		return false
	}
	fp := strings.Split(scan.ToLower(form), "-")
	lp := strings.Split(scan.ToLower(lemma), "-")
	if len(fp) < 2 || len(fp) != len(lp) || fp[0] != lp[0] {
		return false
	}
	e := suffix(fp[len(fp)-1], 2)
	return suffix(fp[0], 2) == e && lp[len(lp)-1] != fp[len(fp)-1]
}

// choose picks the listed name among candidates, else the first.
func choose(noms []string, known func(string) bool) string {
	if len(noms) == 0 {
		return ""
	}
	if known != nil {
		for _, n := range noms {
			if known(n) {
				return n
			}
		}
	}
	return noms[0]
}

// adjForm turns a masculine nominative adjective (центральний, синій,
// possessives such as Орлів, мамин, наш) into gender or number g.
func adjForm(masc, g string) string {
	// (The cases that change masc are those of mascAdj.)
	stem, soft := masc, false
	switch {
	case strings.HasSuffix(masc, "ий"):
		stem = strings.TrimSuffix(masc, "ий")
	case strings.HasSuffix(masc, "ій"):
		stem, soft = strings.TrimSuffix(masc, "ій"), true
	case strings.HasSuffix(masc, "їй"):
		stem, soft = strings.TrimSuffix(masc, "їй")+"ї", true
	case strings.HasSuffix(masc, "ів"):
		// Possessives: Орлів, Орлове озеро; наш, наші гроші.
		stem = strings.TrimSuffix(masc, "ів") + "ов"
	case strings.HasSuffix(masc, "їв"):
		stem = strings.TrimSuffix(masc, "їв") + "єв"
	case strings.HasSuffix(masc, "ин"), strings.HasSuffix(masc, "їн"), masc == "наш", masc == "ваш":
	default:
		return masc
	}
	switch g {
	case "f":
		if soft {
			return stem + "я"
		}
		return stem + "а"
	case "n":
		if soft {
			return stem + "є"
		}
		return stem + "е"
	case "p":
		return stem + "і"
	}
	return masc
}

// mascAdj reports whether masc ends as a masculine adjective adjForm
// declines does: whether adjForm(masc, "f") != masc, with no string made.
func mascAdj(masc string) bool {
	for _, e := range [...]string{"ий", "ій", "їй", "ів", "їв", "ин", "їн"} {
		if strings.HasSuffix(masc, e) {
			return true
		}
	}
	return masc == "наш" || masc == "ваш"
}

// adjMasc turns a nominative adjective of any gender into the masculine.
func adjMasc(nom string) string {
	for _, e := range []struct{ end, masc string }{{"ий", "ий"}, {"ій", "ій"}, {"я", "ій"}, {"є", "ій"}, {"а", "ий"}, {"е", "ий"}, {"і", "ий"}} {
		if s, ok := strings.CutSuffix(nom, e.end); ok {
			return s + e.masc
		}
	}
	return nom
}

// pluralNom guesses the nominative plural of a plural noun form.
// commonPrefix returns the number of letters a and b share at the start.
func commonPrefix(a, b string) int {
	n := 0
	for i, r := range a {
		if x, _ := utf8.DecodeRuneInString(b[min(i, len(b)):]); i >= len(b) || x != r {
			break
		}
		n++
	}
	return n
}

func pluralNom(form string) string {
	for _, e := range []struct{ end, nom string }{
		{"ями", "і"}, {"ами", "и"}, {"ях", "і"}, {"ах", "и"}, {"ям", "і"}, {"ам", "и"}, {"ців", "ці"}, {"їв", "ї"}, {"ів", "и"}, {"ей", "і"},
	} {
		if s, ok := strings.CutSuffix(form, e.end); ok && scan.RuneCount(s) >= 2 {
			return s + e.nom
		}
	}
	return form
}

// withCase gives lemma the letter case of form: all capitals, a capital
// at the start of each hyphenated part, or lower case.
func withCase(form, lemma string) string {
	if lemma == "" {
		return form
	}
	// Keep the apostrophe the text has (П’явки → П’явка).
	if mayHaveApostrophe(form) {
		for _, a := range []string{"’", "ʼ", "'", "`", "‘"} {
			if strings.Contains(form, a) {
				lemma = strings.NewReplacer("’", a, "ʼ", a, "'", a, "`", a, "‘", a).Replace(lemma)
				break
			}
		}
	}
	if isAbbrev(form) {
		return strings.ToUpper(lemma)
	}
	if !strings.Contains(lemma, "-") {
		// A lemma of one part, as most are, takes the case of the
		// form's first part, with no slices to split into: innerCapitals
		// stops at the form's hyphen, where the lemma has none.
		if startsUpper(form) {
			r, sz := utf8.DecodeRuneInString(lemma)
			return innerCapitals(form, string(unicode.ToUpper(r))+lemma[sz:])
		}
		return scan.ToLower(lemma)
	}
	fp := strings.Split(form, "-")
	lp := strings.Split(lemma, "-")
	for i := range lp {
		if i >= len(fp) {
			break
		}
		if startsUpper(fp[i]) {
			r, sz := utf8.DecodeRuneInString(lp[i])
			lp[i] = innerCapitals(fp[i], string(unicode.ToUpper(r))+lp[i][sz:])
		} else {
			lp[i] = scan.ToLower(lp[i])
		}
	}
	return strings.Join(lp, "-")
}

// mayHaveApostrophe reports whether s has a byte that starts one of the
// apostrophes withCase keeps: ’ and ‘ start with 0xe2, ʼ with 0xca, which
// a Cyrillic word lacks.
func mayHaveApostrophe(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0xe2, 0xca, '\'', '`':
			return true
		}
	}
	return false
}

// innerCapitals gives lemma the capitals form has inside the letters
// they share from the start: ІнБеву → ІнБев, not Інбев. Only a name
// whose second letter is small has them (КАБами, an acronym with an
// ending, is another matter). The letters are read in place, and mostly
// they are the same in both: only a name that has such a capital gets
// new runes.
func innerCapitals(form, lemma string) string {
	_, i := utf8.DecodeRuneInString(form)
	if i >= len(form) {
		return lemma
	}
	if c, _ := utf8.DecodeRuneInString(form[i:]); !isLower(c) {
		return lemma
	}
	_, j := utf8.DecodeRuneInString(lemma)
	for i < len(form) && j < len(lemma) {
		a, n := utf8.DecodeRuneInString(form[i:])
		b, m := utf8.DecodeRuneInString(lemma[j:])
		i, j = i+n, j+m
		if a == b {
			continue
		}
		if unicode.ToLower(a) != unicode.ToLower(b) {
			break
		}
		if unicode.IsUpper(a) && !unicode.IsUpper(b) {
			return innerCapitalRunes(form, lemma)
		}
	}
	return lemma
}

// innerCapitalRunes is innerCapitals as first written, rune by rune, for
// a name that has a capital to give.
func innerCapitalRunes(form, lemma string) string {
	f, l := []rune(form), []rune(lemma)
	if len(f) < 2 || !isLower(f[1]) {
		return lemma
	}
	changed := false
	for i := 1; i < len(f) && i < len(l); i++ {
		if unicode.ToLower(f[i]) != unicode.ToLower(l[i]) {
			break
		}
		if unicode.IsUpper(f[i]) && !unicode.IsUpper(l[i]) {
			l[i] = f[i]
			changed = true
		}
	}
	if !changed {
		return lemma
	}
	return string(l)
}

// LexiconFuncs makes a Lexicon (and Inflector) of two functions, so that
// a lexicon of another package plugs in without this package depending
// on it:
//
//	ner.LexiconFuncs{
//		Analyses: func(form string) []ner.Reading { … lex.Lookup(form) … },
//		Forms:    func(lemma, want string) []string { return lex.Inflect(lemma, want) },
//	}
type LexiconFuncs struct {
	Analyses func(form string) []Reading
	// Forms returns the forms of lemma with every tag value of want
	// (joined by ':', e.g. "p:v_naz"); may be nil.
	Forms func(lemma, want string) []string
}

// Analyze calls Analyses.
func (f LexiconFuncs) Analyze(form string) []Reading {
	if f.Analyses == nil {
		return nil
	}
	return f.Analyses(form)
}

// Inflect calls Forms with the tag values of want other than the part of
// speech.
func (f LexiconFuncs) Inflect(lemma string, want ...string) []string {
	if f.Forms == nil {
		return nil
	}
	var w []string
	for _, x := range want {
		if x != "noun" && x != "adj" {
			w = append(w, x)
		}
	}
	return f.Forms(lemma, strings.Join(w, ":"))
}

// seeNominatives writes into out the nominatives of the adjectives of a
// see after its church rank (addSeeTitles), in the rank's case cas and
// gender g, up to the first word that is neither such an adjective nor
// і, та or й: the rest (всієї України) is a genitive and stays. The
// genitive and the accusative of a person are one form, so either reads.
func seeNominatives(lz Lemmatizer, words []word, toks []vistka.Token, out []string, cas, g string, known func(string) bool) {
	for k := range words {
		if w := words[k].text; w == "і" || w == "та" || w == "й" {
			continue
		}
		r, ok := words[k].pickGender(cas, g)
		if (!ok || r.pos != "adj") && (cas == "v_rod" || cas == "v_zna") {
			other := "v_rod"
			if cas == "v_rod" {
				other = "v_zna"
			}
			r, ok = words[k].pickGender(other, g)
		}
		if !ok || r.pos != "adj" || !startsUpper(words[k].text) {
			return
		}
		out[k] = withCase(toks[k].Text, lz.nominative(&words[k], r, g, known))
	}
}
