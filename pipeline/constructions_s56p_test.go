package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found by session 56's audit of the
// events read from texts that no gold set holds (helper h56p: the NER-UK
// and BRUK texts outside the golds, 200 events judged by the gold
// guidelines). The sentences are our own.

// An intention reported, with a time phrase between its noun (and the
// noun's owner) and the infinitive, is still no act done.
func TestS56PIntentionTimed(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an intention reported, a date phrase before the infinitive",
			"Міністр фінансів Олег Петренко повідомив про намір уряду до 1 травня виділити Сумській області 40 млн грн.",
			nil},
		{"so with a month alone",
			"Мер Ігор Коваль повідомив про намір міськради у березні надати притулок переселенцям.",
			nil},
		{"the act itself, a date phrase before the verb, is read",
			"Уряд до 1 травня виділив Сумській області 40 млн грн.",
			[]string{"AID Уряд → Сумська область"}},
		{"a plan stated with має намір stays a future event past the date phrase",
			"Уряд має намір до 1 травня виділити Сумській області 40 млн грн.",
			[]string{"AID Уряд → Сумська область [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// прагнути (to strive, to seek) before an infinitive is an intention, as
// планувати and збиратися are: the act is still to come.
func TestS56PStrivesTo(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a firm that strives to cooperate has not cooperated yet",
			"Компанія «Арсенал» прагне співпрацювати з польськими партнерами.",
			[]string{"COOPERATE Арсенал → польські партнери [future]"}},
		{"a state that seeks to sign an agreement",
			"Молдова прагне підписати з Україною угоду про спільне патрулювання кордону.",
			[]string{"AGREE Молдова → Україна [future]"}},
		{"the act done is read with no mode",
			"Компанія «Арсенал» співпрацює з польськими партнерами.",
			[]string{"COOPERATE Арсенал → польські партнери"}},
		{"a plan's verb gives the same",
			"Компанія «Арсенал» планує співпрацювати з польськими партнерами.",
			[]string{"COOPERATE Арсенал → польські партнери [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A provision of a law or a contract tells what is done under it, no act:
// its present or its infinitive in a sentence that names its own text
// with a capital (цим Законом, цієї Угоди) or the procedure the law sets
// (у порядку, визначеному законом).
func TestS56PProvisions(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a law's own text names itself",
			"Генеральний прокурор звільняє прокурорів з адміністративних посад у випадках, встановлених цим Законом.",
			nil},
		{"a contract's clause of what a party does under it",
			"Міністерство оборони надає Державній прикордонній службі допомогу в межах, визначених цією Угодою.",
			nil},
		{"a procedure set by law, in the present",
			"Обласна рада звертається з поданням до Верховної Ради у порядку, визначеному законом.",
			nil},
		{"a law named in the lower case by a news text is no provision: the demand is read",
			"Активісти вимагають скасування цього закону.",
			[]string{"REQUEST Активісти → "}},
		{"the act done under the law is read",
			"Генеральний прокурор звільнив прокурора Одеської області з посади.",
			[]string{"COERCE Генеральний прокурор → прокурор Одеської області"}},
		{"a plan to sign the agreement talked of keeps its event",
			"Україна та Молдова планують підписати цю угоду в травні.",
			[]string{"AGREE Україна,Молдова →  [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A counted subject whose figure has an abbreviated scale (8 тис.
// окупантів) is counted as one with the scale written out (8 тисяч
// окупантів): the people are the doers, not a place named before them.
func TestS56PCountedAbbreviated(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an attack by thousands counted with тис.",
			"Під Ізюмом 8 тис. окупантів атакували позиції ЗСУ.",
			[]string{"ASSAULT 8 тис. окупантів → ЗСУ @Ізюм"}},
		{"a place in apposition before the count is no doer",
			"В урочищі Жовті Води 8 тис. козаків розбили польське військо.",
			[]string{"ASSAULT 8 тис. козаків → польське військо @Жовті Води"}},
		{"a rally of thousands counted with тис.",
			"У Києві 5 тис. протестувальників вийшли на мітинг.",
			[]string{"PROTEST 5 тис. протестувальників →  @Київ"}},
		{"the scale written out, as before",
			"Під Ізюмом 8 тисяч окупантів атакували позиції ЗСУ.",
			[]string{"ASSAULT 8 тисяч окупантів → ЗСУ @Ізюм"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// The counted people of one clause are no subject of the next one's verb.
func TestS56PCountedOtherClause(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the dead of one clause are not the ones forced to flee in the next",
			"Під час посухи загинуло близько 2 млн жителів, а понад 4 млн були змушені покинути домівки.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// відповідати with a thing in the dative tells what something matches
// (відповідає інтересам, вимогам), no answer in kind, however adequately.
func TestS56PCorresponds(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a status that adequately matches a state's interests",
			"Нейтральний статус найбільш адекватно відповідає інтересам Молдови.",
			nil},
		{"a decision that matches the rules, in the future",
			"Нова процедура жорстко відповідатиме вимогам Євросоюзу.",
			nil},
		{"an answer in kind to a hostile act is still a threat",
			"Молдова жорстко відповість на провокації Росії.",
			[]string{"THREATEN Молдова →  [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// зустрічатися with animals or plants for its subject tells where a kind
// is found, no meeting.
func TestS56PFaunaFound(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"birds found in a reserve, the subject after the verb",
			"У Карпатському заповіднику зустрічаються рідкісні птахи.",
			nil},
		{"animals found, the subject before the verb",
			"Хижі звірі зустрічаються тут дедалі рідше.",
			nil},
		{"people who meet are met",
			"У Давосі щороку зустрічаються лідери провідних країн.",
			[]string{"CONSULT/meet лідери провідних країн →  @Давос"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// An author, a show or a place that invites its public (читача,
// глядачів, відвідувачів) makes an open call, no request of a party.
func TestS56PAudienceInvited(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a translator's book invites the reader",
			"Перекладач Іван Гнатюк запрошує читача до скарбниці австрійської поезії.",
			nil},
		{"a club invites its fans",
			"Клуб «Карпати» запрошує вболівальників підтримати команду.",
			nil},
		{"an invitation of a state's leader is a request",
			"Президент Литви запросив Володимира Зеленського відвідати Вільнюс.",
			[]string{"REQUEST Президент Литви → Володимир Зеленський"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A modal and its infinitive with a phrase under a preposition between
// them (зможе на рівних умовах розвивати, має до кінця року виділити)
// give the mode they give side by side.
func TestS56PModalPhraseBetween(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"what can be, a phrase of manner between",
			"Україна зможе на рівних умовах розвивати співробітництво з Польщею.",
			[]string{"COOPERATE Україна → Польща [future]"}},
		{"what is to be, a phrase of time between",
			"Уряд має до кінця року виділити громадам 2 млн грн.",
			[]string{"AID Уряд → громади [future]"}},
		{"the act done with the same phrase keeps no mode",
			"Україна на рівних умовах розвиває співробітництво з Польщею.",
			[]string{"COOPERATE Україна → Польща"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
