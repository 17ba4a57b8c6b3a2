package pipeline_test

import (
	"testing"
	"time"
)

// TestS40BatteriesGiven checks that batteries handed over, of air
// defence or of power, are goods given as aid, as systems are (передали
// Україні ще дві батареї Patriot), told in a relative clause after the
// giver too; a battery that only stands somewhere is no aid.
func TestS40BatteriesGiven(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"air defence batteries",
			"Нідерланди минулого тижня передали Україні ще дві батареї Patriot.",
			[]string{"AID Нідерланди → Україна"}},
		{"in a relative clause after thanks",
			"Міністр подякував Данії, яка передала Україні ще дві батареї.",
			[]string{"SUPPORT Міністр → Данія", "AID Данія → Україна"}},
		{"power batteries to a hospital",
			"Фонд передав лікарні 20 акумуляторів.",
			[]string{"AID Фонд → лікарня"}},
		{"a battery that stands",
			"Батарея Patriot прикриває Київ.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS40TripForTalks checks that a trip somewhere for talks (вирушити,
// поїхати, вилетіти до X на переговори, перемовини, консультації) is a
// visit there, one still to come told so; a trip to see a doctor (на
// консультацію, one) and a trip for anything else are none.
func TestS40TripForTalks(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"consultations to come",
			"Гриценко в четвер вирушить до Варшави на консультації з польськими колегами.",
			[]string{"CONSULT/visit Гриценко → Варшава @Варшава [future]"}},
		{"talks, past",
			"Міністр вирушив до Варшави на переговори з польськими колегами.",
			[]string{"CONSULT/visit Міністр → Варшава @Варшава"}},
		{"a delegation flown to talks",
			"Делегація вилетіла до Стамбула на перемовини.",
			[]string{"CONSULT/visit Делегація → Стамбул @Стамбул"}},
		{"a patient to a doctor",
			"Тато планує поїхати до Одеси на консультацію в Інститут очних хвороб.",
			nil},
		{"to work",
			"Мер поїхав до лікарні на роботу.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS40AllottedToTowns checks that public money a government or a
// region allots for works in a named town or village is aid to that
// town (спрямував 1,5 млрд гривень на ремонт тепломереж у Харкові та
// Сумах), as the gold sets read it; a town's own council's money for its
// own streets, and a government's money for works in no named place,
// stay spending.
func TestS40AllottedToTowns(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"heating networks in two cities",
			"Уряд уже спрямував 1,5 млрд грн на ремонт тепломереж у Харкові та Сумах.",
			[]string{"AID Уряд → Харків,Суми"}}, // (the towns are the recipients; the place of the works is no place of the act, as news51/05's gold: session 54, h54p)
		{"a road to a village",
			"Кабмін виділив на ремонт дороги до Ягодина 45 млн гривень.",
			[]string{"AID Кабмін → Ягодин @Ягодин"}},
		{"a city's council in its own city",
			"Мерія спрямувала 13 млн грн на ремонт доріг у Києві.",
			nil},
		{"works in no named place",
			"Депутати виділили 18,5 млн грн на ремонт доріг.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS40ReliefKits checks that relief handed over in kits and devices
// (продуктові набори, аптечки, ковдри, продукти, апарати) is goods given
// as aid, as generators are; a kit only bought is none.
func TestS40ReliefKits(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"food kits to residents",
			"Волонтери передали мешканцям продуктові набори.",
			[]string{"AID Волонтери → мешканці"}},
		{"first-aid kits to soldiers",
			"Фонд передав військовим 200 аптечок.",
			[]string{"AID Фонд → військові"}},
		{"blankets to displaced people",
			"Громада передала переселенцям ковдри.",
			[]string{"AID Громада → переселенці"}},
		{"kits bought",
			"Школа купила нові набори для уроків хімії.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
