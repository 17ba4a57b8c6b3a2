package event

import "strings"

// The rules of this file were found reading the errors of the twelfth
// press set (BRUK news reports).

// volunteersSupport reports whether "надати / надавати підтримку" at the
// verb at, with its noun at n, is given by volunteers: what volunteers
// give a soldier or a family is help in goods and money, AID, not the
// endorsement SUPPORT stands for ("бійцю надавали підтримку волонтери").
func (f *finder) volunteersSupport(at, n int, actors []string) bool {
	if n < 0 || f.low(n) != "підтримка" {
		return false
	}
	if v := f.verb(at); v != "надати" && v != "надавати" {
		return false
	}
	for _, a := range actors {
		name := a
		if f.ents.Type(a) != "" {
			name = f.ents.Name(a)
		}
		if strings.HasPrefix(strings.ToLower(name), "волонтер") {
			return true
		}
	}
	return false
}

// oftenWords say that what a clause tells was done again and again.
var oftenWords = map[string]bool{
	"раз": true, "неодноразово": true, "часто": true, "іноді": true, "інколи": true, "регулярно": true,
	"щоразу": true, "постійно": true, "частенько": true, "зрідка": true,
}

// habitualVisit reports whether the visit verb at at is an imperfective
// past in a sentence that says it happened again and again: "У
// Краматорську воїн бував декілька разів — прилітав сюди на гелікоптері"
// tells a habit of the past, not a visit that took place.
func (f *finder) habitualVisit(at int) bool {
	t := &f.toks[at]
	if !strings.HasPrefix(t.Tag, "verb") || !strings.Contains(t.Tag, ":imperf") || !strings.Contains(t.Tag, ":past") {
		return false
	}
	for j := range f.toks {
		if oftenWords[f.low(j)] {
			return true
		}
	}
	return false
}
