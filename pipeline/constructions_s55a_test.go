package pipeline_test

import (
	"testing"
	"time"
)

// Session 55, helper h55a: constructions of aid and support read from the
// study half of TestParaphraseS55A, each tested with sentences of its own.

// TestS55AGiverAfterFromOrSide: aid told in the impersonal (-но, -то) comes
// from the one named after від, the one before the verb in the dative
// still being the one given to; aid received comes from the one named
// after з боку as from one after від.
func TestS55AGiverAfterFromOrSide(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an impersonal form with the giver after від",
			"Харківській області виділено 5 млн гривень від уряду Норвегії. Громаді було передано генератори від Японії.",
			[]string{"AID Норвегія → Харківська область", "AID Японія → громада"}},
		{"aid received from one named after з боку",
			"Литва отримує фінансову допомогу з боку Польщі.",
			[]string{"AID Польща → Литва"}},
	}, time.Time{})
}

// TestS55AGivenPassive: money or goods given, told by a passive of a light
// verb of giving — a participle set off after the thing (past a model's
// name) or a present reflexive with the thing for subject — with the
// giver in the instrumental and the one given to in the dative, are aid;
// a passive of giving with no one given to named may be spending, and
// papers handed over are none.
func TestS55AGivenPassive(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a participle set off after money or goods",
			"Гроші, перераховані Литвою Молдові, підуть на газ. Гаубиці M777, передані Литві Канадою, вже на фронті.",
			[]string{"AID Литва → Молдова", "AID Канада → Литва"}},
		{"a present reflexive with the thing for subject",
			"Ноутбуки школам Житомира передаються Японією. Кошти Молдові надаються Румунією.",
			[]string{"AID Японія → школи Житомира", "AID Румунія → Молдова"}},
		{"no one given to, or papers: none",
			"Кошти, виділені міськрадою, підуть на ремонт. Документи, передані поліцією суду, зникли.",
			nil},
	}, time.Time{})
}

// TestS55ALentOrHandedOut: money lent to one named, and goods handed out
// to people, are aid as money or goods given are; a bank's lending at
// interest and leaflets handed out are none.
func TestS55ALentOrHandedOut(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"money lent to a state",
			"Литва позичила Латвії 10 млн євро.",
			[]string{"AID Литва → Латвія"}},
		{"goods handed out to people",
			"Волонтери роздали переселенцям ковдри.",
			[]string{"AID Волонтери → переселенці"}},
		{"lending at interest and programmes handed out: none",
			"Банк позичає клієнтам гроші під 20% річних. Організатори роздали глядачам програмки.",
			nil},
	}, time.Time{})
}

// TestS55AGappedGoods: a giver listed after the first with the verb left
// out gives goods as well as a sum: "…, а Чехія — гаубиці"; something
// that is no goods after the dash gives nothing.
func TestS55AGappedGoods(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"goods after the dash",
			"Польща передала Україні танки, а Чехія — нові гаубиці.",
			[]string{"AID Польща → Україна", "AID Чехія → Україна"}},
		{"no goods after the dash",
			"Польща передала Україні танки, а Чехія — свою підтримку.",
			[]string{"AID Польща → Україна"}},
	}, time.Time{})
}

// TestS55AAnnouncedFirst: an act announced, put first under про with the
// one who announced it after the verb, is read as the act announced after
// the verb is: aid to one named, a wanted notice; money for works with no
// one given it stays none.
func TestS55AAnnouncedFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"aid announced, put first",
			"Про виділення Молдові 20 млн євро оголосила Румунія. Про надання Грузії кредиту оголосив ЄБРР.",
			[]string{"AID Румунія → Молдова", "AID ЄБРР → Грузія"}},
		{"money for works announced, put first: none",
			"Про виділення коштів на ремонт оголосила міська рада.",
			nil},
	}, time.Time{})
}

