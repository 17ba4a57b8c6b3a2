package pipeline_test

import (
	"testing"
	"time"
)

// TestS44ESenses: word senses of real press and books that tell no
// event between parties; the guards keep the events they look like.
func TestS44ESenses(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a decision taken, its maker named after the verb",
			"Рішення щодо перевезення потерпілого до лікарні приймає керівник Бригади.",
			nil},
		{"a guest received",
			"Володимир Зеленський прийняв у Києві президента Польщі Анджея Дуду.",
			[]string{"CONSULT/meet Володимир Зеленський → Анджей Дуда @Київ"}},
		{"an outlet's interview",
			"«Збруч» поговорив з Ігорем Павлюком про його нову книжку.",
			nil},
		{"a leader's talk",
			"Прем'єр-міністр Канади поговорив з Олафом Шольцом.",
			[]string{"CONSULT/meet Прем'єр-міністр Канади → Олаф Шольц"}},
		{"chosen to take part",
			"Минулого року Ірину Коваль і Петра Мельника відібрали для участі в місії Червоного Хреста.",
			nil},
		{"taken from someone",
			"Рейдери відібрали в фермера землю.",
			[]string{"COERCE Рейдери → "}},
		{"a town's people over a time",
			"У Луганську підтримували Майдан.",
			nil},
		{"a capital speaks",
			"У Москві відкинули звинувачення.",
			[]string{"REJECT Москва → "}},
		{"the Kremlin's threats over a time",
			"У Кремлі неодноразово погрожували країнам Балтії.",
			[]string{"THREATEN Кремль → Балтія"}},
		{"what one may not do",
			"Не можна звинувачувати журналістів у втручанні в слідство.",
			nil},
		{"a resignation after a while",
			"Голова правління відмовився через кілька днів від посади.",
			[]string{"CONCEDE Голова правління → "}},
		{"some may disagree",
			"Окремі депутати можуть не погоджуватися з урядом.",
			nil},
		{"a community disagrees with a decision",
			"Громада не погоджується з рішенням міської ради.",
			[]string{"REJECT Громада → "}},
		{"a tradition rejected",
			"Молоді поети відкидали класичну традицію.",
			nil},
		{"a school denied",
			"Художники заперечували реалізм.",
			nil},
		{"individualism condemned",
			"Футуристи засудили індивідуалізм.",
			nil},
		{"an accusation rejected",
			"Міністр відкинув звинувачення.",
			[]string{"REJECT Міністр → "}},
		{"a curtain drawn aside",
			"Марія обережно відхилила штору.",
			nil},
	}, time.Time{})
}

// TestS44EDialogue: a verb of asking, objecting or assenting that closes
// a line of speech in a dialogue tells who said it; a private invitation
// to a dance or to coffee asks nothing of a party. The guards keep a
// request told in narration and an invitation to talks.
func TestS44EDialogue(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a plea closing a line of speech",
			"– Залиш мені хоч трохи хліба, – попросила Марта.",
			nil},
		{"an objection past an adverb",
			"- Ні, - тихо заперечувала Ганна, - так не буває.",
			nil},
		{"a request told in narration",
			"Прокуратура попросила суд взяти підозрюваного під варту.",
			[]string{"REQUEST Прокуратура → суд"}},
		{"asked to dance",
			"Принц одразу запросив її до танцю.",
			nil},
		{"asked for coffee",
			"Степан запрошував панянок на каву.",
			nil},
		{"asked to talks",
			"Президент запросив прем'єра Польщі на переговори.",
			[]string{"REQUEST Президент → прем'єр Польщі"}},
	}, time.Time{})
}

// TestS44ECountedOrigin: states counted after a preposition are where the
// actors come from, not the actors; a count with its bound acts.
func TestS44ECountedOrigin(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"journalists from counted states",
			"На форумі митці, а також журналісти із 12 держав закликали до побудови спільного культурного простору.",
			[]string{"REQUEST журналісти → "}},
		{"counted states act",
			"Понад 40 країн підписали декларацію.",
			[]string{"AGREE Понад 40 країн → "}},
	}, time.Time{})
}

// TestS44EFoundShare: a kind found in a share of places or cases meets
// no one; a meeting with a partner stays.
func TestS44EFoundShare(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"found at a share of sites",
			"Вовки, лисиці й зайці зустрічалися на 35% досліджених стоянок.",
			nil},
		{"a meeting with a partner",
			"Прем'єр-міністр зустрічався з послом Японії.",
			[]string{"CONSULT/meet Прем'єр-міністр → Японія"}},
	}, time.Time{})
}

// TestS44ENormAfter: an infinitive followed by (не) можна in its clause
// tells what may or may not be done; a finite accusation stays.
func TestS44ENormAfter(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"what may not be done, told first",
			"Звинувачувати вчителів у цьому не можна.",
			nil},
		{"an accusation made",
			"Прокуратура звинуватила вчителів у хабарництві.",
			[]string{"ACCUSE Прокуратура → вчителі"}},
	}, time.Time{})
}

// TestS44EConductFound: a commission that finds a practice contrary to
// rights strikes nothing down; a court that finds a resolution contrary
// to the Constitution rejects it.
func TestS44EConductFound(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a practice found the worst",
			"Моніторингова комісія визнала практику призначення суддів у країні найгіршою в регіоні і такою, що суперечить правам людини.",
			nil},
		{"a resolution struck down",
			"Конституційний суд визнав постанову уряду такою, що не відповідає Конституції.",
			[]string{"REJECT Конституційний суд → уряд"}},
	}, time.Time{})
}
