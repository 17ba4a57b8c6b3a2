package ner

import (
	"strings"
	"testing"

	"github.com/vistka/vistka"
)

func TestAddMeasures(t *testing.T) {
	tags := map[string]string{
		"тонн": "тонна/noun:inanim:p:v_rod", "тонни": "тонна/noun:inanim:p:v_naz", "метрів": "метр/noun:inanim:p:v_rod",
		"погонних": "погонний/adj:p:v_rod", "двадцять": "двадцять/numr:p:v_naz", "тисячі": "тисяча/numr:f:v_naz",
		"осіб": "особа/noun:anim:p:v_rod", "тонкий": "тонкий/adj:m:v_naz", "метро": "метро/noun:inanim:n:v_naz:nv",
		"гривень": "гривня/noun:inanim:p:v_rod", "мм": "мм./adj:f:v_naz:nv:abbr", "ГВт": "ГВт/noun:inanim:p:v_rod:nv:abbr",
		"МВт": "МВт/noun:inanim:p:v_rod:nv:abbr", "млн": "мільйон/numr:p:v_rod",
	}
	runRuleCases(t, addMeasures, tags, []ruleCase{
		{"мм read as an adjective", "Колія 1435 мм .", []string{"QUANT 1435 мм"}},
		{"a unit of power", "Потужність 2,1 ГВт .", []string{"QUANT 2,1 ГВт"}},
		{"a MON of power", "Збільшити до [MON 2,4 ГВт] .", []string{"QUANT 2,4 ГВт"}},
		{"energy, with ·год", "Імпорт [MON 1,1 млн МВт]·год .", []string{"QUANT 1,1 млн МВт·год"}},
		{"tonnes", "Придбали 1800 тонн мазуту .", []string{"QUANT 1800 тонн"}},
		{"a multiplier", "Зібрали 2,5 тисячі тонн зерна .", []string{"QUANT 2,5 тисячі тонн"}},
		{"an abbreviated multiplier", "Вивезли 43 тис . тонн зерна .", []string{"QUANT 43 тис . тонн"}},
		{"thousands apart and an adjective", "Проклали 4 944 погонних метрів труб .", []string{"QUANT 4 944 погонних метрів"}},
		{"a numeral", "До річки двадцять метрів .", []string{"QUANT двадцять метрів"}},
		{"square metres", "Квартира площею 65 кв . м у центрі .", []string{"QUANT 65 кв . м"}},
		{"a range", "Хвилі висотою 20-40 дм .", []string{"QUANT 20-40 дм"}},
		{"hectares", "Виділили 12 га землі .", []string{"QUANT 12 га"}},
		{"a QUANT without its unit", "Купили [QUANT 34] тонни добрив .", []string{"QUANT 34 тонни"}},
		{"not people", "Загинули 12 осіб .", nil},
		{"not another word", "Купили 5 тонкий .", nil},
		{"not the metro", "Біля 5 метро .", nil},
		{"not inside money", "Заплатили [MON 500 гривень] 5 тонн .", []string{"MON 500 гривень", "QUANT 5 тонн"}},
		{"already tagged", "Придбали [QUANT 1800 тонн] мазуту .", []string{"QUANT 1800 тонн"}},
	})
}

func TestJoinPatronymics(t *testing.T) {
	tags := map[string]string{
		"Борисом": "Борис/noun:anim:m:v_oru:prop:fname", "Яковичем": "Якович/noun:anim:m:v_oru:prop:pname",
		"Долгопятом": "Долгопят/noun:anim:m:v_oru:prop:lname", "Качаненко": "Качаненко/noun:anim:m:v_naz:prop:lname:nv",
		"Антон": "Антон/noun:anim:m:v_naz:prop:fname", "Сергійович": "Сергійович/noun:anim:m:v_naz:prop:pname",
		"Петренку": "Петренко/noun:anim:m:v_dav:prop:lname", "Ковалем": "Коваль/noun:anim:m:v_oru:prop:lname",
	}
	runRuleCases(t, joinPatronymics, tags, []ruleCase{
		{"surname after", "Живе з [PERS Борисом Яковичем] [PERS Долгопятом] .", []string{"PERS Борисом Яковичем Долгопятом"}},
		{"surname before", "Директором є [PERS Качаненко] [PERS Антон Сергійович] .", []string{"PERS Качаненко Антон Сергійович"}},
		{"not another case", "Написав [PERS Петренку] [PERS Антон Сергійович] .", []string{"PERS Петренку", "PERS Антон Сергійович"}},
		{"not with a word between", "Був [PERS Ковалем] , [PERS Борисом Яковичем] .", []string{"PERS Ковалем", "PERS Борисом Яковичем"}},
		{"not a first name alone", "Був з [PERS Борисом] [PERS Долгопятом] .", []string{"PERS Борисом", "PERS Долгопятом"}},
	})
}

