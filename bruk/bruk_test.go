package bruk_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/bruk"
	"github.com/vistka/vistka/internal/shared"
)

func TestRead(t *testing.T) {
	in := "# doc = A\nЯку\tякий\tadj:f:v_zna:pron:int:rel:def\r\nсилу\tсила\tnoun:inanim:f:v_zna\n\n\n" +
		"# doc = B\n!\t!\tpunct\n"
	sents, err := bruk.Read(strings.NewReader(in), "x.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	if s := sents[0]; s.Doc != "A" || s.Line != 2 || len(s.Tokens) != 2 ||
		s.Tokens[0] != (bruk.Token{Surface: "Яку", Lemma: "який", Tag: "adj:f:v_zna:pron:int:rel:def"}) {
		t.Errorf("sentence 0 = %+v", s)
	}
	if s := sents[1]; s.Doc != "B" || s.Line != 7 || s.Tokens[0].Tag != "punct" {
		t.Errorf("sentence 1 = %+v", s)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		pos      bruk.Pos
	}{
		{"no tab", "а\tа\tconj\nслово\n", bruk.Pos{Filename: "f", Line: 2}},
		{"two fields", "слово\tслово\n", bruk.Pos{Filename: "f", Line: 1, Column: 22}},
		{"four fields", "а\tб\tв\tг\n", bruk.Pos{Filename: "f", Line: 1, Column: 9}},
		{"empty lemma", "\n\nа\t\tconj\n", bruk.Pos{Filename: "f", Line: 3, Column: 4}},
		{"empty tags", "а\tа\t\n", bruk.Pos{Filename: "f", Line: 1, Column: 7}},
		{"bad utf8", "а\t\xffа\tconj\n", bruk.Pos{Filename: "f", Line: 1, Column: 4}},
		{"long line", strings.Repeat("а", 1<<20) + "\n", bruk.Pos{Filename: "f", Line: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := bruk.Read(strings.NewReader(tt.in+"б\tб\tpart\n"), "f")
			var list bruk.ErrorList
			if !errors.As(err, &list) || len(list) != 1 {
				t.Fatalf("err = %v, want one positioned error", err)
			}
			if list[0].Pos != tt.pos {
				t.Errorf("pos = %v, want %v (%v)", list[0].Pos, tt.pos, list[0])
			}
		})
	}
}

func TestIsDev(t *testing.T) {
	var n int
	for i := range 1000 {
		if bruk.IsDev(fmt.Sprint("doc", i)) {
			n++
		}
	}
	if n < 60 || n > 140 {
		t.Errorf("IsDev picked %d of 1000 names, want about 100", n)
	}
	if bruk.IsDev("") != (2166136261%10 == 0) {
		t.Error("IsDev(\"\") disagrees with FNV-32a's offset basis")
	}
}

func TestTrainFile(t *testing.T) {
	path := shared.TestPath(t, "bruk", "train.tsv")
	sents, err := bruk.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]bool{}
	var ntok int
	for _, s := range sents {
		docs[s.Doc] = true
		ntok += len(s.Tokens)
	}
	if len(docs) != 730 || ntok != 664633 {
		t.Errorf("read %d documents, %d tokens; want 730, 664633", len(docs), ntok)
	}
	train, dev := bruk.Split(sents)
	if len(train)+len(dev) != len(sents) || len(dev) < len(sents)/20 || len(dev) > len(sents)/5 {
		t.Errorf("split %d/%d sentences", len(train), len(dev))
	}
}

func TestTokens(t *testing.T) {
	in := "# comment\nЯку\nсилу\tсила\tnoun\n!\n\n\n#\n20 000\n"
	sents, err := bruk.ReadTokens(strings.NewReader(in), "in")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || len(sents[0].Tokens) != 3 || len(sents[1].Tokens) != 2 {
		t.Fatalf("sentences = %+v", sents)
	}
	text := "Яку силу !\n# 20 000"
	for _, s := range sents {
		for _, tok := range s.Tokens {
			if text[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q has offsets [%d,%d) = %q", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
			}
			if r := []rune(text); string(r[tok.RStart:tok.REnd]) != tok.Text {
				t.Errorf("token %q has code-point offsets [%d,%d)", tok.Text, tok.RStart, tok.REnd)
			}
		}
	}
	if k := sents[0].Tokens[2].Kind; k != vistka.Punct {
		t.Errorf("kind of ! = %v", k)
	}
	if k := sents[1].Tokens[1].Kind; k != vistka.Number {
		t.Errorf("kind of 20 000 = %v", k)
	}
	sents[0].Tokens[0].Lemma, sents[0].Tokens[0].Tag = "який", "adj:f:v_zna"
	sents[0].Tokens[1].Lemma = "си\tла"
	var buf bytes.Buffer
	if err := bruk.WriteSentences(&buf, sents[:1]); err != nil {
		t.Fatal(err)
	}
	want := "Яку\tякий\tadj:f:v_zna\nсилу\tси ла\t\n!\t\t\n\n"
	if buf.String() != want {
		t.Errorf("wrote %q, want %q", buf.String(), want)
	}
}

func TestKind(t *testing.T) {
	tests := map[string]vistka.TokenKind{
		"слово": vistka.Word, "п'яти": vistka.Word, "1,5-2": vistka.Number, "«": vistka.QuoteMark,
		"—": vistka.Dash, "...": vistka.Punct, "%": vistka.Symbol, "тис.": vistka.Abbr, "Е.": vistka.Initial,
		"COVID-19": vistka.Code,
	}
	for in, want := range tests {
		if got := bruk.Kind(in); got != want {
			t.Errorf("Kind(%q) = %v, want %v", in, got, want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("# doc = A\nа\tа\tconj\n\nб\tб\tpart\n")
	f.Add("а\tа\n\t\t\n\xff\n")
	f.Add("# comment\nтокен\n\n# doc = x\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, _ := bruk.Read(strings.NewReader(in), "f")
		for _, s := range sents {
			if len(s.Tokens) == 0 {
				t.Fatal("empty sentence")
			}
			for _, tok := range s.Tokens {
				if tok.Surface == "" || tok.Lemma == "" || tok.Tag == "" || !utf8.ValidString(tok.Surface+tok.Lemma+tok.Tag) {
					t.Fatalf("bad token %+v", tok)
				}
			}
		}
		tr := bruk.NewTokenReader(strings.NewReader(in), "f")
		for range len(in) + 2 {
			s, err := tr.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				continue
			}
			var buf bytes.Buffer
			w := bufio.NewWriter(&buf)
			bruk.WriteSentence(w, s)
			w.Flush()
			back, err := bruk.ReadTokens(&buf, "out")
			if err != nil || len(back) != 1 || len(back[0].Tokens) != len(s.Tokens) {
				t.Fatalf("round trip of %+v: %v %+v", s, err, back)
			}
		}
	})
}
