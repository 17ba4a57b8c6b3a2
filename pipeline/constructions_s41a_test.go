package pipeline_test

import (
	"testing"
	"time"
)

// TestS41ASingularGiver checks that aid received from one giver named by
// a common noun in the singular (від фонду, від благодійного фонду, від
// мецената) has that giver in the nominative singular, its adjectives
// agreeing, as plural givers are put in the nominative plural; a sum
// received from a relative stays no aid.
func TestS41ASingularGiver(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a fund gives a generator",
			"Лікарня отримала від фонду генератор.",
			[]string{"AID фонд → Лікарня"}},
		{"a charity fund with its adjective",
			"Школа отримала від благодійного фонду два генератори.",
			[]string{"AID благодійний фонд → Школа"}},
		{"a patron's money",
			"Громада отримала від мецената 2 млн гривень.",
			[]string{"AID меценат → Громада"}},
		{"a relative's money",
			"Студентка отримала від батька 20 тисяч гривень.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41AThingAfterBody checks that a thing given right after a
// community or a service whose dative reads as the accusative plural
// (лікарні, громаді) is the object though the tagger reads the thing in
// the nominative, as a thing's accusative is: "Фонд передав лікарні
// апарат ШВЛ"; greetings handed on stay no aid.
func TestS41AThingAfterBody(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a device with an abbreviation after it",
			"Фонд передав лікарні апарат ШВЛ.",
			[]string{"AID Фонд → лікарня"}},
		{"a device with a genitive after it",
			"Благодійники передали лікарні апарат штучної вентиляції легень.",
			[]string{"AID Благодійники → лікарня"}},
		{"greetings",
			"Міністр передав області привітання.",
			[]string{"SUPPORT Міністр → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41ABuildingMaterials checks that building materials received from
// a named giver or handed to a community are goods given as aid, as
// generators are; papers received (матеріали справи) and materials
// bought are none.
func TestS41ABuildingMaterials(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"received from a council for refugees",
			"Громада отримала від Данської ради у справах біженців будівельні матеріали для ремонту 30 будинків.",
			[]string{"AID Данська рада у справах біженців → Громада"}},
		{"handed to a community, one word",
			"Фонд передав громаді будматеріали.",
			[]string{"AID Фонд → громада"}},
		{"a case's papers",
			"Слідчі отримали від прокуратури матеріали справи.",
			nil},
		{"bought",
			"Громада купила будівельні матеріали для ремонту школи.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41ARelativeDative checks that aid given in a relative clause
// opened by the pronoun in the dative (якій, якому) goes to the noun the
// pronoun stands for, a name or a community or a service, with the
// clause's subject as giver; greetings handed on stay no aid.
func TestS41ARelativeDative(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a hospital given a device by partners",
			"Міністр також відвідав Балаклійську лікарню, якій партнери передали апарат УЗД.",
			[]string{"CONSULT/visit Міністр → Балаклійська лікарня", "AID партнери → Балаклійська лікарня"}},
		{"a community given generators by a fund",
			"Голова ОВА приїхав у громаду, якій фонд передав два генератори.",
			[]string{"AID фонд → громада"}},
		{"greetings",
			"Міністр зустрівся з директором, якому колеги передали привітання.",
			[]string{"CONSULT/meet Міністр → директор", "SUPPORT колеги → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41AUnderTerms checks that what a programme's or a rule's terms
// let people receive (за якими ветерани зможуть отримати гранти), with no
// giver, is no aid; grants one may receive told alone keep their AID.
func TestS41AUnderTerms(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a programme's terms",
			"Депутати також погодили зміни до програми, за якими ветерани зможуть отримати гранти на власну справу.",
			nil},
		{"grants one may receive",
			"Фермери зможуть отримати гранти на власну справу.",
			[]string{"AID  → Фермери [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
