package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// recognise are the verbs of recognition, whose refusal rejects.
var recognise = map[string]bool{"визнати": true, "визнавати": true}

// refused are the verbs of agreement that, negated, reject.
var refused = map[string]bool{
	"погодитися": true, "погоджуватися": true, "погодити": true, "погоджувати": true,
	"задовольнити": true, "задовольняти": true, // "не задовольняють заяву про відставку"
}

// greets are the verbs of greeting and congratulating.
var greets = map[string]bool{"привітати": true, "вітати": true}

// greetedBefore returns the people greeted when they stand right before
// the verb at at, in the accusative, with a genitive tail at most
// ("Гостей свята привітав міський голова", "З приємною подією присутніх
// привітала заступниця мера"); "" when there are none.
func (f *finder) greetedBefore(at int, tr trig) string {
	for h := at - 1; h >= 0 && h >= at-3; h-- {
		t := &f.toks[h]
		if t.Kind == vistka.Punct || f.entityAt(h) != "" {
			return ""
		}
		present := f.low(h) == "присутній" && plural(t)
		if (present || strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron")) &&
			!hasCase(t, "v_naz") && (hasCase(t, "v_zna") || hasCase(t, "v_rod")) && (present || f.governedBy(h) == "") {
			if present {
				return "присутні" // (an adjective standing as a noun: those present)
			}
			return f.objectPhrase(h, tr)
		}
		if !hasCase(t, "v_rod") {
			return "" // only a genitive tail stands between: "Гостей свята"
		}
	}
	return ""
}

// holdings are what one holds and may give up: land, a share, a seat.
var holdings = map[string]bool{
	"земля": true, "ділянка": true, "гектар": true, "угіддя": true, "частка": true, "майно": true,
	"мандат": true, "претензія": true, "територія": true, "акція": true, "нерухомість": true, "приміщення": true,
	// a post given up is a resignation ("відмовився від посади"), which
	// concedes as подати у відставку does
	"посада": true,
}

// demandsYielded reports whether погодитися at i consents to the other
// side's demands or ultimatum, named after на with at most adjectives
// between ("погодився на вимоги протестувальників", "погодилася на
// більшість їхніх вимог"): PLOVER's yielding, a CONCEDE.
func (f *finder) demandsYielded(i int) bool {
	i = f.timeGap(i)
	if i+1 >= len(f.toks) || f.low(i+1) != "на" {
		return false
	}
	return f.demandsAt(i + 2)
}

// demandsAt reports whether the words from at name the other side's
// demands or ultimatum, with at most adjectives, possessives and
// більшість before the noun ("вимоги протестувальників", "більшість
// їхніх вимог"), as the object of погодитися на or of the infinitive
// after it ("погодився виконати вимоги").
func (f *finder) demandsAt(at int) bool {
	for j := at; j < len(f.toks) && j <= at+3; j++ {
		t := &f.toks[j]
		if l := f.low(j); (l == "вимога" || l == "ультиматум") && strings.HasPrefix(t.Tag, "noun") {
			return true
		}
		if !strings.HasPrefix(t.Tag, "adj") && f.low(j) != "більшість" && !strings.Contains(t.Tag, "pron:pos") {
			return false // "погодився на інтерв'ю", "на умови кредиту": no demand
		}
	}
	return false
}

// gaveUp reports whether відмовитися at i gives up something held, named
// after від: a measure of it ("від 4,25 тис гектарів угідь") or a holding
// ("від своєї частки", "від депутатського мандата").
func (f *finder) gaveUp(i int) bool {
	i = f.timeGap(i)
	if i+1 >= len(f.toks) || f.low(i+1) != "від" {
		return false
	}
	for j := i + 2; j < len(f.toks) && j <= i+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if holdings[f.low(j)] && strings.HasPrefix(t.Tag, "noun") {
			return true
		}
		if t.Kind != vistka.Number && !strings.HasPrefix(t.Tag, "adj") && !strings.HasPrefix(t.Tag, "numr") && f.spanType(j) != "QUANT" &&
			!(strings.HasPrefix(t.Tag, "noun") && j+1 < len(f.toks) && holdings[f.low(j+1)]) {
			return false // "від пропозиції", "від участі": no holding
		}
	}
	return false
}

