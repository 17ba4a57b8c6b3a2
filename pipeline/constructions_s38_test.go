package pipeline_test

import (
	"testing"
	"time"
)

// TestS38PronounObjectNearby checks that an oblique pronoun the actor acts
// on stands for the one other person of its gender named in its sentence
// or the one before, though another was named further back, and that two
// such people nearby still leave it open.
func TestS38PronounObjectNearby(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"another man further back",
			"Міністр Андрій Сибіга зустрівся з Гелен Фрейзер. Сибіга подякував їй.\n\nПрезидент США Джон Міллер поговорив з Віктором Гнатенком. Гнатенко запросив його відвідати Київ.",
			[]string{"CONSULT/meet Андрій Сибіга → Гелен Фрейзер", "SUPPORT Андрій Сибіга → Гелен Фрейзер",
				"CONSULT/meet Джон Міллер → Віктор Гнатенко", "REQUEST Віктор Гнатенко → Джон Міллер"}},
		{"two men nearby",
			"Президент США Джон Міллер і Петро Коваль поговорили з Віктором Гнатенком. Гнатенко запросив його відвідати Київ.",
			[]string{"CONSULT/meet Джон Міллер,Петро Коваль → Віктор Гнатенко", "REQUEST Віктор Гнатенко → "}},
	}, time.Time{})
}

// TestS38IndeclinableFirstName checks that a woman's first name that does
// not decline (Гелен), which the tagger reads after a preposition as the
// genitive plural of another name (Гелена), keeps its form, and the one
// met is named.
func TestS38IndeclinableFirstName(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"з Гелен Фрейзер", "Міністр Андрій Сибіга зустрівся з Гелен Фрейзер.",
			[]string{"CONSULT/meet Андрій Сибіга → Гелен Фрейзер"}},
		{"провів переговори з", "Міністр Андрій Сибіга провів переговори з Гелен Фрейзер у Варшаві.",
			[]string{"CONSULT/meet Андрій Сибіга → Гелен Фрейзер @Варшава"}},
	}, time.Time{})
}

// TestS38HandoverAnnounced checks that a handing over of goods announced,
// begun or finished is aid to the one named in the dative, and that with
// no one to receive it there is no aid.
func TestS38HandoverAnnounced(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"оголосили про передачу", "Нідерланди оголосили про передачу Україні партії бронетехніки.",
			[]string{"AID Нідерланди → Україна"}},
		{"завершила передачу", "Литва завершила передачу Україні 20 бронетранспортерів.",
			[]string{"AID Литва → Україна"}},
		{"розпочала постачання", "Канада розпочала постачання Україні дронів.",
			[]string{"AID Канада → Україна"}},
		{"no recipient", "Прокуратура оголосила про передачу справи до суду.",
			nil},
	}, time.Time{})
}

// TestS38SidesOfTitle checks that ministers, told to sign after a meeting
// of a minister with a president and a minister, are the ministers only,
// and that a bare "сторони" keeps every side of the meeting.
func TestS38SidesOfTitle(t *testing.T) {
	meeting := "Міністерка закордонних справ Нідерландів Гелен Фрейзер прибула до Києва, де зустрілася з Президентом України Володимиром Зеленським та главою МЗС Андрієм Сибігою. "
	checkEvents(t, load(t), []construction{
		{"міністри", meeting + "Пізніше міністри підписали меморандум про спільне виробництво дронів.",
			[]string{"CONSULT/visit Гелен Фрейзер → Київ @Київ", "CONSULT/meet Гелен Фрейзер → Володимир Зеленський,Андрій Сибіга @Київ",
				"AGREE Гелен Фрейзер,Андрій Сибіга →  @Київ"}},
		{"сторони", meeting + "Пізніше сторони підписали меморандум про спільне виробництво дронів.",
			[]string{"CONSULT/visit Гелен Фрейзер → Київ @Київ", "CONSULT/meet Гелен Фрейзер → Володимир Зеленський,Андрій Сибіга @Київ",
				"AGREE Гелен Фрейзер,Володимир Зеленський,Андрій Сибіга →  @Київ"}},
	}, time.Time{})
}

// TestS38BareColleague checks that a colleague named by the bare noun is
// the one other person of the meeting the actor took part in, and stays a
// phrase when that side is no person named.
func TestS38BareColleague(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"колезі", "Міністерка закордонних справ Нідерландів Гелен Фрейзер зустрілася з главою МЗС Андрієм Сибігою. Сибіга подякував колезі за підтримку.",
			[]string{"CONSULT/meet Гелен Фрейзер → Андрій Сибіга", "SUPPORT Андрій Сибіга → Гелен Фрейзер"}},
		{"своїй колезі", "Прем'єр Польщі Марія Новак провела переговори з Денисом Шмигалем. Шмигаль подякував своїй колезі за допомогу.",
			[]string{"CONSULT/meet Марія Новак → Денис Шмигаль", "SUPPORT Денис Шмигаль → Марія Новак"}},
		{"no person named", "Мер Києва зустрівся з мером Варшави. Мер подякував колезі.",
			[]string{"CONSULT/meet Мер Києва → мер Варшави", "SUPPORT Мер → колега"}},
	}, time.Time{})
}

