package event

import (
	"cmp"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
)

// districtTown places an event set in a district of a town in that town,
// as the golds place it: "атакували Київський район Харкова", "у
// Печерському районі Києва" (one name to the tagger) were in Харків and
// Київ, and "вдарили по Холодногірському району міста" in the town the
// text named last before it ("Удар по Харкову …"). A district followed by
// no town (an oblast's: "у Біляївському районі", or one named with its
// oblast: "у Бучанському районі Київської області") is left as it is: a
// district's name alone does not tell a town's district from an
// oblast's.
func districtTown(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Place == "" {
			continue
		}
		if !district(ents, e.Place) && !strings.Contains(ents.Name(e.Place), " район ") {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 0 {
			continue
		}
		f := finder{a: a, ents: ents, s: s, toks: a.Sentences[s].Tokens}
		if town := f.townOfDistrict(0, len(f.toks), e.Place); town != e.Place {
			e.Place = town
			continue
		}
		if e.Place = f.districtOfTown(e.Place); district(ents, e.Place) {
			// "Начальник Одеської міської військової адміністрації …
			// зустрівся з мешканцями … у Пересипському районі": a town's
			// head acts in a district of his own town
			e.Place = cmp.Or(f.headOfTown(e.Actors), e.Place)
		}
	}
	return evs
}

// districtOfTown returns the town a district named in f's sentence is of
// when "міста" follows it: the town named after it ("у Київському районі
// міста Харкова"), or with none ("по Київському району міста") the one town
// the sentence names before it, else the one the nearest of the five
// sentences before names (see townNamedIn); else place itself.
func (f *finder) districtOfTown(place string) string {
	for j := range f.toks {
		if f.entityAt(j) != place {
			continue
		}
		k := f.nameEnd(j)
		if k >= len(f.toks) || f.low(k) != "місто" || !hasCase(&f.toks[k], "v_rod") {
			return place
		}
		if c := f.entityAt(k + 1); c != "" {
			if f.settlement(c) {
				return c // "у Київському районі міста Харкова"
			}
			return place
		}
		if town, _ := f.townBeforeIn(j); town != "" {
			return town
		}
		for s := f.s - 1; s >= 0 && s >= f.s-5; s-- {
			if town, two := f.townNamedIn(s); town != "" || two {
				return cmp.Or(town, place)
			}
		}
		return place
	}
	return place
}

// townBeforeIn returns the one town f's sentence names before token j;
// "" when it names none, and also two reports that it names more than
// one.
func (f *finder) townBeforeIn(j int) (town string, two bool) {
	for i := range j {
		e := f.entityAt(i)
		if e == "" || e == town || !f.town(e) {
			continue
		}
		if town != "" {
			return "", true
		}
		town = e
	}
	return town, false
}

// headOfTown returns the town the title of one of actors says they head
// (see headsTown): міський голова, мер or the head of a town's
// administration; "" for none.
func (f *finder) headOfTown(actors []string) string {
	for _, id := range actors {
		if k := entity.Index(id); k >= 0 && k < len(f.ents.Entities) && f.ents.Entities[k].Type == "PERS" {
			if t := f.headsTown(f.ents.Entities[k].Titles); t != "" {
				return t
			}
		}
	}
	return ""
}
