package brat_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka/brat"
	"github.com/vistka/vistka/internal/shared"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []brat.Annotation
		err  string
	}{
		{"tabs", "T1\tPERS\t0\t7\tУстимко\n", []brat.Annotation{{"T1", "PERS", 0, 7, "Устимко"}}, ""},
		{"standard", "T1\tPERS 0 7\tУстимко\n", []brat.Annotation{{"T1", "PERS", 0, 7, "Устимко"}}, ""},
		{"blank lines and CRLF", "\nT1\tLOC 1 3\tab\r\n\n\nT2\tORG\t4\t5\tc", []brat.Annotation{{"T1", "LOC", 1, 3, "ab"}, {"T2", "ORG", 4, 5, "c"}}, ""},
		{"continuation", "T1\tORG\t0\t9\tвул.\nШевченка\nT2\tLOC\t10\t12\tьв\n", []brat.Annotation{{"T1", "ORG", 0, 9, "вул.\nШевченка"}, {"T2", "LOC", 10, 12, "ьв"}}, ""},
		{"two continuations", "T1\tORG\t0\t5\ta\nb\nc\n", []brat.Annotation{{"T1", "ORG", 0, 5, "a\nb\nc"}}, ""},
		{"discontinuous", "T1\tLOC 0 3;5 8\tabc def\n", []brat.Annotation{{"T1", "LOC", 0, 8, "abc def"}}, ""},
		{"others skipped", "R1\tRel Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes T1\tx\nA1\tNeg T1\n", nil, ""},
		{"bad offset", "T1\tPERS\tx\t7\tУстимко\n", nil, "line 1: T1: start: bad offset"},
		{"end before start", "T1\tPERS 9 7\tx\n", nil, "end 7 before start 9"},
		{"stray line", "hello\n", nil, `line 1: unexpected line "hello"`},
		{"short", "T1\tPERS 9\tx\n", nil, "want TYPE START END"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := brat.Parse("", []byte(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				var list brat.ErrorList
				if !errors.As(err, &list) || list[0].Pos.Line == 0 {
					t.Fatalf("err %v carries no position", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("got %+v, want %+v", got[i], tt.want[i])
				}
			}
		})
	}
}

func TestWriteRoundTrip(t *testing.T) {
	anns := []brat.Annotation{{"T1", "PERS", 0, 7, "Устимко"}, {"", "LOC", 8, 14, "Київ\nа"}}
	var buf bytes.Buffer
	if err := brat.Write(&buf, anns); err != nil {
		t.Fatal(err)
	}
	want := "T1\tPERS 0 7\tУстимко\nT2\tLOC 8 14\tКиїв а\n"
	if buf.String() != want {
		t.Fatalf("got %q, want %q", buf.String(), want)
	}
	got, err := brat.Parse("x.ann", buf.Bytes())
	if err != nil || len(got) != 2 || got[1].Start != 8 || got[1].End != 14 || got[1].ID != "T2" {
		t.Fatalf("round trip: %v %v", got, err)
	}
	if err := brat.Write(&buf, []brat.Annotation{{Type: "A B"}}); err == nil {
		t.Fatal("type with a space written")
	}
}

func TestCheck(t *testing.T) {
	text := "Київ і Львів"
	ok := []brat.Annotation{{"T1", "LOC", 0, 4, "Київ"}, {"T2", "LOC", 7, 12, "Львів"}}
	if err := brat.Check("a.ann", text, ok); err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]brat.Annotation{{{"T1", "LOC", 0, 5, "Київ"}}, {{"T1", "LOC", 7, 13, "Львів"}}} {
		if err := brat.Check("a.ann", text, bad); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}

func TestReadDirNERUK(t *testing.T) {
	dir := shared.TestPath(t, "ner-uk", "train")
	docs, err := brat.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 391 {
		t.Errorf("%d documents, want 391", len(docs))
	}
	n := 0
	types := map[string]int{}
	for _, d := range docs {
		n += len(d.Annotations)
		for _, a := range d.Annotations {
			types[a.Type]++
		}
	}
	if n < 15000 || len(types) != 13 {
		t.Errorf("%d annotations of %d types", n, len(types))
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"T1\tPERS\t0\t7\tУстимко\n",
		"T1\tPERS 0 7\tУстимко\n\nT2\tLOC 1 2;3 4\tx y\n",
		"T1\tORG\t0\t9\tвул.\nШевченка\n",
		"R1\tRel Arg1:T1 Arg2:T2\n#1\tNote T1\tx\n",
		"T1\tX -1 99999999999999999999\t\xff\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		anns, err := brat.Parse("f.ann", data)
		for _, a := range anns {
			if a.Start < 0 || a.End < a.Start || !utf8.ValidString(a.Text) || a.Type == "" {
				t.Fatalf("bad annotation %+v", a)
			}
		}
		if err != nil {
			var list brat.ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v is not an ErrorList", err)
			}
		}
		var buf bytes.Buffer
		if err := brat.Write(&buf, anns); err != nil {
			return
		}
		again, err := brat.Parse("g.ann", buf.Bytes())
		if err != nil || len(again) != len(anns) {
			t.Fatalf("written annotations do not parse back: %v (%d vs %d)\n%q", err, len(again), len(anns), buf.String())
		}
		_ = brat.Check("f.ann", "текст", anns)
	})
}
