package pipeline_test

import (
	"testing"
	"time"
)

// TestS36BDuringTrip checks that a sentence set during a trip (`Під час
// візиту`, `Під час візиту до Варшави`) takes the day and place of the
// visit told before it, past a phone call told after the visit (a call is
// no trip) and past a visit told elsewhere after the one named.
func TestS36BDuringTrip(t *testing.T) {
	p := load(t)
	fri := time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC)
	tests := []construction{
		{"a call told after the visit in the lead",
			"Міністр Петро Коваль, який у понеділок відвідав Варшаву, у четвер провів телефонну розмову з міністром закордонних справ Польщі Яном Новаком. Під час візиту до Варшави Коваль зустрівся з прем'єр-міністром Польщі Адамом Вишневським.",
			[]string{"CONSULT/visit Петро Коваль → Варшава @Варшава on 2025-11-10", "CONSULT/phone Петро Коваль → Ян Новак on 2025-11-13", "CONSULT/meet Петро Коваль → Адам Вишневський @Варшава on 2025-11-10"}},
		{"the visit not named by where",
			"Міністр Петро Коваль, який у понеділок відвідав Варшаву, у четвер провів телефонну розмову з міністром закордонних справ Польщі Яном Новаком. Під час візиту Коваль зустрівся з прем'єр-міністром Польщі Адамом Вишневським.",
			[]string{"CONSULT/visit Петро Коваль → Варшава @Варшава on 2025-11-10", "CONSULT/phone Петро Коваль → Ян Новак on 2025-11-13", "CONSULT/meet Петро Коваль → Адам Вишневський @Варшава on 2025-11-10"}},
		{"a visit elsewhere told after the one named",
			"У понеділок міністр Петро Коваль відвідав Варшаву. У середу він відвідав Вільнюс. Під час візиту до Варшави Коваль зустрівся з прем'єр-міністром Польщі Адамом Вишневським.",
			[]string{"CONSULT/visit Петро Коваль → Варшава @Варшава on 2025-11-10", "CONSULT/visit Петро Коваль → Вільнюс @Вільнюс on 2025-11-12", "CONSULT/meet Петро Коваль → Адам Вишневський @Варшава on 2025-11-10"}},
	}
	checkEventsAs(t, p, tests, fri, eventDated)
}

// TestS36BSuspicionDay checks that a day written right after the noun of
// a suspicion (`повідомили К. про підозру 14 березня 2024 року`) dates
// the notice, with or without a publication date, while a day after the
// charge the noun names (`про підозру в хабарі, отриманому 3 травня`)
// stays the deed's and dates nothing.
func TestS36BSuspicionDay(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the day right after the noun",
			"Детективи Національного антикорупційного бюро повідомили Петру Ковалю про підозру 14 березня 2024 року, за два дні до того, як він виїхав за кордон.",
			[]string{"ACCUSE Детективи Національного антикорупційного бюро → Петро Коваль on 2024-03-14"}},
		{"the deed's day after the charge",
			"Детективи Національного антикорупційного бюро повідомили Петру Ковалю про підозру в отриманні хабара 3 травня 2024 року.",
			[]string{"ACCUSE Детективи Національного антикорупційного бюро → Петро Коваль on "}},
	}
	checkEventsAs(t, p, tests, time.Time{}, eventDated)
	checkEventsAs(t, p, tests[:1], time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC), eventDated)
}

