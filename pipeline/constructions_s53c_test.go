package pipeline_test

import (
	"testing"
	"time"
)

// A claim or a decision whose owner a possessive pronoun names (session
// 53, helper h53c, from a census of NER-UK's court and tender news):
// "відхилив її скаргу", "задовольнив його позов", "скасував її рішення",
// "оскаржила її рішення" turn down, grant or appeal the claim or the
// decision of the one the pronoun stands for: a firm of the pronoun's
// gender named before in the sentence, a person of that gender in this
// sentence or the one before, or the body that opens the sentence before
// as its subject (a name after its kind or form, "ТОВ «Альфа»", or a body
// named by a common noun, "Прокуратура"). The plural їхній stays
// unresolved. The sentences are our own.
func TestPossessiveClaimOwnerS53c(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"courts desk: a woman's appeal turned down",
			"Ганна Петренко подала апеляцію. Суд відхилив її апеляційну скаргу.",
			[]string{"ACCUSE Ганна Петренко → ", "REJECT Суд → Ганна Петренко"}},
		{"courts desk: a man's claim granted",
			"Іван Петренко втратив роботу. Суд задовольнив його позов про поновлення на посаді.",
			[]string{"SUPPORT Суд → Іван Петренко"}},
		{"courts desk: a judge's decision overturned",
			"Суддя Олена Бойко розглянула справу. Апеляційний суд скасував її рішення.",
			[]string{"REJECT Апеляційний суд → Олена Бойко"}},
		{"tenders desk: a firm's complaint turned down",
			"Фірма «Альфабуд» подала скаргу до АМКУ. Комітет відхилив її скаргу.",
			[]string{"ACCUSE Альфабуд → АМКУ", "REJECT Комітет → Альфабуд"}},
		{"tenders desk: a firm's appeal by its legal form",
			"ТОВ «Альфабуд» подало апеляцію. Суд відхилив його апеляцію.",
			[]string{"ACCUSE ТОВ «Альфабуд» → ", "REJECT Суд → ТОВ «Альфабуд»"}},
		{"tenders desk: the firm's bid in the same sentence",
			"На торги прийшло ТОВ «Альфабуд», однак замовник відхилив його пропозицію.",
			[]string{"REJECT замовник → ТОВ «Альфабуд»"}},
		{"courts desk: a body named by a common noun",
			"Прокуратура подала позов до суду. Суд задовольнив її позов.",
			[]string{"ACCUSE Прокуратура → ", "SUPPORT Суд → Прокуратура"}},
		{"councils desk: a council's decision appealed",
			"Минулого тижня Київська міська рада ухвалила рішення про продаж землі. Прокуратура оскаржила її рішення.",
			[]string{"ACCUSE Прокуратура → Київська міська рада"}},
		{"several owners stay unnamed",
			"Депутати подали запит. Суд відхилив їхній запит.",
			[]string{"REQUEST Депутати → ", "REJECT Суд → "}},
	}, wed)
}

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

// One ruling told by two coordinated verbs (session 53, helper h53c,
// from NER-UK's court news): "визнав протиправним та скасував рішення
// X" is one REJECT of X, not a second REJECT with no one rejected; a
// finding about a person and a decision cancelled stay two events. The
// sentences are our own.
func TestCoordinatedRulingS53c(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"courts desk: a council's decision found unlawful and cancelled",
			"Суд визнав протиправним та скасував рішення Житомирської обласної ради.",
			[]string{"REJECT Суд → Житомирська обласна рада"}},
		{"courts desk: an order found unlawful and cancelled, plural courts",
			"Суди визнали незаконним і скасували розпорядження Бучанської міської ради.",
			[]string{"REJECT Суди → Бучанська міська рада"}},
		{"a man found guilty and a decision cancelled are two",
			"Суд визнав Івана Петренка винним та скасував рішення Житомирської обласної ради.",
			[]string{"ACCUSE Суд → Іван Петренко", "REJECT Суд → Житомирська обласна рада"}},
	}, wed)
}
