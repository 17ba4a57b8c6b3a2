package pipeline_test

import (
	"testing"
	"time"
)

// TestS46PArrivalScene: a story whose headline and lead tell where
// someone arrived or what was brought ("прибув до Чернігова", "До
// Херсона доставили генератори") is set in that town for the visitors'
// meetings, signings and thanks that name no place of their own; an
// attack told of the region, a trip out of the town and an older story
// (Нагадаємо) are not placed there.
func TestS46PArrivalScene(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"aid brought, a ceremony, then a meeting",
			"Швеція доставила до Херсона генератори\nДо Херсона у вівторок доставили дванадцять генераторів, які Швеція передала місту.\n\nГенератори зустріли на площі Свободи, де відбулася церемонія. Під час церемонії посол Швеції Мартін Оберг і мер Роман Мрочко підписали меморандум про співпрацю.\n\nЗгодом посол зустрівся з начальником обласної військової адміністрації Олександром Прокудіним.",
			[]string{"AID Швеція → місто @Херсон", "AGREE Мартін Оберг,Роман Мрочко →  @Херсон", "CONSULT/meet Мартін Оберг → Олександр Прокудін @Херсон"}},
		{"a visit, a meeting, a strike on the region",
			"Прем'єр Норвегії відвідав Чернігів\nПрем'єр-міністр Норвегії Йонас Гар Стере у четвер прибув до Чернігова.\n\nВін оглянув зруйновану школу. Прем'єр також провів зустріч з головою обласної ради Олександром Мельником.\n\nМинулого тижня росіяни вдарили дронами по енергетичній інфраструктурі області.",
			[]string{"CONSULT/visit Йонас Гар Стере → Чернігів @Чернігів", "CONSULT/meet Йонас Гар Стере → Олександр Мельник @Чернігів", "ASSAULT росіяни → "}},
		{"a trip out of the town, then a meeting",
			"Прем'єр Норвегії відвідав Чернігів\nПрем'єр-міністр Норвегії Йонас Гар Стере у четвер прибув до Чернігова.\n\nТакож Стере відвідав Новгород-Сіверський, де поклав квіти до меморіалу.\n\nПрем'єр також провів зустріч з головою обласної ради Олександром Мельником.",
			[]string{"CONSULT/visit Йонас Гар Стере → Чернігів @Чернігів", "CONSULT/visit Йонас Гар Стере → Новгород-Сіверський @Новгород-Сіверський",
				"CONSULT/meet Йонас Гар Стере → Олександр Мельник @Новгород-Сіверський"}},
		{"an older story",
			"Прем'єр Норвегії відвідав Чернігів\nПрем'єр-міністр Норвегії Йонас Гар Стере у четвер прибув до Чернігова.\n\nНагадаємо, у травні прем'єр-міністерка Юлія Свириденко зустрілася з президентом Фінляндії Александером Стуббом.",
			[]string{"CONSULT/visit Йонас Гар Стере → Чернігів @Чернігів", "CONSULT/meet Юлія Свириденко → Александер Стубб"}},
		{"an arrival that was only due",
			"Прем'єр-міністр Норвегії Йонас Гар Стере мав прибути до Чернігова. Мер Олег Дмитренко зустрівся з волонтерами.",
			[]string{"CONSULT/visit Йонас Гар Стере → Чернігів @Чернігів [hypothetical]", "CONSULT/meet Олег Дмитренко → волонтери"}},
		{"a town named as who pays is no other place",
			"Делегація Любліна прибула до Луцька\nУ п'ятницю до Луцька прибула делегація польського міста-побратима Люблін.\n\nЗа результатами зустрічі мер Ігор Поліщук і віцепрезидентка Любліна Беата Стемпень підписали угоду, за якою Люблін фінансуватиме ремонт двох шкіл.",
			[]string{"CONSULT/visit делегація польського міста-побратима → Луцьк @Луцьк", "CONSULT/meet Ігор Поліщук → Беата Стемпень @Луцьк",
				"AGREE Ігор Поліщук,Беата Стемпень →  @Луцьк", "AID Люблін →  [future]"}},
	}, time.Time{})
}

// TestS46PBroughtBefore: aid with no place of its own is placed in the
// town named under до before the verb of delivery in its clause ("До
// Миколаєва у четвер доставили котельні, які Данія передала місту"), as
// after it.
func TestS46PBroughtBefore(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the town before the verb",
			"Парламент у четвер ухвалив бюджет.\n\nДо Миколаєва у четвер доставили шість котелень, які Данія передала місту.",
			[]string{"AID Данія → місто @Миколаїв"}},
	}, time.Time{})
}

// TestS46PVisitedThere: a meeting told with "Також" in a sentence that
// tells a visit to a place ("Також Сікорський відвідав Бучу, де …
// поспілкувався з мешканцями") was held at the visited place, not where
// the visitor's talks before it were.
func TestS46PVisitedThere(t *testing.T) {
	p := load(t)
	published := time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC) // a Friday
	checkDatedEvents(t, p, []construction{
		{"a visit out of the town, a meeting there",
			"Сікорський прибув до Києва\nМіністр закордонних справ Польщі Радослав Сікорський у четвер прибув до Києва з неоголошеним робочим візитом.\n\nЗгодом польський міністр провів переговори з главою МЗС України Андрієм Сибігою.\n\nТакож Сікорський відвідав Бучу, де вшанував пам'ять жертв окупації та поспілкувався з місцевими мешканцями.",
			[]string{"CONSULT/visit Радослав Сікорський → Київ @Київ on 2026-04-09", "CONSULT/meet Радослав Сікорський → Андрій Сибіга @Київ on 2026-04-09",
				"CONSULT/visit Радослав Сікорський → Буча @Буча on 2026-04-09", "CONSULT/meet Радослав Сікорський → місцеві мешканці @Буча on 2026-04-09"}},
	}, published)
}
