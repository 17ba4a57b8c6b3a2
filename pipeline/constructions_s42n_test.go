package pipeline_test

import (
	"testing"
	"time"
)

// TestS42NAccusativeBeforeVerb: a surname the tagger could not decline,
// in the accusative before a subjectless plural verb, is whom it was
// done to, not the doer.
func TestS42NAccusativeBeforeVerb(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a surname alone before a suspension",
			"Віктор Остапенко очолював завод. Остапенка відсторонили від посади.",
			[]string{"COERCE  → Віктор Остапенко"}},
		{"a surname alone before custody",
			"Віктор Остапенко очолював завод. Остапенка взяли під варту.",
			[]string{"COERCE  → Віктор Остапенко"}},
	}, time.Time{})
}

// TestS42NDismissal: a dismissal from a post (звільнити з посади) is an
// administrative sanction, COERCE of the employer on the one dismissed,
// as the studied golds mark it (news23/04, news27/08, news39/04,
// news44/09, news46/04 required; others optional); leaving at one's own
// request (за власним бажанням), a demand of a dismissal and people
// freed from captivity are not.
func TestS42NDismissal(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a ministry dismisses a director",
			"Міністерство охорони здоров'я звільнило Петра Коваля з посади.",
			[]string{"COERCE Міністерство охорони здоров'я → Петро Коваль"}},
		{"a mayor dismisses a head, post before the object",
			"Міський голова Ігор Савчук звільнив з посади начальника управління освіти Ольгу Марченко.",
			[]string{"COERCE Ігор Савчук → Ольга Марченко"}},
		{"at one's own request",
			"Міністр звільнив заступника з посади за власним бажанням.",
			nil},
		{"a demand of a dismissal",
			"Депутати вимагають звільнити з посади начальника поліції.",
			[]string{"REQUEST Депутати → "}},
		{"prisoners released, no post",
			"Білорусь звільнила затриманих журналістів.",
			[]string{"RETREAT/release Білорусь → затримані журналісти"}},
	}, time.Time{})
}

// TestS42NDismissalLongTitle: the one dismissed after a long title.
func TestS42NDismissalLongTitle(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a minister with a long title",
			"Верховна Рада у четвер звільнила з посади міністра аграрної політики та продовольства Романа Мельничука.",
			[]string{"COERCE Верховна Рада → Роман Мельничук"}},
		{"a deputy minister, the post after",
			"Уряд увечері звільнив заступника міністра з посади.",
			[]string{"COERCE Уряд → заступник міністра"}},
		{"a deputy named by a possessive",
			"Голова ради Петро Коваль пішов у відпустку. Обласна рада звільнила з посади його заступника.",
			[]string{"COERCE Обласна рада → заступник"}},
		{"a possessive before the one dismissed, the post after",
			"Голова ради Петро Коваль пішов у відпустку. Обласна рада звільнила його заступника з посади.",
			[]string{"COERCE Обласна рада → заступник"}},
		{"people counted",
			"Директор заводу звільнив двох заступників з посади.",
			[]string{"COERCE Директор заводу → двоє заступників"}},
		{"a director of a state firm",
			"Міністерство звільнило з посади директора ДП «Полтавський облагроліс» Василя Гордієнка.",
			[]string{"COERCE Міністерство → Василь Гордієнко"}},
	}, time.Time{})
}

// TestS42NDismissedBeforeVerb: the one dismissed named before a
// subjectless plural verb, by a surname the tagger could not decline.
func TestS42NDismissedBeforeVerb(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a surname alone",
			"Віктор Остапенко очолював завод. Остапенка звільнили з посади у лютому.",
			[]string{"COERCE  → Віктор Остапенко"}},
		{"at one's own request, the verb impersonal",
			"Директора звільнено з посади за власним бажанням.",
			nil},
		{"by agreement of the sides",
			"Міністр звільнив з посади начальника управління Петра Коваля за згодою сторін.",
			nil},
	}, time.Time{})
}
