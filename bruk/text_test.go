package bruk_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka/bruk"
)

// sents makes sentences of space-separated surfaces, "|" between
// sentences.
func sents(s string) []bruk.Sentence {
	var out []bruk.Sentence
	for part := range strings.SplitSeq(s, "|") {
		var toks []bruk.Token
		for f := range strings.FieldsSeq(part) {
			toks = append(toks, bruk.Token{Surface: f, Lemma: f, Tag: "x"})
		}
		out = append(out, bruk.Sentence{Tokens: toks})
	}
	return out
}

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Він прийшов .", "Він прийшов."},
		{"Так , звісно ; але : ні !", "Так, звісно; але: ні!"},
		{"Хто це ?! Він ... Вона … Ні ?..", "Хто це?! Він... Вона… Ні?.."},
		{"Він сказав : « Я прийду » .", "Він сказав: «Я прийду»."},
		{"рада ( парламент ) [ 1 ] { x }", "рада (парламент) [1] {x}"},
		{"зросло на 5 % і 3 ‰ , до 20 °", "зросло на 5% і 3‰, до 20°"},
		{"Київ – столиця — так - ні", "Київ – столиця — так - ні"},
		{`Він сказав " так " , а вона " ні " .`, `Він сказав "так", а вона "ні".`},
		{"газета „ День “ і “ Час ” .", "газета „День“ і “Час”."},
		{"“ Так “ .", "“Так“."},
		{"( « Так » )", "(«Так»)"},
		{"Перше речення .|Друге речення .", "Перше речення. Друге речення."},
		{"« Так .|Ні » , – сказав він .", "«Так. Ні», – сказав він."},
		{`" Одне .|Друге " .|Третє " слово "`, `"Одне. Друге". Третє "слово"`},
		{"ТОВ « Альфа » ( м . Київ )", "ТОВ «Альфа» (м. Київ)"},
		{"Луганський напрямок|Окупанти стріляли .|Усього 14|обстрілів .", "Луганський напрямок\n\nОкупанти стріляли. Усього 14\n\nобстрілів."},
		{"Заголовок|« Так » , – сказав він", "Заголовок\n\n«Так», – сказав він"},
		{"Він сказав :|« Так »", "Він сказав: «Так»"},
	}
	for _, tt := range tests {
		if got := bruk.Text(sents(tt.in)); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := bruk.TokensText(sents("Так , звісно .")[0].Tokens); got != "Так, звісно." {
		t.Errorf("TokensText = %q", got)
	}
}

// FuzzText checks that Text of any readable input keeps every
// non-space character of the tokens, in order, and only adds white space.
func FuzzText(f *testing.F) {
	f.Add("# doc = A\nВін\tвін\tnoun\n«\t«\tpunct\nтак\tтак\tpart\n»\t»\tpunct\n.\t.\tpunct\n")
	f.Add("\"\t\"\tpunct\n\"\t\"\tpunct\n\n“\t“\tpunct\n„\t„\tpunct\n”\t”\tpunct\n")
	f.Add("(\t(\tpunct\n)\t)\tpunct\n\n,\t,\tpunct\n")
	f.Fuzz(func(t *testing.T, in string) {
		ss, _ := bruk.Read(strings.NewReader(in), "f")
		got := bruk.Text(ss)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 %q", got)
		}
		var want strings.Builder
		for _, s := range ss {
			for _, tok := range s.Tokens {
				want.WriteString(tok.Surface)
			}
		}
		nospace := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if nospace(got) != nospace(want.String()) {
			t.Fatalf("Text = %q, tokens %q", got, want.String())
		}
		if strings.Contains(got, "  ") && !strings.Contains(want.String(), " ") {
			t.Fatalf("double space in %q", got)
		}
	})
}
