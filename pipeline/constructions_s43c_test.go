package pipeline_test

import (
	"testing"
	"time"
)

// TestS43CDativeBodies: money or goods given a town's firm or centre named
// by its noun in the dative ("виділила закладу",
// "перерахує обласним центрам") and trams or trolleybuses given a town are
// aid, as money given a school or a hospital is.
func TestS43CDativeBodies(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"money given an institution",
			"Громада виділила закладу 2 млн гривень.",
			[]string{"AID Громада → заклад"}},
		{"money given cultural bodies",
			"Уряд виділив установам культури 9 млн гривень.",
			[]string{"AID Уряд → установи культури"}},
		{"money sent regional centres",
			"Фонд перерахує обласним центрам 20 млн гривень.",
			[]string{"AID Фонд → обласні центри [future]"}},
		{"trams given a town",
			"Черкаси передадуть Житомиру шість трамваїв.",
			[]string{"AID Черкаси → Житомир [future]"}},
	}, time.Time{})
}

// TestS43CAppealHanded: an appeal or a petition handed to an official
// asks him (REQUEST); another's appeal passed on ("звернення батьків",
// "це звернення") asks nothing of him on the giver's part.
func TestS43CAppealHanded(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an appeal handed to the governor",
			"Мешканці передали голові ОВА Івану Петренку звернення.",
			[]string{"REQUEST Мешканці → Іван Петренко"}},
		{"a petition handed over",
			"Профспілка передала ректору Олегу Бондару петицію, яку підписали 500 студентів.",
			[]string{"REQUEST Профспілка → Олег Бондар"}},
		{"the parents' appeal passed on",
			"Депутат передав меру звернення батьків учнів.",
			nil},
	}, time.Time{})
}

// TestS43CCalledBreach: an act called one that breaks an agreement
// ("назвали таким, що порушує …") accuses whoever did it, named in the
// genitive after the act put before the verb.
func TestS43CCalledBreach(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a decision called a breach",
			"У Мінекономіки рішення Варшави назвали таким, що порушує умови договору.",
			[]string{"ACCUSE Мінекономіки → Варшава"}},
	}, time.Time{})
}

// TestS43CRecommended: a body advised by another to act, named in the
// dative before the infinitive ("рекомендувала Міністерству фінансів
// переглянути", "ухвалив рішення рекомендувати Кабінету міністрів"), is
// asked; advice to the public is no request.
func TestS43CRecommended(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an audit body advises a ministry",
			"Рахункова палата рекомендувала Міністерству фінансів переглянути правила.",
			[]string{"REQUEST Рахункова палата → Міністерство фінансів"}},
		{"a committee decides to advise the cabinet",
			"Комітет ухвалив рішення рекомендувати Кабінету міністрів скасувати постанову.",
			[]string{"REQUEST Комітет → Кабінет міністрів"}},
		{"advice to the public",
			"Лікарі рекомендують громадянам пити більше води.",
			nil},
	}, time.Time{})
}

// TestS43CThreatenedDismissal: a threat to dismiss or to punish someone
// ("пригрозив звільнити головного лікаря") threatens the one to be
// dismissed or punished.
func TestS43CThreatenedDismissal(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a dismissal threatened",
			"Губернатор пригрозив звільнити головного лікаря.",
			[]string{"THREATEN Губернатор → головний лікар"}},
		{"a dismissal from a post threatened",
			"Міністр пригрозив звільнити з посади керівника управління.",
			[]string{"THREATEN Міністр → керівник управління"}},
	}, time.Time{})
}

// TestS43CSumReceivedFirst: a sum put before the verb of receiving from a
// named giver is aid ("Понад 12 млн гривень … громада отримала від уряду
// Японії"); a sum paid for work is none.
func TestS43CSumReceivedFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a grant received, the sum first",
			"Понад 12 млн гривень на ремонт школи громада отримала від уряду Японії.",
			[]string{"AID Японія → громада"}},
		{"a payment received",
			"Два мільйони гривень за ремонт фірма отримала від міської ради.",
			nil},
	}, time.Time{})
}

