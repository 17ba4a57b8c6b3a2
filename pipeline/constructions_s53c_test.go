package pipeline_test

import (
	"testing"
	"time"
)

// A partner whose Latin name stands in quotation marks after the word for
// its kind (session 53, helper h53c, from NER-UK's procurement news): "з
// швейцарською юридичною компанією «Lalive»" names the partner as "з
// компанією Lalive" does. The sentences are our own.
func TestQuotedLatinPartnerS53c(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"tenders desk: a contract with a foreign law firm",
			"Прокуратура уклала угоду з швейцарською юридичною компанією «Lalive» на представництво в суді.",
			[]string{"AGREE Прокуратура → Lalive"}},
		{"business desk: a contract with a foreign maker",
			"Укрзалізниця підписала контракт з американською компанією «Wabtec Corporation» на постачання локомотивів.",
			[]string{"AGREE Укрзалізниця → Wabtec Corporation"}},
		{"business desk: the quoted name alone",
			"Міськрада уклала угоду з «Lalive» на юридичні послуги.",
			[]string{"AGREE Міськрада → Lalive"}},
		{"a firm after у зв'язку з is a cause, no partner",
			"Міськрада уклала угоду з юридичною компанією «Lalive» у зв'язку з позовом турецької компанії «Dogus Insaat».",
			[]string{"AGREE Міськрада → Lalive"}},
	}, wed)
}
