package ner

import "strings"

// acronymEndings are the case endings Ukrainian writes right after an
// acronym read as a word (НОКу, МВФом, СЕТАМі, КАБами), with the cases
// each gives.
var acronymEndings = []struct{ end, cases string }{
	{"ами", "v_oru"}, {"ові", "v_dav v_mis"}, {"ом", "v_oru"}, {"ах", "v_mis"}, {"ам", "v_dav"},
	{"ів", "v_rod"}, {"у", "v_rod v_dav v_mis"}, {"і", "v_dav v_mis"}, {"а", "v_rod v_zna"},
}

// inflectedAcronym splits a word of two capitals or more and a case
// ending in lower case (НОКу, СЕТАМу, МВФом) into the acronym, which is
// the word's base form, and the cases the ending gives; ok is false for
// any other word.
func inflectedAcronym(s string) (acronym, cases string, ok bool) {
	for _, e := range acronymEndings {
		stem, found := strings.CutSuffix(s, e.end)
		if !found {
			continue
		}
		n := 0
		for _, r := range stem {
			if (r < 'А' || r > 'Я') && r != 'І' && r != 'Ї' && r != 'Є' && r != 'Ґ' {
				return "", "", false
			}
			n++
		}
		if n < 2 {
			return "", "", false
		}
		return stem, e.cases, true
	}
	return "", "", false
}
