package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// peopleGiver returns the people after від in toks[start:end] that no
// entity names, a plural noun of donorPeople with the adjectives before it,
// lower-cased as written, which the pipeline puts in the nominative
// plural ("отримала від партнерів": партнери, "від іноземних донорів"),
// or one giver of donorOne or donorBodies in the singular, which it puts
// in the nominative singular ("Лікарня отримала від фонду генератор":
// фонд, "від благодійного фонду": благодійний фонд): who gave what is
// received. It returns "" for any other word.
func (f *finder) peopleGiver(start, end int) string {
	for j := start; j+1 < end; j++ {
		if f.low(j) != "від" || !isPrep(&f.toks[j]) {
			continue
		}
		k := j + 1
		for k < end && k <= j+3 && isAdj(&f.toks[k]) && hasCase(&f.toks[k], "v_rod") {
			k++
		}
		if k >= end || k >= len(f.toks) {
			return "" // the adjectives end the text: "від польських" in an unstopped line
		}
		t := &f.toks[k]
		if f.entityAt(k) != "" || !donorPeople[f.low(k)] && !donorBodies[f.low(k)] || !plural(t) && !donorBodies[f.low(k)] && !donorOne[f.low(k)] || !hasCase(t, "v_rod") {
			return ""
		}
		if k+1 < end && f.entityAt(k+1) != "" {
			return "" // "від партнерів з ЄС", "від волонтерів «Фонду»": whose, better read by giver
		}
		return scan.ToLower(f.text(j+1, k+1))
	}
	return ""
}

// receiver returns, for the verb of receiving at at with no name for its
// subject, the common noun in the nominative before it that is, with the
// adjectives before it and the genitives after it, as written: "клуб
// отримає", "Збірна України отримала", "Міська лікарня отримала"; or
// people counted in the genitive right before a plural verb ("Ще 12
// родин отримали"). It returns "" when the clause has none, or a pronoun.
func (f *finder) receiver(at int) string {
	v := &f.toks[at]
	for k := at - 1; k >= 0; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return ""
		}
		if n := f.countStart(k); n >= 0 && plural(v) {
			// "Ще 12 родин отримали", "Перші 20 ветеранів отримали":
			// those counted, whose noun stands in the genitive
			return f.text(n, k+1)
		}
		head := isNoun(t) || isAdj(t) && (k+1 == at || !isNoun(&f.toks[k+1]))
		if !head || !hasCase(t, "v_naz") || strings.Contains(t.Tag, "pron") || f.entityAt(k) != "" || f.governedBy(k) != "" || !sameForm(t, v) {
			continue
		}
		if f.spanType(k) == "DATE" || f.spanType(k) == "PERIOD" || timeNouns[t.Lemma] {
			continue
		}
		lo, hi := k, k+1
		for lo > 0 && isAdj(&f.toks[lo-1]) && !strings.Contains(f.toks[lo-1].Tag, "pron") && hasCase(&f.toks[lo-1], "v_naz") {
			lo--
		}
		for hi < at && (hasCase(&f.toks[hi], "v_rod") || f.entityAt(hi) != "" && f.entityAt(hi) == f.entityAt(hi-1)) {
			hi++ // "збірна України", "директор школи"
		}
		return f.text(lo, hi)
	}
	return ""
}

// donorPeople are the plural nouns of givers no name stands for: "від
// партнерів", "від благодійників" (not "від батьків": a family's help).
var donorPeople = map[string]bool{"партнер": true, "донор": true, "благодійник": true, "волонтер": true, "меценат": true,
	"союзник": true, "спонсор": true}

// donorOne are the nouns of donorPeople a giver is named by in the
// singular too ("від мецената", "від спонсора"); donorBodies are the
// bodies that give, named by a common noun ("від фонду", "від
// благодійного фонду"), a government, the state, a town or a region and
// their councils and administrations among them ("отримає від уряду ще
// 20 генераторів", "отримали від міста по 100 тисяч гривень", "від
// обласної адміністрації").
var (
	donorOne    = map[string]bool{"донор": true, "благодійник": true, "меценат": true, "спонсор": true, "партнер": true}
	donorBodies = map[string]bool{"фонд": true, "уряд": true, "держава": true, "місто": true, "громада": true, "область": true,
		"рада": true, "міськрада": true, "облрада": true, "адміністрація": true, "міністерство": true}
)

// countStart returns where the count of the plural noun at k begins, a
// figure or a number word right before it or before its adjectives in
// the genitive ("12 родин", "20 багатодітних родин"), when the noun
// names people or their households (see households) and opens no other phrase; or -1.
func (f *finder) countStart(k int) int {
	t := &f.toks[k]
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || !plural(t) || !hasCase(t, "v_rod") || f.entityAt(k) != "" ||
		!strings.Contains(t.Tag, ":anim") && !households[t.Lemma] {
		return -1
	}
	n := k - 1
	for n >= 0 && isAdj(&f.toks[n]) && hasCase(&f.toks[n], "v_rod") {
		n--
	}
	if n < 0 || f.toks[n].Kind != vistka.Number && !strings.HasPrefix(f.toks[n].Tag, "numr") || f.governedBy(n) != "" || !f.countedAlone(n) {
		return -1
	}
	return n
}
