package pipeline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// quoteString renders a quote as speaker/cue/direct: text.
func quoteString(x *vistka.Extraction, q vistka.Quote) string {
	d := "indirect"
	if q.Direct {
		d = "direct"
	}
	sp := name(x, q.Speaker)
	if sp == "" {
		sp = "?"
	}
	return sp + "/" + q.Cue + "/" + d + ": " + q.Text
}

func TestQuotes(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"after, straight quotes",
			`"Ми готові до подальшого розвитку співпраці", - сказав Володимир Зеленський.`,
			[]string{"Володимир Зеленський/сказати/direct: Ми готові до подальшого розвитку співпраці"}},
		{"after, guillemets, pronoun",
			"Міністр Дмитро Кулеба прибув до Варшави.\n«Польща залишається нашим найближчим партнером», — наголосив він.",
			[]string{"Дмитро Кулеба/наголосити/direct: Польща залишається нашим найближчим партнером"}},
		{"before, colon",
			"Ангела Меркель заявила: «Німеччина підтримує Україну у цій важкій війні».",
			[]string{"Ангела Меркель/заявити/direct: Німеччина підтримує Україну у цій важкій війні"}},
		{"low quotes",
			"Прем'єр-міністр Денис Шмигаль сказав: „Уряд виділить кошти на відбудову шкіл”.",
			[]string{"Денис Шмигаль/сказати/direct: Уряд виділить кошти на відбудову шкіл"}},
		{"indirect with що",
			"Президент Естонії Алар Каріс зазначив, що країна збільшить оборонні видатки.",
			[]string{"Алар Каріс/зазначити/indirect: країна збільшить оборонні видатки"}},
		{"за словами",
			"За словами Олени Зеленської, проєкт охопить усі області країни.",
			[]string{"Олена Зеленська/за словами/indirect: проєкт охопить усі області країни"}},
		{"наголосив на",
			"Голова МЗС Дмитро Кулеба наголосив на важливості посилення санкцій.",
			[]string{"Дмитро Кулеба/наголосити/indirect: на важливості посилення санкцій"}},
		{"name in quotes is not speech",
			"Компанія «Укрнафта» підписала договір з ТОВ «Нафтогаз».",
			nil},
		{"impersonal cue has no speaker",
			"Зазначається, що зустріч відбудеться у четвер.",
			nil},
		{"over two paragraphs",
			"Денис Шмигаль заявив:\n«Ми відновимо всі зруйновані школи до кінця року.\n«Уряд уже виділив на це кошти», — додав він.",
			[]string{"Денис Шмигаль/додати/direct: Ми відновимо всі зруйновані школи до кінця року.\n«Уряд уже виділив на це кошти"}},
		{"quote with no speaker",
			"«Це була найважча зима за десятиліття. Ми вистояли.»",
			[]string{"?//direct: Це була найважча зима за десятиліття. Ми вистояли."}},
		{"parenthetical between speaker and cue",
			"Міністр фінансів Сергій Марченко, у свою чергу, наголосив, що бюджет отримає кошти вчасно.",
			[]string{"Сергій Марченко/наголосити/indirect: бюджет отримає кошти вчасно"}},
		{"за даними with a pronoun",
			"Про удар повідомив мер Дніпра Борис Філатов.\nЗа його даними, пошкоджено три будинки.",
			[]string{"Борис Філатов/за даними/indirect: пошкоджено три будинки"}},
		{"cue after the content",
			"Енергетики відновили живлення для всіх споживачів, повідомили в компанії ДТЕК.",
			[]string{"ДТЕК/повідомити/indirect: Енергетики відновили живлення для всіх споживачів"}},
		{"йдеться у заяві",
			"«Україна не визнає жодних референдумів на окупованих територіях», – йдеться у заяві Верховної Ради.",
			[]string{"Верховна Рада/йтися/direct: Україна не визнає жодних референдумів на окупованих територіях"}},
		{"the speaker's next predicate ends the content",
			"Віктор Орбан заявив, що Угорщина не надсилатиме зброю, і закликав до переговорів.",
			[]string{"Віктор Орбан/заявити/indirect: Угорщина не надсилатиме зброю"}},
		{"як заявив X, …",
			"Як заявив міністр оборони Рустем Умєров, перші літаки вже прибули.",
			[]string{"Рустем Умєров/заявити/indirect: перші літаки вже прибули"}},
		{"на думку X, …",
			"На думку Віталія Кличка, столиця пройде зиму без відключень.",
			[]string{"Віталій Кличко/на думку/indirect: столиця пройде зиму без відключень"}},
		{"an addressee before що",
			"Мер Львова Андрій Садовий сказав журналістам, що місто відновить трамвайну лінію.",
			[]string{"Андрій Садовий/сказати/indirect: місто відновить трамвайну лінію"}},
		{"a quote written a sentence a line",
			"Мер Житомира Сергій Сухомлин розповів про плани.\n«Ми відкриємо три нові школи.\nУсі вони матимуть укриття.\nПерша запрацює у вересні», – сказав Сергій Сухомлин.",
			[]string{"Сергій Сухомлин/сказати/direct: Ми відкриємо три нові школи.\nУсі вони матимуть укриття.\nПерша запрацює у вересні"}},
		{"an unclosed mark far away pairs with nothing",
			"Компанія «Нафтогаз отримала кредит.\nУряд схвалив план.\nВін діятиме до грудня».",
			nil},
		{"a line of dialogue",
			"– Ми чекали на цей день десять років, – розповідає ветеран Петро Сидоренко.",
			[]string{"Петро Сидоренко/розповідати/direct: Ми чекали на цей день десять років"}},
		{"said in a document",
			"В ухвалі суду зазначено, що підрядник порушив умови договору.",
			[]string{"ухвала суду/зазначити/indirect: підрядник порушив умови договору"}},
		{"a quoted addressee",
			"Директор компанії Василь Ткач повідомив «Дзеркалу тижня», що роботи завершать у травні.",
			[]string{"Василь Ткач/повідомити/indirect: роботи завершать у травні"}},
		{"згідно з, за версією, зазначив про",
			"Прокурор Іван Коваль виступив у суді.\nЗгідно з його висновком, банкрутство було фіктивним.\nЗа версією слідства, гроші вивели через фіктивні фірми.\nТакож прокурор зазначив про недотримання конкурсного порядку відчуження майна.",
			[]string{"Іван Коваль/згідно з висновком/indirect: банкрутство було фіктивним",
				"слідство/за версією/indirect: гроші вивели через фіктивні фірми",
				"Іван Коваль/зазначити/indirect: про недотримання конкурсного порядку відчуження майна"}},
		{"як повідомив X with an apposition",
			"Як повідомив журналістам колишній мер Полтави, голова фракції Олександр Мамай, міст відкриють у червні.",
			[]string{"Олександр Мамай/повідомити/indirect: міст відкриють у червні"}},
		{"an opinion said as a state",
			"«Ремонт завершать до зими», – упевнений Олександр Мамай.",
			[]string{"Олександр Мамай/упевнений/direct: Ремонт завершать до зими"}},
		{"a body in the locative is no speaker when someone else speaks",
			"Обвинувачений Петро Іваненко прийшов на засідання. В суді він пояснив, що не знав про угоду.",
			[]string{"Петро Іваненко/пояснити/indirect: не знав про угоду"}},
		{"a name hanging on the speaker's noun is not the speaker",
			"Минулого тижня прокурор Запорізької області повідомив, що підозрюваний переховується за кордоном.",
			[]string{"прокурор Запорізької області/повідомити/indirect: підозрюваний переховується за кордоном"}},
		{"a quote the attribution cuts in two",
			"«Ми відбудуємо міст за рік, – сказав мер Дніпра Борис Філатов, – і відкриємо його для трамваїв».",
			[]string{"Борис Філатов/сказати/direct: Ми відбудуємо міст за рік", "Борис Філатов/сказати/direct: і відкриємо його для трамваїв"}},
		{"a dash inside a quote is no attribution",
			"«Україна – це Європа», – сказав Ростислав Шурма.",
			[]string{"Ростислав Шурма/сказати/direct: Україна – це Європа"}},
		{"a relative clause on the speaker",
			"Посол Франції Гаель Весьєр, який прибув до Одеси в понеділок, заявив, що Франція відкриє консульство.",
			[]string{"Гаель Весьєр/заявити/indirect: Франція відкриє консульство"}},
		{"role named by a country adjective",
			"У Парижі президент Франції Емманюель Макрон зустрівся з президентом Кенії Вільямом Руто.\n«Ми разом захищаємо міжнародний порядок», – сказав французький президент.",
			[]string{"Емманюель Макрон/сказати/direct: Ми разом захищаємо міжнародний порядок"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			var got []string
			for _, q := range x.Quotes {
				got = append(got, quoteString(x, q))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// eventString renders an event as TYPE/mode actors → recipients @place [aux].
func eventString(x *vistka.Extraction, ev vistka.Event) string {
	s := ev.Type
	if ev.Mode != "" {
		s += "/" + ev.Mode
	}
	s += " " + names(x, ev.Actors) + " → " + names(x, ev.Recipients)
	if ev.Place != "" {
		s += " @" + name(x, ev.Place)
	}
	if len(ev.Aux) > 0 {
		s += " [" + strings.Join(ev.Aux, ",") + "]"
	}
	return s
}

func TestEvents(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"CONSULT meet with place",
			"Володимир Зеленський зустрівся у Брюсселі з Олафом Шольцом.",
			[]string{"CONSULT/meet Володимир Зеленський → Олаф Шольц @Брюссель"}},
		{"CONSULT phone",
			"Президент Франції Емманюель Макрон провів телефонну розмову з Володимиром Зеленським.",
			[]string{"CONSULT/phone Емманюель Макрон → Володимир Зеленський"}},
		{"CONSULT third party",
			"За посередництва Туреччини Україна провела переговори з Росією.",
			[]string{"CONSULT/third-party Україна → Росія"}},
		{"CONSULT visit",
			"Прем'єр-міністр Польщі Дональд Туск прибув з візитом до Києва.",
			[]string{"CONSULT/visit Дональд Туск → Київ @Київ"}},
		{"CONSULT planned",
			"Наступного тижня Дмитро Кулеба проведе переговори з Антоні Блінкеном.",
			[]string{"CONSULT/meet Дмитро Кулеба → Антоні Блінкен [future]"}},
		{"SUPPORT thanks",
			"Денис Шмигаль подякував Японії за допомогу.",
			[]string{"SUPPORT Денис Шмигаль → Японія"}},
		{"AGREE signing",
			"Україна та Польща підписали угоду про спільне виробництво боєприпасів.",
			[]string{"AGREE Україна,Польща → "}},
		{"ACCUSE",
			"Міністерство закордонних справ України звинуватило Росію у порушенні міжнародного права.",
			[]string{"ACCUSE Міністерство закордонних справ України → Росія"}},
		{"REJECT",
			"Угорщина відхилила пропозицію Європейської комісії.",
			[]string{"REJECT Угорщина → Європейська комісія"}},
		{"THREATEN",
			"Лукашенко погрожував Литві закриттям кордону.",
			[]string{"THREATEN Лукашенко → Литва"}},
		{"SANCTION",
			"Європейський Союз запровадив нові санкції проти Росії.",
			[]string{"SANCTION Європейський Союз → Росія"}},
		{"ASSAULT",
			"Росія атакувала Одесу ударними безпілотниками.",
			[]string{"ASSAULT Росія → Одеса"}},
		{"AID",
			"Німеччина надасть Україні нову військову допомогу.",
			[]string{"AID Німеччина → Україна [future]"}},
		{"COOPERATE",
			"Україна співпрацюватиме з Данією у виробництві зброї.",
			[]string{"COOPERATE Україна → Данія [future]"}},
		{"negation",
			"Віктор Орбан не підтримав рішення Європейської ради.",
			[]string{"SUPPORT Віктор Орбан → Європейська рада [negation]"}},
		{"a headline and its lead tell one event",
			"Канада передасть Україні допомогу\n\nКанада у вівторок передасть Україні нову допомогу.",
			[]string{"AID Канада → Україна [future]"}},
		{"coordinated subjects with titles",
			"Президент Литви Гітанас Науседа і президент Латвії Едгарс Рінкевичс підписали спільну декларацію.",
			[]string{"AGREE Гітанас Науседа,Едгарс Рінкевичс → "}},
		{"visit as a phrase of time",
			"Прем'єр-міністр Нідерландів Марк Рютте заявив про це під час візиту до Харкова.",
			[]string{"CONSULT/visit Марк Рютте → Харків @Харків"}},
		{"sanctions adopted",
			"Уряд Японії ухвалив новий пакет санкцій проти Ірану через постачання дронів.",
			[]string{"SANCTION Японія → Іран"}},
		{"a body acts for its country",
			"Уряд Канади засудив ракетний удар по Києву.",
			[]string{"ACCUSE Канада → "}},
		{"forces named by a country adjective",
			"Росія зосередила війська біля кордону. Російські війська обстріляли Сумщину.",
			[]string{"ASSAULT Росія → Сумщина"}},
		{"dative after an object",
			"Уряд Норвегії виділив на допомогу Україні 100 млн доларів.",
			[]string{"AID Норвегія → Україна"}},
		{"a pronoun subject is the last subject",
			"Прем'єр Естонії Кая Каллас привітала Олену Зеленську. Вона також закликала Європу посилити санкції.",
			[]string{"SUPPORT Кая Каллас → Олена Зеленська", "REQUEST Кая Каллас → Європа"}},
		{"hosting a person",
			"Президент Молдови Мая Санду прийняла в Кишиневі прем'єр-міністра Польщі Дональда Туска.",
			[]string{"CONSULT/meet Мая Санду → Дональд Туск @Кишинів"}},
		{"hosting a law is no meeting",
			"Парламент Молдови прийняв закон про мову.",
			nil},
		{"a bare role word for the one who holds it",
			"Президент Польщі Анджей Дуда прибув до Вільнюса. Того ж дня президент поговорив телефоном з Гітанасом Науседою.",
			[]string{"CONSULT/visit Анджей Дуда → Вільнюс @Вільнюс", "CONSULT/phone Анджей Дуда → Гітанас Науседа"}},
		{"what is discussed is no recipient",
			"Володимир Зеленський і Олаф Шольц обговорили постачання систем Patriot.",
			[]string{"CONSULT/meet Володимир Зеленський,Олаф Шольц → "}},
		{"an indeclinable object",
			"Росія звинуватила НАТО у провокаціях.",
			[]string{"ACCUSE Росія → НАТО"}},
		{"a relative clause: its own subject, or the name it hangs on",
			"Мешканці Луцька протестують проти забудови, яку схвалила міськрада. Посол Франції Гаель Весьєр, який прибув до Харкова, зустрівся з Ігорем Тереховим.",
			[]string{"CONSULT/visit Гаель Весьєр → Харків @Харків", "CONSULT/meet Гаель Весьєр → Ігор Терехов"}},
		{"the sides are the last meeting's parties",
			"Андрій Єрмак зустрівся з Джейком Салліваном. Сторони домовилися про нові поставки.",
			[]string{"CONSULT/meet Андрій Єрмак → Джейк Салліван", "AGREE Андрій Єрмак,Джейк Салліван → "}},
		{"глава держави, a country's side, and a two-word name after з",
			"Президент Польщі Анджей Дуда провів зустріч з прем'єр-міністром Японії Фуміо Кісідою. Глава держави подякував японській стороні за підтримку санкцій проти Росії.",
			[]string{"CONSULT/meet Анджей Дуда → Фуміо Кісіда", "SUPPORT Анджей Дуда → Японія"}},
		{"who receives is the recipient",
			"Україна отримала черговий транш від МВФ. Компанії взяли участь у торгах.",
			[]string{"AID МВФ → Україна"}},
		{"what a strike used is no recipient",
			"Росія обстріляла Харків з РСЗВ «Смерч».",
			[]string{"ASSAULT Росія → Харків"}},
		{"approving an allocation is aid",
			"Рада ЄС схвалила виділення Україні 50 млрд євро.",
			[]string{"AID ЄС → Україна"}},
		{"inside a quote is not an event",
			"«Ми зустрілися з Байденом у Вашингтоні», — сказав Зеленський.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
			var got []string
			for _, ev := range x.Events {
				got = append(got, eventString(x, ev))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				var sp []string
				for _, s := range x.Spans {
					sp = append(sp, s.Type+":"+s.Text+"|"+s.Lemma)
				}
				t.Errorf("got\n  %s\nwant\n  %s\nspans %v", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "), sp)
			}
		})
	}
}

func TestEntityLinking(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text string
		want       string // the entity the mentions merge into
		mentions   int
	}{
		{"a name with and without its genitive tail, and its head",
			"Кабінет Міністрів України затвердив програму. Кабінет Міністрів оприлюднив її текст. Засідання Кабінету Міністрів триватиме дві години.",
			"Кабінет Міністрів України", 3},
		{"a place opening a one-line text",
			"Норвегія виділила на допомогу Україні 100 млн доларів.",
			"Норвегія", 1},
		{"an indeclinable head keeps its tail",
			"Про це повідомили в Міноборони України.",
			"Міноборони України", 1},
		{"acronym with a tail",
			"Служба безпеки України затримала агента. Про це повідомили в СБУ.",
			"Служба безпеки України", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			for _, e := range x.Entities {
				if e.Name == tt.want {
					if len(e.Mentions) != tt.mentions {
						t.Errorf("%s has %d mentions, want %d: %+v", e.Name, len(e.Mentions), tt.mentions, e.Mentions)
					}
					return
				}
			}
			var names []string
			for _, e := range x.Entities {
				names = append(names, e.Type+":"+e.Name)
			}
			t.Errorf("no entity %q in %v", tt.want, names)
		})
	}
}

