package pipeline_test

import (
	"testing"
	"time"
)

// The sentences of this file were written for session 33's forty-second
// news set (helper h33a, news42): where events happened — places of
// visits, meetings, strikes, signings and hearings told in many ways.

// TestS33AGuestFirst checks that a host who received a guest put first in
// the clause, the host after the verb, met him: a guest named ("Напередодні
// Шмигаля … прийняв президент Франції"), a pronoun for the one who came
// ("вирушив до Бухареста. У палаці Котрочень його прийняв …") or a noun
// for a guest ("у столиці гостю прийняв президент"); a law put first and
// adopted by a body is no meeting.
func TestS33AGuestFirst(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a named guest before a place, the host after the verb",
			"Прем'єр-міністр Денис Шмигаль прибув до Парижа. Напередодні Шмигаля в Єлисейському палаці прийняв президент Франції Еммануель Макрон.",
			[]string{"CONSULT/visit Денис Шмигаль → Париж @Париж", "CONSULT/meet Еммануель Макрон → Денис Шмигаль @Єлисейський палац"}},
		{"a pronoun for the one who went there, received in a palace of the town",
			"Міністр Петро Коваль вирушив до Бухареста. У палаці Котрочень його прийняв президент Румунії Нікушор Дан.",
			[]string{"CONSULT/meet Нікушор Дан → Петро Коваль @Бухарест"}},
		{"a guest's noun, received in the capital",
			"Прем'єр-міністерка Данії Метте Фредеріксен прибула до Києва. Вона відвідала Бучу. Згодом у столиці гостю прийняв президент Володимир Зеленський.",
			[]string{"CONSULT/visit Метте Фредеріксен → Київ @Київ", "CONSULT/visit Метте Фредеріксен → Буча @Буча", "CONSULT/meet Володимир Зеленський → Метте Фредеріксен @Київ"}},
		{"a delegation received",
			"Делегація Японії прибула до Києва. У столиці делегацію прийняв прем'єр-міністр Денис Шмигаль.",
			[]string{"CONSULT/visit Японія → Київ @Київ", "CONSULT/meet Денис Шмигаль → делегація @Київ"}},
		{"a law put first and adopted by a body: no meeting",
			"Законопроєкт подали у вересні. Його прийняла Верховна Рада.",
			nil},
		{"a law put first and adopted by parliament after a person named: no meeting",
			"Законопроєкт подав президент Петро Коваль. Його прийняв парламент.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS33ACapitalReferredTo checks that "у молдовській столиці" and "у
// столиці" are the capital just visited: an abbreviation the text named
// with the country (ЄС) is no city, and a Ukrainian town visited since
// (Буча) is the capital of nothing.
func TestS33ACapitalReferredTo(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a country's capital by its adjective, with the EU named with the country",
			"Президент Петро Коваль прибув до Кишинева. Він сказав, що Молдова йде до ЄС. У молдовській столиці він також зустрівся з прем'єр-міністром Дорином Речаном.",
			[]string{"CONSULT/visit Петро Коваль → Кишинів @Кишинів", "CONSULT/meet Петро Коваль → Дорин Речан @Кишинів"}},
		{"the capital after a visit to a town near it",
			"Прем'єр-міністр Норвегії Юнас Гар Стере прибув до Києва. Потім він відвідав Ірпінь. У столиці Стере зустрівся з міністром оборони Денисом Шмигалем.",
			[]string{"CONSULT/visit Юнас Гар Стере → Київ @Київ", "CONSULT/visit Юнас Гар Стере → Ірпінь @Ірпінь", "CONSULT/meet Юнас Гар Стере → Денис Шмигаль @Київ"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS33AParticiplePlace checks that a place in a participle's phrase on
// the object ("чиновника, затриманого у Львові") is where the participle's
// act was, neither the verb's place nor, in a headline, the town the story
// is set in; a place in the verb's own clause stays.
func TestS33AParticiplePlace(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a participle's place after the object",
			"Суд взяв під варту чиновника, затриманого у Львові.",
			[]string{"COERCE Суд → чиновник"}},
		{"a headline's participle sets no story town",
			"ВАКС взяв під варту чиновника, затриманого у Львові\n\nСлідчий суддя Вищого антикорупційного суду в середу обрав запобіжний захід колишньому меру Петру Коваленку.",
			// (the headline's arrest is the lead's, told again)
			[]string{"COERCE Слідчий суддя Вищого антикорупційного суду → Петро Коваленко"}},
		{"the verb's own place stays",
			"Поліція затримала у Львові чиновника, підозрюваного в хабарництві.",
			[]string{"COERCE Поліція → чиновник @Львів"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS33ATownReferredTo checks that "в обласному центрі" is the oblast
// centre the text named last (not a district town visited since), and
// that a clause after a colon happened in the town its sentence opens
// with ("Тим часом у Львові … не відбулася: депутати заблокували
// трибуну").
func TestS33ATownReferredTo(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the oblast centre after a district town",
			"Міністр Петро Коваль прибув до Вінниці. Він відвідав Гайсин. Потім в обласному центрі він зустрівся з головою ОВА Сергієм Борзовим.",
			[]string{"CONSULT/visit Петро Коваль → Вінниця @Вінниця", "CONSULT/visit Петро Коваль → Гайсин @Гайсин", "CONSULT/meet Петро Коваль → Сергій Борзов @Вінниця"}},
		{"the town a sentence opens with, before a colon",
			"Тим часом у Львові сесія міської ради знову не відбулася: депутати від опозиції заблокували трибуну.",
			[]string{"PROTEST депутати →  @Львів"}},
		{"a headline's colon joins two items: no place passes it",
			"Газові переговори в Москві завершилися нічим: «Газпром» погрожує Києву передоплатою\n\nПереговори тривали дві години.",
			[]string{"THREATEN Газпром → Київ"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS33AThereAgain checks that "Там же" after a meeting (not only after
// a visit) is that meeting's place and day, the lead's place given by its
// dateline too, and that "делегація з Японії" is Japan's delegation, as
// "делегація Японії" is.
func TestS33AThereAgain(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a meeting there, after a council meeting in the same place",
			"Міністр оборони Петро Коваль у вівторок у штаб-квартирі НАТО в Брюсселі взяв участь у засіданні Ради Україна – НАТО.\n\nТам же Коваль провів окрему зустріч з генеральним секретарем Альянсу Марком Рютте.",
			[]string{"CONSULT/multilateral Петро Коваль → Рада Україна – НАТО @Брюссель", "CONSULT/meet Петро Коваль → Марк Рютте @Брюссель"}},
		{"a meeting there, after a forum placed by the dateline",
			"Форум відбудови\n\nЛЬВІВ, 21 травня /Укрінформ/. Віцепрем'єр-міністр Олексій Кулеба у середу взяв участь у відкритті форуму.\n\nТам же Кулеба провів зустріч з делегацією з Японії.",
			[]string{"CONSULT/multilateral Олексій Кулеба →  @Львів", "CONSULT/meet Олексій Кулеба → Японія @Львів"}},
	}
	checkEvents(t, p, tests, time.Date(2025, 8, 27, 0, 0, 0, 0, time.UTC))
	x := p.Extract(tests[0].text, time.Date(2025, 8, 27, 0, 0, 0, 0, time.UTC))
	if n := len(x.Events); n != 2 || x.Events[1].Date != "2025-08-26" {
		t.Errorf("Там же after Tuesday's council: events %+v, want the meeting on 2025-08-26", x.Events)
	}
}

// TestS33AVideoCall checks that a video conference or an online meeting
// held with others is a call with them (CONSULT phone), and one of no
// partners named is no meeting.
func TestS33AVideoCall(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a video conference with a bank's delegation",
			"Прем'єр-міністерка Юлія Свириденко провела відеоконференцію з делегацією Світового банку.",
			[]string{"CONSULT/phone Юлія Свириденко → Світовий банк"}},
		{"an online meeting with the heads of regions",
			"Віцепрем'єр Олексій Кулеба провів онлайн-нараду з очільниками обласних адміністрацій.",
			[]string{"CONSULT/phone Олексій Кулеба → очільники обласних адміністрацій"}},
		{"a video conference on a topic, no one named: none",
			"Міністр Петро Коваль провів відеоконференцію щодо підготовки до зими.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS33AWasThere checks that побувати at a place (на Волині) is a visit
// there, and побувати in a faction (a membership) is none.
func TestS33AWasThere(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a visit to a region",
			"Міністр Петро Коваль побував на Волині.",
			[]string{"CONSULT/visit Петро Коваль →  @Волинь"}},
		{"a faction one was in: no visit",
			"Депутат Петро Коваль побував у фракції Соцпартії.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
