package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// eleventh studied set (testdata/gold/studied11.jsonl); the sentences are
// our own.

func TestStudied11Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a source after за даними ends where a nominative subject begins with no comma",
			"За даними слідства невідомі особи з ТОВ «Дельта» привласнили кошти громади. За даними прокуратури Києва, фірма ухилялася від податків.",
			[]string{"слідство/за даними/indirect: невідомі особи з ТОВ «Дельта» привласнили кошти громади", "Київ/за даними/indirect: фірма ухилялася від податків"}},
		{"the words of a name in quote marks after за даними stay in the source",
			"За даними «Дзеркала тижня», наступні закупівлі пройшли без торгів.",
			[]string{"Дзеркало тижня/за даними/indirect: наступні закупівлі пройшли без торгів"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestStudied11Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a customer ordering from a firm in the dative or after у agrees with it; an order from no one named is no event",
			"КП «Міськсвітло» замовило ТОВ «Альфа-Буд» ремонт мережі за 2 млн грн. КП «Світло» замовило добрива у ПП «Агротех». Замовлено перевезення вантажів. Міністерство замовило для КП «Водоканал» проект. Замовлено охорону об'єктів Львівського РСП. Замовлено 100 медалей «30 років Львівській філармонії».",
			[]string{"AGREE КП «Міськсвітло» → ТОВ «Альфа-Буд»", "AGREE КП «Світло» → ПП «Агротех»"}},
		{"after a verb with no subject the firm the order went to is no customer",
			"Техніку за 2 млн грн замовили ТОВ «Будсервіс».",
			[]string{"AGREE  → ТОВ «Будсервіс»"}},
		{"an accepted bid is an agreement with the bidder",
			"ДП «Шахта Північна» акцептувало пропозицію ТОВ «Бета» щодо постачання кабелю. Банк акцептував рахунок ТОВ «Гама».",
			[]string{"AGREE ДП «Шахта Північна» → ТОВ «Бета»"}},
		{"a duty to reject is no rejection; a rejection is",
			"Замовник зобов'язаний відхилити пропозицію ТОВ «Дельта». КП «Вода» зобов'язане було відхилити заявку ПП «Ера», однак цього не зробило. КП «Вода» відхилило заявку ПП «Ера».",
			[]string{"REJECT КП «Вода» → ПП «Ера»"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
