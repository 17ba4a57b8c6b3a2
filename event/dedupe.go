package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
)

// sameActor reports whether the headline's actor a is one of actors: the
// same, a body's head noun alone that the body named later goes by
// ("Суд оштрафував продавця" over "Хмельницький міськрайонний суд …
// Суд оштрафував продавця"), or a person for the country of their titles
// ("Свириденко домовилася з Туском" over "уряди двох країн підписали").
func sameActor(ents *entity.Result, a string, actors []string) bool {
	if slices.Contains(actors, a) || entity.Index(a) < 0 && slices.ContainsFunc(actors, func(b string) bool { return ents.Called(b, a) || headOf(a, b) }) {
		return true
	}
	// (a's titles, read against every place the text names, only when a
	// place is among actors)
	if !slices.ContainsFunc(actors, func(b string) bool { return ents.Type(b) == "LOC" }) {
		return false
	}
	c := ents.TitleCountry(a)
	return c != "" && slices.Contains(actors, c)
}

// dedupe drops an event that another one tells again with as much or
// more: a headline and the lead both say that Україна і Польща підписали
// меморандум; the lead adds the date and the place, and stays.
//
// Two events of one sentence whose verbs differ in tense are two acts
// ("окупанти щодня обстрілюють місто, за минулу добу вони поранили трьох
// людей"), and a total told since a time ("від початку вторгнення місто
// вже передало 14 автомобілів") is no retelling of one act.
func dedupe(a *vistka.Analysis, evs []vistka.Event) []vistka.Event {
	drop := make([]bool, len(evs))
	tense := make([]string, len(evs))
	total := make([]bool, len(evs))
	for i := range evs {
		tense[i], total[i] = triggerTense(a, &evs[i])
	}
	for i := range evs {
		for j := range evs {
			if i == j || drop[j] || !sameEvent(&evs[i], &evs[j]) {
				continue
			}
			if total[i] != total[j] || evs[i].Sentence == evs[j].Sentence && tense[i] != "" && tense[j] != "" && tense[i] != tense[j] {
				continue
			}
			// i goes when j says at least as much, and on a tie the
			// later one goes.
			if ri, rj := richness(&evs[i]), richness(&evs[j]); ri < rj || ri == rj && i > j {
				drop[i] = true
				if len(evs[j].Recipients) == 0 {
					evs[j].Recipients = evs[i].Recipients // (the attack's people hurt, told by the verb dropped)
				}
				break
			}
		}
	}
	out := evs[:0]
	for i := range evs {
		if !drop[i] {
			out = append(out, evs[i])
		}
	}
	return out
}

// triggerTense returns the tense of e's trigger when it is a finite verb
// ("pres", "past" or "futr"), and whether e's sentence tells it as a total
// since a time: від початку or з початку before the trigger.
func triggerTense(a *vistka.Analysis, e *vistka.Event) (tense string, total bool) {
	s := a.SentenceAt(e.Sentence.Start)
	if s < 0 || e.TriggerSpan == nil {
		return "", false
	}
	toks := a.Sentences[s].Tokens
	for k := range toks {
		t := &toks[k]
		if t.RStart >= e.TriggerSpan.Start {
			if t.RStart == e.TriggerSpan.Start && strings.HasPrefix(t.Tag, "verb") {
				for _, x := range []string{"pres", "past", "futr"} {
					if strings.Contains(t.Tag, ":"+x) {
						tense = x
					}
				}
			}
			break
		}
		// (початок after it first: the rarer test, and no lower-casing)
		if k+1 < len(toks) && toks[k+1].Lemma == "початок" {
			if l := lower(t); l == "від" || l == "з" {
				total = true
			}
		}
	}
	return tense, total
}

// sameEvent reports whether two events can be one told twice: the same
// type, mode, participants and modality, and no date or place that
// disagree.
func sameEvent(a, b *vistka.Event) bool {
	if a.Type != b.Type || !slices.Equal(a.Aux, b.Aux) {
		return false
	}
	if a.Type == "CONSULT" {
		// A meeting is symmetric: "X met Y" and "the sides X and Y
		// discussed" are one meeting, whatever its mode says; but a
		// visit and the talks held on it are two events ("До Одеси
		// прибула делегація … Переговори між делегаціями тривали").
		pa := append(slices.Clone(a.Actors), a.Recipients...)
		pb := append(slices.Clone(b.Actors), b.Recipients...)
		if !sameSet(pa, pb) || a.Mode != b.Mode && a.Mode != "meet" && b.Mode != "meet" || (a.Mode == "visit") != (b.Mode == "visit") {
			return false
		}
	} else if a.Mode != b.Mode || !sameSet(a.Actors, b.Actors) || !sameSet(a.Recipients, b.Recipients) {
		// One sentence telling an agreement twice ("підписали заяву,
		// якою погодили …") with some of the same parties is one.
		agree := a.Type == "AGREE" && a.Sentence == b.Sentence && a.Mode == b.Mode && (subset(a.Actors, b.Actors) || subset(b.Actors, a.Actors)) &&
			len(a.Actors) > 0 && len(b.Actors) > 0
		// "викликали посла Росії Олега Озерова, якому вручили ноту
		// протесту": one protest told by two verbs.
		accuse := a.Type == "ACCUSE" && a.Sentence == b.Sentence && len(a.Recipients) > 0 && len(b.Recipients) > 0 &&
			(subset(a.Recipients, b.Recipients) || subset(b.Recipients, a.Recipients)) &&
			(sameSet(a.Actors, b.Actors) || len(a.Actors) == 0 || len(b.Actors) == 0)
		// "обстріляли правобережжя області і поранили шістьох людей": one
		// attack told by two verbs, the people hurt named by the second.
		assault := a.Type == "ASSAULT" && a.Sentence == b.Sentence && a.Mode == b.Mode && sameSet(a.Actors, b.Actors) && len(a.Actors) > 0 &&
			(len(a.Recipients) == 0 || len(b.Recipients) == 0)
		if !agree && !accuse && !assault && !coordinatedRuling(a, b) {
			return false
		}
	}
	if a.Date != "" && b.Date != "" && a.Date != b.Date {
		return false
	}
	if a.Type == "MOBILIZE" && a.Sentence == b.Sentence && firstWord(a.Trigger) != firstWord(b.Trigger) {
		// "оголосила призов резервістів та привела підрозділи в бойову
		// готовність": two shows of force by two verbs
		return false
	}
	if a.Type != "CONSULT" && a.Sentence != b.Sentence && firstWord(a.Trigger) != firstWord(b.Trigger) {
		// "вимагав від начальника відділу $100 тис" and, far after,
		// "закликає допомогти його дружині": two requests by one man
		return false
	}
	return a.Place == "" || b.Place == "" || a.Place == b.Place
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// subset reports whether every element of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// shareAny reports whether a and b have an element in common.
func shareAny(a, b []string) bool {
	return slices.ContainsFunc(a, func(x string) bool { return slices.Contains(b, x) })
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func richness(e *vistka.Event) int {
	n := 0
	if e.Mode != "" && e.Mode != "meet" {
		n++ // a phone call or a visit says more than a meeting
	}
	if e.Date != "" {
		n++
	}
	if e.Place != "" {
		n++
	}
	return n
}
