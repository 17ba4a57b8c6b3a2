package pipeline_test

import (
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// TestS34FJointStarted checks that a joint programme or project
// launched, begun or announced as started is the cooperation of the
// sides named before the verb or in the genitive after the noun, and
// that a joint thing merely announced is none.
func TestS34FJointStarted(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"announced in the passive, the sides after the noun",
			"Вчора було оголошено про старт спільної програми ЄБРР та «Укрзалізниці».",
			[]string{"COOPERATE ЄБРР → Укрзалізниця"}},
		{"launched by the sides",
			"ЄБРР та «Укрзалізниця» запустили спільну програму з оновлення вагонів.",
			[]string{"COOPERATE ЄБРР,Укрзалізниця → "}},
		{"begun by the sides",
			"Україна та Польща розпочали спільний проєкт з відновлення мостів.",
			[]string{"COOPERATE Україна,Польща → "}},
		{"launched, impersonal",
			"Запущено спільний проєкт Львова і Вроцлава.",
			[]string{"COOPERATE Львів → Вроцлав"}},
		{"started, the programme the subject",
			"Стартувала спільна програма Мінекономіки та Світового банку.",
			[]string{"COOPERATE Мінекономіки → Світовий банк"}},
		{"a joint thing announced, not started",
			"Міністерство оголосило про спільний збір коштів.",
			nil},
		{"joint exercises begun tell their own event, not a programme's: command-staff ones a show of force (session 48, as news27's gold)",
			"Білорусь та Росія розпочали спільні командно-штабні навчання.",
			[]string{"MOBILIZE Білорусь,Росія → "}},
		{"missiles launched stay an assault",
			"Росія запустила ракети по Києву.",
			[]string{"ASSAULT Росія → Київ @Київ"}},
	}, time.Time{})
}

// TestS34FAccordReached checks that an accord reached, told in the
// impersonal with its noun before the verb (домовленості досягнуто,
// згоди досягнуто), is an agreement of the sides of the talks told in the
// sentence or the two before, negated when не було follows, and that
// with no talks before no one is made its side.
func TestS34FAccordReached(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"talks the sentence before",
			"У Стамбулі відбулися переговори України та Росії. Домовленості про новий обмін досягнуто.",
			[]string{"CONSULT/meet Україна,Росія →  @Стамбул", "AGREE Україна,Росія → "}},
		{"reported in a що-clause",
			"Переговори України та Росії відбулися у Стамбулі. Гайдук повідомив, що домовленості про новий обмін досягнуто.",
			[]string{"CONSULT/meet Україна,Росія →  @Стамбул", "AGREE Україна,Росія → "}},
		{"згоди in the genitive, a meeting by a verb",
			"Зеленський зустрівся з Туском. Згоди щодо експорту зерна досягнуто.",
			[]string{"CONSULT/meet Зеленський → Туск", "AGREE Зеленський,Туск → "}},
		{"negated after the verb",
			"Між Україною та Польщею згоди досягнуто не було.",
			[]string{"AGREE Україна,Польща →  [negation]"}},
		{"talks too far back",
			"Зеленський зустрівся з Туском у Варшаві. Він відвідав музей. Потім він виступив у Сеймі. Домовленості досягнуто.",
			[]string{"CONSULT/meet Зеленський → Туск @Варшава"}},
		{"no talks told",
			"Домовленості досягнуто.",
			nil},
	}, time.Time{})
}

// TestS34FOfficeParticiple checks that уповноважений or уповноважена
// standing alone before the verb, which the tagger reads as a passive
// participle, is the subject (the ombudsman), so the body after the verb
// is whom the call goes to; with a noun after it, the noun's phrase is.
func TestS34FOfficeParticiple(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a body after the verb read as a nominative",
			"Уповноважений закликав Міжнародний комітет Червоного Хреста частіше відвідувати місця утримання полонених.",
			[]string{"REQUEST Уповноважений → Міжнародний комітет Червоного Хреста"}},
		{"a woman",
			"Уповноважена закликала ООН посилити тиск на Росію.",
			[]string{"REQUEST Уповноважена → ООН"}},
		{"with the field after it",
			"Уповноважений з прав людини закликав МКЧХ втрутитися.",
			[]string{"REQUEST Уповноважений → МКЧХ"}},
		{"an adjective of a noun stays one",
			"Уповноважена особа підписала угоду з Польщею.",
			[]string{"AGREE Уповноважена особа → Польща"}},
	}, time.Time{})
}

// TestS34FSignedByPronoun checks that a signing whose object is a pronoun
// standing for an agreement the sentence before told signed (було
// підписано протокол, Угоду підписали) is that agreement of the signers
// after the verb, and that a pronoun for a law or a letter is none.
func TestS34FSignedByPronoun(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a protocol signed in the passive before",
			"За підсумками зустрічі було підписано протокол про наміри щодо співпраці у сфері транспорту. Його підписали Ігор Лисенко та Олег Петренко.",
			[]string{"AGREE Ігор Лисенко,Олег Петренко → "}},
		{"a memorandum, its place before",
			"У Львові було підписано меморандум. Його підписали Олег Лисенко та Іван Петренко.",
			[]string{"AGREE Олег Лисенко,Іван Петренко → "}},
		{"an agreement fronted before, її",
			"Угоду підписали у Львові. Її підписали Олег Лисенко та Іван Петренко.",
			[]string{"AGREE Олег Лисенко,Іван Петренко → "}},
		{"a law stays none",
			"Рада ухвалила закон. Його підписали Олег Лисенко та Іван Петренко.",
			nil},
		{"a letter stays none",
			"Лист надіслали до редакції. Його підписали сто науковців.",
			nil},
		{"no sentence before",
			"Його підписали Олег Лисенко та Іван Петренко.",
			nil},
	}, time.Time{})
}

