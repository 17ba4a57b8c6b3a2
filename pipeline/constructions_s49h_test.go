package pipeline_test

import (
	"testing"
	"time"
)

// Threats in the forms of the war and world desk (session 49, helper
// h49h): an answer, sanctions or countermeasures warned of, with the one
// warned named or not; an act "не залишиться без наслідків" told by the
// body that warns; a harsh answer promised in a clause of що; an act of the
// warning side's state by any means or on a condition. Warnings of weather,
// of a reply to a letter, of prices that rise, are none. The sentences are
// our own.
func TestThreatShapesS49h(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an answer or sanctions warned of, to a side named",
			"Посол Китаю попередив Токіо про «рішучу відповідь». Держдеп попереджає Багдад про санкції у разі закупівлі зброї.",
			[]string{"THREATEN Посол Китаю → Токіо", "THREATEN Держдеп → Багдад"}},
		{"an answer or sanctions warned of, no side named; a reply or a storm's consequences are none",
			"Пекін попередив про «рішучу відповідь». Банк попередив про відповідь на запит. Синоптики попередили про наслідки негоди.",
			[]string{"THREATEN Пекін → "}},
		{"not left without consequences, told by the body that warns, not by a place in the clause",
			"В МЗС Китаю попередили, що арешт китайських активів у США «не залишиться без наслідків для американських компаній». Зміна клімату не залишиться без наслідків для врожаю.",
			[]string{"THREATEN МЗС Китаю →  @США [future]"}},
		{"a harsh answer promised in a clause of що; help that will not be late is none",
			"Речниця уряду пообіцяла, що «відповідь не забариться». Посол попередив, що відповідь буде дзеркальною. Міністр пообіцяла, що допомога не забариться.",
			[]string{"THREATEN Речниця уряду → ", "THREATEN Посол → "}},
		{"an act of the state warned of, by any means or on a condition; prices that rise are none",
			"Пекін попередив, що «надалі захищатиме свої судна усіма доступними засобами». Прем'єр попередив, що Анкара закриє протоки, якщо Брюссель запровадить мита. Економісти попередили, що ціни зростуть, якщо уряд підвищить податки.",
			[]string{"THREATEN Пекін → ", "THREATEN Прем'єр → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Shows of force of the war desk: warplanes, warships and air defence
// sent or deployed (a sports complex or a system of accounts is none), a
// mission named in quotes that the sender acts under, jets scrambled told
// by the intransitive піднятися (a balloon that rises is none), and two
// such acts of one side in one sentence, two events.
func TestForceShapesS49h(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"warplanes sent under a mission named in quotes",
			"НАТО в рамках місії «Балтійський вартовий» направило до Литви винищувачі з Італії.",
			[]string{"MOBILIZE НАТО →  @Литва"}},
		{"air defence deployed; a sports complex is none",
			"Росія розгорнула поблизу Мелітополя додаткові комплекси ППО. Місто розгорнуло спортивний комплекс для дітей.",
			[]string{"MOBILIZE Росія →  @Мелітополь"}},
		{"jets scrambled, the intransitive; a balloon is none",
			"Над Балтикою піднялися в повітря два винищувачі. Повітряна куля піднялася в повітря.",
			[]string{"MOBILIZE винищувачі → "}},
		{"a call-up and units readied by one side in one sentence are two acts",
			"Угорщина оголосила призов до 10 тисяч резервістів та привела частину підрозділів у стан підвищеної бойової готовності.",
			[]string{"MOBILIZE Угорщина → ", "MOBILIZE Угорщина → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Withdrawals of the war and business desks: a bridgehead or fortifications
// left (a unit forced to leave under fire is coerced by no one: the forces'
// body named in the sentence, "Сили оборони", is no force used), a firm
// that leaves a country's market (one that enters a market is none), and
// warships that leave a port or a base (a ship with grain, or players
// who leave their training base, withdraw nothing).
func TestWithdrawalShapesS49h(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a bridgehead left under fire, told by the forces' body",
			"Російські підрозділи були змушені залишити плацдарм поблизу Херсона під вогнем українських дронів, повідомили в Силах оборони півдня.",
			[]string{"RETREAT Російські підрозділи →  @Херсон"}},
		{"fortifications left",
			"Підрозділи покинули укріплення під Бахмутом.",
			[]string{"RETREAT Підрозділи →  @Бахмут"}},
		{"a firm leaves a country's market; entering one is none",
			"Компанія Fazer пішла з ринку Росії. Компанія Orkla вийшла на ринок Польщі.",
			[]string{"RETREAT Fazer → Росія @Росія"}},
		{"warships leave a port; a ship with grain and players are none",
			"Ще два десантні кораблі Балтійського флоту в середу залишили порт Латакія. Судно з зерном залишило порт Одеси. Футболісти залишили тренувальну базу.",
			[]string{"RETREAT Балтійський флот →  @Латакія"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Forces on alert or sent, told by an intransitive verb or a paper: a
// unit that goes on combat duty (its country, not the weapon named in
// quotes; a nurse's night duty is none), a warship that enters waters (a
// tanker that enters a port is none), call-up papers served (a summons to
// court is none).
func TestAlertShapesS49h(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"combat duty; a night duty is none",
			"Перший дивізіон комплексу «Тополь» уже заступив на бойове чергування в Казахстані. Медсестра заступила на нічне чергування.",
			[]string{"MOBILIZE Казахстан → "}},
		{"a warship enters waters; a tanker is none",
			"Росія знову погрожує. У Балтійське море увійшов російський фрегат «Адмірал Григорович». У порт Одеси зайшов турецький танкер.",
			[]string{"THREATEN Росія → ", "MOBILIZE Росія → "}},
		{"call-up papers served; a summons to court is none",
			"ТЦК вручили понад 100 повісток. Поліцейські вручили йому повістку до суду.",
			[]string{"MOBILIZE ТЦК → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}
