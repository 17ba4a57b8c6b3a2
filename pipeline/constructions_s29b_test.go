package pipeline_test

import (
	"testing"
	"time"
)

// TestS29bPlayIsNoWar checks that the words of war told of play on a
// pitch or in a ring are no events: a team that attacks down a flank, a
// shot or a punch in a round, teams that meet in a final, goals traded, a
// fighter who admits he lost to the better man. The same verbs with a
// weapon or a town struck, a meeting of officials and a territory given up
// stay events.
func TestS29bPlayIsNoWar(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a flank attack and a shot in a match minute",
			"На 12-й хвилині господарі атакували правим флангом, і Петро Коваль завдав удару з меж штрафного майданчика.",
			nil},
		{"a punch in a round",
			"У шостому раунді претендент завдав удару правим прямим у щелепу, і рефері зупинив бій.",
			nil},
		{"a boxer who attacks from the first minutes, pressed to the ropes",
			"Чемпіон з перших хвилин атакував і двічі притиснув суперника до канатів.",
			nil},
		{"an attack on a town stays an assault",
			"Росіяни атакували Харків дронами.",
			[]string{"ASSAULT Росіяни → Харків @Харків"}},
		{"teams that meet in a final",
			"У суботу у фіналі команди зустрілися втретє за сезон.",
			nil},
		{"a team that meets its hosts in a semi-final",
			"У півфіналі львів'яни зустрілися з господарями турніру.",
			nil},
		{"officials who meet stay a meeting",
			"У суботу Сибіга зустрівся з міністром закордонних справ Польщі.",
			[]string{"CONSULT/meet Сибіга → "}},
		{"goals traded",
			"Суперники обмінялися голами в першому таймі.",
			nil},
		{"experience traded stays cooperation",
			"Лікарі двох міст обмінялися досвідом.",
			[]string{"COOPERATE Лікарі → "}},
		{"a fighter who lost to the better man",
			"Британець визнав, що поступився сильнішому.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
