package ner

import (
	"strings"
	"testing"

	"github.com/vistka/vistka"
)

func TestSummarize(t *testing.T) {
	tags := map[string]string{
		"двадцять": "двадцять/numr:p:v_naz", "Київська": "київський/adj:f:v_naz", "київська": "київський/adj:f:v_naz",
		"Марія": "Марія/noun:anim:f:v_naz:prop:fname", "Рада": "рада/noun:inanim:f:v_naz", "Раді": "рада/noun:inanim:f:v_mis",
		"рада": "рада/noun:inanim:f:v_naz", "вчителька": "вчителька/noun:anim:f:v_naz", "Викладача": "викладач/noun:anim:m:v_rod",
		"вчительська": "вчительський/adj:f:v_naz", "Радою": "Рада/noun:inanim:f:v_oru:prop", "Марійчин": "Марійчин/adj:m:v_naz",
		"ОФІСІ": "офіс/noun:inanim:m:v_mis", "офісі": "офіс/noun:inanim:m:v_mis", "Радий": "радий/adj:m:v_naz",
	}
	tests := []struct {
		marked string
		want   sentBits
	}{
		{"Прийшли вчора .", 0},
		{"Прийшли о 19:00 .", sbDigit},
		{"Прийшли о 5 .", sbDigit},
		{"Купили двадцять тонн .", sbNumeral},
		{"Прийшли о десятій ранку .", sbHour},
		{"ПРИЙШЛИ О П'ЯТОЇ .", sbHour},
		{"Прийшли о п’ятій .", sbHour},
		{"Нова пісня .", 0},
		{"Київська рада .", sbUpperAdj},
		{"Марія і київська рада .", 0},
		{"Марійчин брат .", sbUpperAdj},
		{"Прийшли у травні .", sbMonthIn},
		{"ПРИЙШЛИ У ТРАВНІ .", 0}, // not in monthLocatives
		{"Прийшли у лютому .", sbMonthIn},
		{"Було у травні-жовтні .", sbRange},
		{"Було у травні – жовтні .", sbRange | sbMonthIn},
		{"Було 5 - 6 .", sbDigit | sbRange},
		{"Будь-який .", 0},
		{"Було в листопаді–грудні .", sbRange | sbMonthIn},
		{"Росла трава .", 0},
		{"Рада безпеки .", sbCouncil | sbRada},
		{"Виступив у Раді .", sbCouncil | sbRada},
		{"Виступив перед Радою .", sbCouncil | sbRada},
		{"Виступила рада .", 0},
		{"Прийшла вчителька .", sbTeacher},
		{"Викладача немає .", sbTeacher},
		{"Кімната вчительська .", 0},
		{"Очільник Сумської ОВА .", sbAdmin},
		{"Очільник КМДА .", sbAdmin},
		{"Очільник ОВАЦ .", 0},
		{"Прийшла ОЛЕНА .", 0},
		{"Компанія « Альфа » .", sbQuote},
		{"Компанія „ Альфа “ .", sbQuote},
		{"Компанія “ Альфа ” .", sbQuote},
		{"Компанія » Альфа ” .", 0},
		{"О 10:00 у травні двадцять .", sbDigit | sbMonthIn | sbNumeral},
		{"Прийшли ( вчора ) .", sbBracket},
		{"Прийшли ( 3 ) .", sbBracket | sbDigit},
		{"Прийшли ) .", sbBracket},
		{"Прийшли { вчора } .", 0},
		{"В Офісі заявили .", sbOffice},
		{"В ОФІСІ заявили .", sbOffice},
		{"В офісі заявили .", 0},
		{"ТЦК та СП .", sbOffice},
		{"Депутати Ради .", sbRada},
		{"Радий бачити .", sbUpperAdj},
		{"Радіо грає .", 0},
	}
	for _, tt := range tests {
		s, _ := taggedMarked(t, tt.marked, tags)
		if got := summarize(s.Tokens); got != tt.want {
			t.Errorf("%q: %06b, want %06b", tt.marked, got, tt.want)
		}
	}
	url := []vistka.Token{{Text: "Пише", Kind: vistka.Word}, {Text: "https://example.com", Kind: vistka.URL}}
	if got := summarize(url); got != sbURL {
		t.Errorf("a URL: %06b", got)
	}
	for _, w := range []string{"[", "]"} {
		if got := summarize([]vistka.Token{{Text: "Див", Kind: vistka.Word}, {Text: w, Kind: vistka.Punct}}); got != sbBracket {
			t.Errorf("%q: %06b", w, got)
		}
	}
}

// TestGateWords checks the words the gates rely on: every month in the
// locative has the length, the initial and the ending summarize tests
// first, and
// every monthPair the length and the dash.
func TestGateWords(t *testing.T) {
	for w := range monthLocatives {
		if len(w) < 10 || len(w) > 18 || !monthInitial(w) || !strings.HasSuffix(w, "і") && !strings.HasSuffix(w, "у") {
			t.Errorf("%q: summarize does not look it up", w)
		}
		for v := range monthLocatives {
			for _, dash := range []string{"-", "–"} {
				if p := w + dash + v; monthPair(p) && summarize([]vistka.Token{{Text: p}})&sbRange == 0 {
					t.Errorf("%q: no sbRange", p)
				}
			}
		}
	}
}

func TestGateCodes(t *testing.T) {
	for w := range codeAcronyms {
		if got := summarize([]vistka.Token{{Text: w}}); got&sbCode == 0 {
			t.Errorf("%q: no sbCode", w)
		}
	}
	for _, l := range []string{"кодекс", "кремль"} {
		if got := summarize([]vistka.Token{{Text: "x", Lemma: l}}); got&(sbCode|sbSeat) == 0 {
			t.Errorf("%q: no bit", l)
		}
	}
}

func TestGateAbbrevs(t *testing.T) {
	for w := range adminAbbrevWords {
		if n := len(w); n != 6 && n != 8 || !strings.HasSuffix(w, "А") {
			t.Errorf("%q: summarize does not look it up", w)
		}
	}
}

func TestSpanSum(t *testing.T) {
	spans := []vistka.Span{{Type: "PERS"}, {Type: "DATE"}, {Type: "JOB"}}
	if got := spanSum(spans); got != sbPERS {
		t.Errorf("spanSum: %b", got)
	}
	if got := spanSum([]vistka.Span{{Type: "LOC"}, {Type: "ORG"}}); got != sbLOC|sbORG {
		t.Errorf("spanSum: %b", got)
	}
}

// TestSummarizeHour compares the bit of an hour's ordinal with
// hourOrdinal itself, over the stems, their endings and cases.
func TestSummarizeHour(t *testing.T) {
	for stem := range hourStems {
		for _, w := range []string{stem + "ій", stem + "ої", stem + "ий", stem + "а", stem + "ої.", stem + "ою"} {
			for _, v := range []string{w, strings.ToUpper(w), titleCase(w)} {
				toks := []vistka.Token{{Text: v, Kind: vistka.Word}}
				if got, want := summarize(toks)&sbHour != 0, hourOrdinal(v); got != want {
					t.Errorf("%q: hour bit %v, hourOrdinal %v", v, got, want)
				}
			}
		}
	}
}
