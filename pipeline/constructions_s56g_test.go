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

// TestS56GCostsTakenOn holds взяти (брати) на себе витрати or
// фінансування: a state or a donor that takes on the costs gives, a firm
// paying for its own works does not (the guards of фінансувати).
func TestS56GCostsTakenOn(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a state takes on the costs",
			"Уряд Ірландії взяв на себе витрати на протезування.",
			[]string{"AID Ірландія → "}},
		{"a union takes on the funding, present",
			"Європейський Союз бере на себе фінансування програми.",
			[]string{"AID Європейський Союз → "}},
		{"a builder taking on its own costs",
			"Забудовник взяв на себе витрати на підключення будинку до мереж.",
			nil},
	}, time.Time{})
}

// TestS56GPurchasePaidFor holds оплатити with a purchase (закупівля,
// придбання, постачання, доставка) for a side named after для: the payer
// gives; its own purchase, or one for no one named, is none.
func TestS56GPurchasePaidFor(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a state pays a purchase for another",
			"Нідерланди оплатили закупівлю трансформаторів для України.",
			[]string{"AID Нідерланди → Україна"}},
		{"volunteers pay a delivery for soldiers",
			"Волонтери оплатили доставку тепловізорів для прикордонників.",
			[]string{"AID Волонтери → прикордонники"}},
		{"a firm's own purchase",
			"Завод оплатив закупівлю металу.",
			nil},
	}, time.Time{})
}
