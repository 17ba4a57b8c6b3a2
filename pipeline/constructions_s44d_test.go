package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the misses of the
// studied gold sets (session 44, event recall); the sentences are our own.

func TestS44DEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an object put first in a form only the accusative has, the subject after the verb: the one after the verb acts, the one before is done to",
			"Минулого року фірму «Альфа» вже перевіряла Державна аудиторська служба. Торік компанію «Бета» оштрафувала Національна комісія з цінних паперів.",
			[]string{"ACCUSE Державна аудиторська служба → Альфа", "COERCE Національна комісія з цінних паперів → Бета"}},
		{"a body of audit checking a firm is an inquiry; a check of quality is none",
			"Держаудитслужба перевірила компанію «Водоканал». Мер перевірив якість ремонту доріг.",
			[]string{"ACCUSE Держаудитслужба → Водоканал"}},
		{"plants received from a state, named by what they do, are aid; a system named by what it is for stays none",
			"Громада отримала від Польщі десять станцій знезараження води. Університет отримав від Литви систему оцінювання студентів.",
			[]string{"AID Польща → Громада"}},
		{"goods handed over free to a state are aid, the state after them in a form the genitive shares; handed over with no word of free, they may be trade",
			"Польща безкоштовно передала 40 тисяч тонн борошна Ліберії. Польща передала Ліберії 40 тисяч тонн борошна.",
			[]string{"AID Польща → Ліберія"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
