package pipeline_test

import (
	"testing"
	"time"
)

// Those given put in the dative before an impersonal verb of giving after
// the clause's opening circumstance (session 52, helper h52q): an adverb
// or a phrase under a preposition ("За державною програмою", "Відтепер",
// "У межах програми уряду") may open the clause before the dative of
// those given; an adverb may stand between the dative and a verb that
// covers a cost. The sentences are our own.
func TestDativeAfterOpeningS52q(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"farm desk: costs covered under a programme",
			"За державною програмою аграріям відшкодовують до 80% вартості техніки.",
			[]string{"AID  → аграрії"}},
		{"health desk: costs covered from now on",
			"Відтепер пенсіонерам компенсують вартість ліків.",
			[]string{"AID  → пенсіонери"}},
		{"farm desk: an adverb between the dative and the verb",
			"Фермерам також відшкодовують частину вартості добрив.",
			[]string{"AID  → фермери"}},
		{"city desk: aid paid within a programme of the government",
			"У межах програми уряду переселенцям виплачують допомогу.",
			[]string{"AID  → переселенці"}},
		{"a loss made good is no aid",
			"За рішенням суду фермерам відшкодовують збитки.",
			nil},
	}, wed)
}

// People counted after the verb whose object the clause puts first are
// its subject (session 52, helper h52q): "Кров здали понад 120 студентів"
// names the donors, "Допомогу отримали 300 родин" those given; so do the
// counted after a verb of receiving. Counted people after a verb with no
// object before it are its object. The sentences are our own.
func TestCountedSubjectAfterS52q(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"health desk: blood given by the counted",
			"Кров для поранених здали понад 120 студентів університету.",
			[]string{"AID понад 120 студентів → "}},
		{"city desk: households counted receive aid",
			"Гуманітарну допомогу отримали 300 родин переселенців.",
			[]string{"AID  → 300 родин"}},
		{"city desk: families counted after a verb of receiving",
			"Допомогу від фонду отримали понад 500 сімей з Херсонщини.",
			[]string{"AID  → понад 500 сімей"}},
		{"police desk: counted people with no object before are the object",
			"Поліцейські затримали 12 учасників бійки.",
			[]string{"COERCE Поліцейські → 12 учасників бійки"}},
	}, wed)
}

// A noun of financing opening the clause with the body that provides it
// after the verb, named by a common noun (session 52, helper h52q): a
// council, a fund or a budget in the nominative, which the tagger may
// read as an inanimate accusative, is the giver. A thing after the verb
// is none. The sentences are our own.
func TestAidBodyAfterS52q(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"region desk: co-financing from the regional budget",
			"Співфінансування проєкту забезпечить обласний бюджет.",
			[]string{"AID обласний бюджет →  [future]"}},
		{"schools desk: financing from the city council",
			"Фінансування ремонту школи забезпечить міська рада.",
			[]string{"AID міська рада →  [future]"}},
		{"health desk: financing from a fund",
			"Фінансування закупівлі обладнання забезпечить фонд.",
			[]string{"AID фонд →  [future]"}},
		{"a thing after the verb gives nothing",
			"Фінансування проєкту забезпечить стабільність роботи.",
			nil},
	}, wed)
}
