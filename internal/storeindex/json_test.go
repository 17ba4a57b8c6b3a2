package storeindex

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/vistka/vistka"
)

// TestExtractionJSON compares ExtractionJSON with json.Marshal on
// extractions filled at random, field by field through reflection, so
// that every field of the types is written, left empty, nil or zero in
// turn; a field that ExtractionJSON does not know makes them differ.
func TestExtractionJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 2000 {
		var ext vistka.Extraction
		fill(rng, reflect.ValueOf(&ext).Elem())
		want, err := json.Marshal(&ext)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ExtractionJSON(&ext)
		if err != nil || got != string(want) {
			t.Fatalf("extraction %d:\n got %s, %v\nwant %s", i, got, err, want)
		}
	}
	if got, err := ExtractionJSON(nil); got != "null" || err != nil {
		t.Errorf("ExtractionJSON(nil) = %s, %v", got, err)
	}
}

func TestExtractionJSONFloats(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1.5, 1e-6, 9.99e-7, 1e-7, 1.5e-9, 1e20, 1e21, 123456789e15, 2.5e300, -3e-300,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 0.1, 1.0 / 3} {
		ext := &vistka.Extraction{Amounts: []vistka.Amount{{Value: &f, Max: &f}}}
		want, _ := json.Marshal(ext)
		if got, err := ExtractionJSON(ext); err != nil || got != string(want) {
			t.Errorf("%v: got %s, %v, want %s", f, got, err, want)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		ext := &vistka.Extraction{Amounts: []vistka.Amount{{Value: &f}}}
		if got, err := ExtractionJSON(ext); err == nil {
			t.Errorf("%v: got %s, want an error", f, got)
		}
	}
}

// strSamples are strings with every kind of byte JSON escapes or checks.
var strSamples = []string{
	"", "Київ", "a\"b\\c", "<b>&amp;</b>", "\x00\x01\b\f\n\r\t\x1f\x7f", "line\u2028para\u2029", "bad\xffutf\xd0", "\xd0", "\xd1\x41",
	"ґЇєі’ʼ«»—…", "\ufffd", "😀 emoji", "Ω ǅ İ", "\xe2\x80", "\xe2\x80\xa8x", "mixed Київ <tag> \"q\" \u2029 \xc0\xaf",
}

// fill sets v, and everything in it, to random values.
func fill(rng *rand.Rand, v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if rng.IntN(3) > 0 {
			v.SetString(strSamples[rng.IntN(len(strSamples))])
		}
	case reflect.Int:
		v.SetInt(int64(rng.IntN(20000) - 100))
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 0)
	case reflect.Float64:
		v.SetFloat([]float64{0, 1, -2.5, 1e-7, 3e21, 1234567.891, 0.001}[rng.IntN(7)])
	case reflect.Pointer:
		if rng.IntN(2) == 0 {
			p := reflect.New(v.Type().Elem())
			fill(rng, p.Elem())
			v.Set(p)
		}
	case reflect.Slice:
		switch n := rng.IntN(5); n {
		case 0: // nil
		default:
			s := reflect.MakeSlice(v.Type(), n-1, n-1)
			for i := range n - 1 {
				fill(rng, s.Index(i))
			}
			v.Set(s)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			fill(rng, v.Field(i))
		}
	default:
		panic("fill: no values for " + v.Type().String())
	}
}

func TestStringsJSON(t *testing.T) {
	for _, s := range [][]string{nil, {}, {""}, strSamples} {
		want, _ := json.Marshal(NonNil(s))
		if got := StringsJSON(s); got != string(want) {
			t.Errorf("StringsJSON(%q) = %s, want %s", s, got, want)
		}
	}
}

// TestJSONStrRunes compares the string writer with json.Marshal on every
// rune below U+3000 and every byte from 0x80 on, alone and between
// Cyrillic letters, where its fast loop runs.
func TestJSONStrRunes(t *testing.T) {
	var parts []string
	for r := rune(0); r < 0x3000; r++ {
		parts = append(parts, string(r))
	}
	for c := 0x80; c <= 0xff; c++ {
		parts = append(parts, string([]byte{byte(c)}))
	}
	for _, p := range parts {
		for _, s := range []string{p, "Київ" + p + "ЯяЇ", "я" + p, p + "\xd0"} {
			want, _ := json.Marshal(s)
			var w jsonWriter
			w.str(s)
			if !bytes.Equal(w.b, want) {
				t.Fatalf("str(%+q) = %s, want %s", s, w.b, want)
			}
		}
	}
}
