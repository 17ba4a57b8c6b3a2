package pipeline_test

import (
	"testing"
	"time"
)

// TestS43LTownRelief: relief a town sends (a humanitarian cargo from it,
// help від it, help that comes з it) is that town's aid, as a country's
// is, and is set where it arrives; money that arrives from a town with no
// word of help is none.
func TestS43LTownRelief(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a humanitarian convoy from a twin town",
			"До Рівного прибула гуманітарна колона з польського міста Люблін.",
			[]string{"AID Люблін → Рівне @Рівне"}},
		{"help від a town arrives",
			"До Рівного надійшла допомога від Любліна.",
			[]string{"AID Люблін → Рівне @Рівне"}},
		{"help from a town told first",
			"З міста Люблін до Рівного надійшла допомога.",
			[]string{"AID Люблін → Рівне @Рівне"}},
		{"help from a country told first",
			"З Польщі до Рівного надійшла гуманітарна допомога.",
			[]string{"AID Польща → Рівне @Рівне"}},
		{"money from a town, no help named",
			"До Рівного надійшли кошти з Києва.",
			nil},
	}, time.Time{})
}