// FuzzExtract runs the whole extract path on arbitrary text: no panic, and
// every offset inside the text and matching what it says.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Як заявив міністр Дмитро Кулеба, партнери підтвердили постачання.",
		"Туск, своєю чергою, зазначив, що Варшава підтримує вступ України, але попросив Київ.",
		"«Ми готові», – йдеться у заяві МЗС України.\n«Незакрита",
		"За його даними, пошкоджено три будинки, повідомили в ДСНС.",
		"Російські війська обстріляли Харків. Уряд Канади засудив удар. Він також закликав Росію.",
		"На думку , , як заявив , що «» — \"",
	} {
		f.Add(s)
	}
	p := load(f)
	f.Fuzz(func(t *testing.T, text string) {
		// Invalid bytes come out as U+FFFD in JSON; TestBadInput covers
		// them. Here the text is valid, so texts can be compared.
		text = string([]rune(text))
		x := p.Extract(text, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
		checkOffsets(t, text, x)
	})
}

func TestAmountUnits(t *testing.T) {
	p := load(t)
	x := p.Extract("Депутати внесли понад 4 тисячі поправок. Україна отримала 2 млн снарядів. Загинули п'ятеро людей.", time.Time{})
	var got []string
	for _, a := range x.Amounts {
		got = append(got, a.Text+"="+a.Unit)
	}
	want := "понад 4 тисячі поправок=поправка|2 млн снарядів=снаряд|п'ятеро людей=людина"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}
