package pipeline_test

import (
	"testing"
	"time"
)

// The rarer types in the shapes counted over the corpus in session 48
// (helper h48h): captives a side gives back, forces exercised jointly,
// units and warships sent or stationed, demands yielded to, joint
// operations and patrols; the sentences are our own.
func TestRareTypesS48h(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"captives returned by the side that held them; bodies given back are none",
			"Під час обміну Росія повернула 120 українських захисників. Того ж дня сторони повернули тіла 500 загиблих військових.",
			[]string{"RETREAT/release Росія → 120 українських захисників"}},
		{"defenders freed; a court that returns a complaint to the defence lawyer releases no one",
			"Тоді з полону вдалося звільнити 95 захисників. Суд повернув захиснику апеляційну скаргу.",
			[]string{"RETREAT/release  → 95 захисників"}},
		{"captives brought home: the subject receives them",
			"Україна в середу повернула додому 140 військовослужбовців.",
			[]string{"RETREAT/release  → Україна,140 військовослужбовців"}},
		{"a joint command-staff exercise begun is a show of force; a school's lessons begun are none",
			"Росія та Білорусь у понеділок розпочали спільні командно-штабні навчання біля кордону. Ліцей розпочав навчання у нових класах.",
			[]string{"MOBILIZE Росія,Білорусь → "}},
		{"a battalion stationed, a warship sent",
			"Литва розмістить на кордоні ще один батальйон. Велика Британія відправила до Середземного моря есмінець.",
			[]string{"MOBILIZE Литва →  [future]", "MOBILIZE Велика Британія →  @Середземне море"}},
		{"an indeclinable body right after у відповідь is the subject, not the answer's owner",
			"У відповідь НАТО підняло в повітря чотири винищувачі.",
			[]string{"MOBILIZE НАТО → "}},
		{"a government that agrees to the protesters' demands yields; terms of a loan agreed stay an accord",
			"Після тижня блокад уряд погодився на вимоги аграріїв. Міністерство погодилося на умови кредиту.",
			// (session 55: those whose demands are met are the side yielded to)
			[]string{"CONCEDE уряд → аграрії", "AGREE Міністерство → "}},
		{"a joint operation or patrol of two forces; a joint press conference is none",
			"Прикордонники Польщі та Литви провели спільне патрулювання кордону. Сторони провели спільну пресконференцію.",
			[]string{"COOPERATE Прикордонники Польщі та Литви → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Threats in forms of world news: the imperfective пригрожувати, threats
// or blackmail resorted to, an answer in kind with its manner before the
// verb, and an answer promised to a hostile act; an answer to a question
// or a letter is none.
func TestThreatShapesS48h(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the imperfective of пригрозити",
			"Прем'єр Угорщини пригрожує Брюсселю вето.",
			[]string{"THREATEN Прем'єр Угорщини → Брюссель"}},
		{"threats and blackmail resorted to",
			"Пхеньян вдався до погроз на адресу Сеула. Москва знову вдається до ядерного шантажу.",
			[]string{"THREATEN Пхеньян → Сеул", "THREATEN Москва → "}},
		{"an answer in kind promised, the manner before the verb",
			"Тегеран пообіцяв жорстко відповісти на нові санкції.",
			[]string{"THREATEN Тегеран → "}},
		{"an answer promised to a hostile act; an answer to a letter or a question is none",
			"Міністр оборони заявив, що Мінськ відповість на будь-яку агресію. Уряд відповість на лист профспілки до п'ятниці. Посол відповів на запитання журналістів.",
			[]string{"THREATEN Мінськ →  [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Countermeasures promised or to be taken need no adjective, and a blow
// held over an attack ("у разі нападу") is a threat besides the blow; aid
// received in such a case is none.
func TestThreatCounterS48h(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"countermeasures to be taken",
			"Токіо вживе контрзаходів.",
			[]string{"THREATEN Токіо →  [future]"}},
		{"countermeasures promised",
			"Анкара пообіцяла рішучі контрзаходи.",
			[]string{"THREATEN Анкара → "}},
		{"a blow held over an attack; aid received in such a case threatens nothing",
			"Міністр заявив, що Мінськ завдасть удару по Вільнюсу у разі нападу. Литва отримає допомогу союзників у разі агресії.",
			[]string{"ASSAULT Мінськ → Вільнюс @Вільнюс [future]", "THREATEN Мінськ →  @Вільнюс", "AID  → Литва [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
