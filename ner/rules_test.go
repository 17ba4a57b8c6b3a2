package ner

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/vistka/vistka"
)

// markedSentence reads a sentence whose spans are marked [TYPE words]
// into its tokens (SimpleTokenize) and spans.
func markedSentence(t *testing.T, marked string) (vistka.Sentence, []vistka.Span) {
	t.Helper()
	var text strings.Builder
	type mark struct {
		typ        string
		start, end int // runes
	}
	var marks []mark
	runes := 0
	for rest := marked; rest != ""; {
		i := strings.IndexByte(rest, '[')
		if i < 0 {
			text.WriteString(rest)
			break
		}
		text.WriteString(rest[:i])
		runes += len([]rune(rest[:i]))
		j := strings.IndexByte(rest, ']')
		typ, words, _ := strings.Cut(rest[i+1:j], " ")
		marks = append(marks, mark{typ, runes, runes + len([]rune(words))})
		text.WriteString(words)
		runes += len([]rune(words))
		rest = rest[j+1:]
	}
	sents := SimpleTokenize(text.String())
	if len(sents) != 1 {
		t.Fatalf("%q: %d sentences", marked, len(sents))
	}
	s := sents[0]
	var spans []vistka.Span
	for _, m := range marks {
		a, b := vistka.TokensIn(s.Tokens, m.start, m.end)
		if b <= a {
			t.Fatalf("%q: span %v off the tokens", marked, m)
		}
		spans = append(spans, vistka.Span{Start: m.start, End: m.end, Type: m.typ, Text: joinTokens(s.Tokens[a:b])})
	}
	return s, spans
}

func spanStrings(spans []vistka.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, fmt.Sprintf("%s %s", s.Type, s.Text))
	}
	return out
}

