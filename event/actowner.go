package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// viewNouns are the words of an opinion one shares: "погодилися з цією
// думкою", "погодився з таким твердженням".
var viewNouns = map[string]bool{"думка": true, "теза": true, "твердження": true, "припущення": true,
	"міркування": true, "оцінка": true, "зауваження": true, "висловлювання": true}

// sharedView reports whether погодитися at i is followed by з, із or зі
// and a demonstrative pronoun (цим, тим) or a word of an opinion ("Люди
// одноголосно погодилися із цим", "погодився з цією думкою"): a view
// shared, no agreement between parties. Arguments, a position or a
// court's findings agreed with are left to the rules of SUPPORT.
func (f *finder) sharedView(i int) bool {
	j := i + 1
	if j < len(f.toks) && strings.HasPrefix(f.toks[j].Tag, "adv") {
		j++ // "погодилися одразу з цим"
	}
	if j+1 >= len(f.toks) {
		return false
	}
	if l := f.low(j); l != "з" && l != "із" && l != "зі" {
		return false
	}
	switch strings.ToLower(f.toks[j+1].Text) {
	case "цим", "тим", "цією", "тією", "такою", "таким", "цими", "такими":
		if j+2 >= len(f.toks) || !isNoun(&f.toks[j+2]) {
			return true // "погодилися із цим", "погодився з тим, що"
		}
		return viewNouns[f.low(j+2)]
	}
	return viewNouns[f.low(j+1)]
}

// childhoodWords are the words that set a trip in one's childhood: "ще
// малим побував", "дитиною приїжджав", "в дитинстві відвідав".
var childhoodWords = map[string]bool{"малим": true, "малою": true, "малими": true, "дитиною": true,
	"хлопчиком": true, "хлопчаком": true, "дівчинкою": true, "підлітком": true, "школярем": true,
	"школяркою": true, "змалку": true, "змалечку": true, "дитинстві": true, "юності": true}

// travelling are the gerunds of one's own journeys: "Подорожуючи з
// батьком, він завітав до Єлисаветграду".
var travelling = map[string]bool{"подорожувати": true, "мандрувати": true, "мандруватися": true,
	"кочувати": true, "блукати": true}

// childhoodTrip reports whether the coming verb at i is set in one's
// childhood by a word of its clause ("ще малим побував Кобзар і на
// Кіровоградщині", "в дитинстві відвідав Крим") or told of a journey by a
// gerund of travelling in its sentence before it ("Подорожуючи з
// батьком-чумаком, він завітав до Єлисаветграду"): a life's story, no
// visit.
func (f *finder) childhoodTrip(i int) bool {
	stop := func(j int) bool {
		t := &f.toks[j]
		return t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj")
	}
	for j := i - 1; j >= 0 && j >= i-4 && (f.toks[j].Text == "," || !stop(j)); j-- {
		if childhoodWords[strings.ToLower(f.toks[j].Text)] {
			return true
		}
	}
	for j := i + 1; j < len(f.toks) && j <= i+4 && !stop(j); j++ {
		if childhoodWords[strings.ToLower(f.toks[j].Text)] {
			return true
		}
	}
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		if strings.HasPrefix(f.toks[j].Tag, "advp") && travelling[f.verb(j)] {
			return true
		}
		if f.toks[j].Kind == vistka.Punct && f.toks[j].Text != "," && f.toks[j].Text != "-" {
			return false
		}
	}
	return false
}

// ownerOfAct reports whether the name at i stands right after an act's
// noun (пропозиція, рішення, ініціатива, план …) that is in the
// accusative and not the nominative, as its genitive ("Пропозицію ГО
// «Світанок» внести питання … відхилили"): whose act the verb's object
// is, never the verb's subject.
func (f *finder) ownerOfAct(i int) bool {
	if i > 0 && (f.toks[i].Kind == vistka.QuoteMark || isCloseQuote(f.toks[i].Text)) {
		i--
	}
	e := f.entityAt(i)
	if e == "" {
		return false
	}
	j := f.nameStart(i, e)
	if j == 0 {
		return false
	}
	if t := &f.toks[j]; f.toks[j].Kind != vistka.QuoteMark && hasCase(t, "v_naz") && !strings.Contains(t.Tag, ":nv") &&
		scan.Capitals(t.Text) != scan.RuneCount(t.Text) {
		return false // "це рішення Варшава відкинула": a name in the nominative is the subject
	}
	for j > 0 && (f.toks[j-1].Kind == vistka.QuoteMark || isOpenQuote(f.toks[j-1].Text)) {
		j--
	}
	if j == 0 {
		return false
	}
	h := &f.toks[j-1]
	if j >= 2 && isPrep(&f.toks[j-2]) {
		return false // "на прохання України направила": whose request it was done at
	}
	// (a plural the tagger read as a genitive singular is the object
	// put first all the same: "Білий дім погрози Брюсселя відкинув")
	acc := hasCase(h, "v_zna") && !hasCase(h, "v_naz") || hasCase(h, "v_rod") && f.objectFirst(j-1)
	return strings.HasPrefix(h.Tag, "noun") && acc && f.entityAt(j-1) == "" &&
		(decisionNouns[f.low(j-1)] || f.low(j-1) == "вимога" || f.low(j-1) == "прохання" || f.low(j-1) == "законопроєкт" || f.low(j-1) == "погроза")
}

// actOwnerBefore returns the name in the clause before the verb at at
// that stands as the genitive of an act's noun in the accusative (see
// ownerOfAct): "Пропозицію ГО «Світанок» внести питання … відхилили" —
// whose proposal was rejected. "" when none.
func (f *finder) actOwnerBefore(at int) string {
	for j := at - 1; j >= 0 && j >= at-15; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "«" && t.Text != "»" && t.Text != "—" && t.Text != "-" || finiteVerb(t) ||
			strings.HasPrefix(t.Tag, "conj") {
			// (not across і: "привітав рішення Берна і закликав")
			return ""
		}
		if e := f.entityAt(j); e != "" && f.ownerOfAct(j) {
			return e
		}
	}
	return ""
}

// tourists are the people who travel for leisure or devotion: their
// visits are trips, no diplomacy.
var tourists = map[string]bool{"турист": true, "туристка": true, "екскурсант": true, "паломник": true,
	"прочанин": true, "відпочивальник": true, "мандрівник": true, "мандрівниця": true}

// tours are the trips whose participants visit places: "Учасники туру
// мали змогу відвідати населені пункти Кіровоградщини".
var tours = map[string]bool{"тур": true, "екскурсія": true, "похід": true, "мандрівка": true, "подорож": true,
	"туристичний": true, "паломництво": true, "проща": true, "велопробіг": true, "автопробіг": true}

// touristsCame reports whether the subject of the coming or visiting verb
// at i, in its clause before it, is tourists, pilgrims or travellers, or
// the participants of a tour, an excursion or a hike ("Учасники туру мали
// змогу відвідати населені пункти", "Туристи відвідали фортецю"): a
// leisure trip, no visit of state.
func (f *finder) touristsCame(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "," || strings.HasPrefix(t.Tag, "conj") || strings.Contains(t.Tag, "pron:rel") {
			return false
		}
		if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_naz") {
			continue
		}
		l := f.low(j)
		if tourists[l] {
			return true
		}
		if (l == "учасник" || l == "учасниця") && j+1 < len(f.toks) && tours[f.low(j+1)] {
			return true
		}
	}
	return false
}