func TestCutAfterInitials(t *testing.T) {
	tags := map[string]string{
		"Прасола": "Прасол/noun:anim:m:v_rod:prop:lname", "Зокрема": "зокрема/adv", "Тараса": "Тарас/noun:anim:m:v_rod:prop:fname",
		"Бойко": "Бойко/noun:anim:m:v_naz:prop:lname",
	}
	runRuleCases(t, cutAfterInitials, tags, []ruleCase{
		{"a new sentence", "За скаргою громадянина [PERS Прасола А . Є . Зокрема] , бензин поганий .", []string{"PERS Прасола А . Є ."}},
		{"not a name after the initials", "Підписав [PERS Прасола А . Є . Бойко] .", []string{"PERS Прасола А . Є . Бойко"}},
		{"not initials first", "Підписав [PERS А . Є . Прасола] .", []string{"PERS А . Є . Прасола"}},
		{"not a first name first", "Згадав [PERS Тараса Г . Ш . Зокрема] .", []string{"PERS Тараса Г . Ш . Зокрема"}},
	})
}

func TestAddSettlements(t *testing.T) {
	tags := map[string]string{
		"Димер": "Димер/noun:inanim:m:v_naz:prop:geo", "Синяк": "синяк/noun:inanim:m:v_naz", "Нова": "новий/adj:f:v_naz",
		"Дофіновка": "Дофіновка/noun:inanim:f:v_naz:prop:geo", "Коля": "Коля/noun:anim:m:v_naz:prop:fname",
		"Власником": "власник/noun:anim:m:v_oru", "Києва": "Київ/noun:inanim:m:v_rod:prop:geo", "Мала": "мати/verb:imperf:past:f",
		"Костромка": "Костромка/noun:inanim:f:v_naz:prop:geo",
	}
	runRuleCases(t, addSettlements, tags, []ruleCase{
		{"смт", "Ремонт у смт . Димер .", []string{"LOC Димер"}},
		{"с. and a common word", "Ремонт у с . Синяк .", []string{"LOC Синяк"}},
		{"two words", "Живе в с . Нова Дофіновка .", []string{"LOC Нова Дофіновка"}},
		{"a known place after a word", "Захист села Мала Костромка .", []string{"LOC Мала Костромка"}},
		{"м. and a city", "Мешкає в м . Києва центрі .", []string{"LOC Києва"}},
		{"not м. before a sentence", "Площею 50 кв . м . Власником є він .", nil},
		{"not a first name", "У селі Коля ловив рибу .", nil},
		{"not a letter alone", "Пункт с Синяк .", nil},
		{"already tagged", "Мешкає в [ORG с . Синяк] .", []string{"ORG с . Синяк"}},
	})
}

func TestAddRegnals(t *testing.T) {
	runRuleCases(t, addRegnals, nil, []ruleCase{
		{"a Cyrillic numeral", "Тоді [PERS Франц Йосиф] І нагородив його .", []string{"PERS Франц Йосиф І"}},
		{"a Latin numeral", "Указ [PERS Катерини] II вийшов .", []string{"PERS Катерини II"}},
		{"not a word", "Тоді [PERS Франц Йосиф] Іван прийшов .", []string{"PERS Франц Йосиф"}},
		{"not another span", "Тоді [PERS Франц] [DATE XIX] .", []string{"PERS Франц", "DATE XIX"}},
		{"already whole", "Указ [PERS Катерини II] вийшов .", []string{"PERS Катерини II"}},
	})
}

