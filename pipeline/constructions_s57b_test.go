package pipeline_test

import (
	"testing"
	"time"
)

// Session 57, helper h57b: whose act a clause after "заявив, що" /
// "повідомила, що" tells when its subject is no noun.

// TestS57BNounlessSubject: a clause after що whose subject is an
// adjective or a participle standing for people ("кожен звільнений",
// "кожна переселена", "звільнений") has a subject of its own, so the
// speaker of the main clause is neither the one who receives nor the one
// who demands; a clause with no subject at all is still the speaker's
// own doing, and a predicative adjective before an infinitive ("готова
// надати") is no subject, nor is an ordinal or a word of rank ("перша
// подала", "єдиний подав").
func TestS57BNounlessSubject(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a participle with кожен receives, not the speaker",
			"Міністерка соцполітики повідомила, що кожен звільнений отримає одноразову допомогу.",
			[]string{"AID  → звільнений [future]"}},
		{"a feminine participle receives, not the speaker",
			"Директорка фонду заявила, що кожна переселена отримає одноразову допомогу.",
			[]string{"AID  → переселена [future]"}},
		{"a participle demands, not the speaker",
			"Голова профспілки заявив, що звільнений вимагає від директора виплатити борг.",
			nil},
		{"no subject: the speaker's own appeal",
			"Депутат заявив, що звернувся до прокуратури зі скаргою.",
			[]string{"ACCUSE Депутат → "}},
		{"a predicative adjective: the speaker gives",
			"Міністерка заявила, що готова надати громаді допомогу.",
			[]string{"AID Міністерка → громада [future]"}},
		{"an ordinal agreeing with the unnamed speaker: the speaker sues",
			"Депутатка Ольга Лисенко заявила, що перша подала позов проти ТОВ «Альфа-Буд».",
			[]string{"ACCUSE Ольга Лисенко → ТОВ «Альфа-Буд»"}},
		{"a word of rank: the speaker sues",
			"Депутат Олег Лисенко заявив, що єдиний подав позов проти ТОВ «Альфа-Буд».",
			[]string{"ACCUSE Олег Лисенко → ТОВ «Альфа-Буд»"}},
	}, time.Time{})
}
