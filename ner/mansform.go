package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka/internal/scan"
)

// mansCases returns the cases other than the nominative in which w, the
// first word of a person's name, reads as a man's first name, or nil
// when it may be a woman's: the tagger's reading in context decides
// (Романа: Роман's genitive, though the lexicon lists a woman's Романа
// too), else every reading of it as a person's name must be a man's.
func mansCases(w *word) []string {
	if w.nv {
		return nil
	}
	if k := slices.IndexFunc(w.readings, func(r reading) bool { return r.tagged }); k >= 0 {
		if r := w.readings[k]; !r.person || r.surname || r.gen != "m" || r.cas == "v_naz" || r.cas == "v_kly" {
			return nil
		}
	} else if slices.ContainsFunc(w.readings, func(r reading) bool { return r.person && r.gen == "f" }) {
		return nil
	}
	var cs []string
	for _, r := range w.readings {
		if r.person && !r.surname && r.gen == "m" && r.cas != "v_naz" && r.cas != "v_kly" && !slices.Contains(cs, r.cas) {
			cs = append(cs, r.cas)
		}
	}
	return cs
}

// mansSurnameForms gives the last word of a man's name the readings of a
// man's surname where the lexicon reads its form, in the cases the first
// name has, only as a woman's surname:
//
//   - a surname in -ко whose genitive is listed as a woman's surname in
//     -ка that does not decline (Сергія Рибалка, Тараса Гречка: the
//     genitive of Рибалко and Гречко, which the lexicon lists too; the
//     woman's reading made the word indeclinable);
//   - a Russian-type surname in -ов, -ев, -єв, -ін, -ин listed only as
//     the woman's in -ова, -ева, -іна, -ина, which shares the man's
//     genitive and accusative (Андрія Соболева) and his dative and
//     locative in -у, -і (Дмитрові Соболеву: not the woman's accusative,
//     which outvoted the first name's dative and left both words as
//     written).
//
// A man's surname declines with his first name, so the woman's readings
// of it go.
func mansSurnameForms(words []word) {
	if len(words) < 2 {
		return
	}
	his := mansCases(&words[0])
	last := &words[len(words)-1]
	if len(his) == 0 || len(last.readings) == 0 {
		return
	}
	listedHers := slices.ContainsFunc(last.readings, func(r reading) bool { return r.surname && r.gen == "f" })
	hers := func(r reading) bool { return r.gen == "f" }
	declined := func(r reading) bool {
		return r.surname && r.gen == "m" && slices.Contains(his, r.cas) && r.lemma != "" && !scan.EqualFold(r.lemma, last.text)
	}
	if listedHers && slices.ContainsFunc(last.readings, declined) {
		if last.nv {
			last.nv = false
			last.readings = without(last.readings, hers)
		}
		return
	}
	if !mayBeHers(&words[0]) && unlistedKo(last, his) || !listedHers || last.nv {
		return
	}
	var add []reading
	for _, r := range last.readings {
		if !r.surname || r.gen != "f" {
			continue
		}
		for _, x := range russianMans(last.text, r.lemma) {
			if slices.Contains(his, x.cas) && !slices.ContainsFunc(add, func(a reading) bool { return a.cas == x.cas && a.lemma == x.lemma }) {
				x.weight = r.weight
				add = append(add, x)
			}
		}
	}
	if len(add) > 0 {
		last.readings = append(without(last.readings, hers), add...)
	}
}

// koEndings are the endings a man's surname in -ко takes in each oblique
// case (Ступко: Ступка, Ступку or Ступкові, Ступком).
var koEndings = map[string][]string{
	"v_rod": {"ка"}, "v_zna": {"ка"}, "v_dav": {"кові", "ку"}, "v_mis": {"кові", "ку"}, "v_oru": {"ком"},
}