// agreedWith returns the party whose view the noun at n (after погодитися
// з) is: the body it names itself (апеляційним судом), or the one named
// in the genitive after it (висновками суду першої інстанції, позицією
// прокуратури), as an entity or as written.
func (f *finder) agreedWith(n, end int) string {
	if e := f.entityAt(n); e != "" {
		return e
	}
	free := trig{noun: -1, k: kind{"SUPPORT", ""}}
	if actorNoun(f.low(n)) {
		return f.objectPhrase(n, free)
	}
	k := n + 1
	for k < end && isAdj(&f.toks[k]) && hasCase(&f.toks[k], "v_rod") {
		k++
	}
	if k >= end || !hasCase(&f.toks[k], "v_rod") {
		return ""
	}
	if e := f.entityAt(k); e != "" {
		return e
	}
	return f.objectPhrase(k, free)
}

// inPart reports whether частково (in part) stands within two words of the
// verb at i: "провину визнав частково", "лише частково визнає".
func (f *finder) inPart(i int) bool {
	for j := max(i-2, 0); j < len(f.toks) && j <= i+2; j++ {
		if f.low(j) == "частково" {
			return true
		}
	}
	return false
}

// reasonBefore reports whether the word at i stands in a clause of reason
// ("тому що", "оскільки", "бо") opened before it in its sentence.
func (f *finder) reasonBefore(i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch f.low(j) {
		case "оскільки", "бо", "адже":
			return true
		case "що":
			if j > 0 && f.low(j-1) == "тому" {
				return true
			}
		}
	}
	return false
}

// complied are what one complies with, besides decisions: a refusal to
// carry them out rejects them.
var complied = map[string]bool{"резолюція": true, "вимога": true, "угода": true, "домовленість": true}

// complianceRefused reports whether the verb of carrying out at i is
// negated and to come ("не виконуватиме її", "не виконає рішення суду",
// "не буде виконувати постанову") with a ruling, a demand, an accord or
// a pronoun for one as its object: a refusal announced. What one does
// not do now ("не виконує домовленостей") is someone's charge, and what
// is not done under якщо a condition: neither is this.
func (f *finder) complianceRefused(i int) bool {
	t := &f.toks[i]
	switch {
	case strings.Contains(t.Tag, ":futr") && i > 0 && f.low(i-1) == "не":
	case strings.Contains(t.Tag, ":inf") && i > 1 && f.low(i-2) == "не" && f.low(i-1) == "бути" && strings.Contains(f.toks[i-1].Tag, ":futr"):
	default:
		return false
	}
	if f.unmetCondition(i) {
		return false // "якщо уряд не виконає їхніх вимог": a condition, no refusal
	}
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		u := &f.toks[j]
		if u.Kind == vistka.Punct || strings.HasPrefix(u.Tag, "verb") || isPrep(u) {
			return false
		}
		if strings.Contains(u.Tag, "pron:pers:3") && (hasCase(u, "v_zna") || hasCase(u, "v_rod")) {
			return true
		}
		if strings.HasPrefix(u.Tag, "noun") && (decisions[lower(u)] || complied[lower(u)]) {
			return true
		}
	}
	return false
}

// frames are the nouns of a programme an act is done under.
var frames = map[string]bool{"програма": true, "проєкт": true, "проект": true, "ініціатива": true, "план": true}

// underPrepNoun reports whether the genitive at j hangs on a programme's
// noun right before it, past that noun's adjectives, which a preposition governs
// ("в рамках програми підтримки", "за програмою допомоги"): it names a
// frame the act falls under, not the act's object.
func (f *finder) underPrepNoun(j int) bool {
	k := j - 1
	if k < 1 || !isNoun(&f.toks[k]) || !frames[f.low(k)] || f.entityAt(k) != "" {
		return false // (not "зі словами подяки": thanks told)
	}
	for k > 0 && isAdj(&f.toks[k-1]) {
		k--
	}
	if k > 0 && isPrep(&f.toks[k-1]) {
		return true
	}
	// "в рамках програми": a compound preposition, its noun under в
	return k > 1 && isNoun(&f.toks[k-1]) && (f.low(k-1) == "рамка" || f.low(k-1) == "межа") && isPrep(&f.toks[k-2])
}
