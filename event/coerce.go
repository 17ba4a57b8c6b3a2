package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// drawnUpWith reports whether the preposition з at j after стягнути or
// стягувати takes the instrumental, a border or a region forces are
// drawn up to ("стягують до кордону з Сумщиною додаткові підрозділи"),
// not the genitive of whom a sum is recovered from ("стягнув з фірми").
func (f *finder) drawnUpWith(v string, j int) bool {
	if v != "стягнути" && v != "стягувати" || f.low(j) != "з" && f.low(j) != "із" || j+1 >= len(f.toks) {
		return false
	}
	n := &f.toks[j+1]
	if !strings.HasPrefix(n.Tag, "noun") || !vtag.Has(n.Tag, "v_oru") || n.Text == strings.ToUpper(n.Text) {
		return false // (an abbreviation the tagger read as instrumental: "стягнув з ПК «…»")
	}
	w := scan.ToLower(n.Text)
	return scan.HasAnySuffix(w, "ою", "ею", "єю", "ом", "ем", "єм", "ами", "ями")
}

// byForce reports whether the sentence tells of force, threats or
// pressure (через погрози та тиск змусили …): what makes forcing coercion.
func (f *finder) byForce() bool {
	for k := range f.toks {
		if forceWords[f.low(k)] && f.entityAt(k) == "" { // (not a body's name: "повідомили в Силах оборони")
			return true
		}
	}
	return false
}

// senders are the verbs of handing in or sending a заява, which accuses
// only when it reports an offence (see offenceReported).
var senders = map[string]bool{"подати": true, "подавати": true, "направити": true, "направляти": true,
	"надіслати": true, "надсилати": true, "скерувати": true, "звернутися": true, "звертатися": true}

// pointers are the verbs of pointing to or stressing порушення (see
// pointedTo).
var pointers = map[string]bool{"наголосити": true, "наголошувати": true, "вказати": true, "вказувати": true}

// pointedTo reports whether the порушення at j is what the verb at i
// points to or stresses, right after its на: "наголошують на порушеннях
// при будівництві", "вказала на численні порушення" (not "наголосив на
// відсутності порушень").
func (f *finder) pointedTo(i, j int) bool {
	if i+1 >= j || f.low(i+1) != "на" {
		return false
	}
	for m := i + 2; m < j; m++ {
		if !isAdj(&f.toks[m]) {
			return false
		}
	}
	return true
}

// forcers are the verbs of making someone do something.
var forcers = map[string]bool{"змусити": true, "змушувати": true, "примусити": true, "примушувати": true}

// forcedTo reports whether the infinitive at i is what a verb of forcing
// a few words before it made someone do: "змусили засуджених підписати".
func (f *finder) forcedTo(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if f.toks[k].Kind == vistka.Punct {
			return false
		}
		if forcers[f.verb(k)] {
			return true
		}
	}
	return false
}

// audits are the nouns of an inspection of a body.
var audits = map[string]bool{"перевірка": true, "аудит": true, "ревізія": true}

// Sieves of the small verb sets that sentence asks about every verb it
// finds, before it knows the verb triggers anything: most verbs are in
// none of them, and a Sieve tells most of those apart without hashing
// the verb. They are made when the package's variables are, before its
// init functions run: a set that an init function adds to (undergone)
// has none.
var (
	listerSieve = scan.SieveOf(listers)
	comerSieve  = scan.SieveOf(comers)
	driveSieve  = scan.SieveOf(drives)
	expelSieve  = scan.SieveOf(expels)
	jointSieve  = scan.SieveOf(jointVerbs)
	buySieve    = scan.SieveOf(buys)
	// and of the two small noun sets the loop of noun triggers asks
	// about every noun nounTriggers lets through
	contractSieve = scan.SieveOf(contracts)
	auditSieve    = scan.SieveOf(audits)
)

// sanctionActs are the nouns of applying sanctions that may stand
// between про and the sanctions: "про застосування санкцій".
var sanctionActs = map[string]bool{"застосування": true, "запровадження": true, "введення": true, "продовження": true}

