package pipeline_test

import (
	"testing"
	"time"
)

// Session 58, helper h58c: code debts of the event package, each fixed
// with sentences of its own.

// TestS58CBarredFromAuction: a body that does not admit a firm to an
// auction (до торгів) rejects it, as one that does not admit it to a
// tender does.
func TestS58CBarredFromAuction(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"не допустила до торгів",
			"Комісія не допустила ТОВ «Альфа» до торгів.",
			[]string{"REJECT Комісія → ТОВ «Альфа»"}},
		{"не допустила до тендеру",
			"Комісія не допустила ТОВ «Альфа» до тендеру.",
			[]string{"REJECT Комісія → ТОВ «Альфа»"}},
	}, time.Time{})
}

// TestS58CFirmNamedSingular: frontedFirm and singularName read a firm's
// number alike (firmForm): by its own legal form or kind next to its
// name, before a head further out that names something of the firm's. A
// firm so named in the singular, put first before a plural verb with no
// subject, is what was done to, though the phrase's head is plural (its
// subsidiaries, its plants); with an object of its own the verb's doer
// stays the firm.
func TestS58CFirmNamedSingular(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"subsidiaries of a company, fined",
			"Дочірні підприємства компанії «Альфа» оштрафували на 5 млн гривень.",
			[]string{"COERCE  → Альфа"}},
		{"enterprises of a concern, fined",
			"Підприємства концерну «Укроборонпром» оштрафували за порушення.",
			[]string{"COERCE  → Укроборонпром"}},
		{"plants of a company, fined (as before)",
			"Заводи компанії «Альфа» оштрафували за забруднення річки.",
			[]string{"COERCE  → Альфа"}},
		{"with an object of its own the firm fines",
			"Дочірні підприємства компанії «Альфа» оштрафували підрядника на 10 тисяч гривень.",
			[]string{"COERCE Альфа → підрядник"}},
	}, time.Time{})
}

// TestS58CWages: a payment of wages, a noun of pay right after the
// payment's or after до (wagesOf), is an employer's pay, no aid; a
// payment to people named with no wages is aid.
func TestS58CWages(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a top-up to the salary, after до",
			"Шахта виплатила гірникам доплату до окладу.",
			nil},
		{"wages paid",
			"Міська рада розпочала виплату заробітної плати вчителям.",
			nil},
		{"a top-up paid to people named",
			"Міська рада розпочала доплату вчителям.",
			[]string{"AID Міська рада → вчителі"}},
	}, time.Time{})
}

// TestS58CPrivateTrip: one who comes somewhere for work of one's own (на
// заробітки, read as заробіток) or for treatment makes a private trip, no
// visit.
func TestS58CPrivateTrip(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"for work abroad",
			"Колишній депутат Іван Петренко приїхав до Польщі на заробітки.",
			nil},
		{"for treatment",
			"Колишній депутат Іван Петренко приїхав до Польщі на лікування.",
			nil},
	}, time.Time{})
}