// TestS55AHandoverUnderWay: a handing over of goods or money to one named
// in the dative, told as the subject of a verb of a course (begun, under
// way, done), is aid, by the one after з боку or by no one named; gas
// supplied and a case handed on are none.
func TestS55AHandoverUnderWay(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a handover done, the giver after з боку",
			"Передача Молдові генераторів з боку Румунії завершилася.",
			[]string{"AID Румунія → Молдова"}},
		{"a loan to begin, future",
			"Надання Україні кредиту з боку ЄБРР почнеться влітку.",
			[]string{"AID ЄБРР → Україна [future]"}},
		{"gas supplied and a case handed on: none",
			"Поставки Молдові газу з боку Румунії тривають. Передача справи суду триває.",
			nil},
	}, time.Time{})
}

// TestS55ARuleOfGiving: a procedure or the terms of giving aid approved or
// changed is a rule, not aid given; a payment approved for those named
// stays aid.
func TestS55ARuleOfGiving(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the procedure or the terms of giving: none",
			"Уряд затвердив порядок виділення субвенції громадам. Уряд затвердив умови надання кредитів фермерам.",
			nil},
		{"the giving itself approved",
			"Уряд схвалив виділення 2 млрд гривень громадам.",
			[]string{"AID Уряд → громади"}},
	}, time.Time{})
}

// TestS55ASupportedWith: support given in money or goods, named in the
// instrumental after the verb of support, is aid; support voiced, or
// given by a vote, stays support.
func TestS55ASupportedWith(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"support in goods or loans",
			"Польща підтримала Молдову новим пакетом допомоги. Японія підтримує Грузію кредитами.",
			[]string{"AID Польща → Молдова", "AID Японія → Грузія"}},
		{"support voiced or voted",
			"Польща підтримала Молдову. Депутати підтримали ініціативу голосуванням.",
			[]string{"SUPPORT Польща → Молдова", "SUPPORT Депутати → "}},
	}, time.Time{})
}

// TestS55ACountedTrainees: another state's soldiers trained, counted
// before the country's adjective, are aid to them as uncounted ones are.
func TestS55ACountedTrainees(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"trainees counted by a figure or a number word",
			"Литва навчила 300 українських військових. Польща навчила п'ятсот українських саперів.",
			[]string{"AID Литва → 300 українських військових", "AID Польща → п'ятсот українських саперів"}},
	}, time.Time{})
}

// TestS55AGoodsForFirst: goods put first with whom they are for after
// для, the giver after the verb, are aid to that one, the goods' noun
// read as a nominative that cannot be the verb's subject included.
func TestS55AGoodsForFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"goods and для before the verb, the giver after it",
			"Гуманітарний вантаж для Харківщини відправила Польща. Два генератори для Полтавщини передала Литва.",
			[]string{"AID Польща → Харківщина", "AID Литва → Полтавщина"}},
		{"a purchase for someone put first: none",
			"Генератор для лікарні купила громада.",
			nil},
	}, time.Time{})
}

// TestS55AArmourByName: armoured vehicles, machine guns, radars and
// tractors named by their own nouns are materiel given, as БТР is.
func TestS55AArmourByName(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"armour and radars given",
			"Польща передала Молдові два бронетранспортери. Литва передасть Україні радіолокатори.",
			[]string{"AID Польща → Молдова", "AID Литва → Україна [future]"}},
	}, time.Time{})
}

// TestS55AHonoursHanded: certificates of honour handed to people are a
// token of thanks (SUPPORT), an envoy's credentials handed over stay a
// meeting.
func TestS55AHonoursHanded(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"certificates of honour handed",
			"Мер вручив почесні грамоти рятувальникам.",
			[]string{"SUPPORT Мер → рятувальники"}},
		{"credentials handed",
			"Посол вручив вірчі грамоти президенту.",
			[]string{"CONSULT/meet Посол → президент"}},
	}, time.Time{})
}

// TestS55AReceivedByDonorsSupport: a thing received by a donor's support
// or within its programme is the donor's aid whatever the thing is;
// words or a status received are none.
func TestS55AReceivedByDonorsSupport(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a thing received by a donor's support",
			"Завдяки підтримці ЮНІСЕФ школа отримала парти.",
			[]string{"AID ЮНІСЕФ → школа"}},
		{"an answer or a status received: none",
			"Завдяки підтримці ЮНІСЕФ школа отримала відповідь. Завдяки підтримці ЮНІСЕФ ліцей отримав статус опорного.",
			nil},
	}, time.Time{})
}
