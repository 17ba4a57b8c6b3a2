package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// Session 54, helper o: the subject after its verb, an object put first
// (Ukrainian's free order in news leads and headlines). The sentences
// are our own.

// TestS54OSubjectAfterVerb: a name or a body's phrase right after the
// verb, of its number (and gender, in the past), is its doer when the
// object put before the verb cannot be the subject: a form only the
// accusative has (частину, угоду), a phrase of time before it (цього
// тижня), a kind's noun that does not agree with the verb
// (підприємство … звинуватив). An inanimate name the tagger reads as an
// accusative after the verb (Світовий банк) reads the same in the
// nominative; an acronym's gender (НАБУ, read as feminine) is not
// checked. The subject after the verb is no recipient; the usual order
// keeps its subject.
func TestS54OSubjectAfterVerb(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"AID: a body for its state after the verb is no recipient",
			"Проєкт фінансує уряд Японії.", []string{"AID Японія → "}},
		{"AID: the usual order",
			"Уряд Японії фінансує проєкт.", []string{"AID Японія → "}},
		{"AID: an inanimate name read as an accusative after a fronted accusative",
			"Частину коштів на відбудову школи надасть Європейський банк реконструкції та розвитку.",
			[]string{"AID Європейський банк реконструкції та розвитку →  [future]"}},
		{"AID: the name before a phrase under a preposition",
			"Решту суми надасть Європейський інвестиційний банк у вигляді кредиту.",
			[]string{"AID Європейський інвестиційний банк →  [future]"}},
		{"CONSULT: a phrase of time before the place visited",
			"Цього тижня Київ відвідав прем'єр Польщі.", []string{"CONSULT/visit прем'єр Польщі → Київ @Київ"}},
		{"CONSULT: a year before the place visited",
			"Цього року Херсон відвідав генсек НАТО.", []string{"CONSULT/visit генсек НАТО → Херсон @Херсон"}},
		{"ACCUSE: an acronym whose gender the tagger does not know",
			"Компанію «Альфа» у корупції звинуватило НАБУ.", []string{"ACCUSE НАБУ → Альфа"}},
		{"ACCUSE: a kind's noun that does not agree with the verb",
			"Підприємство «Альфа» у змові звинуватив Антимонопольний комітет.", []string{"ACCUSE Антимонопольний комітет → "}},
		{"ACCUSE: the usual order",
			"Антимонопольний комітет звинуватив підприємство «Альфа» у змові.", []string{"ACCUSE Антимонопольний комітет → Альфа"}},
		{"SUPPORT: a kind's noun that does not agree with the verb",
			"Об'єднання «Світанок» підтримав Світовий банк.", []string{"SUPPORT Світовий банк → "}},
		{"SUPPORT: an acronym after a fronted accusative",
			"Ініціативу громади підтримало МВФ.", []string{"SUPPORT МВФ → "}},
		{"AGREE: the name before the place",
			"Угоду про кредит підписав Європейський інвестиційний банк у Брюсселі.",
			[]string{"AGREE Європейський інвестиційний банк →  @Брюссель"}},
		{"AGREE: the usual order",
			"Світовий банк підписав угоду з Україною.", []string{"AGREE Світовий банк → Україна"}},
	}, time.Time{})
}

// TestS54OSidesAfterVerb: states and bodies joined by та after a plural
// verb, closing the clause, are its doers (a body named with its state
// acts for it), and a count of times before the verb (23 рази) is no
// object put first that would make the phrase after the verb its doer.
func TestS54OSidesAfterVerb(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"AID: an acronym and a state's body joined",
			"Запуск фінансують ЄС та уряд Швейцарії.", []string{"AID ЄС,Швейцарія → "}},
		{"AID: three sides",
			"Проєкт фінансують ЄС, уряд Норвегії та уряд Швейцарії.", []string{"AID ЄС,Норвегія,Швейцарія → "}},
		{"ASSAULT: a count of times between the subject and the verb",
			"Упродовж ночі окупанти 22 рази обстріляли прикордонні громади Сумщини.", []string{"ASSAULT окупанти → Сумщина @Сумщина"}},
	}, time.Time{})
}

// TestS54OLatinCompound: a noun written with a prefix in Latin script
// (FPV-дронів, Starlink-терміналів) is read as the Ukrainian noun, an
// object or a weapon of an event as that noun is, and no name.
func TestS54OLatinCompound(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"AID: goods received from whom",
			"Підрозділ отримав понад 600 FPV-дронів від волонтерів.", []string{"AID волонтери → Підрозділ"}},
		{"ASSAULT: struck with a drone",
			"Вночі по Марганцю окупанти вдарили FPV-дроном.", []string{"ASSAULT окупанти → Марганець @Марганець"}},
	}, time.Time{})
	for _, text := range []string{
		"Внаслідок удару FPV-дронів у Херсоні загинув чоловік.",
		"Ворог вдарив по Херсону з FPV-дронів.",
		"Компанія будує LNG-термінал у порту.",
	} {
		x := p.Extract(text, time.Time{})
		for _, e := range x.Entities {
			if strings.Contains(e.Name, "-") {
				t.Errorf("%q: entity %s %q, want none", text, e.Type, e.Name)
			}
		}
	}
}