// importTariff reports whether the duty at j is put on goods brought in
// (на імпорт, на китайські товари, на ввезення), a measure against
// another's trade, not a tax on one's own exports or a fee paid.
func (f *finder) importTariff(j int) bool {
	for k := j + 1; k < len(f.toks) && k <= j+5; k++ {
		switch f.low(k) {
		case "імпорт", "ввезення", "товар", "продукція", "продукт":
			return true
		case "експорт", "вивезення":
			return false
		}
		if f.toks[k].Kind == vistka.Punct {
			break
		}
	}
	return f.foreignGoods(j)
}

// foreignGoods reports whether the goods a duty at j is put on (after на)
// are told as another's: by an adjective of a country's people ("мита на
// європейські автомобілі", "мито на китайську сталь"), by the land they
// come from ("на сталь з Китаю") or by a clause of bringing them in ("на
// легкові автомобілі, які імпортують з Європейського Союзу").
func (f *finder) foreignGoods(j int) bool {
	on := false
	for k := j + 1; k < len(f.toks) && k <= j+12; k++ {
		lw := f.low(k)
		switch {
		case lw == "експорт" || lw == "вивезення":
			return false
		case lw == "на":
			on = true
		case !on:
		case isAdj(&f.toks[k]) && countryAdj(lw):
			return true
		case (lw == "з" || lw == "із") && k+1 < len(f.toks) && f.spanType(k+1) == "LOC":
			return true
		case lw == "імпортувати" || lw == "ввозити" || lw == "ввезти":
			return true
		case f.toks[k].Kind == vistka.Punct && (lw != "," || k+1 >= len(f.toks) || f.low(k+1) != "який"):
			return false
		}
	}
	return false
}

// sanctionDecree returns the index of the sanctions noun when the verb
// at i puts into force a decision or a decree about sanctions, the body
// that decided named in between: "увів у дію рішення Ради національної
// безпеки і оборони про застосування санкцій", "підписав указ про
// санкції", "ухвалила рішення про запровадження санкцій"; or -1.
func (f *finder) sanctionDecree(i int) int {
	j := i + 1
	if j+1 < len(f.toks) && (f.low(j) == "у" || f.low(j) == "в") && f.low(j+1) == "дія" {
		j += 2 // "увів у дію рішення"
	}
	if j >= len(f.toks) || f.low(j) != "рішення" && f.low(j) != "указ" && f.low(j) != "постанова" {
		return -1
	}
	for k := j + 1; k < len(f.toks) && k <= j+8; k++ {
		if f.toks[k].Kind == vistka.Punct {
			return -1
		}
		if f.low(k) != "про" {
			continue
		}
		n := k + 1
		if n < len(f.toks) && sanctionActs[f.low(n)] {
			n++
			for n < len(f.toks) && (isAdj(&f.toks[n]) || f.toks[n].Kind == vistka.Number) {
				n++ // "про запровадження 25-відсоткових мит"
			}
		}
		if n < len(f.toks) && (f.low(n) == "санкція" || f.low(n) == "мито" && n > k+1 && f.importTariff(n)) {
			return n
		}
		return -1
	}
	return -1
}

// measureWorks reports whether the sanctions' noun at i, in the
// nominative, is the subject of a verb of working or having effect in its
// clause after it ("Санкції проти Росії поки що не працюють", "санкції
// вже вплинули на економіку"): a judgement of the
// measures, no measures imposed.
func (f *finder) measureWorks(i int) bool {
	if !hasCase(&f.toks[i], "v_naz") {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") {
			return measureEffects[f.verb(j)]
		}
	}
	return false
}

// measureEffects are the verbs of a measure's working (measureWorks).
var measureEffects = map[string]bool{"працювати": true, "спрацювати": true,
	"допомагати": true, "допомогти": true, "впливати": true, "вплинути": true, "шкодити": true, "зашкодити": true}

// treaties are the pacts between sides whose force one side can suspend.
var treaties = map[string]bool{"угода": true, "договір": true, "конвенція": true, "меморандум": true,
	"домовленість": true, "пакт": true}

