package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found by session 55's paraphrase
// set for CONSULT, AGREE and COOPERATE (helper h55c,
// paraphrase_s55c_test.go); the sentences are new, not the set's.

// TestS55CSignedPaperPlace: the paper signed, initialled, ratified or
// agreed stands where it was signed whatever the verb (a contract, an
// imperfective, a treaty initialled), not only after підписати угоду.
func TestS55CSignedPaperPlace(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a contract signed in a town",
			"Міністерство оборони та компанія Rheinmetall підписали контракт у Дюссельдорфі.",
			[]string{"AGREE Міністерство оборони,Rheinmetall →  @Дюссельдорф"}},
		{"a treaty initialled in a town",
			"Сербія та Косово парафували рамковий договір у Брюсселі.",
			[]string{"AGREE Сербія,Косово →  @Брюссель"}},
		{"the text of a deal agreed in a town",
			"Молдова та Румунія погодили текст угоди в Кишиневі.",
			[]string{"AGREE Молдова,Румунія →  @Кишинів"}},
		{"a place of what the deal is about stays the topic's",
			"Литва та Латвія парафували угоду про будівництво мосту в Даугавпілсі.",
			[]string{"AGREE Литва,Латвія → "}},
	}, time.Time{})
}

// TestS55CToldTalks: one who tells of talks by their noun after про, the
// other side right after з, had them (as "у розмові з X сказав" does);
// talks of others, named in the genitive, and a з of manner are not his.
func TestS55CToldTalks(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"talks with a bank told of",
			"Голова правління Ощадбанку Юрій Кацьон розповів про переговори з Міжнародною фінансовою корпорацією.",
			[]string{"CONSULT/meet Юрій Кацьон → Міжнародна фінансова корпорація"}},
		{"a call told of, its adjective before it",
			"Прем'єр-міністр Петро Коваль поінформував про телефонну розмову з канцлером Австрії Ернстом Гайдером.",
			[]string{"CONSULT/phone Петро Коваль → Ернст Гайдер"}},
		{"a meeting told of to journalists, with a delegation",
			"Міністр енергетики Ігор Ткач повідомив журналістам про зустріч з делегацією Світового банку.",
			[]string{"CONSULT/meet Ігор Ткач → Світовий банк"}},
		{"talks of others told of are not the teller's",
			"Речник Кремля розповів про зустріч Путіна з Лукашенком.",
			nil},
		{"a з of manner names no one talked with",
			"Письменник Андрій Коваль розповів про розмову з гумором.",
			nil},
	}, time.Time{})
}

// TestS55CTalkedWith: говорити is a talk with the one after з, right
// after the verb or opening the clause; alone, or with a з of manner or
// of a noun, it only says something.
func TestS55CTalkedWith(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"talked with a president, the partner after the verb",
			"Прем'єр-міністр Канади Марк Карні говорив з президентом Польщі Каролем Навроцьким про постачання зброї.",
			[]string{"CONSULT/meet Марк Карні → Кароль Навроцький"}},
		{"talked with a minister, the partner opening the clause",
			"Із міністром оборони Латвії Андрісом Спрудсом Денис Шмигаль говорив про виробництво дронів.",
			[]string{"CONSULT/meet Денис Шмигаль → Андріс Спрудс"}},
		{"words said are no talk",
			"Міністр Петро Коваль говорив про необхідність реформ.",
			nil},
		{"a з of manner is no partner",
			"Президент Ігор Ткач говорить з позиції сили.",
			nil},
		{"a з of a noun is the noun's",
			"Про співпрацю з Варшавою прем'єрка Олена Ткач говорила обережно.",
			nil},
	}, time.Time{})
}

// TestS55CVisitorTitledAfter: a town put before a visit verb is what is
// visited, and the visitor after the verb is the person a title names
// even when the title, untagged, runs past the post's place.
func TestS55CVisitorTitledAfter(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a coordinator of a body in a country, to come",
			"У четвер Ізюм має відвідати представниця ЮНІСЕФ в Україні Марія Коваленко.",
			[]string{"CONSULT/visit Марія Коваленко → Ізюм @Ізюм [future]"}},
		{"a coordinator of an agency, next week",
			"Наступного тижня Херсон має відвідати координатор ПРООН в Україні Олег Петренко.",
			[]string{"CONSULT/visit Олег Петренко → Херсон @Херсон [future]"}},
	}, time.Time{})
}

