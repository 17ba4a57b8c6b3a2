package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// visitedSites are the common nouns of what an official visits that no
// name stands for: a stricken area, a plant, a hospital, a hub ("відвідав
// постраждалі райони", "відвідав пошкоджену ТЕЦ-5", "відвідав
// логістичний хаб"). Places of leisure (музей, театр) and of learning one
// attends are left out: people go there for themselves.
var visitedSites = map[string]bool{
	"район": true, "громада": true, "село": true, "селище": true, "місто": true, "область": true, "регіон": true,
	"столиця": true, "прикордоння": true,
	"підприємство": true, "завод": true, "фабрика": true, "комбінат": true, "шахта": true, "порт": true,
	"термінал": true, "склад": true, "хаб": true, "підстанція": true, "електростанція": true, "станція": true,
	"тец": true, "тес": true, "аес": true, "гес": true, "об'єкт": true, "енергооб'єкт": true,
	"лікарня": true, "госпіталь": true, "амбулаторія": true, "поліклініка": true, "укриття": true,
	"позиція": true, "полігон": true, "табір": true, "колонія": true, "сізо": true, "в'язниця": true,
	"пункт": true, "центр": true, "штаб": true, "бригада": true, "підрозділ": true, "частина": true,
}

// siteVisited returns the site the perfective verb of visiting at at has
// for its object in the accusative right after it, past adverbs, a number
// and the adjectives before the noun, as a phrase: "відвідав пошкоджену
// ТЕЦ-5" gives "ТЕЦ-5", "відвідав постраждалі
// райони" "постраждалі райони", "відвідав міську лікарню" "міська
// лікарня"; "" for anything else (a museum, classes, a concert).
func (f *finder) siteVisited(at, end int) string {
	lo := -1 // the first word of the phrase before the noun
	from := func(j int) int {
		if lo >= 0 {
			return lo
		}
		return j
	}
	for j := at + 1; j < end && j <= at+5; j++ {
		t := &f.toks[j]
		switch {
		case t.Kind == vistka.Punct || isPrep(t) || f.entityAt(j) != "":
			return ""
		case strings.HasPrefix(t.Tag, "adv") && lo < 0:
			continue // "відвідав також", "відвідав сьогодні"
		case t.Kind == vistka.Number || strings.HasPrefix(t.Tag, "numr") || strings.HasPrefix(t.Tag, "adj") && hasCase(t, "v_zna"):
			if lo < 0 {
				lo = j
			}
			continue
		case t.Tag == "noninfl" && visitedSites[siteStem(t.Lemma)]:
			// "ТЕЦ-5": a plant by its abbreviation and number, which the
			// tagger leaves uninflected, named without the adjectives
			return t.Text
		case strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "pron") && hasCase(t, "v_zna") && visitedSites[lower(t)]:
			if adjs := f.agreeingAdjectives(j); adjs != "" {
				return adjs + " " + lower(t)
			}
			if plural(t) {
				return scan.ToLower(f.text(from(j), j+1))
			}
			return lower(t)
		}
		return ""
	}
	return ""
}

// siteBefore returns the site put first, right before the verb of
// visiting at at, in the accusative with its adjectives: "Минулої неділі
// постраждалі райони відвідав міністр" gives "постраждалі райони"; "" when
// the word before the verb is none.
func (f *finder) siteBefore(at int) string {
	j := at - 1
	if j < 0 {
		return ""
	}
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun:inanim") || !hasCase(t, "v_zna") || !visitedSites[lower(t)] || f.entityAt(j) != "" || f.governedBy(j) != "" {
		return ""
	}
	if adjs := f.agreeingAdjectives(j); adjs != "" {
		return adjs + " " + lower(t)
	}
	if plural(t) {
		return scan.ToLower(f.text(j-f.pluralAdjectives(j), j+1))
	}
	return lower(t)
}

// siteStem is the lower-cased abbreviation of a plant before its number:
// ТЕЦ-5 gives тец.
func siteStem(l string) string {
	if k := strings.IndexByte(l, '-'); k > 0 {
		l = l[:k]
	}
	return scan.ToLower(l)
}

// visitBefore finds "з візитом" before перебувати at i in its clause, the
// guest after the verb: "У Києві з візитом перебуває міністр …", "З
// офіційним візитом в Україні перебуває президент …". It returns -1 when
// there is none before the verb's subject.
func (f *finder) visitBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") || f.entityAt(j) != "" && hasCase(t, "v_naz") && f.governedBy(j) == "" {
			return -1
		}
		if t.Lemma == "візит" && hasCase(t, "v_oru") && withPrep(f.governedBy(j)) {
			return j
		}
	}
	return -1
}

// officeOfNamed reports whether the word at j is an office in the
// singular whose state or body a name right after it gives: "Прем'єр-
// міністра Бельгії", "голову МАГАТЕ" (not "директора заводу").
func (f *finder) officeOfNamed(j int) bool {
	t := &f.toks[j]
	return offices[lower(t)] && strings.Contains(t.Tag, ":anim") && !plural(t) && f.entityAt(j) == "" &&
		j+1 < len(f.toks) && f.entityAt(j+1) != "" && hasCase(&f.toks[j+1], "v_rod") && f.ents.Type(f.entityAt(j+1)) != "PERS"
}

// missionWorked reports whether the verb працювати at i has a mission of
// a body named after it for its subject right before it ("Місія МВФ на
// чолі з Гевіном Греєм працювала в Києві", "Місія ЄС працюватиме у
// Львові") and a town or a state under в or у in the locative right
// after it: the mission's stay there (not in the present: a standing
// mission).
func (f *finder) missionWorked(i int) bool {
	if strings.Contains(f.toks[i].Tag, ":pres") {
		return false // "Місія ОБСЄ працює в Україні з 2014 року": a standing mission
	}
	if i+2 >= len(f.toks) || f.low(i+1) != "в" && f.low(i+1) != "у" || !hasCase(&f.toks[i+2], "v_mis") || f.ents.Type(f.entityAt(i+2)) != "LOC" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if t.Lemma == "місія" && hasCase(t, "v_naz") && f.governedBy(j) == "" {
			return j+1 < i && f.entityAt(j+1) != ""
		}
	}
	return false
}
