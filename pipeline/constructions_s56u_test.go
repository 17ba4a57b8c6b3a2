package pipeline_test

import (
	"testing"
	"time"
)

// Session 56, helper h56u: trigger classes read from the census
// TestCensusS56U, each tested with sentences of its own.

// TestS56UClaimForum: the court, tribunal or arbitration a claim or a
// complaint is lodged with (after до) is not the one accused; the one the
// claim is against is.
func TestS56UClaimForum(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a claim against a firm lodged with a commercial court",
			"Міністерство енергетики подало позов проти ТОВ «Вектор-Енерго» до Господарського суду Харківської області.",
			[]string{"ACCUSE Міністерство енергетики → ТОВ «Вектор-Енерго»"}},
		{"a claim against a state lodged with an arbitration",
			"Компанія «Укргідроенерго» звернулася до Лондонського арбітражу з позовом проти Росії.",
			[]string{"ACCUSE Укргідроенерго → Росія"}},
		{"a complaint lodged with a court of appeal, no other side named",
			"Адвокат Семен Коваленко подав апеляційну скаргу до Дніпровського апеляційного суду.",
			[]string{"ACCUSE Семен Коваленко → "}},
	}, time.Time{})
}
