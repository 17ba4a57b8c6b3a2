package pipeline_test

import (
	"testing"
	"time"
)

// TestS42KDativeWithGenitive: people in the dative plural opening the
// clause of a subjectless verb keep the genitive after them that tells
// whose or of what they are ("Власникам зруйнованих помешкань надали
// житло": власники зруйнованих помешкань), and a dative without one stays
// its noun with its adjectives.
func TestS42KDativeWithGenitive(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"owners of ruined homes given housing",
			"Власникам зруйнованих осель надали тимчасове житло.",
			[]string{"AID  → власники зруйнованих осель"}},
		{"residents of a village given generators",
			"Мешканцям прифронтового села передали генератори.",
			[]string{"AID  → мешканці прифронтового села"}},
		{"wounded soldiers, no genitive",
			"Пораненим бійцям передали генератори.",
			[]string{"AID  → поранені бійці"}},
	}, time.Time{})
}

// TestS42KChargedFirst: the one charged with a task opening the clause of
// a subjectless verb of charging, in the dative before an infinitive
// ("Управлінню освіти доручили перевірити школу"), is the one a REQUEST
// is made of, though the one who charged it is unnamed; a matter
// entrusted with no infinitive, a pronoun, and a word that may be the
// subject give none.
func TestS42KChargedFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a body charged, past plural",
			"Управлінню освіти доручили перевірити школу.",
			[]string{"REQUEST  → управління освіти"}},
		{"a prosecutor's office charged, impersonal",
			"Прокуратурі області доручено розслідувати справу.",
			[]string{"REQUEST  → прокуратура області"}},
		{"people charged",
			"Депутатам доручили перевірити стан доріг.",
			[]string{"REQUEST  → депутати"}},
		{"commissions that charge someone",
			"Комісії доручили перевірити школу.",
			nil},
		{"a named ministry charged",
			"Міністерству фінансів доручили знайти кошти.",
			[]string{"REQUEST  → Міністерство фінансів"}},
		{"a matter entrusted",
			"Управлінню доручили цю справу.",
			nil},
		{"a pronoun",
			"Йому доручили перевірити школу.",
			nil},
	}, time.Time{})
}

// TestS42KGivenBodyFirst: a community or a service named by a soft
// feminine noun opening the clause of a plural verb of giving, in the form
// its dative singular shares with its nominative plural ("Лікарні
// передали карету швидкої допомоги"), is the one given, the giver
// unnamed; with another dative after the verb it is the givers.
func TestS42KGivenBodyFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an ambulance to a hospital",
			"Лікарні передали карету швидкої допомоги.",
			[]string{"AID  → лікарня"}},
		{"humanitarian aid to a hospital",
			"Лікарні передали гуманітарну допомогу.",
			[]string{"AID  → лікарня"}},
		{"hospitals that give",
			"Лікарні передали громаді обладнання.",
			[]string{"AID Лікарні → громада"}},
	}, time.Time{})
}

// TestS42KFineWrittenOut: a fine written out to someone ("Водієві
// виписали штраф") is imposed on them, a COERCE, as one imposed
// (призначили штраф), with or without the one who wrote it; a
// prescription written out, and fines written out as a habit, give none.
func TestS42KFineWrittenOut(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a fine to a driver, the fining side unnamed",
			"Водієві виписали штраф.",
			[]string{"COERCE  → водій"}},
		{"a fine to a driver by patrol officers",
			"Патрульні виписали водієві штраф за перевищення швидкості.",
			[]string{"COERCE Патрульні → водій"}},
		{"a prescription",
			"Лікар виписав пацієнтові рецепт.",
			nil},
		{"fines as a habit",
			"Інспектори виписують штрафи.",
			nil},
	}, time.Time{})
}