// treatyForce reports whether дія at n is a pact's, the pact's noun right
// after it or after its adjectives: "дію угоди", "дію Договору про
// звичайні збройні сили".
func (f *finder) treatyForce(n int) bool {
	j := n + 1
	for j < len(f.toks) && isAdj(&f.toks[j]) {
		j++
	}
	return j < len(f.toks) && treaties[f.low(j)]
}

// sanctionTopics are the prepositions of the matter that, after a
// sanction's noun, name whom it hits: "обмеження щодо Білорусі".
var sanctionTopics = map[string]bool{"щодо": true, "стосовно": true}

var coerced = map[string]bool{"COERCE": true, "ACCUSE": true, "SANCTION": true, "ASSAULT": true}

// voidsNorm reports whether "таким" at j opens ", що не відповідає …",
// ", що суперечить …" or ", що втратив чинність": a norm struck down.
func (f *finder) voidsNorm(j int) bool {
	if !f.commaThat(j, 1) {
		return false
	}
	switch k := j + 3; {
	case f.low(k) == "не" && k+1 < len(f.toks) && f.low(k+1) == "відповідати":
		return true
	case f.low(k) == "суперечити":
		return true
	case f.low(k) == "втратити" && k+1 < len(f.toks) && f.low(k+1) == "чинність":
		return true
	}
	return false
}

// beforeOrdered keeps of rec, the recipients of an order given by the
// verb at at, those named before the infinitive of what is ordered (up
// to end): "Суд зобов'язав ТОВ «Альфа» повернути райдержадміністрації
// ділянку" binds the firm; the body the land goes back to, an address
// or the owner of the premises named after it are the infinitive's own
// objects, not bound by the order. A phrase that is no entity is kept.
func (f *finder) beforeOrdered(at, end int, rec []string) []string {
	inf := -1
	for j := at + 1; j < end && j < len(f.toks); j++ {
		if isVerb(&f.toks[j]) {
			if strings.Contains(f.toks[j].Tag, ":inf") {
				inf = j
			}
			break
		}
	}
	if inf < 0 || slices.ContainsFunc(f.toks[at+1:inf], func(t vistka.Token) bool { return strings.Contains(t.Tag, "pron:pers") }) {
		return rec // (a pronoun stands for one named before: "зобов'язав його здати паспорти")
	}
	return slices.DeleteFunc(rec, func(r string) bool {
		if f.ents.Type(r) == "" {
			return false
		}
		for j := at + 1; j < inf; j++ {
			if f.entityAt(j) == r {
				return false
			}
		}
		return true
	})
}

// ownRequest reports whether the clause of the dismissal at i says it is
// at the one dismissed's own request or by agreement: "за власним
// бажанням", "за власною заявою", "за згодою сторін".
func (f *finder) ownRequest(i int) bool {
	stop := func(j int) bool {
		t := &f.toks[j]
		return t.Kind == vistka.Punct && t.Text != "," || finiteVerb(t)
	}
	is := func(j int) bool {
		if f.low(j) != "за" || j+2 >= len(f.toks) {
			return false
		}
		switch f.low(j + 1) {
		case "власний", "свій":
			w := f.low(j + 2)
			return w == "бажання" || w == "заява" || w == "прохання"
		case "згода":
			return f.low(j+2) == "сторона" || f.low(j+2) == "сторони"
		}
		return false
	}
	return f.within(i, 8, 14, stop, is)
}

// heldNow are the participles of people held that звільнити takes as
// released (see pairs).
var heldNow = map[string]bool{"затриманий": true, "заарештований": true, "ув'язнений": true}

// returnedTo reports whether the person at j, after повернути, is the one
// something is returned to, in the dative, not the one returned: "суд
// повернув захиснику апеляційну скаргу" (a defence lawyer, no captive).
func (f *finder) returnedTo(v string, j int) bool {
	t := &f.toks[j]
	return v == "повернути" && strings.HasPrefix(t.Tag, "noun:anim") && hasCase(t, "v_dav") && !hasCase(t, "v_zna") && !hasCase(t, "v_rod")
}

