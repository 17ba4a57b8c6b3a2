package pipeline_test

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/pipeline"
)

// The census of role phrases, pronouns and titles (session 57, helper
// h57r): the ways Ukrainian agency news refers back to a person it has
// named — a job or rank word in any case (міністр, глава МЗС, очільник
// відомства, речник, посадовець, дипломат, генсек, мер, посол, …), with
// the country or body it serves (президент Франції, глава уряду Польщі),
// after the person was named with that title or without it, for a woman
// and a man, with two candidates of whom the role fits one; the pronouns
// він and вона as subjects across sentences and paragraphs with a rival
// of the other gender or a body beside; the oblique його, її, з ним,
// whose referent the entity gold leaves unannotated but a quote's speaker
// or an event's side still needs; and titles written before and after a
// name (in every case, in apposition with commas or dashes, chained, two
// joined, former). Look-alikes too: a role that stands for nobody named,
// a role before the name, a plural role, a pronoun for a thing, a generic
// він. Each case says what the gold would say by the entity conventions
// of the gold README (nominative він/вона only; a role phrase after the
// name, kept as written with the body in it; a title in base form with a
// lower-case first letter, a title given in a predicate optional).
// Written before the extractor was run on any of it.
//
// A want line is one of:
//
//	T Name = t1; t2; ?t3   the titles of the person named Name: t1 and t2
//	                       required, t3 optional (none: `T Name =`)
//	R text#n -> Name       the n-th whole-word occurrence of text (n = 1
//	                       when left out) is a mention of Name's entity by
//	                       the gold scorer's rule (the predicted mention
//	                       overlapping it most, the shorter of two);
//	                       `-> -` when no pronoun or title mention covers it
//	S text -> Name         the quote holding text has Name for its speaker
//	E TYPE has Name        an event of TYPE has Name among its sides
func TestCensusS57R(t *testing.T) {
	p := load(t)
	tests := []construction{
		// A role word as the subject of the next sentence.
		{"role nominative: міністр, man, titled before", "Міністр інфраструктури Андрій Ткачук відвідав Одеський порт. Міністр пообіцяв відновити роботу зернового терміналу до кінця місяця.",
			[]string{"R Міністр#2 -> Андрій Ткачук"}},
		{"role nominative: міністерка, woman, titled before", "Міністерка соціальної політики Олена Бондар відкрила реабілітаційний центр у Житомирі. Міністерка зазначила, що таких центрів має бути більше.",
			[]string{"R Міністерка#2 -> Олена Бондар"}},
		{"role nominative: речник, man, titled before", "Речник Повітряних сил Ігор Мельник розповів про нічну атаку на Київщину. Речник уточнив, що росіяни запустили 40 дронів.",
			[]string{"R Речник#2 -> Ігор Мельник"}},
		{"role nominative: речниця, woman, titled before", "Речниця Державної прикордонної служби Ірина Савчук прокоментувала черги на кордоні. Речниця порадила водіям обирати інші пункти пропуску.",
			[]string{"R Речниця#2 -> Ірина Савчук"}},
		{"role nominative: посадовець, man, titled before", "Заступник голови Черкаської ОВА Василь Кравець провів нараду з енергетиками. Посадовець доручив підготувати резервні генератори.",
			[]string{"R Посадовець -> Василь Кравець"}},
		{"role nominative: посадовиця, woman, titled before", "Заступниця міністра фінансів Марина Лисенко представила проєкт бюджету. Посадовиця наголосила, що видатки на оборону зростуть.",
			[]string{"R Посадовиця -> Марина Лисенко"}},
		{"role nominative: дипломат, man, titled before", "Посол України в Чехії Сергій Дорошенко зустрівся з українськими студентами в Празі. Дипломат розповів про нові консульські послуги.",
			[]string{"R Дипломат -> Сергій Дорошенко"}},
		{"role nominative: дипломатка, woman, titled before", "Посолка України в Австрії Тетяна Романюк відвідала табір для біженців. Дипломатка пообіцяла допомогти з документами.",
			[]string{"R Дипломатка -> Тетяна Романюк"}},
		{"role nominative: політик, man, named without title", "Богдан Левчук оголосив про створення нової партії. Політик розраховує пройти до парламенту.",
			[]string{"R Політик -> Богдан Левчук"}},
		{"role nominative: політикиня, woman, named without title", "Юлія Гайова заявила про вихід із фракції. Політикиня пояснила своє рішення незгодою з керівництвом.",
			[]string{"R Політикиня -> Юлія Гайова"}},
		{"role nominative: генерал, man, rank before", "Генерал Петро Осадчий прибув на передові позиції бригади. Генерал нагородив бійців орденами.",
			[]string{"R Генерал#2 -> Петро Осадчий"}},
		{"role nominative: командувач, man, titled before", "Командувач Сухопутних військ Дмитро Яковенко провів нараду в Харкові. Командувач заслухав доповіді командирів бригад.",
			[]string{"R Командувач#2 -> Дмитро Яковенко"}},
		{"role nominative: мер, man, titled before", "Мер Вінниці Роман Панчук відкрив новий міст через Південний Буг. Мер подякував будівельникам за швидку роботу.",
			[]string{"R Мер#2 -> Роман Панчук"}},
		{"role nominative: мер, woman named without title", "Оксана Кушнір уже п'ятий рік очолює Ніжин. Мер наголосила, що місто не отримало обіцяних коштів.",
			[]string{"R Мер -> Оксана Кушнір"}},
		{"role nominative: голова громади, man, titled before", "Голова Лопатинської громади Віктор Шевчук розповів про ремонт амбулаторії. Голова громади сподівається завершити роботи до зими.",
			[]string{"R Голова громади -> Віктор Шевчук"}},
		{"role nominative: очільниця громади, woman, titled before", "Голова Бучанської громади Людмила Ткач презентувала план відновлення. Очільниця громади попросила уряд про додаткове фінансування.",
			[]string{"R Очільниця громади -> Людмила Ткач"}},
		{"role nominative: посол, man, titled before", "Посол Німеччини Мартін Єґер відвідав Чернігів. Посол оглянув зруйновану школу.",
			[]string{"R Посол#2 -> Мартін Єґер"}},
		{"role nominative: єврокомісарка, woman, titled before", "Єврокомісарка з питань розширення Марта Кос прибула до Києва. Єврокомісарка обговорила з урядом кластери переговорів.",
			[]string{"R Єврокомісарка#2 -> Марта Кос"}},
		{"role nominative: єврокомісар, man, titled before", "Єврокомісар з питань оборони Андрюс Кубілюс відвідав оборонне підприємство. Єврокомісар пообіцяв нові кредити для виробників.",
			[]string{"R Єврокомісар#2 -> Андрюс Кубілюс"}},
		{"role nominative: генсек, man, full title before", "Генеральний секретар НАТО Марк Рютте виступив на форумі в Гаазі. Генсек закликав союзників збільшити оборонні витрати.",
			[]string{"R Генсек -> Марк Рютте"}},
		{"role nominative: спікер, man, other title before", "Голова Верховної Ради Руслан Стефанчук зустрівся з делегацією Сейму. Спікер наголосив на важливості парламентської дипломатії.",
			[]string{"R Спікер -> Руслан Стефанчук"}},
		{"role nominative: прем'єр, man, full title before", "Прем'єр-міністр Польщі Дональд Туск прибув до Львова. Прем'єр заявив, що Польща продовжить підтримку України.",
			[]string{"R Прем'єр -> Дональд Туск"}},
		{"role nominative: прем'єрка, woman, full title before", "Прем'єр-міністерка України Юлія Свириденко провела засідання уряду. Прем'єрка доручила міністрам підготувати звіти.",
			[]string{"R Прем'єрка -> Юлія Свириденко"}},
		{"role nominative: очільник відомства, man", "Міністр фінансів Сергій Марченко представив зміни до бюджету. Очільник відомства наголосив, що дефіцит не зросте.",
			[]string{"R Очільник відомства -> Сергій Марченко"}},

		// A role word with the body or country it serves.
		{"role with body: глава МЗС, man", "Міністр закордонних справ Андрій Сибіга провів переговори в Анкарі. Глава МЗС обговорив з турецькою стороною безпеку в Чорному морі.",
			[]string{"R Глава МЗС -> Андрій Сибіга"}},
		{"role with body: очільниця Мінекономіки, woman", "Міністерка економіки Ганна Зайченко підписала угоду з Світовим банком. Очільниця Мінекономіки розраховує на нові інвестиції.",
			[]string{"R Очільниця Мінекономіки -> Ганна Зайченко"}},
		{"role with body: керівник ОП, man", "Керівник Офісу Президента Олег Марчук провів зустріч з радниками з національної безпеки. Керівник ОП подякував партнерам за підтримку.",
			[]string{"R Керівник ОП -> Олег Марчук"}},
		{"role with body: очільник МОЗ, man", "Міністр охорони здоров'я Віктор Ляшко відвідав лікарню в Сумах. Очільник МОЗ пообіцяв закупити нове обладнання.",
			[]string{"R Очільник МОЗ -> Віктор Ляшко"}},
		{"role with country: президент Франції, man, name first", "Емманюель Макрон прибув до Одеси. Президент Франції оглянув порт разом з українськими посадовцями.",
			[]string{"R Президент Франції -> Емманюель Макрон"}},
		{"role with country: глава уряду Польщі, man, name first", "Дональд Туск виступив у Сеймі з доповіддю про безпеку. Глава уряду Польщі закликав посилити кордон.",
			[]string{"R Глава уряду Польщі -> Дональд Туск"}},
		{"role with country: французький лідер, man, accusative", "Президент Франції Емманюель Макрон прибув до Києва потягом. На вокзалі французького лідера зустрів міністр закордонних справ.",
			[]string{"R французького лідера -> Емманюель Макрон", "T Емманюель Макрон = президент Франції"}},
		{"role with country: німецький міністр, man", "Міністр закордонних справ Німеччини Йоганн Вадефуль прибув до Києва. Німецький міністр пообіцяв нові системи ППО.",
			[]string{"R Німецький міністр -> Йоганн Вадефуль"}},

		// A role word in an oblique case.
		{"role oblique: за словами очільника відомства", "Міністр енергетики Андрій Ткачук розповів про стан енергосистеми. За словами очільника відомства, відключень цієї зими не планують.",
			[]string{"R очільника відомства -> Андрій Ткачук", "S відключень цієї зими не планують -> Андрій Ткачук"}},
		{"role oblique: за словами міністерки", "Міністерка освіти Оксана Кушнір відвідала школу в Ірпені. За словами міністерки, до вересня в усіх школах облаштують укриття.",
			[]string{"R міністерки -> Оксана Кушнір", "S до вересня в усіх школах облаштують укриття -> Оксана Кушнір"}},
		{"role oblique: відповідаючи міністрові, dative", "Міністр енергетики Віктор Шевчук виступив у Раді з доповіддю. Відповідаючи міністрові, голова комітету Петро Осадчий заявив, що звіт неповний.",
			[]string{"R міністрові -> Віктор Шевчук", "S звіт неповний -> Петро Осадчий"}},
		{"role oblique: депутати надіслали міністерці, dative", "Міністерка юстиції Ірина Савчук оголосила про реформу нотаріату. Депутати надіслали міністерці запит щодо строків.",
			[]string{"R міністерці -> Ірина Савчук"}},
		{"role oblique: разом із послом, instrumental", "Посол Японії Масаші Мацуда відвідав Чернігів. Разом із послом місто відвідали представники японського агентства JICA.",
			[]string{"R послом -> Масаші Мацуда"}},
		{"role oblique: з очільницею, instrumental", "Голова Житомирської ОВА Наталія Гуменюк приїхала до Коростеня. Разом з очільницею області місто відвідали енергетики.",
			[]string{"R очільницею області -> Наталія Гуменюк"}},
		{"role oblique: позицію дипломата, genitive", "Посол Польщі Пйотр Лукасевич дав інтерв'ю агентству. Позицію дипломата підтримали в МЗС Польщі.",
			[]string{"R дипломата -> Пйотр Лукасевич"}},
		{"role oblique: заяву посадовиці, genitive", "Заступниця голови Львівської ОВА Тетяна Романюк оголосила про закриття шкіл на карантин. Заяву посадовиці розкритикували батьки.",
			[]string{"R посадовиці -> Тетяна Романюк"}},
		{"role oblique: привітали генерала, accusative", "Генерал Сергій Дорошенко відзначив ювілей. Колеги привітали генерала з днем народження.",
			[]string{"R генерала -> Сергій Дорошенко"}},
		{"role oblique: підтримали мера, accusative", "Мер Полтави Роман Панчук запропонував перейменувати вулицю. Депутати підтримали мера одностайно.",
			[]string{"R мера -> Роман Панчук"}},
		{"role oblique: на думку речника", "Речник Генштабу Богдан Левчук прокоментував ситуацію під Покровськом. На думку речника, наступ ворога вдалося зупинити.",
			[]string{"R речника -> Богдан Левчук", "S наступ ворога вдалося зупинити -> Богдан Левчук"}},
		{"role oblique: за даними командувача", "Командувач Об'єднаних сил Ігор Мельник доповів про ситуацію на фронті. За даними командувача, ворог втратив за добу 12 танків.",
			[]string{"R командувача -> Ігор Мельник"}},
		{"role oblique: прем'єрові передали, dative", "Прем'єр-міністр Данії Метте Фредеріксен прибула до Києва. Прем'єрці передали список потреб енергетиків.",
			[]string{"R Прем'єрці -> Метте Фредеріксен"}},
		{"role oblique: з генсеком, instrumental", "Генеральний секретар НАТО Марк Рютте прибув до Вільнюса. Президент Литви обговорив з генсеком розміщення військ.",
			[]string{"R генсеком -> Марк Рютте"}},

		// Two candidates of whom the role fits one.
		{"two candidates: мер and міністр", "Міністр розвитку громад Олексій Кулеба і мер Житомира Сергій Сухомлин відкрили новий водоканал. Мер розповів, що проєкт коштував 200 мільйонів гривень.",
			[]string{"R Мер -> Сергій Сухомлин"}},
		{"two candidates: посол and голова ОВА", "Голова Харківської ОВА Олег Синєгубов зустрівся з послом Нідерландів Ремко ван Віргеном. Посол пообіцяв допомогу з відновленням шкіл.",
			[]string{"R Посол -> Ремко ван Вірген"}},
		{"two candidates: очільниця and a man", "Міністерка економіки Ганна Зайченко провела переговори з послом США Джуліаном Ґріном. Очільниця відомства наголосила на важливості інвестицій.",
			[]string{"R Очільниця відомства -> Ганна Зайченко"}},
		{"two candidates: генсек and президент", "Генеральний секретар НАТО Марк Рютте зустрівся з президентом Фінляндії Александром Стуббом. Генсек наголосив на єдності союзників.",
			[]string{"R Генсек -> Марк Рютте"}},
		{"two candidates: глава МОН and міністр охорони здоров'я", "Міністр освіти і науки Оксен Лісовий та міністр охорони здоров'я Віктор Ляшко відкрили медичний коледж. Глава МОН зазначив, що коледж прийме 300 студентів.",
			[]string{"R Глава МОН -> Оксен Лісовий"}},
		{"two candidates: речник and командир", "Командир бригади Андрій Ткачук і речник бригади Ігор Мельник розповіли журналістам про бої. Речник уточнив кількість полонених.",
			[]string{"R Речник -> Ігор Мельник"}},
		{"two candidates: дипломатка and a minister", "Міністр оборони Денис Ковальчук прийняв посолку Швеції Марію Андерсон. Дипломатка передала запрошення на навчання.",
			[]string{"R Дипломатка -> Марія Андерсон"}},
		{"two candidates: міністра and мера, genitive", "Мер Львова Андрій Садовий і міністр культури Тетяна Бережна оглянули пошкоджений собор. За словами міністра, реставрація триватиме два роки.",
			[]string{"R міністра -> Тетяна Бережна", "S реставрація триватиме два роки -> Тетяна Бережна"}},

		// він and вона as subjects.
		{"pronoun subject: Він, next sentence, sole man", "Голова Полтавської ОВА Володимир Когут відвідав прикордонні громади. Він пообіцяв відновити зруйновані мости.",
			[]string{"R Він -> Володимир Когут"}},
		{"pronoun subject: Вона, next sentence, sole woman", "Голова Одеської обласної ради Ірина Савчук відкрила сесію. Вона запропонувала перенести розгляд бюджету.",
			[]string{"R Вона -> Ірина Савчук"}},
		{"pronoun subject: Він, next paragraph", "Мер Харкова Ігор Терехов розповів про наслідки обстрілу.\n\nВін додав, що в місті пошкоджено 20 будинків.",
			[]string{"R Він -> Ігор Терехов"}},
		{"pronoun subject: Вона, next paragraph", "Олена Бондар, заступниця міністра оборони, провела брифінг.\n\nВона повідомила, що армія отримала нові дрони.",
			[]string{"R Вона -> Олена Бондар", "T Олена Бондар = заступниця міністра оборони"}},
		{"pronoun subject: Він, a woman the subject before, the man her object", "Депутатка Ірина Савчук звернулася до голови ОВА Віталія Кравця з проханням відремонтувати міст. Він пообіцяв знайти кошти.",
			[]string{"R Він -> Віталій Кравець"}},
		{"pronoun subject: Вона, a man the subject before, the woman his object", "Мер Ужгорода Богдан Андріїв привітав Марину Лисенко з перемогою на олімпіаді. Вона подякувала вчителям.",
			[]string{"R Вона -> Марина Лисенко"}},
		{"pronoun subject: вона after a cue, rival man", "Посол Ірландії Ніамх Мак-Маон зустрілася з мером Ірпеня Олександром Маркушиним. «Ми допоможемо відбудувати бібліотеку», – сказала вона.",
			[]string{"R вона -> Ніамх Мак-Маон"}},
		{"pronoun subject: він after a cue, rival woman", "Міністр цифрової трансформації Михайло Федоров презентував застосунок разом з Оленою Бондар. «Це зекономить час мільйонам людей», – сказав він.",
			[]string{"R він -> Михайло Федоров"}},
		{"pronoun subject: Він two sentences on, rival woman between", "Прокурор Андрій Ткачук оскаржив вирок. Суддя Оксана Кушнір відмовила у задоволенні скарги. Він заявив, що піде до Верховного суду.",
			[]string{"R Він -> Андрій Ткачук"}},
		{"pronoun subject: Вона two sentences on, rival man between", "Слідча Тетяна Романюк передала справу до суду. Адвокат Петро Осадчий назвав обвинувачення безпідставним. Вона наполягає на арешті підозрюваного.",
			[]string{"R Вона -> Тетяна Романюк"}},
		{"pronoun subject: Він with a body between", "Голова Держгеокадастру Роман Панчук звільнився. Кабінет міністрів прийняв його відставку. Він очолював відомство два роки.",
			[]string{"R Він -> Роман Панчук"}},
		{"pronoun subject: Вона with a body the subject before", "Директорка заводу Людмила Ткач розповіла про скорочення. Компанія зупинила дві лінії. Вона сподівається відновити виробництво навесні.",
			[]string{"R Вона -> Людмила Ткач"}},

		// Oblique pronouns: no entity mention, but a speaker or a side.
		{"pronoun oblique: за його словами", "Голова Сумської ОВА Олег Григоров розповів про евакуацію. За його словами, з прикордоння вивезли 300 дітей.",
			[]string{"S з прикордоння вивезли 300 дітей -> Олег Григоров", "R його -> -"}},
		{"pronoun oblique: за її словами", "Уповноважена з прав дитини Дарія Герасимчук повідомила про повернення дітей. За її словами, додому повернулися 15 підлітків.",
			[]string{"S додому повернулися 15 підлітків -> Дарія Герасимчук", "R її -> -"}},
		{"pronoun oblique: на її думку", "Економістка Марина Лисенко прокоментувала рішення Нацбанку. На її думку, інфляція сповільниться до літа.",
			[]string{"S інфляція сповільниться до літа -> Марина Лисенко"}},
		{"pronoun oblique: на його думку", "Політолог Василь Кравець проаналізував результати виборів у Польщі. На його думку, новий уряд не змінить курс.",
			[]string{"S новий уряд не змінить курс -> Василь Кравець"}},
		{"pronoun oblique: як зазначила вона", "Міністерка культури Тетяна Бережна відкрила виставку. Як зазначила вона, експозиція триватиме до травня.",
			[]string{"S експозиція триватиме до травня -> Тетяна Бережна"}},
		{"pronoun oblique: як наголосив він", "Посол Британії Мартін Гарріс відвідав Херсон. Як наголосив він, Лондон профінансує розмінування.",
			[]string{"S Лондон профінансує розмінування -> Мартін Гарріс"}},
		{"pronoun oblique: з ним, an event's side", "Посол Канади Андрій Мельник прибув до Житомира. Голова ОВА Віталій Бунечко зустрівся з ним у будівлі адміністрації.",
			[]string{"E CONSULT has Андрій Мельник"}},
		{"pronoun oblique: з нею, an event's side", "Єврокомісарка Марта Кос прибула до Львова. Мер Андрій Садовий провів з нею переговори.",
			[]string{"E CONSULT has Марта Кос"}},
		{"pronoun oblique: йому, a dative recipient", "Волонтер Богдан Левчук зібрав кошти на три пікапи. Командир бригади подякував йому за допомогу.",
			[]string{"E SUPPORT has Богдан Левчук"}},
		{"pronoun oblique: їй, a dative recipient", "Лікарка Галина Зайченко врятувала двох поранених. Мер міста вручив їй нагороду.",
			[]string{"R їй -> -"}},
		{"pronoun owner: її заступник", "Міністерка соціальної політики Оксана Кушнір перебуває у відрядженні. Її заступник Петро Осадчий заявив, що виплати не затримають.",
			[]string{"S виплати не затримають -> Петро Осадчий", "R Її -> -"}},
		{"pronoun owner: його речник", "Президент Чехії Петр Павел відвідав Прагу після лікування. Його речник Ян Главач повідомив, що президент почувається добре.",
			[]string{"S президент почувається добре -> Ян Главач", "R Його -> -"}},

		// Titles before the name, in every case.
		{"title before: nominative, man", "Міністр оборони України Олексій Ткаченко заявив про нові поставки зброї.",
			[]string{"T Олексій Ткаченко = міністр оборони України"}},
		{"title before: nominative, woman with a masculine title", "Міністр економіки Юлія Гайова підписала меморандум з інвесторами.",
			[]string{"T Юлія Гайова = міністр економіки"}},
		{"title before: genitive, man", "За словами міністра оборони України Олексія Ткаченка, армія отримає нові танки.",
			[]string{"T Олексій Ткаченко = міністр оборони України"}},
		{"title before: genitive, woman", "Заяву очільниці Мінекономіки Юлії Гайової оприлюднили на сайті відомства.",
			[]string{"T Юлія Гайова = очільниця Мінекономіки"}},
		{"title before: dative, man", "Мешканці передали петицію меру Львова Андрієві Садовому.",
			[]string{"T Андрій Садовий = мер Львова"}},
		{"title before: dative, woman", "Нагороду вручили заступниці міністра фінансів Марині Лисенко.",
			[]string{"T Марина Лисенко = заступниця міністра фінансів"}},
		{"title before: instrumental, man", "Президент провів переговори з прем'єр-міністром Польщі Дональдом Туском.",
			[]string{"T Дональд Туск = прем'єр-міністр Польщі"}},
		{"title before: instrumental, woman", "Депутати зустрілися з головою Бучанської громади Людмилою Ткач.",
			[]string{"T Людмила Ткач = голова Бучанської громади"}},
		{"title before: accusative, man", "Парламент звільнив генерального прокурора Андрія Костіна.",
			[]string{"T Андрій Костін = генеральний прокурор"}},
		{"title before: accusative, woman", "Журналісти запитали речницю МЗС Тетяну Романюк про візит.",
			[]string{"T Тетяна Романюк = речниця МЗС"}},
		{"title before: locative, man", "Уся відповідальність лежить на міністрові енергетики Вікторові Шевчуку.",
			[]string{"T Віктор Шевчук = міністр енергетики"}},
		{"title before: with a country, глава уряду", "Глава уряду Польщі Дональд Туск прибув до Ряшева.",
			[]string{"T Дональд Туск = глава уряду Польщі"}},
		{"title before: генеральний секретар НАТО", "Генеральний секретар НАТО Марк Рютте закликав збільшити витрати на оборону.",
			[]string{"T Марк Рютте = генеральний секретар НАТО"}},
		{"title before: посол with a posting", "Посол України в Польщі Василь Зварич вручив нагороди волонтерам.",
			[]string{"T Василь Зварич = посол України в Польщі"}},
		{"title before: rank and post", "Речник Сухопутних військ полковник Дмитро Яковенко розповів про втрати ворога.",
			[]string{"T Дмитро Яковенко = речник Сухопутних військ; полковник"}},
		{"title before: body in guillemets", "Генеральний директор компанії «Агротек» Віктор Шевчук оголосив про будівництво заводу.",
			[]string{"T Віктор Шевчук = генеральний директор компанії «Агротек»; ?генеральний директор"}},

		// Titles after the name.
		{"title after: commas, man", "Олексій Ткаченко, міністр оборони, заявив про нові поставки зброї.",
			[]string{"T Олексій Ткаченко = міністр оборони"}},
		{"title after: commas, woman", "Ірина Савчук, заступниця міністра фінансів, повідомила про нову програму.",
			[]string{"T Ірина Савчук = заступниця міністра фінансів"}},
		{"title after: dashes, man", "Андрій Ткачук – голова Житомирської ОВА – оголосив про евакуацію.",
			[]string{"T Андрій Ткачук = голова Житомирської ОВА"}},
		{"title after: dashes, woman", "Оксана Кушнір – директорка ліцею – розповіла про укриття.",
			[]string{"T Оксана Кушнір = директорка ліцею"}},
		{"title after: at the sentence's end, man", "Про це повідомив Роман Панчук, голова Вінницької ОВА.",
			[]string{"T Роман Панчук = голова Вінницької ОВА"}},
		{"title after: at the sentence's end, woman", "Про це розповіла Галина Зайченко, головна лікарка обласної лікарні.",
			[]string{"T Галина Зайченко = головна лікарка обласної лікарні"}},
		{"title after: genitive name in apposition", "Заяву Петра Осадчого, голови Полтавської обласної ради, розкритикували депутати.",
			[]string{"T Петро Осадчий = голова Полтавської обласної ради"}},
		{"title after: a relative clause gives none", "Ігор Мельник, який очолює комітет з питань енергетики, виступив проти законопроєкту.",
			[]string{"T Ігор Мельник ="}},

		// Chained, joined and former titles.
		{"title chained: заступник голови ОП", "Заступник голови Офісу Президента Роман Панчук відвідав Херсон.",
			[]string{"T Роман Панчук = заступник голови Офісу Президента"}},
		{"title chained: начальниця управління міськради", "Начальниця управління освіти Вінницької міської ради Оксана Кушнір розповіла про підготовку шкіл.",
			[]string{"T Оксана Кушнір = начальниця управління освіти Вінницької міської ради"}},
		{"title chained: перший заступник міністра", "Перший заступник міністра внутрішніх справ Богдан Левчук прибув на місце вибуху.",
			[]string{"T Богдан Левчук = перший заступник міністра внутрішніх справ"}},
		{"title chained: член наглядової ради", "Член наглядової ради Укрзалізниці Марина Лисенко подала у відставку.",
			[]string{"T Марина Лисенко = член наглядової ради Укрзалізниці"}},
		{"title joined: two by a dash", "Перший віцепрем'єр-міністр – міністр економіки Сергій Дорошенко представив план відновлення.",
			[]string{"T Сергій Дорошенко = перший віцепрем'єр-міністр; міністр економіки; ?перший віцепрем'єр-міністр – міністр економіки"}},
		{"title joined: two by і", "Засновник і генеральний директор компанії «Агротек» Віктор Шевчук розповів про експорт.",
			[]string{"T Віктор Шевчук = засновник; генеральний директор компанії «Агротек»; ?засновник компанії «Агротек»; ?засновник і генеральний директор компанії «Агротек»; ?генеральний директор"}},
		{"title former: колишній, before", "Колишній міністр охорони здоров'я Віктор Ляшко очолив медичну раду.",
			[]string{"T Віктор Ляшко = колишній міністр охорони здоров'я"}},
		{"title former: колишня, after with commas", "Тетяна Романюк, колишня посолка України в Австрії, презентувала книжку.",
			[]string{"T Тетяна Романюк = колишня посолка України в Австрії"}},
		{"title former: екс-, before in the body", "Екс-міністр оборони Андрій Загороднюк закликав посилити ППО.",
			[]string{"T Андрій Загороднюк = екс-міністр оборони"}},
		{"title former: колишній, genitive", "Слідчі допитали колишнього мера Одеси Геннадія Труханова.",
			[]string{"T Геннадій Труханов = колишній мер Одеси"}},
		{"title in a predicate: optional", "Уряд призначив Ірину Савчук заступницею міністра фінансів.",
			[]string{"T Ірина Савчук = ?заступниця міністра фінансів"}},
		{"title in a predicate: optional, genitive of post", "Кабмін звільнив Романа Панчука з посади голови Держгеокадастру.",
			[]string{"T Роман Панчук = ?голова Держгеокадастру"}},

		// Look-alikes: roles and pronouns that stand for no one named.
		{"look-alike: a new minister not appointed", "Міністр фінансів Сергій Марченко представив бюджет. Новий міністр оборони ще не призначений.",
			[]string{"R Новий міністр оборони -> -"}},
		{"look-alike: a role before the name", "Міністр прибув до Києва вранці. Міністр закордонних справ Литви Кестутіс Будріс зустрівся з Андрієм Сибігою.",
			[]string{"R Міністр -> -"}},
		{"look-alike: a plural role for two", "Міністр освіти Оксен Лісовий і міністерка культури Тетяна Бережна відвідали Харків. Посадовці оглянули підземну школу.",
			[]string{"R Посадовці -> -"}},
		{"look-alike: an unnamed holder of an office", "Мер Бердичева подав у відставку. Мер пояснив своє рішення станом здоров'я.",
			[]string{"R Мер#2 -> -"}},
		{"look-alike: він for a bill", "Депутат Ігор Мельник зареєстрував законопроєкт про ринок землі. Він передбачає заборону продажу землі іноземцям.",
			[]string{"R Він -> -"}},
		{"look-alike: вона for a programme", "Кіра Рудик представила програму партії «Голос». Вона передбачає зниження податків для малого бізнесу.",
			[]string{"R Вона -> -"}},
		{"look-alike: він for an unnamed driver", "Начальник поліції області Олег Марчук розповів про нічну погоню. Патрульні зупинили 25-річного водія. Він був у стані сп'яніння.",
			[]string{"R Він -> -"}},
		{"look-alike: вона for an unnamed woman", "Голова ДСНС області Андрій Ткачук розповів про пожежу. Рятувальники винесли з будинку 80-річну пенсіонерку. Вона отримала опіки.",
			[]string{"R Вона -> -"}},
		{"look-alike: a generic він in a quote", "Міністр внутрішніх справ Ігор Клименко прокоментував нові штрафи. «Якщо водій порушить правила, він заплатить удвічі більше», – сказав Клименко.",
			[]string{"R він -> -"}},
		{"look-alike: a generic кожен міністр", "Прем'єр-міністерка Юлія Свириденко провела засідання уряду. Кожен міністр має звітувати щомісяця.",
			[]string{"R міністр -> -"}},
		{"look-alike: kinship word", "Волонтерка Ганна Зайченко передала бригаді пікап. Мати загиблого бійця подякувала волонтерам.",
			[]string{"R Мати -> -"}},
		{"look-alike: a role word in a headline before the name", "Міністр пообіцяв новий міст\n\nМіністр інфраструктури Андрій Ткачук відвідав Ужгород.",
			[]string{"R Міністр -> -"}},
	}
	censusResolve(t, p, tests, time.Time{})
}

