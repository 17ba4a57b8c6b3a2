package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// mref is one mention in the position index.
type mref struct {
	start, end int
	ent, sent  int
}

// index finds mentions by position and entities by name without walking
// everything, so that a document of many megabytes links in linear time.
type index struct {
	refs   []mref // sorted by start
	maxLen int
	// byName maps type + lower-cased base form (or alias key) to the
	// first entity that has it.
	byName map[string]int
	// byLast maps the lower-cased last word of a person's name to the
	// persons that have it.
	byLast map[string][]int
	// byAcronym maps type + initials of a name, or an acronym name
	// itself, to the entities that have it.
	byAcronym map[string][]int
	// byCore maps type + the lower-cased name without its genitive name
	// tail (верховна рада for Верховна Рада України) to the entities
	// that have it; byHead maps type + the head noun of an organisation's
	// name (рада) the same way.
	byFirst map[string][]int // lower-cased first word of a person's full name
	byCore  map[string][]int
	byHead  map[string][]int
}

func (x *index) add(ref mref) {
	i := sort.Search(len(x.refs), func(i int) bool { return x.refs[i].start > ref.start })
	x.refs = append(x.refs, mref{})
	copy(x.refs[i+1:], x.refs[i:])
	x.refs[i] = ref
	x.maxLen = max(x.maxLen, ref.end-ref.start)
}

// overlapping calls fn with every mention overlapping [start, end) until
// fn returns false.
func (x *index) overlapping(start, end int, fn func(mref) bool) {
	i := sort.Search(len(x.refs), func(i int) bool { return x.refs[i].start >= start-x.maxLen })
	for ; i < len(x.refs) && x.refs[i].start < end; i++ {
		if x.refs[i].end > start && !fn(x.refs[i]) {
			return
		}
	}
}

// before calls fn with the mentions that start before pos, nearest first,
// until fn returns false.
func (x *index) before(pos int, fn func(mref) bool) {
	i := sort.Search(len(x.refs), func(i int) bool { return x.refs[i].start >= pos })
	for i--; i >= 0; i-- {
		if !fn(x.refs[i]) {
			return
		}
	}
}

func lastWord(name string) string {
	return scan.ToLower(scan.LastField(name))
}

// acronymKeys returns the keys a name is filed under for acronym
// matching: an acronym that heads it (МЗС, МЗС України), the initials of
// all its words, and the initials of the words before a capitalised tail
// (Міністерство закордонних справ України → МЗСУ and МЗС).
func acronymKeys(name string) []string { return appendAcronymKeys(nil, name) }

// appendAcronymKeys appends acronymKeys(name) to keys: the callers that
// read them and let them go keep them in an array of their own.
func appendAcronymKeys(keys []string, name string) []string {
	keys, _ = appendKeys(keys, name)
	return keys
}

// appendKeys is appendAcronymKeys, and also reports whether name may be
// the short name of acronymOf, which the keys' words tell: a name that
// opens with an acronym or names an administration's body (placeBody).
func appendKeys(keys []string, name string) (_ []string, short bool) {
	var buf [8]string
	words := appendNameWords(buf[:0], name)
	if len(words) == 0 {
		return keys, false
	}
	if isAcronym(words[0]) {
		if subsidiary(words) {
			return keys, true
		}
		return append(keys, words[0]), true
	}
	k, _, body := placeParts(words)
	if len(words) == 1 || placeAcronym(words, k) {
		if body == "" {
			return keys, false
		}
		if len(words) > 1 {
			keys = append(keys, spelledInitials(words)) // ЗАЕС of Запорізька АЕС
		}
		return append(keys, body), true // Харківська ОВА, райдержадміністрація under ОВА, РДА
	}
	first := initials(words)
	keys = append(keys, first)
	if p := localPart(words); p >= 2 {
		keys = append(keys, initials(words[:p])) // ГУНП of Головне управління Національної поліції в Черкаській області
	}
	if o := ownPart(words); o > 0 {
		keys = append(keys, initials(words[:o])) // ГУР of Головне управління розвідки Міністерства оборони України
	}
	if x := spelledInitials(words); x != first {
		keys = append(keys, x) // ЗАЕС of Запорізька АЕС
	}
	if t := tailStart(words); t >= 2 && t < len(words) {
		keys = append(keys, initials(words[:t]))
	} else if t == len(words) && body == "" && len(first) >= 2*len("А") {
		keys = append(keys, first+"У") // НАБУ of Національне антикорупційне бюро (України)
	}
	if body != "" && body != first {
		keys = append(keys, body)
	}
	return keys, body != ""
}