func TestRetypeUnits(t *testing.T) {
	runRuleCases(t, retypeUnits, nil, []ruleCase{
		{"a spelled-out per cent", "Ліміт — [QUANT 0,1 відсотка] капіталу .", []string{"PCT 0,1 відсотка"}},
		{"a per cent no span covers", "Ціни впали на 40 відсотків .", []string{"PCT 40 відсотків"}},
		{"degrees", "Мороз до [PCT 13-17 °] вночі .", []string{"QUANT 13-17 °"}},
		{"degrees and minutes", "Схилення +[PCT 23 °] [PCT 27 ′] тоді .", []string{"QUANT +23 ° 27 ′"}},
		{"degrees in words", "Було [PCT 30 градусів] тепла .", []string{"QUANT 30 градусів"}},
		{"not the sign %", "Зросло на [PCT 5 %] .", []string{"PCT 5 %"}},
		{"not other quantities", "Купили [QUANT 5 тонн] .", []string{"QUANT 5 тонн"}},
		{"not a per cent already tagged", "Зросло на [PCT 40 відсотків] .", []string{"PCT 40 відсотків"}},
	})
}

func TestAddClockTimes(t *testing.T) {
	runRuleCases(t, addClockTimes, nil, []ruleCase{
		{"digits with a dot", "Концерт 28 квітня о 19.00 у клубі .", []string{"TIME 19.00"}},
		{"digits apart and год", "Початок о 15 : 00 год .", []string{"TIME 15 : 00 год"}},
		{"a colon", "Зустріч об 11:30 .", []string{"TIME 11:30"}},
		{"an ordinal", "Виступ аж о десятій , буде темно .", []string{"TIME десятій"}},
		{"an ordinal and the part of the day", "Повернулась о п'ятій вечора .", []string{"TIME п'ятій вечора"}},
		{"до with the part of the day", "Він тримався до п’ятої вечора .", []string{"TIME п’ятої вечора"}},
		{"not до without it", "Хід вів до другої , меншої .", nil},
		{"not до with digits", "Ціна до 15.00 гривні .", nil},
		{"not a decimal without о", "Ціна 19.00 гривні .", nil},
		{"not minutes past 59", "Прийшов о 10.75 .", nil},
		{"близько and a colon", "Вибухи пролунали близько 02:30 .", []string{"TIME 02:30"}},
		{"not близько and a dot", "Ціна близько 15.00 гривні .", nil},
		{"not близько and an ordinal", "Прийшло близько десятій .", nil},
		{"a date span of the hour", "Концерт о [DATE 19.00] у клубі .", []string{"TIME 19.00"}},
		{"already tagged", "Концерт о [TIME 19.00] у клубі .", []string{"TIME 19.00"}},
	})
}

func TestAddMonthsIn(t *testing.T) {
	tags := map[string]string{
		"холоді": "холод/noun:inanim:m:v_mis", "ціна": "ціна/noun:inanim:f:v_naz", "уряд": "уряд/noun:inanim:m:v_naz",
	}
	runRuleCases(t, addMonthsIn, tags, []ruleCase{
		{"a month", "У лютому ціна зросла .", []string{"DATE лютому"}},
		{"a month and the year", "Фірму створили в листопаді минулого року .", []string{"DATE листопаді минулого року"}},
		{"not the adjective", "Стояли у лютому холоді .", nil},
		{"not another case", "Прийшов до травня .", nil},
		{"not with its day", "Прийшов [DATE 5 травня] .", []string{"DATE 5 травня"}},
		{"already tagged", "У [DATE лютому] уряд вирішив .", []string{"DATE лютому"}},
	})
}

func TestCutPlatforms(t *testing.T) {
	runRuleCases(t, cutPlatforms, nil, []ruleCase{
		{"a channel alone", "Про це повідомили у [LOC Telegram-каналі] .", nil},
		{"a body's channel", "Про це повідомили в [ORG Telegram-каналі Львівської ОВА] .", []string{"ORG Львівської ОВА"}},
		{"a page in Cyrillic", "Він написав на [ORG фейсбук-сторінці] [PERS Петра Коваля] .", []string{"PERS Петра Коваля"}},
		{"not the platform alone", "Компанія [ORG Telegram] заблокувала канали .", []string{"ORG Telegram"}},
		{"not another compound", "Прибув [PERS Кароль-Август] .", []string{"PERS Кароль-Август"}},
	})
}

