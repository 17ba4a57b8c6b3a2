package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// Festive and social occasions: gifts, guests welcomed, congratulations
// and celebrations one comes to. The rules of this file were found
// reading the errors of the eleventh press set (BRUK news reports and
// features).

// gifts are things given as a gift to a school, a hospital or people,
// besides materiel: "подарував школі форму та м'ячі", "подарували дітям
// книжки".
var gifts = map[string]bool{
	"форма": true, "м'яч": true, "інвентар": true, "книга": true, "книжка": true, "підручник": true,
	"іграшка": true, "меблі": true, "тренажер": true, "спорядження": true, "одяг": true, "взуття": true,
	"апарат": true, "прилад": true, "планшет": true, "проектор": true, "проєктор": true, "принтер": true,
	"телевізор": true, "холодильник": true, "ковдра": true, "продукти": true, "велосипед": true, "інструмент": true,
	// materials to cover and mend damaged homes: "надано плити OSB та плівку"
	"плита": true, "плівка": true, "шифер": true, "цегла": true, "фанера": true, "будматеріал": true,
}

// freeAfter reports whether the clause of the giving verb at i says the
// thing is given free of charge after the verb, not only beside it (see
// givenFree), to someone in the dative after the verb: "надало сучасне
// обладнання міському центру безкоштовно" (the adverb at the clause's
// end), "надає дітям переселенців безкоштовні путівки" (an adjective of
// the thing given).
func (f *finder) freeAfter(i int) bool {
	free, dative := false, false
	for j := i + 1; j < len(f.toks) && j <= i+10 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		switch f.low(j) {
		case "безкоштовно", "безоплатно":
			free = true
		case "безкоштовний", "безоплатний":
			free = free || strings.HasPrefix(t.Tag, "adj") && hasCase(t, "v_zna")
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && !strings.Contains(t.Tag, "pron") {
			dative = true
		}
	}
	return free && dative
}

// costs are the nouns of a cost that a body covers for someone.
var costs = map[string]bool{"вартість": true, "витрати": true, "витрата": true} // витрата: the tagger's lemma of витрати

// costCovered reports whether the verb компенсувати at i covers a cost
// for people named after it in its clause, in the dative, after для or in
// the genitive after a noun of care (see caredFor):
// "обласна влада компенсуватиме 70% вартості путівок для дітей пільгових
// категорій", "держава компенсує пенсіонерам вартість ліків". A loss
// made good ("компенсувати збитки") or a lack ("компенсувати брак
// кадрів") is no aid.
func (f *finder) costCovered(i int) bool {
	cost, people := false, false
	if k := f.adverbsBefore(i) - 1; k >= 0 {
		// people put first, past adverbs: "фермерам відшкодовують
		// половину вартості техніки", "фермерам тепер відшкодовують …",
		// and past the genitives that tell which ("фермерам Полтавщини
		// компенсують", "мешканцям пошкоджених будинків відшкодують")
		for n := 0; n < 3 && k > 0 && hasCase(&f.toks[k], "v_rod") && (isNoun(&f.toks[k]) || isAdj(&f.toks[k])) && !strings.Contains(f.toks[k].Tag, "pron"); n++ {
			k--
		}
		t := &f.toks[k]
		people = strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron") && hasCase(t, "v_dav")
	}
	for j := i + 1; j < len(f.toks) && j <= i+10 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") {
			continue
		}
		if costs[f.low(j)] {
			cost = true
			continue
		}
		if l := f.low(j); cost && (careNouns[l] || upkeepNouns[l]) && f.caredPeople(j+1, len(f.toks)) != "" {
			people = true // "компенсує витрати на лікування поранених бійців": whose care
			continue
		}
		if !strings.Contains(t.Tag, ":anim") && f.entityAt(j) == "" {
			continue
		}
		if hasCase(t, "v_dav") || hasCase(t, "v_rod") && f.low(j-1) == "для" {
			people = true
		}
	}
	return cost && people
}

// welcomes are the people a host greets at an event: "привітали всіх
// учасників та гостей фестивалю".
var welcomes = map[string]bool{
	"учасник": true, "гість": true, "присутній": true, "відвідувач": true, "глядач": true, "слухач": true,
	"делегат": true, "першокурсник": true, "випускник": true,
}

