package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// third press set (testdata/gold/press3.jsonl); the sentences are our own.

func TestPress3Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a conclusion drawn or evidence found reports its що-clause; evidence found in a flat reports nothing",
			"Експерти інституту зробили висновок, що міст був зруйнований вибухом. Слідчі знайшли докази того, що гроші вивели за кордон. Поліцейські знайшли докази в квартирі Івана Гнатюка. Він сказав, що нічого не знає.",
			[]string{"Експерти інституту/зробити/indirect: міст був зруйнований вибухом", "Слідчі/знайти/indirect: гроші вивели за кордон", "Іван Гнатюк/сказати/indirect: нічого не знає"}},
		{"a suspicion with що is a belief; suspecting someone of a theft is not speech",
			"Мешканці будинку запідозрили, що їх хочуть виселити. Сусіди запідозрили Петра Коваля у крадіжці.",
			[]string{"Мешканці будинку/запідозрити/indirect: їх хочуть виселити"}},
		{"one closing mark for a quote nested in a quote: a later quote after a colon is still found",
			"Старе правило «Ніколи не кажи «ніколи» знову спрацювало. Голова ОДА Петро Коваль зауважив: «Депутати мають вирішити це самі».",
			[]string{"Петро Коваль/зауважити/direct: Депутати мають вирішити це самі"}},
		{"a report speaks through an impersonal cue after a direct quote",
			"Аналітики оприлюднили нові дані. «Ми знайшли нові свідчення участі армії в обстрілах», - зазначається в доповіді.",
			[]string{"доповідь/зазначатися/direct: Ми знайшли нові свідчення участі армії в обстрілах"}},
		{"a dash line right after its speaker's line, in text without paragraphs, goes on to the end of its sentence",
			"Бійців зустріли оплесками. — Ми повернулися всі живі, — сказав сержант Петро Коваль. — Дякую волонтерам, які нам допомагали. Наступного тижня вони повернуться на фронт.",
			[]string{"Петро Коваль/сказати/direct: Ми повернулися всі живі", "Петро Коваль/сказати/direct: Дякую волонтерам, які нам допомагали"}},
		{"a line with an attribution of its own is no one else's continued, and its attribution never goes into a quote",
			"— Я прийду завтра, — сказала мама.\n— Добре, — відповіла Оксана. — Принеси хліба.",
			[]string{"мама/сказати/direct: Я прийду завтра"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestPress3Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an arrival with no one and nowhere to visit is no visit; one to a city is",
			"Коли активісти прибули, площа вже була заповнена. Бійці прибули додому без втрат. Прем'єр-міністр Польщі прибув до Києва.",
			[]string{"CONSULT/visit Прем'єр-міністр Польщі → Київ @Київ"}},
		{"a група of people counted after it acts; a group of companies is no subject for it",
			"Група українських громадських діячів відвідала штаб-квартиру НАТО. Група компаній відвідала виставку.",
			[]string{"CONSULT/visit Група українських громадських діячів → НАТО"}},
		{"an outlet's or a journalist's talk with an official is an interview, not a meeting",
			"Портал «Новини Донбасу» поспілкувався з головою ОДА Петром Ковалем. Журналісти поговорили з мером Києва. Прем'єр-міністр поспілкувався з послом Франції.",
			[]string{"CONSULT/meet Прем'єр-міністр → Франція"}},
		{"a decision or a permit signed by an official is no agreement (proposing that he sign it asks him to); a treaty signed is",
			"Мер відмовився підписати рішення ради. Депутат запропонував меру Івану Гнатюку підписати дозвіл на будівництво. Україна та Польща підписали угоду про співпрацю.",
			[]string{"REJECT Мер → рада", "REQUEST Депутат → Іван Гнатюк", "AGREE Україна,Польща → "}},
		{"a decision or a law before its verb, the person signing it before both, is still no agreement",
			"Міський голова рішення підписує, але не відповідає за нього. Голова ради рішення підписав учора. Мер закон підписує щодня.",
			nil},
		{"an adverbial participle opening the sentence shares the main clause's subject, named in irony quotes or not",
			"Підписуючи угоду з Росією і здаючи порт за «дешевий газ», київські «експерти» сподівалися на знижку. Зустрівшись із послом Франції, прем'єр-міністр поїхав до Львова.",
			[]string{"AGREE експерти → Росія", "CONSULT/meet прем'єр-міністр → Франція"}},
		{"consent to an interview, after the verb or through a relative, is no agreement; a truce agreed to is",
			"Редакція підготувала інтерв'ю, на яке охоче погодився міністр оборони Польщі. Посол погодився на інтерв'ю нашому виданню. Україна погодилася на перемир'я з Росією.",
			[]string{"AGREE Україна → Росія"}},
		{"a predicate joined by і shares the first one's subject, a body the tagger read as an accusative before its genitive",
			"Слідчі знайшли докази того, що 5 травня 2015 року збройні сили Росії перетинали кордон в районі сіл Маркине і Щербак (на північ від Новоазовська) і вели вогонь по околицях Новоазовська.",
			[]string{"ASSAULT збройні сили Росії →  @Новоазовськ"}}, // the town whose outskirts were shelled (targetTown)
		{"a call made by a poem or a song through a relative clause is no one's request; a president's is",
			"Торік він написав два вірші «Сонце» і «Степ», що закликають українців до боротьби. Президент закликав українців до єдності.",
			[]string{"REQUEST Президент → українці"}},
		{"keeping or retracting one's own words rejects no one; a proposal refused does",
			"На допиті поет не відмовився від жодного свого рядка. Свідок відмовився від своїх показань. Польща відмовилася від пропозиції Росії.",
			[]string{"REJECT Польща → "}},
	}
	checkEvents(t, p, tests, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
}

