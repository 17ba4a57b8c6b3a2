package pipeline_test

import (
	"testing"
	"time"
)

// TestS33EntryBan checks that the place after в'їзд до is where one may
// not go, not whom the ban hits, while the country after експорт до is
// the target.
func TestS33EntryBan(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"в'їзд до own country",
			"Уряд Естонії заборонив в'їзд до Естонії автомобілям з російськими номерами.",
			[]string{"SANCTION Естонія → "}},
		{"в'їзд до ЄС",
			"Латвія заборонила в'їзд до ЄС російським туристам.",
			[]string{"SANCTION Латвія → "}},
		{"експорт до Росії still the target",
			"Литва заборонила експорт до Росії подвійних товарів.",
			[]string{"SANCTION Литва → Росія"}},
	}, time.Time{})
}

// TestS33QuoteGoesOn checks that a quote in marks of its own right after
// the attribution of the one before (`«…», – наголосив X. – «…»`) is
// X's too.
func TestS33QuoteGoesOn(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"«…», – cue X. – «…»",
			"«Це компромісний документ», – наголосив міністр оборони Рустем Умєров. – «Він враховує і потреби армії, і права військових».",
			[]string{"Рустем Умєров/наголосити/direct: Це компромісний документ",
				"Рустем Умєров/наголосити/direct: Він враховує і потреби армії, і права військових"}},
		{"straight marks and hyphens",
			"\"Ми не відступимо\", - заявив мер Харкова Ігор Терехов. - \"Місто працює і житиме\".",
			[]string{"Ігор Терехов/заявити/direct: Ми не відступимо",
				"Ігор Терехов/заявити/direct: Місто працює і житиме"}},
		{"a new paragraph is not the same quote",
			"«Ми не відступимо», – заявив мер Харкова Ігор Терехов.\n\n«Фестиваль» відкриється в суботу.",
			[]string{"Ігор Терехов/заявити/direct: Ми не відступимо"}},
	}, time.Time{})
}

// TestS33Speaker checks that спікер stands for the chair of a legislature
// named before, in quotes and events.
func TestS33Speaker(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"Голова Верховної Ради … Спікер додав",
			"Голова Верховної Ради Руслан Стефанчук заявив, що парламент розгляне законопроєкт. Спікер додав, що комітет завершить роботу наступного тижня.",
			[]string{"Руслан Стефанчук/заявити/indirect: парламент розгляне законопроєкт",
				"Руслан Стефанчук/додати/indirect: комітет завершить роботу наступного тижня"}},
	}, time.Time{})
	checkEvents(t, p, []construction{
		{"Голова Сейму … Спікер зустрівся",
			"Голова Сейму Польщі Шимон Головня прибув до Києва.\n\nСпікер зустрівся з Президентом України Володимиром Зеленським.",
			[]string{"CONSULT/visit Шимон Головня → Київ @Київ", "CONSULT/meet Шимон Головня → Володимир Зеленський @Київ"}},
		{"a minister is no speaker",
			"Міністр оборони Рустем Умєров прибув до Брюсселя.\n\nСпікер парламенту зустрівся з ним.",
			[]string{"CONSULT/visit Рустем Умєров → Брюссель @Брюссель", "CONSULT/meet Спікер парламенту → Рустем Умєров @Брюссель"}},
	}, time.Time{})
}

// TestS33HeldLater checks that a sentence saying where a meeting will
// take place places a meeting to come, not a past one told before.
func TestS33HeldLater(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a summit to come is not where a past meeting was",
			"Позавчора президент Литви Гітанас Науседа провів нараду з військовими.\n\nСаміт відбудеться 5 квітня у Вашингтоні.",
			[]string{"CONSULT/meet Гітанас Науседа → військові"}},
		{"a meeting to come placed by the next sentence",
			"Прем'єр-міністр Денис Шмигаль проведе переговори з Дональдом Туском.\n\nЗустріч відбудеться у Варшаві.",
			[]string{"CONSULT/meet Денис Шмигаль → Дональд Туск @Варшава [future]"}},
		{"a past meeting placed by the next sentence",
			"Прем'єр-міністр Денис Шмигаль провів переговори з Дональдом Туском.\n\nЗустріч відбулася у Варшаві.",
			[]string{"CONSULT/meet Денис Шмигаль → Дональд Туск @Варшава"}},
	}, time.Time{})
}

// TestS33AssetsFrozen checks that assets frozen by announcement are a
// sanction, and a tariff frozen is none.
func TestS33AssetsFrozen(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"оголосила про заморожування активів",
			"Японія оголосила про заморожування активів ще 20 російських компаній.",
			[]string{"SANCTION Японія → "}},
		{"оголосила заморожування рахунків",
			"Канада оголосила заморожування рахунків російських банків.",
			[]string{"SANCTION Канада → "}},
		{"a tariff frozen is no sanction",
			"Уряд оголосив про заморожування тарифів на газ.",
			nil},
	}, time.Time{})
}

// TestS33AfterThat checks that a sentence opening with Після наради, Під
// час зустрічі or Увечері takes the day of the event told before.
func TestS33AfterThat(t *testing.T) {
	checkDatedEvents(t, load(t), []construction{
		{"Після наради",
			"У середу прем'єр-міністр Денис Шмигаль провів нараду з головами ОВА.\n\nПісля наради він зустрівся з міністром енергетики Германом Галущенком.",
			[]string{"CONSULT/meet Денис Шмигаль →  on 2024-03-06", "CONSULT/meet Денис Шмигаль → Герман Галущенко on 2024-03-06"}},
		{"Увечері",
			"У вівторок міністр оборони Рустем Умєров прибув до Брюсселя.\n\nУвечері він провів переговори з Борисом Пісторіусом.",
			[]string{"CONSULT/visit Рустем Умєров → Брюссель @Брюссель on 2024-03-05", "CONSULT/meet Рустем Умєров → Борис Пісторіус @Брюссель on 2024-03-05"}},
		{"Увечері with a date of its own",
			"У вівторок міністр оборони Рустем Умєров прибув до Брюсселя.\n\nУвечері 7 березня він провів переговори з Борисом Пісторіусом.",
			[]string{"CONSULT/visit Рустем Умєров → Брюссель @Брюссель on 2024-03-05", "CONSULT/meet Рустем Умєров → Борис Пісторіус @Брюссель on 2024-03-07"}},
	}, time.Date(2024, 3, 8, 0, 0, 0, 0, time.UTC))
}