// welcomedGuests reports whether the verb привітати or вітати at at
// greets the participants or guests of an event, its object among
// welcomes in the accusative before or after it in its clause, with no
// з of what they are congratulated on: "всіх учасників та гостей
// фестивалю привітали проректор …" is a host's welcome, no support
// ("привітав учасників з перемогою" congratulates).
func (f *finder) welcomedGuests(at int) bool {
	if v := f.verb(at); v != "привітати" && v != "вітати" {
		return false
	}
	guests := false
	for j := at - 1; j >= 0 && j >= at-12 && !breaksClause(&f.toks[j]); j-- {
		// (a name in quotation marks may stand between: "гостей
		// фестивалю «Історичне коло» привітали")
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "noun") && welcomes[f.low(j)] && hasCase(t, "v_zna") {
			guests = true
		}
		if f.congratulatedOn(j) {
			return false // "Зі святом гостей привітав …"
		}
	}
	for j := at + 1; j < len(f.toks) && j <= at+8 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if f.congratulatedOn(j) {
			return false // (not "проректор з наукової роботи", a title)
		}
		if strings.HasPrefix(t.Tag, "noun") && welcomes[f.low(j)] && hasCase(t, "v_zna") {
			guests = true
		}
	}
	return guests
}

// congratulatedOn reports whether toks[j] is з, із or зі before an
// instrumental: what someone is congratulated on (з перемогою, з
// приємною подією).
func (f *finder) congratulatedOn(j int) bool {
	return isPrep(&f.toks[j]) && f.partnerAt(j)
}

// celebrations are events one comes to as a guest, not a party to talks:
// "на офіційну церемонію відкриття завітають високоповажні гості".
var celebrations = map[string]bool{
	"церемонія": true, "відкриття": true, "свято": true, "урочистість": true, "концерт": true,
	"фестиваль": true, "виставка": true, "турнір": true, "змагання": true, "вистава": true,
	"презентація": true, "прем'єра": true, "ярмарок": true, "ярмарка": true, "вечір": true,
}

// toCelebration reports whether the visit verb at at has a celebration
// for where one comes, на and the noun (its adjectives between) in the
// accusative before or after the verb in its clause: "на урочисте
// відкриття КДК завітали голова облдержадміністрації …". Guests of a
// ceremony visit no party.
func (f *finder) toCelebration(at int) bool {
	for j := at - 1; j >= 0 && j >= at-6 && f.toks[j].Kind != vistka.Punct; j-- {
		if f.celebrationAt(j) {
			return true
		}
	}
	for j := at + 1; j < len(f.toks) && j <= at+3 && f.toks[j].Kind != vistka.Punct; j++ {
		if f.celebrationAt(j) {
			return true
		}
	}
	return false
}

// celebrationAt reports whether toks[j] is на opening a phrase in the
// accusative whose noun, past its adjectives, is a celebration.
func (f *finder) celebrationAt(j int) bool {
	if f.low(j) != "на" || !isPrep(&f.toks[j]) {
		return false
	}
	k := f.pastAdjs(j + 1)
	return k < len(f.toks) && isNoun(&f.toks[k]) && hasCase(&f.toks[k], "v_zna") && celebrations[f.low(k)]
}

// causeAfter reports whether the noun at j (акція) has a cause after
// it, за and a noun or adjective in the accusative or проти and one in
// the genitive: "акції за мир", "акція проти війни", "акція за
// звільнення полонених" are rallies. ("за участю X", in the
// instrumental, tells who took part; "акція на товари" is a sale.)
func (f *finder) causeAfter(j int) bool {
	if j+2 >= len(f.toks) || !isPrep(&f.toks[j+1]) {
		return false
	}
	t := &f.toks[j+2]
	if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") || strings.Contains(t.Tag, "pron") {
		return false
	}
	switch f.low(j + 1) {
	case "за":
		return hasCase(t, "v_zna")
	case "проти":
		return hasCase(t, "v_rod")
	}
	return false
}

// quoteMark reports whether s is a quotation mark.
func quoteMark(s string) bool {
	switch s {
	case "«", "»", "\"", "“", "”", "„":
		return true
	}
	return false
}