// TestS38InvitedPronoun checks that a pronoun invited after a thing of its
// gender (підтримку … запросив її) is the person, not the thing.
func TestS38InvitedPronoun(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"запросив її після підтримки", "Прем'єр Польщі Марія Новак провела переговори з Денисом Шмигалем. Шмигаль подякував за підтримку і запросив її відвідати Львів.",
			[]string{"CONSULT/meet Марія Новак → Денис Шмигаль", "SUPPORT Денис Шмигаль → Марія Новак", "REQUEST Денис Шмигаль → Марія Новак"}},
		{"оскаржити її stays a thing", "Суддя Марія Новак ухвалила постанову. Адвокат Денис Шмигаль не погодився з постановою і оскаржив її.",
			[]string{"REJECT Денис Шмигаль → ", "ACCUSE Денис Шмигаль → "}},
	}, time.Time{})
}

// TestS38CityReadAsCommonNoun checks that a city whose accusative the
// tagger reads as a common noun's plural (Суми: сума) is the target and
// the place of a strike.
func TestS38CityReadAsCommonNoun(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"атакували Суми", "Російські війська атакували Суми.",
			[]string{"ASSAULT Російські війська → Суми @Суми"}},
		{"атакував Суми ракетами", "Ворог атакував Суми ракетами.",
			[]string{"ASSAULT Ворог → Суми @Суми"}},
	}, time.Time{})
}

// TestS38BodyAfterTimePhrase checks that a body's name that is its own
// base form, read as a genitive after a phrase of time, is the subject.
func TestS38BodyAfterTimePhrase(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"Минулого тижня Сили оборони", "Минулого тижня Сили оборони уразили нафтобазу в Брянській області.",
			[]string{"ASSAULT Сили оборони → нафтобаза @Брянська область"}},
		{"Минулого тижня Сили оборони звільнили", "Минулого тижня Сили оборони звільнили село Іванівка.",
			[]string{"ASSAULT Сили оборони → Іванівка @Іванівка"}},
	}, time.Time{})
}

// TestS38SidesOfMeetingNamed checks that the sides of talks set at a
// meeting with someone named in the sentence ("Під час зустрічі з X
// сторони обговорили") are the last visitor and X, not the sides of a
// meeting told earlier.
func TestS38SidesOfMeetingNamed(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"another meeting before",
			"Під час візиту до Берліна Зеленський зустрівся з канцлером Німеччини Фрідріхом Мерцом.\n\nПрем'єр-міністр Юлія Свириденко прибула до Вільнюса. Під час зустрічі з прем'єркою Литви Інгою Ругінене сторони обговорили енергетичну співпрацю.",
			[]string{"CONSULT/visit Зеленський → Берлін @Берлін", "CONSULT/meet Зеленський → Фрідріх Мерц @Берлін",
				"CONSULT/visit Юлія Свириденко → Вільнюс @Вільнюс", "CONSULT/meet Юлія Свириденко,Інга Ругінене →  @Вільнюс"}},
	}, time.Time{})
}

// TestS38AidBroughtToTown checks that the town aid was brought to (до
// Херсона, у Херсон) is the one aided, and that a common noun there is
// left as it was; a town under до is also the aid's place (session 40:
// news52's guide places aid delivered to a town there, the town aided or
// not, as a visit takes its destination).
func TestS38AidBroughtToTown(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"до Херсона", "Фонд «Допомога» доставив до Херсона 20 тонн гуманітарного вантажу.",
			[]string{"AID Фонд «Допомога» → Херсон @Херсон"}},
		{"у Херсон", "Фонд «Допомога» доставив у Херсон 20 тонн гуманітарного вантажу.",
			[]string{"AID Фонд «Допомога» → Херсон"}},
		{"доставили до Києва", "Волонтери з Польщі доставили до Києва 50 генераторів.",
			[]string{"AID Волонтери → Київ @Київ"}},
	}, time.Time{})
}

// TestS38SpeakersCountry checks that "її країна", "його держава" as the
// subject of a clause of що is the country of the one who says it: the
// one country of the speaker's title, or the one named after a title with
// no name; with none, no actor.
func TestS38SpeakersCountry(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a titled speaker", "Міністерка закордонних справ Фінляндії Еліна Валтонен запевнила, що її країна виділить Україні ще 500 млн євро.",
			[]string{"AID Фінляндія → Україна [future]"}},
		{"a title with no name", "Прем'єр Японії заявив, що його країна надасть Україні 3 млрд доларів.",
			[]string{"AID Японія → Україна [future]"}},
		{"держава", "Міністерка оборони Литви Довіле Шакалене повідомила, що її держава передасть Україні бронетехніку.",
			[]string{"AID Литва → Україна [future]"}},
		{"no country", "Волонтерка Марія Коваль заявила, що її країна передасть Україні генератори.",
			[]string{"AID  → Україна [future]"}},
	}, time.Time{})
}

// TestS38SpokeAtGathering checks that speaking at a session, a summit, a
// conference or a forum is taking part in it, with the body whose session
// it is as the one met.
func TestS38SpokeAtGathering(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"на засіданні Ради Безпеки ООН", "Сибіга виступив на засіданні Ради Безпеки ООН у Нью-Йорку.",
			[]string{"CONSULT/multilateral Сибіга → Рада Безпеки ООН @Нью-Йорк"}},
		{"на саміті", "Зеленський виступив на саміті НАТО у Гаазі.",
			[]string{"CONSULT/multilateral Зеленський → НАТО @Гаага"}},
		{"проти stays ACCUSE", "Депутати виступили проти законопроєкту.",
			[]string{"ACCUSE Депутати → "}},
	}, time.Time{})
}
