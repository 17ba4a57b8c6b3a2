package storeindex

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

func TestTerms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Київ", []string{"київ"}},
		{"п'ять", []string{"пять"}},
		{"п’ять", []string{"пять"}},
		{"Касим-Жомарт", []string{"касим", "жомарт"}},
		{"COVID-19", []string{"covid", "19"}},
		{"ви́бори", []string{"вибори"}}, // stress mark
		{"Zakon.kz", []string{"zakon", "kz"}},
		{"«»—", nil},
		{"", nil},
		{strings.Repeat("я", 100), []string{strings.Repeat("я", MaxTerm)}},
	} {
		if got := Terms(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("terms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPlainLemmatize(t *testing.T) {
	text := "Ентоні Блінкен, п'ять — 62 «США»"
	var got []string
	for _, tok := range PlainLemmatize(text) {
		if text[tok.Start:tok.End] != tok.Text || string([]rune(text)[tok.RStart:tok.REnd]) != tok.Text {
			t.Errorf("token %+v: offsets do not point at its text", tok)
		}
		got = append(got, tok.Lemma)
	}
	if want := []string{"ентоні", "блінкен", "п'ять", "62", "сша"}; !slices.Equal(got, want) {
		t.Errorf("lemmas %q, want %q", got, want)
	}
}

func TestIndexHits(t *testing.T) {
	text := "Блінкен зустрівся з Токаєвим. Потім Блінкен поїхав."
	words := []vistka.Token{
		{Kind: vistka.Word, Lemma: "Блінкен", RStart: 0, REnd: 7},
		{Kind: vistka.Word, Lemma: "зустрітися", RStart: 8, REnd: 17},
		{Kind: vistka.Word, Lemma: "з", RStart: 18, REnd: 19},
		{Kind: vistka.Word, Lemma: "Токаєв", RStart: 20, REnd: 28},
		{Kind: vistka.Punct, Lemma: ".", RStart: 28, REnd: 29},
		{Kind: vistka.Word, Lemma: "потім", RStart: 30, REnd: 35},
		{Kind: vistka.Word, Lemma: "блінкен", RStart: 36, REnd: 43},
	}
	lemmas, offsets := Index(words)
	if lemmas != "блінкен зустрітися з токаєв потім блінкен" {
		t.Errorf("lemmas %q", lemmas)
	}
	got := Hits(lemmas, offsets, []string{"блінкен", "токаєв"})
	want := []vistka.Range{{Start: 0, End: 7}, {Start: 20, End: 28}, {Start: 36, End: 43}}
	if !slices.Equal(got, want) {
		t.Errorf("hits %v, want %v", got, want)
	}
	s, hl := Snippet(text, got)
	if s != text || len(hl) != 3 || string([]rune(s)[hl[1].Start:hl[1].End]) != "Токаєвим" {
		t.Errorf("snippet %q %v", s, hl)
	}
	// Offsets that go backwards or past the text do not break anything.
	lemmas, offsets = Index([]vistka.Token{{Lemma: "а", RStart: 50, REnd: 40}, {Lemma: "б", RStart: 3, REnd: 4}})
	if got := Hits(lemmas, offsets, []string{"а", "б"}); len(got) != 2 || got[1] != (vistka.Range{Start: 3, End: 4}) {
		t.Errorf("hits of odd offsets %v", got)
	}
	if s, hl := Snippet("коротко", []vistka.Range{{Start: 50, End: 40}}); s != "коротко" || len(hl) != 0 {
		t.Errorf("snippet of odd hit = %q %v", s, hl)
	}
	if got := Hits("а б", []byte{0xff}, []string{"а"}); len(got) != 0 {
		t.Errorf("hits of broken offsets %v", got)
	}
}

func TestSnippetLong(t *testing.T) {
	sentence := "Це речення стоїть тут лише для того, щоб текст був довгим і нудним. "
	text := strings.Repeat(sentence, 10) + "Тут   Блінкен\n\nзустрівся з Токаєвим у довгій розмові, яка тривала кілька годин і закінчилася нічим" + strings.Repeat(" і ще слово", 40) + "."
	at := strings.Index(text, "Блінкен")
	start := utf8.RuneCountInString(text[:at])
	s, hl := Snippet(text, []vistka.Range{{Start: start, End: start + 7}})
	if !strings.HasPrefix(s, "…Тут Блінкен зустрівся") || !strings.HasSuffix(s, "слово…") {
		t.Errorf("snippet %q: want it to start at the sentence, spaces collapsed, cut at a word", s)
	}
	if n := utf8.RuneCountInString(s); n > snippetLen+2 {
		t.Errorf("snippet has %d code points, want at most %d", n, snippetLen+2)
	}
	if len(hl) != 1 || string([]rune(s)[hl[0].Start:hl[0].End]) != "Блінкен" {
		t.Errorf("highlights %v in %q", hl, s)
	}

	// A hit deep inside a long sentence: a little context before it.
	long := strings.Repeat("слово ", 60) + "Блінкен " + strings.Repeat("слово ", 60)
	s, hl = Snippet(long, []vistka.Range{{Start: 360, End: 367}})
	if !strings.HasPrefix(s, "…слово") || len(hl) != 1 || hl[0].Start > snippetBefore+1 || string([]rune(s)[hl[0].Start:hl[0].End]) != "Блінкен" {
		t.Errorf("snippet %q %v", s, hl)
	}
}

func TestPersonLinking(t *testing.T) {
	for _, tc := range []struct {
		name, surname string
		given         []string
	}{
		{"ентоні блінкен", "блінкен", []string{"ентоні"}},
		{"блінкен", "блінкен", nil},
		{"шевченко тарас григорович", "шевченко", []string{"тарас", "григорович"}},
		{"юлія володимирівна тимошенко", "тимошенко", []string{"юлія", "володимирівна"}},
		{"касим-жомарт токаєв", "токаєв", []string{"касим-жомарт"}},
	} {
		s, g := Person(tc.name)
		if s != tc.surname || !slices.Equal(g, tc.given) {
			t.Errorf("person(%q) = %q %q, want %q %q", tc.name, s, g, tc.surname, tc.given)
		}
	}
	for _, tc := range []struct {
		a, b []string
		want bool
	}{
		{nil, []string{"ентоні"}, true},
		{[]string{"е."}, []string{"ентоні"}, true},
		{[]string{"е"}, []string{"ентоні", "джон"}, true},
		{[]string{"ентоні"}, []string{"ентоні", "джон"}, true},
		{[]string{"в."}, []string{"віталій"}, true},
		{[]string{"дональд"}, []string{"ентоні"}, false},
		{[]string{"віталій", "олегович"}, []string{"віталій", "петрович"}, false},
	} {
		if got := SameGiven(tc.a, tc.b); got != tc.want {
			t.Errorf("sameGiven(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
	if got := NormName(" «Укртрансгаз»  ПАТ\tп’ять "); got != "укртрансгаз пат п'ять" {
		t.Errorf("normName = %q", got)
	}
}

func TestTextHash(t *testing.T) {
	a := vistka.TextHash("Київ  —\n столиця.")
	if a != vistka.TextHash("Київ — столиця.\n") || a == vistka.TextHash("Київ — столиця!") || len(a) != 64 {
		t.Errorf("TextHash does not ignore just white space")
	}
}

// TestLink runs entity linking over a sequence of one-entity documents
// against a store kept in memory.
func TestLink(t *testing.T) {
	type stored struct {
		id                 int64
		typ, norm, surname string
		given, names       []string
	}
	var db []*stored
	ids := map[string]int64{}
	for _, tc := range []struct {
		typ, name string
		aliases   []string
		same      string // the earlier name it must be linked to; "" for new
	}{
		{"PERS", "Шевченко Тарас Григорович", nil, ""},
		{"PERS", "Тарас Шевченко", nil, "Шевченко Тарас Григорович"},
		{"PERS", "Т. Г. Шевченко", nil, "Шевченко Тарас Григорович"},
		{"PERS", "Шевченко", nil, "Шевченко Тарас Григорович"},
		{"PERS", "Андрій Шевченко", nil, ""},
		{"PERS", "Шевченко#2", nil, ""}, // two people now: apart
		{"PERS", "Шевченко#3", nil, "Шевченко#2"},
		{"PERS", "А. Шевченко", nil, "Андрій Шевченко"},
		{"LOC", "Шевченко", nil, ""}, // another type
		{"ORG", "Європейський Союз", []string{"ЄС"}, ""},
		{"ORG", "ЄС", nil, "Європейський Союз"},
		{"ORG", "«Європейський союз»", nil, "Європейський Союз"},
		{"ORG", "Євросоюз", []string{"ЄС"}, "Європейський Союз"},
		{"PERS", "Тарас", nil, ""}, // a first name alone is no surname
		// The surname first, then the full name: one person, by the full name.
		{"PERS", "Блінкен", nil, ""},
		{"PERS", "Ентоні Блінкен", nil, "Блінкен"},
		{"PERS", "Блінкен#2", nil, "Блінкен"},
		{"PERS", "Е. Блінкен", nil, "Блінкен"},
		// Initials first: the full name that fits renames the person, and
		// another full name with the initial stays apart.
		{"PERS", "Д. Туск", nil, ""},
		{"PERS", "Дональд Туск", nil, "Д. Туск"},
		{"PERS", "Донат Туск", nil, ""},
		// A surname shared by two people is not renamed.
		{"PERS", "Шевченко#4", nil, "Шевченко#2"},
	} {
		m := NewMemo()
		for _, e := range db {
			m.Entity(e.id, e.typ, e.norm, e.surname, e.given)
			for _, n := range e.names {
				m.Name(e.id, n)
			}
		}
		name, _, _ := strings.Cut(tc.name, "#")
		ext := &vistka.Extraction{Entities: []vistka.Entity{{ID: "E1", Type: tc.typ, Name: name, Aliases: tc.aliases}}}
		global, news, renames := Link(m, ext)
		for _, r := range renames {
			e := db[r.ID-1]
			e.norm, e.surname, e.given = r.Norm, r.Surname, strings.Fields(r.Given)
		}
		id := global[0]
		if id < 0 {
			f := news[-id-1]
			e := &stored{id: int64(len(db) + 1), typ: f.Type, norm: f.Norm}
			if f.Surname != nil {
				e.surname, e.given = *f.Surname, strings.Fields(*f.Given)
			}
			db = append(db, e)
			id = e.id
		}
		e := db[id-1]
		for _, n := range append([]string{name}, tc.aliases...) {
			e.names = append(e.names, NormName(n))
		}
		if want := ids[tc.same]; (tc.same == "" && global[0] > 0) || (tc.same != "" && id != want) {
			t.Errorf("%s %s: linked to %d, want %q (%d)", tc.typ, tc.name, global[0], tc.same, want)
		}
		ids[tc.name] = id
	}
	for name, norm := range map[string]string{"Блінкен": "ентоні блінкен", "Д. Туск": "дональд туск", "Шевченко#2": "шевченко"} {
		if e := db[ids[name]-1]; e.norm != norm {
			t.Errorf("%s is stored as %q, want %q", name, e.norm, norm)
		}
	}
}

func TestRunes(t *testing.T) {
	text := strings.Repeat("Київ і Zakon.kz ", 300) // longer than one mark step
	r := NewRunes(text)
	runes := []rune(text)
	for _, c := range [][2]int{{0, 4}, {5, 6}, {1020, 1030}, {1024, 2048}, {4000, 4800}, {4790, 9999}, {-3, 2}, {7, 7}, {9, 3}} {
		want := ""
		s, e := max(c[0], 0), min(c[1], len(runes))
		if s < e {
			want = string(runes[s:e])
		}
		if got := r.Substr(c[0], c[1]); got != want {
			t.Errorf("Substr(%d, %d) = %q, want %q", c[0], c[1], got, want)
		}
		if got := Substr(text, c[0], c[1]); got != want {
			t.Errorf("old Substr(%d, %d) = %q, want %q", c[0], c[1], got, want)
		}
	}
	// Broken UTF-8 counts a code point a byte, as a range loop does.
	text = strings.Repeat("Київ \xd0\xff😀 ї\xd1", 500)
	r = NewRunes(text)
	for start := 0; start < 7000; start += 97 {
		if got, want := r.Substr(start, start+1500), Substr(text, start, start+1500); got != want {
			t.Errorf("Substr(%d, %d) of broken UTF-8 = %q, want %q", start, start+1500, got, want)
		}
	}
}
