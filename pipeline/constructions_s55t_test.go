package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found by the paraphrase set of
// session 55 (helper h55t, TestParaphraseS55T): the site or the vehicle a
// strike hits, named by a common noun (по нафтобазі, атакували маршрутку,
// атака на склад), and a strike summed up in its series (Це вже п'ята
// атака). The sentences are our own.

func TestS55TStruckSites(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a site struck under по, a town after it",
			"Окупанти вдарили ракетою по зерновому терміналу в Ізмаїлі.",
			[]string{"ASSAULT Окупанти → зерновий термінал @Ізмаїл"}},
		{"a vehicle as the strike verb's object",
			"Ворог атакував дроном маршрутку в Херсоні.",
			[]string{"ASSAULT Ворог → маршрутка @Херсон"}},
		{"a site struck under на after the attack's noun, its genitive kept",
			"Сили оборони здійснили атаку на склад боєприпасів у Бєлгородській області.",
			[]string{"ASSAULT Сили оборони → склад боєприпасів @Бєлгородська область"}},
		{"a site struck with no attacker named, told in -но",
			"Уночі удар було завдано по промисловому підприємству.",
			[]string{"ASSAULT  → промислове підприємство"}},
		{"a site of a named town leaves the town the target",
			"Росіяни атакували портову інфраструктуру Рені. Окупанти вдарили по нафтобазі Бердянська.",
			[]string{"ASSAULT Росіяни → Рені @Рені", "ASSAULT Окупанти → Бердянськ @Бердянськ"}},
		{"a pronoun of people hurt does not stand for the site struck before it",
			"Росіяни вдарили по підстанції в Сумах. Поранено двох енергетиків, їм надали медичну допомогу.",
			[]string{"ASSAULT Росіяни → підстанція @Суми"}},
		{"strikes in the plural on a site by no one named are talk of strikes, one strike is an event",
			"Удар припав по нафтобазі. Речник заявив, що удари були спрямовані лише по військових об'єктах.",
			[]string{"ASSAULT  → нафтобаза"}},
		{"a strike summed up by an ordinal after це is the one told before",
			"Росіяни вдарили по складу в Запоріжжі. Це вже п'ята атака на склад за місяць.",
			[]string{"ASSAULT Росіяни → склад @Запоріжжя"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestS55TThreatQuoted(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a threat closing a direct quote has its speaker after it, a title before the name",
			"«Ми перекриємо кордон», — пригрозив прем'єр-міністр Польщі Дональд Туск.",
			[]string{"THREATEN Дональд Туск → "}},
		{"the one threatened in the dative between the verb and the speaker",
			"«Ви пошкодуєте», — погрожував Литві міністр оборони Білорусі Віктор Хренін.",
			[]string{"THREATEN Віктор Хренін → Литва"}},
		{"a speaker's name alone after the verb",
			"«Ми не залишимо це без відповіді», — пригрозив Дмитро Медведєв.",
			[]string{"THREATEN Дмитро Медведєв → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestS55TStateFrees(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a state frees a named person: a release, not a dismissal",
			"Росія звільнила журналіста Владислава Єсипенка.",
			[]string{"RETREAT/release Росія → Владислав Єсипенко"}},
		{"a country's authorities free an opposition figure",
			"Влада Білорусі звільнила опозиціонера Миколу Статкевича.",
			[]string{"RETREAT/release Білорусь → Микола Статкевич"}},
		{"the one freed from captivity after an adjective",
			"Росія звільнила з полону українського журналіста Дмитра Хилюка.",
			[]string{"RETREAT/release Росія → Дмитро Хилюк"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestS55TSeatPicketed(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a picket under the walls of a regional administration is against it",
			"У Тернополі медики вийшли на пікет під стінами Тернопільської ОВА.",
			[]string{"PROTEST медики → Тернопільська ОВА @Тернопіль"}},
		{"a rally by the building of a town council; a rally in the rain has no body",
			"Близько сотні підприємців мітингували біля будівлі Луцької міської ради. Студенти протестували під дощем.",
			[]string{"PROTEST Близько сотні підприємців → Луцька міська рада @Луцьк", "PROTEST Студенти →  @Луцьк"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestS55TDropAndCyber(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"people explosives are dropped on are the target; goods dropped to people are none",
			"Російський дрон скинув вибухівку на двох працівників водоканалу. Вертоліт скинув гуманітарний вантаж на жителів села.",
			[]string{"ASSAULT Російський дрон → двоє працівників водоканалу"}},
		{"a cyberattack on a body's servers or site is on the body",
			"Хакери здійснили кібератаку на сервери «Київстару». Російські хакери атакували сайт Мінфіну.",
			[]string{"ASSAULT Хакери → Київстар", "ASSAULT Російські хакери → Мінфін"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestS55TNounAttacker(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the attackers in the genitive after a strike's noun, a target after по",
			"Внаслідок удару окупантів по школі в Куп'янську загинув учитель.",
			[]string{"ASSAULT окупанти → школа @Куп'янськ"}},
		{"the attackers with their adjective, a town after на",
			"Атака російських загарбників на Вовчанськ тривала всю ніч.",
			[]string{"ASSAULT російські загарбники → Вовчанськ @Вовчанськ"}},
		{"the attackers alone name the strike",
			"Через обстріл ворога без світла залишилися 500 родин.",
			[]string{"ASSAULT ворог → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestS55TSanctionsJudged(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"sanctions judged to work or not are no sanctions imposed; sanctions coming into force are",
			"Санкції проти Ірану поки що не працюють, вважає аналітик Петро Гнатюк. Санкції ЄС вже вплинули на економіку Білорусі. Нові санкції Канади проти Росії запрацюють з понеділка.",
			[]string{"SANCTION Канада → Росія [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestS55TTownCentre(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a rally planned in a town's centre is in the town",
			"Фермери планують провести мітинг у центрі Вінниці.",
			[]string{"PROTEST Фермери →  @Вінниця [future]"}},
		{"a detention in a town's centre is in the town",
			"Поліцейські затримали двох чоловіків у центрі Полтави.",
			[]string{"COERCE Поліцейські → двоє чоловіків @Полтава"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
