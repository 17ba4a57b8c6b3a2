package pipeline_test

import (
	"testing"
	"time"
)

// TestS36BodyFarBack checks that a body called by its head noun alone
// (у фонді, суд) is the one body of that kind the story named, however
// many sentences back, and that it stays a phrase when two such bodies
// were named.
func TestS36BodyFarBack(t *testing.T) {
	const between = " Міністр фінансів Сергій Марченко подякував партнерам за підтримку. Він наголосив, що кошти підуть на виплати. Прем'єр-міністр також подякував партнерам."
	checkEvents(t, load(t), []construction{
		{"the one fund, four sentences back",
			"Міжнародний валютний фонд схвалив транш для України." + between + " Водночас у фонді закликали уряд посилити податкову дисципліну.",
			[]string{"AID Міжнародний валютний фонд → Україна", "SUPPORT Сергій Марченко → партнери", "SUPPORT Прем'єр-міністр → партнери", "REQUEST Міжнародний валютний фонд → уряд"}},
		{"the one court, as the subject",
			"Справу розглядав Господарський суд Київської області." + between + " Суд відмовив у задоволенні позову.",
			[]string{"SUPPORT Сергій Марченко → партнери", "SUPPORT Прем'єр-міністр → партнери", "REJECT Господарський суд Київської області → "}},
		{"two courts: none chosen",
			"Справу розглядав Господарський суд Київської області. Апеляцію подали до Північного апеляційного господарського суду." + between + " Суд відмовив у задоволенні позову.",
			[]string{"ACCUSE  → Північний апеляційний господарський суд", "SUPPORT Сергій Марченко → партнери", "SUPPORT Прем'єр-міністр → партнери", "REJECT Суд → "}},
	}, time.Time{})
}
