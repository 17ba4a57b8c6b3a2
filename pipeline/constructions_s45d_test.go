package pipeline_test

import (
	"testing"
	"time"
)

// TestS45DReceivedAfterTime checks that a host who received a guest put
// first is read past a phrase of time that opens the clause (Першого дня
// візиту, Наступного дня), as past a phrase of place; what follows the
// reception keeps the town of the visit, and the outcome of talks is set
// where those talks were, not at the reception before them.
func TestS45DReceivedAfterTime(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the first day of the visit",
			"Прем'єр-міністр Польщі Дональд Туск прибув з офіційним візитом до Норвегії. Першого дня візиту його прийняв король Норвегії Гаральд.",
			[]string{"CONSULT/visit Дональд Туск → Норвегія @Норвегія", "CONSULT/meet Гаральд → Дональд Туск @Норвегія"}},
		{"the next day",
			"Президент Фінляндії Александр Стубб прибув з державним візитом до Японії. Наступного дня його прийняв імператор Японії Нарухіто.",
			[]string{"CONSULT/visit Александр Стубб → Японія @Японія", "CONSULT/meet Нарухіто → Александр Стубб @Японія"}},
		{"a law passed the next day is no reception",
			"Прем'єр-міністр Польщі Дональд Туск прибув з офіційним візитом до Норвегії. Наступного дня його прийняла Верховна Рада.",
			[]string{"CONSULT/visit Дональд Туск → Норвегія @Норвегія"}},
		{"thanks during the audience, in the town",
			"Президент Фінляндії Александр Стубб прибув до Токіо. Першого дня візиту його прийняв в Імператорському палаці імператор Японії Нарухіто. Під час аудієнції президент подякував японському народові за підтримку.",
			[]string{"CONSULT/visit Александр Стубб → Токіо @Токіо", "CONSULT/meet Нарухіто → Александр Стубб @Імператорський палац", "SUPPORT Александр Стубб → Японія @Токіо"}},
		{"the outcome of the talks, not of the reception",
			"Канцлер Австрії Карл Нехаммер прибув до Рима. Першого дня візиту його прийняв у Квіринальському палаці президент Італії Серджо Маттарелла. Наступного дня Нехаммер провів переговори з прем'єром Італії Джорджею Мелоні. За підсумками переговорів Нехаммер і Мелоні підписали угоду про співпрацю.",
			[]string{"CONSULT/visit Карл Нехаммер → Рим @Рим", "CONSULT/meet Серджо Маттарелла → Карл Нехаммер @Квіринальський палац",
				"CONSULT/meet Карл Нехаммер → Джорджа Мелоні @Рим", "AGREE Карл Нехаммер,Джорджа Мелоні →  @Рим"}},
		{"the outcome of the talks told first, not of the reception told after",
			"Канцлер Австрії Карл Нехаммер у середу провів у Римі переговори з прем'єр-міністеркою Італії Джорджею Мелоні. Нехаммер прибув до Рима у вівторок. Першого дня візиту його в Квіринальському палаці прийняв президент Італії Серджо Маттарелла. За підсумками переговорів Нехаммер і Мелоні підписали угоду про співпрацю.",
			[]string{"CONSULT/meet Карл Нехаммер → Джорджа Мелоні @Рим", "CONSULT/visit Карл Нехаммер → Рим @Рим",
				"CONSULT/meet Серджо Маттарелла → Карл Нехаммер @Квіринальський палац", "AGREE Карл Нехаммер,Джорджа Мелоні →  @Рим"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS45DNameAsCommonNoun checks that a person's surname the tagger took
// for an inanimate common noun in the accusative (Свенсен as свенсен)
// is still the subject before its verb, after a phrase of time.
func TestS45DNameAsCommonNoun(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"after Нагадаємо and a month",
			"Прем'єр-міністерка Норвегії Інгрід Свенсен заявила, що країна збільшить допомогу. Нагадаємо, у квітні Свенсен відвідала Львів.",
			[]string{"CONSULT/visit Інгрід Свенсен → Львів @Львів"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS45DObjectFirstRejected checks that what is rejected, put between
// the subject and the verb (Білий дім погрози Пекіна відкинув), ends the
// subject's phrase even when the tagger reads a plural as a genitive
// singular, and that whose it was is the one rejected; Білий дім acts as
// a body.
func TestS45DObjectFirstRejected(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"threats, by the seat of a government",
			"Білий дім погрози Пекіна відкинув.",
			[]string{"REJECT Білий дім → Пекін"}},
		{"demands, in a ministry",
			"У Міністерстві закордонних справ Польщі вимоги Мінська відкинули.",
			[]string{"REJECT Міністерство закордонних справ Польщі → Мінськ"}},
		{"proposals, by a titled person",
			"Прем'єр Угорщини пропозиції Брюсселя відкинув.",
			[]string{"REJECT Прем'єр Угорщини → Брюссель"}},
		{"the object after the verb, as before",
			"Білий дім відкинув погрози Пекіна.",
			[]string{"REJECT Білий дім → Пекін"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS45DJointWork checks cooperation: a joint production opened or set
// going by two sides (відкрили, налагодили спільне виробництво), a
// programme launched together with a body named by a Latin acronym (разом
// з USAID запускає), and a body worked with named by a common noun
// (співпрацює зі слідством); a building opened together with someone is a
// ceremony, none.
func TestS45DJointWork(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"joint production set going",
			"Україна та Литва налагодили спільне виробництво дронів.",
			[]string{"COOPERATE Україна,Литва → "}},
		{"joint production opened",
			"Данія та Польща відкрили спільне виробництво снарядів.",
			[]string{"COOPERATE Данія,Польща → "}},
		{"a programme launched with an acronym",
			"Компанія «Нафтогаз» разом з USAID запускає програму підтримки громад.",
			[]string{"COOPERATE Нафтогаз → USAID"}},
		{"the investigation worked with",
			"Директор заявив, що підприємство співпрацює зі слідством.",
			[]string{"COOPERATE підприємство → слідство"}},
		{"a shelter opened together",
			"Разом із мером Гнівані Ігорем Бужаком він відкрив укриття в ліцеї.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS45DGappedGivers checks that givers listed after a gift of aid with
// the verb left out, a dash standing for it before their sum, give as
// the first did, to the same recipient.
func TestS45DGappedGivers(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"one more giver",
			"Японія виділить Україні 200 млн доларів, а Норвегія — 150 млн євро.",
			[]string{"AID Японія → Україна [future]", "AID Норвегія → Україна [future]"}},
		{"two more givers",
			"Німеччина передала Україні 20 генераторів, Польща — 15, а Литва — 10.",
			[]string{"AID Німеччина → Україна", "AID Польща → Україна", "AID Литва → Україна"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
