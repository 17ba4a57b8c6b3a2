package pipeline_test

import (
	"testing"
	"time"
)

// TestS43DWithdrawal: вивести and відійти withdraw forces only; breeding
// a variety, leading a country out of trouble, leaving a tradition and
// dying are no RETREAT.
func TestS43DWithdrawal(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"troops withdrawn",
			"Росія вивела свої війська з Грузії.",
			[]string{"RETREAT Росія →  @Грузія"}},
		{"a variety bred",
			"Селекціонери інституту вивели новий сорт озимої пшениці.",
			nil},
		{"a country led out of trouble",
			"Тільки аграрії зможуть вивести Україну з економічного лиха.",
			nil},
		{"a battalion falls back",
			"Батальйон відійшов на нові позиції.",
			[]string{"RETREAT Батальйон → "}},
		{"a tradition left",
			"Молодий композитор відійшов від класичної традиції.",
			nil},
		{"a death",
			"Його бабуся відійшла у вічність минулої зими.",
			nil},
		{"a death told bare",
			"Стара вчителька прала в холодній річці, після чого злягла і відійшла.",
			nil},
		{"a step aside",
			"Він відійшов від вікна.",
			nil},
		{"a country withdraws",
			"Росія відійшла від Чернігова наприкінці березня.",
			[]string{"RETREAT Росія → "}},
	}, time.Time{})
}

// TestS43DBookClub: readers talking over a book are no meeting between
// parties; talks of two sides, or with a partner, stay.
func TestS43DBookClub(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a novel discussed",
			"Члени читацького клубу обговорили новий роман Марії Матіос.",
			nil},
		{"a book with its title",
			"Читачі бібліотеки обговорили книжку «Записки українського самашедшого».",
			nil},
		{"a play discussed with its director",
			"Студенти обговорили виставу з режисером Андрієм Білоусом.",
			[]string{"CONSULT/meet Студенти → Андрій Білоус"}},
	}, time.Time{})
}

// TestS43DRecoveryTried: a sum one tries to recover is claimed in court,
// ACCUSE, not a court's COERCE.
func TestS43DRecoveryTried(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a prosecutor tries",
			"Прокуратура області намагається стягнути з підприємства 2 млн гривень збитків.",
			[]string{"ACCUSE Прокуратура області → підприємство"}},
	}, time.Time{})
}

// TestS43DVisitCompanion: where one came from and who came along are not
// the one visited.
func TestS43DVisitCompanion(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a friend and a city of origin",
			"Американець Джон Сміт приїхав до Львова з другом Річардом з Чикаго.",
			[]string{"CONSULT/visit Джон Сміт → Львів @Львів"}},
	}, time.Time{})
}

// TestS43DNatureAgent: an illness, a pest or a birth that hurts is no
// side's attack; drones that attack stay.
func TestS43DNatureAgent(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a virus",
			"Учора в лікарні померла семирічна дівчинка — її атакував вірус грипу.",
			nil},
		{"a pest, reflexive",
			"Капуста з розсади менше пошкоджується капустяною мухою.",
			nil},
		{"drones",
			"Російські дрони атакували Одесу.",
			[]string{"ASSAULT Російські дрони → Одеса @Одеса"}},
	}, time.Time{})
}

// TestS43DNoParties: a draw declined at the board, a theory refuted and
// greetings exchanged are no rejection, denial or cooperation.
func TestS43DNoParties(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a draw declined",
			"Відхиливши пропозицію суперника, шахіст в ендшпілі помилився.",
			nil},
		{"a hypothesis refuted",
			"Дослідники спростували цю гіпотезу.",
			nil},
		{"an accusation denied",
			"Міністерство спростувало звинувачення опозиції.",
			[]string{"REJECT Міністерство → "}},
		{"greetings exchanged",
			"Школярі обмінялися привітаннями.",
			nil},
	}, time.Time{})
}

// TestS43DFigures: fate (судилася доля), a thing killed in a figure, the
// life of one's body kept up, a game lost to a champion and a thesis not
// accepted are no lawsuit, attack, support, concession or meeting; a
// guest received stays.
func TestS43DFigures(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"fate",
			"Ганна мріяла про сцену. Та судилася їй інша доля – гірка і важка.",
			nil},
		{"a lawsuit",
			"Фермер Іван Ткач судився з сільрадою три роки.",
			[]string{"ACCUSE Іван Ткач → "}},
		{"a thing killed",
			"Олег Бондар каже: якщо цифра не змогла вбити вініл, то вже ніщо не зможе.",
			nil},
		{"one's body kept up",
			"Це страви, якими людина підтримує свою життєдіяльність.",
			nil},
		{"a game lost to a champion",
			"Поступившись лише чемпіонові, юний шахіст набрав сім очок.",
			nil},
		{"a thesis not accepted",
			"Римський католицизм не прийняв тези Лютера.",
			nil},
		{"a guest received",
			"Президент прийняв голову ради Петра Коваля.",
			[]string{"CONSULT/meet Президент → Петро Коваль"}},
	}, time.Time{})
}

// TestS43DAnyoneMay: what anyone may do under a rule or a service (a
// generic person with може or зможе) is no event; a named side that may
// act keeps its event with future.
func TestS43DAnyoneMay(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a patient may complain",
			"Після реформи пацієнт завжди зможе поскаржитись до Національної служби здоров'я.",
			nil},
		{"a community may refuse and invite",
			"Громада може відмовитись від поганого лікаря і запросити іншого.",
			nil},
		{"a fine anyone may get",
			"Через збій системи людина може отримати штраф.",
			nil},
		{"a named side may sign",
			"Міністр Петро Коваль може підписати угоду з Польщею.",
			[]string{"AGREE Петро Коваль → Польща [future]"}},
	}, time.Time{})
}

// TestS43DFaith: God or a being of faith as a side tells faith or a
// parable, no event; a church named after one is a body like any other.
func TestS43DFaith(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a talk with God",
			"Хто не має старанності розмовляти з Богом, той духовно мертвий.",
			nil},
		{"Christ rejected",
			"Тоді ми стаємо фарисеями, що відкидають Христа.",
			nil},
		{"a parable",
			"Його виганяли з церкви, подібно як Бог вигнав Адама з раю.",
			nil},
	}, time.Time{})
}

// TestS43DSelfRallied: мобілізувати the body or the mind is no
// mobilisation; a state that calls men up stays.
func TestS43DSelfRallied(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"hunger rallies a person",
			"Стан помірного голоду мобілізує людину.",
			nil},
		{"vital forces",
			"Такі пости мобілізують життєві сили людини.",
			nil},
		{"a state calls men up",
			"Росія мобілізувала 300 тисяч чоловіків.",
			[]string{"MOBILIZE Росія → "}},
	}, time.Time{})
}

// TestS43DAilment: a complaint of one's health accuses no one; one of a
// manager's work stays.
func TestS43DAilment(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"pains",
			"Пенсіонерка Ганна Мельник найбільше скаржилася на те, що болі не дають їй спати.",
			nil},
		{"a manager's work",
			"Мешканці скаржаться на роботу управителя.",
			[]string{"ACCUSE Мешканці → управитель"}},
	}, time.Time{})
}
