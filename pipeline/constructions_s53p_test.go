package pipeline_test

import (
	"testing"
	"time"
)

// A court's ruling told after what it found (session 53, helper h53p,
// from a precision census of events over real news texts): "Суд
// урахував (встановив, дійшов висновку, вирішили), що …, і призначив
// (зобов'язав, відмовив, оштрафував) …" — the ruling joined by і, та or
// й after the що-clause, its verb agreeing with the verb of finding, is
// the court's, not that of the party the clause names last. A verb that
// agrees with the clause's own subject, or that is no ruling, stays the
// clause's. The sentences are our own.
func TestRulingAfterFindingS53p(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"court desk: a fine after what the court weighed about the accused",
			"Суд урахував, що Остап Петренко характеризується позитивно, визнав вину та щиро розкаявся і призначив йому штраф у розмірі 17 тис грн.",
			[]string{"CONCEDE Остап Петренко → ", "COERCE Суд → Остап Петренко"}},
		{"court desk: an order after a finding, no comma before і",
			"Господарський суд встановив, що зерно належить ТОВ «Карпати-Агро» і зобов'язав митників повернути його.",
			[]string{"COERCE Господарський суд → митники"}},
		{"court desk: a refusal after дійшов висновку, words under the verb before it",
			"Апеляційний суд дійшов висновку, що продаж ділянки порушив права ТОВ «Злагода», і в задоволенні скарги прокуратури відмовив.",
			[]string{"REJECT Апеляційний суд → "}},
		{"a refusal agreeing with the clause's own subject stays the clause's",
			"Суд встановив, що комісія порушила процедуру і відмовила ТОВ «Бета» у видачі ліцензії.",
			[]string{"REJECT комісія → ТОВ «Бета»"}},
		{"a verb that is no ruling stays the clause's",
			"Слідчі встановили, що директор ТОВ «Альфа» підписав договір і отримав від підрядника 200 тис грн.",
			[]string{"AGREE ТОВ «Альфа» → "}},
	}, wed)
}

// One ruling told by two verbs (session 53, helper h53p): "визнав
// протиправним (незаконним, недійсним, нечинним) та скасував рішення X"
// is one REJECT, as a restated event is one; the event of скасувати,
// which names whose decision, stays. Two acts by two subjects stay two.
// The sentences are our own.
func TestOneRulingS53p(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"court desk: found unlawful and quashed",
			"Волинський окружний адміністративний суд визнав протиправним та скасував рішення Луцької міської ради про продаж земельної ділянки.",
			[]string{"REJECT Волинський окружний адміністративний суд → Луцька міська рада"}},
		{"two acts of two bodies stay two",
			"Суд визнав незаконним рішення Луцької міської ради, а прокуратура скасувала наказ управління освіти.",
			[]string{"REJECT Суд → Луцька міська рада", "REJECT прокуратура → управління освіти"}},
	}, wed)
}

// A firm named after its kind in the instrumental (session 53, helper
// h53p): "документи, надані фірмою «Альфа»", "акти, складені компанією
// «Бета»" name who made them, never the subject of the finite verb
// after the phrase. The sentences are our own.
func TestAgentKindS53p(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"court desk: the firm that drew the acts up is no subject",
			"Суд, спираючись на акти, складені компанією «Вектор-Буд», зобов'язав замовника сплатити борг.",
			[]string{"COERCE Суд → замовник"}},
		{"a firm after the genitive of a sum the court set is the subject",
			"У зв'язку з невиплатою встановленої судом суми «Вектор-Буд» у травні звернувся до суду.",
			[]string{"ACCUSE Вектор-Буд → "}},
		{"the acts put first, the court after them",
			"Акти, складені компанією «Вектор-Буд», суд визнав недійсними.",
			[]string{"REJECT суд → "}},
	}, wed)
}

// A subject put last with і or й (too) before it (session 53, helper
// h53p): "Це рішення підтримав і ВГСУ" — the object first, the verb, і
// and a name in the nominative that agrees with the verb and closes the
// clause — is the name's act, as without і ("це рішення скасував суд").
// A name in the accusative after і is the verb's second object. The
// sentences are our own.
func TestAlsoSubjectLastS53p(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"court desk: the ruling upheld by the high court too",
			"Це рішення підтримав і ВГСУ.",
			[]string{"SUPPORT ВГСУ → "}},
		{"court desk: after a clause of the lower court",
			"Апеляційний суд став на бік ТОВ «Омега», це рішення підтримав і ВГСУ.",
			[]string{"SUPPORT Апеляційний суд → ТОВ «Омега»", "SUPPORT ВГСУ → "}},
		{"a second object in the accusative after і",
			"Польща підтримала і Литву.",
			[]string{"SUPPORT Польща → Литва"}},
	}, wed)
}

// A firm named after the verb of a що-clause with no subject of its own
// (session 53, helper h53p): "Прокуратура заявила, що підозрює ТОВ
// «Альфа»" — the clause's verb agrees with the verb of saying, and the
// name after it opens with a form that says no case (ТОВ, ПП, an acronym,
// a quotation mark) — is whom the speaker acts on, not the subject put
// last; the speaker acts. A verb of another gender than the speaker's
// keeps its subject put last. The sentences are our own.
func TestSpeakersOwnVerbS53p(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"courts desk: a suspicion the prosecutors announced",
			"Прокуратура Києва заявила, що підозрює ТОВ «Волошка» у розкраданні майна.",
			[]string{"ACCUSE Прокуратура Києва → ТОВ «Волошка»"}},
		{"courts desk: an appeal still to come against a firm's verdict",
			"Прокуратура Одеси заявила, що оскаржить вирок ТОВ «Бета».",
			[]string{"ACCUSE Прокуратура Одеси → ТОВ «Бета» [future]"}},
		{"a subject put last of the verb's own gender stays",
			"Посол заявив, що підписала угоду і Польща.",
			[]string{"AGREE Польща → "}},
	}, wed)
}
