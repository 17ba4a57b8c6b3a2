package pipeline_test

import (
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// eventDated renders an event as eventString does, with its date.
func eventDated(x *vistka.Extraction, ev vistka.Event) string {
	return eventString(x, ev) + " on " + ev.Date
}

// TestS35GWeekNoDay checks that an event told to have happened in a week
// (`минулого тижня`, `наступного тижня`, `два тижні тому`) is dated by the
// month the week lies in, or the year when the week spans two months, not
// by the week's Monday, which the text does not name.
func TestS35GWeekNoDay(t *testing.T) {
	p := load(t)
	wed := time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC) // last week 17–23 November, next week 1–7 December
	tests := []construction{
		{"last week, in one month",
			"Минулого тижня уряд Фінляндії виділив Україні 90 млн євро на відновлення енергетики.",
			[]string{"AID Фінляндія → Україна on 2025-11"}},
		{"next week, in one month",
			"Наступного тижня міністр Петро Коваль має відвідати Вроцлав.",
			[]string{"CONSULT/visit Петро Коваль → Вроцлав @Вроцлав [future] on 2025-12"}},
		{"two weeks ago",
			"Два тижні тому міністр Петро Коваль зустрівся з послом Польщі Петром Лукасевичем.",
			[]string{"CONSULT/meet Петро Коваль → Польща on 2025-11"}},
		{"a weekday of last week is still a day",
			"Минулої п'ятниці міністр Петро Коваль зустрівся з послом Польщі Петром Лукасевичем.",
			[]string{"CONSULT/meet Петро Коваль → Польща on 2025-11-21"}},
	}
	checkEventsAs(t, p, tests, wed, eventDated)
	// Last week of a Wednesday 3 December is 24–30 November; that of
	// Wednesday 5 November 2025, 27 October – 2 November, spans two months.
	checkEventsAs(t, p, []construction{
		{"last week across two months",
			"Минулого тижня уряд Фінляндії виділив Україні 90 млн євро на відновлення енергетики.",
			[]string{"AID Фінляндія → Україна on 2025"}},
	}, time.Date(2025, 11, 5, 0, 0, 0, 0, time.UTC), eventDated)
}

// TestS35GYearOfNoun checks that a year in the genitive after a noun in
// another case than the genitive (`в Олімпійських іграх 2026 року`, `на
// чемпіонаті 2026 року`) is that noun's year and dates no event, as one
// after a genitive noun (`Олімпійських ігор 2026 року`) does not; after a
// noun of a part of the year (`на початку 2025 року`, `у першому
// кварталі 2025 року`) the year is when.
func TestS35GYearOfNoun(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the games' year after a locative",
			"Міністр Петро Коваль обговорив з президенткою МОК Кірсті Ковентрі участь українців в Олімпійських іграх 2026 року.",
			[]string{"CONSULT/meet Петро Коваль → Кірсті Ковентрі on "}},
		{"a championship's year after a locative",
			"Міністр Петро Коваль зустрівся з головою федерації Іваном Гнатюком на чемпіонаті 2026 року.",
			[]string{"CONSULT/meet Петро Коваль → Іван Гнатюк on "}},
		{"a part of the year says when",
			"На початку 2025 року міністр Петро Коваль відвідав Одесу.",
			[]string{"CONSULT/visit Петро Коваль → Одеса @Одеса on 2025"}},
		{"a quarter says when",
			"У першому кварталі 2025 року міністр Петро Коваль відвідав Одесу.",
			[]string{"CONSULT/visit Петро Коваль → Одеса @Одеса on 2025"}},
	}
	checkEventsAs(t, p, tests, time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC), eventDated)
}

// TestS35GTimeClauseDate checks that a date inside a clause of time that
// puts the main clause after or before it (`Після того як 20 листопада
// …,`, `Перш ніж у вівторок …,`, `Відколи у 2022 році …,`) dates that
// clause's event, not the main clause's; a clause of `коли` tells the
// main clause's time, and its day stays the main clause's.
func TestS35GTimeClauseDate(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"after the attack: the request is not of its day",
			"Після того як 20 листопада Росія атакувала Київ, міністр Петро Коваль звернувся до партнерів з проханням посилити ППО.",
			[]string{"ASSAULT Росія → Київ @Київ on 2025-11-20", "REQUEST Петро Коваль → партнери on "}},
		{"after, with a comma before як",
			"Після того, як 20 листопада Росія атакувала Київ, міністр Петро Коваль звернувся до партнерів з проханням посилити ППО.",
			[]string{"ASSAULT Росія → Київ @Київ on 2025-11-20", "REQUEST Петро Коваль → партнери on "}},
		{"since the invasion",
			"Відколи у 2022 році Росія почала вторгнення, Японія надала Україні 12 млрд доларів.",
			[]string{"ASSAULT Росія →  on 2022", "AID Японія → Україна on "}},
		{"when: the same day",
			"2 квітня, коли міністр Петро Коваль зустрічався в Берліні з міністром оборони Німеччини Борисом Пісторіусом, сторони домовилися про спільне виробництво дронів.",
			[]string{"CONSULT/meet Петро Коваль → Борис Пісторіус @Берлін on 2025-04-02", "AGREE Петро Коваль,Борис Пісторіус →  @Берлін on 2025-04-02"}},
	}
	checkEventsAs(t, p, tests, time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC), eventDated)
}

// TestS35GOccasionDay checks that a sentence opening with a conference, a
// forum or a visit told just before as its occasion (`Під час
// конференції`, `Після форуму`) takes that gathering's day, past a source
// line between (`Про це повідомили в Кабінеті Міністрів.`), as it does
// after a meeting (`Під час засідання`).
func TestS35GOccasionDay(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"during the conference, a source line between",
			"Прем'єр-міністр Петро Коваль у вівторок виступив на відкритті Конференції з відновлення України в Римі.\nПро це повідомили в Кабінеті Міністрів.\nПід час конференції Україна та Світовий банк підписали угоду про грант.",
			[]string{"CONSULT/multilateral Петро Коваль → Конференція з відновлення України @Рим on 2026-05-19", "AGREE Україна,Світовий банк →  @Рим on 2026-05-19"}},
		{"after the forum",
			"Міністр Петро Коваль у понеділок взяв участь у форумі «Інвестуй в Україну».\nПісля форуму Україна та Європейський інвестиційний банк підписали угоду про кредит.",
			[]string{"CONSULT/multilateral Петро Коваль →  on 2026-05-18", "AGREE Україна,Європейський інвестиційний банк →  on 2026-05-18"}},
	}
	checkEventsAs(t, p, tests, time.Date(2026, 5, 19, 0, 0, 0, 0, time.UTC), eventDated)
}
