package pipeline_test

import (
	"testing"
	"time"
)

// TestS57TAspectPartners: the other aspect of a trigger verb names the
// same act, in the present of news as much as in the past, with its kin's
// guards (a sacrifice, a merger, a dictionary compiled, a setting).
func TestS57TAspectPartners(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"дарувати, of подарувати, gives to the dative",
			"Німеччина дарує Молдові дві пожежні машини.",
			[]string{"AID Німеччина → Молдова"}},
		{"жертвувати, of пожертвувати, gives to the dative; with the instrumental it sacrifices",
			"Литва жертвує Україні 30 мільйонів євро на ППО. Бізнесмен Ігор Сидоренко жертвував своїм часом заради громади.",
			[]string{"AID Литва → Україна"}},
		{"об'єднуватися, of об'єднатися, joins named sides; districts merged into one are none",
			"Швеція та Фінляндія об'єднуються для захисту Балтики. Райони Черкащини об'єднуються в один.",
			[]string{"COOPERATE Швеція,Фінляндія → "}},
		{"ділитися, of поділитися, shares intelligence",
			"Естонія ділиться з Україною розвідданими про російський флот.",
			[]string{"COOPERATE Естонія → Україна"}},
		{"дорікати, of дорікнути, reproaches the dative",
			"Мер Києва Віталій Кличко дорікає Кабміну бездіяльністю.",
			[]string{"ACCUSE Віталій Кличко → Кабмін"}},
		{"укладати, of укласти, makes a pact; a handbook compiled or a pact refused is none",
			"Україна укладає з Данією угоду про виробництво снарядів. Редакція укладає довідник. Україна не укладатиме угод з Росією.",
			[]string{"AGREE Україна → Данія"}},
		{"оточувати, of оточити, is forces closing in; mountains around a village are none",
			"Російські війська оточують Торецьк. Гори оточують Ворохту.",
			[]string{"ASSAULT Російські війська → Торецьк @Торецьк"}},
		{"ув'язнювати, of ув'язнити",
			"Білорусь ув'язнює опозиціонерів.",
			[]string{"COERCE Білорусь → опозиціонери"}},
		{"заморожувати, of заморозити",
			"Туреччина заморожує активи Дерипаски.",
			[]string{"SANCTION Туреччина → Дерипаска"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS57TThesaurusSynonyms: the thesaurus's synonyms of triggers, each
// in the sense news uses between named sides; the word's other common
// sense gives nothing.
func TestS57TThesaurusSynonyms(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"грозити threatens the dative; a danger to someone is none",
			"Прем'єр Словаччини Роберт Фіцо грозить Україні припиненням постачання електроенергії. Пацієнтові грозить ампутація.",
			[]string{"THREATEN Роберт Фіцо → Україна"}},
		{"грозитися threatens, and what it threatens to do is not done",
			"Президент Польщі Кароль Навроцький грозиться ветувати закон про допомогу українцям.",
			[]string{"THREATEN Кароль Навроцький → "}},
		{"застерігати про наслідки threatens; a warning of an illness is none",
			"Вашингтон застерігає Тегеран про наслідки удару по Ізраїлю. Лікарі застерігають батьків про небезпеку грипу.",
			[]string{"THREATEN Вашингтон → Тегеран"}},
		{"нарікати на a side accuses it; on a thing it names no one",
			"Перевізники нарікають на Укрзалізницю через затримки вагонів. Водії нарікають на ями.",
			[]string{"ACCUSE Перевізники → Укрзалізниця"}},
		{"порозумітися is agreeing",
			"Сербія та Косово порозумілися щодо номерних знаків.",
			[]string{"AGREE Сербія,Косово → "}},
		{"замордувати is torture to death",
			"Окупанти замордували вчителя Івана Бойка.",
			[]string{"ASSAULT Окупанти → Іван Бойко"}},
		{"наступати by forces attacks; cold that sets in is none",
			"Російські війська наступають на Покровськ. Наступають холоди.",
			[]string{"ASSAULT Російські війська → Покровськ @Покровськ"}},
		{"підбити armour attacks; summing up is none",
			"Бійці 93-ї бригади підбили російську БМП під Костянтинівкою. Мер Львова Андрій Садовий підбив підсумки тижня.",
			[]string{"ASSAULT Бійці 93-ї бригади →  @Костянтинівка"}},
		{"гнобити and утискати oppress",
			"Москва гнобить незалежних журналістів. Влада Китаю утискає уйгурів.",
			[]string{"COERCE Москва → незалежні журналісти", "COERCE Китай → уйгури"}},
		{"віднімати у people seizes; time a job takes is none",
			"Окупанти віднімають у фермерів Запоріжжя техніку. Робота віднімає у лікарів увесь час.",
			[]string{"COERCE Окупанти → "}},
		{"бастувати is a strike",
			"Шахтарі Кривого Рогу бастують через невиплату зарплати.",
			[]string{"PROTEST Шахтарі Кривого Рогу →  @Кривий Ріг"}},
		{"знехтувати a ruling defies it; a traffic light disregarded is none",
			"Угорщина знехтувала рішенням Суду ЄС. Пішохід знехтував сигналом світлофора.",
			[]string{"REJECT Угорщина → Суд ЄС"}},
		{"поздоровити congratulates",
			"Прем'єр-міністр Японії поздоровив Дональда Трампа з інавгурацією.",
			[]string{"SUPPORT Прем'єр-міністр Японії → Дональд Трамп"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS57TVerbalNouns: the verbal nouns of triggers, as the object of
// their kin's light verbs; a noun's other sense (a digression, waste, the
// power cut, a network rolled out, a police talk, a task named before)
// gives nothing.
func TestS57TVerbalNouns(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"відведення військ withdraws",
			"Ізраїль завершив відведення військ з Лівану.",
			[]string{"RETREAT Ізраїль →  @Ліван"}},
		{"відступ and відхід of forces withdraw; a digression and waste are none",
			"Українські війська почали відступ з Авдіївки. Автор зробив невеликий відступ. Російські війська завершили відхід з Херсона. Завод накопичив тонни відходів.",
			[]string{"RETREAT Українські війська →  @Авдіївка", "RETREAT Російські війська →  @Херсон"}},
		{"помилування declared releases",
			"Президент Казахстану оголосив помилування 40 засуджених.",
			[]string{"RETREAT/release Президент Казахстану → 40 засуджених"}},
		{"бомбардування begun attacks",
			"Росія розпочала бомбардування Харкова.",
			[]string{"ASSAULT Росія → Харків @Харків"}},
		{"перестрілка staged attacks",
			"Прикордонники Індії влаштували перестрілку з пакистанськими військовими.",
			[]string{"ASSAULT Прикордонники Індії → "}},
		{"катування used on people attacks",
			"Окупанти застосували катування до цивільних.",
			[]string{"ASSAULT Окупанти → "}},
		{"видворення and виключення sanction; a power cut is none",
			"Латвія оголосила про видворення російського посла. Рада Європи ухвалила виключення Росії. Енергетики оголосили про виключення світла.",
			[]string{"SANCTION Латвія → російський посол", "SANCTION Рада Європи → Росія"}},
		{"розгортання of troops mobilizes; a network rolled out is none",
			"Білорусь розпочала розгортання військ біля кордону. Компанія розпочала розгортання мережі 5G.",
			[]string{"MOBILIZE Білорусь → "}},
		{"бесіда with an official is a meeting; a police talk with teenagers is none",
			"Посол України провів бесіду з міністром закордонних справ Індії. Поліцейські провели бесіду з підлітками.",
			[]string{"CONSULT/meet Посол України → міністр закордонних справ Індії"}},
		{"пікетування held protests",
			"Профспілки провели пікетування Кабміну.",
			[]string{"PROTEST Профспілки → Кабмін"}},
		{"запрошення sent asks",
			"Президент Фінляндії надіслав Зеленському запрошення на саміт.",
			[]string{"REQUEST Президент Фінляндії → Зеленський"}},
		{"доручення given with the task asks; one named by what came before is none",
			"Мер Києва Віталій Кличко дав доручення комунальникам прибрати сніг. Відповідне доручення дав мер.",
			[]string{"REQUEST Віталій Кличко → комунальники"}},
		{"поздоровлення sent supports",
			"Міністр закордонних справ Литви надіслав поздоровлення Андрію Сибізі з днем народження.",
			[]string{"SUPPORT Міністр закордонних справ Литви → Андрій Сибіга"}},
		{"пожертвування received is aid",
			"Фонд отримав пожертвування від компанії «Київстар».",
			[]string{"AID Київстар → Фонд"}},
		{"припинення вогню declared is a ceasefire; payments stopped are none",
			"Вірменія та Азербайджан оголосили припинення вогню. Уряд оголосив припинення виплат.",
			[]string{"RETREAT Вірменія,Азербайджан → "}},
		{"скасування of restrictions concedes; flights cancelled are none",
			"Рада ЄС ухвалила скасування мит на українську сталь. Авіакомпанія оголосила про скасування рейсів.",
			[]string{"CONCEDE ЄС → "}},
		{"розміщення of troops mobilizes; bonds placed are none",
			"Росія розпочала розміщення військ у Білорусі. Банк розпочав розміщення облігацій.",
			[]string{"MOBILIZE Росія →  @Білорусь"}},
		{"взаємодія strengthened or set up is cooperation, as співпраця",
			"Литва та Україна посилили взаємодію в енергетиці. Поліція та ДСНС налагодили взаємодію.",
			[]string{"COOPERATE Литва,Україна → ", "COOPERATE Поліція,ДСНС → "}},
		{"налагодження of cooperation announced cooperates; a production set going is none",
			"Міністерство оборони Литви оголосило про налагодження співпраці з «Укроборонпромом». Завод розпочав налагодження виробництва.",
			[]string{"COOPERATE Міністерство оборони Литви → Укроборонпром"}},
		{"попередження of consequences threatens; a storm warning or a pupil warned of conduct is none",
			"Китай висловив попередження США про серйозні наслідки. Укргідрометцентр оголосив штормове попередження. Вчитель зробив учневі попередження про поведінку.",
			[]string{"THREATEN Китай → США"}},
		{"пом'якшення санкцій concedes",
			"США оголосили пом'якшення санкцій проти Білорусі.",
			[]string{"CONCEDE США → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS57TImperfectives: the imperfective of a light verb or of a verb
// read with its object reads its perfective's objects, in the present of
// news; the negated future of one is a policy, no act; a film shot is no
// restriction lifted.
func TestS57TImperfectives(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"збивати drones, as збити",
			"Сили ППО збивають російські дрони над Києвом.",
			[]string{"ASSAULT Сили ППО →  @Київ"}},
		{"посилювати санкції, as посилити",
			"Євросоюз посилює санкції проти Ірану.",
			[]string{"SANCTION Євросоюз → Іран"}},
		{"знімати обмеження, as зняти; a film shot is none",
			"Японія знімає обмеження на імпорт української продукції. Фотограф знімає фільм про війну.",
			[]string{"CONCEDE Японія → "}},
		{"повідомляти про підозру, as повідомити",
			"Прокуратура повідомляє про підозру меру Бучі.",
			[]string{"ACCUSE Прокуратура → мер Бучі"}},
		{"призупиняти допомогу, as призупинити",
			"США призупиняють допомогу Україні.",
			[]string{"SANCTION США → Україна"}},
		{"відкривати вогонь, as відкрити",
			"Окупанти відкривають вогонь по Херсону.",
			[]string{"ASSAULT Окупанти → Херсон @Херсон"}},
		{"покидати позиції, as покинути",
			"Російські війська покидають позиції під Кремінною.",
			[]string{"RETREAT Російські війська →  @Кремінна"}},
		{"оголошувати санкції, as оголосити",
			"Канада оголошує нові санкції проти Росії.",
			[]string{"SANCTION Канада → Росія"}},
		{"відновлювати постачання, затверджувати санкції, підсилювати присутність, as their perfectives",
			"Німеччина відновлює постачання зброї Україні. ЄС затверджує новий пакет санкцій проти Росії. США підсилюють присутність у Польщі.",
			[]string{"AID Німеччина → Україна", "SANCTION ЄС → Росія", "MOBILIZE США →  @Польща"}},
		{"a negated future of an imperfective is a policy",
			"Норвегія не скорочуватиме допомогу Україні. Україна не буде укладати угод з Росією.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
