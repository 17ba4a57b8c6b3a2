package pipeline_test

import (
	"testing"
	"time"
)

// TestS41KBelongerJoined checks that a dative pronoun after a verb joined
// to an earlier verb whose object names a person by the place or the
// state he belongs to (жителя Херсона, громадянку Молдови) stands for
// that person as a phrase, not for the place; an envoy named by his
// country stays the country.
func TestS41KBelongerJoined(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a resident convicted and fined",
			"Суд визнав жителя Херсона винним і призначив йому штраф.",
			[]string{"ACCUSE Суд → житель Херсона", "COERCE Суд → житель Херсона"}},
		{"a native detained and charged",
			"Прикордонники затримали уродженця Одеси і повідомили йому про підозру.",
			[]string{"COERCE Прикордонники → уродженець Одеси", "ACCUSE Прикордонники → уродженець Одеси"}},
		{"a citizen, feminine, sentenced",
			"Суд визнав громадянку Молдови винною та призначив їй покарання у вигляді штрафу.",
			[]string{"ACCUSE Суд → громадянка Молдови", "COERCE Суд → громадянка Молдови"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41KThingFirstPersonAfter checks that a common animate noun in the
// nominative after the verb, whose accusative would be another form, is
// the subject when the one noun before the verb is a thing that reads
// the same in the accusative: the thing, put first, is the object
// ("Завод відвідав міністр"); a thing with a name takes the name.
func TestS41KThingFirstPersonAfter(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a named works visited by an official",
			"Завод «Мотор Січ» відвідав прем’єр-міністр.",
			[]string{"CONSULT/visit прем’єр-міністр → Мотор Січ"}},
		{"a hospital visited on a day",
			"У середу лікарню відвідав міністр охорони здоров’я.",
			[]string{"CONSULT/visit міністр охорони здоров’я → лікарня"}},
		{"a capital visited by a foreign minister",
			"Київ відвідав міністр закордонних справ Польщі.",
			[]string{"CONSULT/visit міністр закордонних справ Польщі → Київ @Київ"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41KWorksActSigned checks that signing an act of works or supplies
// (акти про ремонт, акт поставки, акти списання) certifies them and
// makes no agreement; an agreement signed stays AGREE.
func TestS41KWorksActSigned(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"acts of repair",
			"Посадовець підписав акти про ремонт восьми автобусів.",
			nil},
		{"an act of a supply",
			"Директорка підписала акт поставки пального, якого не було.",
			nil},
		{"acts of write-off",
			"Начальник підписав акти списання техніки.",
			nil},
		{"an agreement",
			"Міністр підписав угоду з Польщею.",
			[]string{"AGREE Міністр → Польща"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41KInvitedToWork checks that an invitation into a working body
// (до робочої групи, до складу комісії, до штабу) is COOPERATE with the
// invited, while an invitation to visit or to take part stays REQUEST.
func TestS41KInvitedToWork(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"into a commission",
			"Мер запросив активістів до складу комісії.",
			[]string{"COOPERATE Мер → активісти"}},
		{"into a headquarters, present",
			"Голова громади запрошує волонтерів до оперативного штабу.",
			[]string{"COOPERATE Голова громади → волонтери"}},
		{"to take part",
			"Міністр запросив іспанські компанії до участі у відбудові.",
			[]string{"REQUEST Міністр → іспанські компанії"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41KProgrammeOfSupport checks that підтримка naming a programme an
// act falls under (в рамках програми підтримки, за програмою підтримки)
// is no SUPPORT; support given outright stays SUPPORT.
func TestS41KProgrammeOfSupport(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"money under a programme",
			"Кошти надала обласна адміністрація в рамках програми підтримки малих фермерів.",
			nil},
		{"grants by a programme",
			"Міська рада надала гранти за програмою підтримки бізнесу.",
			nil},
		{"support given",
			"Німеччина надала Україні підтримку.",
			[]string{"SUPPORT Німеччина → Україна"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
