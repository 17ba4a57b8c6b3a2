package pipeline_test

import (
	"testing"
	"time"
)

// TestS57ASocialPayments: a pension, a subsidy, compensation or a top-up
// paid, granted, made or begun to be paid to people named is aid of the
// one that pays, as допомога is; with no one named it is a body's
// routine, and an employer's wages are none.
func TestS57ASocialPayments(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"compensation paid to people in the dative",
			"Уряд виплатив вдовам загиблих рятувальників компенсацію.",
			[]string{"AID Уряд → вдови"}},
		{"payments made to people",
			"Обласна адміністрація здійснила виплати пенсіонерам Сумщини.",
			[]string{"AID Обласна адміністрація → пенсіонери Сумщини"}},
		{"a subsidy granted",
			"Пенсійний фонд призначив субсидію багатодітним родинам.",
			[]string{"AID Пенсійний фонд → багатодітні родини"}},
		{"a payment begun, the people after the genitive of what is paid",
			"Міська рада розпочала виплату допомоги сім'ям переселенців.",
			[]string{"AID Міська рада → сім'ї переселенців"}},
		{"a top-up received from a named giver, future",
			"Пенсіонери Полтавщини отримуватимуть від Пенсійного фонду доплату.",
			[]string{"AID Пенсійний фонд → Пенсіонери Полтавщини [future]"}},
		{"payments with no one named: a body's routine",
			"Пенсійний фонд розпочав виплату пенсій за березень.",
			nil},
		{"an employer's wages begun to be paid: none",
			"Шахта розпочала виплату зарплат гірникам.",
			nil},
		{"an employer's wages paid: none",
			"Шахта виплатила гірникам заробітну плату.",
			nil},
		{"a payment received with no payer named: none",
			"Кожен ліквідатор аварії отримає щорічну виплату.",
			nil},
		{"a payment noun after a preposition tells when, not what is got",
			"Нові суми ветерани отримають уже в квітневій виплаті.",
			nil},
		{"a payment noun in another noun's genitive is not what is given",
			"Фірма не надала суду доказів виплати боргу.",
			nil},
	}, time.Time{})
}

// TestS57AThousandsGiven: people counted in thousands in the dative are
// the ones given aid, named in the nominative the number takes.
func TestS57AThousandsGiven(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"help given to thousands",
			"Червоний Хрест надав допомогу 12 тисячам мешканців Херсонщини.",
			[]string{"AID Червоний Хрест → 12 тисяч мешканців Херсонщини"}},
		{"payments made to thousands of households, тисячі after 2–4",
			"Мінсоцполітики здійснило виплати 3 тисячам домогосподарств.",
			[]string{"AID Мінсоцполітики → 3 тисячі домогосподарств"}},
	}, time.Time{})
}

// TestS57ATemporaryProtection: temporary or international protection
// given to refugees, or prolonged for them, is aid (CAMEO 075, grant
// asylum); protection of another kind is none.
func TestS57ATemporaryProtection(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"temporary protection given",
			"Ірландія надала тимчасовий захист українським родинам.",
			[]string{"AID Ірландія → українські родини"}},
		{"temporary protection prolonged for people",
			"Польща подовжила тимчасовий захист для українських біженців.",
			[]string{"AID Польща → українські біженці"}},
		{"protection of a witness: none",
			"Поліція надала захист свідку у справі про хабар.",
			nil},
	}, time.Time{})
}

// TestS57AGivenPassive: help or a payment as the subject of a reflexive
// passive of giving, present or future, with the giver in the
// instrumental and people in need in the dative, is aid; the future is
// still to come.
func TestS57AGivenPassive(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"help given, future",
			"Допомога багатодітним родинам надаватиметься Червоним Хрестом.",
			[]string{"AID Червоний Хрест → багатодітні родини [future]"}},
		{"subsidies paid to pensioners, future",
			"Субсидії пенсіонерам виплачуватимуться Пенсійним фондом.",
			[]string{"AID Пенсійний фонд → пенсіонери [future]"}},
		{"compensation paid to refugees, present",
			"Компенсація біженцям виплачується Світовим банком.",
			[]string{"AID Світовий банк → біженці"}},
	}, time.Time{})
}

// TestS57AGoodsHandedOver: a mobile laboratory and a modular town are
// goods given, as generators are.
func TestS57AGoodsHandedOver(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a mobile laboratory handed over to a state",
			"Нідерланди передали Україні мобільну лабораторію для перевірки ґрунтів.",
			[]string{"AID Нідерланди → Україна"}},
		{"a modular town handed over to a community",
			"Литва передала Ірпінській громаді модульне містечко.",
			[]string{"AID Литва → Ірпінська громада"}},
	}, time.Time{})
}
