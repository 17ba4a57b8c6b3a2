package pipeline_test

import (
	"testing"
	"time"
)

// TestS38FCaptureIsCoercion checks that soldiers taken prisoner (взяти,
// брати в полон, in any form of the verb) are held by those who took
// them, a COERCE as the captives a state holds (утримувати в полоні),
// while hostages taken stay PLOVER's abduct, an ASSAULT.
func TestS38FCaptureIsCoercion(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a past verb after a repelled assault",
			"Минулої ночі бійці 47-ї бригади відбили штурм і взяли в полон трьох окупантів.",
			[]string{"COERCE бійці 47-ї бригади → троє окупантів"}},
		{"an adverbial participle",
			"Прикордонники, узявши в полон двох російських диверсантів, передали їх СБУ.",
			[]string{"COERCE Прикордонники → двоє російських диверсантів"}},
		{"the imperfective in the present",
			"Десантники беруть у полон усе більше окупантів.",
			[]string{"COERCE Десантники → окупанти"}},
		{"hostages are an assault",
			"Бойовики взяли в заручники 40 людей.",
			[]string{"ASSAULT Бойовики → 40 людей"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS38FMoneyTransferred checks that переказати, переказувати (money
// transferred) give aid as перерахувати does: a sum or a tranche sent to
// someone named; a story or words retold give nothing.
func TestS38FMoneyTransferred(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a sum to a state",
			"Європейська комісія переказала Україні 4,2 млрд євро в межах інструменту.",
			[]string{"AID Європейська комісія → Україна"}},
		{"a tranche, the imperfective",
			"Світовий банк щомісяця переказує Україні черговий транш.",
			[]string{"AID Світовий банк → Україна"}},
		{"a grant",
			"Японія переказала Україні грант на відновлення енергетики.",
			[]string{"AID Японія → Україна"}},
		{"words retold are no aid",
			"Міністр переказав журналістам слова президента. Бабуся переказала онукам казку.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS38FCountAfterIndeclinableFirm checks that an indeclinable firm's
// name in quotation marks right after a verb of giving is the one given
// to when a count in words follows it, as with a count in figures or a
// noun: goods given to a firm named.
func TestS38FCountAfterIndeclinableFirm(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"two, future",
			"Японія передасть «Укренерго» два автотрансформатори.",
			[]string{"AID Японія → Укренерго [future]"}},
		{"three, past",
			"Литва передала «Укренерго» три генератори.",
			[]string{"AID Литва → Укренерго"}},
		{"a sale is no gift",
			"Компанія продала «Укренерго» два трансформатори.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS38FOnlineMeeting checks that an online or video meeting held with
// someone (провести онлайн-зустріч, відеозустріч, онлайн-переговори з
// X) is a call, CONSULT phone, as a video conference and an online
// conference call are; one held with no one named is none.
func TestS38FOnlineMeeting(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an online meeting",
			"Міністр фінансів Сергій Марченко провів онлайн-зустріч з директоркою МВФ Кристаліною Георгієвою.",
			[]string{"CONSULT/phone Сергій Марченко → Кристаліна Георгієва"}},
		{"a video meeting",
			"Марченко провів відеозустріч з Георгієвою.",
			[]string{"CONSULT/phone Марченко → Георгієва"}},
		{"online talks",
			"Сибіга провів онлайн-переговори з Шикорським.",
			[]string{"CONSULT/phone Сибіга → Шикорський"}},
		{"with no one named",
			"Вчителька провела онлайн-зустріч.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS38FShouldHave checks that what someone should have done (мав би,
// мала б, мали б with an infinitive, past adverbs) gives no event, as the
// gold guide reads a counterfactual; мати in the present is a plan and
// мав without би a plan told, and a wish (хотів би) stays hypothetical.
func TestS38FShouldHave(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"past an adverb, in an opinion",
			"На думку експерта, уряд мав би спершу обговорити реформу з бізнесом.",
			nil},
		{"right after би",
			"Міністр мав би зустрітися з фермерами ще восени.",
			nil},
		{"the plural, б",
			"Депутати мали б давно підтримати цей законопроєкт.",
			nil},
		{"the present is a plan",
			"Уряд має обговорити реформу з бізнесом.",
			[]string{"CONSULT/meet Уряд →  [future]"}},
		{"a wish stays hypothetical",
			"Президент хотів би зустрітися з Трампом.",
			[]string{"CONSULT/meet Президент → Трамп [hypothetical]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
