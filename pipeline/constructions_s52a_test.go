package pipeline_test

import (
	"testing"
	"time"
)

// Goods received or arrived whose giver the sentence names by its support
// (session 52, helper h52a): "завдяки підтримці X", "за сприяння X", "за
// підтримки X", "у межах програми X", "коштом X" name the giver of what
// the subject receives or of what arrives; goods that arrive, counted or
// by a noun of materiel, "від X" give as well. Complaints that arrive are
// no aid. The sentences are our own.
func TestFramedGiverS52a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"schools desk: received thanks to a donor's support",
			"Завдяки підтримці USAID школа отримала нові ноутбуки.",
			[]string{"AID USAID → школа"}},
		{"health desk: received with an embassy's help, counted",
			"За сприяння посольства Японії лікарня отримала два генератори.",
			[]string{"AID Японія → лікарня"}},
		{"health desk: counted goods arrive from a government",
			"До лікарні надійшли три генератори від уряду Японії.",
			[]string{"AID Японія → "}},
		{"army desk: goods arrive with an embassy's help",
			"До госпіталю надійшли два автомобілі за сприяння посольства Польщі.",
			[]string{"AID Польща → "}},
		{"complaints that arrive are no aid",
			"До міськради надійшли скарги від мешканців.",
			nil},
	}, wed)
}

// Work done free of charge for others (session 52, helper h52a): a verb
// with "безкоштовно", "безоплатно" or "безплатно" next to it and people or
// a body it is done for after it, in the dative or (people) in the
// accusative, is aid by its subject. A refused infinitive and the
// subject's own free use are none. The sentences are our own.
func TestFreeServiceS52a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"city desk: windows replaced free for residents",
			"Комунальники безкоштовно замінюють вікна мешканцям пошкоджених будинків.",
			[]string{"AID Комунальники → мешканці пошкоджених будинків"}},
		{"health desk: people counted in the genitive examined free",
			"Лікарі безкоштовно оглянули 300 переселенців.",
			[]string{"AID Лікарі → "}},
		{"a free service refused is none",
			"Водії відмовляються безкоштовно перевозити пільговиків.",
			[]string{"REJECT Водії → "}},
		{"the subject's own free use is none",
			"Пенсіонери безкоштовно їздять у міському транспорті.",
			nil},
	}, wed)
}

// Costs covered, blood given and money raised for others (session 52,
// helper h52a): відшкодувати as компенсувати, people given to put first
// ("фермерам відшкодовують половину вартості"); здати кров; зібрати a sum
// for people named after для or for goods ("на дрон"). A harvest gathered
// is none. The sentences are our own.
func TestCostsBloodFundsS52a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"farm desk: a cost made good to people put first",
			"Фермерам відшкодовують половину вартості техніки.",
			[]string{"AID  → фермери"}},
		{"health desk: blood given for the wounded",
			"Студенти здали кров для поранених.",
			[]string{"AID Студенти → поранені"}},
		{"army desk: money raised for soldiers",
			"Благодійники зібрали для військових 3 млн гривень.",
			[]string{"AID Благодійники → "}},
		{"a harvest gathered is no aid",
			"Фермери зібрали урожай пшениці.",
			nil},
	}, wed)
}

// Programmes, services, contributions, supplies and relief shipped
// (session 52, helper h52a): a programme of help launched, widened or
// continued ("розширює програму грошової допомоги для переселенців"); a
// service of help given to people (консультації, притулок, лікування); a
// sum paid in (внести, to a fund or alone); goods one is provided with
// (забезпечити + the instrumental + the one provided); food shipped under
// a programme or as humanitarian aid; a fund named by its common noun
// buys for others as a donor. A programme of works, a service to a firm,
// bail paid, heat supplied and food sold are none. The sentences are our
// own.
func TestProgrammesServicesS52a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"social desk: a programme of help widened",
			"Уряд розширює програму грошової допомоги для переселенців.",
			[]string{"AID Уряд → переселенці"}},
		{"a programme of works is none",
			"Мерія запустила програму ремонту доріг.",
			nil},
		{"legal desk: consultations given to people",
			"Юристи надали консультації переселенцям.",
			[]string{"AID Юристи → переселенці"}},
		{"legal desk: consultations counted",
			"Юристи надали понад 5 тисяч консультацій переселенцям.",
			[]string{"AID Юристи → "}},
		{"a service named as the topic of advice is none",
			"Лікар надав пацієнтові рекомендації щодо лікування.",
			nil},
		{"a service given a firm is none",
			"Аудитори надали консультації підприємству.",
			nil},
		{"diplomacy desk: a contribution to a fund",
			"Норвегія внесла 10 млн євро до трастового фонду.",
			[]string{"AID Норвегія → "}},
		{"bail paid is none",
			"Адвокати внесли заставу у 2 млн гривень.",
			nil},
		{"village desk: a community provided with generators",
			"Громада забезпечила генераторами всі школи.",
			[]string{"AID Громада → школи"}},
		{"heat supplied is none",
			"Котельня забезпечить теплом 20 будинків.",
			nil},
		{"grain desk: food shipped under a humanitarian programme",
			"Україна поставила до Ефіопії 25 тисяч тонн пшениці у межах гуманітарної програми.",
			[]string{"AID Україна → "}},
		{"food sold is none",
			"Україна поставила до Китаю мільйон тонн кукурудзи.",
			nil},
		{"health desk: a fund buys for a hospital",
			"Фонд закупив для лікарні апарат ШВЛ.",
			[]string{"AID Фонд → лікарня"}},
	}, wed)
}

