package event

import (
	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
)

// leadPlace places an event of the headline that no event of the lead
// told again (see dropHeadline) by the one town the lead's first sentence
// names after в or у: the headline tells the lead's news, and the lead
// says where it happened. "США повернули Україні 84 артефакти" over "У
// Вашингтоні Україні передали 84 археологічні предмети" was in
// Вашингтон; "Громада отримала автомобіль швидкої" over "у Тиврові
// селищній раді було передано автомобіль" in Тиврів. It is the place
// counterpart of leadDay and keeps its limits: only the headline's first
// item, past and neither negated nor to come, and only acts done where
// their sides are (doneOnSite: not a demand, a charge or thanks, which
// the golds place by no town of the lead). A lead that names two towns
// leaves the headline as it is; a country or a region is no town.
func leadPlace(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	if !hasHeadline(a) {
		return evs
	}
	town := leadTown(a, ents)
	if town == "" {
		return evs
	}
	for i := range evs {
		if e := &evs[i]; e.Place == "" && doneOnSite(e) && headlineLead(a, e) {
			e.Place = town
		}
	}
	return evs
}

// leadTown returns the one town that the lead's first sentence (the
// first after the headline with a verb: a dateline of its own has none)
// names in the locative after в or у, or "" when it names none or two.
func leadTown(a *vistka.Analysis, ents *entity.Result) string {
	for s := 1; s < len(a.Sentences); s++ {
		toks := a.Sentences[s].Tokens
		if !anyVerb(toks) {
			continue
		}
		f := finder{a: a, ents: ents, s: s, toks: toks}
		town := ""
		for j := 1; j < len(toks); j++ {
			id := f.entityAt(j)
			if id == "" || f.entityAt(j-1) == id || !hasCase(&toks[j], "v_mis") {
				continue
			}
			if p := f.low(j - 1); p != "в" && p != "у" {
				continue
			}
			if !f.storySettlement(id) {
				continue // "на аукціонах у США": the country, which the town is in
			}
			if town != "" && town != id {
				return ""
			}
			town = id
		}
		return town
	}
	return ""
}
