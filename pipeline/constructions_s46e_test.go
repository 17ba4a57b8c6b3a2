package pipeline_test

import (
	"testing"
	"time"
)

// TestS46EWorkFundedFirst: a work put before a verb of funding
// ("Закупівлю частково профінансує ЄБРР", "Реконструкцію мосту
// профінансує Світовий банк") is its object, which the tagger reads as
// the subject; the bank after the verb pays, not the one paid. A body put
// first keeps the usual order.
func TestS46EWorkFundedFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a purchase funded by a bank",
			"Парламент у четвер ухвалив бюджет.\n\nЗакупівлю вагонів частково профінансує Європейський банк реконструкції та розвитку.",
			[]string{"AID Європейський банк реконструкції та розвитку →  [future]"}},
		{"a bridge funded by a bank, in indirect speech",
			"Парламент у четвер ухвалив бюджет.\n\nМіністр заявив, що реконструкцію мосту профінансує Світовий банк.",
			[]string{"AID Світовий банк →  [future]"}},
		{"a body first keeps the order",
			"Парламент у четвер ухвалив бюджет.\n\nУряд профінансує «Укренерго» з резервного фонду.",
			[]string{"AID Уряд → Укренерго [future]"}},
	}, time.Time{})
}
