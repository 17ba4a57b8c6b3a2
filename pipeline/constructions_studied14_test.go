package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// fourteenth studied set (testdata/gold/studied14.jsonl); the sentences are
// our own.

func TestStudied14Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a firm's part of the lead's contract is the lead customer's contract with it",
			"Управління освіти Житомирської міськради 3 травня за результатами тендеру уклало низку угод на ремонт шкіл на 9,5 млн грн.\n" +
				"Про це повідомляється в «Віснику державних закупівель».\n" +
				"ТОВ «Будсервіс» отримає 4,2 млн грн. на ремонт покрівлі школи №5.\n" +
				"Ще 1,3 млн грн. отримає ТОВ «Альтбуд» за заміну вікон.",
			[]string{"AGREE Управління освіти Житомирської міськради → ",
				"AGREE Управління освіти Житомирської міськради → ТОВ «Будсервіс»",
				"AGREE Управління освіти Житомирської міськради → ТОВ «Альтбуд»"}},
		{"an order received, the largest contracts of several firms and the rest a firm will spend are parts too",
			"ДП «Укрспецпостач» уклало угоди на закупівлю обладнання на 40 млн грн.\n" +
				"ТОВ «Техноліт» отримало замовлення вартістю 12 млн грн.\n" +
				"Найбільші підряди отримали ПАТ «Завод Арсенал» (15 млн грн.) та ТОВ «Сігма» (8 млн грн.).\n" +
				"Решту 5 млн грн. освоїть ПП «Дельта».",
			[]string{"AGREE ДП «Укрспецпостач» → ",
				"AGREE ДП «Укрспецпостач» → ТОВ «Техноліт»",
				"AGREE ДП «Укрспецпостач» → ПАТ «Завод Арсенал»,ТОВ «Сігма»",
				"AGREE ДП «Укрспецпостач» → ПП «Дельта»"}},
		{"no part: no contract in the lead, a lead with its firm named, a tally, an earlier contract, takings",
			"Мер Ужгорода відвідав нову школу.\nТОВ «Будсервіс» отримає 4,2 млн грн. на ремонт покрівлі.",
			[]string{}},
		{"no part after a lead that names its firm, nor a tally or another time",
			"Міськрада уклала угоду з ТОВ «Омега» на ремонт доріг за 3 млн грн.\n" +
				"Загалом за останні три роки ця фірма отримала підрядів на 90 млн грн.\n" +
				"Торік ТОВ «Омега» отримало 2 млн грн. на ремонт мосту.\n" +
				"ТОВ «Омега» отримало прибуток 1 млн грн.",
			[]string{"AGREE Міськрада → ТОВ «Омега»"}},
		{"a firm's money after a colon naming a customer's tenders is that customer's contract",
			"Фірма повернулася на тендери «Київбудінвесту»: у травні ТОВ «Гарант Буд» отримало 20 млн грн. на будівництво школи.",
			[]string{"AGREE Київбудінвест → ТОВ «Гарант Буд»"}},
		{"buying again from the same firm is a contract with the firm named before",
			"ДП «Рудкомбінат» уклало угоду з ТОВ «Хімресурс» на постачання кислоти на 5 млн грн.\n" +
				"Торік ДП «Рудкомбінат» купувало цю ж кислоту у цієї ж фірми дешевше.",
			[]string{"AGREE ДП «Рудкомбінат» → ТОВ «Хімресурс»",
				"AGREE ДП «Рудкомбінат» → ТОВ «Хімресурс»"}},
		{"carriers given routes for use by a body named by a common noun",
			"Пасажирів возитимуть ТОВ «Автолайн» та ПрАТ «АТП-1234», які отримали в користування від міської влади 20 маршрутів.",
			[]string{"AGREE міська влада → ТОВ «Автолайн»,ПрАТ «АТП-1234»"}},
		{"an abbreviation in brackets after common words is no party",
			"Департамент уклав угоду з Київським національним університетом на навчання голів об'єднань співвласників багатоквартирних будинків (ОСББ).",
			[]string{"AGREE Департамент → Київський національний університет"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestStudied14Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a nested name with one closing mark at a line's end does not run on into a name on the next line",
			"Його єдиним конкурентом було ТОВ «Торговий дім «Альфа-Трейд».\n«Альфа-Трейд» заснував Петро Коваль.",
			[]string{}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
