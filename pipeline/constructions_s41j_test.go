package pipeline_test

import (
	"testing"
	"time"
)

// TestS41JPublicGiver checks that aid received from a government, the
// state, a town, a community or a region, or from their councils and
// administrations, named by a common noun (від уряду, від міста, від
// обласної адміністрації), has that giver, put in the nominative
// singular, as a fund is; a letter received from a ministry and money
// from a relative stay no aid. One such giver is no "вони" after it.
func TestS41JPublicGiver(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"generators from the government",
			"Громада отримала від уряду 20 генераторів.",
			[]string{"AID уряд → Громада"}},
		{"a bus from the community, future",
			"Село отримає від громади новий автобус.",
			[]string{"AID громада → Село [future]"}},
		{"money from a regional administration",
			"Школа отримала від обласної адміністрації 3 млн гривень.",
			[]string{"AID обласна адміністрація → Школа"}},
		{"money from the town, each",
			"Ветерани отримали від міста по 150 тисяч гривень.",
			[]string{"AID місто → Ветерани"}},
		{"a letter from a ministry",
			"Лікарня отримала від міністерства листа.",
			nil},
		{"a plural pronoun after one giver",
			"Громада отримала від уряду 20 генераторів. Вони вимагали від компанії відновити водопостачання.",
			[]string{"AID уряд → Громада"}},
		{"money from a relative",
			"Студентка отримала від батька 20 тисяч гривень.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41JGoodsDativeFirst checks that goods or money put before the
// verb of giving, with the one given them in the dative right before the
// verb, are aid from the giver after the verb to that one, whatever the
// giver: a ministry, a fund or a council as well as a donor state; a
// feminine noun in -і the tagger reads as a genitive is the one given
// there too. A school's own buses sent for repair are no aid.
func TestS41JGoodsDativeFirst(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"buses to a community from a ministry",
			"Ще три автобуси громаді передало Міністерство освіти.",
			[]string{"AID Міністерство освіти → громада"}},
		{"counted generators, an adverb before the verb",
			"Десять генераторів лікарні безкоштовно передав фонд.",
			[]string{"AID фонд → лікарня"}},
		{"money to an enterprise from a council",
			"45 млн гривень підприємству виділила міська рада.",
			[]string{"AID міська рада → підприємство"}},
		{"funds to a school from a state",
			"Кошти школі виділила Данія.",
			[]string{"AID Данія → школа"}},
		{"a school's buses sent for repair",
			"Два автобуси школи передали на ремонт.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
