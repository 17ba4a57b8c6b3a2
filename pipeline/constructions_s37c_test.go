package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// sixteenth press set (testdata/gold/press16.jsonl); the sentences are
// our own.

// TestS37CAttendsClass checks that visiting a class, a circle or lessons
// (відвідувала гурток, відвідує заняття) is attendance, no visit, while a
// delegation that visits a body still visits it.
func TestS37CAttendsClass(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a circle attended",
			"Його старша сестра відвідувала гурток малювання в Будинку дитячої творчості.",
			nil},
		{"lessons attended",
			"Мій син уже третій рік відвідує заняття з англійської мови.",
			nil},
		{"a body visited stays a visit",
			"Делегація з Польщі відвідала Житомирську обласну раду.",
			[]string{"CONSULT/visit Польща → Житомирська обласна рада"}},
	}, time.Time{})
}

// TestS37CPeopleActs checks that a people or a nation (народ) is a side as
// a body is: the people who support, support.
func TestS37CPeopleActs(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the people support",
			"Того року народ підтримав ініціативу студентів.",
			[]string{"SUPPORT народ → "}},
	}, time.Time{})
}

// TestS37CBeliefSetAgainst checks that a belief told in the imperfective
// past (думав, сподівався) ends before ", але" or ", проте" with a finite
// verb after it: what came is the writer's, not the believer's.
func TestS37CBeliefSetAgainst(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"thought, but it turned out",
			"Генерал думав, що так можна буде і з нашими солдатами, але виявилося, що вони не здаються.",
			[]string{"Генерал/думати/indirect: так можна буде і з нашими солдатами"}},
		{"hoped, but the deputies voted",
			"Міністр сподівався, що парламент підтримає закон, проте депутати проголосували проти.",
			[]string{"Міністр/сподіватися/indirect: парламент підтримає закон"}},
		{"no finite verb after але: the content runs on",
			"Аналітик думав, що ціни зростуть, але не так швидко.",
			[]string{"Аналітик/думати/indirect: ціни зростуть, але не так швидко"}},
	}, time.Time{})
}

// TestS37CWroteOut checks that вивести with a word of writing beside it
// (власноруч, літерами, крейдою) writes something out: no withdrawal.
func TestS37CWroteOut(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"letters drawn by hand",
			"Наступного дня в'язень власноруч вивів друкованими літерами: «Мої друзі».",
			nil},
		{"chalk on a board",
			"Вчителька вивела крейдою на дошці своє ім'я.",
			nil},
		{"troops withdrawn stay a retreat",
			"Росія вивела війська з Херсона.",
			[]string{"RETREAT Росія →  @Херсон"}},
	}, time.Time{})
}

// TestS37CAwardGiven checks that відзначити with a token of thanks
// (грамота, подяка) is SUPPORT as нагородити is, and that the named body
// whose award it is (грамотами Литовського сейму) gives it when the
// sentence names no other giver, in the passive as in the active.
func TestS37CAwardGiven(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the passive with the body's award",
			"Волонтери були відзначені грамотами Верховної Ради України.",
			[]string{"SUPPORT Верховна Рада України → Волонтери"}},
		{"the body's award is no recipient",
			"Лікаря нагородили грамотою Міністерства охорони здоров'я України.",
			[]string{"SUPPORT Міністерство охорони здоров'я України → "}},
	}, time.Time{})
}

// TestS37CThanksToSomeone checks that the one a token of thanks is given
// to, in the dative after it, stays its recipient.
func TestS37CThanksToSomeone(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"thanks to a deputy in the dative",
			"На святі лунали подяки обласному депутату Петрові Кравцю за нові парти.",
			[]string{"SUPPORT  → Петро Кравець"}},
	}, time.Time{})
}

// TestS37CFeltNotSaid checks that a cue verb in the infinitive under a
// predicative adverb of feeling (було приємно згадати, боляче згадувати)
// tells a feeling, no words, while the finite cue still reports them.
func TestS37CFeltNotSaid(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"pleasant to recall a village",
			"Юнакові було приємно згадати рідне село Вербівку на Черкащині, широкий степ, рідних людей.",
			nil},
		{"painful to recall, with a що-clause",
			"Ветеранові боляче згадувати, що його побратими загинули під Іловайськом.",
			nil},
		{"the finite cue reports",
			"Ветеран згадав, що його побратими загинули під Іловайськом.",
			[]string{"Ветеран/згадати/indirect: його побратими загинули під Іловайськом"}},
	}, time.Time{})
}