// listers are the verbs of putting someone on a list.
var listers = map[string]bool{"занести": true, "заносити": true, "внести": true, "вносити": true}

// outlaws are the people a list names as its kind: a list of terrorists
// or extremists is a blacklist.
var outlaws = map[string]bool{"терорист": true, "екстреміст": true, "тероризм": true, "екстремізм": true}

// outlawList returns, for a verb of putting on a list at i, the list noun
// of "до переліку/списку/реєстру" with terrorists or extremists after it
// ("Бившева занесли до переліку терористів і екстремістів"): being
// blacklisted so is coercion. It returns -1 for any other list.
func (f *finder) outlawList(i int) int {
	for j := i + 1; j+2 < len(f.toks) && j <= i+4; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return -1
		}
		if f.low(j) != "до" {
			continue
		}
		switch f.low(j + 1) {
		case "перелік", "список", "реєстр":
		default:
			return -1
		}
		for k := j + 2; k < len(f.toks) && k <= j+4 && f.toks[k].Kind != vistka.Punct; k++ {
			if outlaws[f.low(k)] {
				return j + 1
			}
		}
		return -1
	}
	return -1
}

// sanctionList returns, for a verb of putting on a list at i, the list
// noun of a sanctions list in its clause, after the verb ("внесла до
// санкційного списку", "внесли до списку санкцій") or before it ("До
// санкційного переліку ЄС внесли"), or -1.
func (f *finder) sanctionList(i int) int {
	list := func(j int) int { // j: до
		n, sanctions := j+1, false
		for n < len(f.toks) && isAdj(&f.toks[n]) {
			sanctions = sanctions || f.low(n) == "санкційний"
			n++
		}
		if n >= len(f.toks) {
			return -1
		}
		switch f.low(n) {
		case "перелік", "список", "реєстр":
		default:
			return -1
		}
		if !sanctions && (n+1 >= len(f.toks) || f.low(n+1) != "санкція") {
			return -1
		}
		return n
	}
	for j := i + 1; j < len(f.toks) && j <= i+5 && f.toks[j].Kind != vistka.Punct; j++ {
		if f.low(j) == "до" {
			return list(j)
		}
	}
	for j := i - 1; j >= 0 && j >= i-7 && f.toks[j].Kind != vistka.Punct; j-- {
		if f.low(j) == "до" {
			if n := list(j); n < i {
				return n
			}
			return -1
		}
	}
	return -1
}

// listOwner returns the body named in the genitive after the list noun at
// n, in its phrase: "до переліку терористів і екстремістів
// Росфінмоніторингу"; "" when there is none.
func (f *finder) listOwner(n int) string {
	if n < 0 {
		return ""
	}
	for k := n + 1; k < len(f.toks) && k <= n+6 && f.toks[k].Kind != vistka.Punct; k++ {
		// (a body the tagger may take for a person: an inanimate noun)
		if e := f.entityAt(k); e != "" && hasCase(&f.toks[k], "v_rod") &&
			(f.ents.Type(e) == "ORG" || f.ents.Type(e) == "PERS" && strings.Contains(f.toks[k].Tag, ":inanim")) {
			return e
		}
	}
	return ""
}

// airDefence reports whether the комплекс or система at j is one of air
// defence or of missiles: "комплекси ППО", "зенітні ракетні комплекси"
// (a sports complex or a system of payments is none).
func (f *finder) airDefence(j int) bool {
	if j+1 < len(f.toks) {
		if l := f.low(j + 1); l == "ппо" || l == "про" {
			return true
		}
	}
	return f.adjBefore(j, 3, func(l string) bool {
		return strings.HasPrefix(l, "зенітн") || strings.HasPrefix(l, "ракетн") || strings.HasPrefix(l, "протиповітрян")
	})
}

// expels are the verbs of sending people away; for the ones marked true
// (відсилати, відправляти) only people held are sent by force.
var expels = map[string]bool{"вислати": false, "висилати": false, "депортувати": false, "видворити": false,
	"видворяти": false, "випровадити": false, "випроваджувати": false, "відсилати": true, "відіслати": true,
	"відправляти": true, "відправити": true, "етапувати": true, "виселити": false, "виселяти": false}

