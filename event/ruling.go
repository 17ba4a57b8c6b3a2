package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// rulingNouns name a ruling whose date a line of its own may give.
var rulingNouns = map[string]bool{"рішення": true, "постанова": true, "вирок": true, "ухвала": true}

// rulingDay reads a ruling dated in a line of its own, "Про це йдеться у
// рішенні суду від 18 листопада", "Про це свідчить постанова суду від 10
// грудня", "Постанову ухвалено 20 листопада",
// "Вирок ухвалено 28 листопада": the events of the body that ruled with no
// date of their own, from two sentences before the line on, take the
// ruling's day ("Суд зобов'язав фірму повернути ділянку" a paragraph
// later). The body is the one the line names (суду, колегії комітету), or
// a court when it names none; a court of another instance (першої
// інстанції, апеляційний) gave a ruling of its own. The reading stops at
// the next such line.
func rulingDay(a *vistka.Analysis, ents *entity.Result, m *memos, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	for s := range a.Sentences {
		day, bodies := rulingLine(m.finder(a, ents, s), dates)
		if day == "" {
			continue
		}
		end := len(a.Sentences)
		for n := s + 1; n < len(a.Sentences); n++ {
			if d, _ := rulingLine(m.finder(a, ents, n), dates); d != "" {
				end = n
				break
			}
		}
		for i := range evs {
			e := &evs[i]
			es := a.SentenceAt(e.Sentence.Start)
			if e.Date != "" || len(e.Aux) > 0 || es < s-2 || es >= end || len(e.Actors) != 1 {
				continue
			}
			if ruledBy(actorName(ents, e.Actors[0]), bodies) && !opensCase(e.Trigger) {
				e.Date = day
			}
		}
	}
	return evs
}

// caseOpeners are the verbs of a body opening a case it rules on later
// ("Відділення ініціювало перевірку у відповідь на звернення"): the
// opening came before the ruling, on a day the line does not tell.
var caseOpeners = map[string]bool{"ініціювати": true, "розпочати": true, "почати": true, "порушити": true,
	"відкрити": true, "зареєструвати": true}

// opensCase reports whether the trigger's verb opens a case.
func opensCase(trigger string) bool {
	verb, _, _ := strings.Cut(trigger, " ")
	return caseOpeners[verb]
}

// rulingLine returns the day of a ruling that the sentence of f dates and
// the nouns of the bodies it names (суд, комітет), or "".
func rulingLine(f finder, dates []vistka.Date) (string, []string) {
	sent := &f.a.Sentences[f.s]
	toks := sent.Tokens
	if len(toks) < 4 {
		return "", nil
	}
	r := -1
	switch {
	case rulingNouns[f.low(0)] && hasCase(&toks[0], "v_zna") && f.low(1) == "ухвалити":
		r = 0 // "Постанову ухвалено 20 листопада"
	case f.low(0) == "про" && f.low(1) == "це" && (f.low(2) == "йтися" || f.low(2) == "свідчити"):
		// "Про це йдеться у рішенні суду від 18 листопада", and the
		// commoner "Про це свідчить постанова суду від 10 грудня" of
		// court and regulator reports, its ruling the sentence's subject
		for j := 3; j < len(toks) && j <= 5; j++ {
			if rulingNouns[f.low(j)] {
				r = j
				break
			}
		}
	}
	if r < 0 {
		return "", nil
	}
	day := ""
	for _, d := range dates {
		if d.Value != nil && len(*d.Value) == len("2006-01-02") && d.Start >= sent.RStart && d.End <= sent.REnd {
			if day != "" {
				return "", nil // two days: which is the ruling's is not told
			}
			day = *d.Value
		}
	}
	var bodies []string
	for j := r + 1; j < len(toks) && toks[j].Kind == vistka.Word && lower(&toks[j]) != "від"; j++ {
		if isNoun(&toks[j]) && hasCase(&toks[j], "v_rod") {
			bodies = append(bodies, lower(&toks[j]))
		}
	}
	if len(bodies) == 0 {
		bodies = []string{"суд"}
	}
	return day, bodies
}

// actorName returns the name of an actor, an entity's or the words.
func actorName(ents *entity.Result, id string) string {
	if entity.Index(id) >= 0 {
		return scan.ToLower(ents.Name(id))
	}
	return scan.ToLower(id)
}

// ruledBy reports whether the actor named name is one of the bodies
// (its name holds the noun as a word, or a court's compound the court
// the line names) and not a court of another instance.
func ruledBy(name string, bodies []string) bool {
	if strings.Contains(name, "інстанц") || strings.Contains(name, "апеляційн") {
		return false
	}
	for _, w := range strings.Fields(name) {
		for _, b := range bodies {
			if w == b || courtOf(w, b) || courtOf(b, w) {
				return true
			}
		}
	}
	return false
}

