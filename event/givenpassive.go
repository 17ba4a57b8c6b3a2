package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// givenThing reports whether the noun at j is money or goods one state,
// body or person gives another (materiel, gifts, гроші, a device, help
// or a payment of payNouns): the subject of a passive of giving that
// tells aid, as in "Кошти, виділені Норвегією Україні, …" or "Генератори
// Литві передаються Польщею".
func (f *finder) givenThing(j int) bool {
	if j < 0 || j >= len(f.toks) || !isNoun(&f.toks[j]) || f.entityAt(j) != "" {
		return false
	}
	l := f.low(j)
	return materiel[l] || gifts[l] || l == "гроші" || l == "кошт" || f.deviceNoun(j) ||
		l == "допомога" || slices.Contains(payNouns, l) // "Допомога переселенцям надаватиметься Світовим банком"
}

// givenToNamed reports whether a name or a community (dativeBody) stands
// in the dative, governed by no preposition, in toks[lo:hi] before a
// punctuation mark: the one a passive of giving gives to.
func (f *finder) givenToNamed(lo, hi int) bool {
	for j := max(lo, 0); j < hi && j < len(f.toks); j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if hasCase(t, "v_dav") && f.governedBy(j) == "" && (f.entityAt(j) != "" || f.dativeBody(j)) {
			return true
		}
	}
	return false
}

// givenPassive reports whether the passive of the light verb of giving v
// at i, a participle set off after its noun at n or a present reflexive
// whose subject is the noun at n, tells money or goods given to one named
// in the dative, with the giver in the instrumental after it (which the
// caller checks): "Кошти, виділені Норвегією Україні, …", "Кошти Україні
// надаються Світовим банком". A passive of giving with no one given to
// named ("Кошти, виділені міськрадою, …") may be spending and is none.
func (f *finder) givenPassive(v string, n, i int) bool {
	if !gives[v] || !f.givenThing(n) {
		return false
	}
	return f.givenToNamed(n+1, i) || f.givenToNamed(i+1, i+8)
}

// givenHead returns where the noun stands that the participle set off
// at i follows: right before its comma, or before a model's name in
// Latin letters or figures ("Гаубиці M777, передані …").
func (f *finder) givenHead(i int) int {
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if t := &f.toks[k]; !latinName(t) && t.Kind != vistka.Number {
			return k
		}
	}
	return i - 2
}

// givenToBefore returns the one given to, named in the dative between the
// thing given at n and the reflexive passive at i: a name, or a
// community with its words ("Ноутбуки школам Житомира передаються …":
// школи Житомира); "" when none.
func (f *finder) givenToBefore(n, i int, tr trig) string {
	for j := n + 1; j < i; j++ {
		if !hasCase(&f.toks[j], "v_dav") || f.governedBy(j) != "" {
			continue
		}
		if e := f.entityAt(j); e != "" {
			return e
		}
		if f.dativeBody(j) {
			return f.objectPhrase(j, tr)
		}
	}
	return ""
}

// forBefore returns whom goods put before the verb at at are for, named
// after для between them and the verb (see boughtFor): "Два генератори
// для Харківщини передала Польща"; or "".
func (f *finder) forBefore(at int) string {
	for j := at - 1; j >= 0 && j >= at-6; j-- {
		if t := &f.toks[j]; t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		if f.low(j) == "для" && isPrep(&f.toks[j]) {
			return f.boughtFor(j-1, at)
		}
	}
	return ""
}
