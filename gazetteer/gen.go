//go:build ignore

// gen.go builds tables.go, the gazetteer's name lists, from maintained
// sources:
//
//   - ISO 3166-1 country names (Debian's iso-codes: English keys and codes
//     from /usr/share/iso-codes/json/iso_3166-1.json, Ukrainian names from
//     the GNU message catalogue /usr/share/locale/uk/LC_MESSAGES/iso_3166-1.mo),
//   - ISO 3166-2 subdivision names the same way (iso_3166-2.*),
//   - golang.org/x/text/language/display's Ukrainian region names (CLDR),
//   - CLDR's Ukrainian names of the example cities of time zones (Debian's
//     unicode-cldr-core, /usr/share/unicode/cldr/common/main/uk.xml) and the
//     capitals of capitals.go, which mark the towns abroad VESUM lists
//     without :town (category Abroad),
//   - VESUM's lemma lists in ../shared/data/vesum/dict: place names
//     (geo-other.lst, geo-ukr-koatuu.lst, geo-ukr-hydro.lst,
//     geo-ukr-composite.lst), people's names (names-anim.lst,
//     names-composite.lst) and other proper names (names-other.lst),
//   - the project's own list of regions VESUM lacks as places
//     (regions.lst: Балтія, which VESUM lists as another proper name, and
//     regions of adjectives and a noun: Латинська Америка, Західні Балкани),
//   - VESUM's semantic classes of nouns (../shared/data/vesum/sem/noun.csv):
//     jobs and ranks (hum:prof, hum&hierar), organisations, months.
//
// Run it with `go generate ./gazetteer` from the module root.
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"go/format"
	"log"
	"math/bits"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/vistka/vistka/gazetteer/internal/key"
	"github.com/vistka/vistka/internal/shared"
)

// Categories, as in gazetteer.go.
const (
	Country uint32 = 1 << iota
	Region
	Settlement
	Place
	Water
	FirstName
	Surname
	Patronymic
	GeoAdj
	OtherName
	Job
	OrgNoun
	Month
	Abroad
)

const isoJSON = "/usr/share/iso-codes/json"
const isoMO = "/usr/share/locale/uk/LC_MESSAGES"

// cldrUK is CLDR's Ukrainian locale data (Debian's unicode-cldr-core).
const cldrUK = "/usr/share/unicode/cldr/common/main/uk.xml"

// notTowns are the example cities of CLDR's time zones that are islands
// or regions, not towns.
var notTowns = map[string]bool{
	"Байя": true, "Бермуди": true, "Гернсі": true, "Гуадалканал": true, "Камчатка": true, "Кваджалейн": true, "Мадейра": true,
	"Мікелон": true, "Норонья": true, "Норфолк": true, "Сахалін": true, "Сен-Бартелемі": true, "Сент-Вінсент": true,
	"Сент-Томас": true, "Таїті": true, "Тонгатапу": true, "Тортола": true, "Уолліс": true, "Чатем": true, "Чуук": true,
}

// abroadTowns returns the capitals of capitals.go (the second name of
// each row) and the example cities of CLDR's Ukrainian time zone names
// (Europe/Vienna: Відень), single names only, in the order read.
func abroadTowns() ([]string, error) {
	src, err := os.ReadFile("capitals.go")
	if err != nil {
		return nil, err
	}
	var towns []string
	for _, m := range capitalRow.FindAllStringSubmatch(string(src), -1) {
		towns = append(towns, strings.Split(m[1], "|")...)
	}
	data, err := os.ReadFile(cldrUK)
	if err != nil {
		return nil, err
	}
	var ldml struct {
		Zones []struct {
			City []struct {
				Alt  string `xml:"alt,attr"`
				Name string `xml:",chardata"`
			} `xml:"exemplarCity"`
		} `xml:"dates>timeZoneNames>zone"`
	}
	if err := xml.Unmarshal(data, &ldml); err != nil {
		return nil, fmt.Errorf("%s: %w", cldrUK, err)
	}
	for _, z := range ldml.Zones {
		for _, c := range z.City {
			if c.Alt == "" && !strings.ContainsAny(c.Name, " ,") {
				towns = append(towns, strings.ReplaceAll(c.Name, "ʼ", "'"))
			}
		}
	}
	return towns, nil
}

