package gazetteer

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vistka/vistka/gazetteer/internal/key"
	"github.com/vistka/vistka/internal/scan"
)

// Category is a set of lists a name is on.
type Category uint32

// Categories.
const (
	Country    Category = 1 << iota // ISO 3166-1 and CLDR country names
	Region                          // ISO 3166-2 subdivisions
	Settlement                      // towns and villages
	Place                           // other place names: cities abroad, mountains, seas, …
	Water                           // Ukrainian rivers and lakes
	FirstName
	Surname
	Patronymic
	GeoAdj    // lower-case adjectives from place names: київський
	OtherName // other proper names: brands, companies, works
	Job       // lower-case nouns naming a job or rank: президент, директор
	OrgNoun   // lower-case nouns naming an organisation: банк, відділ
	Month     // month names: березень
	Abroad    // towns abroad listed as places only: Варшава, Відень, Баку (not read by the entity tagger)

	// Location is any place category.
	Location = Country | Region | Settlement | Place | Water
	// Person is any personal-name category.
	Person = FirstName | Surname | Patronymic
)

var catNames = []string{"country", "region", "settlement", "place", "water", "fname", "lname", "pname", "geoadj", "other", "job", "orgnoun", "month", "abroad"}

func (c Category) String() string {
	var parts []string
	for i, n := range catNames {
		if c&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

// Nation is one ISO 3166-1 country with its Ukrainian names.
type Nation struct {
	Alpha2, Alpha3 string
	English        string
	Name           string // Ukrainian short name: Казахстан
	Common         string // common name (CLDR's where iso-codes has none)
	Official       string // Ukrainian official name: Республіка Казахстан
}

// Areas returns the regions, historical and geographic, of the project's
// own list (regions.lst), which VESUM lacks as places or lists only as
// other proper names (Балтія), and the regions named by adjectives and a
// noun (Латинська Америка, Близький Схід): Lookup lists them as places,
// and the entity tagger reads them as places whatever the model says, the
// multiword ones in any case. The slice is shared; do not modify it.
func Areas() []string { return areas }

// Countries returns the ISO 3166-1 countries. The slice is shared; do not
// modify it.
func Countries() []Nation { return countries }

// ShortName returns the alpha-3 code of the country that name, one word
// the news gives a country alone once it has named it or without its
// official words, stands for (Америка and Штати for the United States,
// Британія for the United Kingdom, Емірати for the United Arab
// Emirates), and false for any other name. Such a name is the country's
// only as a place: Латинська Америка is another.
func ShortName(name string) (string, bool) {
	code, ok := shortNames[name]
	return code, ok
}

var shortNames = map[string]string{"Америка": "USA", "Штати": "USA", "Британія": "GBR", "Емірати": "ARE"}

// CountryByCode returns the country with the given alpha-2 or alpha-3 code.
func CountryByCode(code string) (Nation, bool) {
	code = strings.ToUpper(code)
	for _, c := range countries {
		if c.Alpha2 == code || c.Alpha3 == code {
			return c, true
		}
	}
	return Nation{}, false
}

// index is the lookup tables gen.go writes to index.bin (its indexData
// describes the layout). They are read in place: loading them costs
// nothing per entry.
type index struct {
	entries string // per entry: offset of its line in namesData, categories
	exact   string // normalised name → entry
	stems   string // normalised stem → first node of its run
	nodes   string // runs of entries that share a stem
}

//go:embed index.bin
var indexData string

var load = sync.OnceValue(openIndex)

func openIndex() *index {
	d := indexData
	n := func(i int) int { return int(u32(d, 4*i)) }
	entries, exact, stems, nodes := n(0), n(1), n(2), n(3)
	d = d[16:]
	ix := &index{}
	ix.entries, d = d[:6*entries], d[6*entries:]
	ix.exact, d = d[:4*exact], d[4*exact:]
	ix.stems, d = d[:4*stems], d[4*stems:]
	ix.nodes = d[:4*nodes]
	return ix
}

func u32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// name returns the name of entry i as listed.
func (ix *index) name(i int) string {
	off := int(u32(ix.entries, 6*i))
	line := namesData[off:]
	return line[:strings.IndexByte(line, '\t')]
}

func (ix *index) cat(i int) Category {
	return Category(uint16(ix.entries[6*i+4]) | uint16(ix.entries[6*i+5])<<8)
}

// find returns the entry whose normalised name is k, or -1.
func (ix *index) find(k []byte) int {
	h := key.Hash(k)
	mask := uint32(len(ix.exact)/4 - 1)
	for p := h & mask; ; p = (p + 1) & mask {
		v := u32(ix.exact, int(4*p))
		if v == 0 {
			return -1
		}
		if v>>17 == h>>17 {
			i := int(v&(1<<17-1)) - 1
			var buf [128]byte
			if string(key.AppendNormal(buf[:0], ix.name(i))) == string(k) {
				return i
			}
		}
	}
}

// run returns the first node of the entries with normalised stem s, or
// -1.
func (ix *index) run(s string) int {
	h := key.Hash(s)
	mask := uint32(len(ix.stems)/4 - 1)
	for p := h & mask; ; p = (p + 1) & mask {
		v := u32(ix.stems, int(4*p))
		if v == 0 {
			return -1
		}
		if v>>18 == h>>18 {
			first := int(v&(1<<18-1)) - 1
			n := u32(ix.nodes, 4*first)
			if ss := key.Stems(key.Normalize(ix.name(int(n & (1<<17 - 1))))); int(n>>17&3) < len(ss) && ss[n>>17&3] == s {
				return first
			}
		}
	}
}

// endings are case endings, shortest first, that Guess strips: the
// longest stem that fits wins (Азії → Азія, not Аза).
var endings = []string{
	"а", "я", "у", "ю", "і", "ї", "и", "е", "є", "о",
	"ом", "ем", "єм", "ою", "ею", "єю", "ій", "ої", "ах", "ях", "ів", "їв", "их", "им", "ам", "ям", "ії", "ію", "ія",
	"ями", "ами", "ові", "еві", "єві", "ого", "ому", "ими", "іми",
}

// endFirst and endLast bound the last letters of endings: а to ї.
const endFirst, endLast = 'а', 'ї'

// endingsByLast holds endings by their last letter (from endFirst), each
// list in the order of endings: Guess tries only those a form can have.
var endingsByLast = func() (t [endLast - endFirst + 1][]string) {
	for _, e := range endings {
		r, _ := utf8.DecodeLastRuneInString(e)
		t[r-endFirst] = append(t[r-endFirst], e)
	}
	return t
}()

// Lookup returns the categories of name, a lemma in any letter case.
func Lookup(name string) Category {
	ix := load()
	var buf [128]byte
	if i := ix.find(key.AppendNormal(buf[:0], name)); i >= 0 {
		return ix.cat(i)
	}
	return 0
}

// Guess returns the lemma and categories that an inflected form of a name
// most likely belongs to: the form itself when it is a listed lemma, else
// the first listed lemma whose stem the form gives when a case ending is
// stripped. It returns "", 0 when none fits.
func Guess(form string) (lemma string, cat Category) {
	ix := load()
	var buf [128]byte
	k := key.AppendNormal(buf[:0], form)
	if i := ix.find(k); i >= 0 {
		return ix.name(i), ix.cat(i)
	}
	return ix.guessStem(form, string(k))
}

// guessStem is Guess for a form whose normal form k is not listed.
func (ix *index) guessStem(form, k string) (lemma string, cat Category) {
	r, _ := utf8.DecodeLastRuneInString(k)
	if r < endFirst || r > endLast {
		return "", 0 // no ending ends so
	}
	for _, e := range endingsByLast[r-endFirst] {
		if !strings.HasSuffix(k, e) {
			continue
		}
		s := k[:len(k)-len(e)]
		if scan.RuneCount(s) < 2 {
			continue
		}
		n := ix.run(s)
		if n < 0 {
			continue
		}
		best := -1
		var be entry
		for ; ; n++ {
			v := u32(ix.nodes, 4*n)
			i := int(v & (1<<17 - 1))
			ie := entry{ix.name(i), ix.cat(i)}
			// The preferred lemma, or of equals the first listed.
			if best < 0 || preferred(ie, be, form, e) ||
				!preferred(be, ie, form, e) && i < best {
				best, be = i, ie
			}
			if v&(1<<19) != 0 {
				break
			}
		}
		return be.name, be.cat
	}
	return "", 0
}

type entry struct {
	name string
	cat  Category
}

// adjEndings are endings of adjectives (and adjectival names: Луганська,
// Кримський) rather than of consonant-final nouns.
// The value is the lemma ending preferred: masculine -ий for the endings
// it shares with the neuter, feminine -а for the feminine ones.
var adjEndings = map[string]string{"ого": "ий", "ому": "ий", "им": "ий", "их": "ий", "ими": "ий", "ій": "а", "ої": "а", "ою": "а"}

// preferred orders candidate lemmas of one stem: the one whose case
// pattern matches the form (all capitals), then one that the ending fits
// (an adjectival ending wants a lemma in -ий/-а/-е, not a bare stem),
// then names over adjectives.
func preferred(a, b entry, form, ending string) bool {
	if want, ok := adjEndings[ending]; ok {
		va, vb := vowelFinal(a.name), vowelFinal(b.name)
		if va != vb {
			return va
		}
		wa, wb := strings.HasSuffix(a.name, want), strings.HasSuffix(b.name, want)
		if wa != wb {
			return wa
		}
	}
	up := strings.ToUpper(form) == form
	if (strings.ToUpper(a.name) == a.name) != (strings.ToUpper(b.name) == b.name) {
		return (strings.ToUpper(a.name) == a.name) == up
	}
	if (a.cat&GeoAdj == 0) != (b.cat&GeoAdj == 0) {
		return a.cat&GeoAdj == 0
	}
	return false
}

// Gazetteer looks words up for the entity tagger.
type Gazetteer struct{}

// Default returns the gazetteer of the generated lists.
func Default() Gazetteer { return Gazetteer{} }

// Categories returns the categories of word as a bit set: the low 16 bits
// when word is a listed lemma, the high 16 bits when it is a guessed
// inflected form of one.
func (Gazetteer) Categories(word string) uint32 {
	// Lookup, then Guess, with the word normalised and found once.
	ix := load()
	var buf [128]byte
	k := key.AppendNormal(buf[:0], word)
	if i := ix.find(k); i >= 0 {
		// A listed lemma; with no categories, Guess finds it too.
		return uint32(ix.cat(i) &^ Abroad)
	}
	if scan.RuneCount(word) < 3 {
		return 0
	}
	_, c := ix.guessStem(word, string(k))
	return uint32(c&^Abroad) << 16
}

func vowelFinal(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(scan.ToLower(s))
	return strings.ContainsRune(key.Vowels, r)
}

// KnownAs reports whether name, in any letter case, is listed in a
// category that fits the NER-UK entity type typ: places for LOC, people's
// names for PERS, places and other proper names for ORG and MISC. Base
// forms use it to choose among guessed nominatives (Астані → Астана, not
// Астань; Києві → Київ, not the legendary Кий).
func (Gazetteer) KnownAs(name, typ string) bool {
	c := Lookup(name)
	switch typ {
	case "LOC":
		return c&Location != 0
	case "PERS":
		return c&Person != 0
	case "ORG", "MISC":
		return c&(Location|OtherName) != 0
	case "JOB":
		return c&Job != 0
	}
	return c&(Location|Person|OtherName) != 0
}
