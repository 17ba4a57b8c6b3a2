package morph_test

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/vistka/vistka/morph"
)

// miniSource is a tiny tagged corpus for the mini hunspell dictionary.
func miniSource(fn func(morph.Entry) error) error {
	for _, e := range []morph.Entry{
		{"сила", "сила", "noun:inanim:f:v_naz"},
		{"сили", "сила", "noun:inanim:f:v_rod"},
		{"сили", "сила", "noun:inanim:p:v_naz"},
		{"силою", "сила", "noun:inanim:f:v_oru"},
		{"силу", "сила", "noun:inanim:f:v_zna"},
		{"Зима", "зима", "noun:inanim:f:v_naz"},
		{"зими", "зима", "noun:inanim:f:v_rod"},
		{"зимі", "зима", "noun:inanim:f:v_mis"},
		{"зимою", "зима", "noun:inanim:f:v_oru"},
		{"руки", "рука", "noun:inanim:p:v_naz"},
		{"руці", "рука", "noun:inanim:f:v_mis"},
		{"руку", "рука", "noun:inanim:f:v_zna"},
		{"рукою", "рука", "noun:inanim:f:v_oru"},
		{"водам", "вода", "noun:inanim:p:v_dav"},
		{"Блінкен", "Блінкен", "noun:anim:m:v_naz:prop:lname"},
		{"Блінкена", "Блінкен", "noun:anim:m:v_rod:prop:lname"},
		{"Блінкеном", "Блінкен", "noun:anim:m:v_oru:prop:lname"},
		{"Гаркен", "Гаркен", "noun:anim:m:v_naz:prop:lname"},
		{"Гаркена", "Гаркен", "noun:anim:m:v_rod:prop:lname"},
		{"Гаркеном", "Гаркен", "noun:anim:m:v_oru:prop:lname"},
		{"Геркен", "Геркен", "noun:anim:m:v_naz:prop:lname"},
		{"Геркена", "Геркен", "noun:anim:m:v_rod:prop:lname"},
		{"п’ять", "п’ять", "numr:p:v_naz"},
		{"п'яти", "п'ять", "numr:p:v_rod"},
		{"28", "28", "number"},
	} {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

func miniConfig() morph.BuildConfig {
	return morph.BuildConfig{
		Sources:     []morph.Source{miniSource},
		HunspellAff: "testdata/mini.aff",
		HunspellDic: "testdata/mini.dic",
		Guess:       morph.GuessConfig{MinCount: 1},
		Version:     "test",
	}
}

func TestBuildMini(t *testing.T) {
	ctx := context.Background()
	data, info, err := morph.BuildBytes(ctx, miniConfig())
	if err != nil {
		t.Fatal(err)
	}
	again, _, err := morph.BuildBytes(ctx, miniConfig())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Error("two builds of the same input differ")
	}
	l, err := morph.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d bytes, %d analyses (%d inferred): %s", info.Size, info.Triples, info.Inferred, info.Summary)
	tests := []struct {
		form, lemma, tag string
	}{
		{"нивою", "нива", "noun:inanim:f:v_oru"}, // inferred: no tagged form of нива
		{"ниву", "нива", "noun:inanim:f:v_zna"},
		{"водою", "вода", "noun:inanim:f:v_oru"},
		{"Сила", "сила", "noun:inanim:f:v_naz"},
		{"п’яти", "п'ять", "numr:p:v_rod"},
		{"БЛІНКЕНА", "Блінкен", "noun:anim:m:v_rod:prop:lname"},
	}
	for _, tt := range tests {
		if got := l.Lookup(tt.form); !has(got, tt.lemma, tt.tag) {
			t.Errorf("Lookup(%q) = %v, want %s %s", tt.form, got, tt.lemma, tt.tag)
		}
	}
	if got := l.Lookup("28"); got != nil {
		t.Errorf("Lookup(28) = %v; numbers stay out of the lexicon", got)
	}
	if got := l.Inflect("нива", "v_oru"); !slices.Equal(got, []string{"нивою"}) {
		t.Errorf("Inflect(нива, v_oru) = %q", got)
	}
	gs := l.Guess("Веркена", 3)
	if len(gs) == 0 || gs[0].Lemma != "Веркен" || gs[0].Tag != "noun:anim:m:v_rod:prop:lname" {
		t.Errorf("Guess(Веркена) = %v", gs)
	}
	if got := l.Inflect("Веркен", "v_oru"); !slices.Equal(got, []string{"Веркеном"}) {
		t.Errorf("Inflect(Веркен, v_oru) = %q", got)
	}
	if l.Meta("version") != "test" {
		t.Errorf("Meta(version) = %q", l.Meta("version"))
	}
}

func TestOpenBad(t *testing.T) {
	data, _, err := morph.BuildBytes(context.Background(), miniConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]byte{nil, []byte("VSTKLEX\x00"), data[:len(data)/2]} {
		if _, err := morph.Open(bad); err == nil {
			t.Errorf("Open(%d bytes) succeeded", len(bad))
		}
	}
	flipped := bytes.Clone(data)
	flipped[len(flipped)-5] ^= 0xFF
	if _, err := morph.Open(flipped); err == nil {
		t.Error("Open of a corrupted file succeeded")
	}
}

func FuzzLookup(f *testing.F) {
	data, _, err := morph.BuildBytes(context.Background(), miniConfig())
	if err != nil {
		f.Fatal(err)
	}
	l, err := morph.Open(data)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"сили", "БЛІНКЕНА", "п’яти", "", "\xff", "Веркена"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = l.Lookup(s)
		_ = l.Guess(s, 5)
		for _, a := range l.Lookup(s) {
			_ = l.Inflect(a.Lemma, "v_rod")
		}
	})
}