func TestPress3EventsNoSubject(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a person convicted with no subject, after a predicate joined by і, is the object opening the clause",
			"Педагога звільнили з роботи і засудили на виправні роботи. Активіста затримали і засудили до штрафу.",
			[]string{"ACCUSE  → педагог", "COERCE  → активіст", "ACCUSE  → активіст"}},
		{"or after a relative clause on that object; an antecedent in the nominative is a subject, not whom it was done to",
			"Вчителя, який працював у школі, засудили до штрафу. Вчителі, які працювали в школі, засудили напад на місто.",
			[]string{"ACCUSE  → вчитель", "ACCUSE Вчителі → "}},
	}
	checkEvents(t, p, tests, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
}

func TestPress3EventsSeriesOfMeetings(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a series of meetings that took place, after a visit, is meetings of their own: with the body whose officials were met, and with a titled person after а також з",
			"Делегація депутатів відвідала штаб-квартиру НАТО у Брюсселі. Відбулася низка зустрічей з високими посадовцями НАТО, а також з послом Польщі в НАТО Марком Новаком.",
			[]string{"CONSULT/visit Делегація депутатів → НАТО @Брюссель", "CONSULT/meet  → НАТО @Брюссель", "CONSULT/meet  → Польща,Марк Новак @Брюссель"}},
		{"a series of concerts, or of meetings with no one named, is no meeting",
			"Відбулася низка концертів у Львові. Відбулася серія зустрічей.",
			nil},
	}
	checkEvents(t, p, tests, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
}

