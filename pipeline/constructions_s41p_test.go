package pipeline_test

import (
	"testing"
	"time"
)

// TestS41PAbbreviationGiven checks that a body's indeclinable
// abbreviation right after a verb of giving, with the thing given counted
// after it, is the one given it (the tagger reads it as a genitive); a
// sum after it, a fee or a fine as well, is not read so.
func TestS41PAbbreviationGiven(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a town's pickups to the army",
			"Мукачево передало ЗСУ 38 пікапів.",
			[]string{"AID Мукачево → ЗСУ"}},
		{"a fund's drones",
			"Фонд передав ЗСУ 10 дронів.",
			[]string{"AID Фонд → ЗСУ"}},
		{"documents handed to a bureau",
			"Прокурор передав НАБУ матеріали справи.",
			nil},
	}, time.Time{})
}

// TestS41PInstitutionGiven checks that an institution named by its noun
// in the dative (госпіталь, ліцей, гімназія), as a hospital or a school
// is, is the one given goods or money; the genitive of an institution
// (директор ліцею) is not.
func TestS41PInstitutionGiven(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"trainers to a hospital",
			"Обласна рада передала госпіталю два тренажери.",
			[]string{"AID Обласна рада → госпіталь"}},
		{"money to a lyceum",
			"Міськрада виділила ліцею 3 млн гривень.",
			[]string{"AID Міськрада → ліцей"}},
		{"laptops to a gymnasium",
			"Фонд передав гімназії 20 ноутбуків.",
			[]string{"AID Фонд → гімназія"}},
		{"a lyceum's director paid",
			"Директор ліцею отримав 20 тисяч гривень премії.",
			nil},
	}, time.Time{})
}
