package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// second Nashi Groshi set (testdata/gold/ng2.jsonl), procurement notices;
// the sentences are our own.

func TestS23H1Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a unit named right before its parent enterprise (ВП «…» ДП «…») is the subject, not the parent",
			"ВП «Хмельницька АЕС» ДП «НАЕК «Енергоатом» 12 березня за результатами тендеру уклало угоду з ТОВ «Альфа-Сервіс» на ремонт градирні.",
			[]string{"AGREE ВП «Хмельницька АЕС» → ТОВ «Альфа-Сервіс»"}},
		{"a quoted plant before its parent enterprise is the subject too",
			"«Криворізький гірничо-збагачувальний комбінат» ПАТ «Рудпром» 3 травня уклав угоду з ТОВ «Гамма-Транс» на перевезення руди.",
			[]string{"AGREE Криворізький гірничо-збагачувальний комбінат → ТОВ «Гамма-Транс»"}},
		{"an enterprise alone stays the subject",
			"ДП «Укрспирт» 3 травня уклало угоду з ТОВ «Бета-Агро» на постачання зерна.",
			[]string{"AGREE ДП «Укрспирт» → ТОВ «Бета-Агро»"}},
		{"a firm that received a contract, no giver named, made an agreement with someone unnamed",
			"Нагадаємо, у 2019 році підряд на ремонт мосту отримало ТОВ «Дельта-Буд». ПП «Омега-Плюс» отримало замовлення на утеплення школи.",
			[]string{"AGREE  → ТОВ «Дельта-Буд»", "AGREE  → ПП «Омега-Плюс»"}},
		{"a tally of contracts, takings and підряд in a row are no contract won",
			"ТОВ «Каппа-Строй» отримало підрядів на 40 млн грн. Фірма «Сігма-Агро» третій рік підряд отримує прибуток.",
			nil},
		{"a firm that does the work for a sum, after a lead that names no firm, has its part of the contract, the sum cut off by the line",
			"ПАТ «Центренерго» 5 лютого уклало угоди на ремонт двох енергоблоків.\nЗа 12,5 млн грн.\nТОВ «Енергобуд-Сервіс» проведе реконструкцію котла. ТОВ «Омега-Ремонт» за 3,2 млн грн. виконає ремонт покрівлі.",
			[]string{"AGREE ПАТ «Центренерго» → ", "AGREE ПАТ «Центренерго» → ТОВ «Енергобуд-Сервіс»", "AGREE ПАТ «Центренерго» → ТОВ «Омега-Ремонт»"}},
		{"an investigation led or carried out (вести, здійснювати, провести розслідування) is the investigator's ACCUSE",
			"Національне антикорупційне бюро веде розслідування щодо ТОВ «Омега-Транс». Досудове розслідування здійснює Служба безпеки України.",
			[]string{"ACCUSE Національне антикорупційне бюро → ТОВ «Омега-Транс»", "ACCUSE Служба безпеки України → "}},
		{"a firm named by its legal form after a preposition is under it, not the subject, though its quoted name reads as a nominative",
			"Перевірку щодо ПП «Омега-Буд» провела Держаудитслужба. Угоду з ТОВ «Дельта-Буд» уклала міська рада.",
			[]string{"ACCUSE Держаудитслужба → ", "AGREE міська рада → ТОВ «Дельта-Буд»"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
