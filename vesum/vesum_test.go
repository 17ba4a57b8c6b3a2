package vesum_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/vesum"
)

// loadAffixes loads the shared affix files once per test binary.
var affixCache *vesum.Affixes

func loadAffixes(tb testing.TB) *vesum.Affixes {
	tb.Helper()
	if affixCache != nil {
		return affixCache
	}
	dir := shared.TestPath(tb, "vesum", "affix")
	a, err := vesum.LoadAffixes(dir)
	if err != nil {
		tb.Fatal(err)
	}
	affixCache = a
	return a
}

// expand expands the lines of a list named name and returns its entries
// as "form lemma tags" strings, and the warnings.
func expand(tb testing.TB, a *vesum.Affixes, name, text string) (entries, warnings []string) {
	tb.Helper()
	x := &vesum.Expander{Affixes: a, Warn: func(err error) { warnings = append(warnings, err.Error()) }}
	err := x.ExpandLines(name, strings.NewReader(text), func(e vesum.Entry) error {
		entries = append(entries, e.String())
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return entries, warnings
}

func TestExpandExamples(t *testing.T) {
	a := loadAffixes(t)
	tests := []struct {
		name, list, line string
		want             []string // entries that must be there
		not              []string // entries that must not
	}{
		{"surname", "names-anim.lst", "Токаєв /n2adj2.<+m", []string{
			"Токаєвим Токаєв noun:anim:m:v_oru:prop:lname",
			"Токаєва Токаєв noun:anim:m:v_zna:prop:lname",
			"Токаєве Токаєв noun:anim:m:v_kly:prop:lname",
		}, []string{"Токаєва Токаєва noun:anim:f:v_naz:prop:lname"}},
		{"surname both genders", "names-anim.lst", "Блінкен /n20.a.<+", []string{
			"Блінкена Блінкен noun:anim:m:v_rod:prop:lname",
			"Блінкеном Блінкен noun:anim:m:v_oru:prop:lname",
		}, nil},
		{"surname -ук", "names-anim.lst", "Ящук /n20.a.<+", []string{
			"Ящука Ящук noun:anim:m:v_rod:prop:lname",
			"Ящук Ящук noun:anim:f:v_dav:nv:prop:lname",
		}, nil},
		{"town", "geo-other.lst", "Астана /n10", []string{
			"Астані Астана noun:inanim:f:v_dav:prop:geo",
			"Астану Астана noun:inanim:f:v_zna:prop:geo",
			"Астано Астана noun:inanim:f:v_kly:prop:geo",
		}, nil},
		{"town genitive", "geo-other.lst", "Лондон /n20.a :town", []string{
			"Лондона Лондон noun:inanim:m:v_rod:prop:geo",
			"Лондону Лондон noun:inanim:m:v_rod:prop:geo:up19",
			"Лондоне Лондон noun:inanim:m:v_kly:prop:geo",
		}, nil},
		{"first names", "names-composite.lst", "Касим /n20.a.< - Жомарт /n20.a.<", []string{
			"Касима-Жомарта Касим-Жомарт noun:anim:m:v_rod:prop:fname",
			"Касимом-Жомартом Касим-Жомарт noun:anim:m:v_oru:prop:fname",
		}, nil},
		{"indeclinable", "base-abbr.lst", "ЄС noun:m:nv:np:prop", []string{
			"ЄС ЄС noun:inanim:m:v_naz:nv:abbr:prop",
		}, []string{"ЄС ЄС noun:inanim:m:v_kly:nv:abbr:prop", "ЄС ЄС noun:inanim:p:v_naz:nv:abbr:prop"}},
		{"pronoun", "pronouns.lst", "мене я noun:anim:s:v_rod/v_zna:pron:pers:1", []string{
			"мене я noun:anim:s:v_rod:pron:pers:1",
			"мене я noun:anim:s:v_zna:pron:pers:1",
		}, nil},
		{"verb", "base.lst", "писати /v1.cf.advp :imperf", []string{
			"пишу писати verb:imperf:pres:s:1",
			"писатиме писати verb:imperf:futr:s:3",
			"пишучи пишучи advp:imperf",
		}, nil},
		{"twister", "twisters.lst", "абстрагуючий /adj :adjp:actv:imperf", []string{
			"абстрагуючого абстрагуючий adj:m:v_zna:ranim:adjp:actv:imperf:bad",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns := expand(t, a, tt.list, tt.line)
			if len(warns) > 0 {
				t.Errorf("warnings: %v", warns)
			}
			have := map[string]bool{}
			for _, e := range got {
				have[e] = true
			}
			for _, w := range tt.want {
				if !have[w] {
					t.Errorf("missing %q in\n%s", w, strings.Join(got, "\n"))
				}
			}
			for _, w := range tt.not {
				if have[w] {
					t.Errorf("unexpected %q", w)
				}
			}
		})
	}
}

func TestWarnings(t *testing.T) {
	a := loadAffixes(t)
	tests := []struct {
		line, kind string
		entries    bool // whether the line still expands
	}{
		{"слово /n99", "group", false},
		{"слово /n20.zz", "group", false},
		{"слово /", "syntax", false},
		{"слово", "syntax", false},
		{"слово nounx:m", "tags", false},
		{"Багатківці /np2 [b]", "lenient", true},
		{"загружчик /n20.a.p.", "lenient", true},
		{"Веллінґтон /n20.a.<+:up19", "lenient", true},
		{"a - b - c", "composite", false},
		{" +cs=кращий", "syntax", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			var errs []*vesum.Error
			x := &vesum.Expander{Affixes: a, Warn: func(err error) {
				var e *vesum.Error
				if !errors.As(err, &e) {
					t.Fatalf("warning %v is not a *vesum.Error", err)
				}
				errs = append(errs, e)
			}}
			n := 0
			err := x.ExpandLines("names-anim.lst", strings.NewReader("# comment\n"+tt.line+"\n"), func(vesum.Entry) error {
				n++
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(errs) != 1 {
				t.Fatalf("got %d warnings %v, want 1", len(errs), errs)
			}
			e := errs[0]
			if e.Kind != tt.kind || e.Pos.Filename != "names-anim.lst" || e.Pos.Line != 2 {
				t.Errorf("got %s (kind %s), want kind %s at names-anim.lst:2", e, e.Kind, tt.kind)
			}
			if (n > 0) != tt.entries {
				t.Errorf("%d entries, want some: %v", n, tt.entries)
			}
		})
	}
}

func TestParseLine(t *testing.T) {
	tests := []struct {
		text  string
		parts int
		flags string // flags of the first part, joined with " "
		tags  string // line tags
		cs    int
	}{
		{"Токаєв /n2adj2.<+m", 1, "n2adj2.<+m", "", 0},
		{"хрін /n20 /n21   # коментар", 1, "n20 n21", "", 0},
		{"гладкий /adj.adv \\\n +cs=гладший \\\n +cs=гладкіший", 1, "adj.adv", "", 2},
		{"Ростов /n20.a - на-Дону :town", 2, "n20.a", ":town", 0},
		{"такий /adj.long - собі :pron:dem:bad", 2, "adj.long", ":pron:dem:bad", 0},
	}
	for _, tt := range tests {
		ln, err := vesum.ParseLine(vesum.Position{Line: 1}, tt.text)
		if err != nil {
			t.Errorf("%q: %v", tt.text, err)
			continue
		}
		if len(ln.Parts) != tt.parts || strings.Join(ln.Parts[0].Flags, " ") != tt.flags ||
			ln.Tags != tt.tags || len(ln.CS) != tt.cs {
			t.Errorf("%q: got %d parts, flags %q, tags %q, %d +cs", tt.text, len(ln.Parts),
				strings.Join(ln.Parts[0].Flags, " "), ln.Tags, len(ln.CS))
		}
	}
	for _, bad := range []string{"/n20 x", "слово /", "слово /n20 :x\n нема +cs", "\n +cs=x"} {
		if _, err := vesum.ParseLine(vesum.Position{}, bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestParseAffixesErrors(t *testing.T) {
	tests := []struct {
		text string
		line int
	}{
		{"а у # хата @ noun:f:v_zna\n", 1},                 // rule before a group
		{"group n10\n\nа у ю я # @ noun:f:v_zna\n", 3},     // four fields
		{"group n10\n[а:\nа у @ noun:f:v_zna\n", 2},        // bad regexp
		{"group n10\nа у\n", 2},                            // no tags
		{"group n10\nа у @ noun:f:v_zna//\n", 2},           // empty tag part
		{"group n10\nа: -:\n", 2},                          // bad header
		{"group\n", 1},                                     // no name
		{"group n10\n(?<!і а у [^і]а @ noun:f:v_zna\n", 2}, // bad lookbehind
	}
	for _, tt := range tests {
		_, err := vesum.ParseAffixes("t.aff", strings.NewReader(tt.text))
		var list vesum.ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			t.Errorf("%q: got %v, want an ErrorList", tt.text, err)
			continue
		}
		if p := list[0].Pos; p.Filename != "t.aff" || p.Line != tt.line {
			t.Errorf("%q: error at %s, want t.aff:%d (%v)", tt.text, p, tt.line, list[0])
		}
	}
}

func TestLoadAffixes(t *testing.T) {
	a := loadAffixes(t)
	for _, g := range []string{"n10", "n20", "n20.a", "v1", "v.cf", "v1.advp", "adj", "n2adj2", "patr"} {
		if a.Group(g) == nil {
			t.Errorf("no group %s", g)
		}
	}
	if n := len(a.Groups()); n < 100 {
		t.Errorf("only %d groups", n)
	}
	if _, err := vesum.LoadAffixes(t.TempDir()); err == nil {
		t.Error("no error for a directory without affix files")
	}
}

// fixture is a small affix file for the fuzz targets, so they run
// without the shared data.
const fixture = `group n20

[^аеєиійоуьюя]:
0	у			#  заводу 	        @ noun:m:v_dav/v_mis/v_kly
0	ом		#  заводом               @ noun:m:v_oru
0	і		#  заводі 	        @ noun:m:v_mis

subgroup n20.a

[^аєиійоуьюя]:
0	а		#  ягуара 	                    @ noun:m:v_rod

subgroup n20.p

0	и		[^аєиіїйоуьюяжчшщ]    #  завод  заводи	            @ noun:p:v_naz
0	ів		[^аєиіїйоуьюя]	#  завод  заводів 	            @ noun:p:v_rod

group n10

а:
а	и		# хата  хати 	                    @ noun:f:v_rod
а	у		# хата  хату 	                    @ noun:f:v_zna
(.)а	\1ою		# хата  хатою 	                    @ noun:f:v_oru

group adj

ий:
ий	ого			#   відісланого 	        @ adj:m:v_rod/v_zn1//n:v_rod
ий	а			#   відіслана 	            @ adj:f:v_naz/v_kly

group v1

ти	в	[аеиіїоуя]ти	#  абонувати  абонував 	(Я, Ти, Він)    @ verb:past:m
ти	вши	[аеиіїоуя]ти	#  абонувати  абонувавши                @ advp:perf

group patr

0 ович    [^і][впрн]   #   Антон   Антонович            @ noun:m:v_naz
`

func fixtureAffixes(tb testing.TB) *vesum.Affixes {
	a, err := vesum.ParseAffixes("fixture.aff", strings.NewReader(fixture))
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

func TestFixture(t *testing.T) {
	a := fixtureAffixes(t)
	got, warns := expand(t, a, "names-anim.lst", "Антон /n20.a.p.<.patr\nхата /n10\nвідісланий /adj :adjp:pasv:perf\n")
	if len(warns) > 0 {
		t.Errorf("warnings: %v", warns)
	}
	want := []string{
		"Антона Антон noun:anim:m:v_rod:prop:fname",
		"Антонович Антонович noun:anim:m:v_naz:prop:pname",
		"хатою хата noun:inanim:f:v_oru",
		"відісланого відісланий adj:m:v_zna:ranim:adjp:pasv:perf",
	}
	have := strings.Join(got, "\n") + "\n"
	for _, w := range want {
		if !strings.Contains(have, w+"\n") {
			t.Errorf("missing %q in\n%s", w, have)
		}
	}
}

// FuzzLine expands arbitrary list lines with the fixture affixes: it must
// not panic, must report problems as positioned *Errors, and must produce
// valid UTF-8 entries with a form, a lemma and tags.
func FuzzLine(f *testing.F) {
	for _, s := range []string{
		"Токаєв /n2adj2.<+m", "завод /n20.a.p", "хата /n10 :+m", "Антон /n20.a.<.patr",
		"Білгород /n20.a - Дністровський /adj ^noun g=m", "авеню noun:f:nv", "пів numr:m:nv:np|numr:f:nv:np",
		"гладкий /adj \\\n +cs=гладший", "чийогось чийсь adj:m:v_rod/v_zn1//n:v_rod:pron:ind",
		"абонувати /v1 :imperf:perf p=3", "x /<+", "- - -", "a /n20.a.<+:up19 [b]",
	} {
		f.Add(s)
	}
	a := fixtureAffixes(f)
	f.Fuzz(func(t *testing.T, text string) {
		x := &vesum.Expander{Affixes: a, Warn: func(err error) {
			var e *vesum.Error
			if !errors.As(err, &e) || e.Pos.Line < 1 {
				t.Fatalf("bad warning %v", err)
			}
		}}
		for _, list := range []string{"names-anim.lst", "geo-other.lst"} {
			err := x.ExpandLines(list, strings.NewReader(text), func(e vesum.Entry) error {
				if e.Form == "" || e.Lemma == "" || e.Tags == "" {
					t.Fatalf("empty field in %q", e)
				}
				if !utf8.ValidString(e.Form) || !utf8.ValidString(e.Lemma) || !utf8.ValidString(e.Tags) {
					t.Fatalf("invalid UTF-8 in %q", e)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		}
	})
}

// FuzzAffixes parses arbitrary affix files: no panic, and every error has
// a position inside the input.
func FuzzAffixes(f *testing.F) {
	f.Add(fixture)
	f.Add("group n10\n(?<!і)[з]а:\nа у @ noun:f:v_zna\n")
	f.Add("subgroup x.y\nа: -б:\nа у # @ noun:f:v_zna//p:v_naz:subst\n")
	f.Fuzz(func(t *testing.T, text string) {
		a, err := vesum.ParseAffixes("f.aff", strings.NewReader(text))
		if err != nil {
			var list vesum.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error %v is not an ErrorList", err)
			}
			lines := strings.Count(text, "\n") + 1
			for _, e := range list {
				if e.Pos.Filename != "f.aff" || e.Pos.Line < 1 || e.Pos.Line > lines {
					t.Fatalf("error outside the input: %v", e)
				}
			}
			return
		}
		// A parsed file must expand words without panicking.
		for _, g := range a.Groups() {
			x := &vesum.Expander{Affixes: a}
			_ = x.ExpandLines("t.lst", strings.NewReader("слово /"+g+"\nхата /"+g+".a.p\n"), func(vesum.Entry) error { return nil })
		}
	})
}

// BenchmarkExpandDir expands the whole dict/ directory.
func BenchmarkExpandDir(b *testing.B) {
	dir := shared.TestPath(b, "vesum")
	a := loadAffixes(b)
	files, _ := filepath.Glob(filepath.Join(dir, "dict", "*.lst"))
	var size int64
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && !strings.HasPrefix(filepath.Base(f), "invalid") {
			size += st.Size()
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	entries := 0
	for b.Loop() {
		x := &vesum.Expander{Affixes: a}
		err := x.ExpandDir(filepath.Join(dir, "dict"), func(vesum.Entry) error {
			entries++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(entries)/b.Elapsed().Seconds(), "entries/s")
}
