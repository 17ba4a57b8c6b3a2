package pipeline_test

import (
	"testing"
	"time"
)

// TestS56GSubsidySponsor holds субсидувати and спонсорувати (and their
// perfectives) read as фінансувати is: a donor's payment for another's
// work is aid, a body paying for its own is spending.
func TestS56GSubsidySponsor(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a state subsidises another's work",
			"Уряд Норвегії субсидуватиме ремонт шкіл Чернігівщини.",
			[]string{"AID Норвегія → Чернігівщина [future]"}},
		{"a state subsidised purchases for others",
			"Данія просубсидувала закупівлю обігрівачів для українських шкіл.",
			[]string{"AID Данія → українські школи"}},
		{"a donor body sponsors",
			"Благодійний фонд «Добробат» проспонсорував відновлення амбулаторії.",
			[]string{"AID Благодійний фонд «Добробат» → "}},
		{"a city subsidising its own services is spending",
			"Мерія Полтави субсидує проїзд студентів у тролейбусах.",
			nil},
		{"sponsoring one's own team is spending",
			"Агрохолдинг спонсорує власну баскетбольну команду.",
			nil},
		{"a state funding its own work is spending",
			"Франція фінансує власні оборонні розробки.",
			nil},
	}, time.Time{})
}

// TestS56GCostsCompensated holds компенсувати with витрати, whose lemma
// the tagger gives as витрата: the costs of another covered are aid,
// costs covered for no one named are not.
func TestS56GCostsCompensated(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a state covers another's costs",
			"Уряд Швеції компенсував Молдові витрати на прийом біженців.",
			[]string{"AID Швеція → Молдова"}},
		{"costs covered for people after для",
			"Фонд компенсує витрати на навчання для дітей загиблих рятувальників.",
			[]string{"AID Фонд → діти загиблих рятувальників"}},
		{"costs covered for no one named",
			"Страхова компанія компенсувала витрати на ремонт автомобіля.",
			nil},
	}, time.Time{})
}
