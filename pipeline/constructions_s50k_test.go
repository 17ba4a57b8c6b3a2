package pipeline_test

import (
	"testing"
	"time"
)

// Speech acts told by a verb or by a noun a verb of voicing, sending or
// declaring governs (session 50, helper k): the families of a demand, a
// reproach, a claim and a protest; the sentences are our own, from the
// desks of diplomacy, politics, sport and local business.

func TestSpeechActFamilies(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a demand told by the perfective зажадати, as by вимагати",
			"Міністерство закордонних справ Японії зажадало від Пекіна пояснень щодо затримання журналістів.",
			[]string{"REQUEST Міністерство закордонних справ Японії → Пекін"}},
		{"ridicule disapproves, as criticism does",
			"Депутат Олег Дунда висміяв заяви Будапешта про мирну місію.",
			[]string{"ACCUSE Олег Дунда → Будапешт"}},
		{"discontent voiced by незадоволення, as by невдоволення",
			"Тренер Сергій Ребров висловив незадоволення рішенням Федерації футболу Англії.",
			[]string{"ACCUSE Сергій Ребров → Федерація футболу Англії"}},
		{"a claim lodged with a debtor accuses; with a demand after it, it asks",
			"ПрАТ «Київобленерго» направило ТОВ «Теплосервіс» претензію на 3 млн гривень. ТОВ «Альфа-Буд» надіслало Київраді претензію з вимогою повернути аванс.",
			[]string{"ACCUSE ПрАТ «Київобленерго» → ТОВ «Теплосервіс»", "REQUEST ТОВ «Альфа-Буд» → Київрада"}},
		{"a protest declared to a state, as one voiced; a protest that goes on is none",
			"Міністерство закордонних справ Литви заявило протест Мінську. Організатори заявили, що протести триватимуть до кінця місяця.",
			[]string{"ACCUSE Міністерство закордонних справ Литви → Мінськ"}},
		{"a name in quotation marks after its kind in the dative is whom the words were given to, not the speaker",
			"Голова правління Іван Петренко в інтерв'ю виданню «Економічна правда» розкритикував рішення Нацбанку.",
			[]string{"ACCUSE Іван Петренко → Нацбанк"}},
	}
	checkEvents(t, p, tests, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}

// TestSpeakersInBodyGoOn: a body in the locative speaks through a plural
// verb with no subject ("У МЗС заявили, що …"); a verb joined after the
// що-clause goes on with that body, whatever the clause's own subject.
func TestSpeakersInBodyGoOn(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a call after a ministry's statement",
			"У Міністерстві закордонних справ Латвії заявили, що Москва порушує домовленості, і закликали Росію відвести війська.",
			[]string{"REQUEST Міністерство закордонних справ Латвії → Росія"}},
		{"a request after a firm's answer",
			"У «Укргазвидобуванні» відповіли, що компанія виконує всі умови договору, і попросили Мінекономіки продовжити ліцензію.",
			[]string{"REQUEST Укргазвидобування → Мінекономіки"}},
	}
	checkEvents(t, p, tests, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}

// TestTalksRefused: talks a side says it will not hold are a refusal
// (REJECT), told now.
func TestTalksRefused(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a refusal to negotiate, with its condition",
			"Профспілка шахтарів заявила, що не вестиме переговорів з ДТЕК, доки не отримає зарплату.",
			[]string{"REJECT Профспілка шахтарів → ДТЕК"}},
		{"a refusal to talk with a side in a principle",
			"Прем'єр-міністр Естонії Крістен Міхал наголосив, що Таллінн не вестиме перемовин з Москвою.",
			[]string{"REJECT Таллінн → Москва"}},
	}
	checkEvents(t, p, tests, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}
