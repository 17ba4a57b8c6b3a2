package morph

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vistka/vistka/hunspell"
)

// bareAff declines hard masculine nouns as hunspell-uk does, one flag a
// group of forms: S the singular, P the plural, V the vocative; F is a
// soft feminine noun's singular, Q a plural-only noun's cases.
const bareAff = `SET UTF-8
SFX S Y 3
SFX S 0 у [^аеєиіїоуюяь]
SFX S 0 ом [^аеєиіїоуюяь]
SFX S 0 і [^аеєиіїоуюяь]
SFX P Y 5
SFX P 0 и [^аеєиіїоуюяь]
SFX P 0 ів [^аеєиіїоуюяь]
SFX P 0 ам [^аеєиіїоуюяь]
SFX P 0 ами [^аеєиіїоуюяь]
SFX P 0 ах [^аеєиіїоуюяь]
SFX V Y 1
SFX V 0 е [^аеєиіїоуюяь]
SFX F Y 4
SFX F я і я
SFX F я ю я
SFX F я ею я
SFX F я ям я
SFX Q Y 3
SFX Q и ам и
SFX Q и ами и
SFX Q и ах и
`

// bareDic lists two flagged nouns and, flagless, a noun spelt out form by
// form (позов), a plural-only word (люди), the oblique forms of a noun
// whose lemma is elsewhere (великодня of великдень), and short words
// that share a stem by chance (про, пре, при, пру).
const bareDic = `закон/SPV
мороз/SPV
земля/F
ножиці/Q
позов
позову
позовом
позові
позови
позовів
позовам
позовами
позовах
позове
люди
людей
людям
людьми
людях
великодня
великодні
великодню
великоднем
великодням
великоднях
про
пре
при
пру
`

func bareTestDic(t *testing.T) (*hunspell.Aff, []hunspell.Entry) {
	t.Helper()
	aff, err := hunspell.ParseAff(strings.NewReader(bareAff), "bare.aff")
	if err != nil {
		t.Fatal(err)
	}
	dic, err := hunspell.ParseDic(strings.NewReader(bareDic), "bare.dic", aff)
	if err != nil {
		t.Fatal(err)
	}
	return aff, dic
}

func TestBareFamilies(t *testing.T) {
	aff, dic := bareTestDic(t)
	fams, taken := bareFamilies(aff, dic)
	got := map[string]string{}
	for i, f := range fams {
		var fl strings.Builder
		for _, x := range f.flags {
			fl.WriteString(x.Format(aff.FlagType))
		}
		hits := slices.Clone(f.hits)
		slices.Sort(hits)
		got[dic[i].Word] = fl.String() + " " + strings.Join(hits, ",")
	}
	want := map[string]string{
		// The analogue (закон, мороз: PSV) makes all nine listed forms
		// and no other.
		"позов": "PSV позовам,позовами,позовах,позове,позови,позовом,позову,позові,позовів",
	}
	for w, g := range got {
		if want[w] != g {
			t.Errorf("family %s = %q, want %q", w, g, want[w])
		}
	}
	for w, g := range want {
		if got[w] == "" {
			t.Errorf("family %s missing, want %q", w, g)
		}
	}
	for i := range dic {
		w := dic[i].Word
		inFamily := strings.HasPrefix(w, "позов")
		if taken[i] != inFamily {
			t.Errorf("taken[%s] = %v, want %v", w, taken[i], inFamily)
		}
	}
}

func TestLoadHunspellBareFamily(t *testing.T) {
	aff, dic := writeBareDictionary(t)
	entries, err := loadHunspell(context.Background(), aff, dic)
	if err != nil {
		t.Fatal(err)
	}
	lemmaOf := map[string][]string{}
	for _, e := range entries {
		for _, f := range e.forms {
			lemmaOf[f.form] = append(lemmaOf[f.form], e.lemma+"/"+e.flags)
		}
	}
	for form, want := range map[string]string{
		"позов":     "позов/PSV",
		"позови":    "позов/PSV",
		"позовами":  "позов/PSV",
		"люди":      "люди/", // plural-only: no singular instrumental, left alone
		"людям":     "людям/",
		"великодні": "великодні/", // the analogue (земля) makes three of the forms: left alone
		"пру":       "пру/",
		"закону":    "закон/PSV",
	} {
		if got := strings.Join(lemmaOf[form], " "); got != want {
			t.Errorf("%s: lemma/flags %q, want %q", form, got, want)
		}
	}
	if _, ok := lemmaOf["позова"]; ok {
		t.Error("позова made: a family keeps only the forms the dictionary lists")
	}
}

// bareSource tags some forms of закон and мороз, and позов only as the
// accusative.
func bareSource(fn func(Entry) error) error {
	for _, e := range []Entry{
		{"закон", "закон", "noun:inanim:m:v_naz"},
		{"закон", "закон", "noun:inanim:m:v_zna"},
		{"закону", "закон", "noun:inanim:m:v_rod"},
		{"законом", "закон", "noun:inanim:m:v_oru"},
		{"закони", "закон", "noun:inanim:p:v_naz"},
		{"законів", "закон", "noun:inanim:p:v_rod"},
		{"законами", "закон", "noun:inanim:p:v_oru"},
		{"мороз", "мороз", "noun:inanim:m:v_naz"},
		{"морози", "мороз", "noun:inanim:p:v_naz"},
		{"морозами", "мороз", "noun:inanim:p:v_oru"},
		{"позов", "позов", "noun:inanim:m:v_zna"},
	} {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

func TestBuildBareFamily(t *testing.T) {
	aff, dic := writeBareDictionary(t)
	data, _, err := BuildBytes(context.Background(), BuildConfig{
		Sources: []Source{bareSource}, HunspellAff: aff, HunspellDic: dic,
		Guess: GuessConfig{MinCount: 1}, Version: "test",
	})
	if err != nil {
		t.Fatal(err)
	}
	l, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		form, lemma, tag string
		want             bool
	}{
		{"позови", "позов", "noun:inanim:p:v_naz", true},
		{"позовами", "позов", "noun:inanim:p:v_oru", true},
		{"позови", "позови", "noun:inanim:p:v_naz", false},
		// the corpus's reading of позов stands alone, as for any flagless word
		{"позов", "позов", "noun:inanim:m:v_zna", true},
		{"позов", "позов", "noun:inanim:m:v_naz", false},
	} {
		got := slices.Contains(l.Lookup(tt.form), Analysis{tt.lemma, tt.tag})
		if got != tt.want {
			t.Errorf("Lookup(%s) = %v: has %s %s = %v, want %v", tt.form, l.Lookup(tt.form), tt.lemma, tt.tag, got, tt.want)
		}
	}
}

// writeBareDictionary writes bareAff and bareDic into a new directory
// and returns their paths.
func writeBareDictionary(t *testing.T) (aff, dic string) {
	t.Helper()
	dir := t.TempDir()
	aff, dic = filepath.Join(dir, "bare.aff"), filepath.Join(dir, "bare.dic")
	if err := os.WriteFile(aff, []byte(bareAff), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dic, []byte(bareDic), 0o644); err != nil {
		t.Fatal(err)
	}
	return aff, dic
}
