package pipeline_test

import (
	"testing"
	"time"
)

// TestS36CSurnameBeforeAdverbial checks that a surname that declines as
// an adjective (-ський, -цька), opening its clause before a preposition,
// is read as the surname, the subject of the verb past the adverbial the
// preposition opens, and not as an adjective; an adjective of that form
// before its own noun stays one.
func TestS36CSurnameBeforeAdverbial(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a long adverbial", "Зеленський під час офіційного візиту до Польщі у вівторок провів переговори з Дудою.",
			[]string{"CONSULT/visit Зеленський → Польща @Польща", "CONSULT/meet Зеленський → Дуда @Польща"}},
		{"a woman's surname", "Зеленська під час поїздки до Львова зустрілася з мером міста.",
			[]string{"CONSULT/visit Зеленська → Львів @Львів", "CONSULT/meet Зеленська → мер міста @Львів"}},
		{"an unlisted surname after the date", "Жадинський під час засідання уряду підписав угоду з Литвою.",
			[]string{"AGREE Жадинський → Литва"}},
		{"an adjective with its noun", "Донецький на початку року суд заарештував майно.",
			[]string{"COERCE суд → "}},
	}, time.Time{})
}

// TestS36CBareNounJoined checks that a body or a person named by a
// singular common noun that opens the clause, joined by і or та to the
// subject before a plural verb, is a side too: the person the text named
// by that title before, else the phrase as written; and that the
// adjectives and the possessive of the second side's phrase do not hide
// the first.
func TestS36CBareNounJoined(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a body and a name", "Уряд і МВФ досягли домовленості щодо нової програми.",
			[]string{"AGREE Уряд,МВФ → "}},
		{"after an adverb", "Раніше уряд і Світовий банк підписали угоду.",
			[]string{"AGREE уряд,Світовий банк → "}},
		{"two titles after a day", "У вівторок президент і прем'єр провели переговори з Дудою.",
			[]string{"CONSULT/meet президент,прем'єр → Дуда"}},
		{"a title named before", "Міністр Андрій Сибіга прибув до Варшави. Міністр та його польський колега підписали меморандум.",
			[]string{"CONSULT/visit Андрій Сибіга → Варшава @Варшава", "AGREE Андрій Сибіга,польський колега →  @Варшава"}},
		{"a woman's title", "Міністерка та її литовська колега підписали меморандум.",
			[]string{"AGREE Міністерка,литовська колега → "}},
		{"after a cue set off by a comma", "За словами міністра, уряд і МВФ підписали меморандум.",
			[]string{"AGREE уряд,МВФ → "}},
		{"after a preposition's phrase", "Після зустрічі з президентом міністр і посол підписали меморандум.",
			[]string{"AGREE міністр,посол → "}},
		{"a genitive stays the noun's", "Представники уряду і МВФ провели переговори.",
			[]string{"CONSULT/meet Представники уряду,МВФ → "}},
	}, time.Time{})
}

// TestS36CTogetherWithBareNoun checks that the partner after "разом з"
// named by a common noun is a co-actor of a plural verb (the person the
// text named by that title before, else the noun's base form), and that
// an indeclinable name right after з is one whatever case the tagger
// reads; a singular verb keeps a common noun's partner out.
func TestS36CTogetherWithBareNoun(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"two titles", "Мер разом із губернатором підписали меморандум.",
			[]string{"AGREE Мер,губернатор → "}},
		{"a title named before", "Мер Києва Віталій Кличко відвідав Одесу. Мер разом із губернатором підписали меморандум.",
			[]string{"CONSULT/visit Віталій Кличко → Одеса @Одеса", "AGREE Віталій Кличко,губернатор →  @Одеса"}},
		{"an indeclinable name", "Уряд разом із МВФ підписали меморандум.",
			[]string{"AGREE Уряд,МВФ → "}},
		{"a compound title", "Зеленський разом із прем'єр-міністром відвідали Херсон.",
			[]string{"CONSULT/visit Зеленський,прем'єр-міністр → Херсон @Херсон"}},
		{"a singular verb", "Зеленський разом із польським прем'єром відвідав Херсон.",
			[]string{"CONSULT/visit Зеленський → Херсон @Херсон"}},
	}, time.Time{})
}

// TestS36CCorrelativePair checks that the first name of a pair joined by
// a correlative conjunction (як …, так і …; не лише …, а й …; не тільки
// …, але й …) is a side as the second is, whatever number the verb
// takes; a як of a source cue opens no pair.
func TestS36CCorrelativePair(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"як, так і", "Як Україна, так і Польща підписали декларацію.",
			[]string{"AGREE Україна,Польща → "}},
		{"не лише, а й", "Не лише Україна, а й Польща підписали декларацію.",
			[]string{"AGREE Україна,Польща → "}},
		{"не тільки, але й, names of two words", "Не тільки Європейський Союз, але й Сполучені Штати запровадили санкції проти Росії.",
			[]string{"SANCTION Європейський Союз,Сполучені Штати → Росія"}},
		{"persons, a singular verb", "Як Зеленський, так і Дуда підписав декларацію.",
			[]string{"AGREE Зеленський,Дуда → "}},
		{"a source cue", "Як повідомляє Reuters, так і Польща підписала декларацію.",
			[]string{"AGREE Польща → "}},
	}, time.Time{})
}

