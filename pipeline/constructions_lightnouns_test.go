package pipeline_test

import (
	"testing"
	"time"
)

// Event nouns with the light verbs news tells them with, type by type
// (see lightNouns in event/trigger.go); the sentences are our own.

func TestLightNounsDiplomacy(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"talks begun",
			"Україна і Туреччина розпочали переговори про зону вільної торгівлі.",
			[]string{"CONSULT/meet Україна,Туреччина → "}},
		{"consultations held with a partner; advice given is none",
			"Кулеба провів консультації з Блінкеном. Юрист проводить консультації для громадян.",
			[]string{"CONSULT/meet Кулеба → Блінкен"}},
		{"a visit left for",
			"Кулеба відбув з візитом до Варшави.",
			[]string{"CONSULT/visit Кулеба → Варшава @Варшава"}},
		{"a meeting held with its sides after за участі, за участю",
			"Зустріч відбулася за участі Зеленського та Макрона. Переговори пройшли за участю прем'єр-міністра Польщі Дональда Туска та канцлера Німеччини Фрідріха Мерца. Конференція пройшла за участі 300 експертів.",
			[]string{"CONSULT/meet Зеленський,Макрон → ", "CONSULT/meet Дональд Туск,Фрідріх Мерц → "}},
		{"one taking part alone is a third party to the meeting told before",
			"Делегації України та Росії провели переговори у Стамбулі. Зустріч відбулася за участі міністра закордонних справ Туреччини Хакана Фідана.",
			[]string{"CONSULT/meet Україна,Росія →  @Стамбул"}},
		{"an agreement reached, with the lemma досягнути too; success reached is none",
			"Між Україною та Польщею досягнуто згоди щодо транзиту. Україна і Молдова досягнули домовленості про енергетику. Компанія досягнула успіху.",
			[]string{"AGREE Україна,Польща → ", "AGREE Україна,Молдова → "}},
		{"a visit begun",
			"Сибіга розпочав візит до Індії.",
			[]string{"CONSULT/visit Сибіга → Індія @Індія"}},
		{"support stated right after про; the need of it is none",
			"Шольц заявив про підтримку України. Макрон заявив про необхідність підтримки України.",
			[]string{"SUPPORT Шольц → Україна"}},
		{"greetings and condolences sent or passed on",
			"Макрон надіслав привітання Зеленському. Голова ОДА передав подяку рятувальникам.",
			[]string{"SUPPORT Макрон → Зеленський", "SUPPORT Голова ОДА → рятувальники"}},
		{"an apology made; a film's is none",
			"Міністр приніс вибачення мешканцям Дніпра. Фільм приніс вибачення.",
			[]string{"CONCEDE Міністр → мешканці Дніпра"}},
		{"prisoners exchanged; experience exchanged is none",
			"Україна та Росія провели обмін полоненими в Стамбулі. Школа провела обмін досвідом з колегами.",
			[]string{"RETREAT/release Україна,Росія →  @Стамбул"}},
		{"an exchange of prisoners that took place, its sides after між; an exchange of views is none",
			"Відбувся обмін полоненими між Україною та Росією. Відбувся обмін думками між делегаціями України та Польщі. Під час обміну полоненими захисники повернулися додому.",
			[]string{"RETREAT/release Україна,Росія → "}},
		{"a request sent or filed; one not sent is none",
			"Депутат Петренко направив запит до Генпрокуратури. Україна не направляла запит до США.",
			[]string{"REQUEST Петренко → Генпрокуратура"}},
		{"a request voiced, a call made",
			"Мер висловив прохання до уряду. Лукашенко виступив із закликом до Польщі відкрити кордон.",
			[]string{"REQUEST Мер → уряд", "REQUEST Лукашенко → Польща"}},
		{"a note of protest sent accuses; a note with a demand asks",
			"МЗС України направило ноту протесту Угорщині. Консульство надіслало організаторам ноту з вимогою прибрати мапу.",
			[]string{"ACCUSE МЗС України → Угорщина", "REQUEST  → організатори"}},
		{"condemnation voiced",
			"Партія висловила засудження дій уряду.",
			[]string{"ACCUSE Партія → "}},
		{"threats voiced, an ultimatum set",
			"Медведєв висловив погрози на адресу Польщі. Лукашенко виступив з погрозами на адресу Литви. Росія поставила Україні ультиматум. Росія пред'явила ультиматум Молдові.",
			[]string{"THREATEN Медведєв → Польща", "THREATEN Лукашенко → Литва", "THREATEN Росія → Україна", "THREATEN Росія → Молдова"}},
		{"a withdrawal of troops begun or finished; money withdrawn is none",
			"Росія завершила виведення військ з Молдови. Фірма розпочала виведення коштів в офшори.",
			[]string{"RETREAT Росія →  @Молдова"}},
		{"sanctions fallen under are done to the subject, by the one named after them; a crash fallen into is none",
			"Компанія «Дельта» потрапила під санкції США. Росія потрапила під нові санкції ЄС. Водій потрапив у ДТП.",
			[]string{"SANCTION США → Дельта", "SANCTION ЄС → Росія"}},
		{"sanctions against a side named first, with no one or with someone imposing them",
			"Проти Росії запроваджено нові санкції. Проти Ірану США запровадили нові санкції.",
			[]string{"SANCTION  → Росія", "SANCTION США → Іран"}},
		{"mobilisation held",
			"Росія провела часткову мобілізацію.",
			[]string{"MOBILIZE Росія → "}},
		{"a detention made",
			"Поліція здійснила затримання двох підозрюваних.",
			[]string{"COERCE Поліція → двоє підозрюваних"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestLightNounsAssault(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a strike dealt with нанести, an air strike with завдати",
			"Росія нанесла ракетний удар по Дніпру. Окупанти завдали авіаудару по Запоріжжю.",
			[]string{"ASSAULT Росія → Дніпро @Дніпро", "ASSAULT Окупанти → Запоріжжя @Запоріжжя"}},
		{"a strike told as the cause of deaths, with either spelling of внаслідок",
			"Унаслідок удару КАБом по Краснопіллю загинула жінка. Внаслідок обстрілу Херсона загинули двоє людей.",
			[]string{"ASSAULT  → Краснопілля @Краснопілля", "ASSAULT  → Херсон @Херсон"}},
		{"a blow suffered is done to the subject; losses suffered are none",
			"Київ зазнав масованої атаки російських дронів. Компанія зазнала збитків.",
			[]string{"ASSAULT  → Київ @Київ"}},
		{"an offensive begun, planned, led; one on a class of people is none",
			"Росія планує розпочати наступ на Харків. ЗСУ ведуть наступ на Курщині. Влада почала новий наступ на селянство.",
			[]string{"ASSAULT Росія → Харків @Харків [future]", "ASSAULT ЗСУ →  @Курщина"}},
		{"a counteroffensive gone over to or begun where it is; a schedule gone over to is none",
			"ЗСУ перейшли в контрнаступ на Харківщині. Українські війська розпочали контрнаступ на півдні. Компанія перейшла на новий графік.",
			[]string{"ASSAULT ЗСУ →  @Харківщина", "ASSAULT Українські війська → "}},
		{"shelling kept up, an assault made",
			"Російські війська вели обстріл Нікополя. Ворог провів штурм Авдіївки.",
			[]string{"ASSAULT Російські війська → Нікополь @Нікополь", "ASSAULT Ворог → Авдіївка @Авдіївка"}},
		{"an invasion begun; one only dated by is none",
			"Росія здійснила вторгнення в Грузію. З початку вторгнення минуло два роки. Росія розпочала вторгнення в Україну.",
			[]string{"ASSAULT Росія → Грузія @Грузія", "ASSAULT Росія → Україна @Україна"}},
		{"a terrorist attack staged",
			"Бойовики влаштували теракт у Москві.",
			[]string{"ASSAULT Бойовики →  @Москва"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
