package pipeline_test

import (
	"testing"
	"time"
)

// Administrations named by a place's adjective and an acronym (task H11):
// Харківська ОВА is Харківська обласна військова адміністрація, and a
// bare ОВА is it too while no other place's administration is named. The
// sentences are our own.

func TestH11PlaceAcronymAdministrations(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the adjective and acronym after the full name is that administration",
			"Сумська обласна військова адміністрація опублікувала звіт про обстріли громад. У Сумській ОВА повідомили, що постраждалих немає.",
			[]string{"Сумська обласна військова адміністрація/повідомити/indirect: постраждалих немає"}},
		{"the full name of another kind of administration stays apart",
			"У Полтавській ОВА повідомили, що школи працюють дистанційно. Полтавська обласна державна адміністрація раніше заявляла, що укриттів не вистачає.",
			[]string{"Полтавська ОВА/повідомити/indirect: школи працюють дистанційно", "Полтавська обласна державна адміністрація/заявляти/indirect: укриттів не вистачає"}},
		{"a bare acronym after the adjective and acronym is that administration",
			"У Житомирській ОВА повідомили, що громаду обстріляли вночі. В ОВА додали, що рятувальники працюють на місці.",
			[]string{"Житомирська ОВА/повідомити/indirect: громаду обстріляли вночі", "Житомирська ОВА/додати/indirect: рятувальники працюють на місці"}},
		{"another place's adjective keeps the administrations apart",
			"Черкаська обласна військова адміністрація опублікувала звіт. У Вінницькій ОВА повідомили, що постраждалих немає.",
			[]string{"Вінницька ОВА/повідомити/indirect: постраждалих немає"}},
		{"a bare acronym with two places' administrations named links to neither",
			"У Житомирській ОВА повідомили, що громаду обстріляли вночі. В ОВА додали, що рятувальники працюють на місці. У Рівненській ОВА заявили, що обстрілів не було.",
			[]string{"Житомирська ОВА/повідомити/indirect: громаду обстріляли вночі", "ОВА/додати/indirect: рятувальники працюють на місці", "Рівненська ОВА/заявити/indirect: обстрілів не було"}},
		{"a contracted name after the full name is that administration",
			"Волинська обласна державна адміністрація оголосила конкурс на ремонт доріг. В облдержадміністрації повідомили, що заявки прийматимуть до травня.",
			[]string{"Волинська обласна державна адміністрація/повідомити/indirect: заявки прийматимуть до травня"}},
		{"the adjective and acronym after the adjective and contracted name is that administration",
			"Голова Ніжинської райдержадміністрації підписав розпорядження про ремонт. У Ніжинській РДА пояснили, що роботи почнуться влітку.",
			[]string{"Ніжинська райдержадміністрація/пояснити/indirect: роботи почнуться влітку"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// The region a story's town lies in is no other place: "у Полтавській
// області" when the headline's town is Полтава.
func TestH11RegionOfTheTown(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the lead's event naming the town's oblast takes the headline's town",
			"У Полтаві затримали грабіжника\n\nПоліцейські Полтавської області затримали чоловіка, який пограбував магазин. Він перебуває під вартою.",
			[]string{"COERCE Поліцейські Полтавської області → чоловік @Полтава"}},
		{"the event's own oblast stays its place",
			"У Харкові затримали грабіжника\n\nУ Харківській області поліцейські затримали чоловіка, який пограбував магазин. Він перебуває під вартою.",
			[]string{"COERCE поліцейські → чоловік @Харківська область"}},
		{"another town's oblast still counts as another place",
			"У Полтаві затримали грабіжника\n\nУ Сумській області поліцейські затримали чоловіка, який пограбував магазин. Він перебуває під вартою.",
			[]string{"COERCE поліцейські → чоловік @Сумська область"}},
		{"the town's oblast after у in the lead's sentence does not stop the headline's town",
			"У Полтаві затримали грабіжника\n\nПоліцейські затримали чоловіка, який раніше жив у Полтавській області. Він перебуває під вартою.",
			[]string{"COERCE Поліцейські → чоловік @Полтава"}},
		{"another oblast after у in the lead's sentence stops it",
			"У Полтаві затримали грабіжника\n\nПоліцейські затримали чоловіка, який раніше жив у Сумській області. Він перебуває під вартою.",
			[]string{"COERCE Поліцейські → чоловік"}},
		{"the town's region in -щина after на does not stop a local story's town",
			"У Житомирі мітингували водії маршруток\n\nУ Житомирі водії маршруток вийшли на мітинг. Наступного дня поліцейські затримали організатора акції, який мешкає на Житомирщині.",
			[]string{"PROTEST водії маршруток →  @Житомир", "COERCE поліцейські → організатор акції @Житомир"}},
		{"an oblast adjective with the consonant changed (Запоріжжя → Запорізька)",
			"У Запоріжжі мітингували водії маршруток\n\nУ Запоріжжі водії маршруток вийшли на мітинг. Наступного дня поліція Запорізької області затримала організатора акції.",
			[]string{"PROTEST водії маршруток →  @Запоріжжя", "COERCE поліція Запорізької області → організатор акції @Запоріжжя"}},
		{"the oblast around the capital is another place",
			"У Києві затримали грабіжника\n\nУ Київській області поліцейські затримали чоловіка, який пограбував магазин. Він перебуває під вартою.",
			[]string{"COERCE поліцейські → чоловік @Київська область"}},
		{"a local story's rally with the town's region named",
			"У Житомирі мітингували водії маршруток\n\nУ Житомирі водії маршруток вийшли на мітинг. Наступного дня поліція Житомирської області затримала організатора акції.",
			[]string{"PROTEST водії маршруток →  @Житомир", "COERCE поліція Житомирської області → організатор акції @Житомир"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
