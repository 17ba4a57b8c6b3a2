package pipeline_test

import (
	"testing"
	"time"
)

// Consent to a course of action told by погодитися and an infinitive is an
// accord (AGREE); only the other side's demands met concede. The sentences
// are our own (session 49, helper h49a).
func TestConsentToActS49a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a course of action consented to",
			"Туреччина погодилася збільшити оборонні видатки до 3% ВВП.",
			[]string{"AGREE Туреччина → "}},
		{"demands met by the infinitive's object",
			"Уряд погодився врахувати більшість їхніх вимог.",
			[]string{"CONCEDE Уряд → "}},
		{"consent given in return concedes",
			"Натомість Латвія погодилася скасувати квоти на імпорт.",
			[]string{"CONCEDE Латвія → "}},
		{"money consented to stays aid",
			"Литва погодилася профінансувати ремонт мосту.",
			[]string{"AID Литва →  [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A veto or objections lifted concede, as a ban or sanctions lifted do.
func TestBlockLiftedS49a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"objections lifted",
			"Португалія зняла свої заперечення щодо нового пакета.",
			[]string{"CONCEDE Португалія → "}},
		{"objections lifted by a state told by a relative clause",
			"Австрія, яка раніше погрожувала блокуванням, зняла свої заперечення ще в четвер.",
			[]string{"THREATEN Австрія → ", "CONCEDE Австрія → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A joint venture opened in a named town is cooperation, the town its
// place: the place between the verb and спільне does not hide the object.
func TestJointOpenedThereS49a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a town between the verb and its object",
			"Компанія Origin і концерн WB Group відкрили у Варшаві спільне підприємство.",
			[]string{"COOPERATE Origin,WB Group → спільне підприємство @Варшава"}},
		{"a centre set up by two states in a town",
			"Литва та Польща створили у Вільнюсі спільний навчальний центр.",
			[]string{"COOPERATE Литва,Польща → спільний навчальний центр @Вільнюс"}},
		{"an idea supported sets nothing up",
			"Міністр оборони Литви підтримав ідею створити спільний навчальний центр.",
			[]string{"SUPPORT Міністр оборони Литви → "}},
		{"a preposition of purpose still hides it",
			"Компанія Origin і концерн WB Group відкрили шлях до спільного виробництва.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A show of force answered with is no rally.
func TestShowOfForceS49a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"answered by a show of force",
			"Росія відповіла демонстрацією сили.",
			nil},
		{"a show of force staged",
			"Китай влаштував демонстрацію сили біля Тайваню.",
			nil},
		{"a rally answered with stays a protest",
			"Мешканці відповіли на рішення демонстрацією.",
			[]string{"PROTEST Мешканці → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Another state's soldiers or pilots trained are aid: by the verb, by the
// noun after a light verb, or by the noun as the subject of a course
// begun; a state's adjective must name them.
func TestTrainingAidS49a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"trained by the verb, in the future",
			"Нідерланди продовжать навчати українських військових на полігонах.",
			[]string{"AID Нідерланди → українські військові [future]"}},
		{"training begun by a state",
			"Бельгія розпочала навчання українських саперів.",
			[]string{"AID Бельгія → українські сапери"}},
		{"training kept up, promised",
			"Президент Естонії Алар Каріс пообіцяв продовжити навчання українських військових.",
			[]string{"AID Алар Каріс → українські військові [future]"}},
		{"training under way, its trainer unnamed",
			"Навчання українських пілотів на цих літаках уже розпочалося на авіабазі у Франції.",
			[]string{"AID  → українські пілоти @Франція"}},
		{"no state named: no aid",
			"Академія продовжить навчати молодих пілотів. Навчання курсантів розпочалося у вересні.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