// unlistedKo reads last, the surname after a man's first name in the
// cases his, as a surname in -ко the lexicon does not list, when its
// form is such a surname's in one of those cases, a consonant comes
// before its к, and no reading takes it as a man's noun there: Андрія
// Ступка → Ступко, Олега Ручка → Ручко, Миколі Ступку → Ступко. The
// lexicon reads such forms as a woman's surname that does not decline,
// a man's nominative or the common noun (ступка, ручка, шапка) in another
// case; a man's surname in -а would take -и in the genitive (Олега
// Скрипки), and one in a consonant after a vowel is left to its readings
// (Олега Кулика). It reports whether it gave last those readings.
func unlistedKo(last *word, his []string) bool {
	if slices.ContainsFunc(last.readings, func(r reading) bool { return r.gen == "m" && r.pos == "noun" && slices.Contains(his, r.cas) }) {
		return false
	}
	l := scan.ToLower(last.text)
	var add []reading
	for _, c := range his {
		for _, end := range koEndings[c] {
			stem, ok := strings.CutSuffix(l, end)
			if !ok || scan.RuneCount(stem) < 3 || strings.ContainsRune("аеєиіїоуюя'’ʼ-", lastRune(stem)) || adjectivalStem(stem) {
				continue
			}
			nom := last.text[:len(last.text)-len(end)] + "ко"
			add = append(add, reading{pos: "noun", cas: c, gen: "m", lemma: nom, name: true, person: true, surname: true, weight: 4})
			break
		}
	}
	if len(add) == 0 {
		return false
	}
	last.nv, last.readings = false, add
	return true
}

// mayBeHers reports whether w, a person's first name, has a reading as a
// woman's name (Юлія, Романа), whatever the tagger chose.
func mayBeHers(w *word) bool {
	return slices.ContainsFunc(w.readings, func(r reading) bool { return r.person && !r.surname && r.gen == "f" })
}

// adjectivalStem reports whether stem, a surname's form without its к
// and ending, is that of a surname in -ський, -цький or -зький, whose
// woman's form ends in -ька (Вишневецька), no -ко surname's.
func adjectivalStem(stem string) bool {
	return strings.HasSuffix(stem, "сь") || strings.HasSuffix(stem, "ць") || strings.HasSuffix(stem, "зь")
}

// russianMans returns the readings of form as the man's surname whose
// woman's nominative is hers, a Russian-type surname in -ова, -ева, -єва,
// -іна, -їна or -ина (Соболева: Соболев), in the cases that man's form
// is: -а the genitive and accusative, -у the dative and locative (the
// woman's other forms, -ої, -ій, -ою, are no man's).
func russianMans(form, hers string) []reading {
	l := scan.ToLower(hers)
	if !slices.ContainsFunc([]string{"ова", "ева", "єва", "іна", "їна", "ина"}, func(e string) bool { return strings.HasSuffix(l, e) }) {
		return nil
	}
	his := strings.TrimSuffix(hers, "а")
	end, ok := strings.CutPrefix(scan.ToLower(form), scan.ToLower(his))
	if !ok {
		return nil
	}
	var cases []string
	switch end {
	case "а":
		cases = []string{"v_rod", "v_zna"}
	case "у":
		cases = []string{"v_dav", "v_mis"}
	}
	rs := make([]reading, 0, len(cases))
	for _, c := range cases {
		rs = append(rs, reading{pos: "noun", cas: c, gen: "m", lemma: his, name: true, person: true, surname: true})
	}
	return rs
}

// adjectivalParts drops the readings of a hyphenated word of a person's
// name past the first whose last part is a neuter adjective (Бондаренку-
// Лисому → Бондаренко-Лисе, a guess) when another reading in the same
// case, a person's, ends in the masculine one (Бондаренко-Лисий; a
// place's reading of the same guess goes too): people are not
// neuter, and a double surname's adjectival part agrees with its bearer.
func adjectivalParts(words []word) {
	for k := 1; k < len(words); k++ {
		w := &words[k]
		if w.nv || !strings.Contains(w.text, "-") {
			continue
		}
		masc := func(r reading, cas string) bool {
			l := scan.ToLower(r.lemma)
			return r.cas == cas && r.person && (strings.HasSuffix(l, "ий") || strings.HasSuffix(l, "ій"))
		}
		w.readings = without(w.readings, func(r reading) bool {
			l := scan.ToLower(r.lemma)
			if !strings.Contains(l, "-") || !strings.HasSuffix(l, "е") {
				return false
			}
			return slices.ContainsFunc(w.readings, func(x reading) bool { return masc(x, r.cas) })
		})
	}
}
