package event

import (
	"strings"

	"github.com/vistka/vistka"
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
		if j+2 >= len(f.toks) || !strings.HasPrefix(f.toks[j+2].Tag, "noun") {
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
