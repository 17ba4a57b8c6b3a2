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

// TestS39DStayedWhere checks that a stay somewhere (перебувати в X, де
// …) followed by talks or a signing in a clause of де is a visit there,
// and that the clause, with no subject of its own, goes on with the
// subject of перебувати or бути; a stay with no talks (where one's family
// lives, where one hides) is none, and a clause after another verb
// (народилася в X, де …) takes no subject from it.
func TestS39DStayedWhere(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a signing", "Шмигаль перебував у Варшаві, де підписав угоду з Туском.",
			[]string{"CONSULT/visit Шмигаль →  @Варшава", "AGREE Шмигаль → Туск @Варшава"}},
		{"a meeting", "Свириденко перебувала в Ряшеві, де зустрілася з Дональдом Туском.",
			[]string{"CONSULT/visit Свириденко →  @Ряшів", "CONSULT/meet Свириденко → Дональд Туск @Ряшів"}},
		{"бути: the subject only", "Свириденко була в Ряшеві, де зустрілася з Дональдом Туском.",
			[]string{"CONSULT/meet Свириденко → Дональд Туск @Ряшів"}},
		{"where one's family lives", "Шмигаль перебував у Варшаві, де живе його родина.",
			nil},
		{"where one hides", "Підозрюваний перебуває у Варшаві, де переховується від слідства.",
			nil},
		{"born there", "Свириденко народилася в Ряшеві, де зустріла Дональда Туска.",
			nil},
	}, time.Time{})
}

// TestS39DQuotedGroundless checks that a claim called groundless in
// quotation marks (назвали «безпідставними») is rejected, as one called
// so without them: the marks quote the word said, they set off no irony
// there. A word set off alone after another verb (висловили свої
// «співчуття») stays ironic, and a claim called well-founded is no
// rejection.
func TestS39DQuotedGroundless(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a person, the claim's owner between", "Міністр Іван Петренко назвав звинувачення опозиції «безпідставними».",
			[]string{"REJECT Іван Петренко → "}},
		{"a body in the locative", "У НКРЕКП звинувачення міністра назвали «безпідставними».",
			[]string{"REJECT НКРЕКП → "}},
		{"a suspicion", "Адвокатка Олена Кравчук назвала підозру «необґрунтованою».",
			[]string{"REJECT Олена Кравчук → "}},
		{"irony after another verb", "Жителі міста висловили свої «співчуття».",
			nil},
		{"called well-founded", "Міністр Іван Петренко назвав звинувачення опозиції «обґрунтованими».",
			nil},
	}, time.Time{})
}

// TestS39DSpokeAtNamedGathering checks that a speech at a gathering
// written with a capital letter (на відкритті Конференції з відновлення
// України), a name even where the model tags none, is taking part in it,
// while a speech at a gathering in lower case, which names none, stays
// no event.
func TestS39DSpokeAtNamedGathering(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a capitalised gathering alone", "Міністр Іван Петренко виступив на Конференції.",
			[]string{"CONSULT/multilateral Іван Петренко → "}},
		{"its opening", "Міністерка Ольга Стефанішина виступила на відкритті Форуму.",
			[]string{"CONSULT/multilateral Ольга Стефанішина → "}},
		{"in lower case", "Міністр Іван Петренко виступив на конференції в Києві.",
			nil},
		{"a pronoun, in lower case", "Він виступав на конференції.",
			nil},
	}, time.Time{})
}
