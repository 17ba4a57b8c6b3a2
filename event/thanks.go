package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/vistka/vistka"
)

// thankedSide gives thanks told with no one thanked ("Зеленський
// поінформував партнерів про ситуацію на фронті та подякував за новий
// пакет допомоги", "Токаєв привітав китайського лідера … і подякував за
// запрошення") the other sides of the meeting or the call the thanker
// took part in, told in the same sentence or in the two before: whom one
// thanks in such a talk are those one talks to. A visit has no other side
// named but its place, and a meeting to come or not held is no talk one
// thanks at.
func thankedSide(a *vistka.Analysis, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Type != "SUPPORT" || len(e.Recipients) > 0 || len(e.Actors) != 1 || len(e.Aux) > 0 || e.TriggerSpan == nil ||
			!strings.HasPrefix(e.Trigger, "подякувати") && !strings.HasPrefix(e.Trigger, "дякувати") {
			continue
		}
		if v := talkOf(a, evs, i, 2); v != nil {
			sides := append(slices.Clone(v.Actors), v.Recipients...)
			e.Recipients = slices.DeleteFunc(sides, func(x string) bool { return x == e.Actors[0] })
		}
	}
	return evs
}

// talkOf returns the last meeting or call before evs[i], told in its
// sentence or in the back sentences before it, that the one actor of
// evs[i] took part in: no visit, nothing to come or not held; nil when
// there is none.
func talkOf(a *vistka.Analysis, evs []vistka.Event, i, back int) *vistka.Event {
	e := &evs[i]
	s := sentenceAt(a, e.Sentence.Start)
	for k := i - 1; k >= 0; k-- {
		v := &evs[k]
		if sentenceAt(a, v.Sentence.Start) < s-back {
			break
		}
		if v.Type != "CONSULT" || v.Mode == "visit" || len(v.Aux) > 0 || v.TriggerSpan == nil || v.TriggerSpan.Start > e.TriggerSpan.Start {
			continue
		}
		if slices.Contains(v.Actors, e.Actors[0]) || slices.Contains(v.Recipients, e.Actors[0]) {
			return v
		}
	}
	return nil
}

// sentenceAt returns the index of the sentence of a that holds the code
// point offset at.
func sentenceAt(a *vistka.Analysis, at int) int {
	return sort.Search(len(a.Sentences), func(s int) bool { return a.Sentences[s].REnd > at })
}

// thankedGenitive reports whether the noun at i, right after a verb of
// thanking (tr), is whom one thanks though the tagger read it as a
// genitive: a masculine noun in -у, -ю has one form for both cases
// (подякував фонду, банку, уряду), and дякувати governs no genitive.
func (f *finder) thankedGenitive(i int, tr trig) bool {
	if !tr.verb || i != tr.at+1 {
		return false
	}
	if v := f.verb(tr.at); v != "подякувати" && v != "дякувати" {
		return false
	}
	t := &f.toks[i]
	return strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_rod") && !plural(t) && strings.Contains(t.Tag, ":m:") &&
		(strings.HasSuffix(t.Text, "у") || strings.HasSuffix(t.Text, "ю"))
}

// peerSide gives a colleague named by the bare noun (Сибіга подякував
// колезі, запросив свою колегу) the one other person of the meeting or the
// call the actor took part in, told in the same sentence or in the three
// before: one's colleague in a talk is the one talked to. A colleague of
// a country or a title (фінській колезі) is the entity layer's.
func peerSide(a *vistka.Analysis, ents interface{ Type(string) string }, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if len(e.Actors) != 1 || e.TriggerSpan == nil {
			continue
		}
		r := slices.IndexFunc(e.Recipients, func(x string) bool {
			x = strings.ToLower(x)
			return x == "колега" || x == "свій колега" || x == "своя колега"
		})
		if r < 0 {
			continue
		}
		v := talkOf(a, evs, i, 3)
		if v == nil {
			continue
		}
		var others []string
		for _, x := range append(slices.Clone(v.Actors), v.Recipients...) {
			if x != e.Actors[0] && ents.Type(x) == "PERS" {
				others = append(others, x)
			}
		}
		if len(others) == 1 && !slices.Contains(e.Recipients, others[0]) {
			e.Recipients = slices.Clone(e.Recipients)
			e.Recipients[r] = others[0]
		}
	}
	return evs
}
