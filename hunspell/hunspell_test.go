package hunspell_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vistka/vistka/hunspell"
)

const testAff = `SET UTF-8
FLAG UTF-8
NEEDAFFIX ~
FORBIDDENWORD !
ICONV 2
ICONV ’ '
ICONV ʼ '
IGNORE ́

SFX A Y 3
SFX A а и [^жчшщ]а
SFX A а і [жчшщ]а
SFX A а ою а ###

SFX B Y 1
SFX B 0 ів/C [^аеиоуя]

SFX C N 1
SFX C 0 ський .

PFX П Y 1
PFX П 0 най .
`

const testDic = `5
сила/A
каша/AП
стіл/B
корінь/~B
погань/!B
`

func parse(t *testing.T) (*hunspell.Aff, []hunspell.Entry) {
	t.Helper()
	aff, err := hunspell.ParseAff(strings.NewReader(testAff), "test.aff")
	if err != nil {
		t.Fatal(err)
	}
	dic, err := hunspell.ParseDic(strings.NewReader(testDic), "test.dic", aff)
	if err != nil {
		t.Fatal(err)
	}
	return aff, dic
}

func TestExpand(t *testing.T) {
	aff, dic := parse(t)
	want := map[string][]string{
		"сила":   {"сила =", "сили A0", "силою A2"},
		"каша":   {"каша =", "каші A1", "кашою A2", "найкаша П0", "найкаші П0+A1", "найкашою П0+A2"},
		"стіл":   {"стіл =", "стілів B0", "стілівський B0+C0"},
		"корінь": {"коріньів B0", "коріньівський B0+C0"},
		"погань": nil,
	}
	for _, e := range dic {
		t.Run(e.Word, func(t *testing.T) {
			var got []string
			aff.Expand(&e, func(f *hunspell.Form) {
				s := f.Word + " "
				id := func(r hunspell.RuleID) string {
					return r.Flag.Format(aff.FlagType) + string(rune('0'+r.Index))
				}
				switch {
				case f.Base():
					s += "="
				case !f.Prefix.IsZero() && !f.Suffix.IsZero():
					s += id(f.Prefix) + "+" + id(f.Suffix)
				case !f.Prefix.IsZero():
					s += id(f.Prefix)
				case !f.Suffix2.IsZero():
					s += id(f.Suffix) + "+" + id(f.Suffix2)
				default:
					s += id(f.Suffix)
				}
				if f.Entry.Word != e.Word {
					t.Errorf("lemma %q, want %q", f.Entry.Word, e.Word)
				}
				got = append(got, s)
			})
			w := want[e.Word]
			slices.Sort(got)
			slices.Sort(w)
			if !slices.Equal(got, w) {
				t.Errorf("got %q\nwant %q", got, w)
			}
		})
	}
	if got := aff.Convert("п’ять"); got != "п'ять" {
		t.Errorf("Convert = %q", got)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, aff, want string
	}{
		{"count", "SFX A Y 2\nSFX A 0 а .\nPFX B Y 0\n", "x.aff:3: SFX class A: expected 1 more rules"},
		{"cond", "SFX A Y 1\nSFX A 0 а [аб\n", "x.aff:2: SFX: condition \"[аб\": unclosed '['"},
		{"flag", "FLAG UTF-8\nSFX A Y 1\nSFX B 0 а .\n", "x.aff:3: SFX: rule flag \"B\" does not match class A"},
		{"header", "SFX A Q 1\n", "x.aff:1: SFX A: cross product must be Y or N, not \"Q\""},
		{"eof", "SFX A Y 3\nSFX A 0 а .\n", "x.aff:2: SFX class A: expected 2 more rules at end of file"},
		{"flagtype", "FLAG wide\n", "x.aff:1: FLAG: unknown type \"wide\""},
		{"set", "SET KOI8-U\n", "x.aff:1: SET KOI8-U: only UTF-8 dictionaries are supported"},
		{"num", "FLAG num\nSFX 70000 Y 0\n", "x.aff:2: SFX: bad flag \"70000\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := hunspell.ParseAff(strings.NewReader(tt.aff), "x.aff")
			var list hunspell.ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("err = %v, want an ErrorList", err)
			}
			if got := list[0].Error(); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
	aff, err := hunspell.ParseAff(strings.NewReader("FLAG long\n"), "l.aff")
	if err != nil {
		t.Fatal(err)
	}
	_, err = hunspell.ParseDic(strings.NewReader("2\nслово/abc\nінше/ab\n"), "l.dic", aff)
	if err == nil || !strings.HasPrefix(err.Error(), "l.dic:2: odd number") {
		t.Errorf("dic error = %v", err)
	}
}

func TestFlagTypes(t *testing.T) {
	aff, err := hunspell.ParseAff(strings.NewReader("FLAG num\nAF 1\nAF 12,7\nSFX 12 Y 1\nSFX 12 0 и .\n"), "n.aff")
	if err != nil {
		t.Fatal(err)
	}
	dic, err := hunspell.ParseDic(strings.NewReader("рука/1\n"), "n.dic", aff)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	aff.Expand(&dic[0], func(f *hunspell.Form) { got = append(got, f.Word) })
	if !slices.Equal(got, []string{"рука", "рукаи"}) {
		t.Errorf("got %q", got)
	}
}

// TestUkUA expands Debian's hunspell-uk, when installed.
func TestUkUA(t *testing.T) {
	const dir = "/usr/share/hunspell/"
	af, err := os.Open(dir + "uk_UA.aff")
	if err != nil {
		t.Skip("hunspell-uk not installed")
	}
	defer af.Close()
	start := time.Now()
	aff, err := hunspell.ParseAff(af, "uk_UA.aff")
	if err != nil {
		t.Fatal(err)
	}
	df, err := os.Open(dir + "uk_UA.dic")
	if err != nil {
		t.Fatal(err)
	}
	defer df.Close()
	forms, entries := 0, 0
	found := map[string]bool{}
	want := []string{"зустріч:зустрічей", "зустрітися:зустрілися", "Астана:Астані", "п'ять:п'яти", "Блінкен:Блінкена", "сила:силою"}
	wanted := map[string]bool{}
	for _, w := range want {
		wanted[strings.Split(w, ":")[0]] = true
	}
	err = hunspell.ReadDic(df, "uk_UA.dic", aff, func(e *hunspell.Entry) error {
		entries++
		aff.Expand(e, func(f *hunspell.Form) {
			forms++
			if wanted[f.Entry.Word] {
				found[f.Entry.Word+":"+f.Word] = true
			}
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d entries, %d forms in %v", entries, forms, time.Since(start))
	if entries < 300000 || forms < 3000000 {
		t.Errorf("too few: %d entries, %d forms", entries, forms)
	}
	for _, w := range want {
		if !found[w] {
			t.Errorf("missing %s", w)
		}
	}
}

func FuzzParseAff(f *testing.F) {
	f.Add(testAff)
	f.Add("FLAG long\nAF 1\nAF aabb\nPFX aa N 1\nPFX aa 0 не/bb [^н]\nSFX bb Y 1\nSFX bb а и/aa а\n")
	f.Add("FLAG num\nSFX 1 Y 2\nSFX 1 0 а [^а]\nSFX 1 а 0 а\n")
	f.Fuzz(func(t *testing.T, s string) {
		aff, err := hunspell.ParseAff(strings.NewReader(s), "f.aff")
		if err != nil {
			var list hunspell.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error is not an ErrorList: %v", err)
			}
			return
		}
		dic, _ := hunspell.ParseDic(strings.NewReader("3\nслово/A\nкаша/AП12aabb\nx/1,2\n"), "f.dic", aff)
		for i := range dic {
			n := 0
			aff.Expand(&dic[i], func(*hunspell.Form) { n++ })
		}
	})
}

func FuzzParseDic(f *testing.F) {
	f.Add(testDic)
	f.Add("2\nа\\/б/A морф:x\n/A\n")
	aff, err := hunspell.ParseAff(strings.NewReader(testAff), "test.aff")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		dic, err := hunspell.ParseDic(strings.NewReader(s), "f.dic", aff)
		if err != nil {
			var list hunspell.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error is not an ErrorList: %v", err)
			}
		}
		for i := range dic {
			if dic[i].Word == "" {
				t.Fatal("empty word")
			}
			aff.Expand(&dic[i], func(f *hunspell.Form) {
				if f.Word == "" && !f.Base() {
					return
				}
			})
		}
	})
}
