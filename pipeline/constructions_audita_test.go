package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// Session 21's precision audit of BRUK press documents (list A): the
// causes of wrong items found there, told by sentences of our own.

func TestAuditAEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a singular який with a plural verb is its object: the subject follows the verb",
			"У селі працював монастир Святого Миколая, який у липні 2015 року розгромили бойовики.",
			[]string{"ASSAULT бойовики → "}},
		{"the same with a person named before the relative clause",
			"Мешканці згадали Павла Ковальчука, якого у 2014 році вбили окупанти.",
			[]string{"ASSAULT окупанти → "}},
		{"a singular який with a singular verb is still its subject",
			"Міністр Іван Петренко, який прибув до Львова, зустрівся з мером.",
			[]string{"CONSULT/visit Іван Петренко → Львів @Львів", "CONSULT/meet Іван Петренко → мер @Львів"}},
		{"a body's own act approved backs no one; another's initiative approved does",
			"Кабінет Міністрів України схвалив постанову про підвищення пенсій. Уряд схвалив ініціативу Міністерства освіти.",
			[]string{"SUPPORT Уряд → Міністерство освіти"}},
		{"an act approved in the passive is none either",
			"Кабінетом Міністрів схвалено постанову № 83 «Про посилення соціального захисту населення».",
			nil},
		{"views traded once are talks; accusations traded stay accusations (the sides are those named before)",
			"Міністри Польщі та Литви обмінялися думками щодо безпеки в регіоні. Сторони обмінялися звинуваченнями.",
			[]string{"CONSULT/meet Польща,Литва → ", "ACCUSE Польща,Литва → "}},
		{"each of many who would help is no event",
			"Кожний із депутатів прагнутиме допомогти виборцям свого села. Кожна родина отримає від обласного бюджету допомогу.",
			[]string{"AID  → родина [future]"}},
		{"what happened in cases (були випадки, коли …) is told in general; one case is an event",
			"У минулі роки були випадки, коли на тендерах перемагали заклади з інших областей, а батьки потім скаржилися на низьку якість послуг. Був випадок, коли поліцейський побив затриманого.",
			[]string{"ASSAULT поліцейський → затриманий"}},
		{"a contrast after the cases tells an event of its own",
			"Були випадки, коли діти скаржилися, але цього разу поліція затримала директора.",
			[]string{"COERCE поліція → директор"}},
		{"a plural вони stands for no one person named last",
			"Серед гостей буде режисер Юрій Мисак. Вони зможуть зустрітися з читачами.",
			nil},
		{"вони after a talk of two sides takes up the one who led it",
			"Прем'єрка Юлія Свириденко провела розмову з Іллею Болоджаном. Вони обговорили будівництво мосту.",
			[]string{"CONSULT/meet Юлія Свириденко → Ілля Болоджан", "CONSULT/meet Юлія Свириденко → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestAuditAQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an object put first is no connective: what is said surrounds the source",
			"Абонентів, які вже мають картки, за словами Віталія Кукси, реєструватимуть пізніше.",
			[]string{"Віталій Кукса/за словами/indirect: Абонентів, які вже мають картки, реєструватимуть пізніше"}},
		{"a connective set off by a comma is still left out",
			"Тим часом, за словами мера Олега Петренка, ремонт завершать у травні.",
			[]string{"Олег Петренко/за словами/indirect: ремонт завершать у травні"}},
		{"an і inside an aside of як stresses its verb and joins no second act",
			"Мер Іван Петренко сповістив, що міст, як він і обіцяв, відремонтували.",
			[]string{"Іван Петренко/сповістити/indirect: міст, як він і обіцяв, відремонтували"}},
		{"a second source set off after за даними passes the words on: one quote, of the data's source",
			"За даними архіву СБУ, як ідеться на сайті Центру досліджень визвольного руху, цього року до архіву звернулися на 46 відсотків більше людей.",
			[]string{"СБУ/за даними/indirect: цього року до архіву звернулися на 46 відсотків більше людей"}},
		{"one of many speaks, as written",
			"Продавчині вперто займають звичні місця. «Зручно. Тут можна швидше продати», — пояснила одна з них. «Нам більше нікуди йти», — каже один із торговців.",
			[]string{"одна з них/пояснити/direct: Зручно. Тут можна швидше продати", "один із торговців/казати/direct: Нам більше нікуди йти"}},
		{"his saying after a colon is the words of the man named last",
			"Маршал Георгій Жуков командував фронтом. Згадайте його вислів: «Солдатів не треба жаліти».",
			[]string{"Георгій Жуков/згадати/direct: Солдатів не треба жаліти"}},
		{"her phrase with no verb of speech",
			"Ольга Петренко відкрила виставку. У залі лунала її фраза: «Мистецтво має бути поруч із людьми!»",
			[]string{"Ольга Петренко/фраза/direct: Мистецтво має бути поруч із людьми!"}},
		{"a name in quotation marks right after the noun it names is no speech",
			"Громада провела марш миру «Мир. Єдність. Правда. Воля». Він пройшов через шість міст.",
			nil},
		{"an event a speech noun names before a colon with no possessive keeps no speaker of its own",
			"Учасники скандували гасло: «Україна понад усе!»",
			nil},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestAuditASources(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text string
		via        []string
	}{
		{"the fields a body deals in, listed with commas and та, are part of its name",
			"Заголовок\n\nЖитомирські спортсмени стали чемпіонами світу. Про це повідомляють у департаменті сім'ї, молоді та спорту Житомирської облдержадміністрації.",
			[]string{"департамент сім'ї, молоді та спорту Житомирської облдержадміністрації"}},
		{"a body named again by the head of its name alone is one source",
			"Заголовок\n\nКількість запитів до архівів зросла. Про це повідомляють у Центрі досліджень визвольного руху. За повідомленням Центру, запитів стало вдвічі більше.",
			[]string{"Центр досліджень визвольного руху"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			if strings.Join(x.Source.Via, "|") != strings.Join(tt.via, "|") {
				t.Errorf("via %q, want %q", x.Source.Via, tt.via)
			}
		})
	}
}
