package pipeline_test

import (
	"testing"
	"time"
)

// TestS45BEnvoysPost: the place in the title of the doer, an envoy named
// with whose envoy he is and his post ("Посол Польщі в Україні",
// "Представниця ЮНІСЕФ у Молдові"), says where he serves, not where
// his act was; a place of the act's own after the verb still counts.
func TestS45BEnvoysPost(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an ambassador's thanks",
			"Парламент у четвер ухвалив бюджет.\n\nПосол Польщі в Україні Пйотр Лукасевич подякував волонтерам за допомогу.",
			[]string{"SUPPORT Пйотр Лукасевич → волонтери"}},
		{"a coordinator's call, the title long",
			"Парламент у четвер ухвалив бюджет.\n\nКоординаторка ООН з гуманітарних питань у Молдові Ірина Ковальчук закликала Росію припинити удари.",
			[]string{"REQUEST Ірина Ковальчук → Росія"}},
		{"the act's own place",
			"Парламент у четвер ухвалив бюджет.\n\nПосол Польщі Пйотр Лукасевич у Вінниці зустрівся з волонтерами.",
			[]string{"CONSULT/meet Пйотр Лукасевич → волонтери @Вінниця"}},
		{"an ambassador's meeting",
			"Парламент у четвер ухвалив бюджет.\n\nПосол Польщі в Україні Пйотр Лукасевич зустрівся з волонтерами.",
			[]string{"CONSULT/meet Пйотр Лукасевич → волонтери"}},
	}, time.Time{})
}

// TestS45BPlannedOnVisit: a meeting still to come in the days of a visit
// being paid ("прибув до Осло вчора … У четвер міністр має зустрітися
// з …") is planned where the visitor is; one planned a week on, or one
// with no day, is not placed so.
func TestS45BPlannedOnVisit(t *testing.T) {
	p := load(t)
	published := time.Date(2026, 4, 8, 0, 0, 0, 0, time.UTC) // a Wednesday
	checkDatedEvents(t, p, []construction{
		{"the next day of the visit",
			"Міністр оборони України Денис Шмигаль прибув до Осло вчора ввечері. Візит триватиме три дні.\n\nУ четвер Шмигаль має зустрітися з прем'єр-міністром Норвегії Йонасом Гаром Стере.",
			[]string{"CONSULT/visit Денис Шмигаль → Осло @Осло on 2026-04-07", "CONSULT/meet Денис Шмигаль → Йонас Гар Стере @Осло [future] on 2026-04-09"}},
		{"a week on",
			"Міністр оборони України Денис Шмигаль прибув до Осло вчора ввечері. Візит триватиме три дні.\n\nНаступного тижня Шмигаль має зустрітися з прем'єр-міністром Норвегії Йонасом Гаром Стере.",
			[]string{"CONSULT/visit Денис Шмигаль → Осло @Осло on 2026-04-07", "CONSULT/meet Денис Шмигаль → Йонас Гар Стере [future] on 2026-04"}},
	}, published)
}

// TestS45BCapitalByAdjective: a visit to a capital named by its
// country's adjective ("прибув до польської столиці") goes to that
// capital, the place of that name the text names or else the name, not
// to another town of the country the text names.
func TestS45BCapitalByAdjective(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the capital named before",
			"Посольство України у Варшаві повідомило про візит.\n\nУ вівторок міністр оборони України Денис Шмигаль прибув до польської столиці потягом.",
			[]string{"CONSULT/visit Денис Шмигаль → Варшава @Варшава"}},
		{"another town of the country named",
			"Президент Фінляндії Александер Стубб на другий день візиту до України прибув до Харкова.\n\nНапередодні Стубб прибув до української столиці потягом.",
			[]string{"CONSULT/visit Александер Стубб → Харків @Харків", "CONSULT/visit Александер Стубб → Київ @Київ"}},
	}, time.Time{})
}

// TestS45BWhereVisited: a clause of де after a visit told by its noun
// ("продовжив візит до Таллінна, де його прийняв …", "прибув з офіційним
// візитом до Праги, де …") happened at the visit's destination, as after
// a verb of going.
func TestS45BWhereVisited(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a visit continued",
			"Парламент у четвер ухвалив бюджет.\n\nУ середу міністр закордонних справ України Андрій Сибіга продовжив візит до Таллінна, де його прийняла прем'єр-міністерка Естонії Крістен Міхал.",
			[]string{"CONSULT/visit Андрій Сибіга → Таллінн @Таллінн", "CONSULT/meet Крістен Міхал → Андрій Сибіга @Таллінн"}},
	}, time.Time{})
}

// TestS45BSiteStruck: a strike on a site named as one (Трипільська ТЕС)
// is placed at the site, not in the town a story set abroad is told from.
func TestS45BSiteStruck(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a power plant struck, the story in Warsaw",
			"Прем'єр-міністерка України Юлія Свириденко у вівторок у Варшаві зустрілася з прем'єр-міністром Польщі Дональдом Туском.\n\nУ ніч на неділю російські ракети атакували Трипільську ТЕС, повідомили в компанії.",
			[]string{"CONSULT/meet Юлія Свириденко → Дональд Туск @Варшава", "ASSAULT російські ракети → Трипільська ТЕС @Трипільська ТЕС"}},
	}, time.Time{})
}

// TestS45BMayorMetResidents: a town's head (міський голова X, начальник
// X-ської міської військової адміністрації) meeting residents with no
// place told met them in the town; a region's head is not placed so.
func TestS45BMayorMetResidents(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a mayor",
			"Вночі окупанти атакували Полтаву дронами.\n\nМіський голова Полтави Олександр Мамай оглянув пошкоджений будинок і зустрівся з його мешканцями.",
			[]string{"ASSAULT окупанти → Полтава @Полтава", "CONSULT/meet Олександр Мамай → мешканці @Полтава"}},
		{"the head of a town's military administration",
			"Вночі окупанти атакували Полтаву дронами.\n\nНачальник Сумської міської військової адміністрації Олександр Лисенко зустрівся з мешканцями пошкоджених будинків.",
			[]string{"ASSAULT окупанти → Полтава @Полтава", "CONSULT/meet Олександр Лисенко → мешканці пошкоджених будинків @Суми"}},
		{"a region's head",
			"Вночі окупанти атакували Полтаву дронами.\n\nНачальник Сумської обласної військової адміністрації Олександр Лисенко зустрівся з мешканцями пошкоджених будинків.",
			[]string{"ASSAULT окупанти → Полтава @Полтава", "CONSULT/meet Олександр Лисенко → мешканці пошкоджених будинків"}},
	}, time.Time{})
}