// TestS36CRejectedActsAuthor checks that a rejection of a passed act (a
// resolution, a law, a decision) has the body that passed it for its
// recipient when the text says who did: in the genitive after the act,
// also after an infinitive; as the doer of a participle set off after
// it; or as the subject of a verb of passing the same act a sentence
// before. An act whose author the text does not name keeps none.
func TestS36CRejectedActsAuthor(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a genitive after an infinitive", "Міністр відмовився виконувати рішення Київради.",
			[]string{"REJECT Міністр → Київрада"}},
		{"passed a sentence before", "Верховна Рада ухвалила постанову про мобілізацію. Уряд відхилив постанову.",
			[]string{"REJECT Уряд → Верховна Рада"}},
		{"a demonstrative after an infinitive", "Київська міська рада ухвалила рішення про тарифи. Міністр відмовився виконувати це рішення.",
			[]string{"REJECT Міністр → Київська міська рада"}},
		{"a participle set off", "Президент відхилив закон, ухвалений Верховною Радою.",
			[]string{"REJECT Президент → Верховна Рада"}},
		{"a body named by its noun", "Парламент ухвалив закон про мову. Президент ветував закон.",
			[]string{"REJECT Президент → парламент"}},
		{"a title in the genitive, named before", "Президент Петро Порошенко підписав указ. Суд скасував указ президента.",
			[]string{"REJECT Суд → Петро Порошенко"}},
		{"a title in the genitive, unnamed", "Суд скасував указ президента.",
			[]string{"REJECT Суд → президент"}},
		{"no author named", "Суд скасував рішення першої інстанції.",
			[]string{"REJECT Суд → "}},
		{"another act", "Верховна Рада ухвалила постанову про мобілізацію. Уряд відхилив пропозицію.",
			[]string{"REJECT Уряд → "}},
	}, time.Time{})
}

// TestS36CAfterWhichClause checks that a clause opened by після чого or
// внаслідок чого with no subject of its own goes on with the subject of
// the clause before, of the same gender or both plural, while one with a
// subject of its own keeps it.
func TestS36CAfterWhichClause(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a surname", "Сікорський прибув до Києва, після чого зустрівся з Зеленським.",
			[]string{"CONSULT/visit Сікорський → Київ @Київ", "CONSULT/meet Сікорський → Зеленський @Київ"}},
		{"a title", "Міністр прибув до Києва, після чого підписав угоду з Україною.",
			[]string{"CONSULT/visit Міністр → Київ @Київ", "AGREE Міністр → Україна @Київ"}},
		{"a body", "Уряд ухвалив рішення, після чого підписав угоду з МВФ.",
			[]string{"AGREE Уряд → МВФ"}},
		{"a subject of its own", "Макрон прибув до Києва, після чого Зеленський зустрівся з ним.",
			[]string{"CONSULT/visit Макрон → Київ @Київ", "CONSULT/meet Зеленський → Макрон @Київ"}},
	}, time.Time{})
}

// TestS36CBareNounSecond checks that a body's singular noun joined by і
// or та after a name in the nominative, before a plural verb, is the
// second subject, though the tagger reads it as an accusative of the same
// form; an object so joined after a verb stays the object.
func TestS36CBareNounSecond(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"after an indeclinable name", "ЄС та уряд підписали угоду.",
			[]string{"AGREE ЄС,уряд → "}},
		{"after a country", "Польща та уряд підписали угоду.",
			[]string{"AGREE Польща,уряд → "}},
		{"an object after the verb", "Суд визнав Петренка і фірму винними.",
			[]string{"ACCUSE Суд → Петренко"}},
	}, time.Time{})
}

// TestS36CSidesVisit checks that a visit by people named only by a
// plural noun for sides (міністри, делегації), with no sides named and
// no meeting told before, has them as written for its actor; the sides
// of a meeting told before still stand for them.
func TestS36CSidesVisit(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"ministers", "Міністри прибули до Києва.",
			[]string{"CONSULT/visit Міністри → Київ @Київ"}},
		{"delegations, a joint act after", "Делегації прибули до Стамбула і підписали угоду з Україною.",
			[]string{"CONSULT/visit Делегації → Стамбул @Стамбул", "AGREE Делегації → Україна @Стамбул"}},
		{"the sides of a meeting", "Зеленський зустрівся з Дудою у Варшаві. Того ж дня лідери відвідали Львів.",
			[]string{"CONSULT/meet Зеленський → Дуда @Варшава", "CONSULT/visit Зеленський,Дуда → Львів @Львів"}},
	}, time.Time{})
}

// TestS36CMetInstitution checks that a meeting with a state's or a
// body's institution named by its noun and the name in the genitive
// (з урядом Польщі, з парламентом Литви) has that name for its
// recipient, as one with its delegation has.
func TestS36CMetInstitution(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a government", "Зеленський провів переговори з урядом Польщі.",
			[]string{"CONSULT/meet Зеленський → Польща"}},
		{"a parliament", "Зеленський зустрівся з парламентом Литви.",
			[]string{"CONSULT/meet Зеленський → Литва"}},
		{"a topic after", "Зеленський провів переговори з урядом Польщі щодо зерна з України.",
			[]string{"CONSULT/meet Зеленський → Польща"}},
	}, time.Time{})
}
