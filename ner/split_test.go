package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/vistka/vistka"
)

// The tags are the pipeline tagger's for these words in context
// (`vistka analyze`).
func TestSplitNames(t *testing.T) {
	tests := []struct {
		name string
		typ  string
		toks string // lemma/tag of each word, split by spaces
		text string
		want []string
	}{
		{"place and person", "PERS", "Фінляндія/noun:inanim:f:v_rod:prop:geo Орпо/noun:anim:m:v_naz:nv:prop:fname",
			"Фінляндії Орпо", []string{"LOC Фінляндії", "PERS Орпо"}},
		{"a place's name in the locative", "LOC",
			"маріїнський/adj:m:v_mis палац/noun:inanim:m:v_mis Орпо/noun:anim:m:v_naz:nv:prop:fname",
			"Маріїнському палаці Орпо", []string{"LOC Маріїнському палаці", "PERS Орпо"}},
		{"two persons in two cases", "PERS", "Зеленський/noun:anim:m:v_oru:prop:lname Стер/noun:anim:m:v_kly:prop:fname",
			"Зеленським Стере", []string{"PERS Зеленським", "PERS Стере"}},
		{"a full name whose surname does not decline, then a full name in the nominative", "PERS",
			"Марк/noun:anim:m:v_oru:prop:fname Рютте/noun:anim:m:v_oru:nv:prop:lname Андрій/noun:anim:m:v_naz:prop:fname Сибіга/noun:anim:m:v_naz:prop:lname",
			"Марком Рютте Андрій Сибіга", []string{"PERS Марком Рютте", "PERS Андрій Сибіга"}},
		{"a person and an outlet", "PERS", "зеленський/adj:m:v_rod Reuters/unclass",
			"Зеленського Reuters", []string{"PERS Зеленського", "ORG Reuters"}},
		{"an organisation and a full name", "ORG",
			"антимонопольний/adj:m:v_rod комітет/noun:inanim:m:v_rod Україна/noun:inanim:f:v_rod:prop:geo Агія/noun:anim:f:v_rod:prop:fname загребельський/adj:f:v_rod",
			"Антимонопольного комітету України Агії Загребельської",
			[]string{"ORG Антимонопольного комітету України", "PERS Агії Загребельської"}},
		{"a city and a full name", "LOC",
			"Київ/noun:inanim:m:v_rod:prop:geo Леонід/noun:anim:m:v_rod:prop:fname Черновецький/noun:anim:m:v_rod:prop:lname",
			"Києва Леоніда Черновецького", []string{"LOC Києва", "PERS Леоніда Черновецького"}},
		{"a court and a judge", "ORG",
			"овруцький/adj:m:v_rod районний/adj:m:v_rod суд/noun:inanim:m:v_rod Кулініч/noun:anim:m:v_naz:nv:prop:lname",
			"Овруцького районного суду Кулініч", []string{"ORG Овруцького районного суду", "PERS Кулініч"}},
		{"a surname and a full name in another case", "ORG",
			"Іван/noun:anim:m:v_rod:prop:fname Іванович/noun:anim:m:v_rod:prop:pname Абрамов/noun:anim:m:v_rod:prop:lname Андрій/noun:anim:m:v_dav:prop:fname Іванчук/noun:anim:m:v_dav:prop:lname",
			"Івана Івановича Абрамова Андрієві Іванчуку", []string{"PERS Івана Івановича Абрамова", "PERS Андрієві Іванчуку"}},
		{"a surname and a full name in one case", "PERS",
			"Кравець/noun:anim:m:v_rod:prop:lname Людмила/noun:anim:f:v_rod:prop:fname Біцюк/noun:anim:f:v_rod:nv:prop:lname",
			"Кравця Людмили Біцюк", []string{"PERS Кравця", "PERS Людмили Біцюк"}},

		{"first name and surname", "PERS", "Ентоні/noun:anim:m:v_naz:nv:prop:fname Блінкен/noun:anim:m:v_naz:prop:lname",
			"Ентоні Блінкен", []string{"PERS Ентоні Блінкен"}},
		{"hyphenated first name", "PERS", "Касим-Жомарт/noun:anim:m:v_naz:prop:fname Токаєв/noun:anim:m:v_naz:prop:lname",
			"Касим-Жомарт Токаєв", []string{"PERS Касим-Жомарт Токаєв"}},
		{"a foundation named after a person", "ORG",
			"фонд/noun:inanim:m:v_naz Рінат/noun:anim:m:v_rod:prop:fname Ахметов/noun:anim:m:v_rod:prop:lname",
			"Фонд Ріната Ахметова", []string{"ORG Фонд Ріната Ахметова"}},
		{"a foundation named after a person, oblique", "ORG",
			"фонд/noun:inanim:m:v_dav Рінат/noun:anim:m:v_rod:prop:fname Ахметов/noun:anim:m:v_rod:prop:lname",
			"Фонду Ріната Ахметова", []string{"ORG Фонду Ріната Ахметова"}},
		{"a university named after a person", "ORG",
			"київський/adj:m:v_naz університет/noun:inanim:m:v_naz ім'я/noun:inanim:n:v_rod Шевченко/noun:anim:m:v_rod:prop:lname",
			"Київський університет імені Шевченка", []string{"ORG Київський університет імені Шевченка"}},
		{"a byname from a place", "PERS", "Олександр/noun:anim:m:v_naz:prop:fname македонський/adj:m:v_naz",
			"Олександр Македонський", []string{"PERS Олександр Македонський"}},
		{"a byname from a place, oblique", "PERS", "Сергій/noun:anim:m:v_rod:prop:fname київський/adj:m:v_rod",
			"Сергія Київського", []string{"PERS Сергія Київського"}},
		{"surname, first name and patronymic", "PERS",
			"Шевченко/noun:anim:m:v_rod:prop:lname Тарас/noun:anim:m:v_rod:prop:fname Григорович/noun:anim:m:v_rod:prop:pname",
			"Шевченка Тараса Григоровича", []string{"PERS Шевченка Тараса Григоровича"}},
		{"a foreign first name the tagger reads as a place", "PERS",
			"Масаша/noun:inanim:f:v_rod:prop:geo Мацуд/noun:anim:m:v_rod:prop:fname",
			"Масаші Мацуда", []string{"PERS Масаші Мацуда"}},
		{"a foreign name with a common noun inside", "PERS",
			"Йонас/noun:anim:m:v_oru:prop:fname гар/noun:inanim:m:v_oru Стер/noun:anim:m:v_kly:prop:fname",
			"Йонасом Гаром Стере", []string{"PERS Йонасом Гаром Стере"}},
		{"a Roman numeral", "PERS", "Катерина/noun:anim:f:v_rod:prop:fname II/number",
			"Катерини II", []string{"PERS Катерини II"}},
		{"a Latin acronym after a common noun", "ORG",
			"всесвітній/adj:m:v_oru фонд/noun:inanim:m:v_oru природа/noun:inanim:f:v_rod WWF/unclass",
			"Всесвітнім фондом природи WWF", []string{"ORG Всесвітнім фондом природи WWF"}},
		{"two titles joined by з", "JOB",
			"міністр/noun:anim:m:v_rod з/prep міністр/noun:anim:m:v_oru оборона/noun:inanim:f:v_rod Україна/noun:inanim:f:v_rod:prop:geo",
			"міністра з міністром оборони України", []string{"JOB міністра", "JOB міністром оборони України"}},
		{"a title's own з governs a genitive", "JOB",
			"директор/noun:anim:m:v_naz департамент/noun:inanim:m:v_rod з/prep питання/noun:inanim:p:v_rod альтернативний/adj:p:v_rod паливо/noun:inanim:p:v_rod",
			"директор департаменту з питань альтернативних палив", []string{"JOB директор департаменту з питань альтернативних палив"}},
		{"a title with з and a foreign word", "JOB", "фахівець/noun:anim:m:v_naz із/prep IT/unclass",
			"фахівець із IT", []string{"JOB фахівець із IT"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line := "Учора " + tc.text + " приїхав"
			s := SimpleTokenize(line)[0]
			words := strings.Fields(tc.toks)
			toks := s.Tokens[1 : 1+len(words)]
			for i, w := range words {
				toks[i].Lemma, toks[i].Tag, _ = strings.Cut(w, "/")
			}
			if joinTokens(toks) != tc.text {
				t.Fatalf("tokens %q, want %q", joinTokens(toks), tc.text)
			}
			spans := []vistka.Span{{Start: toks[0].RStart, End: toks[len(toks)-1].REnd, Type: tc.typ, Text: tc.text}}
			var got []string
			r := []rune(line)
			for _, sp := range trimSpans(&s, spans, 0) {
				got = append(got, sp.Type+" "+sp.Text)
				if string(r[sp.Start:sp.End]) != sp.Text {
					t.Errorf("offsets %d:%d do not give %q", sp.Start, sp.End, sp.Text)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSplitBeforeVerb: a surname the tagger read in the genitive after a
// place in the genitive is the subject when a verb that takes one
// follows; with no such verb, it is left alone.
func TestSplitBeforeVerb(t *testing.T) {
	for _, tc := range []struct {
		verb string
		want []string
	}{
		{"прибув/verb:perf:past:m", []string{"LOC Естонії", "PERS Цахкна"}},
		{"та/conj:coord", []string{"PERS Естонії Цахкна"}},
	} {
		line := "Глава МЗС Естонії Цахкна " + strings.Split(tc.verb, "/")[0]
		s := SimpleTokenize(line)[0]
		toks := s.Tokens
		for i, w := range []string{"глава/noun:anim:m:v_naz", "МЗС/noun:inanim:n:v_rod:nv:abbr", "Естонія/noun:inanim:f:v_rod:prop:geo",
			"Цахкн/noun:anim:m:v_rod:prop:lname", tc.verb} {
			toks[i].Lemma, toks[i].Tag, _ = strings.Cut(w, "/")
		}
		spans := []vistka.Span{{Start: toks[2].RStart, End: toks[3].REnd, Type: "PERS", Text: "Естонії Цахкна"}}
		var got []string
		for _, sp := range splitNames(toks, spans, 0) {
			got = append(got, sp.Type+" "+sp.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("before %q: got %q, want %q", tc.verb, got, tc.want)
		}
	}
}