// capitalRow matches a row of capitals.go's table: {"Польща", "Варшава"}.
var capitalRow = regexp.MustCompile(`\{"[^"]+", "([^"]+)"\}`)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gazetteer gen: ")
	names := map[string]uint32{}
	add := func(name string, c uint32) {
		name = strings.TrimSpace(name)
		if name == "" || !utf8.ValidString(name) {
			return
		}
		names[name] |= c
	}

	// ISO 3166-1.
	cat1, err := readMO(filepath.Join(isoMO, "iso_3166-1.mo"))
	if err != nil {
		log.Fatal(err)
	}
	var iso1 struct {
		List []struct {
			Alpha2       string `json:"alpha_2"`
			Alpha3       string `json:"alpha_3"`
			Name         string `json:"name"`
			OfficialName string `json:"official_name"`
			CommonName   string `json:"common_name"`
		} `json:"3166-1"`
	}
	if err := readJSON(filepath.Join(isoJSON, "iso_3166-1.json"), &iso1); err != nil {
		log.Fatal(err)
	}
	regionNamer := display.Regions(language.Ukrainian)
	var countries []string
	for _, c := range iso1.List {
		uk := cat1[c.Name]
		common := cat1[c.CommonName]
		official := cat1[c.OfficialName]
		cldr := ""
		if r, err := language.ParseRegion(c.Alpha2); err == nil {
			cldr = regionNamer.Name(r)
		}
		for _, n := range []string{uk, common, official, cldr} {
			if isCyrillic(n) {
				add(n, Country)
			}
		}
		if uk == "" {
			uk = cldr
		}
		countries = append(countries, fmt.Sprintf("{%q, %q, %q, %q, %q, %q},", c.Alpha2, c.Alpha3, c.Name, uk, or(common, cldr), official))
	}

	// ISO 3166-2.
	cat2, err := readMO(filepath.Join(isoMO, "iso_3166-2.mo"))
	if err != nil {
		log.Fatal(err)
	}
	var iso2 struct {
		List []struct {
			Code string `json:"code"`
			Name string `json:"name"`
			Type string `json:"type"`
		} `json:"3166-2"`
	}
	if err := readJSON(filepath.Join(isoJSON, "iso_3166-2.json"), &iso2); err != nil {
		log.Fatal(err)
	}
	for _, s := range iso2.List {
		for _, n := range []string{cat2[s.Name], s.Name} {
			if isCyrillic(n) {
				add(n, Region)
			}
		}
	}

	// VESUM.
	dict, err := shared.Path("vesum", "dict")
	if err != nil {
		log.Fatal(err)
	}
	readLst := func(name string, f func(lemma, rest string)) {
		data, err := os.ReadFile(filepath.Join(dict, name))
		if err != nil {
			log.Fatal(err)
		}
		for line := range strings.SplitSeq(string(data), "\n") {
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			line = strings.TrimSpace(line)
			if line == "" || strings.Contains(line, ":bad") || strings.Contains(line, ":err") {
				continue
			}
			if strings.Contains(line, " - ") { // composite: Асканія /n10 - Нова /n10
				var parts []string
				for p := range strings.SplitSeq(line, " - ") {
					parts = append(parts, strings.Fields(p)[0])
				}
				f(strings.Join(parts, "-"), "/composite")
				continue
			}
			lemma, rest, _ := strings.Cut(line, " ")
			f(lemma, strings.TrimSpace(rest))
		}
	}
	geo := func(cat uint32) func(lemma, rest string) {
		return func(lemma, rest string) {
			r, _ := utf8.DecodeRuneInString(lemma)
			switch {
			case unicode.IsUpper(r):
				c := cat
				if strings.Contains(rest, ":town") {
					c |= Settlement
				}
				add(lemma, c)
			case strings.HasPrefix(rest, "/adj"):
				add(lemma, GeoAdj)
			}
		}
	}
	readLst("geo-other.lst", geo(Place))
	readLst("geo-ukr-koatuu.lst", geo(Settlement))
	readLst("geo-ukr-hydro.lst", geo(Water))
	readLst("geo-ukr-composite.lst", geo(Settlement))
	// The project's own list of regions VESUM lacks as places.
	own, err := os.ReadFile("regions.lst")
	if err != nil {
		log.Fatal(err)
	}
	var areas []string
	for line := range strings.SplitSeq(string(own), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			add(line, Place)
			areas = append(areas, strconv.Quote(line))
		}
	}
	people := func(lemma, rest string) {
		r, _ := utf8.DecodeRuneInString(lemma)
		if !unicode.IsUpper(r) {
			return
		}
		switch {
		case strings.Contains(rest, ":pname"):
			add(lemma, Patronymic)
		case strings.Contains(rest, "<+"):
			add(lemma, Surname)
		case strings.Contains(rest, "<"):
			add(lemma, FirstName)
		case rest == "/composite":
			add(lemma, FirstName|Surname)
		}
	}
	readLst("names-anim.lst", people)
	readLst("names-composite.lst", people)
	readLst("names-other.lst", func(lemma, rest string) {
		if r, _ := utf8.DecodeRuneInString(lemma); unicode.IsUpper(r) {
			add(lemma, OtherName)
		}
	})

	// Semantic classes of common nouns.
	sem, err := os.ReadFile(filepath.Join(dict, "..", "sem", "noun.csv"))
	if err != nil {
		log.Fatal(err)
	}
	for line := range strings.SplitSeq(string(sem), "\n") {
		f := strings.Split(line, ",")
		if len(f) < 2 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(f[0]); !unicode.IsLower(r) {
			continue
		}
		var c uint32
		if strings.Contains(f[1], "hum:prof") || strings.Contains(f[1], "hum&hierar") {
			c |= Job
		}
		if strings.Contains(f[1], "conc:org") {
			c |= OrgNoun
		}
		if strings.Contains(f[1], "time:month") {
			c |= Month
		}
		if c != 0 {
			add(f[0], c)
		}
	}

	// Towns abroad: VESUM lists many capitals and big cities as places
	// without its :town mark (Варшава, Відень, Баку). Those of them that
	// are a capital on capitals.go's list, or the example city of a time
	// zone in CLDR's Ukrainian data, are towns abroad (Abroad, a category
	// of its own, so that the entity tagger's features stay as trained);
	// not a name that is a country's or a person's too, nor a name of
	// several words, nor an island or a region that names its time zone
	// (notTowns).
	towns, err := abroadTowns()
	if err != nil {
		log.Fatal(err)
	}
	for _, n := range towns {
		if c := names[n]; c&(Place|Region) != 0 && c&(Settlement|Country|FirstName|Surname|Patronymic) == 0 && !notTowns[n] {
			names[n] |= Abroad
		}
	}

	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var data strings.Builder
	for _, k := range keys {
		if strings.ContainsAny(k, "\t\n") {
			continue
		}
		fmt.Fprintf(&data, "%s\t%x\n", k, names[k])
	}

	var out bytes.Buffer
	fmt.Fprintf(&out, "// Code generated by gen.go from iso-codes, golang.org/x/text (CLDR) and VESUM; DO NOT EDIT.\n\n")
	fmt.Fprintf(&out, "package gazetteer\n\n")
	fmt.Fprintf(&out, "// countries are ISO 3166-1 with Ukrainian names: alpha-2, alpha-3, English, Ukrainian, common, official.\n")
	fmt.Fprintf(&out, "var countries = []Nation{\n%s\n}\n\n", strings.Join(countries, "\n"))
	fmt.Fprintf(&out, "// areas are the regions of regions.lst, the project's own list.\n")
	fmt.Fprintf(&out, "var areas = []string{%s}\n\n", strings.Join(areas, ", "))
	fmt.Fprintf(&out, "// namesData holds a name a line: the name, a tab, its categories in hex.\n")
	fmt.Fprintf(&out, "const namesData = %q\n", data.String())
	src, err := format.Source(out.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("tables.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
	idx, err := indexData(data.String())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("index.bin", idx, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d names, %d countries, %d bytes", len(keys), len(countries), len(src))
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func isCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// readMO reads a GNU gettext message catalogue: a header of 32-bit words
// (magic 0x950412de in the file's byte order, revision, count N, offset of
// the original-string table, offset of the translation table), then two
// tables of N (length, offset) pairs. It returns msgid → msgstr, skipping
// the empty msgid (the catalogue header) and plural forms.
func readMO(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(data) < 20 {
		return nil, fmt.Errorf("%s: too short for a .mo file", path)
	}
	var bo binary.ByteOrder
	switch binary.LittleEndian.Uint32(data) {
	case 0x950412de:
		bo = binary.LittleEndian
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("%s: not a .mo file", path)
	}
	n := int(bo.Uint32(data[8:]))
	origTab := int(bo.Uint32(data[12:]))
	transTab := int(bo.Uint32(data[16:]))
	str := func(tab, i int) (string, error) {
		at := tab + 8*i
		if at < 0 || at+8 > len(data) {
			return "", errors.New("table out of range")
		}
		l := int(bo.Uint32(data[at:]))
		o := int(bo.Uint32(data[at+4:]))
		if o < 0 || l < 0 || o+l > len(data) {
			return "", errors.New("string out of range")
		}
		return string(data[o : o+l]), nil
	}
	m := make(map[string]string, n)
	for i := range n {
		id, err := str(origTab, i)
		if err != nil {
			return nil, fmt.Errorf("%s: entry %d: %w", path, i, err)
		}
		tr, err := str(transTab, i)
		if err != nil {
			return nil, fmt.Errorf("%s: entry %d: %w", path, i, err)
		}
		if id == "" || strings.ContainsRune(id, 0) {
			continue
		}
		m[id] = tr
	}
	return m, nil
}

// indexData builds index.bin, the gazetteer's lookup tables, from the
// name lines of namesData, so that loading them costs nothing per entry.
// It indexes the lines exactly as gazetteer.go's reference did at start:
// a line whose normalised name is listed already adds its categories to
// that entry; every other line is an entry, listed under its normalised
// name and under each of its stems. All numbers are little-endian uint32
// unless said otherwise:
//
//   - a header: entries, exact slots, stem slots, nodes;
//   - per entry 6 bytes: the offset of its line in namesData, and its
//     categories as a uint16;
//   - the exact table, open addressing with linear probing on
//     FNV-1a(normalised name): 0 for an empty slot, else hash>>17<<17 |
//     entry+1;
//   - the stem table the same way: hash>>18<<18 | first node+1;
//   - the nodes, one run per stem, entries in the order the reference's
//     chains gave them (the last listed first): entry | stem number<<17 |
//     1<<19 on the last node of a run.
//
// Keep normalize, stems and hash in step with gazetteer.go; its tests
// check every entry against the reference.
func indexData(data string) ([]byte, error) {
	type entry struct {
		off int
		cat uint32
	}
	var entries []entry
	exact := map[string]int{}
	var keys []string
	chains := map[string][]int{} // stem → entries, in the order listed
	var stemKeys []string
	for off := 0; off < len(data); {
		line, _, _ := strings.Cut(data[off:], "\n")
		start := off
		off += len(line) + 1
		name, hex, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		c, err := strconv.ParseUint(hex, 16, 32)
		if err != nil {
			continue
		}
		k := key.Normalize(name)
		if j, dup := exact[k]; dup {
			entries[j].cat |= uint32(c)
			continue
		}
		i := len(entries)
		entries = append(entries, entry{start, uint32(c)})
		exact[k] = i
		keys = append(keys, k)
		for _, s := range key.Stems(k) {
			if _, ok := chains[s]; !ok {
				stemKeys = append(stemKeys, s)
			}
			chains[s] = append(chains[s], i)
		}
	}
	if len(entries) >= 1<<17-1 {
		return nil, fmt.Errorf("%d entries: more than the index holds", len(entries))
	}
	exactSlots := tableSize(len(keys))
	exactTab := make([]uint32, exactSlots)
	for i, k := range keys {
		put(exactTab, key.Hash(k), 17, uint32(i+1))
	}
	stemSlots := tableSize(len(stemKeys))
	stemTab := make([]uint32, stemSlots)
	var nodes []uint32
	for _, s := range stemKeys {
		if len(nodes)+1 >= 1<<18 {
			return nil, fmt.Errorf("%d nodes: more than the index holds", len(nodes))
		}
		put(stemTab, key.Hash(s), 18, uint32(len(nodes)+1))
		chain := chains[s]
		for n := len(chain) - 1; n >= 0; n-- {
			i := chain[n]
			j := slices.Index(key.Stems(keys[i]), s)
			v := uint32(i) | uint32(j)<<17
			if n == 0 {
				v |= 1 << 19
			}
			nodes = append(nodes, v)
		}
	}
	var b []byte
	for _, v := range []int{len(entries), exactSlots, stemSlots, len(nodes)} {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	for _, e := range entries {
		if e.cat >= 1<<16 {
			return nil, fmt.Errorf("categories %x do not fit in 16 bits", e.cat)
		}
		b = binary.LittleEndian.AppendUint32(b, uint32(e.off))
		b = binary.LittleEndian.AppendUint16(b, uint16(e.cat))
	}
	for _, tab := range [][]uint32{exactTab, stemTab, nodes} {
		for _, v := range tab {
			b = binary.LittleEndian.AppendUint32(b, v)
		}
	}
	return b, nil
}

// tableSize returns a power of two at least 4/3 of n: a table at most
// three quarters full.
func tableSize(n int) int { return 1 << bits.Len(uint(n+n/3-1)) }

// put stores v in the first free slot from hash h on, tagged with the
// bits of h above the low shift bits.
func put(tab []uint32, h uint32, shift uint, v uint32) {
	mask := uint32(len(tab) - 1)
	for p := h & mask; ; p = (p + 1) & mask {
		if tab[p] == 0 {
			tab[p] = h>>shift<<shift | v
			return
		}
	}
}
