package pipeline_test

import (
	"testing"
	"time"
)

// The sentences of this file were written for session 31's thirty-eighth
// news set (helper h31a, news38): war, security and humanitarian news
// in the 2025–2026 agency style.

// TestS31AStrikeCause checks a single strike told by a noun as the cause
// or the circumstance of another event, its attacker named in the
// genitive after it or by an adjective before it ("через масований удар
// Росії по Києву", "після удару Росії по Тернополю"): an ASSAULT of its
// own, as news21, news31 and news38 mark it; a habitual or repeated
// shelling told as a cause ("через постійні обстріли Росії") and "через"
// of a route or a border stay none.
func TestS31AStrikeCause(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a meeting convened because of a strike, the attacker in the genitive",
			"Рада Безпеки ООН скликала екстрене засідання через масований удар Росії по Києву.",
			[]string{"ASSAULT Росія → Київ @Київ"}},
		{"a call made after a strike, the attacker in the genitive",
			"Після удару Росії по Тернополю президент закликав ЄС не зволікати з санкціями.",
			[]string{"ASSAULT Росія → Тернопіль @Тернопіль", "REQUEST президент → ЄС"}},
		{"a strike by an adjective as the cause of power cuts",
			"Через російську атаку на Харків енергетики запровадили аварійні відключення.",
			[]string{"ASSAULT Росія → Харків @Харків"}},
		{"a repeated shelling as a cause stays none",
			"Через постійні обстріли Росії громада евакуювала дітей із прикордонних сіл.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
