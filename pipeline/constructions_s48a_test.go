package pipeline_test

import (
	"testing"
	"time"
)

// A site no name stands for is what an official visits: a plant, a
// stricken area, a hospital, after the verb or put first before it; a
// museum, a tourist's trip and classes attended are no visit to anyone.
// The sentences are our own (session 48, helper h48a).
func TestVisitedSitesS48a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a plant by its abbreviation and number",
			"Згодом посол відвідав зруйновану ТЕЦ-3.",
			[]string{"CONSULT/visit посол → ТЕЦ-3"}},
		{"a plant and a hospital named by common nouns",
			"Прем'єр-міністр відвідав оборонне підприємство. Голова ОВА відвідав міську лікарню.",
			[]string{"CONSULT/visit Прем'єр-міністр → оборонне підприємство", "CONSULT/visit Голова ОВА → міська лікарня"}},
		{"areas in the plural, counted",
			"Єврокомісарка відвідала три прифронтові громади.",
			[]string{"CONSULT/visit Єврокомісарка → три прифронтові громади"}},
		{"the site put first, the visitor after the verb",
			"Минулого четверга зруйновані села відвідав міністр внутрішніх справ.",
			[]string{"CONSULT/visit міністр внутрішніх справ → зруйновані села"}},
		{"no visit: a museum, tourists, classes",
			"Прем'єр відвідав музей. Туристи відвідали порт. Донька відвідувала гурток малювання.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// The sides of a meeting are those met, not a site visited in the same
// sentence: "сторони" after it signs with the one met.
func TestVisitNoSideS48a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the hospital visited is no side of the memorandum",
			"Гості з Кракова зустрілися з мером Петром Ковалем і відвідали обласну лікарню. Під час зустрічі сторони підписали меморандум.",
			[]string{"CONSULT/meet Гості → Петро Коваль", "CONSULT/visit Гості → обласна лікарня", "AGREE Гості,Петро Коваль → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Families and people counted in the genitive before a verb of receiving
// are the ones given aid.
func TestCountedReceiversS48a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"families counted receive help",
			"Ще 15 родин отримали матеріальну допомогу з міського бюджету.",
			[]string{"AID  → 15 родин"}},
		{"injuries received are no aid",
			"Ще 14 рятувальників отримали травми.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A visit named first, before перебувати, with the guest after the verb.
func TestVisitFirstS48a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the place and the visit first, the guest last",
			"У Варшаві з офіційним візитом перебуває прем'єр-міністр Норвегії Йонас Гар Стере.",
			[]string{"CONSULT/visit Йонас Гар Стере → Варшава @Варшава"}},
		{"the visit first, then the place",
			"З дводенним візитом у Берліні перебуває делегація Верховної Ради.",
			[]string{"CONSULT/visit делегація Верховної Ради → Берлін @Берлін"}},
		{"no visit: a wanted man",
			"З 2023 року в розшуку перебуває колишній директор заводу.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Agencies act as bodies do: "Агенції ООН доставили …" names its givers.
func TestAidAgenciesS48a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"UN agencies deliver relief",
			"Агенції ООН доставили до Миколаєва питну воду.",
			[]string{"AID Агенції ООН → Миколаїв @Миколаїв"}},
		{"a news agency tells, gives nothing",
			"Агенція Reuters повідомила, що мерія отримала генератори.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// The guest put first by an office and its state, the host after the
// verb: "Прем'єр-міністра Бельгії прийняв президент …".
func TestOfficeGuestFirstS48a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the office and its state, no name told",
			"Канцлера Австрії прийняв у Варшаві президент Польщі Кароль Навроцький.",
			[]string{"CONSULT/meet Кароль Навроцький → канцлер Австрії @Варшава"}},
		{"no guest: a director hired",
			"Директора заводу прийняв на роботу власник Петро Іваненко.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// The partner put first under з with an office and its state before the
// name: the one the office names, not the state.
func TestTitledPartnerFirstS48a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the partner with his office first",
			"З прем'єр-міністром Чехії Петром Фіалою Свириденко обговорила постачання газу.",
			[]string{"CONSULT/meet Свириденко → Петро Фіала"}},
		{"in a phrase of talking",
			"Під час спілкування з президентом Франції Емманюелем Макроном Зеленський обговорив посилення ППО.",
			[]string{"CONSULT/meet Зеленський → Емманюель Макрон"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A lender's or a bloc's mission at work in a town visits it; a standing
// mission, told in the present, does not.
func TestMissionWorkedS48a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a mission worked in the capital",
			"Місія Світового банку два тижні працювала в Києві.",
			[]string{"CONSULT/visit Світовий банк → Київ @Київ"}},
		{"a mission to come",
			"Місія ЄІБ працюватиме у Харкові до п'ятниці.",
			[]string{"CONSULT/visit ЄІБ → Харків @Харків [future]"}},
		{"a standing mission, a worker",
			"Місія ООН з прав людини працює в Україні з 2014 року. Інженер працював у Києві.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