func TestSplitRegionLists(t *testing.T) {
	tags := map[string]string{
		"Харківської": "харківський/adj:f:v_rod", "Сумської": "сумський/adj:f:v_rod", "Миколаївської": "миколаївський/adj:f:v_rod",
		"областей": "область/noun:inanim:p:v_rod", "області": "область/noun:inanim:f:v_rod", "Київському": "київський/adj:m:v_mis",
		"Салтівському": "салтівський/adj:m:v_mis", "районах": "район/noun:inanim:p:v_mis", "Верховної": "верховний/adj:f:v_rod",
		"Ради": "рада/noun:inanim:f:v_rod",
	}
	runRuleCases(t, splitRegionLists, tags, []ruleCase{
		{"three regions", "У [LOC Харківської , Сумської та Миколаївської областей] .",
			[]string{"LOC Харківської", "LOC Сумської", "LOC Миколаївської областей"}},
		{"two districts", "У [LOC Салтівському та Київському районах] .", []string{"LOC Салтівському", "LOC Київському районах"}},
		{"one region", "У [LOC Харківської області] .", []string{"LOC Харківської області"}},
		{"a singular head", "У [LOC Харківської та Сумської області] .", []string{"LOC Харківської та Сумської області"}},
		{"not a region", "Депутати [ORG Харківської та Верховної Ради] .", []string{"ORG Харківської та Верховної Ради"}},
	})
}

func TestRegionListBases(t *testing.T) {
	tags := map[string]string{
		"Новгород-Сіверського": "новгород-сіверський/adj:m:v_rod", "Корюківського": "корюківський/adj:m:v_rod",
		"районів": "район/noun:inanim:p:v_rod", "Харківської": "харківський/adj:f:v_rod", "Сумської": "сумський/adj:f:v_rod",
		"Миколаївської": "миколаївський/adj:f:v_rod", "областей": "область/noun:inanim:p:v_rod",
	}
	for _, tt := range []struct{ marked, want string }{
		{"Мешканці [LOC Новгород-Сіверського] та [LOC Корюківського районів] .", "Новгород-Сіверський район|Корюківський район"},
		{"У [LOC Харківської] , [LOC Сумської] та [LOC Миколаївської областей] .", "Харківська область|Сумська область|Миколаївська область"},
	} {
		s, spans := taggedMarked(t, tt.marked, tags)
		regionListBases(s.Tokens, spans)
		var got []string
		for _, sp := range spans {
			got = append(got, sp.Lemma)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%s: got %q, want %q", tt.marked, g, tt.want)
		}
	}
}

func TestAddCodeArticles(t *testing.T) {
	tags := map[string]string{
		"ч": "ч./noun:inanim:f:v_oru:nv:abbr", "ст": "ст./noun:inanim:f:v_rod:nv:abbr", "Кримінального": "кримінальний/adj:m:v_rod",
		"кодексу": "кодекс/noun:inanim:m:v_rod", "України": "Україна/noun:inanim:f:v_rod:prop:geo", "статті": "стаття/noun:inanim:f:v_rod",
		"Податкового": "податковий/adj:m:v_rod", "та": "та/conj:coord", "КК": "КК/noun:inanim:m:v_rod:nv:abbr",
	}
	runRuleCases(t, addCodeArticles, tags, []ruleCase{
		{"a part and an article", "За [DOC ст . 368 Кримінального кодексу України] .", []string{"DOC ст . 368 Кримінального кодексу України"}},
		{"ч. before the model's span", "За ч . 4 [DOC ст . 368 Кримінального кодексу України] .", []string{"DOC ч . 4 ст . 368 Кримінального кодексу України"}},
		{"a code read as a MISC", "За ч . 2 ст . 111 [MISC Кримінального кодексу України] .", []string{"DOC ч . 2 ст . 111 Кримінального кодексу України"}},
		{"written out", "За статті 185 [ORG Кримінального кодексу] .", []string{"DOC статті 185 Кримінального кодексу"}},
		{"an acronym", "За ч . 2 ст . 364 [DOC КК] .", []string{"DOC ч . 2 ст . 364 КК"}},
		{"a code alone read as a MISC", "Зміни до [MISC Податкового кодексу] .", []string{"DOC Податкового кодексу"}},
		{"a span running past the code", "Зміни до [DOC Податкового кодексу та Кримінального кодексу України] .",
			[]string{"DOC Податкового кодексу та Кримінального кодексу України"}},
		{"no code", "За ч . 2 ст . 364 закону .", nil},
	})
}

