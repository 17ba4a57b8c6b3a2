package pipeline_test

import (
	"testing"
	"time"
)

// TestS36CSurnameBeforeAdverbial checks that a surname that declines as
// an adjective (-ський, -цька), opening its clause before a preposition,
// is read as the surname, the subject of the verb past the adverbial the
// preposition opens, and not as an adjective; an adjective of that form
// before its own noun stays one.
func TestS36CSurnameBeforeAdverbial(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a long adverbial", "Зеленський під час офіційного візиту до Польщі у вівторок провів переговори з Дудою.",
			[]string{"CONSULT/visit Зеленський → Польща @Польща", "CONSULT/meet Зеленський → Дуда @Польща"}},
		{"a woman's surname", "Зеленська під час поїздки до Львова зустрілася з мером міста.",
			[]string{"CONSULT/meet Зеленська → мер міста"}},
		{"an unlisted surname after the date", "Жадинський під час засідання уряду підписав угоду з Литвою.",
			[]string{"AGREE Жадинський → Литва"}},
		{"an adjective with its noun", "Донецький на початку року суд заарештував майно.",
			[]string{"COERCE суд → "}},
	}, time.Time{})
}
