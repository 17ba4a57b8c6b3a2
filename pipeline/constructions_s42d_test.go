package pipeline_test

import (
	"testing"
	"time"
)

// TestS42DAlsoActs: an act of any kind told with також, or in a sentence
// opening "Крім того", "Окрім цього" or "Водночас", with no date of its
// own, takes the day of the same doer's act told just before (a visit,
// aid, a refusal, a request), or, when the doer did nothing just before,
// another doer's on the story's day; one told past a paragraph that
// recalls an older story, one after another's act of another day or of a
// span's first day, and one of "а також" (a list) take none; but an act
// of the day before told in passing ("Днем раніше", "Напередодні") is an
// aside the scene comes back from (session 52).
func TestS42DAlsoActs(t *testing.T) {
	thu := time.Date(2026, 10, 8, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, load(t), []construction{
		{"a visit told with також after the doer's arrival",
			"Міністр закордонних справ Чехії Ян Ліпавський у четвер прибув до Києва.\nВін провів переговори з Андрієм Сибігою.\nТакож Ліпавський відвідав Ірпінь.",
			[]string{"CONSULT/visit Ян Ліпавський → Київ @Київ #2026-10-08", "CONSULT/meet Ян Ліпавський → Андрій Сибіга @Київ #2026-10-08", "CONSULT/visit Ян Ліпавський → Ірпінь @Ірпінь #2026-10-08"}},
		{"a refusal opening with Водночас after the session's act",
			"У Полтаві на сесії міської ради у середу депутати підтримали звернення до Кабінету міністрів.\nВодночас депутати відхилили проєкт рішення про підвищення тарифів.",
			// (the appeal backed is the council's REQUEST since session 43,
			// dated by the day named with it, so that day is no deadline:
			// the refusal after Водночас takes it)
			[]string{"REQUEST депутати → Кабінет міністрів @Полтава #2026-10-07", "REJECT депутати →  #2026-10-07"}},
		{"aid told with також after the doer's visit",
			"Голова Житомирської ОВА Віталій Бунечко у вівторок відвідав Коростень.\nБунечко також передав лікарні два генератори.",
			[]string{"CONSULT/visit Віталій Бунечко → Коростень @Коростень #2026-10-06", "AID Віталій Бунечко → лікарня #2026-10-06"}},
		{"aid opening with Окрім цього after the doer's visit",
			"Голова Житомирської ОВА Віталій Бунечко у вівторок відвідав Коростень.\nОкрім цього, Бунечко передав лікарні два генератори.",
			[]string{"CONSULT/visit Віталій Бунечко → Коростень @Коростень #2026-10-06", "AID Віталій Бунечко → лікарня #2026-10-06"}},
		{"another doer's aid",
			"Голова Житомирської ОВА Віталій Бунечко у вівторок відвідав Коростень.\nБлагодійний фонд також передав лікарні два генератори.",
			[]string{"CONSULT/visit Віталій Бунечко → Коростень @Коростень #2026-10-06", "AID Благодійний фонд → лікарня #2026-10-06"}},
		{"an act told after a paragraph that recalls an older story",
			"Голова Житомирської ОВА Віталій Бунечко у вівторок відвідав Коростень.\nНагадаємо, Бунечко також передав лікарні два генератори.",
			[]string{"CONSULT/visit Віталій Бунечко → Коростень @Коростень #2026-10-06", "AID Віталій Бунечко → лікарня"}},
		{"another doer's act of another day just before",
			"Голова Житомирської ОВА Віталій Бунечко у вівторок зустрівся з ветеранами.\nДнем раніше благодійний фонд передав госпіталю два тренажери.\nВетерани також попросили Бунечка облаштувати спортивний майданчик.",
			// (since session 52 the act of the day before told in
			// passing is an aside the scene comes back from, as
			// news55/08's gold dates its "Ветерани також попросили" after
			// "Днем раніше Волинська обласна рада передала …")
			[]string{"CONSULT/meet Віталій Бунечко → ветерани #2026-10-06", "AID благодійний фонд → госпіталь #2026-10-05", "REQUEST Ветерани → Віталій Бунечко #2026-10-06"}},
		{"another doer's act dated by the start of a span",
			"Кабінет міністрів відмовився підвищувати тариф на електроенергію з 1 листопада.\nВодночас «Укренерго» звернулося до НКРЕКП з проханням переглянути тариф на передачу.",
			[]string{"REJECT Кабінет міністрів →  #2025-11-01", "REQUEST Укренерго → НКРЕКП"}},
		{"а також lists what was ordered, it ties no act",
			"Суд у вівторок оштрафував компанію «Альфа».\nРегулятор визнав дії компанії антиконкурентними, зобов'язавши її скасувати заборону, а також зняти бар'єр для нових підприємців.",
			[]string{"COERCE Суд → Альфа #2026-10-06", "COERCE Регулятор → Альфа"}},
		{"також of the thanks, not of the gift in the clause under it",
			"Голова Житомирської ОВА Віталій Бунечко у вівторок відвідав Коростень.\nБунечко також подякував Польщі, яка передала лікарні два генератори.",
			[]string{"CONSULT/visit Віталій Бунечко → Коростень @Коростень #2026-10-06", "SUPPORT Віталій Бунечко → Польща #2026-10-06", "AID Польща → лікарня"}},
		{"також of the statement, not of the refusal it reports",
			"Голова Житомирської ОВА Віталій Бунечко у вівторок відвідав Коростень.\nБунечко також наголосив, що підрядник відмовився ремонтувати міст.",
			[]string{"CONSULT/visit Віталій Бунечко → Коростень @Коростень #2026-10-06", "REJECT підрядник → "}},
	}, thu, eventDayString)
}

