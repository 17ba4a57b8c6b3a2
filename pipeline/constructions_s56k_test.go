package pipeline_test

import (
	"testing"
	"time"
)

// TestS56KGenericHabit holds customs of people of a kind, told in the
// present or with an adverb of habit, which are no events, each beside a
// twin with the same verb whose actors are particular and which is read.
func TestS56KGenericHabit(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"pupils often turn to teachers",
			"Учні часто звертаються до вчителів з проханням пояснити задачу.",
			nil},
		{"children often ask tourists",
			"У Непалі діти часто просять у туристів цукерки.",
			nil},
		{"patients kept complaining of doctors",
			"Пацієнти постійно скаржилися на лікарів поліклініки.",
			nil},
		{"every pensioner helps, citizens turn to a court",
			"Кожен пенсіонер зазвичай допомагає онукам грошима. Громадяни Молдови часто звертаються до Європейського суду з прав людини.",
			nil},
		{"volunteers handed drones over",
			"Волонтери передали військовим 20 дронів.",
			[]string{"AID Волонтери → військові"}},
		{"these patients complained",
			"Ці пацієнти скаржилися на лікаря Петра Гончара.",
			[]string{"ACCUSE пацієнти → лікар"}},
		{"citizens turned to the court",
			"Громадянин Молдови Іван Сорока звернувся до Європейського суду з прав людини.",
			[]string{"ACCUSE Іван Сорока → "}},
		{"a named side's habit",
			"Україна часто отримує допомогу від партнерів. Окупанти щодня обстрілюють Херсон.",
			[]string{"AID партнери → Україна", "ASSAULT Окупанти → Херсон @Херсон"}},
		{"a group's doings told in the present, and a particular group's habit",
			"Студенти звинувачують ректора Олега Бондаря в тиску. Литовські фермери регулярно блокують дорогу до Вільнюса.",
			[]string{"ACCUSE Студенти → Олег Бондар", "PROTEST Литовські фермери → "}},
	}, time.Time{})
}

// TestS56KMuteTalk holds talks with beasts, trees or the dead, a tale's
// or a figure's, which are no meetings, beside a talk with people.
func TestS56KMuteTalk(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"talking with pigeons",
			"Дід Остап розмовляв з голубами на даху.",
			nil},
		{"talking with the dead",
			"Шаман Тарас Гук говорив з мертвими предками.",
			nil},
		{"talking with people",
			"Дід Остап розмовляв з сусідами на даху.",
			[]string{"CONSULT/meet Остап → сусіди"}},
	}, time.Time{})
}
