package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found by a census of AID over the
// NER-UK texts of the snapshot corpus (session 54, helper h54a): money
// allotted by its noun (кошти) rather than by a sum, a cultural
// institution given goods as a museum or a library is, the giver named
// after a support noun that bears an adjective (за фінансової підтримки
// X), a giver carried from the sentence before past a time put first
// (Минулого тижня передав …), aid increased (збільшить допомогу Україні)
// and grants issued (видав гранти). The sentences are our own.

func TestS54AAid(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"кошти allotted by a council to those named after для",
			"Селищна рада виділила кошти для сільських амбулаторій.",
			[]string{"AID Селищна рада → сільські амбулаторії"}},
		{"кошти a body is ready to allot for the support of those it helps",
			"Голова громади заявив, що райдержадміністрація готова виділити необхідні кошти для підтримки родин переселенців.",
			[]string{"AID райдержадміністрація →  [future]"}},
		{"кошти allotted by a donor for the rebuilding of schools",
			"Світовий банк виділить кошти на відновлення зруйнованих шкіл Херсонщини.",
			[]string{"AID Світовий банк →  [future]"}},
		{"кошти a council spends on its own works stay spending",
			"Мерія спрямувала кошти на ремонт тротуарів.",
			nil},
		{"кошти a state allots for works on its side stay spending",
			"Молдова вже виділила кошти на ремонт дороги до прикордонного переходу.",
			nil},
		{"кошти with no purpose after them, a reply before the verb, give none",
			"Голова області запевнив, що на прохання громади обласна рада виділить кошти.",
			nil},
		{"кошти a firm spends stay spending",
			"Фірма виділила кошти на закупівлю нових верстатів.",
			nil},
		{"a philharmonic given goods in the dative",
			"Меценат подарував обласній філармонії старовинні музичні інструменти.",
			[]string{"AID Меценат → обласна філармонія"}},
		{"a theatre given goods after для",
			"Волонтери передали для драматичного театру два потужні генератори.",
			[]string{"AID Волонтери → драматичний театр"}},
		{"за with an adjective before the support noun names the giver of what arrived",
			"За фінансової підтримки уряду Норвегії до районної лікарні надійшли три апарати ШВЛ.",
			[]string{"AID Норвегія → "}},
		{"завдяки with an adjective before the support noun names the giver of what was received",
			"Завдяки технічній допомозі USAID гімназія отримала нові ноутбуки.",
			[]string{"AID USAID → гімназія"}},
		{"у межах with an adjective before the programme noun names its giver",
			"У межах гуманітарної програми ЮНІСЕФ громада отримала чотири генератори.",
			[]string{"AID ЮНІСЕФ → громада"}},
		{"a giver carried from the sentence before past a time put first",
			"Підприємець Олег Гнатюк родом із Коломиї. Минулого тижня передав міській лікарні три кисневі концентратори.",
			[]string{"AID Олег Гнатюк → міська лікарня"}},
		{"the same past у and a weekday",
			"Волонтерка Марія Коваль збирає кошти для лікарень. У середу передала районній лікарні два генератори.",
			[]string{"AID Марія Коваль → районна лікарня"}},
		{"no carried giver when the time stands before a subject of its own",
			"Підприємець Олег Гнатюк родом із Коломиї. Минулого тижня фонд «Поділля» передав міській лікарні три кисневі концентратори.",
			[]string{"AID Поділля → міська лікарня"}},
		{"aid increased for one named is aid given, with future",
			"Литва наступного року збільшить гуманітарну допомогу Україні вдвічі.",
			[]string{"AID Литва → Україна [future]"}},
		{"a benefit raised for no one named is none",
			"Уряд збільшив допомогу на проживання з березня.",
			nil},
		{"grants issued to those named are given",
			"Фонд видав 300 грантів ветеранам на власну справу.",
			[]string{"AID Фонд → ветерани"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