func TestPress3FourthQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a share of those polled speaks, and the content of one ends where the next share speaks",
			"Опитали тисячу підприємців. 61% опитаних вважають, що податки зросли, 20% відповіли, що нічого не змінилося.",
			[]string{"61% опитаних/вважати/indirect: податки зросли", "20%/відповісти/indirect: нічого не змінилося"}},
		{"a phrase in quotation marks after a preposition, or a title after під назвою, is no speech; a quote after a colon is",
			"Продаючи зерно за «справедливою ціною», фермери сподівалися на прибуток. У газеті вийшла стаття під назвою «Нам тут не раді!». Міністр Іван Коваленко заявив: «Ціни на зерно зростуть восени».",
			[]string{"Іван Коваленко/заявити/direct: Ціни на зерно зростуть восени"}},
		{"про те, що marks the content past a long addressee with titles",
			"Капітан Петро Гнатюк доповів командиру Львівського гарнізону полковнику Івану Коваленку про те, що бійці повернулися без втрат.",
			[]string{"Петро Гнатюк/доповісти/indirect: бійці повернулися без втрат"}},
		{"вони after a setting stands for the people who open the sentence before as its subject",
			"Кияни відкрили у Львові нову бібліотеку. Під час зустрічі з колегами вони заявили, що читачів стає більше.",
			[]string{"Кияни/заявити/indirect: читачів стає більше"}},
		{"in text without paragraphs, a question and its answer after an outlet talked with someone are an interview",
			"Портал «Новини Донбасу» поспілкувався з головою ОДА Петром Коваленком щодо ситуації на фронті. — Коли почалося будівництво укріплень? — Будівництво почалося ще восени, після рішення уряду про виділення коштів.",
			[]string{"Петро Коваленко//direct: Будівництво почалося ще восени, після рішення уряду про виділення коштів"}},
		{"with no talk told before, one question and one answer are not enough for an interview",
			"Мітинг тривав дві години. — Коли почалося будівництво? — Будівництво почалося ще восени, після рішення уряду про виділення коштів.",
			nil},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestPress3FourthEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a protest voiced in a clause of purpose after people came is held where they came; one only meant is not",
			"До Києва з різних областей з'їжджалися сотні шахтарів – щоб висловити протест уряду. Посол готується, щоб висловити протест уряду Польщі.",
			[]string{"PROTEST сотні шахтарів →  @Київ"}},
		{"a protest voiced by people named by a common noun is a protest; by a state or its diplomats an accusation",
			"Мешканці села висловили протест владі. Польща висловила протест через порушення кордону. Дипломати висловили протест.",
			[]string{"PROTEST Мешканці села → влада", "ACCUSE Польща → ", "ACCUSE Дипломати → "}},
		{"people who come or gather with placards protest; with documents they do not",
			"У сесійній залі знову з'явилися мешканці гуртожитку з плакатами. Під стінами міськради зібралися підприємці з плакатами. Депутати прийшли на сесію з документами.",
			[]string{"PROTEST мешканці гуртожитку → ", "PROTEST підприємці → "}},
		{"taking part in a protest, told by an adverbial participle, is a protest of its own where the main clause's event was",
			"Іван Петренко приїжджав до Львова, беручи участь у демонстраціях протесту шахтарів.",
			[]string{"CONSULT/visit Іван Петренко → Львів @Львів", "PROTEST Іван Петренко →  @Львів"}},
		{"people held sent away, or anyone expelled or ousted, are coerced; a son sent to his grandmother is not, diplomats expelled are a sanction",
			"Заарештованих активістів відсилали на вокзал. Батьки відправили сина до бабусі. Влада вислала з країни трьох дипломатів. Журналіста поліцейські спробували насильно «випровадити» з країни.",
			[]string{"COERCE  → заарештовані активісти", "SANCTION Влада → ", "COERCE поліцейські → журналіст"}},
		{"a weapon system is the means of an attack, neither its side nor its target",
			"Слідчі встановили, що атаки РСЗВ були спрямовані на цілі за містом. Експерти дійшли висновку, що ракета була випущена з установки ЗРК «Бук-М».",
			nil},
		{"the one accused accuses back in a clause of а той with no verb, the same preposition after it; а той with a verb of its own is no accusation",
			"Мер Іван Коваленко звинуватив депутата Петра Гнатюка у популізмі, а той, у свою чергу, у корупції. Прокурор Олег Бойко звинуватив суддю Василя Ткача у брехні, а той промовчав.",
			[]string{"ACCUSE Іван Коваленко → Петро Гнатюк", "ACCUSE Петро Гнатюк → Іван Коваленко", "ACCUSE Олег Бойко → Василь Ткач"}},
		{"вони after a setting are the people opening the sentence before, and the colleagues met in apposition their partners",
			"Кияни відкрили у Львові нову бібліотеку. Під час зустрічі зі своїми колегами – львівськими бібліотекарями – вони розповіли про нові книжки.",
			[]string{"CONSULT/meet Кияни → львівські бібліотекарі @Львів"}}, // the town the story is set in (storyTown)
	}
	checkEvents(t, p, tests, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
}