// TestS55CNoGuests: a crowd counted by a number and a vehicle or a cargo
// that arrives are no visit; a guest who came by train is one.
func TestS55CNoGuests(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"tourists counted",
			"Понад 5 тисяч туристів відвідали Чернівці на вихідних.",
			nil},
		{"visitors counted by a noun",
			"Сотні відвідувачів відвідали Умань у жовтні.",
			nil},
		{"a train with a name of two towns",
			"Поїзд Одеса – Кишинів прибув до Вінниці вчасно.",
			nil},
		{"a ferry",
			"Пором Варна – Чорноморськ прибув до Одеси.",
			nil},
		{"a guest who came by train",
			"Прем'єр-міністр Норвегії Йонас Гар Стере прибув до Одеси потягом.",
			[]string{"CONSULT/visit Йонас Гар Стере → Одеса @Одеса"}},
	}, time.Time{})
}

// TestS55CPreposedSigned: a participle of signing before the paper, its
// doers in the instrumental, tells the signing, past two doers joined
// and past the paper's own adjectives.
func TestS55CPreposedSigned(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"two doers joined",
			"Підписаний Україною та Норвегією меморандум діє п'ять років.",
			[]string{"AGREE Україна,Норвегія → "}},
		{"ratified, two doers and an adjective",
			"Ратифікована Литвою та Латвією прикордонна угода набула чинності.",
			[]string{"AGREE Литва,Латвія → "}},
		{"one doer and an adjective",
			"Підписаний Молдовою рамковий договір передбачає нові квоти.",
			[]string{"AGREE Молдова → "}},
	}, time.Time{})
}

// TestS55CSignersAfterKind: the signers put after the verb are both
// sides when the second is named with the kind of firm it is and its
// adjectives before its name, a Latin name in no case.
func TestS55CSignersAfterKind(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a council and a foreign firm with its kind and adjective",
			"Контракт на постачання трамваїв підписали Львівська міська рада та польська компанія Pesa.",
			[]string{"AGREE Львівська міська рада,Pesa → "}},
		{"a council and a firm with its kind",
			"Меморандум підписали Вінницька міська рада та компанія Siemens.",
			[]string{"AGREE Вінницька міська рада,Siemens → "}},
	}, time.Time{})
}

// TestS55CGatheredForPlace: the gathering gone to after на (зібралися на
// саміт, на засідання) is where the ones who gathered met.
func TestS55CGatheredForPlace(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"leaders gathered for a summit in a country",
			"Лідери НАТО зібралися на саміт у Туреччині.",
			[]string{"CONSULT/multilateral НАТО →  @Туреччина"}},
		{"ministers gathered for a sitting in a town",
			"Міністри оборони ЄС зібралися на засідання в Копенгагені.",
			[]string{"CONSULT/multilateral Міністри оборони ЄС →  @Копенгаген"}},
	}, time.Time{})
}

// TestS55CDativeBeforeForeignPerson: the one called, put first in the
// dative, stays the recipient when the caller after the verb is a person
// whose foreign first name or feminine title the tagger misreads.
func TestS55CDativeBeforeForeignPerson(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a feminine title the tagger reads as a masculine",
			"Кулебі зателефонувала прем'єр-міністерка Данії Метте Фредеріксен.",
			[]string{"CONSULT/phone Метте Фредеріксен → Кулеба"}},
		{"a foreign first name alone",
			"Шмигалю зателефонувала Метте Фредеріксен.",
			[]string{"CONSULT/phone Метте Фредеріксен → Шмигаль"}},
	}, time.Time{})
}

// TestS55CRebuiltTogether: two sides named together that build or
// rebuild разом or спільно cooperate, as they do when they produce or
// develop; rebuilding with a partner after разом з is left alone.
func TestS55CRebuiltTogether(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"to rebuild together, future",
			"Україна та Данія разом відбудовуватимуть енергетичну інфраструктуру.",
			[]string{"COOPERATE Україна,Данія →  [future]"}},
		{"built together, past",
			"Молдова і Румунія спільно збудували новий міст через Прут.",
			[]string{"COOPERATE Молдова,Румунія → "}},
	}, time.Time{})
}