// censusResolve scores the census with scoreRate, each case right when
// every want line is what the extraction gives, and counts by group (the
// name before its colon) for both halves; the check half's counts only.
func censusResolve(t *testing.T, p *pipeline.Pipeline, tests []construction, pub time.Time) {
	t.Helper()
	type tally struct{ study, studyRight, check, checkRight int }
	var order []string
	by := map[string]*tally{}
	index := map[string]int{}
	for i, tt := range tests {
		index[tt.name+"\x00"+tt.text] = i
	}
	scoreRate(t, tests, 0, func(tt construction) ([]string, bool) {
		x := p.Extract(tt.text, pub)
		var got []string
		for _, w := range tt.want {
			got = append(got, resolveLine(tt.text, x, w))
		}
		ok := strings.Join(got, "\n") == strings.Join(tt.want, "\n")
		group, _, _ := strings.Cut(tt.name, ":")
		c := by[group]
		if c == nil {
			c = &tally{}
			by[group] = c
			order = append(order, group)
		}
		if index[tt.name+"\x00"+tt.text]%2 == 0 {
			c.study++
			if ok {
				c.studyRight++
			}
		} else {
			c.check++
			if ok {
				c.checkRight++
			}
		}
		return got, ok
	})
	for _, g := range order {
		c := by[g]
		t.Logf("group %-20s study %d/%d, check %d/%d", g, c.studyRight, c.study, c.checkRight, c.check)
	}
}