// TestS36BDaysEarlier checks that a sentence set days before the one told
// before it (`Днем раніше`, `За два дні до обміну`, `За день до того`), or
// on its eve by a `Напередодні` the date layer cannot resolve (no
// publication date), takes that day, counted from the last event told
// with a day, with a publication date or only a year-dated lead; `Того ж
// дня` after it then takes the new day. A clause of time after до (`За два
// дні до того, як …`) counts from its own event, not from the one told.
func TestS36BDaysEarlier(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a day earlier than a dated ruling, no publication date",
			"Вищий антикорупційний суд 3 лютого 2026 року засудив Петра Коваля. Днем раніше суд відхилив клопотання захисту.",
			[]string{"ACCUSE Вищий антикорупційний суд → Петро Коваль on 2026-02-03", "REJECT Вищий антикорупційний суд → захист on 2026-02-02"}},
		{"the eve of a weekday that has no value, no publication date",
			"Раніше, 12 січня 2026 року, виконком звернувся до Кабінету Міністрів з проханням. У вівторок біля будівлі міської ради протестували власники маршруток. Напередодні депутати не підтримали проєкт рішення про новий тариф.",
			[]string{"REQUEST виконком → Кабінет Міністрів on 2026-01-12", "PROTEST власники маршруток →  on ", "SUPPORT депутати →  [negation] on "}},
		{"the eve of a dated grant, no publication date",
			"Уряд Норвегії 17 листопада 2025 року надав «Нафтогазу» грант у 150 млн євро. Напередодні Сергій Корецький провів переговори з керівництвом компанії Equinor.",
			[]string{"AID Норвегія → Нафтогаз on 2025-11-17", "CONSULT/meet Сергій Корецький → Equinor on 2025-11-16"}},
	}
	checkEventsAs(t, p, tests, time.Time{}, eventDated)
	sat := time.Date(2026, 5, 23, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"two days before the exchange, and that day",
			"Україна в п'ятницю повернула з російського полону 205 військовослужбовців. За два дні до обміну українська делегація провела в Абу-Дабі переговори з представниками Міністерства оборони Росії. Того ж дня Дмитро Усов зустрівся з міністром закордонних справ ОАЕ.",
			[]string{"RETREAT/release  → Україна on 2026-05-22", "CONSULT/meet Україна → Міністерство оборони Росії @Абу-Дабі on 2026-05-20", "CONSULT/meet Дмитро Усов → міністр закордонних справ ОАЕ @Абу-Дабі on 2026-05-20"}},
		{"a day before that",
			"У четвер Петро Коваль відвідав Одесу. За день до того він зустрівся з послом Польщі Яном Новаком.",
			[]string{"CONSULT/visit Петро Коваль → Одеса @Одеса on 2026-05-21", "CONSULT/meet Петро Коваль → Ян Новак on 2026-05-20"}},
		{"days before after the trigger tell what the event is about",
			"У понеділок відбулася сесія районної ради. Депутати фракції «Батьківщина» звинуватили керівництво району в тому, що проект бюджету роздали лише за день до засідання.",
			[]string{"ACCUSE Батьківщина → керівництво району on 2026-05-18"}},
		{"a clause of time after до counts from its own event",
			"У четвер Петро Коваль відвідав Одесу. За два дні до того, як Росія атакувала Київ, він зустрівся з послом Польщі Яном Новаком.",
			[]string{"CONSULT/visit Петро Коваль → Одеса @Одеса on 2026-05-21", "ASSAULT Росія → Київ @Київ on ", "CONSULT/meet Петро Коваль → Ян Новак @Одеса on "}},
	}, sat, eventDated)
}

// TestS36BEveOfTold checks what a напередодні is the eve of: in a relative
// clause, of the main clause's day (`Шмигаль, який напередодні провів …
// переговори, у четвер заявив`: the Wednesday; `24 листопада зустрівся з
// Рубіо, який напередодні прибув`: the 23rd, with no publication date
// too); opening a sentence right after one that names its own day in the
// same paragraph, of that day (`Нагадаємо, 28 жовтня … відвідали Ірпінь.
// Напередодні міністри взяли участь …`: the 27th); opening a paragraph of
// its own, of the day of publication, as before.
func TestS36BEveOfTold(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 4, 17, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the eve of the main clause's Thursday",
			"Міністр енергетики Петро Коваль, який напередодні провів у Відні переговори з послами країн G7, у четвер заявив, що Україна підтримує ініціативу МАГАТЕ.",
			[]string{"CONSULT/meet Петро Коваль → G7 @Відень on 2026-04-15", "SUPPORT Україна → МАГАТЕ on 2026-04-16"}},
		{"the eve of a background day in the same paragraph",
			"Нагадаємо, 2 квітня Петро Коваль і Ян Новак разом відвідали Ірпінь. Напередодні міністри взяли участь у засіданні Ради ЄС з закордонних справ у Люксембурзі.",
			[]string{"CONSULT/visit Петро Коваль,Ян Новак → Ірпінь @Ірпінь on 2026-04-02", "CONSULT/multilateral Петро Коваль,Ян Новак → Рада ЄС з закордонних справ @Люксембург on 2026-04-01"}},
		{"a paragraph of its own: the eve of publication",
			"Нагадаємо, 2 квітня Петро Коваль відвідав Ірпінь.\nНапередодні Коваль провів телефонну розмову з Яном Новаком.",
			[]string{"CONSULT/visit Петро Коваль → Ірпінь @Ірпінь on 2026-04-02", "CONSULT/phone Петро Коваль → Ян Новак on 2026-04-16"}},
	}, fri, eventDated)
	checkEventsAs(t, p, []construction{
		{"the eve of the main clause's day, no publication date",
			"24 листопада 2025 року міністр Петро Коваль зустрівся в Женеві з державним секретарем США Марко Рубіо, який напередодні прибув до Женеви.",
			[]string{"CONSULT/meet Петро Коваль → Марко Рубіо @Женева on 2025-11-24", "CONSULT/visit Марко Рубіо → Женева @Женева on 2025-11-23"}},
	}, time.Time{}, eventDated)
}