// TestS43CHostAfter: a guest put first and the host after the verb of
// receiving, past an adverb ("прийняв також президент Литви …") or named
// by a singular title of a country alone ("де її прийняв прем'єр-міністр
// Чехії"), is a meeting.
func TestS43CHostAfter(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the host past an adverb",
			"У Вільнюсі Качку прийняв також президент Литви Гітанас Науседа.",
			[]string{"CONSULT/meet Гітанас Науседа → Качка @Вільнюс"}},
		{"the host by a title alone",
			"Міністр прибув до Праги, де його прийняв прем'єр-міністр Чехії.",
			[]string{"CONSULT/visit Міністр → Прага @Прага", "CONSULT/meet прем'єр-міністр Чехії →  @Прага"}},
	}, time.Time{})
}

// TestS43CPackageFirst: a package of sanctions put first, who adopted it
// after ("Другий пакет санкцій проти Білорусі ЄС запровадив"), is a
// sanction as the package after the verb is.
func TestS43CPackageFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the package and its target first",
			"Другий пакет санкцій проти Білорусі ЄС запровадив у березні.",
			[]string{"SANCTION ЄС → Білорусь"}},
		{"the package's owner the subject",
			"Сьомий пакет санкцій ЄС ухвалив у травні.",
			[]string{"SANCTION ЄС → "}},
		{"the package alone first",
			"Третій пакет санкцій Канада запровадила минулого тижня.",
			[]string{"SANCTION Канада → "}},
	}, time.Time{})
}

// TestS43CStrikeSites: a strike on a town named by its rank or on a
// region's energy ("били по районному центру", "по енергетиці Одещини")
// is an attack, and so is a place that came under fire, the fire put
// first ("під обстріл потрапив Нікополь"); people who came under a blow
// ("під удар потрапили малі підприємці") were harmed by no strike.
func TestS43CStrikeSites(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a district centre struck",
			"Окупанти знову били по районному центру.",
			[]string{"ASSAULT Окупанти → "}},
		{"a region's energy struck",
			"Росіяни вночі били по енергетиці Одещини.",
			[]string{"ASSAULT Росіяни → Одещина @Одещина"}},
		{"a town under fire, the fire first",
			"Вночі під обстріл потрапив Нікополь.",
			[]string{"ASSAULT  → Нікополь @Нікополь"}},
		{"a town under a blow",
			"Першим під удар потрапив Чернігів.",
			[]string{"ASSAULT  → Чернігів @Чернігів"}},
		{"people under a blow",
			"Під удар потрапили малі підприємці.",
			nil},
	}, time.Time{})
}

// TestS43CAppealBacked: an appeal to someone a council backs
// ("підтримала звернення до Верховної Ради") is the council's request;
// an appeal of others backed ("підтримали звернення громадян") stays
// support.
func TestS43CAppealBacked(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an appeal to the parliament backed",
			"Обласна рада на сесії підтримала звернення до Верховної Ради.",
			[]string{"REQUEST Обласна рада → Верховна Рада"}},
		{"the citizens' appeal backed",
			"Депутати підтримали звернення громадян.",
			[]string{"SUPPORT Депутати → "}},
	}, time.Time{})
}

// TestS43CSideClosing: a side of politics named by its noun in the
// locative closing the clause of a subjectless statement ("розкритикували
// в опозиції", "відкинули в мерії") is who made it.
func TestS43CSideClosing(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"criticised in the opposition",
			"Рішення одразу розкритикували в опозиції.",
			[]string{"ACCUSE опозиція → "}},
		{"rejected in the mayor's office",
			"Заяву міністра відкинули в мерії.",
			[]string{"REJECT мерія → "}},
	}, time.Time{})
}

// TestS43CSuspectFirst: the one suspected, named by a role noun with its
// adjectives in the dative, opening a subjectless past plural notice of
// suspicion ("Колишньому сільському голові … повідомили про підозру"), is
// whom it is brought against.
func TestS43CSuspectFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a former head suspected",
			"Колишньому селищному голові у справі ще торік повідомили про підозру.",
			[]string{"ACCUSE  → колишній селищний голова"}},
		{"a school's head suspected",
			"Директору школи у справі повідомили про підозру.",
			[]string{"ACCUSE  → директор школи"}},
	}, time.Time{})
}
