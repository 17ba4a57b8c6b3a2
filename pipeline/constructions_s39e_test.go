package pipeline_test

import (
	"testing"
	"time"
)

// TestS39EConditionClause checks that an event in a clause of якщо or
// якби is the condition of what its sentence says may follow, no event of
// its own, while the main clause keeps its hypothetical event and an
// event after a comma that closes the condition is not in it.
func TestS39EConditionClause(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"condition first", "Якщо Німеччина погодиться на поставки, Україна отримає ракети до зими.",
			nil},
		{"condition last, main clause kept", "Данія може профінансувати Україні закупівлю ракет, якщо Євросоюз схвалить новий фонд.",
			[]string{"AID Данія → Україна [future]"}},
		{"якби", "Якби Польща підписала угоду, кордон відкрили б.",
			nil},
		{"no condition", "Польща підписала угоду з Україною. Данія профінансувала Україні закупівлю ракет.",
			[]string{"AGREE Польща → Україна", "AID Данія → Україна"}},
	}, time.Time{})
}

// TestS39EQuestionClause checks that an event asked about in a question of
// чи that opens its clause is no event, while чи between two names
// ("or") keeps its own.
func TestS39EQuestionClause(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"Чи opening the sentence", "Чи погодиться Вашингтон надати Україні ракети, поки невідомо.",
			nil},
		{"after a comma", "Журналісти запитали, чи зустрінеться Сибіга з Лавровим.",
			nil},
		{"or between names", "Литва чи Латвія передала Україні генератори.",
			[]string{"AID Латвія → Україна"}},
		{"told, not asked", "Вашингтон надав Україні ракети. Сибіга зустрівся з Лавровим.",
			[]string{"AID Вашингтон → Україна", "CONSULT/meet Сибіга → Лавров"}},
	}, time.Time{})
}

// TestS39ETradeBan checks that a ban on another's goods or on entry,
// brought in or extended, is a sanction, and that a ban at home is none.
func TestS39ETradeBan(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"запровадила заборону на імпорт", "Польща запровадила заборону на імпорт української пшениці.",
			[]string{"SANCTION Польща → "}},
		{"продовжив заборону на ввезення", "Уряд Угорщини продовжив заборону на ввезення української агропродукції.",
			[]string{"SANCTION Угорщина → "}},
		{"a ban at home", "Міська рада запровадила заборону на продаж алкоголю вночі.",
			nil},
	}, time.Time{})
}

// TestS39EVisitGoesOn checks that a visit that goes on to another town
// (продовжив візит до Риги) is a visit there, and that going on with
// other work is none.
func TestS39EVisitGoesOn(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"продовжив візит до", "Міністр Олег Гуменюк продовжив візит до Риги.",
			[]string{"CONSULT/visit Олег Гуменюк → Рига @Рига"}},
		{"продовжив роботу", "Міністр Олег Гуменюк продовжив роботу в Ризі.",
			nil},
	}, time.Time{})
}

// TestS39EPassedOnRequest checks that passing on a request that belongs
// to a name in the genitive is no request of the one who passes it, and
// that a note passed with a request of one's own stays one.
func TestS39EPassedOnRequest(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"прохання Києва", "Посол Джон Міллер передав прохання Києва до Білого дому.",
			nil},
		{"нота з проханням", "МЗС України передало ноту з проханням забезпечити рух вантажів.",
			[]string{"REQUEST МЗС України → "}},
	}, time.Time{})
}
