package event

import (
	"strings"
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