// resolveLine gives what x says for the want line w of text: w itself
// when x agrees, else the same question answered as x answers it.
func resolveLine(text string, x *vistka.Extraction, w string) string {
	switch {
	case strings.HasPrefix(w, "T "):
		return titleLine(x, w)
	case strings.HasPrefix(w, "R "):
		return mentionLine(text, x, w)
	case strings.HasPrefix(w, "S "):
		what, _, _ := strings.Cut(strings.TrimPrefix(w, "S "), " -> ")
		for _, q := range x.Quotes {
			if strings.Contains(q.Text, what) {
				return "S " + what + " -> " + censusEntityName(x, q.Speaker)
			}
		}
		return "S " + what + " -> (no quote)"
	case strings.HasPrefix(w, "E "):
		typ, who, _ := strings.Cut(strings.TrimPrefix(w, "E "), " has ")
		var seen []string
		for _, ev := range x.Events {
			if ev.Type != typ {
				continue
			}
			for _, id := range append(slices.Clone(ev.Actors), ev.Recipients...) {
				if censusEntityName(x, id) == who {
					return w
				}
			}
			seen = append(seen, eventString(x, ev))
		}
		return "E " + typ + " has - [" + strings.Join(seen, " / ") + "]"
	}
	return "bad want line " + w
}

