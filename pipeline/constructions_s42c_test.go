package pipeline_test

import (
	"testing"
	"time"
)

// TestS42CTaskSet: a task set to someone in the dative before an
// infinitive ("Міністр доручив управлінню перевірити лікарню") is a
// REQUEST from the one who orders to the one charged; a matter entrusted
// with no infinitive, a task set to no one named, and a resolution's
// infinitive give none.
func TestS42CTaskSet(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a body charged",
			"Голова громади доручив управлінню освіти підготувати укриття.",
			[]string{"REQUEST Голова громади → управління освіти"}},
		{"people charged",
			"Міська рада доручила депутатам перевірити стан доріг.",
			[]string{"REQUEST Міська рада → депутати"}},
		{"a named ministry charged",
			"Прем'єр-міністр доручив Міністерству фінансів знайти кошти.",
			[]string{"REQUEST Прем'єр-міністр → Міністерство фінансів"}},
		{"a matter entrusted",
			"Мер доручив заступникові цю справу.",
			nil},
		{"no one charged named",
			"Голова громади доручив до кінця тижня закрити вибиті вікна.",
			nil},
		{"a resolution's infinitive",
			"Доручити голові обласної ради здійснити заходи.",
			nil},
	}, time.Time{})
}

// TestS42CJointlyAgreed: an agreement to do something together
// ("домовилися спільно / разом" with an infinitive) is an AGREE between
// the sides, and the joint work they agreed on their COOPERATE.
func TestS42CJointlyAgreed(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a bridge rebuilt together",
			"Мер і губернатор домовилися разом відновити міст.",
			[]string{"AGREE Мер,губернатор → ", "COOPERATE Мер,губернатор → "}},
		{"drones made together",
			"Україна і Польща домовилися спільно виробляти дрони.",
			[]string{"AGREE Україна,Польща → ", "COOPERATE Україна,Польща → "}},
		{"an agreement to cooperate stays one event",
			"Україна і Польща домовилися співпрацювати.",
			[]string{"COOPERATE Україна,Польща → "}},
	}, time.Time{})
}
