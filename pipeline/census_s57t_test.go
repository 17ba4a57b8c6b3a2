package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// TestCensusS57T is session 57's census of the trigger lexicon closed by
// synonyms and aspect partners (helper h57t). Its candidates came from
// the LibreOffice Ukrainian thesaurus (th_uk_UA_v2, GPL-2+/LGPL-2.1+/
// MPL-1.1: read at development time only, for candidate words; every word
// here was chosen by hand and no part of the thesaurus is shipped or read
// at run time), from each trigger verb's aspect partner as the lexicon
// knows it and from its verbal noun. Kept are the candidates a Ukrainian
// agency journalist uses for the act between named sides; each is told
// once in a new sentence, with a look-alike where the word has another
// common sense. Every want was written from the Guidelines before the
// first run; every miss is logged (the halves of checkRate mean nothing
// here: the census is its writer's own).
func TestCensusS57T(t *testing.T) {
	p := load(t)
	tests := censusS57T()
	for i, tt := range tests {
		if i%2 == 0 {
			continue // checkRate logs the odd-numbered cases' misses
		}
		var got []string
		x := p.Extract(tt.text, time.Time{})
		for _, ev := range x.Events {
			got = append(got, eventString(x, ev))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Logf("case %d %s: %s\n  got  %s\n  want %s", i+1, tt.name, tt.text, strings.Join(got, " | "), strings.Join(tt.want, " | "))
		}
	}
	checkRate(t, p, tests, time.Time{}, 55)
}