// TestS36BNextDayInSentence checks that an event told after "наступного
// дня" in a later clause of a sentence that names a day before it takes
// the day after that one (`2 квітня … провів переговори …, а наступного
// дня зустрівся в Москві`), while one with a day of its own after it, or
// "наступного дня після" another day, does not.
func TestS36BNextDayInSentence(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a gapped clause the day after",
			"Нагадаємо, 2 квітня Петро Коваль провів у Києві переговори з президентом Володимиром Зеленським, а наступного дня зустрівся в Москві з Олексієм Лихачовим.",
			[]string{"CONSULT/meet Петро Коваль → Володимир Зеленський @Київ on 2026-04-02", "CONSULT/meet Петро Коваль → Олексій Лихачов @Москва on 2026-04-03"}},
		{"the day after, its own day written out",
			"2 квітня Петро Коваль провів у Києві переговори з президентом Володимиром Зеленським, а наступного дня, 4 квітня, зустрівся в Москві з Олексієм Лихачовим.",
			[]string{"CONSULT/meet Петро Коваль → Володимир Зеленський @Київ on 2026-04-02", "CONSULT/meet Петро Коваль → Олексій Лихачов @Москва on 2026-04-04"}},
	}
	checkEventsAs(t, p, tests, time.Date(2026, 4, 17, 0, 0, 0, 0, time.UTC), eventDated)
}

// TestS36BTiedBack checks that a sentence with no date of its own that
// opens by tying itself to what the sentence before told (`Після цього`,
// `Відповідну угоду … підписали`) takes that sentence's day, with no
// publication date too; `Після того як …` is a clause of time and a
// sentence with a day of its own keeps it.
func TestS36BTiedBack(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"after that, the day of the attack",
			"Раніше, 3 вересня 2025 року, російські війська атакували газовидобувні об'єкти «Нафтогазу» на Полтавщині. Після цього компанія звернулася до партнерів з проханням пришвидшити постачання обладнання.",
			[]string{"ASSAULT російські війська → Нафтогаз @Полтавщина on 2025-09-03", "REQUEST компанія → партнери on 2025-09-03"}},
		{"the paper of the grant told before",
			"Уряд Норвегії 17 листопада 2025 року надав «Нафтогазу» грант у 150 млн євро. Відповідну угоду в Осло підписали голова правління «Нафтогазу» Сергій Корецький і міністр розвитку Норвегії Осмунн Окруст.",
			[]string{"AID Норвегія → Нафтогаз on 2025-11-17", "AGREE Сергій Корецький,Осмунн Окруст → Нафтогаз @Осло on 2025-11-17"}},
		{"an act's paper, and what goes on in the present",
			"Президент у вівторок, 30 листопада 2010 року, ветував Податковий кодекс. Відповідне рішення глава держави ухвалив після зустрічі з представниками підприємців, які вже другий тиждень протестують на майдані Незалежності в Києві.",
			// (the meeting with the entrepreneurs is news28/11's required CONSULT)
			[]string{"REJECT Президент →  on 2010-11-30", "CONSULT/meet глава держави → представники підприємців on 2010-11-30", "PROTEST представники підприємців →  @майдан Незалежності on "}},
		{"after that, a day of its own",
			"Раніше, 3 вересня 2025 року, російські війська атакували газовидобувні об'єкти «Нафтогазу» на Полтавщині. Після цього 10 вересня 2025 року компанія звернулася до партнерів з проханням пришвидшити постачання обладнання.",
			[]string{"ASSAULT російські війська → Нафтогаз @Полтавщина on 2025-09-03", "REQUEST компанія → партнери on 2025-09-10"}},
	}
	checkEventsAs(t, p, tests, time.Time{}, eventDated)
}

// TestS36BFirstOfDays checks that an event told over two days or a range
// of them (`2 і 3 грудня провела переговори`, `10–12 листопада перебувала
// з візитом`) is dated by the first.
func TestS36BFirstOfDays(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"two days joined by і",
			"2 і 3 грудня міністерка Ольга Коваль провела в Парижі переговори з керівництвом Лувру.",
			[]string{"CONSULT/meet Ольга Коваль → Лувр @Париж on 2025-12-02"}},
		{"a range in one word",
			"10–12 листопада міністерка Ольга Коваль перебувала з візитом у Римі.",
			[]string{"CONSULT/visit Ольга Коваль → Рим @Рим on 2025-11-10"}},
		{"the day after two days is after the second",
			"2 і 3 грудня міністерка Ольга Коваль провела в Парижі переговори з керівництвом Лувру. Наступного дня Коваль зустрілася з міністеркою культури Франції Рашидою Даті.",
			[]string{"CONSULT/meet Ольга Коваль → Лувр @Париж on 2025-12-02", "CONSULT/meet Ольга Коваль → Рашида Даті @Париж on 2025-12-04"}},
	}
	checkEventsAs(t, p, tests, time.Date(2025, 12, 6, 0, 0, 0, 0, time.UTC), eventDated)
}