// censusEntityName is the name of entity id, or id itself when no entity has
// it (a speaker given as a phrase), or "-".
func censusEntityName(x *vistka.Extraction, id string) string {
	if id == "" {
		return "-"
	}
	for _, e := range x.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	return id
}

// titleLine answers `T Name = t1; ?t2`: right when every required title is
// given and every title given is required or optional.
func titleLine(x *vistka.Extraction, w string) string {
	who, list, _ := strings.Cut(strings.TrimPrefix(w, "T "), " =")
	need, may := map[string]bool{}, map[string]bool{}
	for _, t := range strings.Split(list, ";") {
		t = strings.TrimSpace(t)
		switch {
		case t == "":
		case strings.HasPrefix(t, "?"):
			may[strings.TrimPrefix(t, "?")] = true
		default:
			need[t] = true
		}
	}
	for _, e := range x.Entities {
		if e.Type != "PERS" || e.Name != who {
			continue
		}
		var given []string
		ok := true
		have := map[string]bool{}
		for _, t := range e.Titles {
			t = lowerFirstRune(t)
			given = append(given, t)
			have[t] = true
			if !need[t] && !may[t] {
				ok = false
			}
		}
		for t := range need {
			if !have[t] {
				ok = false
			}
		}
		if ok {
			return w
		}
		return "T " + who + " = " + strings.Join(given, "; ")
	}
	return "T " + who + " = (no entity)"
}