func TestJoinBranches(t *testing.T) {
	tests := []struct {
		name, marked string
		want         []string
	}{
		{"region", "Це зробило [ORG Управління МНС України] в [LOC Житомирській області] .",
			[]string{"ORG Управління МНС України в Житомирській області"}},
		{"city after м.", "Лист надіслали до [ORG ГУ ДФС] у м. [LOC Києві] .",
			[]string{"ORG ГУ ДФС у м. Києві"}},
		{"city after місті", "У [ORG Головного управління Нацполіції] у місті [LOC Києві] .",
			[]string{"ORG Головного управління Нацполіції у місті Києві"}},
		{"city and region", "[ORG ГУ СБУ] в м. [LOC Києві] та [LOC Київській області] повідомило .",
			[]string{"ORG ГУ СБУ в м. Києві та Київській області"}},
		{"a city alone stays apart", "[ORG Партії регіонів] у [LOC Краматорську] .",
			[]string{"ORG Партії регіонів", "LOC Краматорську"}},
		{"other words between", "[ORG Нафтогаз] працює в [LOC Житомирській області] .",
			[]string{"ORG Нафтогаз", "LOC Житомирській області"}},
		{"a person before", "[PERS Петренко] у [LOC Житомирській області] .",
			[]string{"PERS Петренко", "LOC Житомирській області"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, spans := markedSentence(t, tt.marked)
			got := spanStrings(joinBranches(s.Tokens, spans, 0))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMakePeriods(t *testing.T) {
	tests := []struct {
		name, marked string
		want         []string
	}{
		{"по", "Працював з [DATE 12 березня 2014 року] по [DATE 14 вересня 2015 року] .",
			[]string{"PERIOD 12 березня 2014 року по 14 вересня 2015 року"}},
		{"a dash between dates", "Тривало [DATE 13 жовтня] – [DATE 12 листопада 2015 р.] .",
			[]string{"PERIOD 13 жовтня – 12 листопада 2015 р."}},
		{"a date and a period", "Від [DATE 1904] до [PERIOD 1918 року] .",
			[]string{"PERIOD 1904 до 1918 року"}},
		{"days with a dash", "Виставка [DATE 14-21 лютого] .", []string{"PERIOD 14-21 лютого"}},
		{"months with a dash", "У [DATE квітні-листопаді 2015 року] .", []string{"PERIOD квітні-листопаді 2015 року"}},
		{"years with a dash apart", "Жив у [DATE 1824 – 1872] роках .", []string{"PERIOD 1824 – 1872"}},
		{"a date alone", "Це сталося [DATE 2014-го] року .", []string{"DATE 2014-го"}},
		{"two dates with і", "Зустрічі [DATE 5 травня] і [DATE 7 травня] .", []string{"DATE 5 травня", "DATE 7 травня"}},
		{"a date and a place", "[DATE 5 травня] до [LOC Києва] .", []string{"DATE 5 травня", "LOC Києва"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, spans := markedSentence(t, tt.marked)
			got := spanStrings(makePeriods(s.Tokens, spans, 0))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAddStreetWords(t *testing.T) {
	tests := []struct {
		name, marked string
		want         []string
	}{
		{"a street", "Ремонт на вулиці [LOC Коновальця] .", []string{"LOC вулиці Коновальця"}},
		{"a street named after a person", "Ремонт на вулиці [PERS Ольги Дучимінської] .", []string{"LOC вулиці Ольги Дучимінської"}},
		{"an abbreviation", "Будинок на вул . [PERS Шевченка] .", []string{"LOC вул . Шевченка"}},
		{"inside already", "Ремонт на [LOC вул. Шевченка] .", []string{"LOC вул. Шевченка"}},
		{"no street word", "Зустріч з [PERS Ольгою Дучимінською] .", []string{"PERS Ольгою Дучимінською"}},
		{"a date after", "На площі [DATE 5 травня] .", []string{"DATE 5 травня"}},
		{"the streets of a city", "Люди вийшли на вулиці [LOC Кишинева] .", []string{"LOC Кишинева"}},
	}
	// The pipeline tagger's tags of the words the rule reads them of.
	tags := map[string]string{"Кишинева": "noun:inanim:m:v_rod:prop:geo", "Коновальця": "noun:anim:m:v_rod:prop:lname"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, spans := markedSentence(t, tt.marked)
			for k := range s.Tokens {
				s.Tokens[k].Tag = tags[s.Tokens[k].Text]
			}
			got := spanStrings(addStreetWords(s.Tokens, spans, 0))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestJoinNamedAfter(t *testing.T) {
	tests := []struct {
		name, marked string
		want         []string
	}{
		{"the name with ім.", "Студенти [ORG К-ПНУ] [PERS ім . Івана Огієнка] .", []string{"ORG К-ПНУ ім . Івана Огієнка"}},
		{"ім. in the body", "Вчені [ORG Інституту ботаніки ім .] [PERS М . Холодного] .", []string{"ORG Інституту ботаніки ім . М . Холодного"}},
		{"імені between", "Голова [ORG колгоспу] імені [LOC Паризької Комуни] .", []string{"ORG колгоспу імені Паризької Комуни"}},
		{"no імені", "Директор [ORG К-ПНУ] [PERS Івана Огієнка] .", []string{"ORG К-ПНУ", "PERS Івана Огієнка"}},
		{"a full stop alone", "Це [ORG К-ПНУ] . [PERS Іван] прийшов .", []string{"ORG К-ПНУ", "PERS Іван"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, spans := markedSentence(t, tt.marked)
			got := spanStrings(joinNamedAfter(s.Tokens, spans, 0))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestJoinFirstNames: a capitalised word the tagger read as an animate
// common noun right before a surname alone is its first name; a word
// opening the sentence, a word of another span, a known first name's
// title (not animate-noun tagged) stay out.
func TestJoinFirstNames(t *testing.T) {
	for _, tc := range []struct {
		words string // text/lemma/tag, the span is the last word
		want  string
	}{
		{"з/з/prep прем'єром/прем'єр/noun:anim:m:v_oru Японії/Японія/noun:inanim:f:v_rod:prop:geo Сігеру/сігер/noun:anim:m:v_dav Ісібою/Ісіба/noun:anim:f:v_oru:prop:lname", "PERS Сігеру Ісібою"},
		{"Сігеру/сігер/noun:anim:m:v_naz Ісіба/Ісіба/noun:anim:f:v_naz:prop:lname", "PERS Ісіба"},
		{"з/з/prep міністром/міністр/noun:anim:m:v_oru ТУРЕЧЧИНИ/Туреччина/noun:inanim:f:v_rod:prop:geo Фіданом/Фідан/noun:anim:m:v_oru:prop:lname", "PERS Фіданом"},
		// an unknown first name read as an inanimate noun, in the surname's case
		{"Лідер/лідер/noun:anim:m:v_naz «/«/punct Світанку/світанок/noun:inanim:m:v_rod »/»/punct Драган/драган/noun:inanim:m:v_naz Драганов/Драганов/noun:anim:m:v_naz:prop:lname", "PERS Драган Драганов"},
		{"зустрілися/зустрітися/verb:perf:past:p з/з/prep Драганом/драган/noun:inanim:m:v_oru Драганов/Драганов/noun:anim:m:v_naz:prop:lname", "PERS Драганов"},
		{"грант/грант/noun:inanim:m:v_naz від/від/prep Фонду/фонд/noun:inanim:m:v_rod Драганова/Драганов/noun:anim:m:v_rod:prop:lname", "PERS Драганова"},
		{"заявив/заявити/verb:perf:past:m генсек/генсек/noun:anim:m:v_naz Мажору/мажор/noun:inanim:m:v_rod Драганова/Драганов/noun:anim:m:v_rod:prop:lname", "PERS Драганова"},
		// a foreign first name read as an indeclinable common noun (a coin)
		{"зустрівся/зустрітися/verb:rev:perf:past:m з/з/prep Пенні/пенні/noun:inanim:f:v_oru:nv Вонг/Вонг/noun:anim:m:v_naz:prop:fname", "PERS Пенні Вонг"},
		{"Міністерка/міністерка/noun:anim:f:v_naz Пенні/пенні/noun:inanim:f:v_naz:nv Вонг/Вонг/noun:anim:f:v_naz:prop:lname", "PERS Пенні Вонг"},
		// but not a body's word that does not decline
		{"звіт/звіт/noun:inanim:m:v_naz Бюро/бюро/noun:inanim:n:v_rod:nv Кравченка/Кравченко/noun:anim:m:v_rod:prop:lname", "PERS Кравченка"},
	} {
		toks := taggedTokens(tc.words)
		last := toks[len(toks)-1]
		spans := []vistka.Span{{Start: last.RStart, End: last.REnd, Type: "PERS", Text: last.Text}}
		var got []string
		for _, sp := range joinFirstNames(toks, spans, 0) {
			got = append(got, sp.Type+" "+sp.Text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: got %q, want %q", tc.words, got, tc.want)
		}
	}
}

// TestJoinOrgAnd: a body's name that lists its fields goes on over і and
// the last field; a body's name that ends with the body does not.
func TestJoinOrgAnd(t *testing.T) {
	for _, tc := range []struct {
		words string // text/lemma/tag; the ORG span is the first n words
		n     int
		want  string
	}{
		{"Міністерства/міністерство/noun:inanim:n:v_rod регіонального/регіональний/adj:m:v_rod розвитку/розвиток/noun:inanim:m:v_rod і/і/conj:coord будівництва/будівництво/noun:inanim:n:v_rod ./././punct", 3,
			"ORG Міністерства регіонального розвитку і будівництва"},
		{"обласної/обласний/adj:f:v_rod ради/рада/noun:inanim:f:v_rod і/і/conj:coord договору/договір/noun:inanim:m:v_rod ./././punct", 2,
			"ORG обласної ради"},
		{"Міністерства/міністерство/noun:inanim:n:v_rod регіонального/регіональний/adj:m:v_rod розвитку/розвиток/noun:inanim:m:v_rod та/та/conj:coord інших/інший/adj:p:v_rod органів/орган/noun:inanim:p:v_rod ./././punct", 3,
			"ORG Міністерства регіонального розвитку"},
	} {
		toks := taggedTokens(tc.words)
		spans := []vistka.Span{{Start: toks[0].RStart, End: toks[tc.n-1].REnd, Type: "ORG", Text: joinTokens(toks[:tc.n])}}
		var got []string
		for _, sp := range joinOrgAnd(toks, spans, 0) {
			got = append(got, sp.Type+" "+sp.Text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: got %q, want %q", tc.words, got, tc.want)
		}
	}
}

func TestAddSurnames(t *testing.T) {
	for _, tc := range []struct {
		words string // text/lemma/tag, with no span
		want  string
	}{
		{"Сибіга/Сибіга/noun:anim:m:v_naz:prop:lname прибув/прибути/verb:perf:past:m до/до/prep Анкари/Анкара/noun:inanim:f:v_rod:prop:geo", "PERS Сибіга"},
		// the verb agrees with another subject
		{"Коваль/Коваль/noun:anim:m:v_naz:prop:lname прибула/прибути/verb:perf:past:f", ""},
		// no verb in the past after it
		{"Коваль/Коваль/noun:anim:m:v_naz:prop:lname заявляє/заявляти/verb:imperf:pres:s:3", ""},
		// written in capitals: a heading
		{"КОВАЛЬ/Коваль/noun:anim:m:v_naz:prop:lname прибув/прибути/verb:perf:past:m", ""},
	} {
		toks := taggedTokens(tc.words)
		var got []string
		for _, sp := range addSurnames(toks, nil, 0) {
			got = append(got, sp.Type+" "+sp.Text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: got %q, want %q", tc.words, got, tc.want)
		}
	}
}

func TestMiscPersons(t *testing.T) {
	for _, tc := range []struct {
		words string // text/lemma/tag; the MISC span is all the words
		want  string
	}{
		{"Хаканом/хакан/noun:anim:m:v_oru Фіданом/Фідан/noun:anim:m:v_oru:prop:fname", "PERS"},
		{"Революції/революція/noun:inanim:f:v_rod Гідності/гідність/noun:inanim:f:v_rod", "MISC"},
		{"Золотий/золотий/adj:m:v_naz Лев/Лев/noun:anim:m:v_naz:prop:fname", "MISC"},
	} {
		toks := taggedTokens(tc.words)
		spans := []vistka.Span{{Start: toks[0].RStart, End: toks[len(toks)-1].REnd, Type: "MISC", Text: joinTokens(toks)}}
		if got := miscPersons(toks, spans, 0)[0].Type; got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.words, got, tc.want)
		}
	}
}

// taggedTokens reads words written text/lemma/tag, split by spaces, into
// tokens with those lemmas and tags.
func taggedTokens(words string) []vistka.Token {
	ws := strings.Fields(words)
	var texts []string
	for _, w := range ws {
		texts = append(texts, strings.SplitN(w, "/", 2)[0])
	}
	toks := SimpleTokenize(strings.Join(texts, " "))[0].Tokens
	for i, w := range ws {
		f := strings.SplitN(w, "/", 3)
		toks[i].Lemma, toks[i].Tag = f[1], f[2]
	}
	return toks
}

func TestRetypePlaceKinds(t *testing.T) {
	toks := []vistka.Token{
		{Text: "порту", Lemma: "порт", Tag: "noun:inanim:m:v_rod", RStart: 0, REnd: 5},
		{Text: "Мууга", Lemma: "Мууга", Tag: "noun:anim:f:v_naz:prop:lname", RStart: 6, REnd: 11},
		{Text: "селі", Lemma: "село", Tag: "noun:inanim:n:v_mis", RStart: 12, REnd: 16},
		{Text: "Коля", Lemma: "Коля", Tag: "noun:anim:m:v_naz:prop:fname", RStart: 17, REnd: 21},
		{Text: "міста", Lemma: "місто", Tag: "noun:inanim:n:v_rod", RStart: 22, REnd: 27},
		{Text: "Ігор", Lemma: "Ігор", Tag: "noun:anim:m:v_naz:prop:fname", RStart: 28, REnd: 32},
		{Text: "Слюзар", Lemma: "Слюзар", Tag: "noun:anim:m:v_naz:prop:lname", RStart: 33, REnd: 39},
		{Text: "порту", Lemma: "порт", Tag: "noun:inanim:m:v_mis", RStart: 40, REnd: 45},
		{Text: "Ізмаїла", Lemma: "Ізмаїл", Tag: "noun:anim:m:v_rod:prop:fname", RStart: 46, REnd: 53},
	}
	spans := []vistka.Span{
		{Start: 6, End: 11, Type: "PERS", Text: "Мууга"},
		{Start: 17, End: 21, Type: "PERS", Text: "Коля"},
		{Start: 28, End: 39, Type: "PERS", Text: "Ігор Слюзар"},
		{Start: 46, End: 53, Type: "PERS", Text: "Ізмаїла"}, // a first name the gazetteer lists as a town
	}
	got := retypePlaceKinds(toks, spans, 0)
	want := []string{"LOC", "PERS", "PERS", "LOC"}
	for i, sp := range got {
		if sp.Type != want[i] {
			t.Errorf("%s: got %s, want %s", sp.Text, sp.Type, want[i])
		}
	}
}

func TestNotDative(t *testing.T) {
	tok := func(text, tag string) vistka.Token { return vistka.Token{Text: text, Tag: tag} }
	name := []vistka.Token{tok("Александру", "noun:anim:m:v_dav:prop:fname"), tok("Мунтяну", "noun:anim:m:v_dav:prop:lname")}
	tests := []struct {
		name   string
		before []vistka.Token
		after  []vistka.Token
		want   bool
	}{
		{"after a title, before an agreeing verb", []vistka.Token{tok("Прем'єр-міністр", "noun:anim:m:v_naz"), tok("Молдови", "noun:inanim:f:v_rod:prop:geo")}, []vistka.Token{tok("заявив", "verb:perf:past:m")}, true},
		{"after з", []vistka.Token{tok("з", "prep")}, nil, true},
		{"after завдяки, a dative", []vistka.Token{tok("завдяки", "prep")}, nil, false},
		{"a dative before a plural verb", nil, []vistka.Token{tok("повідомили", "verb:perf:past:p")}, false},
		{"a dative after a verb", []vistka.Token{tok("подякував", "verb:perf:past:m")}, nil, false},
	}
	for _, tt := range tests {
		toks := append(append(slices.Clone(tt.before), name...), tt.after...)
		if got := notDative(toks, len(tt.before), len(tt.before)+len(name)); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestRetypePlacesIn(t *testing.T) {
	toks := []vistka.Token{
		{Text: "у", Lemma: "у", Tag: "prep", RStart: 0, REnd: 1},
		{Text: "Софії", Lemma: "Софія", Tag: "noun:inanim:f:v_mis:prop:geo", RStart: 2, REnd: 7},
		{Text: "У", Lemma: "у", Tag: "prep", RStart: 8, REnd: 9},
		{Text: "Марті", Lemma: "Марта", Tag: "noun:inanim:f:v_mis:prop:geo", RStart: 10, REnd: 15},
		{Text: "Софії", Lemma: "Софія", Tag: "noun:anim:f:v_dav:prop:fname", RStart: 16, REnd: 21},
	}
	spans := []vistka.Span{
		{Start: 2, End: 7, Type: "PERS", Text: "Софії"},
		{Start: 10, End: 15, Type: "PERS", Text: "Марті"},
		{Start: 16, End: 21, Type: "PERS", Text: "Софії"},
	}
	got := retypePlacesIn(toks, spans, 0)
	want := []string{"LOC", "PERS", "PERS"}
	for i, sp := range got {
		if sp.Type != want[i] {
			t.Errorf("%d %s: got %s, want %s", i, sp.Text, sp.Type, want[i])
		}
	}
}

func TestAddWomensTitles(t *testing.T) {
	toks := []vistka.Token{
		{Text: "Міністерка", Lemma: "міністерка", Tag: "noun:anim:f:v_naz", RStart: 0, REnd: 10},
		{Text: "економіки", Lemma: "економіка", Tag: "noun:inanim:f:v_rod", RStart: 11, REnd: 20},
		{Text: "Юлія", Lemma: "Юлія", Tag: "noun:anim:f:v_naz:prop:fname", RStart: 21, REnd: 25},
		{Text: "заявила", Lemma: "заявити", Tag: "verb:perf:past:f", RStart: 26, REnd: 33},
		{Text: "речниця", Lemma: "речниця", Tag: "noun:anim:f:v_naz", RStart: 34, REnd: 41},
		{Text: "відповіла", Lemma: "відповісти", Tag: "verb:perf:past:f", RStart: 42, REnd: 51},
	}
	spans := []vistka.Span{{Start: 21, End: 25, Type: "PERS", Text: "Юлія"}}
	got := addWomensTitles(toks, spans, 0)
	var s []string
	for _, sp := range got {
		s = append(s, sp.Type+":"+sp.Text)
	}
	// a title with no name after it stays as it is
	if want := "JOB:Міністерка економіки PERS:Юлія"; strings.Join(s, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(s, " "), want)
	}
}

func TestJoinArabicParticles(t *testing.T) {
	toks := []vistka.Token{
		{Text: "Мухаммед", RStart: 0, REnd: 8},
		{Text: "аль-Хулаїфі", RStart: 9, REnd: 20},
		{Text: "і", RStart: 21, REnd: 22},
		{Text: "Мухаммед", RStart: 23, REnd: 31},
		{Text: "бін", RStart: 32, REnd: 35},
		{Text: "Салман", RStart: 36, REnd: 42},
		{Text: "Олег", RStart: 43, REnd: 47},
		{Text: "ал-", RStart: 48, REnd: 51},
	}
	spans := []vistka.Span{
		{Start: 0, End: 8, Type: "PERS", Text: "Мухаммед"},
		{Start: 23, End: 31, Type: "PERS", Text: "Мухаммед"},
		{Start: 36, End: 42, Type: "PERS", Text: "Салман"},
		{Start: 43, End: 47, Type: "PERS", Text: "Олег"},
	}
	var got []string
	for _, sp := range joinArabicParticles(toks, spans, 0) {
		got = append(got, sp.Text)
	}
	if want := "Мухаммед аль-Хулаїфі|Мухаммед бін Салман|Олег"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestSplitBeforeParticle(t *testing.T) {
	toks := []vistka.Token{
		{Text: "Саудівської", Tag: "adj:f:v_rod", RStart: 0, REnd: 11},
		{Text: "Аравії", Tag: "noun:inanim:f:v_rod:prop:geo", RStart: 12, REnd: 18},
		{Text: "Файсалом", Tag: "noun:anim:m:v_oru:prop:fname", RStart: 19, REnd: 27},
		{Text: "бін", Tag: "adv", RStart: 28, REnd: 31},
		{Text: "Фарханом", Tag: "noun:anim:m:v_oru:prop:fname", RStart: 32, REnd: 40},
	}
	spans := []vistka.Span{
		{Start: 0, End: 31, Type: "ORG", Text: "Саудівської Аравії Файсалом бін"},
		{Start: 32, End: 40, Type: "PERS", Text: "Фарханом"},
	}
	var got []string
	for _, sp := range joinArabicParticles(toks, spans, 0) {
		got = append(got, sp.Type+":"+sp.Text)
	}
	if want := "LOC:Саудівської Аравії|PERS:Файсалом бін Фарханом"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestSplitArticleName(t *testing.T) {
	toks := []vistka.Token{
		{Text: "Ради", Tag: "noun:inanim:f:v_rod", RStart: 0, REnd: 4},
		{Text: "Перської", Tag: "adj:f:v_rod", RStart: 5, REnd: 13},
		{Text: "затоки", Tag: "noun:inanim:f:v_rod", RStart: 14, REnd: 20},
		{Text: "Джасемом", Tag: "noun:anim:m:v_oru:prop:fname", RStart: 21, REnd: 29},
		{Text: "аль-Будаві", Tag: "noun:inanim:m:v_mis:prop:geo", RStart: 30, REnd: 40},
	}
	spans := []vistka.Span{{Start: 0, End: 40, Type: "ORG", Text: "Ради Перської затоки Джасемом аль-Будаві"}}
	var got []string
	for _, sp := range joinArabicParticles(toks, spans, 0) {
		got = append(got, sp.Type+":"+sp.Text)
	}
	if want := "ORG:Ради Перської затоки|PERS:Джасемом аль-Будаві"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// taggedMarked reads a marked sentence (markedSentence) and gives its
// words the lemma and tag that tags holds for them as "lemma/tag".
func taggedMarked(t *testing.T, marked string, tags map[string]string) (vistka.Sentence, []vistka.Span) {
	t.Helper()
	s, spans := markedSentence(t, marked)
	for k := range s.Tokens {
		if lt, ok := tags[s.Tokens[k].Text]; ok {
			s.Tokens[k].Lemma, s.Tokens[k].Tag, _ = strings.Cut(lt, "/")
		}
	}
	return s, spans
}

type ruleCase struct {
	name, marked string
	want         []string
}

func runRuleCases(t *testing.T, rule func([]vistka.Token, []vistka.Span, int) []vistka.Span, tags map[string]string, tests []ruleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, spans := taggedMarked(t, tt.marked, tags)
			got := spanStrings(rule(s.Tokens, spans, 0))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRetypeMediaSources(t *testing.T) {
	tags := map[string]string{"Оксана": "Оксана/noun:anim:f:v_naz:prop:fname", "Гнатюк": "Гнатюк/noun:anim:f:v_naz:prop:lname"}
	runRuleCases(t, retypeMediaSources, tags, []ruleCase{
		{"пише", "Про це пише « [ORG Вечірня газета] » .", []string{"ART Вечірня газета"}},
		{"за даними", "За даними « [ORG Новин Полісся] » , ціни зросли .", []string{"ART Новин Полісся"}},
		{"an author and a site", "Про це пише Оксана Гнатюк на сайті « [ORG Світанок] » .", []string{"ART Світанок"}},
		{"a publication's word", "Як повідомило видання « [ORG Ранок] » , міст закрили .", []string{"ART Ранок"}},
		{"the company itself said it", "Як повідомили в « [ORG Укрсвітло] » , ремонт триває .", []string{"ORG Укрсвітло"}},
		{"no quotes: an agency", "Про це повідомляє [ORG Укрінформ] .", []string{"ORG Укрінформ"}},
		{"a quoted agency", "Як повідомляє « [ORG Інтерфакс-Україна] » , угоду підписали .", []string{"ORG Інтерфакс-Україна"}},
		{"not a report", "Він очолив « [ORG Вечірню газету] » .", []string{"ORG Вечірню газету"}},
	})
}

func TestRetypeStreetLists(t *testing.T) {
	tags := map[string]string{
		"Франка": "Франко/noun:anim:m:v_rod:prop:lname", "Лисенка": "Лисенко/noun:anim:m:v_rod:prop:lname",
		"Олени": "Олена/noun:anim:f:v_rod:prop:fname", "Пчілки": "Пчілка/noun:anim:f:v_rod:prop:lname",
		"Петро": "Петро/noun:anim:m:v_naz:prop:fname", "Сидоренко": "Сидоренко/noun:anim:m:v_naz:prop:lname",
		"Інституту": "інститут/noun:inanim:m:v_rod", "мовознавства": "мовознавство/noun:inanim:n:v_rod",
		"Паризької": "паризький/adj:f:v_rod", "Комуни": "комуна/noun:inanim:f:v_rod",
	}
	runRuleCases(t, retypeStreetLists, tags, []ruleCase{
		{"after вулиці", "Відремонтують [LOC вулиці Садову] , [PERS Франка] та [PERS Лисенка] .",
			[]string{"LOC вулиці Садову", "LOC Франка", "LOC Лисенка"}},
		{"after вулиць and a colon", "Ремонт вулиць : Садова , [PERS Олени Пчілки] і [PERS Франка] .",
			[]string{"LOC Олени Пчілки", "LOC Франка"}},
		{"a person in the nominative after the list", "На [LOC вулиці Садовій] , [PERS Петро Сидоренко] сказав .",
			[]string{"LOC вулиці Садовій", "PERS Петро Сидоренко"}},
		{"the list ends at a common word", "На [LOC вулиці Садовій] живе родина [PERS Франка] .",
			[]string{"LOC вулиці Садовій", "PERS Франка"}},
		{"an address: a house's number ends it", "Пишіть : [LOC вул. Садова] , 4 , [ORG Інституту мовознавства] .",
			[]string{"LOC вул. Садова", "ORG Інституту мовознавства"}},
		{"a body's name in the genitive", "Ремонт вулиць Садової , [ORG Паризької Комуни] .",
			[]string{"LOC Паризької Комуни"}},
		{"a crossing", "Зустрілися на перехресті [PERS Франка] і [PERS Лисенка] .",
			[]string{"LOC Франка", "LOC Лисенка"}},
	})
}

func TestRetypeOrgKinds(t *testing.T) {
	tags := map[string]string{"фірма": "фірма/noun:inanim:f:v_naz", "фірмі": "фірма/noun:inanim:f:v_dav",
		"місто": "місто/noun:inanim:n:v_naz", "авіакомпанії": "авіакомпанія/noun:inanim:f:v_rod"}
	runRuleCases(t, retypeOrgKinds, tags, []ruleCase{
		{"a company named after a city", "Ділянку орендує фірма « [LOC Полтава] » .", []string{"ORG Полтава"}},
		{"a company named after a region", "Землю продали фірмі « [LOC Південне Поділля] » .", []string{"ORG Південне Поділля"}},
		{"a person's name", "Літаки [PERS Марії] авіакомпанії « [PERS Мрія] » .", []string{"PERS Марії", "ORG Мрія"}},
		{"not an organisation's word", "Це місто « [LOC Полтава] » .", []string{"LOC Полтава"}},
	})
}

func TestJoinSharedSurnames(t *testing.T) {
	tags := map[string]string{
		"Ірина": "Ірина/noun:anim:f:v_naz:prop:fname", "Степан": "Степан/noun:anim:m:v_naz:prop:fname",
		"Бондаренки": "Бондаренка/noun:inanim:f:v_rod:prop:geo", "Коваль": "Коваль/noun:anim:m:v_naz:prop:lname",
		"Ользі": "Ольга/noun:anim:f:v_dav:prop:fname", "Петрові": "Петро/noun:anim:m:v_dav:prop:fname",
		"Мельникам": "Мельник/noun:anim:p:v_dav:prop:lname", "Івановим": "Іванов/noun:anim:m:v_oru:prop:lname",
		"Ганною": "Ганна/noun:anim:f:v_oru:prop:fname", "Олегом": "Олег/noun:anim:m:v_oru:prop:fname",
	}
	runRuleCases(t, joinSharedSurnames, tags, []ruleCase{
		{"by the ending", "Фірмою володіють [PERS Ірина] та [PERS Степан Бондаренки] .", []string{"PERS Ірина та Степан Бондаренки"}},
		{"by the tag", "Ділянку продали [PERS Ользі] і [PERS Петрові Мельникам] .", []string{"PERS Ользі і Петрові Мельникам"}},
		{"a singular surname", "Прийшли [PERS Ірина] та [PERS Степан Коваль] .", []string{"PERS Ірина", "PERS Степан Коваль"}},
		{"a man's instrumental", "Зустрілися з [PERS Ганною] і [PERS Олегом Івановим] .", []string{"PERS Ганною", "PERS Олегом Івановим"}},
	})
}

func TestJoinSharedHeads(t *testing.T) {
	tags := map[string]string{
		"Волинської": "волинський/adj:f:v_rod", "Рівненської": "рівненський/adj:f:v_rod", "Житомирської": "житомирський/adj:f:v_rod",
		"областей": "область/noun:inanim:p:v_rod", "Рівненська": "рівненський/adj:f:v_naz",
		"Хмельницької": "хмельницький/adj:f:v_rod", "ТЕС": "ТЕС/noun:inanim:p:v_rod:nv:abbr",
		"області": "область/noun:inanim:f:v_rod",
	}
	runRuleCases(t, joinSharedHeads, tags, []ruleCase{
		{"three regions", "Жителі [LOC Волинської] , [LOC Рівненської] та [LOC Житомирської областей] .",
			[]string{"LOC Волинської , Рівненської та Житомирської областей"}},
		{"an adjective the model left out", "Ремонт Рівненської і [ORG Хмельницької ТЕС] .", []string{"ORG Рівненської і Хмельницької ТЕС"}},
		{"a singular noun", "Жителі [LOC Волинської] та [LOC Рівненської області] .", []string{"LOC Волинської", "LOC Рівненської області"}},
		{"another case", "Рівненська та [LOC Житомирської областей] .", []string{"LOC Житомирської областей"}},
	})
}

func TestAddPossessives(t *testing.T) {
	tags := map[string]string{"Марининих": "Маринин/adj:p:v_mis", "Київських": "київський/adj:p:v_mis",
		"Тарасові": "Тарасів/adj:p:v_naz", "Шевченкові": "Шевченко/noun:anim:m:v_dav:prop:lname"}
	runRuleCases(t, addPossessives, tags, []ruleCase{
		{"a woman's name", "У Марининих руках книга .", []string{"PERS Марининих"}},
		{"a man's name", "Тарасові друзі приїхали .", []string{"PERS Тарасові"}},
		{"a place's adjective", "У Київських горах сніг .", nil},
		{"a noun", "Дякуємо [PERS Шевченкові] .", []string{"PERS Шевченкові"}},
	})
}

func TestFixNumericDates(t *testing.T) {
	runRuleCases(t, fixNumericDates, nil, []ruleCase{
		{"left out", "Договір уклали 16.08.2010 у Києві .", []string{"DATE 16.08.2010"}},
		{"with року", "Рішення від 05.03.2015 року .", []string{"DATE 05.03.2015 року"}},
		{"read as a body", "Рішення [ORG ради] від [ORG 05.03.2015] .", []string{"ORG ради", "DATE 05.03.2015"}},
		{"a two-digit year", "Протокол від 18.12.15 .", []string{"DATE 18.12.15"}},
		{"not a date", "Версія 1.12.2 та 45.13.2014 .", nil},
		{"inside an act", "Згідно з [DOC наказом від 01.02.2016 № 5] .", []string{"DOC наказом від 01.02.2016 № 5"}},
	})
}

func TestJoinRateUnits(t *testing.T) {
	runRuleCases(t, joinRateUnits, nil, []ruleCase{
		{"a wind", "Пориви вітру [QUANT 15-20 м] / с .", []string{"QUANT 15-20 м / с"}},
		{"a speed", "Їхав [QUANT 90 км] / год .", []string{"QUANT 90 км / год"}},
		{"a price per unit", "Ціна [QUANT 20 кг] / рік .", []string{"QUANT 20 кг"}},
	})
}

func TestRetypeStateBodies(t *testing.T) {
	runRuleCases(t, retypeStateBodies, nil, []ruleCase{
		{"a ministry as a speaker", "Про це повідомляє [PERS Мінюст] .", []string{"ORG Мінюст"}},
		{"a ministry as a place", "Лист надіслали до [LOC Мінекономіки] .", []string{"ORG Мінекономіки"}},
		{"a state service", "Перевірку провела [PERS Держгеокадастр] .", []string{"ORG Держгеокадастр"}},
		{"a surname with Мін-", "Грає [PERS Мінґус] .", []string{"PERS Мінґус"}},
		{"a surname with Держ-", "Вірші [PERS Державіна] .", []string{"PERS Державіна"}},
		{"two words", "Виступив [PERS Мінюст Петренко] .", []string{"PERS Мінюст Петренко"}},
	})
}

func TestRetypeStateAbbrevs(t *testing.T) {
	runRuleCases(t, retypeStateAbbrevs, nil, []ruleCase{
		{"a former state", "Це сталося в [ORG УРСР] .", []string{"LOC УРСР"}},
		{"a quoted one", "Так звані « [ART ДНР] » .", []string{"LOC ДНР"}},
		{"not a state", "Виконує [ORG НДР] .", []string{"ORG НДР"}},
		{"the Russian Federation alone", "Війська [ORG РФ] відступили .", []string{"LOC РФ"}},
		{"the Russian Federation in a body's name", "Заявили в [ORG Міноборони РФ] .", []string{"ORG Міноборони РФ"}},
		{"within a longer name", "Рада [ORG Міністрів СРСР] .", []string{"ORG Міністрів СРСР"}},
	})
}

func TestDropAges(t *testing.T) {
	tags := map[string]string{"п'ять": "п'ять/numr:p:v_zna", "20-ті": "20-й/adj:p:v_zna:rinanim:numr",
		"перші": "перший/adj:p:v_zna:&numr"}
	runRuleCases(t, dropAges, tags, []ruleCase{
		{"в N років", "Помер в [PERIOD 90 років] .", nil},
		{"у віці", "Помер у віці [PERIOD 90 років] .", nil},
		{"a numeral", "Почав читати у [PERIOD п'ять років] .", nil},
		{"віком від … до", "Діти віком від [PERIOD 7 до 16 років] .", nil},
		{"a decade", "Культура у [PERIOD 20-ті роки] .", []string{"PERIOD 20-ті роки"}},
		{"a term", "Засуджений до [PERIOD 3 років] позбавлення волі .", []string{"PERIOD 3 років"}},
		{"a duration", "Працював там [PERIOD 5 років] .", []string{"PERIOD 5 років"}},
		{"not years alone", "Було у [PERIOD перші роки] .", []string{"PERIOD перші роки"}},
	})
}

func TestSplitTitleBodies(t *testing.T) {
	tags := map[string]string{
		"Міністром": "міністр/noun:anim:m:v_oru", "Міністр": "міністр/noun:anim:m:v_naz",
		"Голови": "голова/noun:anim:m:v_rod", "Голова": "голова/noun:anim:m:v_naz",
		"Президента": "президент/noun:anim:m:v_rod", "заступник": "заступник/noun:anim:m:v_naz",
		"Литви": "Литва/noun:inanim:f:v_rod:prop:geo", "України": "Україна/noun:inanim:f:v_rod:prop:geo",
		"Верховної": "верховний/adj:f:v_rod", "Ради": "рада/noun:inanim:f:v_rod",
		"правління": "правління/noun:inanim:n:v_rod", "Нафтогазу": "Нафтогаз/noun:inanim:m:v_rod:prop",
		"Представниця": "представниця/noun:anim:f:v_naz", "благодійного": "благодійний/adj:m:v_rod",
		"фонду": "фонд/noun:inanim:m:v_rod", "Світанок": "світанок/noun:inanim:m:v_naz",
		"Депутати": "депутат/noun:anim:p:v_naz", "Київради": "Київрада/noun:inanim:f:v_rod:prop",
	}
	runRuleCases(t, splitTitleBodies, tags, []ruleCase{
		{"deputies and their council, at the start of a sentence", "[ORG Депутати Ради] проголосували .",
			[]string{"JOB Депутати", "ORG Ради"}},
		{"deputies and a city council", "[ORG Депутати Київради] зібралися .",
			[]string{"JOB Депутати", "ORG Київради"}},
		{"a body named in quotes", "[ORG Представниця благодійного фонду « Світанок »] сказала .",
			[]string{"JOB Представниця благодійного фонду", "ORG Світанок"}},
		{"a minister and a country", "Він зустрівся з [ORG Міністром закордонних справ Литви] .",
			[]string{"JOB Міністром закордонних справ Литви"}},
		{"a minister without a country", "Тоді [ORG Міністр енергетики] заявив .", []string{"JOB Міністр енергетики"}},
		{"a president and a country", "Указ [ORG Президента України] набув чинності .", []string{"JOB Президента України"}},
		{"a chairman and a body", "Відбулася зустріч [ORG Голови Верховної Ради] з послами .",
			[]string{"JOB Голови", "ORG Верховної Ради"}},
		{"a chairman of the board and a company", "[ORG Голова правління Нафтогазу] сказав .",
			[]string{"JOB Голова правління", "ORG Нафтогазу"}},
		{"after another title", "Це сказав заступник [ORG Міністра оборони України] .",
			[]string{"ORG Міністра оборони України"}},
		{"a body", "Рішення ухвалила [ORG Верховна Рада] .", []string{"ORG Верховна Рада"}},
	})
}

func TestCutRunOns(t *testing.T) {
	tags := map[string]string{
		"Осло": "Осло/noun:inanim:n:v_mis:nv:prop:geo", "український": "український/adj:m:v_naz",
		"міністр": "міністр/noun:anim:m:v_naz", "Покровська": "Покровськ/noun:inanim:m:v_rod:prop:geo",
		"українські": "український/adj:p:v_naz", "Сили": "сила/noun:inanim:p:v_naz",
		"Києва": "Київ/noun:inanim:m:v_rod:prop:geo", "Печерського": "печерський/adj:m:v_rod",
		"району": "район/noun:inanim:m:v_rod", "міського": "міський/adj:m:v_rod",
	}
	runRuleCases(t, cutRunOns, tags, []ruleCase{
		{"a place and the subject after it", "Напередодні в [ORG Осло український міністр] провів переговори .",
			[]string{"LOC Осло"}},
		{"an adjective of the next phrase", "Поблизу [LOC Покровська українські] військові відбили атаки .",
			[]string{"LOC Покровська"}},
		{"a capitalised noun of the next name", "У районі [LOC Покровська Сили] оборони відбили атаки .",
			[]string{"LOC Покровська"}},
		{"an adjective agreeing in a genitive phrase", "Працівники [ORG Києва міського] .", []string{"ORG Києва міського"}},
		{"an adjective before its noun", "У [LOC Печерського району] спокійно .", []string{"LOC Печерського району"}},
	})
}

func TestCutPossessiveHeads(t *testing.T) {
	tags := map[string]string{
		"Лесиного": "Лесин/adj:m:v_rod", "музею": "музей/noun:inanim:m:v_rod",
		"Зойчиній": "Зойчин/adj:f:v_mis", "манері": "манера/noun:inanim:f:v_mis",
		"Андричевого": "Андричів/adj:m:v_rod", "млина": "млин/noun:inanim:m:v_rod",
		"Адамове": "Адамів/adj:n:v_naz", "яблуко": "яблуко/noun:inanim:n:v_naz",
	}
	runRuleCases(t, cutPossessiveHeads, tags, []ruleCase{
		{"a museum", "Це один із раритетів [ORG Лесиного музею] в Ялті .", []string{"PERS Лесиного"}},
		{"a manner", "Вона зиркнула цілком у [LOC Зойчиній манері] .", []string{"PERS Зойчиній"}},
		{"a mill is a place", "Аж від [LOC Андричевого млина] видно .", []string{"LOC Андричевого млина"}},
		{"a quoted title", "Він читав « [ART Адамове яблуко] » .", []string{"ART Адамове яблуко"}},
	})
}

func TestAddJobAdjectives(t *testing.T) {
	tags := map[string]string{
		"фінансовим": "фінансовий/adj:m:v_oru", "директором": "директор/noun:anim:m:v_oru",
		"старша": "старший/adj:f:v_naz", "наукова": "науковий/adj:f:v_naz", "співробітниця": "співробітниця/noun:anim:f:v_naz",
		"колишній": "колишній/adj:m:v_naz", "директор": "директор/noun:anim:m:v_naz",
		"першого": "перший/adj:m:v_rod", "заступника": "заступник/noun:anim:m:v_rod", "президента": "президент/noun:anim:m:v_rod",
		"головним": "головний/adj:m:v_oru", "інженера": "інженер/noun:anim:m:v_rod",
	}
	runRuleCases(t, addJobAdjectives, tags, []ruleCase{
		{"a finance director", "Він був фінансовим [JOB директором] компанії .", []string{"JOB фінансовим директором"}},
		{"two adjectives", "Вона старша наукова [JOB співробітниця] інституту .", []string{"JOB старша наукова співробітниця"}},
		{"a former director", "Це колишній [JOB директор] заводу .", []string{"JOB директор"}},
		{"a first deputy", "Слідчі звинувачують першого [JOB заступника] .", []string{"JOB першого заступника"}},
		{"not a first president", "Пам'ять першого [JOB президента] .", []string{"JOB президента"}},
		{"another case", "Разом із головним [JOB інженера] .", []string{"JOB інженера"}},
	})
}

func TestRetypeQuotedPlaces(t *testing.T) {
	tags := map[string]string{
		"урочища": "урочище/noun:inanim:n:v_rod", "заказника": "заказник/noun:inanim:m:v_rod",
		"аеропорту": "аеропорт/noun:inanim:m:v_rod", "ділянку": "ділянка/noun:inanim:f:v_zna",
	}
	runRuleCases(t, retypeQuotedPlaces, tags, []ruleCase{
		{"an urochyshche", "Земля була в зоні урочища « [ORG Маяк] » .", []string{"LOC Маяк"}},
		{"a reserve", "Межі заказника « [ORG Острів Жуків] » не визначено .", []string{"LOC Острів Жуків"}},
		{"an airport keeps its ORG", "Літак сів біля аеропорту « [ORG Харків] » .", []string{"ORG Харків"}},
		{"a plot is no kind of place", "Цю ділянку « [ORG Фонд розвитку] » продали .", []string{"ORG Фонд розвитку"}},
	})
}

func TestRetypeQuotedWorks(t *testing.T) {
	tags := map[string]string{
		"пісню": "пісня/noun:inanim:f:v_zna", "серіал": "серіал/noun:inanim:m:v_zna",
		"газеті": "газета/noun:inanim:f:v_mis",
	}
	runRuleCases(t, retypeQuotedWorks, tags, []ruleCase{
		{"a song", "Вона заспівала лемківську пісню « [ORG Цвинтарі] » .", []string{"ART Цвинтарі"}},
		{"a series", "Він дивився серіал « [ORG Спрут] » .", []string{"ART Спрут"}},
		{"a newspaper keeps its ORG", "Він працював у газеті « [ORG Хлібороб] » .", []string{"ORG Хлібороб"}},
	})
}

func TestAddMonthRanges(t *testing.T) {
	runRuleCases(t, addMonthRanges, nil, []ruleCase{
		{"one word", "У травні-жовтні фірма уклала угоди .", []string{"PERIOD травні-жовтні"}},
		{"three words", "У квітні – грудні тривали роботи .", []string{"PERIOD квітні – грудні"}},
		{"with a year", "У червні-серпні [DATE 2015 року] уклали угоди .", []string{"PERIOD червні-серпні 2015 року"}},
		{"already tagged", "У [DATE травні-жовтні 2015 року] уклали угоди .", []string{"DATE травні-жовтні 2015 року"}},
		{"not months", "Липа-трава росте .", nil},
	})
}

func TestAddMinisterFields(t *testing.T) {
	tags := map[string]string{
		"міністра": "міністр/noun:anim:m:v_rod", "екс-міністра": "екс-міністр/noun:anim:m:v_rod",
		"регіонального": "регіональний/adj:m:v_rod", "розвитку": "розвиток/noun:inanim:m:v_rod",
		"будівництва": "будівництво/noun:inanim:n:v_rod", "ЖКГ": "ЖКГ/noun:inanim:n:v_rod:abbr",
		"охорони": "охорона/noun:inanim:f:v_rod", "здоров'я": "здоров'я/noun:inanim:n:v_rod",
		"закордонних": "закордонний/adj:p:v_rod", "справ": "справа/noun:inanim:p:v_rod",
		"України": "Україна/noun:inanim:f:v_rod:prop:geo", "зазначив": "зазначити/verb:perf:past:m",
		"Ірини": "Ірина/noun:anim:f:v_rod:prop:fname", "Петрової": "Петрова/noun:anim:f:v_rod:prop:lname",
	}
	runRuleCases(t, addMinisterFields, tags, []ruleCase{
		{"a field", "Син [JOB міністра] регіонального розвитку , будівництва та [ORG ЖКГ] купив дім .",
			[]string{"JOB міністра регіонального розвитку , будівництва та ЖКГ"}},
		{"a field and a country", "Зустріч із [JOB міністра] закордонних справ [LOC України] .",
			[]string{"JOB міністра закордонних справ України"}},
		{"a field and a name", "Близька до [JOB екс-міністра] охорони здоров'я [PERS Ірини Петрової] .",
			[]string{"JOB екс-міністра охорони здоров'я", "PERS Ірини Петрової"}},
		{"no field", "Речник [JOB міністра] зазначив .", []string{"JOB міністра"}},
		{"the model took part of the field", "Заява [JOB міністра регіонального розвитку] , будівництва та [ORG ЖКГ] .",
			[]string{"JOB міністра регіонального розвитку , будівництва та ЖКГ"}},
		{"not a minister's", "Заява [JOB речника розвитку] , будівництва .", []string{"JOB речника розвитку"}},
		{"a field taken whole before a country", "Зустріч із [JOB міністра закордонних справ] [LOC України] .",
			[]string{"JOB міністра закордонних справ", "LOC України"}},
		{"an abbreviated field", "Син [JOB міністра] [ORG ЖКГ] купив дім .", []string{"JOB міністра ЖКГ"}},
	})
}

func TestRetypeCommonOrgs(t *testing.T) {
	tags := map[string]string{
		"Церква": "церква/noun:inanim:f:v_naz", "Комітет": "комітет/noun:inanim:m:v_naz",
		"Доля": "доля/noun:inanim:f:v_naz", "Петренко": "Петренко/noun:anim:m:v_naz:prop:lname",
	}
	runRuleCases(t, retypeCommonOrgs, tags, []ruleCase{
		{"the Church", "Бог і [PERS Церква] повчають .", []string{"ORG Церква"}},
		{"the Committee", "Це свідчить , що [PERS Комітет] закриє справу .", []string{"ORG Комітет"}},
		{"a personified noun", "Але [PERS Доля] постукала в двері .", []string{"PERS Доля"}},
		{"a surname", "Так сказав [PERS Петренко] .", []string{"PERS Петренко"}},
	})
}

func TestRetypeScriptures(t *testing.T) {
	tags := map[string]string{"Біблії": "біблія/noun:inanim:f:v_rod", "Євангеліє": "євангеліє/noun:inanim:n:v_naz"}
	runRuleCases(t, retypeScriptures, tags, []ruleCase{
		{"a citation", "Це цитати з [PERS Біблії] .", []string{"ART Біблії"}},
		{"a subject", "Саме [PERS Євангеліє] відрізняє нас .", []string{"ART Євангеліє"}},
		{"a name", "Так сказав [PERS Петро] .", []string{"PERS Петро"}},
	})
}

func TestJoinNamedLandmarks(t *testing.T) {
	tags := map[string]string{
		"парку": "парк/noun:inanim:m:v_mis", "Герхта": "Герхт/noun:anim:m:v_rod:prop:lname",
		"церкві": "церква/noun:inanim:f:v_mis", "Миколая": "Миколай/noun:anim:m:v_rod:prop:fname",
		"університету": "університет/noun:inanim:m:v_rod", "Володимира": "Володимир/noun:anim:m:v_rod:prop:fname",
		"аеропортам": "аеропорт/noun:inanim:m:v_dav", "Донецька": "Донецьк/noun:inanim:m:v_rod:prop:geo",
		"пам'ятник": "пам'ятник/noun:inanim:m:v_naz", "Шевченкові": "Шевченко/noun:anim:m:v_dav:prop:lname",
		"горі": "гора/noun:inanim:f:v_mis", "Монблан": "Монблан/noun:inanim:m:v_naz:prop:geo",
		"музею": "музей/noun:inanim:m:v_rod", "Федора": "Федора/noun:anim:f:v_naz:prop:fname",
		"Ткаченко": "Ткаченко/noun:anim:f:v_naz:nv:prop:lname", "Аеропорт": "аеропорт/noun:inanim:m:v_naz",
		"Кеннеді": "Кеннеді/noun:anim:m:v_naz:nv:prop:lname",
		"вищому":  "високий/adj:n:v_mis:compc", "професійному": "професійний/adj:n:v_mis",
		"училищі": "училище/noun:inanim:n:v_mis", "імені": "ім'я/noun:inanim:n:v_rod",
		"Андрія": "Андрій/noun:anim:m:v_rod:prop:fname", "Чепіги": "Чепіга/noun:anim:m:v_rod:prop:lname",
		"школи-інтернату": "школа-інтернат/noun:inanim:m:v_rod", "Крупської": "Крупська/noun:anim:f:v_rod:prop:lname",
		"Олена": "Олена/noun:anim:f:v_naz:prop:fname", "Петренко": "Петренко/noun:anim:f:v_naz:nv:prop:lname",
		"бригади": "бригада/noun:inanim:f:v_rod", "Анни": "Анна/noun:anim:f:v_rod:prop:fname",
		"Київської": "київський/adj:f:v_rod", "Петренка": "Петренко/noun:anim:m:v_rod:prop:lname",
		"стадіоні": "стадіон/noun:inanim:m:v_mis", "ім": "ім./noun:inanim:n:v_rod:nv:abbr",
		"Гагаріна": "Гагарін/noun:anim:m:v_rod:prop:lname", "обласної": "обласний/adj:f:v_rod",
		"лікарні": "лікарня/noun:inanim:f:v_rod", "Климука": "Климук/noun:anim:m:v_rod:prop:lname",
	}
	runRuleCases(t, joinNamedLandmarks, tags, []ruleCase{
		{"a school named after a person, with its adjectives", "Він навчався у вищому професійному училищі імені [PERS Андрія Чепіги] .",
			[]string{"ORG вищому професійному училищі імені Андрія Чепіги"}},
		{"a name run on into the director's", "Директор школи-інтернату імені [PERS Крупської Олена Петренко] розповіла .",
			[]string{"ORG школи-інтернату імені Крупської", "PERS Олена Петренко"}},
		{"a brigade's ORG before імені", "Бійці [ORG 155-ї окремої механізованої бригади] імені [PERS Анни Київської] відбили атаку .",
			[]string{"ORG 155-ї окремої механізованої бригади імені Анни Київської"}},
		{"not a brigade with a bare name", "Бійці бригади [PERS Петренка] відбили атаку .", []string{"PERS Петренка"}},
		{"a stadium with ім. in the name's span", "Матч відбувся на стадіоні [LOC ім . Гагаріна] .", []string{"LOC стадіоні ім . Гагаріна"}},
		{"no adjectives without імені", "Суд виправдав хірурга обласної лікарні [PERS Андрія Климука] .", []string{"ORG лікарні Андрія Климука"}},
		{"an airport and an indeclinable name", "[PERS Аеропорт Кеннеді] зустрів нас .", []string{"PERS Аеропорт Кеннеді"}},
		{"an indeclinable name after an airport", "Аеропорт [PERS Кеннеді] зустрів нас .", []string{"LOC Аеропорт Кеннеді"}},
		{"the director named", "Директорка музею [PERS Федора Ткаченко] розповіла .", []string{"PERS Федора Ткаченко"}},
		{"a park", "Вона гуляла в парку [PERS Герхта] .", []string{"LOC парку Герхта"}},
		{"a church and a saint", "Службу відправили в церкві святого [LOC Миколая] .", []string{"LOC церкві святого Миколая"}},
		{"a university", "Він вступив до університету святого [PERS Володимира] .", []string{"ORG університету святого Володимира"}},
		{"a city's airport", "Фірма надала послуги аеропортам [LOC Донецька] .", []string{"LOC Донецька"}},
		{"a monument", "Стоїть пам'ятник [PERS Шевченкові] .", []string{"PERS Шевченкові"}},
		{"a mountain", "Притулок на горі [LOC Монблан] .", []string{"LOC Монблан"}},
	})
}

func TestDropCommonAcronyms(t *testing.T) {
	runRuleCases(t, dropCommonAcronyms, nil, []ruleCase{
		{"a common noun phrase", "Агентство виконує науково-дослідну роботу ( [ORG НДР] ) щороку .", nil},
		{"a system", "Впровадження комплексної інформаційної системи ( [ORG КІС] ) коштує багато .", nil},
		{"a name", "Зустріч у Національному банку України ( [ORG НБУ] ) відбулася .", []string{"ORG НБУ"}},
		{"other letters", "Це вирішує комісія з питань енергетики ( [ORG НКРЕКП] ) .", []string{"ORG НКРЕКП"}},
	})
}

func TestCutOpenBrackets(t *testing.T) {
	runRuleCases(t, cutOpenBrackets, nil, []ruleCase{
		{"a gloss run on", "Її прийняла [ORG Всесвітня рада церков ( World Council of Churches] ) .",
			[]string{"ORG Всесвітня рада церков", "ORG World Council of Churches"}},
		{"a gloss and its acronym", "Це [ORG Європейська агенція довкілля ( European Environment Agency – EEA] ) .",
			[]string{"ORG Європейська агенція довкілля", "ORG European Environment Agency", "ORG EEA"}},
		{"a note", "Так писав [ORG Газпром [ 3] ] .", []string{"ORG Газпром"}},
		{"a stray closing bracket", "Дані [ORG Фонду Сонце ) [ 7] ] .", []string{"ORG Фонду Сонце"}},
		{"a closed bracket stays", "Рішення [ORG ЦК КП ( б ) України] .", []string{"ORG ЦК КП ( б ) України"}},
		{"a lower-case gloss", "Ми бачили [ORG Клуб ( тобто спілку] ) .", []string{"ORG Клуб"}},
	})
}

func TestCloseQuotedNames(t *testing.T) {
	runRuleCases(t, closeQuotedNames, nil, []ruleCase{
		{"nested guillemets", "Підряд отримало [ORG ВАТ «Дорожня компанія «Шляхи] » минулого року .",
			[]string{"ORG ВАТ «Дорожня компанія «Шляхи »"}},
		{"English quotes", "Акції продала [ORG ТОВ “Сонячна] ” ще взимку .", []string{"ORG ТОВ “Сонячна ”"}},
		{"inner English in guillemets", "Будує [ORG ТОВ «Дім “Зоря] ”» у центрі .", []string{"ORG ТОВ «Дім “Зоря ”»"}},
		{"words before the mark", "За вимогами [DOC Закону «Про оренду] землі » так .", []string{"DOC Закону «Про оренду землі »"}},
		{"low quotes", "Про це пише [ART „Вечірня газета] “ сьогодні .", []string{"ART „Вечірня газета “"}},
		{"a full stop first", "Це [ORG ТОВ «Альфа] . А потім » .", []string{"ORG ТОВ «Альфа"}},
		{"another span first", "Це [ORG ТОВ «Альфа] і [LOC Київ] » .", []string{"ORG ТОВ «Альфа", "LOC Київ"}},
		{"closed already", "Це [ORG ТОВ «Альфа»] сказало .", []string{"ORG ТОВ «Альфа»"}},
	})
}

func TestSpreadJobs(t *testing.T) {
	tags := map[string]string{
		"викладач": "викладач/noun:anim:m:v_naz", "викладачів": "викладач/noun:anim:p:v_rod",
		"викладачам": "викладач/noun:anim:p:v_dav", "директора": "директор/noun:anim:m:v_rod",
		"княжа": "князь/noun:anim:m:v_rod", "князь": "князь/noun:anim:m:v_naz", "князя": "князь/noun:anim:m:v_rod",
		"кафедри": "кафедра/noun:inanim:f:v_rod", "кафедру": "кафедра/noun:inanim:f:v_zna",
		"Викладач": "викладач/noun:anim:m:v_naz",
	}
	tests := []ruleCase{
		{"other forms", "Наш [JOB викладач] прийшов , а двоє викладачів ні , викладачам сумно .",
			[]string{"JOB викладач", "JOB викладачів", "JOB викладачам"}},
		{"inside a span", "[JOB викладач] і [JOB заступник директора] .", []string{"JOB викладач", "JOB заступник директора"}},
		{"no animate", "Мені [JOB кафедри] мало , кафедру закрили .", []string{"JOB кафедри"}},
		{"mostly untagged", "[JOB князь] , князь , князя , князь , князя .", []string{"JOB князь"}},
		{"twice as many", "[JOB князь] , князь , князя .", []string{"JOB князь", "JOB князь", "JOB князя"}},
		{"capitalised", "Наш [JOB викладач] . Викладач пішов .", []string{"JOB викладач"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, spans := taggedMarked(t, tt.marked, tags)
			got := spanStrings(spreadJobs([]vistka.Sentence{s}, spans, nil))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestJoinSplitQuotes(t *testing.T) {
	// two sentences: the marked second one's offsets follow the first's
	two := func(t *testing.T, m1, m2 string) ([]vistka.Sentence, []vistka.Span) {
		s1, sp1 := markedSentence(t, m1)
		s2, sp2 := markedSentence(t, m2)
		shift := s1.Tokens[len(s1.Tokens)-1].REnd + 1
		for i := range s2.Tokens {
			s2.Tokens[i].RStart += shift
			s2.Tokens[i].REnd += shift
		}
		for i := range sp2 {
			sp2[i].Start += shift
			sp2[i].End += shift
		}
		return []vistka.Sentence{s1, s2}, append(sp1, sp2...)
	}
	tests := []struct {
		name, m1, m2 string
		want         []string
	}{
		{"both tagged", "Про це пише «[ART Вечірні вісті.]", "[LOC Одеса] » сьогодні .", []string{"ART Вечірні вісті. Одеса"}},
		{"the stop outside", "Про це пише « [ORG Слово] .", "[ORG Плюс] » сьогодні .", []string{"ORG Слово . Плюс"}},
		{"the second untagged", "Про це пише «[ART Вечірні вісті.]", "Одеса » сьогодні .", []string{"ART Вечірні вісті. Одеса"}},
		{"no opening mark", "Про це пише [ART Вечірні вісті] .", "[LOC Одеса] » сьогодні .", []string{"ART Вечірні вісті", "LOC Одеса"}},
		{"no closing mark", "Про це пише « [ART Вечірні вісті] .", "[LOC Одеса] сьогодні тепла .", []string{"ART Вечірні вісті", "LOC Одеса"}},
		{"a lower-case word", "Про це пише « [ART Вечірні вісті] .", "[LOC Одеса] тепла » .", []string{"ART Вечірні вісті", "LOC Одеса"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, spans := two(t, tt.m1, tt.m2)
			got := spanStrings(joinSplitQuotes(sents, spans))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRetypeGlosses(t *testing.T) {
	runRuleCases(t, retypeGlosses, nil, []ruleCase{
		{"a person", "Власник [PERS Джон Сміт] ( [LOC John Smith] ) мовчить .", []string{"PERS Джон Сміт", "PERS John Smith"}},
		{"a quoted company", "Офшор «[ORG Зелена долина]» ( [LOC Green Valley Limited] ) .", []string{"ORG Зелена долина", "ORG Green Valley Limited"}},
		{"no bracket", "Власник [PERS Джон Сміт] , [LOC London] .", []string{"PERS Джон Сміт", "LOC London"}},
		{"a word between", "Власник [PERS Джон Сміт] з ( [LOC London] ) .", []string{"PERS Джон Сміт", "LOC London"}},
		{"Cyrillic in brackets", "Власник [PERS Джон Сміт] ( [LOC Лондон] ) .", []string{"PERS Джон Сміт", "LOC Лондон"}},
		{"a date is no name", "Фільм [ART Гімн] ( [DATE 1938] ) .", []string{"ART Гімн", "DATE 1938"}},
	})
}

func TestAddDegrees(t *testing.T) {
	tags := map[string]string{
		"кандидатом": "кандидат/noun:anim:m:v_oru", "технічних": "технічний/adj:p:v_rod", "наук": "наука/noun:inanim:p:v_rod",
		"доктор": "доктор/noun:anim:m:v_naz", "хімічних": "хімічний/adj:p:v_rod", "кандидат": "кандидат/noun:anim:m:v_naz",
		"нових": "новий/adj:p:v_rod",
	}
	runRuleCases(t, addDegrees, tags, []ruleCase{
		{"a full degree", "Він став кандидатом технічних наук у Львові .", []string{"JOB кандидатом технічних наук"}},
		{"the noun tagged alone", "Виступив [JOB доктор] хімічних наук [PERS Іван Бойко] .", []string{"JOB доктор хімічних наук", "PERS Іван Бойко"}},
		{"clipped", "Автор : [PERS Іван Бойко] , канд . екон . наук .", []string{"PERS Іван Бойко", "JOB канд . екон . наук"}},
		{"no field", "Це кандидат наук .", nil},
		{"no degree noun", "Розвиток нових технічних наук .", nil},
		{"a span reaching out", "Виступив доктор хімічних [ORG наук України] .", []string{"ORG наук України"}},
	})
}

func TestTagQuotedLists(t *testing.T) {
	runRuleCases(t, tagQuotedLists, nil, []ruleCase{
		{"between two", "Співали « [ART Весна] » , « Мандри » , « [ART Сад] » .", []string{"ART Весна", "ART Мандри", "ART Сад"}},
		{"a chain", "Співали « [ART Весна] » , « Мандри » , « Ой ти , зоре » .", []string{"ART Весна", "ART Мандри", "ART Ой ти , зоре"}},
		{"after a conjunction", "Співали « Мандри » та « [ART Сад] » .", []string{"ART Мандри", "ART Сад"}},
		{"lower case", "Співали « [ART Весна] » , « ну й що » .", []string{"ART Весна"}},
		{"words between", "Співали « [ART Весна] » , а потім « Мандри » .", []string{"ART Весна"}},
		{"partly tagged", "Співали « [ART Весна] » , « Мандри [LOC Києва] » .", []string{"ART Весна", "LOC Києва"}},
		{"not a work", "Фірми « [ORG Альфа] » і « Бета » .", []string{"ORG Альфа"}},
	})
}

func TestAddInitialDots(t *testing.T) {
	runRuleCases(t, addInitialDots, nil, []ruleCase{
		{"spaced initials", "Наказ видано [PERS Петренку О . В] . Далі текст", []string{"PERS Петренку О . В ."}},
		{"joined", "Підписав [PERS Бойко І. М]. Далі текст", []string{"PERS Бойко І. М."}},
		{"a surname last", "Підписав [PERS І . Бойко] .", []string{"PERS І . Бойко"}},
		{"no stop", "Підписав [PERS Бойко І . М] , потім пішов .", []string{"PERS Бойко І . М"}},
		{"another type", "Це [ORG Альфа Б . В] .", []string{"ORG Альфа Б . В"}},
	})
}

func TestRetypeSlashAgencies(t *testing.T) {
	runRuleCases(t, retypeSlashAgencies, nil, []ruleCase{
		{"a dateline", "[LOC ЛЬВІВ] , 3 травня . / [LOC Вісник] / . Текст .", []string{"LOC ЛЬВІВ", "ORG Вісник"}},
		{"one slash", "Дорога [LOC Київ] / [LOC Житомир] .", []string{"LOC Київ", "LOC Житомир"}},
	})
}

func TestJoinBodyHeads(t *testing.T) {
	tags := map[string]string{
		"Офісі": "офіс/noun:inanim:m:v_mis", "Президента": "президент/noun:anim:m:v_rod",
		"заступник": "заступник/noun:anim:m:v_naz", "голови": "голова/noun:anim:m:v_rod",
		"Посольство": "посольство/noun:inanim:n:v_naz", "Литви": "Литва/noun:inanim:f:v_rod:prop:geo",
		"Ради": "рада/noun:inanim:f:v_rod", "Грузія": "Грузія/noun:inanim:f:v_naz:prop:geo",
		"ЄС": "ЄС/noun:inanim:m:v_naz:nv:abbr:prop", "Штаб": "штаб/noun:inanim:m:v_naz",
		"ЗСУ": "ЗСУ/noun:inanim:p:v_rod:nv:abbr:prop", "Коаліції": "коаліція/noun:inanim:f:v_rod",
		"донорів": "донор/noun:anim:p:v_rod", "Радіо": "радіо/noun:inanim:n:v_naz:nv",
		"Правда": "Правда/noun:inanim:f:v_naz:prop", "Фонду": "фонд/noun:inanim:m:v_rod",
		"Шевченка": "Шевченко/noun:anim:m:v_rod:prop:lname", "Держкіно": "Держкіно/noun:inanim:n:v_rod:nv:prop",
		"Фонд": "фонд/noun:inanim:m:v_naz", "Уряд": "уряд/noun:inanim:m:v_naz",
		"МЗС": "МЗС/noun:inanim:p:v_mis:nv:abbr", "Польщі": "Польща/noun:inanim:f:v_rod:prop:geo",
		"Коваль": "Коваль/noun:anim:m:v_naz:prop:lname", "рішення": "рішення/noun:inanim:n:v_rod",
		"Генеральний": "генеральний/adj:m:v_naz", "штаб": "штаб/noun:inanim:m:v_naz",
		"Генерального": "генеральний/adj:m:v_rod", "штабу": "штаб/noun:inanim:m:v_rod",
		"директор": "директор/noun:anim:m:v_naz", "НАБУ": "НАБУ/noun:inanim:n:v_rod:nv:abbr:prop",
		"Асоціація": "асоціація/noun:inanim:f:v_naz", "фермерів": "фермер/noun:anim:p:v_rod",
		"приватних": "приватний/adj:p:v_rod", "землевласників": "землевласник/noun:anim:p:v_rod",
		"України": "Україна/noun:inanim:f:v_rod:prop:geo", "Спілки": "спілка/noun:inanim:f:v_rod",
		"пасічників": "пасічник/noun:anim:p:v_rod", "Голова": "голова/noun:anim:m:v_naz",
		"Федерації": "федерація/noun:inanim:p:v_naz", "фехтування": "фехтування/noun:inanim:n:v_rod",
		"Естонії": "Естонія/noun:inanim:f:v_rod:prop:geo", "Спілка": "спілка/noun:inanim:f:v_naz",
		"Полтави": "Полтава/noun:inanim:f:v_rod:prop:geo",
	}
	runRuleCases(t, joinBodyHeads, tags, []ruleCase{
		{"members joined by та and a country", "Однак Асоціація фермерів та приватних землевласників [LOC України] розкритикувала .",
			[]string{"ORG Асоціація фермерів та приватних землевласників України"}},
		{"a country after members at the start", "Асоціація фермерів [LOC України] заявила .", []string{"ORG Асоціація фермерів України"}},
		{"a title over the head, members as a title", "[JOB Голова Спілки] [JOB пасічників] [LOC України] сказала .",
			[]string{"JOB Голова", "ORG Спілки пасічників України"}},
		{"the head alone as an ORG", "Члени [ORG Спілки] пасічників [LOC України] зібралися .", []string{"ORG Спілки пасічників України"}},
		{"not a list of countries", "Федерації фехтування [LOC Польщі] , [LOC Естонії] та [LOC Литви] заявили .",
			[]string{"LOC Польщі", "LOC Естонії", "LOC Литви"}},
		{"not a city for a country", "Вчора Спілка пасічників [LOC Полтави] заявила .", []string{"ORG Спілка пасічників", "LOC Полтави"}},
		{"a JOB of an adjective and a body's noun before an acronym", "[JOB Генеральний штаб] [ORG ЗСУ] повідомив .",
			[]string{"ORG Генеральний штаб ЗСУ"}},
		{"the same in the genitive", "За даними [JOB Генерального штабу] [ORG ЗСУ] , бої тривають .",
			[]string{"ORG Генерального штабу ЗСУ"}},
		{"not a title before an acronym", "[JOB Генеральний директор] [ORG НАБУ] заявив .",
			[]string{"JOB Генеральний директор", "ORG НАБУ"}},
		{"not a body's noun with no acronym after it", "[JOB Генеральний штаб] повідомив .",
			[]string{"JOB Генеральний штаб"}},
		{"a ministry's acronym before a country", "У МЗС [LOC Польщі] заявили .", []string{"ORG МЗС Польщі"}},
		{"not a ministry's acronym before a person", "Глава МЗС [PERS Коваль] заявив .", []string{"PERS Коваль"}},
		{"not a ministry's acronym before a lower-case genitive", "У МЗС рішення назвали .", nil},
		{"a JOB across the body's name", "Вчора в Офісі [JOB Президента заступник голови] сказав .",
			[]string{"ORG Офісі Президента", "JOB заступник голови"}},
		{"a country", "Посольство [LOC Литви] заявило .", []string{"ORG Посольство Литви"}},
		{"two names and a dash", "Засідання Ради [LOC Грузія] – [ORG ЄС] відбулося .", []string{"ORG Ради Грузія – ЄС"}},
		{"an abbreviation", "Штаб [ORG ЗСУ] повідомив .", []string{"ORG Штаб ЗСУ"}},
		{"a lower-case genitive", "Засідання Коаліції донорів відбулося .", []string{"ORG Коаліції донорів"}},
		{"a name in apposition", "Пише Радіо [PERS Правда] .", []string{"ORG Радіо Правда"}},
		{"a person's name", "Гроші з Фонду [PERS Шевченка] .", []string{"ORG Фонду Шевченка"}},
		{"not a body's name that is whole", "Це Фонд [ORG Держкіно] .", []string{"ORG Держкіно"}},
		{"not a lower-case head", "Вирішили , що уряд [LOC Литви] правий .", []string{"LOC Литви"}},
		{"not a body that stands for a country", "Уряд [LOC Литви] вирішив .", []string{"LOC Литви"}},
		{"not a genitive tail at the start", "Коаліції донорів не буде .", nil},
	})
}

func TestAddAdjBodies(t *testing.T) {
	tags := map[string]string{
		"Європейська": "європейський/adj:f:v_naz", "комісія": "комісія/noun:inanim:f:v_naz",
		"Федеральна": "федеральний/adj:f:v_naz", "рада": "рада/noun:inanim:f:v_naz",
		"Австрії": "Австрія/noun:inanim:f:v_rod:prop:geo", "Повітряних": "повітряний/adj:p:v_rod",
		"сил": "сила/noun:inanim:p:v_rod", "силах": "сила/noun:inanim:p:v_mis",
		"Нова": "новий/adj:f:v_naz", "Турецька": "турецький/adj:f:v_naz", "компанія": "компанія/noun:inanim:f:v_naz",
		"Латвійська": "латвійський/adj:f:v_naz", "держава": "держава/noun:inanim:f:v_naz",
		"Комунального": "комунальний/adj:n:v_rod", "підприємства": "підприємство/noun:inanim:n:v_rod",
		"Спеціального": "спеціальний/adj:m:v_rod", "трибуналу": "трибунал/noun:inanim:m:v_rod",
		"Головна": "головний/adj:f:v_naz", "охорони": "охорона/noun:inanim:f:v_rod",
		"Словацьке": "словацький/adj:n:v_zna", "телебачення": "телебачення/noun:inanim:n:v_zna",
	}
	runRuleCases(t, addAdjBodies, tags, []ruleCase{
		{"a place's adjective before a body", "Пише з посиланням на [LOC Словацьке] телебачення .", []string{"ORG Словацьке телебачення"}},
		{"not a place's adjective before a body at the start", "[LOC Словацьке] телебачення повідомило .", []string{"LOC Словацьке"}},
		{"in mid-sentence", "Вчора Європейська комісія схвалила план .", []string{"ORG Європейська комісія"}},
		{"at the start, from a place", "Європейська комісія схвалила план .", []string{"ORG Європейська комісія"}},
		{"at the start, not from a place", "Нова рада зібралась .", nil},
		{"a country after it", "Вчора Федеральна рада [LOC Австрії] вирішила .", []string{"ORG Федеральна рада Австрії"}},
		{"a country at the start", "Федеральна рада [LOC Австрії] вирішила .", []string{"ORG Федеральна рада Австрії"}},
		{"forces", "За даними Повітряних сил , ворог атакував .", []string{"ORG Повітряних сил"}},
		{"a PERS span", "За даними [PERS Повітряних сил] , ворог атакував .", []string{"ORG Повітряних сил"}},
		{"a genitive tail", "Вчора Головна рада охорони зібралась .", []string{"ORG Головна рада охорони"}},
		{"not a company at the start", "Турецька компанія подала позов .", nil},
		{"not a state", "Тоді Латвійська держава постала .", nil},
		{"not a quoted name's head", "Орендує у Комунального підприємства « Вода » .", nil},
		{"a tribunal", "Угода про створення Спеціального трибуналу .", []string{"ORG Спеціального трибуналу"}},
	})
}

func TestAddTitleCountries(t *testing.T) {
	tags := map[string]string{
		"послом": "посол/noun:anim:m:v_oru", "Японії": "Японія/noun:inanim:f:v_rod:prop:geo",
		"Посол": "посол/noun:anim:m:v_naz", "прем'єр": "прем'єр/noun:anim:m:v_naz",
		"почесний": "почесний/adj:m:v_naz", "консул": "консул/noun:anim:m:v_naz", "Польщі": "Польща/noun:inanim:f:v_rod:prop:geo",
		"кабінету": "кабінет/noun:inanim:m:v_rod", "міністрів": "міністр/noun:anim:p:v_rod",
		"Києва": "Київ/noun:inanim:m:v_rod:prop:geo", "посла": "посол/noun:anim:m:v_rod",
	}
	runRuleCases(t, addTitleCountries, tags, []ruleCase{
		{"an ambassador", "Він зустрівся з послом [LOC Японії] .", []string{"JOB послом", "LOC Японії"}},
		{"at the start", "Посол [LOC Японії] заявив .", []string{"JOB Посол", "LOC Японії"}},
		{"an adjective before", "Це почесний консул [LOC Польщі] .", []string{"JOB почесний консул", "LOC Польщі"}},
		{"not a body's members", "Секретар кабінету міністрів [LOC Японії] .", []string{"LOC Японії"}},
		{"not a city", "Прибув посла [LOC Києва] .", []string{"LOC Києва"}},
		{"already tagged", "Заявив [JOB прем'єр] [LOC Польщі] .", []string{"JOB прем'єр", "LOC Польщі"}},
	})
}

func TestAddReportSources(t *testing.T) {
	tags := map[string]string{"пише": "писати/verb:imperf:pres:s:3", "повідомляє": "повідомляти/verb:imperf:pres:s:3"}
	runRuleCases(t, addReportSources, tags, []ruleCase{
		{"a clause's end", "Про це пише Вісник .", []string{"ORG Вісник"}},
		{"with a source", "Про це повідомляє Громада з посиланням на поліцію .", []string{"ORG Громада"}},
		{"a branch", "Про це повідомляє Громада [LOC Полтава] .", []string{"ORG Громада Полтава"}},
		{"a domain", "Про це пише Вісник.net .", []string{"ORG Вісник.net"}},
		{"not mid-phrase", "Про це пише Вісник сьогодні .", nil},
		{"already tagged", "Про це пише [PERS Іван Франко] .", []string{"PERS Іван Франко"}},
	})
}

func TestRetypePersNouns(t *testing.T) {
	tags := map[string]string{
		"Альянсу": "альянс/noun:inanim:m:v_rod", "Спецтрибунал": "спецтрибунал/noun:inanim:m:v_zna",
		"Профспілка": "профспілка/noun:inanim:f:v_naz", "працівників": "працівник/noun:anim:p:v_rod",
		"освіти": "освіта/noun:inanim:f:v_rod", "і": "і/conj:coord", "науки": "наука/noun:inanim:f:v_rod",
		"Міністр": "міністр/noun:anim:m:v_naz", "культури": "культура/noun:inanim:f:v_rod",
		"Вчитель": "вчитель/noun:anim:m:v_naz", "Повітряних": "повітряний/adj:p:v_mis", "силах": "сила/noun:inanim:p:v_mis",
		"Божий": "божий/adj:m:v_naz", "Бідний": "бідний/adj:m:v_naz:compb",
	}
	runRuleCases(t, retypePersNouns, tags, []ruleCase{
		{"a body", "Члени [PERS Альянсу] погодились .", []string{"ORG Альянсу"}},
		{"a prefixed body", "Угоду про [PERS Спецтрибунал] ратифікували .", []string{"ORG Спецтрибунал"}},
		{"a body and its field", "Так , [PERS Профспілка] працівників освіти і науки закликала .",
			[]string{"ORG Профспілка працівників освіти і науки"}},
		{"a title and its field", "[PERS Міністр] культури заявив .", []string{"JOB Міністр культури"}},
		{"not a title alone", "Не знає навіть [PERS Вчитель] .", []string{"PERS Вчитель"}},
		{"an adjective and a body", "Повідомили в [PERS Повітряних] силах .", []string{"ORG Повітряних силах"}},
		{"not an adjective alone", "Це суд [PERS Божий] .", []string{"PERS Божий"}},
		{"not a surname", "Заявив [PERS Бідний] у коментарі .", []string{"PERS Бідний"}},
	})
}

func TestJoinAdjLandmarks(t *testing.T) {
	tags := map[string]string{
		"Маріїнському": "маріїнський/adj:m:v_mis", "палаці": "палац/noun:inanim:m:v_mis",
		"Софійський": "софійський/adj:m:v_naz", "собор": "собор/noun:inanim:m:v_naz",
		"Поштовій": "поштовий/adj:f:v_mis", "площі": "площа/noun:inanim:f:v_mis",
		"Київському": "київський/adj:m:v_mis", "офісі": "офіс/noun:inanim:m:v_mis",
		"Зеленського": "Зеленський/adj:m:v_rod:prop:lname", "Президента": "президент/noun:anim:m:v_rod",
		"Новому": "новий/adj:m:v_mis", "Поштова": "поштовий/adj:f:v_naz",
	}
	runRuleCases(t, joinAdjLandmarks, tags, []ruleCase{
		{"a palace read as a person", "Її зустріли у [PERS Маріїнському] палаці .", []string{"LOC Маріїнському палаці"}},
		{"a cathedral read as a place", "[LOC Софійський] собор відкрито .", []string{"LOC Софійський собор"}},
		{"a square", "Мітинг на [LOC Поштовій] площі .", []string{"LOC Поштовій площі"}},
		{"not a word for another kind of place", "Зустріч у [LOC Київському] офісі .", []string{"LOC Київському"}},
		{"not a noun in another case", "Рішення [PERS Зеленського] палаці .", []string{"PERS Зеленського"}},
		{"not a lower-case adjective", "Мітинг на поштовій площі .", nil},
	})
}

func TestRetypeNewsrooms(t *testing.T) {
	tags := map[string]string{
		"передає": "передавати/verb:imperf:pres:s:3", "повідомляє": "повідомляти/verb:imperf:pres:s:3",
		"розповіла": "розповісти/verb:perf:past:f", "пояснили": "пояснити/verb:perf:past:p",
		"Суспільне": "суспільний/adj:n:v_naz", "Суспільному": "суспільний/adj:m:v_dav",
		"Чорному": "чорний/adj:m:v_dav", "Обласному": "обласний/adj:m:v_dav", "центру": "центр/noun:inanim:m:v_dav",
		"Добрий": "добрий/adj:m:v_naz", "Іван": "Іван/noun:anim:m:v_naz:prop:fname",
		"Олена": "Олена/noun:anim:f:v_naz:prop:fname", "Петренко": "Петренко/noun:anim:f:v_naz:prop:lname",
	}
	runRuleCases(t, retypeNewsrooms, tags, []ruleCase{
		{"a neuter adjective relaying", "Вогонь загасили , передає [LOC Суспільне] .", []string{"ORG Суспільне"}},
		{"with its branch", "Про це повідомляє [PERS Суспільне Херсон] з посиланням на ОВА .", []string{"ORG Суспільне Херсон"}},
		{"the one told, after", "Про це [PERS Суспільному] пояснили в мерії .", []string{"ORG Суспільному"}},
		{"the one told, untagged", "Вона розповіла Суспільному , що не поїде .", []string{"ORG Суспільному"}},
		{"in a comment", "Так вважає Іван у коментарі [LOC Суспільному] .", []string{"ORG Суспільному"}},
		{"not a listed surname", "Вона розповіла [PERS Чорному] про все .", []string{"PERS Чорному"}},
		{"not before its noun", "Про це розповіла Обласному центру .", nil},
		{"not a masculine relaying", "Про це повідомляє [PERS Добрий] .", []string{"PERS Добрий"}},
		{"not without a verb of telling", "Вона допомогла Суспільному .", nil},
		{"run into the teller's name", "Як розповіла [PERS Суспільному Олена Петренко] , світла немає .", []string{"ORG Суспільному", "PERS Олена Петренко"}},
	})
	// a site's name, which the tokenizer reads as a URL
	s, spans := taggedMarked(t, "Про це повідомляє [MISC Вісти.ua] .", tags)
	s.Tokens[3].Kind = vistka.URL
	if got := spanStrings(retypeNewsrooms(s.Tokens, spans, 0)); !slices.Equal(got, []string{"ORG Вісти.ua"}) {
		t.Errorf("a site: got %q", got)
	}
}

func TestRetypeQuotedBodies(t *testing.T) {
	tags := map[string]string{
		"Сили": "сила/noun:inanim:f:v_rod", "Слуга": "слуга/noun:anim:m:v_naz", "народу": "народ/noun:inanim:m:v_rod",
		"Голосу": "голос/noun:inanim:m:v_rod", "Петро": "Петро/noun:anim:m:v_naz:prop:fname", "Шевченко": "Шевченко/noun:anim:m:v_naz:prop:lname",
		"України": "Україна/noun:inanim:f:v_rod:prop:geo", "фракції": "фракція/noun:inanim:f:v_mis",
		"Депутати": "депутат/noun:anim:p:v_naz", "серіал": "серіал/noun:inanim:m:v_naz", "Голос": "голос/noun:inanim:m:v_naz",
		"член": "член/noun:anim:m:v_naz",
	}
	runRuleCases(t, retypeQuotedBodies, tags, []ruleCase{
		{"a faction", "У фракції « [PERS Слуга] народу » відповіли .", []string{"ORG Слуга народу"}},
		{"deputies from", "Депутати від « [PERS Голосу] народу » звернулися .", []string{"ORG Голосу народу"}},
		{"a member", "Він член « [PERS Голос] народу » .", []string{"ORG Голос народу"}},
		{"not a work", "Зняли серіал « [PERS Слуга] народу » .", []string{"PERS Слуга"}},
		{"not unquoted", "Він [PERS Слуга] народу .", []string{"PERS Слуга"}},
		{"not a name", "Депутати від « [PERS Петро] » .", []string{"PERS Петро"}},
		{"not a name's genitive", "Депутати від « [PERS Голосу] України » .", []string{"PERS Голосу"}},
		{"not an open quote", "Депутати від « [PERS Голосу] народу і не тільки » .", []string{"PERS Голосу"}},
	})
}

func TestRetypeBodyPlaces(t *testing.T) {
	tags := map[string]string{
		"Ради": "рада/noun:inanim:f:v_rod", "Європи": "Європа/noun:inanim:f:v_rod:prop:geo",
		"Посольстві": "посольство/noun:inanim:n:v_mis", "Франції": "Франція/noun:inanim:f:v_mis:prop:geo",
		"Порту": "порт/noun:inanim:m:v_mis", "Одеса": "Одеса/noun:inanim:f:v_naz:prop:geo",
		"Європейської": "європейський/adj:f:v_rod", "Раду": "рада/noun:inanim:f:v_zna",
	}
	runRuleCases(t, retypeBodyPlaces, tags, []ruleCase{
		{"a council", "Її виключили з [LOC Ради Європи] .", []string{"ORG Ради Європи"}},
		{"an embassy", "Зустріч відбулася в [LOC Посольстві Франції] .", []string{"ORG Посольстві Франції"}},
		{"not a place kind", "Судно стоїть у [LOC Порту Одеса] .", []string{"LOC Порту Одеса"}},
		{"not one word", "Обрали [LOC Раду] .", []string{"LOC Раду"}},
	})
}

func TestAddAdminAbbrevs(t *testing.T) {
	tags := map[string]string{"Сумської": "сумський/adj:f:v_rod", "Кожна": "кожний/adj:f:v_naz:&pron:gen"}
	runRuleCases(t, addAdminAbbrevs, tags, []ruleCase{
		{"with its region", "Пресслужба Сумської ОВА повідомила .", []string{"ORG Сумської ОВА"}},
		{"sentence-first", "ОДА відповіла .", []string{"ORG ОДА"}},
		{"not a pronoun", "Кожна РВА звітує .", []string{"ORG РВА"}},
		{"alone", "За даними ОВА , дрони збили .", []string{"ORG ОВА"}},
		{"two", "Голова РДА звернувся до КМВА .", []string{"ORG РДА", "ORG КМВА"}},
		{"already tagged", "Повідомили в [ORG Сумській ОВА] .", []string{"ORG Сумській ОВА"}},
		{"alone read as a document", "В [DOC ОВА] повідомили .", []string{"ORG ОВА"}},
		{"a document that holds it stays", "Ухвалили [DOC Розпорядження ОДА] .", []string{"DOC Розпорядження ОДА"}},
		{"not another abbreviation", "За даними ДСНС , вогонь загасили .", nil},
	})
}

func TestJoinCouncils(t *testing.T) {
	tags := map[string]string{
		"Рада": "рада/noun:inanim:f:v_naz", "Раді": "рада/noun:inanim:f:v_mis", "Ради": "рада/noun:inanim:f:v_rod",
		"Раду":    "рада/noun:inanim:f:v_zna",
		"Безпеки": "безпека/noun:inanim:f:v_rod", "безпеки": "безпека/noun:inanim:f:v_rod", "ООН": "ООН/noun:inanim:f:v_rod:nv:abbr",
		"Європи": "Європа/noun:inanim:f:v_rod:prop:geo", "ЄС": "ЄС/noun:inanim:m:v_rod:nv:abbr", "міністрів": "міністр/noun:anim:p:v_rod",
		"Маринеску": "Маринеску/noun:anim:m:v_naz:nv:prop:lname", "Верховна": "верховний/adj:f:v_naz",
	}
	runRuleCases(t, joinCouncils, tags, []ruleCase{
		{"the first word dropped", "Рада [ORG Безпеки ООН] ухвалила резолюцію .", []string{"ORG Рада Безпеки ООН"}},
		{"read as a person", "Виступив у [PERS Раді Безпеки ООН] .", []string{"ORG Раді Безпеки ООН"}},
		{"cut in two", "Звернулися до [ORG Ради безпеки] [ORG ООН] .", []string{"ORG Ради безпеки ООН"}},
		{"a place's genitive", "Генсек [ORG Ради] [LOC Європи] приїхав .", []string{"ORG Ради Європи"}},
		{"untagged", "Засідання Ради ЄС перенесли .", []string{"ORG Ради ЄС"}},
		{"not a common noun alone", "Засідання Ради міністрів перенесли .", nil},
		{"not a person", "Прибув [PERS Раду Маринеску] .", []string{"PERS Раду Маринеску"}},
		{"not out of a longer name", "Делегація [ORG Асамблеї Ради Європи] прибула .", []string{"ORG Асамблеї Ради Європи"}},
		{"already whole", "Члени [ORG Ради Європи] зібралися .", []string{"ORG Ради Європи"}},
	})
}

func TestTagParliaments(t *testing.T) {
	tags := map[string]string{
		"Рада": "рада/noun:inanim:f:v_naz", "Раді": "рад/noun:inanim:m:v_mis", "Ради": "рада/noun:inanim:f:v_rod",
		"Радою": "рада/noun:inanim:f:v_oru", "ухвалила": "ухвалити/verb:perf:past:f", "заявили": "заявити/verb:perf:past:p",
		"повідомити": "повідомити/verb:perf:inf", "міністрів": "міністр/noun:anim:p:v_rod", "міська": "міський/adj:f:v_naz",
		"Європи": "Європа/noun:inanim:f:v_rod:prop:geo", "ухвалений": "ухвалений/adj:m:v_naz:&adjp",
	}
	runRuleCases(t, tagParliaments, tags, []ruleCase{
		{"at the start of a sentence, before its verb", "Рада ухвалила закон .", []string{"ORG Рада"}},
		{"read as a unit", "У [MISC Раді] заявили .", []string{"ORG Раді"}},
		{"read as a person", "[PERS Рада] ухвалила закон .", []string{"ORG Рада"}},
		{"untagged inside a sentence", "Закон ухвалений Радою .", []string{"ORG Радою"}},
		{"glad, at the start of a sentence", "Раді повідомити .", nil},
		{"a council of ministers", "Засідання Ради міністрів .", nil},
		{"a council and a place", "Засідання Ради Європи .", nil},
		{"a council an adjective names", "Закон ухвалила міська Рада .", nil},
		{"inside a longer name", "Сесія [ORG Верховної Ради] .", []string{"ORG Верховної Ради"}},
	})
}

func TestAddOrgTails(t *testing.T) {
	tags := map[string]string{
		"Агентство": "агентство/noun:inanim:n:v_naz", "США": "США/noun:inanim:p:v_rod:nv:abbr:prop:geo",
		"з": "з/prep", "міжнародного": "міжнародний/adj:m:v_rod", "розвитку": "розвиток/noun:inanim:m:v_rod",
		"Комісія": "комісія/noun:inanim:f:v_naz", "цінних": "цінний/adj:p:v_rod", "паперів": "папір/noun:inanim:p:v_rod",
		"та": "та/conj:coord", "фондового": "фондовий/adj:m:v_rod", "ринку": "ринок/noun:inanim:m:v_rod",
		"Уряд": "уряд/noun:inanim:m:v_naz", "початку": "початок/noun:inanim:m:v_rod", "року": "рік/noun:inanim:m:v_rod",
		"церкву": "церква/noun:inanim:f:v_zna", "сусіднього": "сусідній/adj:n:v_rod", "села": "село/noun:inanim:n:v_rod",
		"цієї": "цей/adj:f:v_rod:&pron:dem", "нагоди": "нагода/noun:inanim:f:v_rod",
		"Комітет": "комітет/noun:inanim:m:v_naz", "питань": "питання/noun:inanim:p:v_rod", "фінансів": "фінанси/noun:inanim:p:v_rod",
		"податкової": "податковий/adj:f:v_rod", "митної": "митний/adj:f:v_rod", "політики": "політика/noun:inanim:f:v_rod",
		"штабі": "штаб/noun:inanim:m:v_mis", "поводження": "поводження/noun:inanim:n:v_rod",
		"військовополоненими": "військовополонений/noun:anim:p:v_oru", "Місії": "місія/noun:inanim:f:v_rod",
		"ООН": "ООН/noun:inanim:f:v_rod:nv:abbr:prop", "моніторингу": "моніторинг/noun:inanim:m:v_rod",
		"прав": "право/noun:inanim:p:v_rod", "людини": "людина/noun:anim:f:v_rod", "якого": "який/adj:m:v_rod:&pron:rel",
	}
	runRuleCases(t, addOrgTails, tags, []ruleCase{
		{"з питань and its genitives", "У [ORG Координаційному штабі] з питань поводження з військовополоненими .",
			[]string{"ORG Координаційному штабі з питань поводження з військовополоненими"}},
		{"a field word without an adjective", "Дані [ORG Місії ООН] з моніторингу прав людини .", []string{"ORG Місії ООН з моніторингу прав людини"}},
		{"more fields after a comma", "[ORG Комітет з питань фінансів] , податкової та митної політики .",
			[]string{"ORG Комітет з питань фінансів , податкової та митної політики"}},
		{"not a relative clause after a comma", "[ORG Комітет з питань фінансів] , якого .", []string{"ORG Комітет з питань фінансів"}},
		{"a field word needs its body", "Відвідали [ORG церкву] з питань фінансів .", []string{"ORG церкву"}},
		{"a field after a body's acronym tail", "[ORG Агентство США] з міжнародного розвитку .", []string{"ORG Агентство США з міжнародного розвитку"}},
		{"two fields joined by та", "[ORG Комісія] з цінних паперів та фондового ринку .", []string{"ORG Комісія з цінних паперів та фондового ринку"}},
		{"no adjective: a phrase of time", "[ORG Уряд] з початку року .", []string{"ORG Уряд"}},
		{"a kind of body not named for a field", "Відвідали [ORG церкву] з сусіднього села .", []string{"ORG церкву"}},
		{"a pronoun's adjective", "[ORG Комісія] з цієї нагоди .", []string{"ORG Комісія"}},
	})
}

func TestAddTitleOrgs(t *testing.T) {
	tags := map[string]string{
		"голову": "голова/noun:anim:f:v_zna", "голови": "голова/noun:anim:f:v_rod", "Голова": "голова/noun:anim:f:v_naz",
		"заступника": "заступник/noun:anim:m:v_rod", "очільник": "очільник/noun:anim:m:v_naz",
		"перший": "перший/adj:m:v_naz:&numr", "заступник": "заступник/noun:anim:m:v_naz", "директора": "директор/noun:anim:m:v_rod",
		"виконуюча": "виконуючий/adj:f:v_naz", "обов'язки": "обов'язок/noun:inanim:p:v_zna", "начальника": "начальник/noun:anim:m:v_rod",
		"Франко": "Франко/noun:anim:m:v_naz:prop:lname", "кімнати": "кімната/noun:inanim:f:v_rod",
	}
	runRuleCases(t, addTitleOrgs, tags, []ruleCase{
		{"a head in the accusative", "Депутати попросили голову [ORG Волинської ОДА] .", []string{"JOB голову", "ORG Волинської ОДА"}},
		{"a deputy", "Рішення заступника голови [ORG Сокирянської РДА] .", []string{"JOB заступника голови", "ORG Сокирянської РДА"}},
		{"a quoted body", "Заявив очільник « [ORG Укравтодору] » .", []string{"JOB очільник", "ORG Укравтодору"}},
		{"a rank adjective", "Прийшов перший заступник директора [ORG Укрпошти] .", []string{"JOB перший заступник директора", "ORG Укрпошти"}},
		{"an acting head", "Заявила виконуюча обов'язки начальника [ORG Держпраці] .", []string{"JOB виконуюча обов'язки начальника", "ORG Держпраці"}},
		{"already tagged", "Заявив [JOB Голова] [ORG НБУ] .", []string{"JOB Голова", "ORG НБУ"}},
		{"not before a body", "Голова кімнати [PERS Франко] .", []string{"PERS Франко"}},
		{"not a title", "Дах кімнати [ORG Укрпошти] .", []string{"ORG Укрпошти"}},
	})
}

func TestAddCoordinatedJobs(t *testing.T) {
	tags := map[string]string{
		"журналіста": "журналіст/noun:anim:m:v_rod", "письменника": "письменник/noun:anim:m:v_rod", "публіциста": "публіцист/noun:anim:m:v_rod",
		"зоолог": "зоолог/noun:anim:m:v_naz", "природозахисник": "природозахисник/noun:anim:m:v_naz",
		"сином": "син/noun:anim:m:v_oru", "мовознавцем": "мовознавець/noun:anim:m:v_oru",
		"власником": "власник/noun:anim:m:v_oru", "директором": "директор/noun:anim:m:v_oru",
		"художниками": "художник/noun:anim:p:v_oru", "музикантами": "музикант/noun:anim:p:v_oru",
		"лікар": "лікар/noun:anim:m:v_naz", "лікаря": "лікар/noun:anim:m:v_rod", "старша": "старший/adj:f:v_naz:compc",
		"медсестра": "медсестра/noun:anim:f:v_naz", "Іван": "Іван/noun:anim:m:v_naz:prop:fname",
	}
	runRuleCases(t, addCoordinatedJobs, tags, []ruleCase{
		{"a list to the left", "Втратили журналіста , письменника , [JOB публіциста] .",
			[]string{"JOB журналіста", "JOB письменника", "JOB публіциста"}},
		{"to the right after і", "Писав [JOB зоолог] і природозахисник .", []string{"JOB зоолог", "JOB природозахисник"}},
		{"a rank adjective", "Прийшли старша медсестра і [JOB лікар] .", []string{"JOB старша медсестра", "JOB лікар"}},
		{"not kin", "Був сином і [JOB мовознавцем] .", []string{"JOB мовознавцем"}},
		{"not an owner", "Є власником і [JOB директором] .", []string{"JOB директором"}},
		{"not a plural list", "Зустрілась з [JOB художниками] та музикантами .", []string{"JOB художниками"}},
		{"not another case", "Прийшла медсестра , [JOB лікаря] викликали .", []string{"JOB лікаря"}},
		{"not a name", "Прийшов [JOB лікар] і Іван .", []string{"JOB лікар"}},
	})
}

func TestAddTeacherSubjects(t *testing.T) {
	tags := map[string]string{
		"Вчителька": "вчителька/noun:anim:f:v_naz", "учитель": "учитель/noun:anim:m:v_naz", "викладач": "викладач/noun:anim:m:v_naz",
		"старший": "старший/adj:m:v_naz:compc", "математики": "математика/noun:inanim:f:v_rod",
		"історії": "історія/noun:inanim:f:v_rod", "географії": "географія/noun:inanim:f:v_rod",
		"російської": "російський/adj:f:v_rod", "словесності": "словесність/noun:inanim:f:v_rod",
		"дитячої": "дитячий/adj:f:v_rod", "школи": "школа/noun:inanim:f:v_rod", "директор": "директор/noun:anim:m:v_naz",
		"Історії": "історія/noun:inanim:f:v_rod",
	}
	runRuleCases(t, addTeacherSubjects, tags, []ruleCase{
		{"a subject", "Прийшла [JOB Вчителька] математики .", []string{"JOB Вчителька математики"}},
		{"an adjective and a subject", "Працював [JOB старший викладач] російської словесності .",
			[]string{"JOB старший викладач російської словесності"}},
		{"two subjects", "Був [JOB учитель] історії та географії .", []string{"JOB учитель історії та географії"}},
		{"a subject and another title", "Був [JOB учитель] історії та директор .", []string{"JOB учитель історії"}},
		{"not a school", "Прийшов [JOB викладач] дитячої школи .", []string{"JOB викладач"}},
		{"not another title", "Прийшов [JOB директор] історії .", []string{"JOB директор"}},
		{"not a name", "Прийшов [JOB учитель] [ORG Історії] .", []string{"JOB учитель", "ORG Історії"}},
		{"a title no span covers", "Тепер він учитель історії та географії .", []string{"JOB учитель історії та географії"}},
		{"an untagged title with a rank", "Був старший викладач російської словесності .",
			[]string{"JOB старший викладач російської словесності"}},
		{"not an untagged title alone", "Прийшов учитель .", nil},
		{"not an untagged title before a school", "Прийшов викладач дитячої школи .", nil},
	})
}

func TestJoinDollarCountries(t *testing.T) {
	tags := map[string]string{
		"доларів": "долар/noun:inanim:p:v_rod", "гривень": "гривня/noun:inanim:p:v_rod",
		"США": "США/noun:inanim:p:v_rod:prop:geo", "Канади": "Канада/noun:inanim:f:v_rod:prop:geo",
	}
	runRuleCases(t, joinDollarCountries, tags, []ruleCase{
		{"dollars of the USA", "Отримав [MON 50 000 доларів] [LOC США] .", []string{"MON 50 000 доларів США"}},
		{"an abbreviation", "Коштує [MON 3 млн дол .] [LOC США] .", []string{"MON 3 млн дол . США"}},
		{"Canada", "Зібрали [MON 20 доларів] [LOC Канади] .", []string{"MON 20 доларів Канади"}},
		{"not hryvnias", "Привезли [MON 500 гривень] [LOC США] .", []string{"MON 500 гривень", "LOC США"}},
		{"not with a word between", "Дали [MON 5 доларів] в [LOC США] .", []string{"MON 5 доларів", "LOC США"}},
		{"already whole", "Отримав [MON 10 доларів США] .", []string{"MON 10 доларів США"}},
	})
}

func TestAddDeputyTitles(t *testing.T) {
	tags := map[string]string{
		"заступника": "заступник/noun:anim:m:v_rod", "заступник": "заступник/noun:anim:m:v_naz",
		"головного": "головний/adj:m:v_rod", "лікаря": "лікар/noun:anim:m:v_rod", "директора": "директор/noun:anim:m:v_rod",
		"сина": "син/noun:anim:m:v_rod", "лікарів": "лікар/noun:anim:p:v_rod", "лікар": "лікар/noun:anim:m:v_naz",
		"Петренка": "Петренко/noun:anim:m:v_rod:prop:lname",
	}
	runRuleCases(t, addDeputyTitles, tags, []ruleCase{
		{"a rank adjective", "Затримали [JOB заступника] головного лікаря .", []string{"JOB заступника головного лікаря"}},
		{"a title", "Прийшов [JOB заступник] директора .", []string{"JOB заступник директора"}},
		{"not kin", "Прийшов [JOB заступник] сина .", []string{"JOB заступник"}},
		{"not a plural", "Прийшов [JOB заступник] лікарів .", []string{"JOB заступник"}},
		{"not another case", "Прийшов [JOB заступник] лікар .", []string{"JOB заступник"}},
		{"not a name", "Прийшов [JOB заступник] [PERS Петренка] .", []string{"JOB заступник", "PERS Петренка"}},
		{"already whole", "Прийшов [JOB заступник директора] .", []string{"JOB заступник директора"}},
	})
}

func TestDropQuotedSpeech(t *testing.T) {
	tags := map[string]string{
		"зазначив": "зазначити/verb:perf:past:m", "заявив": "заявити/verb:perf:past:m",
		"сказала": "сказати/verb:perf:past:f", "журналістам": "журналіст/noun:anim:p:v_dav",
		"прочитав": "прочитати/verb:perf:past:m", "вийшов": "вийти/verb:perf:past:m",
		"фільм":    "фільм/noun:inanim:m:v_naz",
		"написала": "написати/verb:perf:past:f", "відповів": "відповісти/verb:perf:past:m",
	}
	runRuleCases(t, dropQuotedSpeech, tags, []ruleCase{
		{"closed by a comma, a dash and a verb of saying", "« [ART Ситуація контрольована] » , — зазначив він .", nil},
		{"after a verb of saying and a colon", "Командир заявив : « [ART Ми не відступимо] » .", nil},
		{"a word between the verb and the colon", "Вона сказала журналістам : « [ART Усе буде добре] » .", nil},
		{"straight marks with the marks in the span", `[ART " Ми готові "] , – сказала вона .`, nil},
		{"a title after a verb of reading stays", "Він прочитав : « [ART Кобзар] » .", []string{"ART Кобзар"}},
		{"what one wrote may be a title", "Вона написала : « [ART Ворог біля воріт] » .", []string{"ART Ворог біля воріт"}},
		{"a title after a word for a work stays", "Вийшов фільм « [ART Тіні] » , який зняв режисер .", []string{"ART Тіні"}},
		{"a slogan read as an organisation", "« [ORG Слава Україні] » , — сказала вона .", nil},
		{"a quoted answer read as an organisation", "« [ORG Укрзалізниця] » , — зазначив він .", nil},
		{"speech after a colon read as a miscellaneous name", "Командир заявив : « [MISC Ми не відступимо] » .", nil},
		{"an organisation at the end of a longer quotation stays", "« Нам допомагає компанія « [ORG Укрзалізниця] » » , — зазначив він .", []string{"ORG Укрзалізниця"}},
		{"an organisation after a word stays", "Компанія « [ORG Укрзалізниця] » , — зазначив він , працює .", []string{"ORG Укрзалізниця"}},
		{"an organisation out of a speech frame stays", "« [ORG Укрзалізниця] » повідомила про зміни .", []string{"ORG Укрзалізниця"}},
		{"a person is not this rule's", "« [PERS Левченко] » , — відповів він .", []string{"PERS Левченко"}},
	})
}

func TestAddTitlePersons(t *testing.T) {
	tags := map[string]string{
		"Прем'єр": "прем'єр/noun:anim:m:v_naz", "прем'єра": "прем'єр/noun:anim:m:v_rod", "колишнього": "колишній/adj:m:v_rod",
		"Ковальчук": "Ковальчук/noun:anim:m:v_naz:prop:lname", "Остапа": "Остап/noun:anim:m:v_rod:prop:fname",
		"Остапові": "Остап/noun:anim:m:v_dav:prop:fname", "Остап": "Остап/noun:anim:m:v_naz:prop:fname",
		"міністром": "міністр/noun:anim:m:v_oru", "фінансів": "фінанси/noun:inanim:p:v_rod", "Латвії": "Латвія/noun:inanim:f:v_rod:prop:geo",
		"Яном": "Ян/noun:anim:m:v_oru:prop:fname", "Лідер": "лідер/noun:anim:m:v_naz", "Світанку": "світанок/noun:inanim:m:v_rod",
		"Петро": "Петро/noun:anim:m:v_naz:prop:fname", "Міністр": "міністр/noun:anim:m:v_naz", "економіки": "економіка/noun:inanim:f:v_rod",
		"довкілля": "довкілля/noun:inanim:n:v_rod", "та": "та/conj:coord", "енергетики": "енергетика/noun:inanim:f:v_rod",
		"Речник": "речник/noun:anim:m:v_naz", "прикордонної": "прикордонний/adj:f:v_rod", "служби": "служба/noun:inanim:f:v_rod",
		"лідерів": "лідер/noun:anim:p:v_rod", "полковника": "полковник/noun:anim:m:v_rod", "Офісу": "офіс/noun:inanim:m:v_rod",
		"Прем'єра": "прем'єр/noun:anim:m:v_rod", "ЄК": "ЄК/noun:inanim:f:v_rod:nv:abbr", "з": "з/prep",
		"питань": "питання/noun:inanim:p:v_rod", "торгівлі": "торгівля/noun:inanim:f:v_rod",
		"Вселенським": "вселенський/adj:m:v_oru", "патріархом": "патріарх/noun:anim:m:v_oru", "Іваном": "Іван/noun:anim:m:v_oru:prop:fname",
		"Іван": "Іван/noun:anim:m:v_naz:prop:fname", "Предстоятель": "предстоятель/noun:anim:m:v_naz", "митрополит": "митрополит/noun:anim:m:v_naz",
		"Церкви": "церква/noun:inanim:f:v_rod", "Великим": "великий/adj:m:v_oru", "собором": "собор/noun:inanim:m:v_oru",
		"Митрополит": "митрополит/noun:anim:m:v_naz",
	}
	runRuleCases(t, addTitlePersons, tags, []ruleCase{
		{"a church title", "Митрополит [PERS Іван] прибув .", []string{"JOB Митрополит", "PERS Іван"}},
		{"a title with an adjective read as a body", "Він зустрівся з [ORG Вселенським патріархом] [PERS Іваном] .",
			[]string{"JOB Вселенським патріархом", "PERS Іваном"}},
		{"not a body of an inanimate noun", "Він зустрівся з [ORG Великим собором] [PERS Іваном] .",
			[]string{"ORG Великим собором", "PERS Іваном"}},
		{"two titles, a body between", "Предстоятель [ORG Церкви Латвії] митрополит [PERS Іван] прибув .",
			[]string{"JOB Предстоятель", "ORG Церкви Латвії", "JOB митрополит", "PERS Іван"}},
		{"not a second title in another case", "Предстоятель [ORG Церкви Латвії] патріархом [PERS Іваном] став .",
			[]string{"ORG Церкви Латвії", "JOB патріархом", "PERS Іваном"}},
		{"at the start", "Прем'єр [PERS Ковальчук] відповів .", []string{"JOB Прем'єр", "PERS Ковальчук"}},
		{"a former one", "Уряд колишнього прем'єра [PERS Остапа Гнатюка] пішов .", []string{"JOB прем'єра", "PERS Остапа Гнатюка"}},
		{"a minister: the field is left", "Він зустрівся з міністром фінансів [LOC Латвії] [PERS Яном Берзіньшем] .",
			[]string{"JOB міністром", "LOC Латвії", "PERS Яном Берзіньшем"}},
		{"a list of fields", "Міністр економіки , довкілля та енергетики [PERS Остап Гнатюк] заявив .", []string{"JOB Міністр", "PERS Остап Гнатюк"}},
		{"the words that complete it", "Речник прикордонної служби [PERS Остап Гнатюк] заявив .", []string{"JOB Речник прикордонної служби", "PERS Остап Гнатюк"}},
		{"a body in quotes", "Лідер « [ORG Світанку] » [PERS Петро Мороз] заявив .", []string{"JOB Лідер", "ORG Світанку", "PERS Петро Мороз"}},
		{"not in another case", "Лист прем'єра [PERS Остапові Гнатюку] передали .", []string{"PERS Остапові Гнатюку"}},
		{"not the plural", "Це один із лідерів [PERS Остап Гнатюк] .", []string{"PERS Остап Гнатюк"}},
		{"not a rank", "Під командуванням полковника [PERS Остапа Гнатюка] .", []string{"PERS Остапа Гнатюка"}},
		{"not after a body", "Співробітник Офісу Прем'єра [PERS Остапа Гнатюка] .", []string{"PERS Остапа Гнатюка"}},
		{"already tagged", "[JOB Прем'єр] [PERS Ковальчук] відповів .", []string{"JOB Прем'єр", "PERS Ковальчук"}},
		{"a field after a body's abbreviation", "Речник [ORG ЄК з питань торгівлі] [PERS Остап Гнатюк] заявив .",
			[]string{"JOB Речник", "ORG ЄК", "PERS Остап Гнатюк"}},
		{"a field after a country", "Речник [LOC Латвії] з питань торгівлі [PERS Остап Гнатюк] заявив .",
			[]string{"JOB Речник", "LOC Латвії", "PERS Остап Гнатюк"}},
		{"not a body's own field", "Речник [ORG ЄК з питань торгівлі] заявив .", []string{"ORG ЄК з питань торгівлі"}},
	})
}

func TestCutWeekdayTails(t *testing.T) {
	tags := map[string]string{
		"середу": "середа/noun:inanim:f:v_zna", "п’ятницю": "п'ятниця/noun:inanim:f:v_zna", "Неділю": "неділя/noun:inanim:f:v_zna",
	}
	runRuleCases(t, cutWeekdayTails, tags, []ruleCase{
		{"a body", "Повідомили в [ORG Міністерстві культури в середу] .", []string{"ORG Міністерстві культури"}},
		{"a typographic apostrophe", "Заявили в [ORG Службі зайнятості у п’ятницю] .", []string{"ORG Службі зайнятості"}},
		{"not a capitalised day", "Це [ORG Клуб « На Неділю »] .", []string{"ORG Клуб « На Неділю »"}},
		{"not a day alone", "Повідомили в [ORG Міністерстві культури] в середу .", []string{"ORG Міністерстві культури"}},
	})
}

func TestAddAdjTails(t *testing.T) {
	tags := map[string]string{
		"ТЕК": "ТЕК/noun:inanim:f:v_rod:nv", "Поліські": "поліський/adj:p:v_naz", "теплові": "тепловий/adj:p:v_naz",
		"мережі": "мережа/noun:inanim:p:v_naz", "Майчин": "майчин/adj:m:v_naz", "живіт": "живіт/noun:inanim:m:v_naz",
		"Ткаченко": "Ткаченко/noun:anim:m:v_naz:prop:lname", "Зеленський": "Зеленський/adj:m:v_naz:prop:lname",
		"Поліська": "поліський/adj:f:v_naz",
	}
	runRuleCases(t, addAdjTails, tags, []ruleCase{
		{"a company's name", "Енергетики [PERS ТЕК Поліські] мережі відновили світло .", []string{"ORG ТЕК Поліські мережі"}},
		{"adjectives before the noun", "Енергетики [ORG ТЕК Поліські] теплові мережі відновили світло .", []string{"ORG ТЕК Поліські теплові мережі"}},
		{"not in another case or number", "Енергетики [ORG ТЕК Поліська] мережі відновили світло .", []string{"ORG ТЕК Поліська"}},
		{"not a possessive adjective alone", "Бо [PERS Майчин] живіт пам'ятав .", []string{"PERS Майчин"}},
		{"not a surname", "Бо [PERS ТЕК Зеленський] живіт пам'ятав .", []string{"PERS ТЕК Зеленський"}},
	})
}

func TestAddOrgTailsActionsS52g(t *testing.T) {
	tags := map[string]string{
		"Фонд": "фонд/noun:inanim:m:v_naz", "ліквідації": "ліквідація/noun:inanim:f:v_rod",
		"наслідків": "наслідок/noun:inanim:p:v_rod", "збройної": "збройний/adj:f:v_rod", "агресії": "агресія/noun:inanim:f:v_rod",
		"Центр": "центр/noun:inanim:m:v_naz", "підтримки": "підтримка/noun:inanim:f:v_rod",
		"минулого": "минулий/adj:m:v_rod", "року": "рік/noun:inanim:m:v_rod",
	}
	runRuleCases(t, addOrgTails, tags, []ruleCase{
		{"an act's object after the act", "Решту дав [ORG Фонд ліквідації] наслідків збройної агресії .",
			[]string{"ORG Фонд ліквідації наслідків збройної агресії"}},
		{"not a phrase of time", "Гроші дав [ORG Центр підтримки] минулого року .", []string{"ORG Центр підтримки"}},
	})
}
