package pipeline_test

import (
	"testing"
	"time"
)

// TestS35FSignedBetween checks that a signing told with no subject of its
// own — a plural of indefinite persons (підписали, підписують,
// підпишуть) or a passive participle (був підписаний) — has the sides
// named after між as its sides, as the impersonal (підписано) has, and
// that a signer named keeps the signing.
func TestS35FSignedBetween(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"present plural, no subject",
			"Між Україною та Польщею підписують угоду про спільне виробництво боєприпасів.",
			[]string{"AGREE Україна,Польща → "}},
		{"past plural, no subject",
			"Між Україною та Польщею підписали угоду про спільне виробництво.",
			[]string{"AGREE Україна,Польща → "}},
		{"future plural",
			"Між Естонією та Латвією підпишуть угоду про кордон.",
			[]string{"AGREE Естонія,Латвія →  [future]"}},
		{"a passive participle with був",
			"Між Україною і Данією був підписаний договір про оборону.",
			[]string{"AGREE Україна,Данія → "}},
		{"concluded, plural",
			"Між Львовом і Вроцлавом уклали договір про партнерство.",
			[]string{"AGREE Львів,Вроцлав → "}},
		{"the impersonal stays as it was",
			"Між Україною і Литвою підписано меморандум про співпрацю.",
			[]string{"AGREE Україна,Литва → "}},
		{"a signer named keeps the signing",
			"Зеленський підписав угоду між Україною та Польщею.",
			[]string{"AGREE Зеленський → "}},
	}, time.Time{})
}