// mentionLine answers `R text#n -> Name` by the gold scorer's rule: the
// entity of the mention overlapping the occurrence most, of two the
// shorter; for `-> -`, right when no pronoun or title mention overlaps it.
func mentionLine(text string, x *vistka.Extraction, w string) string {
	q, want, _ := strings.Cut(strings.TrimPrefix(w, "R "), " -> ")
	word, nth := q, 1
	if i := strings.LastIndex(q, "#"); i > 0 {
		word = q[:i]
		nth = 0
		for _, r := range q[i+1:] {
			nth = nth*10 + int(r-'0')
		}
	}
	start := wordAt([]rune(text), []rune(word), nth)
	if start < 0 {
		return "R " + q + " -> (not in text)"
	}
	end := start + len([]rune(word))
	best, bestLen, got := 0, 0, "-"
	for _, e := range x.Entities {
		if e.Type != "PERS" && e.Type != "ORG" && e.Type != "LOC" {
			continue
		}
		for _, m := range e.Mentions {
			if want == "-" && m.Kind != "pronoun" && m.Kind != "title" {
				continue
			}
			ov := overlap(start, end, m.Start, m.End)
			if ov > best || ov == best && ov > 0 && m.End-m.Start < bestLen {
				best, bestLen, got = ov, m.End-m.Start, e.Name
				if want == "-" {
					got += " (" + m.Kind + " " + m.Text + ")"
				}
			}
		}
	}
	return "R " + q + " -> " + got
}

// wordAt is the rune offset of the nth whole-word occurrence of word in
// text, or -1.
func wordAt(text, word []rune, nth int) int {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' }
	for i := 0; i+len(word) <= len(text); i++ {
		if string(text[i:i+len(word)]) != string(word) {
			continue
		}
		if i > 0 && isWord(text[i-1]) || i+len(word) < len(text) && isWord(text[i+len(word)]) {
			continue
		}
		nth--
		if nth == 0 {
			return i
		}
	}
	return -1
}