// courtOf reports whether the word w stands for the body named by the
// compound or short form c: суд or суддя for a court's compound (райсуд,
// госпсуд, адмінсуд: "Суд визнав … Про це свідчить вирок Красноградського
// райсуду", "Слідчий суддя … скасував арешт"), відділення for a regional
// office's (тервідділення, ОТВ: "Черкаське ОТВ АМКУ наклало штраф … Про це
// свідчить рішення відділення"). Two compounds (адмінсуд, райсуд) are two
// courts.
func courtOf(w, c string) bool {
	switch w {
	case "суд", "суддя":
		return strings.HasSuffix(c, "суд")
	case "відділення":
		return c == "отв" || strings.HasSuffix(c, "відділення")
	}
	return false
}

// misdeeds are the verbs of wrongdoing a regulator or a court finds
// someone did: "визнав, що фірми спотворили результати торгів".
var misdeeds = map[string]bool{"спотворити": true, "спотворювати": true, "порушити": true, "порушувати": true,
	"завищити": true, "завищувати": true, "привласнити": true, "розтратити": true, "ухилитися": true}

// foundMisdeed reports whether the verb at i, визнати, has a що-clause
// right after it whose first verb, its subject named before it, is one of
// misdeeds: "визнав, що ТОВ «Альфа» та ТОВ «Бета» спотворили результати".
func (f *finder) foundMisdeed(i int) bool {
	return len(f.misdoers(i)) > 0
}

// misdoers returns the names that foundMisdeed finds before the verb of
// wrongdoing, or nil.
func (f *finder) misdoers(i int) []string {
	if !f.commaThat(i, 1) {
		return nil
	}
	var named []string
	for j := i + 3; j < len(f.toks) && j <= i+12; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "«" && t.Text != "»" {
			return nil
		}
		if e := f.entityAt(j); e != "" && !slices.Contains(named, e) {
			named = append(named, e)
		}
		if strings.HasPrefix(t.Tag, "verb") {
			if !misdeeds[f.low(j)] {
				return nil
			}
			return named
		}
	}
	return nil
}

// pricedContract reports whether the contract noun at n has its price
// after it: "договір на 3,7 млн грн", "контракт на 5 млн гривень".
func (f *finder) pricedContract(n int) bool {
	if n+2 >= len(f.toks) || f.low(n+1) != "на" {
		return false
	}
	for j := n + 2; j < len(f.toks) && j <= n+4; j++ {
		if f.spanType(j) == "MON" {
			return true
		}
	}
	return false
}

// violationSayers are the verbs of saying whose що-clause may charge a
// violation: "заявив, що відмова ОВА є порушенням права".
var violationSayers = map[string]bool{"заявити": true, "заявляти": true, "наголосити": true, "наголошувати": true,
	"стверджувати": true, "зазначити": true, "зазначати": true, "вважати": true}

// violationSaid returns where "є порушенням" stands in the що-clause right
// after the verb at i, an adjective allowed between ("є прямим
// порушенням"), the clause's subject before it; -1 if it does not.
func (f *finder) violationSaid(i int) int {
	if !f.commaThat(i, 2) {
		return -1
	}
	for j := i + 4; j < len(f.toks) && j <= i+18; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "," && t.Text != "«" && t.Text != "»" || f.low(j) == "що" {
			return -1
		}
		if t.Text != "є" {
			continue
		}
		k := j + 1
		if k < len(f.toks) && isAdj(&f.toks[k]) {
			k++
		}
		if k < len(f.toks) && f.low(k) == "порушення" && hasCase(&f.toks[k], "v_oru") {
			return j
		}
		return -1
	}
	return -1
}

// namedIn returns the names in toks[from:to], each once.
func (f *finder) namedIn(from, to int) []string {
	var out []string
	for j := from; j < to; j++ {
		if e := f.entityAt(j); e != "" && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// concernedBefore returns the event noun, one of objs, that a phrase of
// whom it concerns (щодо, проти) follows up to the comma at c: "провадженні
// щодо посадовців селищної ради,"; -1 if there is none.
func (f *finder) concernedBefore(c int, objs []string) int {
	for j := c - 1; j >= 1 && j >= c-8; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return -1
		}
		if l := f.low(j); l != "щодо" && l != "проти" {
			continue
		}
		n := j - 1
		if slices.Contains(objs, f.low(n)) && isNoun(&f.toks[n]) && f.eventNoun(n) {
			return n
		}
		return -1
	}
	return -1
}