// Care paid for and grants received with their giver in the genitive
// (session 52, helper h52a): оплатити лікування, операцію, реабілітацію
// of someone is aid; the giver of a grant or a loan received may follow
// the aid's noun in the genitive ("отримала грант USAID"). A bill paid is
// none. The sentences are our own.
func TestCareGrantS52a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"health desk: an operation paid for a child",
			"Благодійники оплатили операцію для дитини.",
			[]string{"AID Благодійники → дитина"}},
		{"a bill paid is none",
			"Мешканці оплатили рахунки за газ.",
			nil},
		{"village desk: a grant's giver in the genitive",
			"Громада отримала грант USAID на облаштування укриття.",
			[]string{"AID USAID → Громада"}},
	}, wed)
}

// Devices and vehicles given by the ending of their noun (session 52,
// helper h52a): a machine that records or scans (-граф, -скоп), one that
// works or heats (-атор, -ятор, -вач), a carrier (-воз), a car (-мобіль)
// and a few goods of relief (візок, сітка, намет…) given to a body or
// people are aid as listed materiel is; a body's noun in -і right after
// the verb, before the goods' adjective, is the one given them. Hospitals
// handed over to ownership with no goods are none. The sentences are our
// own.
func TestDevicesGivenS52a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"army desk: stabilisers by their ending",
			"Волонтери передали бійцям потужні стабілізатори.",
			[]string{"AID Волонтери → бійці"}},
		{"army desk: camouflage nets to soldiers",
			"Волонтери передали бійцям маскувальні сітки.",
			[]string{"AID Волонтери → бійці"}},
		{"city desk: a fire ladder truck to a town",
			"Польща передала Житомиру пожежні автодрабини.",
			[]string{"AID Польща → Житомир"}},
		{"health desk: the hospital before the goods' adjective",
			"Фонд передав лікарні інвалідні візки.",
			[]string{"AID Фонд → лікарні"}},
		{"hospitals handed over to ownership are none",
			"Уряд передав лікарні у власність громад.",
			nil},
	}, wed)
}

// A second giver after від in a sentence of aid received (session 52,
// helper h52a): "отримала від компанії Siemens томограф, а також ліки від
// фонду «Добро»" tells two gifts, one by each giver. "Від імені" names
// whom one acts for. The sentences are our own.
func TestSecondGiverS52a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"health desk: two givers, two gifts",
			"Лікарня отримала томограф від компанії Siemens, а також ліки від Червоного Хреста.",
			[]string{"AID Siemens → Лікарня", "AID Червоний Хрест → Лікарня"}},
		{"one giver, one gift",
			"Школа отримала від USAID ноутбуки та проектор.",
			[]string{"AID USAID → Школа"}},
	}, wed)
}

// Co-financing and financing provided (session 52, helper h52a):
// співфінансувати as фінансувати; забезпечити фінансування or
// співфінансування is aid by the one who provides it. Security provided
// is none. The sentences are our own.
func TestCofinancingS52a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"region desk: a council co-finances a project",
			"Обласна рада співфінансує проєкт реконструкції лікарні.",
			[]string{"AID Обласна рада → "}},
		{"diplomacy desk: financing provided by a government",
			"Уряд Японії забезпечить фінансування проєкту.",
			[]string{"AID Японія →  [future]"}},
		{"security provided is none",
			"Поліція забезпечить безпеку під час матчу.",
			nil},
	}, wed)
}
