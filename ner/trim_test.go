package ner

import (
	"slices"
	"testing"

	"github.com/vistka/vistka"
)

func TestTrimSpans(t *testing.T) {
	tests := []struct {
		name string
		text string
		typ  string
		span [2]int   // token range
		tags []string // tags of the tokens, by index; "" for none
		want string
	}{
		{"preposition and its noun", "До завдань Департаменту захисту належить", "ORG", [2]int{0, 4},
			[]string{"prep", "noun", "noun", "noun"}, "Департаменту захисту"},
		{"preposition alone", "У Києві тепло", "LOC", [2]int{0, 2}, []string{"prep", "noun"}, "Києві"},
		{"trade mark", "гурт ТІЛО ™ виступив", "ORG", [2]int{1, 3}, nil, "ТІЛО"},
		{"initial", "В . Петренко сказав", "PERS", [2]int{0, 3}, []string{"prep"}, "В . Петренко"},
		{"period keeps its preposition", "протягом 2014 року", "PERIOD", [2]int{0, 3}, []string{"prep"}, "протягом 2014 року"},
		{"nothing capitalised left", "А ба ба га", "ORG", [2]int{0, 4}, []string{"conj"}, "А ба ба га"},
		{"conjunction inside stays", "Пролетарське і Кегичівське ПСГ", "ORG", [2]int{0, 4}, []string{"adj", "conj"}, "Пролетарське і Кегичівське ПСГ"},
		{"a common noun after a name", "з Фіданом безпеку в морі", "ORG", [2]int{1, 3},
			[]string{"prep", "noun:anim:m:v_oru:prop:fname", "noun:inanim:f:v_zna"}, "Фіданом"},
		{"a lower-case word inside an organisation's name stays", "Спілка письменників", "ORG", [2]int{0, 2},
			[]string{"noun:inanim:f:v_naz", "noun:anim:p:v_rod"}, "Спілка письменників"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := SimpleTokenize(tc.text)[0]
			for i, tag := range tc.tags {
				s.Tokens[i].Tag = tag
			}
			toks := s.Tokens[tc.span[0]:tc.span[1]]
			spans := []vistka.Span{{Start: toks[0].RStart, End: toks[len(toks)-1].REnd, Type: tc.typ, Text: joinTokens(toks)}}
			spans = trimSpans(&s, spans, 0)
			if got := spans[0].Text; got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if r := []rune(tc.text); string(r[spans[0].Start:spans[0].End]) != spans[0].Text {
				t.Errorf("offsets %d:%d give %q, text %q", spans[0].Start, spans[0].End, string(r[spans[0].Start:spans[0].End]), spans[0].Text)
			}
		})
	}
}

func TestTrimSpansPronoun(t *testing.T) {
	s := SimpleTokenize("Дякуємо Вам за Ваші листи")[0]
	s.Tokens[1].Tag = "noun:unanim:p:v_dav:&pron:pers:2"
	s.Tokens[3].Tag = "adj:p:v_zna:rinanim:&pron:pos"
	var spans []vistka.Span
	for _, i := range []int{1, 3} {
		tk := s.Tokens[i]
		spans = append(spans, vistka.Span{Start: tk.RStart, End: tk.REnd, Type: "LOC", Text: tk.Text})
	}
	spans = append([]vistka.Span{{Start: -2, End: -1, Type: "PERS"}}, spans...) // another sentence's
	if got := trimSpans(&s, spans, 1); len(got) != 1 || got[0].Type != "PERS" {
		t.Errorf("got %v, want only the other sentence's span", got)
	}
}

func TestSplitPersons(t *testing.T) {
	tests := []struct {
		name string
		text string
		tags []string // of the span's tokens
		want []string
	}{
		{"instrumental apposition", "МЗС Туреччини Хаканом Фіданом",
			[]string{"noun:inanim:n:v_naz:nv:abbr", "noun:inanim:f:v_rod:prop:geo", "noun:anim:m:v_oru", "noun:anim:m:v_oru:prop:fname"},
			[]string{"ORG МЗС Туреччини", "PERS Хаканом Фіданом"}},
		{"genitive name stays", "Фонд Ріната Ахметова",
			[]string{"noun:inanim:m:v_naz", "noun:anim:m:v_rod:prop:fname", "noun:anim:m:v_rod:prop:lname"},
			[]string{"ORG Фонд Ріната Ахметова"}},
		{"no person", "Управління Держпраці Сумами",
			[]string{"noun:inanim:n:v_naz", "noun:inanim:f:v_rod", "noun:inanim:p:v_oru:prop:geo"},
			[]string{"ORG Управління Держпраці Сумами"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := SimpleTokenize(tc.text)[0]
			for i, tag := range tc.tags {
				s.Tokens[i].Tag = tag
			}
			toks := s.Tokens
			spans := []vistka.Span{{Start: toks[0].RStart, End: toks[len(toks)-1].REnd, Type: "ORG", Text: joinTokens(toks)}}
			var got []string
			for _, sp := range splitPersons(toks, spans, 0) {
				got = append(got, sp.Type+" "+sp.Text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTrimSpansTitle(t *testing.T) {
	s := SimpleTokenize("Держсекретар Блінкен прибув")[0]
	s.Tokens[0].Lemma, s.Tokens[0].Tag = "держсекретар", "noun:anim:m:v_naz"
	s.Tokens[1].Lemma, s.Tokens[1].Tag = "Блінкен", "noun:anim:m:v_naz:prop:lname"
	toks := s.Tokens[:2]
	spans := []vistka.Span{{Start: toks[0].RStart, End: toks[1].REnd, Type: "PERS", Text: joinTokens(toks)}}
	if got := trimSpans(&s, spans, 0); len(got) != 1 || got[0].Text != "Блінкен" {
		t.Errorf("got %v, want the name without its title", got)
	}
}