// TestS42DStrikesOfTheNight: strikes told with no day of their own after
// the strike that heads a report of one attack ("У ніч на вівторок …")
// are of its day; one after a paragraph that recalls an older story, one
// after a sentence of another day, and one after another kind of dated
// act take none.
func TestS42DStrikesOfTheNight(t *testing.T) {
	wed := time.Date(2026, 11, 18, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, load(t), []construction{
		{"each region's strike after the night's attack",
			"У ніч на вівторок Росія атакувала енергетичну інфраструктуру України дронами і ракетами.\nНа Чернігівщині ворог атакував Ніжин.\nБлизько третьої ночі окупанти вдарили по Кременчуку.",
			[]string{"ASSAULT Росія → Україна @Україна #2026-11-17", "ASSAULT ворог → Ніжин @Ніжин #2026-11-17", "ASSAULT окупанти → Кременчук @Кременчук #2026-11-17"}},
		{"a strike after a sentence of another day",
			"У ніч на вівторок Росія атакувала енергетичну інфраструктуру України дронами і ракетами.\nУ середу енергетики відновили живлення.\nНа Чернігівщині ворог атакував Ніжин.",
			[]string{"ASSAULT Росія → Україна @Україна #2026-11-17", "ASSAULT ворог → Ніжин @Ніжин"}},
		{"a strike told after a paragraph that recalls an older story",
			"У ніч на вівторок Росія атакувала енергетичну інфраструктуру України дронами і ракетами.\nНагадаємо, уряд ухвалив програму відновлення енергетики.\nНа Чернігівщині ворог атакував Ніжин.",
			[]string{"ASSAULT Росія → Україна @Україна #2026-11-17", "ASSAULT ворог → Ніжин @Ніжин"}},
		{"strikes told in the present, as a total or as the day's tally",
			"У ніч на вівторок Росія атакувала енергетичну інфраструктуру України дронами і ракетами.\nОкупанти регулярно обстрілюють Нікополь.\nВід початку року ворог понад сто разів атакував Херсон.\nЗа минулу добу росіяни обстріляли прикордонні громади Сумщини.",
			[]string{"ASSAULT Росія → Україна @Україна #2026-11-17", "ASSAULT Окупанти → Нікополь @Нікополь", "ASSAULT ворог → Херсон @Херсон", "ASSAULT Росія → Сумщина @Сумщина"}},
		{"a strike after a dated meeting",
			"Голова Чернігівської ОВА В'ячеслав Чаус у вівторок зустрівся з волонтерами.\nНа Чернігівщині ворог атакував Ніжин.",
			[]string{"CONSULT/meet В'ячеслав Чаус → волонтери #2026-11-17", "ASSAULT ворог → Ніжин @Ніжин"}},
	}, wed, eventDayString)
}
