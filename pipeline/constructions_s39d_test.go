package pipeline_test

import (
	"testing"
	"time"
)

// TestS39DMeetingWithAfterPlace checks that a нарада, which is talks only
// with others, names them after the place it was held in (в обласній
// адміністрації з керівниками компаній), as right after it; a нарада
// held somewhere on a subject (з питань безпеки) or with no one named
// stays none.
func TestS39DMeetingWithAfterPlace(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"an administration, then the partners", "Федоров провів нараду в обласній військовій адміністрації з керівниками енергетичних компаній.",
			[]string{"CONSULT/meet Федоров → "}},
		{"a town, then the partners", "Міністр Денис Шмигаль провів нараду у Львові з представниками громад.",
			[]string{"CONSULT/meet Денис Шмигаль →  @Львів"}},
		{"a place, then a subject", "Федоров провів нараду в обласній адміністрації з питань безпеки.",
			nil},
		{"a place, no one named", "Федоров провів нараду в обласній адміністрації.",
			nil},
	}, time.Time{})
}
