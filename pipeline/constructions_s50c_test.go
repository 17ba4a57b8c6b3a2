package pipeline_test

import (
	"testing"
	"time"
)

// A working trip told by поїздка is a visit, as візит is: made
// (здійснив поїздку) or the frame of what is said (під час поїздки до
// X). The sentences are our own (session 50, helper h50c).
func TestTripVisitS50c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a minister's working trip made to a region",
			"Міністр аграрної політики Віталій Коваль здійснив робочу поїздку на Херсонщину.",
			[]string{"CONSULT/visit Віталій Коваль → Херсонщина @Херсонщина"}},
		{"a prime minister's trip to a city",
			"Прем'єр-міністерка Юлія Свириденко здійснила робочу поїздку до Харкова.",
			[]string{"CONSULT/visit Юлія Свириденко → Харків @Харків"}},
		{"the trip frames what the guest says",
			"Під час робочої поїздки до Чернігова посол Швеції в Україні Мартін Оберг повідомив про нові проєкти.",
			[]string{"CONSULT/visit Мартін Оберг → Чернігів @Чернігів"}},
		{"a trip paid for by parents is no visit",
			"Поїздку до Польщі юним хокеїстам оплатили батьки.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Talks held (провели зустріч, переговори) by a subject that names three
// states or more, with no partner after з, are a multilateral meeting, as
// such a subject's зустрілися is; a phone call stays a phone call.
func TestManySidesHeldTalksS50c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"prime ministers of four states held a meeting",
			"Прем'єр-міністри Польщі, Чехії, Словаччини та Угорщини провели зустріч у Будапешті.",
			[]string{"CONSULT/multilateral Польща,Чехія,Словаччина,Угорщина →  @Будапешт"}},
		{"delegations of three states held talks",
			"Делегації України, Молдови та Румунії провели переговори в Одесі.",
			[]string{"CONSULT/multilateral Україна,Молдова,Румунія →  @Одеса"}},
		{"two states met stay a meeting",
			"Делегації України та Молдови провели переговори в Одесі.",
			[]string{"CONSULT/meet Україна,Молдова →  @Одеса"}},
		{"a partner after з makes it their meeting",
			"Міністри економіки Литви, Латвії та Естонії провели зустріч з міністеркою економіки України Юлією Свириденко.",
			[]string{"CONSULT/meet Міністри економіки Литви, Латвії та Естонії → Юлія Свириденко"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// An online meeting or a video conference held by two sides named as
// the subject is theirs, a call (CONSULT phone, as the conventions read
// video calls), though no partner follows з; a body's own one is none.
func TestOnlineHeldBySidesS50c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"two mayors held an online meeting",
			"Мери Львова та Вроцлава провели онлайн-зустріч.",
			[]string{"CONSULT/phone Мери Львова та Вроцлава → "}},
		{"two ministers held online talks",
			"Глава МЗС Андрій Сибіга та його польський колега Радослав Сікорський провели онлайн-переговори.",
			[]string{"CONSULT/phone Андрій Сибіга,Радослав Сікорський → "}},
		{"two states held an online meeting on energy",
			"Україна та Молдова провели онлайн-нараду щодо енергетики.",
			[]string{"CONSULT/phone Україна,Молдова → "}},
		{"a council's own online meeting",
			"Депутати міськради провели онлайн-нараду з питань бюджету.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A session of a named assembly taken part or spoken in is a multilateral
// meeting, as its засідання is; a session of no body named is none.
func TestSessionTakenPartInS50c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a parliament's delegation at a session of an assembly",
			"Делегація Верховної Ради взяла участь у сесії Парламентської асамблеї Ради Європи.",
			[]string{"CONSULT/multilateral Делегація Верховної Ради → Парламентська асамблея Ради Європи"}},
		{"a speech at a session of a council",
			"Міністерка юстиції Ольга Стефанішина виступила на сесії Ради ООН з прав людини в Женеві.",
			[]string{"CONSULT/multilateral Ольга Стефанішина → Рада ООН з прав людини @Женева"}},
		{"students' exam session",
			"Студенти взяли участь у літній сесії.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A visit that frames what was done (під час візиту) is the guest's own
// when the guest is named with a title, or as a delegation with its head
// (на чолі з, past the head's title): the clause need not name them.
func TestTitledGuestVisitS50c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a prime minister named with the title",
			"Угоду підписали в Баку під час візиту прем'єр-міністра Дениса Шмигаля.",
			[]string{"CONSULT/visit Денис Шмигаль →  @Баку"}},
		{"a museum director named with the title",
			"Меморандум підписали в Лондоні під час візиту директора Національного музею історії України Федора Андрощука.",
			[]string{"CONSULT/visit Федір Андрощук →  @Лондон"}},
		{"a firm's delegation with its head",
			"Контракт уклали в Мюнхені під час візиту делегації Укрзалізниці на чолі з головою правління Олександром Перцовським.",
			[]string{"CONSULT/visit Укрзалізниця,Олександр Перцовський →  @Мюнхен"}},
		{"a government delegation with its head",
			"Угоду підписали в Баку під час візиту урядової делегації на чолі з прем'єр-міністром Денисом Шмигалем.",
			[]string{"CONSULT/visit Денис Шмигаль →  @Баку"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A conference or a sitting held by two sides named as the subject is a
// meeting of the two (CONSULT meet), three or more make it multilateral;
// a conference one body holds is no meeting of sides.
func TestConferenceOfSidesS50c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an intergovernmental conference of two",
			"Україна та ЄС провели в Люксембурзі міжурядову конференцію.",
			[]string{"CONSULT/meet Україна,ЄС →  @Люксембург"}},
		{"a joint sitting of two governments",
			"Україна та Молдова провели в Кишиневі спільне засідання урядів.",
			[]string{"CONSULT/meet Україна,Молдова →  @Кишинів"}},
		{"a conference of three states",
			"Литва, Латвія та Естонія провели в Ризі конференцію з енергетичної безпеки.",
			[]string{"CONSULT/multilateral Литва,Латвія,Естонія →  @Рига"}},
		{"a university's own conference",
			"Київський університет провів міжнародну конференцію з фізики.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A meeting whose sides are three states or more, told by its noun with
// the sides in the genitive, is multilateral, as such a subject's
// зустрілися is.
func TestThreeStatesMeetingS50c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a meeting of ministers of three states",
			"Зустріч міністрів закордонних справ України, Польщі та Литви відбулася у Варшаві.",
			[]string{"CONSULT/multilateral Україна,Польща,Литва →  @Варшава"}},
		{"a meeting of ministers of two states",
			"Зустріч міністрів закордонних справ України та Польщі відбулася у Варшаві.",
			[]string{"CONSULT/meet Україна,Польща →  @Варшава"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A named gathering opened (відкрили конференцію, відкрив Міжнародний
// форум) is one taken part in, as one spoken at; an unnamed one is none.
func TestGatheringOpenedS50c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a conference put first, opened by a prime minister",
			"Конференцію у вівторок відкрили прем'єр-міністерка Італії Джорджа Мелоні та прем'єр-міністерка України Юлія Свириденко.",
			[]string{"CONSULT/multilateral Джорджа Мелоні → "}},
		{"a forum named with a capital opened by a minister",
			"Міністр закордонних справ Андрій Сибіга відкрив Міжнародний форум з відбудови громад.",
			[]string{"CONSULT/multilateral Андрій Сибіга → "}},
		{"a rector opens a scientific conference",
			"Ректор відкрив наукову конференцію.",
			nil},
		{"a council chair opens the sitting",
			"Голова обласної ради відкрив засідання сесії.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
