package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the missed and the
// wrong AID events of the studied sets and of the snapshot over the
// NER-UK and news texts (session 44, money and economy prose); the
// sentences are our own.

func TestS44IMoney(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a sum named before a relative pronoun is what the donor after the verb gives",
			"Реконструкцію мосту оцінюють у 80 млн євро, які надасть Європейський банк реконструкції та розвитку.",
			[]string{"AID Європейський банк реконструкції та розвитку →  [future]"}},
		{"goods named before a relative pronoun are what the state in the relative clause gave the town",
			"У вівторок до Херсона привезли перші вісім генераторів, які Норвегія передала місту.",
			[]string{"AID Норвегія → місто @Херсон"}},
		{"off-road vehicles handed to border guards are aid, as pickups are",
			"Латвійські військові також передали українським прикордонникам 12 позашляховиків.",
			[]string{"AID Латвійські військові → українські прикордонники"}},
		{"a council's money for grants is aid to those who get them, not its own spending",
			"Міська рада виділила 4 млн гривень на гранти для ветеранського бізнесу.",
			[]string{"AID Міська рада → "}},
		{"loans a bank makes to its clients are its business, not aid; loans a foreign state gives the banks of another are",
			"Нацбанк дозволив банкам надавати клієнтам кредити у гривні без застави. Німеччина надала кредити українським банкам на 300 млн євро.",
			[]string{"AID Німеччина → українські банки"}},
		{"a plant named by what it does (станції очищення води) is goods received, unlike a system of assessment",
			"Громада отримала від Данії дві установки знезараження води. Школа отримала від Польщі систему оцінювання знань.",
			[]string{"AID Данія → Громада"}},
		{"building materials handed to a community are goods given, no case's papers; papers handed to the bureau accuse",
			"Червоний Хрест передав громаді три вантажівки будівельних матеріалів. Аудитори передали матеріали перевірки до НАБУ.",
			[]string{"AID Червоний Хрест → громада", "ACCUSE Аудитори → НАБУ"}},
		{"grain handed free to a state is aid, though the tagger reads the state's name as a genitive",
			"Наступного місяця Україна безкоштовно передасть 40 тисяч тонн кукурудзи Ефіопії.",
			[]string{"AID Україна → Ефіопія [future]"}},
		{"a foundation that grants gives aid with its money, a fund of state property does not",
			"Фонд Рената Ахметова виділив на відбудову 15 млн гривень. Фонд державного майна виділив на ремонт 2 млн гривень.",
			[]string{"AID Фонд Рената Ахметова → "}},
		{"a share of a sum put before the verb is money given",
			"Третину вартості проєкту надала Норвегія.",
			[]string{"AID Норвегія → "}},
		{"a loan (позика) received from a state is aid, as a credit is",
			"Молдова отримала від Румунії позику на 100 млн євро.",
			[]string{"AID Румунія → Молдова"}},
		{"a loan agreement a government approves with a bank is the bank's loan to it",
			"Уряд схвалив угоду зі Світовим банком про кредит у 200 млн доларів на ремонт шкіл.",
			[]string{"AID Світовий банк → Уряд"}},
		{"a paper about a loan handed over is no loan given",
			"Підприємець надав слідчим договір про кредит.",
			nil},
		{"money received from a firm as an undue advantage is a bribe, not aid",
			"Посадовець земельного відділу отримав від фірми «Агро-Плюс» понад 300 тис. грн неправомірної вигоди.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
