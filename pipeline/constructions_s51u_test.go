package pipeline_test

import (
	"testing"
	"time"
)

// A body's acronym right before a singular verb, after a phrase of time
// that hangs on the clause (під час, в ході, у рамках or напередодні with
// an act noun in the genitive), is the clause's subject, not the genitive of
// that noun (session 51, helper h51u). The sentences are our own.
func TestAcronymAfterOpenerS51u(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"regional desk: a meeting on the eve of a visit",
			"Напередодні візиту ОДА провела зустріч з фермерами громади.",
			[]string{"CONSULT/meet ОДА → фермери громади"}},
		{"regional desk: aid handed during a meeting",
			"Під час наради ОДА передала громаді два генератори.",
			[]string{"AID ОДА → громада"}},
	}, wed)
}

// People named by a noun with a noun of occupation in the genitive
// ("представників лікарів") meet the partner after з, also when that
// occupation was told before as a group (session 51, helper h51u). The
// sentences are our own.
func TestOccupationGenitiveMeetingS51u(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"city desk: the traders who picketed meet the mayor",
			"Підприємці пікетували міськраду.\n\nУвечері відбулася зустріч представників підприємців з міським головою.",
			[]string{"PROTEST Підприємці → міськрада", "CONSULT/meet представники підприємців → міський голова"}},
	}, wed)
}

// A visit and the talks held on it are two events, not one told twice,
// though their sides are the same: "Переговори між делегаціями" after the
// delegation came (session 51, helper h51u). The sentences are our own.
func TestTalksOnVisitS51u(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"regional desk: a delegation comes, the delegations talk",
			"До Одеси прибула делегація Румунії на чолі з міністром. Переговори між делегаціями тривали три години.",
			[]string{"CONSULT/visit Румунія → Одеса @Одеса", "CONSULT/meet Румунія,Одеса →  @Одеса"}},
	}, wed)
}
