package pipeline_test

import (
	"testing"
	"time"
)

// Session 56, helper h56u: trigger classes read from the census
// TestCensusS56U, each tested with sentences of its own.

// TestS56UClaimForum: the court, tribunal or arbitration a claim or a
// complaint is lodged with (after до) is not the one accused; the one the
// claim is against is.
func TestS56UClaimForum(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a claim against a firm lodged with a commercial court",
			"Міністерство енергетики подало позов проти ТОВ «Вектор-Енерго» до Господарського суду Харківської області.",
			[]string{"ACCUSE Міністерство енергетики → ТОВ «Вектор-Енерго»"}},
		{"a claim against a state lodged with an arbitration",
			"Компанія «Укргідроенерго» звернулася до Лондонського арбітражу з позовом проти Росії.",
			[]string{"ACCUSE Укргідроенерго → Росія"}},
		{"a complaint lodged with a court of appeal, no other side named",
			"Адвокат Семен Коваленко подав апеляційну скаргу до Дніпровського апеляційного суду.",
			[]string{"ACCUSE Семен Коваленко → "}},
	}, time.Time{})
}

// TestS56UWarnedOfAnswer: a warning of an answer, sanctions or
// countermeasures is a threat also when those warned, told by a common
// noun, stand between the verb and про; a warning of a body's response
// (відповідь with whose in the genitive) is none.
func TestS56UWarnedOfAnswer(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the warned by a common noun before про",
			"МЗС Білорусі попередило сусідні держави про жорстку відповідь.",
			[]string{"THREATEN МЗС Білорусі → "}},
		{"a body's response is no answer threatened",
			"Лікарі попередили пацієнтів про відповідь організму на щеплення.",
			nil},
	}, time.Time{})
}

// TestS56ULeftTreaty: a state that leaves a treaty, an agreement or a
// convention breaks relations (SANCTION, the session-53 convention), the
// other party after з its recipient.
func TestS56ULeftTreaty(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a convention left",
			"Польща вийшла з Оттавської конвенції.",
			[]string{"SANCTION Польща → "}},
		{"an agreement with a state left",
			"Азербайджан вийшов з угоди з Вірменією про транзит.",
			[]string{"SANCTION Азербайджан → Вірменія"}},
	}, time.Time{})
}

// TestS56UForcesDrawnUp: forces drawn up (стягнути сили, the tagger's
// lemma сила), soldiers stationed past a count (розмістити … військових)
// and special police brought in are MOBILIZE; military equipment named
// by the adjective військовий is not soldiers.
func TestS56UForcesDrawnUp(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"forces drawn up",
			"Білорусь стягує сили до кордону з Литвою.",
			[]string{"MOBILIZE Білорусь → "}},
		{"soldiers stationed, counted",
			"Румунія розмістила біля кордону з Молдовою дві тисячі військових.",
			[]string{"MOBILIZE Румунія → "}},
		{"special police brought in",
			"МВС стягнуло до центру Тбілісі спецпризначенців.",
			[]string{"MOBILIZE МВС →  @Тбілісі"}},
	}, time.Time{})
}

// TestS56UDemandedOf: the perfective зажадати puts its demand to the one
// after від, named by a common noun too, as вимагати does.
func TestS56UDemandedOf(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a demand put to the authorities",
			"Батьки учнів зажадали від чиновників відновити підвіз дітей.",
			[]string{"REQUEST Батьки учнів → чиновники"}},
	}, time.Time{})
}

// TestS56UThreatenedThing: a threat to act on a thing (an accession, a
// budget, a contract) is made against the side the thing belongs to,
// named in the genitive right after it or after з.
func TestS56UThreatenedThing(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"whose accession",
			"Прем'єр-міністр Словаччини Роберт Фіцо погрожує заблокувати вступ Молдови до ЄС.",
			[]string{"THREATEN Роберт Фіцо → Молдова"}},
		{"the party to a contract",
			"Оператор «Укртрансгаз» погрожує розірвати угоду з «Молдовагазом».",
			[]string{"THREATEN Укртрансгаз → Молдовагаз"}},
	}, time.Time{})
}

// TestS56UVetoOnAct: a veto put on an act (закон, рішення, постанова) is
// a rejection of the body whose act it is, named in the genitive after it.
func TestS56UVetoOnAct(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a veto on a parliament's law",
			"Президент Литви Гітанас Науседа наклав вето на закон Сейму про податки.",
			[]string{"REJECT Гітанас Науседа → Сейм"}},
	}, time.Time{})
}

// TestS56UTiesStopped: supplies or financing stopped (зупинити, as
// припинити) and tariffs raised on another's goods (підвищити мита, as
// imposed) are SANCTION.
func TestS56UTiesStopped(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"supplies stopped",
			"Казахстан зупинив постачання вугілля до Киргизстану.",
			[]string{"SANCTION Казахстан → Киргизстан"}},
		{"tariffs raised",
			"Канада підвищила мита на китайські електромобілі.",
			[]string{"SANCTION Канада → "}},
	}, time.Time{})
}

// TestS56UForcesFled: forces that flee a place (втекти) retreat from it;
// a convict or a driver who runs away does not.
func TestS56UForcesFled(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"troops fled a town",
			"Російські війська втекли з Балаклії.",
			[]string{"RETREAT Російські війська →  @Балаклія"}},
		{"an escape is no retreat",
			"Засуджений Іван Мороз утік з колонії.",
			nil},
	}, time.Time{})
}

// TestS56UCoveredByFire: a place covered by a weapon's fire (накрити
// артилерією, ракетами) is attacked; a table covered is not.
func TestS56UCoveredByFire(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"covered by artillery",
			"Окупанти накрили артилерією Нікополь.",
			[]string{"ASSAULT Окупанти → Нікополь @Нікополь"}},
		{"a table covered",
			"Волонтерка Ольга Ткач накрила стіл для військових скатертиною.",
			nil},
	}, time.Time{})
}

// TestS56USportsRout: a team or players that rout or beat another in a
// match (розгромити, розбити) with players, a team, a match or a score
// in the sentence fight no battle; troops that rout a column do.
func TestS56USportsRout(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a match won by players",
			"Баскетболісти «Будівельника» розгромили «Прометей».",
			nil},
		{"a match won, a league in the headline",
			"Ліга націй: «Карпати» розгромили «Оболонь» у Львові",
			nil},
		{"a column routed",
			"Десантники розгромили колону окупантів біля Куп'янська.",
			[]string{"ASSAULT Десантники →  @Куп'янськ"}},
	}, time.Time{})
}
