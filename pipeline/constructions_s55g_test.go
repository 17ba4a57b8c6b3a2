package pipeline_test

import (
	"testing"
	"time"
)

// The sentences of this file were written for session 55's helper h55g,
// in the style of Ukrainian agency news, to check how a side counted by
// a number is built: the number stays with what it counts.

// TestS55GCountedSides checks sides counted by a round ten in words
// (двадцятьох, тридцятьом: the cardinal with the genitive plural, as
// there is no collective number for them) and by digits before the
// adjectives of an inanimate plural (15 російських компаній: as written).
func TestS55GCountedSides(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a round ten in the animate accusative counts the people detained",
			"Поліцейські затримали двадцятьох учасників бійки.",
			[]string{"COERCE Поліцейські → двадцять учасників бійки"}},
		{"a round ten in the dative counts the people suspected",
			"Прокурори повідомили про підозру тридцятьом митникам.",
			[]string{"ACCUSE Прокурори → тридцять митників"}},
		{"digits before the adjectives of the firms sanctioned",
			"Естонія запровадила санкції проти 12 білоруських підприємств.",
			[]string{"SANCTION Естонія → 12 білоруських підприємств"}},
		{"digits that take the nominative leave the plural in it",
			"Естонія запровадила санкції проти 3 білоруських підприємств.",
			[]string{"SANCTION Естонія → білоруські підприємства"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS55GGatheringPeople checks people named by the gathering they were
// at, whose genitive is an event's noun: the genitive stays with them.
func TestS55GGatheringPeople(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the participants of a rally counted by digits",
			"Поліція затримала 40 учасників мітингу.",
			[]string{"COERCE Поліція → 40 учасників мітингу"}},
		{"the organisers of a protest fined",
			"Суд оштрафував організаторів акції.",
			[]string{"COERCE Суд → організатори акції"}},
		{"three participants counted by a number word",
			"Поліцейські затримали трьох учасників протесту.",
			[]string{"COERCE Поліцейські → троє учасників протесту"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