func TestCountryAsBody(t *testing.T) {
	for _, tt := range []struct {
		marked, base string
		want         bool
	}{
		{"Прем'єр-міністр [ORG Великої Британії] заявив .", "Велика Британія", true},
		{"Комбінат « [ORG Україна] » .", "Україна", false},
		{"Заява [ORG Міністерства оборони] .", "Міністерство оборони", false},
	} {
		s, spans := taggedMarked(t, tt.marked, nil)
		from, _ := vistka.TokensIn(s.Tokens, spans[0].Start, spans[0].End)
		if got := countryAsBody(s.Tokens, from, tt.base); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.marked, got, tt.want)
		}
	}
}

func TestAddDurations(t *testing.T) {
	tags := map[string]string{
		"протягом": "протягом/prep", "трьох": "три/numr:p:v_rod", "років": "рік/noun:inanim:p:v_rod", "останні": "останній/adj:p:v_zna",
		"два": "два/numr:p:v_zna", "роки": "рік/noun:inanim:p:v_zna", "триватиме": "тривати/verb:imperf:futr:s:3",
		"шести": "шість/numr:p:v_rod", "місяців": "місяць/noun:inanim:p:v_rod", "йому": "він/noun:anim:m:v_dav:&pron:pers:3",
		"49": "49/number", "осіб": "особа/noun:anim:p:v_rod",
	}
	runRuleCases(t, addDurations, tags, []ruleCase{
		{"протягом", "Працював протягом трьох років .", []string{"PERIOD трьох років"}},
		{"останні inside", "Найбільша справа за останні два роки .", []string{"PERIOD останні два роки"}},
		{"a verb of lasting", "Будівництво триватиме два роки .", []string{"PERIOD два роки"}},
		{"до", "Строк скорочується до шести місяців .", []string{"PERIOD шести місяців"}},
		{"an age: no word before", "Чоловіку 49 років .", nil},
		{"not a unit of time", "Загинули протягом трьох осіб .", nil},
		{"already tagged", "Працював протягом [DATE трьох років] .", []string{"DATE трьох років"}},
	})
}

func TestJoinUnitAcronyms(t *testing.T) {
	tags := map[string]string{
		"Повітряних": "повітряний/adj:p:v_mis", "силах": "сила/noun:inanim:p:v_mis", "Департаменту": "департамент/noun:inanim:m:v_rod",
		"контррозвідки": "контррозвідка/noun:inanim:f:v_rod", "Кабмін": "кабмін/noun:inanim:m:v_naz",
	}
	runRuleCases(t, joinUnitAcronyms, tags, []ruleCase{
		{"forces", "У [ORG Повітряних силах] [ORG ЗСУ] повідомили .", []string{"ORG Повітряних силах ЗСУ"}},
		{"a department", "Оперативники [ORG Департаменту контррозвідки] [ORG СБУ] .", []string{"ORG Департаменту контррозвідки СБУ"}},
		{"not a unit", "[ORG Кабмін] [ORG СБУ] .", []string{"ORG Кабмін", "ORG СБУ"}},
		{"not apart", "У [ORG Повітряних силах] , [ORG ЗСУ] .", []string{"ORG Повітряних силах", "ORG ЗСУ"}},
	})
}

func TestAddCurrencies(t *testing.T) {
	tags := map[string]string{"млн": "мільйон/numr:p:v_rod", "млрд": "мільярд/numr:p:v_rod"}
	runRuleCases(t, addCurrencies, tags, []ruleCase{
		{"злотий", "Викупити за ціною 4,25 злотого за папір .", []string{"MON 4,25 злотого"}},
		{"pounds sterling", "Виділить 24 млрд фунтів стерлінгів .", []string{"MON 24 млрд фунтів стерлінгів"}},
		{"already tagged", "Виділить [MON 8 млрд крон] .", []string{"MON 8 млрд крон"}},
		{"not a currency", "Купили 5 кронштейнів .", nil},
	})
}
