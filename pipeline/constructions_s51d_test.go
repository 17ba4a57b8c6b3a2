package pipeline_test

import (
	"testing"
	"time"
)

// TestS51DSharedDay: a past act with no time of its own takes the day of
// another act of the same actors in its sentence, given by the scene
// (one subject, two verbs: "подякував … і попросив …"), and the meeting
// its opening names as the occasion ("За результатами зустрічі …
// підписали"); an act in the present keeps none.
func TestS51DSharedDay(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у вівторок 10 March
	opening := "У Ромнах відкрили укриття в гімназії\n\nУ вівторок у Ромнах відкрили нове укриття в гімназії, збудоване коштом міжнародних донорів. Про це повідомили в міській раді.\n\n"
	checkEventsAs(t, p, []construction{
		{"a request told with the thanks",
			opening + "Міський голова Андрій Сидоренко подякував донорам за підтримку і попросив уряд виділити кошти на ремонт мосту.",
			[]string{"SUPPORT Андрій Сидоренко → донори 2026-03-10", "REQUEST Андрій Сидоренко → уряд 2026-03-10"}},
		{"a call in the present keeps no day",
			opening + "Міський голова Андрій Сидоренко подякував донорам за підтримку, а тепер закликає уряд виділити кошти на ремонт мосту.",
			[]string{"SUPPORT Андрій Сидоренко → донори 2026-03-10", "REQUEST Андрій Сидоренко → уряд"}},
		{"the meeting a signing is the outcome of",
			"Луцьк отримав допомогу від Любліна\n\nУ п'ятницю до Луцька прибула колона з гуманітарною допомогою від Любліна. Про це повідомив міський голова Ігор Поліщук.\n\nКолону супроводжувала делегація на чолі з віцепрезидентом Любліна Беатою Стемпень. За результатами зустрічі Поліщук і Стемпень підписали угоду про співпрацю.",
			[]string{"AID Люблін → Луцьк @Луцьк 2026-03-13", "CONSULT/meet Ігор Поліщук → Беата Стемпень @Луцьк 2026-03-13", "AGREE  → Ігор Поліщук,Беата Стемпень @Луцьк 2026-03-13"}},
	}, fri, datedEvent)
}

// TestS51DSameTimeOpenings: a sentence that opens by going on from what
// was just told at the same time ("Тоді ж", "Цього ж дня") or within
// hours ("Уже за кілька годин", "Через кілька годин") is on the day of
// the act told before it.
func TestS51DSameTimeOpenings(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у середу 11 March, у суботу 7 March
	checkEventsAs(t, p, []construction{
		{"within hours",
			"Естонія затримала танкер\n\nВійськово-морські сили Естонії в середу затримали у Фінській затоці танкер тіньового флоту. Про це пише «Українська правда».\n\nУже за кілька годин Росія направила до затоки корвет.",
			[]string{"COERCE Військово-морські сили Естонії →  @Фінська затока 2026-03-11", "MOBILIZE Росія →  2026-03-11"}},
		{"at the same time",
			"Окупанти атакували Харківщину\n\nУ суботу ввечері окупанти вдарили ракетою по Чугуєву. Влучання зафіксовано в районі підприємства.\n\nТого ж вечора міністр провів телефонну розмову з начальником ОВА, доручивши передати області додаткові мобільні вогневі групи. Тоді ж під обстріл потрапив Куп'янськ.",
			[]string{"ASSAULT окупанти → Чугуїв @Чугуїв 2026-03-07", "CONSULT/phone міністр → начальник ОВА 2026-03-07", "ASSAULT  → Куп'янськ @Куп'янськ 2026-03-07"}},
	}, fri, datedEvent)
}

// TestS51DNextMorning: "наступного ранку" and "наступного вечора", as
// "наступного дня", date an act the day after the day told before.
func TestS51DNextMorning(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у суботу 7 March
	checkEventsAs(t, p, []construction{
		{"the next morning",
			"На Житомирщині водій утік від патрульних\n\nІнцидент стався в суботу ввечері. Водій не зупинився на вимогу патрульних і втік до лісу.\n\nЙого затримали поліцейські наступного ранку поблизу села Вереси.",
			[]string{"COERCE поліцейські → Водій @Вереси 2026-03-08"}},
	}, fri, datedEvent)
}

// TestS51DRetoldAct: the same act told again a few sentences on (one
// trigger, one type, the same one acted on), with no time of its own and
// only a year told in passing between, keeps the day it was told with.
func TestS51DRetoldAct(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a detention told again",
			"Польща видасть Україні підозрюваного у шахрайстві\n\nОфіс Генерального прокурора звернувся до Польщі із запитом про екстрадицію бізнесмена Петра Іваненка, якого затримали у Варшаві 3 березня. Про це повідомили в ОГП.\n\nІваненко перебуває в розшуку з 2023 року.\n\nПольська поліція затримала Іваненка в торговельному центрі.",
			[]string{"REQUEST Офіс Генерального прокурора → Польща", "COERCE  → Петро Іваненко @Варшава 2026-03-03", "ACCUSE  → Петро Іваненко",
				"COERCE Польська поліція → Петро Іваненко @Варшава 2026-03-03"}},
	}, fri, datedEvent)
}