func censusS57T() []construction {
	return []construction{
		// AID: the imperfectives of подарувати, пожертвувати; the verbal
		// noun пожертвування; the reflexive passive of фінансувати.
		{"aid: дарувати, present",
			"Японія дарує Україні 20 мобільних електростанцій.",
			[]string{"AID Японія → Україна"}},
		{"aid: жертвувати, present",
			"Естонія жертвує Україні всі свої гаубиці калібру 155 мм.",
			[]string{"AID Естонія → Україна"}},
		{"aid look-alike: жертвувати with the instrumental is to sacrifice",
			"Рятувальник Олег Дуб жертвував власним здоров'ям заради інших.",
			nil},
		{"aid: пожертвування received from a firm",
			"Фонд «Повернись живим» отримав від компанії «Епіцентр» пожертвування на 5 млн гривень.",
			[]string{"AID Епіцентр → Повернись живим"}},
		{"aid: фінансуватися with the funder in the instrumental",
			"Ремонт мосту через Десну фінансується урядом Данії.",
			[]string{"AID Данія → "}},
		{"aid look-alike: фінансуватися from the budget",
			"Поліція фінансується з державного бюджету.",
			nil},
		// COOPERATE: the aspect partners of скооперуватися, об'єднатися,
		// поділитися; the verbal noun of налагодити.
		{"cooperate: скооперуватися",
			"Агрохолдинг «Астарта» скооперувався з польською компанією «Агропол» для експорту зерна.",
			[]string{"COOPERATE Астарта → Агропол"}},
		{"cooperate: об'єднуватися, present",
			"Україна та Молдова об'єднуються для захисту енергосистем від російських атак.",
			[]string{"COOPERATE Україна,Молдова → "}},
		{"cooperate look-alike: communities that merge",
			"Сільські громади Полтавщини об'єднуються в більші.",
			nil},
		{"cooperate: ділитися розвідданими, present",
			"Британія ділиться з Україною розвідданими про переміщення російських військ.",
			[]string{"COOPERATE Британія → Україна"}},
		{"cooperate look-alike: ділитися планами with journalists",
			"Мер Чернігова Олександр Ломако ділиться з журналістами планами на зиму.",
			nil},
		{"cooperate: налагодження співпраці announced",
			"Міністерство оборони Литви оголосило про налагодження співпраці з «Укроборонпромом».",
			[]string{"COOPERATE Міністерство оборони Литви → Укроборонпром"}},
		// THREATEN: грозити, грозитися (the thesaurus's synonyms of
		// погрожувати); застерігати, the imperfective of застерегти;
		// попередження, the verbal noun of попередити.
		{"threaten: грозити with the dative",
			"Президент Білорусі Олександр Лукашенко грозить Литві закриттям кордону.",
			[]string{"THREATEN Олександр Лукашенко → Литва"}},
		{"threaten look-alike: грозити as a risk",
			"Підприємству «Азот» грозить банкрутство.",
			nil},
		{"threaten: грозитися before an infinitive",
			"Прем'єр-міністр Угорщини Віктор Орбан грозиться заблокувати новий пакет санкцій проти Росії.",
			[]string{"THREATEN Віктор Орбан → "}},
		{"threaten: застерігати про наслідки",
			"НАТО застерігає Москву про серйозні наслідки нападу на країни Балтії.",
			[]string{"THREATEN НАТО → Москва"}},
		{"threaten look-alike: forecasters warn drivers",
			"Синоптики застерігають водіїв про ожеледицю.",
			nil},
		{"threaten: попередження про наслідки",
			"Кремль зробив попередження Фінляндії про наслідки вступу до НАТО.",
			[]string{"THREATEN Кремль → Фінляндія"}},
		{"threaten look-alike: a storm warning",
			"Укргідрометцентр оголосив штормове попередження.",
			nil},
		// RETREAT: the verbal nouns of відвести, відступити, відійти,
		// капітулювати, помилувати.
		{"retreat: відведення військ",
			"Азербайджан завершив відведення військ від кордону з Вірменією.",
			[]string{"RETREAT Азербайджан → "}},
		{"retreat look-alike: відведення of rain water",
			"Комунальники завершили відведення дощової води з вулиці Шевченка.",
			nil},
		{"retreat: відступ begun",
			"Російські війська почали відступ на лівий берег Дніпра.",
			[]string{"RETREAT Російські війська → "}},
		{"retreat look-alike: a digression",
			"Письменник Андрій Курков зробив у книжці ліричний відступ.",
			nil},
		{"retreat: відхід of units",
			"Підрозділи ЗСУ завершили відхід з Вугледара.",
			[]string{"RETREAT Підрозділи ЗСУ →  @Вугледар"}},
		{"retreat look-alike: waste",
			"На полігоні в Ліщині накопичилося 2 млн тонн відходів.",
			nil},
		{"retreat: капітуляція announced",
			"Повстанці оголосили про капітуляцію.",
			[]string{"RETREAT Повстанці → "}},
		{"retreat: помилування by decree",
			"Президент Білорусі Олександр Лукашенко підписав указ про помилування 16 політв'язнів.",
			[]string{"RETREAT/release Олександр Лукашенко → 16 політв'язнів"}},
		{"retreat look-alike: a pardon asked for",
			"Засуджений Петро Гаврилюк подав клопотання про помилування.",
			[]string{"REQUEST Петро Гаврилюк → "}},
		// ACCUSE: дорікати, the imperfective of дорікнути; нарікати, the
		// thesaurus's synonym of скаржитися.
		{"accuse: дорікати, present",
			"Прем'єр-міністр Польщі Дональд Туск дорікає Брюсселю повільністю.",
			[]string{"ACCUSE Дональд Туск → Брюссель"}},
		{"accuse: нарікати на",
			"Аграрії Волині нарікають на Міністерство економіки через затримку компенсацій.",
			[]string{"ACCUSE Аграрії Волині → Міністерство економіки"}},
		{"accuse look-alike: нарікати на погоду",
			"Мешканці нарікають на погоду.",
			nil},
		// AGREE: порозумітися (the thesaurus's synonym of погодитися);
		// укладати, the imperfective of укласти.
		{"agree: порозумітися щодо",
			"Польща та Україна порозумілися щодо транзиту зерна.",
			[]string{"AGREE Польща,Україна → "}},
		{"agree: укладати угоду, present",
			"Україна укладає з Норвегією угоду про спільне виробництво дронів.",
			[]string{"AGREE Україна → Норвегія"}},
		{"agree look-alike: укладати a dictionary",
			"Інститут мовознавства укладає новий словник.",
			nil},
		// ASSAULT: наступати (the thesaurus's synonym of атакувати);
		// оточувати, the imperfective of оточити; страчувати, of стратити;
		// перестрілка (of стрілянина), замордувати (of закатувати), підбити
		// (of поранити); бомбардування and катування, verbal nouns.
		{"assault: наступати на a town",
			"Російські війська наступають на Покровськ.",
			[]string{"ASSAULT Російські війська → Покровськ @Покровськ"}},
		{"assault look-alike: frost sets in",
			"У Карпатах наступають морози.",
			nil},
		{"assault: оточувати a town",
			"Російські війська оточують Куп'янськ.",
			[]string{"ASSAULT Російські війська → Куп'янськ @Куп'янськ"}},
		{"assault look-alike: woods surround a town",
			"Ліси оточують Шацьк.",
			nil},
		{"assault: страчувати captives",
			"Окупанти страчують українських полонених.",
			[]string{"ASSAULT Окупанти → українські полонені"}},
		{"assault: перестрілка staged",
			"Прикордонники Таджикистану влаштували перестрілку з киргизькими військовими.",
			[]string{"ASSAULT Прикордонники Таджикистану → киргизькі військові"}},
		{"assault: замордувати",
			"Окупанти замордували волонтера Олега Тищенка.",
			[]string{"ASSAULT Окупанти → Олег Тищенко"}},
		{"assault: підбити a tank",
			"Українські захисники підбили російський танк під Бахмутом.",
			[]string{"ASSAULT Українські захисники →  @Бахмут"}},
		{"assault look-alike: підбити підсумки",
			"Депутат Ігор Ткач підбив підсумки року.",
			nil},
		{"assault: бомбардування begun",
			"Ізраїль розпочав бомбардування Бейрута.",
			[]string{"ASSAULT Ізраїль → Бейрут @Бейрут"}},
		{"assault: катування used",
			"Окупанти застосовували катування до полонених.",
			[]string{"ASSAULT Окупанти → полонені"}},
		// COERCE: гнобити, утискати (the thesaurus's synonyms of
		// переслідувати), віднімати (of відбирати); ув'язнювати, the
		// imperfective of ув'язнити; зобов'язувати, of зобов'язати.
		{"coerce: гнобити",
			"Кремль гнобить кримських татар.",
			[]string{"COERCE Кремль → кримські татари"}},
		{"coerce: утискати",
			"Уряд Грузії утискає незалежні медіа.",
			[]string{"COERCE Грузія → незалежні медіа"}},
		{"coerce: віднімати у",
			"Окупанти віднімають у мешканців Маріуполя квартири.",
			[]string{"COERCE Окупанти → мешканці Маріуполя"}},
		{"coerce look-alike: a road takes time",
			"Дорога віднімає у водіїв дві години.",
			nil},
		{"coerce: ув'язнювати, present",
			"Росія ув'язнює кримських татар за віру.",
			[]string{"COERCE Росія → кримські татари"}},
		{"coerce look-alike: a law obliges in general",
			"Закон зобов'язує роботодавців звітувати щокварталу.",
			nil},
		// CONCEDE: поступатися, the imperfective of поступитися; the verbal
		// noun пом'якшення.
		{"concede: поступатися land",
			"Вірменія поступається Азербайджану чотирма селами.",
			[]string{"CONCEDE Вірменія → Азербайджан"}},
		{"concede look-alike: inferior in quality",
			"Українська пшениця не поступається якістю канадській.",
			nil},
		{"concede: пом'якшення санкцій announced",
			"США оголосили про пом'якшення санкцій проти Венесуели.",
			[]string{"CONCEDE США → Венесуела"}},
		// SANCTION: заморожувати, the imperfective of заморозити; the verbal
		// nouns замороження, видворення, виключення.
		{"sanction: заморожувати активи, present",
			"Канада заморожує активи Олега Дерипаски.",
			[]string{"SANCTION Канада → Олег Дерипаска"}},
		{"sanction: замороження активів announced",
			"Канада оголосила про замороження активів Романа Абрамовича.",
			[]string{"SANCTION Канада → Роман Абрамович"}},
		{"sanction: видворення дипломатів announced",
			"Литва оголосила про видворення трьох російських дипломатів.",
			[]string{"SANCTION Литва → троє російських дипломатів"}},
		{"sanction: виключення decided",
			"Рада Європи ухвалила рішення про виключення Росії.",
			[]string{"SANCTION Рада Європи → Росія"}},
		// MOBILIZE: the verbal nouns перекидання, розгортання.
		{"mobilize: перекидання військ begun",
			"Росія розпочала перекидання військ до кордону з Фінляндією.",
			[]string{"MOBILIZE Росія → "}},
		{"mobilize: розгортання батальйонів announced",
			"НАТО оголосило про розгортання додаткових батальйонів у Румунії.",
			[]string{"MOBILIZE НАТО →  @Румунія"}},
		// CONSULT: бесіда (of розмова), обговорення (of обговорити).
		{"consult: провести бесіду з послом",
			"Міністр закордонних справ Андрій Сибіга провів бесіду з послом Китаю.",
			[]string{"CONSULT/meet Андрій Сибіга → посол Китаю"}},
		{"consult: провести обговорення з",
			"Міністр оборони Денис Шмигаль провів обговорення з Каєю Каллас.",
			[]string{"CONSULT/meet Денис Шмигаль → Кая Каллас"}},
		{"consult look-alike: a bill put to public discussion",
			"Законопроєкт винесли на громадське обговорення.",
			nil},
		// PROTEST: бастувати (of страйкувати); пікетування, the verbal noun
		// of пікетувати.
		{"protest: бастувати",
			"Польські фермери бастують на кордоні з Україною.",
			[]string{"PROTEST Польські фермери → "}},
		{"protest: провести пікетування",
			"Активісти провели пікетування посольства Угорщини.",
			[]string{"PROTEST Активісти → посольство Угорщини"}},
		// REJECT: знехтувати, нехтувати (the thesaurus's synonyms of
		// ігнорувати).
		{"reject: знехтувати вимогою",
			"Росія знехтувала вимогою МАГАТЕ звільнити Запорізьку АЕС.",
			[]string{"REJECT Росія → МАГАТЕ"}},
		{"reject look-alike: a driver who ignored the rules",
			"Водій знехтував правилами безпеки.",
			nil},
		{"reject: нехтувати рішеннями, present",
			"Угорщина нехтує рішеннями Європейського суду.",
			[]string{"REJECT Угорщина → Європейський суд"}},
		// REQUEST: запрошення and доручення, the verbal nouns of
		// запросити and доручити.
		{"request: надіслати запрошення",
			"Президент Польщі Кароль Навроцький надіслав Володимиру Зеленському запрошення відвідати Варшаву.",
			[]string{"REQUEST Кароль Навроцький → Володимир Зеленський"}},
		{"request: дати доручення",
			"Прем'єр-міністр Юлія Свириденко дала доручення Міненерго підготувати план.",
			[]string{"REQUEST Юлія Свириденко → Міненерго"}},
		{"request look-alike: за дорученням is on someone's behalf",
			"За дорученням Президента міністр Андрій Сибіга прибув до Варшави.",
			[]string{"CONSULT/visit Андрій Сибіга → Варшава @Варшава"}},
		// SUPPORT: поздоровити and поздоровлення (the thesaurus's synonyms
		// of привітати, привітання).
		{"support: поздоровити з перемогою",
			"Президент Володимир Зеленський поздоровив Кароля Навроцького з перемогою на виборах.",
			[]string{"SUPPORT Володимир Зеленський → Кароль Навроцький"}},
		{"support: надіслати поздоровлення",
			"Прем'єр-міністр Канади Марк Карні надіслав поздоровлення українцям з Днем Незалежності.",
			[]string{"SUPPORT Марк Карні → українці"}},
	}
}