// drives are the verbs of driving people somewhere, coercion when done
// by force (forcedAdverbs): "селян силоміць заганяли до колгоспів".
var drives = map[string]bool{"загнати": true, "заганяти": true, "зігнати": true, "зганяти": true,
	"переселити": true, "переселяти": true, "вивезти": true, "вивозити": true}

// forcedAdverbs tell that a thing was done to people against their will.
var forcedAdverbs = map[string]bool{"силоміць": true, "примусово": true, "насильно": true}

// forcedHere reports whether an adverb of force stands next to the verb at
// i: "силоміць заганяти", "вивезли примусово".
func (f *finder) forcedHere(i int) bool {
	return i > 0 && forcedAdverbs[f.low(i-1)] || i+1 < len(f.toks) && forcedAdverbs[f.low(i+1)]
}

// noPrepBetween reports whether no preposition stands between the verb at
// i and the word at j, so that the word begins the verb's object:
// "створили спільне підприємство", not "створив умови для спільного
// видобутку"; a town or a country it is done in may stand between
// ("відкрили в Оденсе спільне підприємство").
func (f *finder) noPrepBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if !isPrep(&f.toks[k]) {
			continue
		}
		if l := f.low(k); (l == "в" || l == "у") && k+1 < j && f.entityAt(k+1) != "" && f.ents.Type(f.entityAt(k+1)) == "LOC" {
			k = f.nameEnd(k+1) - 1
			continue
		}
		return false
	}
	return true
}

// proposedInfinitive reports whether the verb at i is an infinitive right
// after запропонувати or a noun of a plan: "запропонував створити спільну
// робочу групу", "підтримав ідею створити спільний центр" set nothing up
// yet (news8 reads the first as a request only).
func (f *finder) proposedInfinitive(i int) bool {
	if i == 0 || !strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	v := f.verb(i - 1)
	return v == "запропонувати" || v == "пропонувати" || proposals[f.low(i-1)]
}

// proposals are the nouns of a plan put forward whose infinitive tells
// what is proposed, not done: "підтримав ідею створити спільний центр".
var proposals = map[string]bool{"ідея": true, "пропозиція": true, "план": true, "ініціатива": true}

// infinitiveAfter reports whether an infinitive follows the verb at toks[i]
// within its clause: "заборонив реєстраційній службі вчиняти дії".
func (f *finder) infinitiveAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if isVerb(&f.toks[j]) && strings.Contains(f.toks[j].Tag, ":inf") {
			return true
		}
	}
	return false
}

// premises are nouns for the places of a body or a person searched: в
// офісі компанії, у квартирі депутата.
var premises = map[string]bool{"офіс": true, "приміщення": true, "квартира": true, "будинок": true, "помешкання": true, "маєток": true}

// sanctionsOf returns the body or country named in the genitive right
// after the sanctions noun of tr (санкції ЄС, обмеження США), which
// imposes them; "" for another noun or none. An indeclinable name may be
// read in any case.
func (f *finder) sanctionsOf(tr trig) string {
	if tr.noun < 0 || tr.k.typ != "SANCTION" {
		return ""
	}
	j := tr.noun + 1
	j = f.pastAdjs(j)
	if j >= len(f.toks) || !hasCase(&f.toks[j], "v_rod") && !strings.Contains(f.toks[j].Tag, ":nv") || f.governedBy(j) != "" {
		return ""
	}
	if e := f.entityAt(j); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "LOC") {
		return e
	}
	return ""
}

// frozenAssets reports whether toks[j] names what a sanction freezes
// (заморожування активів, коштів, рахунків, майна), not a price or a
// tariff frozen (заморожування тарифів).
func (f *finder) frozenAssets(j int) bool {
	if j >= len(f.toks) {
		return false
	}
	switch f.low(j) {
	case "актив", "активи", "кошти", "кошт", "рахунок", "рахунки", "майно", "резерв", "резерви":
		return true
	}
	return false
}