// TestS34FGuestsGive checks that guests, by their noun or as the guests
// of a visit told before, who hand counted things or a batch of goods to
// people named in the dative give aid, and that papers handed over are
// none.
func TestS34FGuestsGive(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"guests by their noun",
			"Гості передали рятувальникам два генератори.",
			[]string{"AID Гості → рятувальники"}},
		{"a pronoun for the guests of a visit, a batch of goods",
			"Молдовські гості прибули до Одеси. Вони передали міським рятувальникам партію пожежних рукавів і два комплекти спорядження.",
			[]string{"CONSULT/visit Молдовські гості → Одеса @Одеса", "AID Молдовські гості → міські рятувальники"}},
		{"a visitor named",
			"Олег Петренко прибув до Одеси. Він передав рятувальникам два генератори.",
			[]string{"CONSULT/visit Олег Петренко → Одеса @Одеса", "AID Олег Петренко → рятувальники"}},
		{"no visit: a person who gives people goods gives aid too (see TestS39FGoodsToPeopleFirst)",
			"Олег Петренко передав рятувальникам два генератори.",
			[]string{"AID Олег Петренко → рятувальники"}},
		{"papers counted are none",
			"Гості передали журналістам два документи.",
			nil},
		{"a batch of papers is none",
			"Олег Петренко прибув до Одеси. Він передав журналістам партію документів.",
			[]string{"CONSULT/visit Олег Петренко → Одеса @Одеса"}},
	}, time.Time{})
}

// TestS34FRecommendationGiven checks that advice given to someone named
// in the dative that says what to do (надав компаніям рекомендації
// знизити ціни, Компаніям надано … рекомендації) is a request, and that
// advice to no one named or on a topic is none.
func TestS34FRecommendationGiven(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"by a body, the infinitive after",
			"Антимонопольний комітет надав компаніям рекомендації знизити ціни.",
			[]string{"REQUEST Антимонопольний комітет → компанії"}},
		{"impersonal, the dative first, adjectives between",
			"Компаніям також надано обов'язкові для розгляду рекомендації знизити роздрібні ціни.",
			[]string{"REQUEST  → компанії"}},
		{"про необхідність",
			"Комітет надав рітейлерам рекомендації про необхідність збільшити коло постачальників.",
			[]string{"REQUEST Комітет → рітейлери"}},
		{"to no one named",
			"У МОН пояснили, що міністерство лише надає методичні рекомендації.",
			nil},
		{"on a topic, not what to do",
			"Лікар надав пацієнтові рекомендації щодо лікування.",
			nil},
		{"advice followed",
			"Оператори ринку виконали рекомендації комітету.",
			nil},
	}, time.Time{})
}

// TestS34FSignedReflexive checks that an agreement signed in the present
// reflexive passive of a press release (Сьогодні підписується меморандум
// між …) is the agreement of the sides after між, past the kind of the
// second side before its name, placed and dated as a signing is, and that
// signing up for a petition is none.
func TestS34FSignedReflexive(t *testing.T) {
	pub := time.Date(2011, 4, 12, 0, 0, 0, 0, time.UTC)
	checkEvents(t, load(t), []construction{
		{"the sides after the paper",
			"Сьогодні в Одесі підписується меморандум між Одеською областю та повітом Констанца.",
			[]string{"AGREE Одеська область,Констанц →  @Одеса"}},
		{"the sides before the verb",
			"Сьогодні у Львові між Україною та Польщею підписується угода.",
			[]string{"AGREE Україна,Польща →  @Львів"}},
		{"signing up is none",
			"Олег Петренко підписується під петицією.",
			nil},
	}, pub)
}

// TestS34FSignedAfterTalks checks that a signing told after "За
// підсумками переговорів" with no place or date of its own, its signer
// named alone, took place where and when the talks of the sentence or
// the two before did, and that with no such phrase it takes neither.
func TestS34FSignedAfterTalks(t *testing.T) {
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	dated := func(x *vistka.Extraction, ev vistka.Event) string {
		return eventString(x, ev) + " #" + ev.Date
	}
	checkEventsAs(t, load(t), []construction{
		{"the signer named in the next sentence",
			"Зеленський зустрівся з Туском у Варшаві в четвер. За підсумками переговорів було підписано угоду. Від імені уряду документ підписав міністр Олег Стасюк.",
			[]string{"CONSULT/meet Зеленський → Туск @Варшава #2025-02-27", "AGREE Олег Стасюк →  @Варшава #2025-02-27"}},
		{"no talks named before the signing",
			"Зеленський зустрівся з Туском у Варшаві в четвер. Документ підписав міністр Олег Стасюк.",
			[]string{"CONSULT/meet Зеленський → Туск @Варшава #2025-02-27", "AGREE Олег Стасюк →  #"}},
	}, pub, dated)
}
