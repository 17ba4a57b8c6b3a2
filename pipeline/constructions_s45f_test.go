package pipeline_test

import (
	"testing"
	"time"
)

// TestS45FSubjectlessVerb: the one put first before a verb with no
// subject of its own, a plural or an impersonal form in -но, -то, is
// whom it was done to ("Обох оголошено в розшук", "12 осіб
// заарештовано"); before a singular past its subject comes after it
// ("Її затримала поліція"), and stays the actor.
func TestS45FSubjectlessVerb(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an impersonal form after both",
			"Митники виявили контрабанду сигарет. Обох оголошено в розшук.",
			[]string{"ACCUSE  → обидва"}},
		{"an impersonal form after people counted",
			"У місті пройшли обшуки. 12 осіб заарештовано.",
			[]string{"COERCE  → 12 осіб"}},
		{"a singular past with its subject after it",
			"Учора інспекторка Ганна Коваль вимагала хабар. Її затримала поліція.",
			[]string{"REQUEST Ганна Коваль → ", "COERCE поліція → Ганна Коваль"}},
		{"a singular past after a common noun, its subject after it",
			"Директора фірми затримала поліція.",
			[]string{"COERCE поліція → директор фірми"}},
	}, time.Time{})
}

// TestS45FAlternatedFirstName: a woman's first name in -ка, -га, -ха in
// the dative or the locative alternates its consonant (Франчесці,
// Доменіці, Ользі) and declines, before a surname that does not (Россі,
// Мелоні): the name is one entity with its nominative, not a foreign name
// given as written.
func TestS45FAlternatedFirstName(t *testing.T) {
	checkNames(t, []namesCase{
		{"к→ц before a surname in -і",
			"Франческа Россі прибула до Львова. Мер вручив Франчесці Россі почесну грамоту.",
			[]string{"PERS:Франческа Россі"}, []string{"PERS:Франчесці Россі"}},
		{"г→з",
			"Посол передав Ользі Россі листа.",
			[]string{"PERS:Ольга Россі"}, nil},
		{"a foreign name in -і stays as written",
			"Нагороду вручили Кірсті Ковентрі.",
			[]string{"PERS:Кірсті Ковентрі"}, nil},
	})
}

// TestS45FCommonNounSpeaker: a speaker no entity stands for, named by a
// common noun in the singular of another case ("за словами перевізника",
// "на думку депутата"), is given in the nominative, with the adjectives
// before it; a genitive tail after the head stays as written.
func TestS45FCommonNounSpeaker(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"за словами and a noun",
			"За словами перевізника, рейси скасовано через негоду.",
			[]string{"перевізник/за словами/indirect: рейси скасовано через негоду"}},
		{"на думку, an adjective before the noun",
			"На думку місцевого депутата, ремонт затягнули.",
			[]string{"місцевий депутат/на думку/indirect: ремонт затягнули"}},
	}, time.Time{})
}

// TestS45FAideOfNamed: a woman's title for one who speaks for another
// (речниця) before a man's name in the genitive is the office of someone
// the text does not name: it is not his title, and what she says is the
// phrase's, not his.
func TestS45FAideOfNamed(t *testing.T) {
	p := load(t)
	text := "Міністр Петро Гнатюк відвідав Полтаву.\n\nРечниця Петра Гнатюка повідомила, що нарада відбудеться в понеділок."
	checkQuotes(t, p, []construction{
		{"the aide speaks", text, []string{"Речниця Петра Гнатюка/повідомити/indirect: нарада відбудеться в понеділок"}},
	}, time.Time{})
	x := p.Extract(text, time.Time{})
	checkTitles(t, x, "Петро Гнатюк", []string{"міністр"}, []string{"речниця"})
}