// subsidiary reports whether words, a name that opens with an
// abbreviation, go on with a name of their own, a capitalised word and a
// common noun in lower case: ДТЕК Дніпровські електромережі is a
// company of ДТЕК's, not ДТЕК (МЗС України is).
func subsidiary(words []string) bool {
	if len(words) < 3 {
		return false
	}
	if c, _ := utf8.DecodeRuneInString(words[1]); !unicode.IsUpper(c) {
		return false
	}
	for _, w := range words[2:] {
		if c, _ := utf8.DecodeRuneInString(w); unicode.IsLower(c) && utf8.RuneCountInString(w) > 3 {
			return true
		}
	}
	return false
}

// placeHeaded reports a name of a place's adjective (k words, placeLen)
// and at least three
// words in lower case, which the press shortens to the initials of those
// words: Херсонська обласна військова адміністрація → ОВА, Київська
// міська державна адміністрація → МДА.
func placeHeaded(words []string, k int) bool {
	if k == 0 || len(words) < k+3 {
		return false
	}
	for _, w := range words[k:] {
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// placeLen returns how many words at the start of a name make a place's
// adjective: one (Херсонська), two for a compound's (Івано-Франківська,
// Білгород-Дністровська, whose parts nameWords splits), else none.
func placeLen(words []string) int {
	switch {
	case len(words) > 0 && placeAdjective(words[0]):
		return 1
	case len(words) > 1 && !isAcronym(words[0]) && scan.IsUpper(firstRune(words[0])) && placeAdjective(words[1]):
		return 2
	}
	return 0
}

// placeBody returns the place's adjective and the acronym of a body
// named by name's words: Харківська and ОВА for Харківська обласна
// військова адміністрація or Харківська ОВА, Сокирянська and РДА for
// Сокирянська райдержадміністрація; "" and the acronym for a bare acronym
// or contracted word (ОВА, облдержадміністрація); "" and "" for other
// names.
func placeBody(words []string) (place, acronym string) {
	_, place, acronym = placeParts(words)
	return place, acronym
}

// placeParts is placeBody, and also returns placeLen(words) when it asks
// for it (0 for a name of one word or a council's, which it does not),
// so that the callers that need it do not count again.
func placeParts(words []string) (k int, place, acronym string) {
	if len(words) == 1 {
		if isAcronym(words[0]) {
			return 0, "", words[0]
		}
		if c := councilWord(words[0]); c != "" {
			return 0, "", c
		}
		return 0, "", contraction(words[0])
	}
	if len(words) == 2 {
		if c := councilPair(words[0], words[1]); c != "" {
			return 0, "", c // міська рада
		}
	}
	k = placeLen(words)
	if k == 0 {
		return 0, "", ""
	}
	place = strings.Join(words[:k], " ")
	switch {
	case placeAcronym(words, k):
		return k, place, words[k]
	case placeHeaded(words, k):
		return k, place, initials(words[k:])
	case len(words) == k+1 && contraction(words[k]) != "":
		return k, place, contraction(words[k])
	case len(words) == k+1 && councilWord(words[k]) != "":
		return k, place, councilWord(words[k]) // Житомирська облрада
	case len(words) == k+2 && councilPair(words[k], words[k+1]) != "":
		return k, place, councilPair(words[k], words[k+1]) // Житомирська обласна рада
	}
	return k, "", ""
}

// councils are the kinds of local council: the stem of the adjective a
// full name uses (обласна рада) and the contracted word that stands for
// it (облрада), which is also the key both are filed under.
var councils = []struct{ adjective, contracted string }{
	{"обласн", "облрада"},
	{"міськ", "міськрада"},
	{"районн", "райрада"},
	{"сільськ", "сільрада"},
	{"селищн", "селищрада"},
}

// caseEndings are the endings of рада and its contractions in the cases
// of either number: рада, ради, раді, раду, радою, радам, радами, радах.
var caseEndings = []string{"а", "и", "і", "у", "ою", "ам", "ами", "ах"}

// councilWord returns the kind of council a contracted word names in any
// case (облрада, міськради, райраді → облрада, міськрада, райрада), or
// "".
func councilWord(w string) string {
	switch firstLower(w) {
	case 'о', 'м', 'р', 'с': // облрада, міськрада, райрада, сільрада, селищрада
	default:
		return "" // most words, told without lower-casing them
	}
	l := scan.ToLower(w)
	for _, c := range councils {
		if rest, ok := strings.CutPrefix(l, strings.TrimSuffix(c.contracted, "а")); ok && slices.Contains(caseEndings, rest) {
			return c.contracted
		}
	}
	return ""
}

// councilPair returns the kind of council an adjective and рада name in
// any case (обласна рада, міської ради → облрада, міськрада), or "".
func councilPair(adj, noun string) string {
	if firstLower(noun) != 'р' {
		return "" // not рада, told without lower-casing it
	}
	n := scan.ToLower(noun)
	rest, ok := strings.CutPrefix(n, "рад")
	if !ok || !slices.Contains(caseEndings, rest) {
		return ""
	}
	a := scan.ToLower(adj)
	for _, c := range councils {
		if rest, ok := strings.CutPrefix(a, c.adjective); ok && utf8.RuneCountInString(rest) <= 2 {
			return c.contracted
		}
	}
	return ""
}

// firstLower returns the first rune of scan.ToLower(w), which lower-cases
// rune by rune (U+FFFD for an invalid byte or an empty w, which starts no
// word it is compared with), without lower-casing all of w into a new
// string: a word whose first letter is none of a prefix's is told apart
// at once.
func firstLower(w string) rune {
	r, _ := scan.DecodeRune(w)
	return scan.Lower(r)
}

// BodyAcronym returns the acronym of the administration a name stands
// for: ОВА for Харківська обласна військова адміністрація, Харківська ОВА
// or ОВА, ОДА for облдержадміністрація; for a council the contracted word
// of its kind: облрада for Житомирська обласна рада, Житомирська облрада
// or облрада; "" for other names.
func BodyAcronym(name string) string {
	_, acr := placeBody(nameWords(name))
	return acr
}

// contractedParts are the clipped words a contracted name of an
// administration is made of, with the letter each gives its acronym.
var contractedParts = []struct{ clip, letter string }{
	{"обл", "О"}, {"рай", "Р"}, {"міськ", "М"}, {"держ", "Д"}, {"військ", "В"},
}

// contraction returns the acronym a contracted word of an
// administration's name spells: ОДА for облдержадміністрація, РДА for
// райдержадміністрації, МВА for міськвійськадміністрація; "" for any
// other word. The word must start with обл, рай or міськ.
func contraction(w string) string {
	switch firstLower(w) {
	case 'о', 'р', 'м': // обл, рай, міськ
	default:
		return "" // most words, told without lower-casing them
	}
	l := scan.ToLower(w)
	if !strings.HasPrefix(l, "обл") && !strings.HasPrefix(l, "рай") && !strings.HasPrefix(l, "міськ") || !strings.Contains(l, "адміністрац") {
		return ""
	}
	var b strings.Builder
	for !strings.HasPrefix(l, "адміністрац") {
		found := false
		for _, p := range contractedParts {
			if rest, ok := strings.CutPrefix(l, p.clip); ok {
				b.WriteString(p.letter)
				l, found = rest, true
				break
			}
		}
		if !found {
			return ""
		}
	}
	return b.String() + "А"
}

// placeAcronym reports a name of a place's adjective (k words,
// placeLen) and an acronym: Харківська ОВА, Київська МВА, the short form
// of a place-headed name.
func placeAcronym(words []string, k int) bool {
	return k > 0 && len(words) == k+1 && !isAcronym(words[k-1]) && isAcronym(words[k])
}

// placeAdjective reports a capitalised adjective of a place: Херсонська,
// Донецький, Запорізька.
func placeAdjective(w string) bool {
	// The suffixes end in а or й: w must end in а, А, й or Й (0xd0 and
	// 0xb0, 0x90, 0xb9 or 0x99), whichever letters come before.
	if n := len(w); n < 2 || w[n-2] != 0xd0 || w[n-1]|0x20 != 0xb0 && w[n-1]|0x20 != 0xb9 {
		return false // (most words, told by their last two bytes)
	}
	c, _ := utf8.DecodeRuneInString(w)
	if !scan.IsUpper(c) {
		return false
	}
	// Each letter of the suffixes below is the lower case of itself and of
	// its capital only, both two bytes: the suffix of ToLower(w) is then
	// ToLower of as many last bytes of w. Lowering no more than the
	// longest suffix's bytes makes no copy of the capitalised word.
	var buf [len("ський")]byte
	l := string(scan.AppendLower(buf[:0], w[max(0, len(w)-len("ський")):])) // (no copy: it does not escape)
	return strings.HasSuffix(l, "ська") || strings.HasSuffix(l, "цька") || strings.HasSuffix(l, "зька") ||
		strings.HasSuffix(l, "ський") || strings.HasSuffix(l, "цький") || strings.HasSuffix(l, "зький")
}

// nameWords splits a name into its words at spaces and hyphens, as
// strings.FieldsFunc would (neither byte is ever part of another rune
// in UTF-8, valid or not), but nil for a name of none.
func nameWords(name string) []string {
	n := countNameWords(name)
	if n == 0 {
		return nil
	}
	return appendNameWords(make([]string, 0, n), name)
}

// countNameWords returns len(nameWords(name)), without the words.
func countNameWords(name string) int {
	n, in := 0, false
	for i := 0; i < len(name); i++ {
		sep := name[i] == ' ' || name[i] == '-'
		if !sep && !in {
			n++
		}
		in = !sep
	}
	return n
}

// appendNameWords appends the words of name, as nameWords splits them, to
// dst.
func appendNameWords(dst []string, name string) []string {
	start := -1
	for i := 0; i < len(name); i++ {
		switch sep := name[i] == ' ' || name[i] == '-'; {
		case sep && start >= 0:
			dst = append(dst, name[start:i])
			start = -1
		case !sep && start < 0:
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, name[start:])
	}
	return dst
}

// initials returns the first letters of words in upper case, but for
// the prepositions and conjunctions that acronyms leave out (and "питань"
// after з): ЄБРР for Європейський банк реконструкції та розвитку, ДСНС
// for Державна служба з надзвичайних ситуацій, НАЗК for Національне
// агентство з питань запобігання корупції.
func initials(words []string) string {
	var buf [32]byte // (one string made, not a builder's)
	b := buf[:0]
	for i, w := range words {
		if i > 0 && skipInitial(w, words[i-1]) {
			continue
		}
		c, _ := scan.DecodeRune(w)
		if 'а' <= c && c <= 'я' {
			c += 'А' - 'а' // (unicode.ToUpper's answer, without its tables)
		} else {
			c = unicode.ToUpper(c)
		}
		b = utf8.AppendRune(b, c)
	}
	return string(b)
}

// localPart returns where the regional part of a body's name begins, the
// preposition в or у before the region (Головне управління
// Національної поліції в Черкаській області), or 0.
func localPart(words []string) int {
	for i := 1; i+1 < len(words); i++ {
		if words[i] == "в" || words[i] == "у" {
			return i
		}
	}
	return 0
}

// spelledInitials is initials with an acronym among the words after
// the first giving all its letters: ЗАЕС for Запорізька АЕС, ЧАЕС for
// Чорнобильська АЕС.
func spelledInitials(words []string) string {
	if !slices.ContainsFunc(words[1:], isAcronym) {
		return initials(words)
	}
	var b strings.Builder
	for i, w := range words {
		switch {
		case i > 0 && isAcronym(w):
			b.WriteString(w)
		case i == 0 || !skipInitial(w, words[i-1]):
			b.WriteString(initials(words[i : i+1]))
		}
	}
	return b.String()
}

// skipInitial reports a word of a name that its acronym leaves out: a
// preposition or a conjunction in lower case, and питань after з.
func skipInitial(w, prev string) bool {
	if len(w) > 12 { // (the longest, питань, is 12 bytes)
		return false
	}
	switch w {
	case "та", "і", "й", "з", "із", "зі", "в", "у", "на", "по", "для", "до", "щодо", "від", "при", "над", "під", "за":
		return true
	case "питань":
		return prev == "з"
	}
	return false
}

// tailStart returns where the capitalised tail of a name's words begins
// (the genitive name of Міністерство закордонних справ України), or
// len(words) when the last word is not capitalised.
func tailStart(words []string) int {
	t := len(words)
	for t > 1 {
		c, _ := utf8.DecodeRuneInString(words[t-1])
		if !scan.IsUpper(c) {
			break
		}
		t--
	}
	return t
}

// file records entity i under the keys of the name f is the facts of,
// which is low in lower case.
func (r *Result) file(i int, f *nameFacts, low string) {
	e := &r.Entities[i]
	name := f.name
	var nb [128]byte // the keys, made strings only when new
	if e.Type == "PERS" {
		if w := scan.LastField(name); w != "" { // (lastWord, lower-cased on the stack)
			addOnce(r.idx.byLast, scan.AppendLower(nb[:0], w), i)
		}
		if w := compoundHead(name); w != "" { // Лула of Лула да Сілва
			addOnce(r.idx.byLast, scan.AppendLower(nb[:0], w), i)
		}
		var fb [8]string
		if f := scan.AppendFields(fb[:0], name); len(f) > 1 && !strings.HasSuffix(f[0], ".") {
			addOnce(r.idx.byFirst, scan.AppendLower(nb[:0], f[0]), i)
		}
	}
	var kb [6]string
	keys := append(kb[:0], f.acronymKeys()...)
	inner, legal := legalInner(name)
	if legal {
		keys = appendAcronymKeys(keys, inner) // ПЗЗ of ДТГО «Південно-Західна залізниця»
	}
	for _, k := range keys {
		addOnce(r.idx.byAcronym, append(append(nb[:0], e.Type...), k...), i)
	}
	if k := typedKey(nb[:0], e.Type, 0, low); !hasKey(r.idx.byName, k) {
		r.idx.byName[string(k)] = i
	}
	if !legal && e.Type == "ORG" {
		inner, legal = nestedInner(name) // Світанок of ТОВ «Агрофірма «Світанок»»
	}
	if legal && e.Type == "ORG" {
		if k := typedKey(nb[:0], "ORG", 2, scan.ToLower(inner)); !hasKey(r.idx.byName, k) {
			r.idx.byName[string(k)] = i
		}
	}
}

// nestedInner returns the innermost quoted name of a company named with
// its legal form and a quoted name that quotes another, a kind's word
// before it: Світанок of ТОВ «Агрофірма «Світанок»», which the text may
// call агрофірма «Світанок» or «Світанок» alone.
func nestedInner(name string) (string, bool) {
	if !strings.HasSuffix(name, "»»") {
		return "", false // (most names, told by their last bytes)
	}
	form, rest, ok := strings.Cut(name, " ")
	if !ok || !isAcronym(form) || scan.RuneCount(form) > 5 || !strings.HasPrefix(rest, "«") {
		return "", false
	}
	open := strings.LastIndex(rest, "«")
	if open <= 0 {
		return "", false
	}
	inner := strings.TrimSuffix(rest[open+len("«"):], "»»")
	if inner == "" || hasGuillemet(inner) {
		return "", false
	}
	return inner, true
}

// fileOnce is file for a name entity i is not filed under yet; low may
// be "" for scan.ToLower of the name, made only when the name is filed.
func (r *Result) fileOnce(i int, f *nameFacts, low string) {
	if slices.Contains(r.filed[i], f.name) {
		return
	}
	if low == "" {
		low = scan.ToLower(f.name)
	}
	r.file(i, f, low)
	r.filed[i] = append(r.filed[i], f.name)
}

// findLegal returns the company named with its legal form that a name
// without it is, or the other way round (ТОВ «Альфа» and Альфа, either
// first), or -1.
func (r *Result) findLegal(lemma, low string) int {
	var kb [128]byte
	if inner, ok := legalInner(lemma); ok {
		if i, ok := r.idx.byName[string(typedKey(kb[:0], "ORG", 0, scan.ToLower(inner)))]; ok {
			return i
		}
		return -1
	}
	if i, ok := r.idx.byName[string(typedKey(kb[:0], "ORG", 2, low))]; ok {
		return i
	}
	return -1
}

// innerName returns the quoted name of a company named with its legal
// form (legalInner), or name.
func innerName(name string) string {
	if inner, ok := legalInner(name); ok {
		return inner
	}
	return name
}

// legalInner returns the quoted name of a company named with its legal
// form, an abbreviation in capitals before the name in guillemets: Альфа
// of ТОВ «Альфа», Укрзалізниця of АТ «Укрзалізниця».
func legalInner(name string) (string, bool) {
	if !strings.HasSuffix(name, "»") {
		return "", false // (most names, told by their last bytes)
	}
	form, rest, ok := strings.Cut(name, " ")
	if !ok || !isAcronym(form) || scan.RuneCount(form) > 5 || slices.Contains(clubKinds, form) {
		return "", false
	}
	inner, ok := strings.CutPrefix(rest, "«")
	if !ok {
		return "", false
	}
	inner, ok = strings.CutSuffix(inner, "»")
	if !ok || inner == "" || hasGuillemet(inner) {
		return "", false
	}
	return inner, true
}

// hasKey reports whether m has the key k, which it looks up without
// making a string of it.
func hasKey(m map[string]int, k []byte) bool {
	_, ok := m[string(k)]
	return ok
}

// fileUnder adds entity i to those m keeps under typ and name in lower
// case (typedKey with sep 0), with addOnce; the key is lower-cased on the
// stack.
func fileUnder(m map[string][]int, typ, name string, i int) {
	var kb [128]byte
	addOnce(m, scan.AppendLower(append(append(kb[:0], typ...), 0), name), i)
}

// addOnce adds entity i, unless it is there already, to those m keeps
// under k, and makes k a string only when i is new under it.
func addOnce(m map[string][]int, k []byte, i int) {
	if ids := m[string(k)]; !slices.Contains(ids, i) {
		m[string(k)] = append(ids, i)
	}
}

// typeFree reports whether name is written in Latin letters only (General
// Electric, Telegram).
func typeFree(name string) bool {
	letters := 0
	for _, r := range name {
		switch {
		case 0x400 <= r && r <= 0x4ff:
			return false // (Cyrillic, told without the Unicode tables: letters or not, no digit and no Latin)
		case unicode.IsLetter(r):
			if r >= 0x250 {
				return false
			}
			letters++
		case r == ' ' || r == '-' || r == '.' || r == '&' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}
