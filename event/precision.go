package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// simile tells a conjunction of a comparison: "замахала руками, мов
// розганяла бджіл" likens a gesture to an act, and no act is told.
// (ніби and наче also carry hearsay, "заявила, ніби Україна обстріляла",
// so they are not here.) A switch: unstated asks about the word before
// every verb trigger.
func simile(l string) bool {
	switch l {
	case "мов", "немов", "неначе", "мовби", "немовби", "неначебто":
		return true
	}
	return false
}

// maintained are the things one keeps up rather than backs: "підтримувала
// розмову", "підтримує стосунки з мамою", "підтримувати порядок".
var maintained = map[string]bool{"розмова": true, "бесіда": true, "стосунок": true, "стосунки": true,
	"зв'язок": true, "зв’язок": true, "контакт": true, "вогонь": true, "температура": true, "порядок": true,
	"чистота": true, "форма": true, "рівновага": true, "баланс": true, "тиск": true, "традиція": true,
	"дружба": true, "знайомство": true, "листування": true, "компанія": true, "настрій": true,
	// and the life of one's body: "підтримує свою життєдіяльність"
	"життєдіяльність": true, "здоров'я": true, "здоров’я": true, "імунітет": true, "тонус": true,
	// a prosecutor who pleads the case in court: "прокурор, який
	// підтримував обвинувачення" (an accusation endorsed is звинувачення)
	"обвинувачення": true}

// unstated tells a verb at i whose form or sense states no event of the
// kinds its lemma v triggers:
//   - an imperative ("зателефонуй Бранчуку", "убий його", "допомагай
//     родичам"): an order or a plea voiced, nothing done;
//   - a verb after a simile's conjunction ("мов розганяла бджіл");
//   - an infinitive one risks ("ризикуючи бути вбитим", "ризикує
//     потрапити в полон"): a danger, nothing that happened;
//   - a negated підозрювати ("вони й не підозрювали", "нічого не
//     підозрювала"): being unaware, no suspicion of anyone;
//   - a past imperfective погоджувався with no infinitive and no на
//     ("Роман погоджувався з нею", "Андрій погоджувався: …"): sharing
//     an opinion, no agreement made (the perfective погодився з and
//     погоджувався на are left to the rules that read them);
//   - погодитися or погоджуватися with a що-clause ("Суд погодився, що
//     закупівля відбулася з порушенням"): a view shared, no agreement;
//     so with з and a demonstrative or a word of an opinion ("Люди
//     погодилися із цим", "погодився з цією думкою": see sharedView);
//   - a coming or a visit set in one's childhood or told of a journey
//     ("ще малим побував на Кіровоградщині", "Подорожуючи з батьком,
//     він завітав до Єлисаветграду"): a life's story (see childhoodTrip);
//     and one of tourists or a tour's participants ("Учасники туру мали
//     змогу відвідати населені пункти"): a leisure trip (see touristsCame);
//   - підтримувати what one keeps up ("підтримувала розмову"), and a
//     prosecutor's case pleaded ("підтримував обвинувачення");
//   - підтримувати told of a poll's share ("50% опитаних не підтримують
//     надання Донбасу особливого статусу", "підтримують таку ідею 22,7%
//     опитаних"): an opinion counted, no act of backing anyone;
//   - дякувати Богу, a set phrase of relief;
//   - просити a price against another's ("яке просило на 9 млн грн
//     менше"): a bid, no request;
//   - укласти with no pact in its sentence or the one before ("Словник
//     уклав колектив інституту"): compiling, no agreement;
//   - вивести or відвести a person or one's eyes ("відвела діда в гараж",
//     "відвести очі"): leading, no withdrawal (troops, and soldiers, are
//     withdrawn); вивести into orbit, onto a market or out of action
//     ("вивели на орбіту супутник", "вивели з ладу"): no withdrawal;
//     and either with no forces near it ("селекціонери вивели новий
//     сорт", "вивести Україну з лиха"): breeding or leading out (see
//     forcesNear);
//   - стягувати з with no sum and no forces in the sentence ("стягувати з
//     неї шкарпетки"): pulling off, no recovery;
//   - розганяти a thing ("розганяючи мильну піну"): no people dispersed
//     (a rally or a camp dispersed is its people's);
//   - зустрітися with a dative experiencer ("мені зустрінеться гномик"):
//     coming across, no meeting;
//     so with animals or plants for its subject ("Тут зустрічаються
//     рідкісні птахи"): a kind found in a place (see faunaFound);
//   - відхилити or відкинути aside or with a hand ("відхилив пальцями
//     шарф", "відкинула ковдру вбік"): a thing moved, nothing rejected;
//     so in a board game ("відхилив пропозицію нічиєї"): a draw declined
//     (see boardOffer);
//   - оточений with a feeling ("оточений повагою"): no siege;
//   - підписати with no pact or paper in its sentence nor a pact in the
//     one before ("привчала підписувати всі роботи"): a name put on one's
//     work, no agreement;
//   - відійти or відступити from a person or God ("відійшла від Бога",
//     "сила відступила від нього"): turning away, no withdrawal (troops
//     withdraw from a town, a line or a position); so from a thing that
//     is no place, or into eternity ("відійшов від традиції", "відійшла
//     у вічність"): a change of mind or a death (see leftIdea); and
//     відійти of one person with no forces near ("злягла і відійшла"):
//     a death or a step aside (see oneWalkedAway);
//   - просити of an audience ("читачі просили поради"): a public's wish
//     (see fansAsk); співпрацювати of artists with no body or place
//     named ("композитор співпрацює з поетами"): art made together (see
//     artistsWork);
//   - взаємодіяти with a substance ("взаємодіє з Оксигеном"): a
//     reaction (see substanceReacts);
//   - дійти згоди of scholars with a що-clause ("Експерти дійшли згоди
//     стосовно того, що …"): a view shared (see viewAgreed);
//   - обговорити a work of culture with no partner ("Книголюби
//     обговорили роман"): readers talking, no meeting (see workDiscussed);
//   - спростувати a theory or a myth ("спростували гіпотезу"): an
//     argument won, no accusation denied (see theoryRefuted);
//   - вбити a thing ("не зміг вбити вініл"): a figure (see thingKilled);
//   - судитися of one's fate ("судилася їй інша доля"): no lawsuit (see
//     fated);
//   - скаржитися of an ailment ("скаржилася на головний біль"): a
//     symptom, no one accused (see ailmentComplained);
//   - мобілізувати the body or the mind ("мобілізує організм", "життєві
//     сили людини"): no one rallied to arms (see selfRallied);
//   - a verb of the що-clause of a denial ("заперечив, що російські
//     військові атакували порт", "спростували, що обстріляли"): what is
//     denied is not told as done (a denial not made, "не заперечив, що
//     …", grants it);
//   - запросити or запрошувати with a thing for its subject ("сенсор
//     запрошує відвідувача оцінити …"): no one asks (see thingInvites);
//     so to one's home, to give concerts or to a job ("запросив до себе
//     додому", "запросили викладати"): hospitality or hiring (see
//     hostedOrHired);
//   - a verb whose subject is a bare не всі or не кожен ("ідею
//     підтримали не всі", "не кожен погодився"): who did not is the
//     point, and who did goes unnamed (see notAllDid);
//   - скласти or складати a report with no one it is drawn up on
//     ("комісія склала протокол огляду"): a paper written, no sanction
//     (see reportOn);
//   - затримати or затримувати payments ("виплати затримує
//     казначейство", "затримали зарплату"): a delay, no detention (see
//     paymentsHeld);
//   - an infinitive of what anyone may do ("пацієнт зможе
//     поскаржитись", "громада може відмовитись"): a rule described, no
//     event (see genericCan);
//   - a custom of people of a kind ("громадяни звертаються до
//     Європейського суду", "діти часто просять ручки"): no act of
//     anyone's (see genericHabit); so a singular noun of anyone defined
//     by a relative clause in the present ("Людина, яка надає першу
//     допомогу, повинна …") and people of a kind in a relative clause
//     on a thing ("питань, з яким громадяни звертаються до суду"), and
//     a service for them ("допомога, яку надають хворим"): see
//     genericPresent; and anyone of a kind in a rule's case ("якщо
//     порушник погоджується зі стягненням", "такі особи не
//     погоджуються"): see kindIf;
//   - an infinitive of what one learns or knows how to do ("вчаться
//     взаємодіяти з медиками", "не навчилися домовлятися"): a skill, no
//     act (see skillLearnt);
//   - an attack verb whose doer is a thing of nature ("її атакував
//     вірус", "пошкоджується мухою"): an illness or a pest, no side's
//     attack (see natureAgent);
//   - a present or an infinitive in a legal text's own provision
//     ("звільняє прокурорів з посад у випадках, встановлених цим
//     Законом", "звертається з поданням у порядку, визначеному
//     законом"): a rule, no act (see provision); so an infinitive or a
//     present in an item of a numbered list ("2) зобов'язати обленерго
//     звітувати", "3) призначає на посади та звільняє"): a decree's
//     provision or a law's power of an office (see listItem);
//   - a negated future of an imperfective of pledged ("не
//     скорочуватиме допомогу", "не укладатиме договорів"): a policy
//     stated, no act;
//   - one person going out into the street ("Потап вийшов на вулицю"):
//     a protest is many people's (вийшли на вулиці; a singular verb with
//     the plural вулиці, "Київ вийшов на вулиці", is left alone).
func (f *finder) unstated(i int, v string) bool {
	t := &f.toks[i]
	if strings.Contains(t.Tag, ":impr") {
		return true
	}
	if i > 0 && simile(f.low(i-1)) || f.risked(i) || f.deniedClause(i) || f.notAllDid(i) {
		return true
	}
	if f.genericCan(i) || f.genericHabit(i) || f.genericPresent(i) || f.kindIf(i) || f.skillLearnt(i) || f.placeFolk(i) || f.dialogueCue(i, v) || f.normAfter(i) || f.provision(i) || f.listItem(i) {
		return true
	}
	if pledged[v] && f.negatedAt(i) && (strings.Contains(t.Tag, ":futr") || i > 0 && f.low(i-1) == "бути") {
		return true // "не скорочуватиме допомогу", "не буде укладати угод": a policy, no act
	}
	if (verbs[v].typ == "ASSAULT" || verbs[strings.TrimSuffix(v, "ся")].typ == "ASSAULT") && f.natureAgent(i) {
		return true
	}
	switch v {
	case "прибути", "прибувати", "приїхати", "приїжджати", "завітати", "переїхати", "переїжджати":
		return f.toScene(i) || f.privateTrip(i) || f.childhoodTrip(i) || f.touristsCame(i)
	case "відвідати", "відвідувати":
		return f.attended(i) || f.childhoodTrip(i) || f.touristsCame(i)
	case "побувати", "бувати":
		return f.childhoodTrip(i) || f.touristsCame(i)
	case "допомогти", "допомагати", "посприяти", "сприяти":
		return f.byWhich(i)
	case "окупувати", "окуповувати":
		return f.crowdTook(i)
	case "відмовитися", "відмовлятися":
		return f.noComment(i)
	case "підозрювати":
		return f.negatedAt(i)
	case "погодитися":
		// "Суд погодився, що закупівля відбулася з порушенням": a view
		// shared, told as a quote, no agreement between parties
		return f.thatClause(i) || f.sharedView(i)
	case "погоджуватися":
		if f.thatClause(i) || f.sharedView(i) || f.mayDisagree(i) {
			return true
		}
		if !strings.Contains(t.Tag, ":past") {
			return false
		}
		for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
			if strings.Contains(f.toks[j].Tag, ":inf") || f.low(j) == "на" {
				return false
			}
		}
		return true
	case "підтримувати", "підтримати":
		if f.pollShare(i) || f.strikeJoined(i) {
			return true
		}
		for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
			if maintained[f.low(j)] {
				return true
			}
			if f.toks[j].Text == "," || isVerb(&f.toks[j]) {
				break
			}
		}
	case "дякувати":
		return i+1 < len(f.toks) && f.low(i+1) == "бог"
	case "надати", "надавати":
		return f.patientsServed(i)
	case "об'єднатися":
		return f.mergedWith(i)
	case "об'єднуватися":
		// "страхові компанії об'єднуються в пули", "симпатики України
		// об'єднуються": a custom of people or firms of a kind, unless a
		// side is named its subject ("Україна та Молдова об'єднуються")
		return f.mergedWith(i) || !f.within(i, 6, 0, f.punctOrVerb, func(j int) bool { return f.entityAt(j) != "" && hasCase(&f.toks[j], "v_naz") })
	case "просити":
		return f.priceAsked(i) || f.fansAsk(i)
	case "попросити":
		return f.fansAsk(i)
	case "співпрацювати":
		return f.artistsWork(i)
	case "запросити", "запрошувати":
		// "сенсор запрошує відвідувача оцінити …"; "- … на нашому
		// концерті! - запрошує фронтмен гурту": the words' cue
		return f.thingInvites(i) || f.closesSpeech(i) || f.festiveInvite(i) || f.everyoneInvited(i) || f.hostedOrHired(i)
	case "укласти", "укладати":
		return !f.pactNamed(f.toks) && (f.s == 0 || !f.pactNamed(f.a.Sentences[f.s-1].Tokens))
	case "вивести", "відвести", "виводити", "відводити":
		if f.outOfSanctions(i) {
			return false // "вивів з-під санкцій бізнесмена": sanctions lifted (a pair of the verb)
		}
		return f.ledAway(i) || f.putOut(i) || f.moneyMoved(i) || f.wroteOut(i) || !f.forcesNear(i)
	case "розгромити", "розбити":
		return f.sportsRout(i) // "футболісти «Шахтаря» розгромили «Зорю»": a match won
	case "втекти", "утекти":
		return !f.forcesNear(i) // "засуджений втік з колонії": an escape, no forces withdrawn
	case "евакуювати", "евакуйовувати":
		return !f.evacuatedForces(i) // "евакуювали мешканців": people saved, no forces withdrawn
	case "стягнути", "стягувати":
		return !f.sumOrForces(v)
	case "розігнати", "розганяти":
		return f.thingDispersed(i)
	case "зустрітися", "зустрічатися", "зустрінутися":
		return i > 0 && f.experiencer(i-1) || i+1 < len(f.toks) && f.experiencer(i+1) || f.foundShare(i) || f.faunaFound(i)
	case "відхилити", "відхиляти", "відкинути", "відкидати":
		return f.movedAside(i) || f.boardOffer() || f.thingMoved(i) || f.ideaObject(i)
	case "заперечити", "заперечувати", "засудити", "засуджувати", "критикувати", "розкритикувати":
		return f.ideaObject(i)
	case "оточити":
		return f.surroundedWith(i)
	case "оточувати", "наступати":
		// "Ліси оточують Шацьк", "наступають морози": a setting or a
		// season, no forces closing in
		return f.surroundedWith(i) || !f.forcesNear(i)
	case "підписати", "підписувати":
		if f.sanctionDecree(i) >= 0 {
			return false // "підписав указ про застосування санкцій": sanctions put into force
		}
		if f.appealSigned(i) {
			return true // "звернення, яке підписали 300 медиків": an appeal signed, no agreement
		}
		if f.worksActSigned(i) {
			// "підписував акти приймання продуктів, а ціни в договорах
			// …": the act signed certifies work, whatever pact the
			// sentence names besides
			return true
		}
		return f.orderSigned(i) || !f.pactNamed(f.toks) && !f.signedPaper() && (f.s == 0 || !f.pactNamed(f.a.Sentences[f.s-1].Tokens))
	case "відійти", "відходити", "відступити", "відступати":
		return f.fromPerson(i) || f.leftIdea(i) || (v == "відійти" || v == "відходити") && f.oneWalkedAway(i)
	case "обговорити", "обговорювати":
		return f.workDiscussed(i)
	case "дійти", "доходити":
		return f.viewAgreed(i)
	case "взаємодіяти":
		return f.substanceReacts(i)
	case "спростувати", "спростовувати":
		return f.theoryRefuted(i)
	case "вбити", "убити":
		return f.thingKilled(i)
	case "судитися":
		return f.fated(i)
	case "мобілізувати", "мобілізовувати":
		return f.selfRallied(i)
	case "скаржитися", "поскаржитися":
		return f.ailmentComplained(i)
	case "перекрити", "перекривати", "перегородити", "перегороджувати":
		return f.roadShut(i)
	case "скласти", "складати":
		if f.officeLaidDown(i) {
			return false // "склав депутатський мандат": a resignation
		}
		return f.reportOn(i) < 0 && !f.offenceReport(i) // "склали адміністративний протокол": charged, the one charged unnamed
	case "затримати", "затримувати":
		return f.heldUp(i) || f.paymentsHeld(i)
	case "обмінятися", "обмінюватися":
		return f.tradedBlows(i)
	case "вийти", "виходити":
		return i+2 < len(f.toks) && f.low(i+1) == "на" && isNoun(&f.toks[i+2]) &&
			f.low(i+2) == "вулиця" && strings.Contains(f.toks[i+2].Tag, ":f:") && singularVerb(t.Tag)
	}
	return false
}

// sportsmen are the words of players and teams that win matches, not
// battles.
var sportsmen = map[string]bool{"футболіст": true, "хокеїст": true, "баскетболіст": true, "волейболіст": true,
	"гандболіст": true, "гравець": true, "команда": true, "збірна": true, "клуб": true, "спортсмен": true}

// sportsRout reports whether the verb of routing at i tells a match won:
// its sentence names players or a team, a match or a score.
func (f *finder) sportsRout(i int) bool {
	for j := range f.toks {
		if l := f.low(j); sportsmen[l] || matchWords[l] || isScore(f.toks[j].Text) {
			return true
		}
	}
	return false
}

// pollShare reports whether the verb at i is told of the share of a
// poll's respondents: опитані or респонденти in its sentence ("такі дії
// влади підтримали б 30,1% опитаних"), or a percentage as its subject
// before it or in brackets right after it ("частіше не підтримують
// (38,5%), ніж підтримують (34%)").
func (f *finder) pollShare(i int) bool {
	for j := range f.toks {
		if f.low(j) == "опитаний" || f.low(j) == "респондент" {
			return true
		}
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if f.toks[j].Text == "%" {
			return true
		}
		if f.punctOrVerb(j) {
			break
		}
	}
	return i+3 < len(f.toks) && f.toks[i+1].Text == "(" && (f.toks[i+2].Text == "%" || f.toks[i+3].Text == "%")
}

// deniedClause tells a finite verb at i in the що-clause right after a
// denial's verb and its comma, with no comma between: "заперечив, що
// російські військові атакували цивільний об'єкт".
func (f *finder) deniedClause(i int) bool {
	if !finiteVerb(&f.toks[i]) {
		return false
	}
	for j := i - 1; j >= 2; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if !f.thatAfterComma(j) {
			continue
		}
		switch f.verb(j - 2) {
		case "заперечити", "заперечувати", "спростувати", "спростовувати":
			return !f.negatedAt(j - 2)
		}
		return false
	}
	return false
}

// negatedAt tells a не just before i, or before one word between ("ще не
// підозрюють", "навіть не підозрювали").
func (f *finder) negatedAt(i int) bool {
	return i > 0 && f.low(i-1) == "не" || i > 1 && f.low(i-2) == "не"
}

// fromPerson tells від with a person or a personal pronoun in the
// genitive within three words after the verb at i: "відійшла від Бога".
func (f *finder) fromPerson(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+3; j++ {
		if f.punctOrVerb(j) {
			return false
		}
		if l := f.low(j); l != "від" && l != "од" {
			continue
		}
		t := &f.toks[j+1]
		return strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":v_rod") &&
			(strings.Contains(t.Tag, "noun:anim") || strings.Contains(t.Tag, ":pron:pers"))
	}
	return false
}

// risked tells an infinitive at i after ризикувати in its clause, with
// at most four words between: "ризикуючи тієї ж миті бути вбитим".
func (f *finder) risked(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if l := f.low(j); l == "ризикувати" || l == "ризикнути" || l == "ризикуючи" {
			return strings.Contains(f.toks[i].Tag, ":inf") || i > 0 && f.low(i-1) == "бути"
		}
	}
	return false
}

// singularVerb tells a verb tag of one doer: past masculine or feminine,
// or a singular person.
func singularVerb(tag string) bool {
	return strings.Contains(tag, ":past:m") || strings.Contains(tag, ":past:f") ||
		strings.Contains(tag, ":s:")
}

// pacts are the agreements укласти makes.
var pacts = map[string]bool{"угода": true, "договір": true, "контракт": true, "меморандум": true,
	"мир": true, "перемир'я": true, "перемир’я": true, "союз": true, "пакт": true, "конвенція": true,
	"домовленість": true, "протокол": true, "альянс": true, "договореність": true, "угоди": true}

// pactNamed tells a pact among toks.
func (f *finder) pactNamed(toks []vistka.Token) bool {
	for k := range toks {
		if pacts[lower(&toks[k])] {
			return true
		}
	}
	return false
}

// withdrawn are the people a side withdraws: вивели солдатів.
var withdrawn = map[string]bool{"солдат": true, "військовий": true, "військовослужбовець": true, "бойовик": true,
	"миротворець": true, "найманець": true, "вояк": true, "спецпризначенець": true, "десантник": true, "резервіст": true}

// sights are the eyes one looks away with.
var sights = map[string]bool{"око": true, "очі": true, "погляд": true, "зір": true}

// evacuatedForces reports whether the first accusative noun after the
// verb of evacuating at i, within four words, is troops, a soldier or a
// mission ("евакуювала своїх військових з Нігеру", "евакуювали
// контингент"): forces withdrawn, a RETREAT. The rescuers' forces of a
// rescue ("залучили сили") and the people they save are none.
func (f *finder) evacuatedForces(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "prep") {
			return false
		}
		if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":v_zna") {
			continue
		}
		l := f.low(j)
		return (forces[l] || withdrawn[l]) && l != "сила" && l != "сили" && l != "техніка"
	}
	return false
}

// ledAway tells the first accusative noun after the verb at i is a person
// who is no soldier, or one's eyes: "вивела батька на перон".
func (f *finder) ledAway(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		t := &f.toks[j]
		if t.Text == "," || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "prep") {
			return false
		}
		if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":v_zna") {
			continue
		}
		if sights[f.low(j)] {
			return true
		}
		return strings.Contains(t.Tag, "noun:anim") && !strings.Contains(t.Tag, ":pron") && !withdrawn[f.low(j)]
	}
	return false
}

// putOut reports whether вивести at i puts a thing into orbit or onto a
// market, out of action, or forward onto positions ("супутник вивели на
// орбіту ракетою-носієм", "вивела на ринок новий препарат", "вивели з
// ладу генератор", "вивели на позиції 20 танків"): a launch, a product,
// damage or a move forward, no withdrawal.
func (f *finder) putOut(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+6; j++ {
		if f.toks[j].Text == "," || isVerb(&f.toks[j]) {
			return false
		}
		switch f.low(j) + " " + f.low(j+1) {
		case "на орбіта", "на ринок", "з лад", "на позиція":
			return true
		}
		if f.low(j) == "на" && j+2 < len(f.toks) && isAdj(&f.toks[j+1]) && f.low(j+2) == "позиція" {
			return true // "вивели на бойові позиції"
		}
	}
	return false
}

// moneyMoved reports whether вивести at i moves money, named in its
// clause before or after it ("вивели за кордон 20 млн гривень", "частину
// коштів учасники схеми вивели через фіктивні фірми"): a fraud's
// transfer, no withdrawal of forces.
func (f *finder) moneyMoved(i int) bool {
	for _, step := range []int{1, -1} {
		for j := i + step; j >= 0 && j < len(f.toks) && (j-i)*step <= 6; j += step {
			if t := &f.toks[j]; t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
				break
			}
			if sums[f.low(j)] {
				return true
			}
		}
	}
	return false
}

// sums are what is recovered from someone: стягнули з фірми борг.
var sums = map[string]bool{"кошт": true, "кошти": true, "гроші": true, "борг": true, "штраф": true,
	"заборгованість": true, "сума": true, "плата": true, "податок": true, "збір": true, "компенсація": true,
	"пеня": true, "неустойка": true, "гривня": true, "грн": true, "долар": true, "євро": true, "збиток": true,
	"шкода": true, "відшкодування": true, "аліменти": true, "внесок": true, "мільйон": true, "мільярд": true,
	"тисяча": true, "млн": true, "млрд": true, "тис": true, "оплата": true, "платіж": true, "хабар": true}

// sumOrForces tells a sum, a number or the forces стягнути draws up in
// the sentence.
func (f *finder) sumOrForces(v string) bool {
	for j := range f.toks {
		t := &f.toks[j]
		l := f.low(j)
		if sums[l] || strings.HasPrefix(t.Tag, "numr") || strings.ContainsAny(t.Text, "0123456789") {
			return true
		}
		if _, ok := pairs[v][l]; ok && l != "з" && l != "із" {
			return true
		}
	}
	return false
}

// gatherings are the things dispersed with their people: розігнали мітинг.
var gatherings = map[string]bool{"мітинг": true, "акція": true, "демонстрація": true, "протест": true,
	"пікет": true, "майдан": true, "табір": true, "збори": true, "натовп": true, "колона": true, "хода": true,
	"марш": true, "страйк": true, "містечко": true, "зібрання": true, "мирний": true, "протестувальник": true}

// thingDispersed tells the first accusative noun after the verb at i is
// a thing, not people nor their gathering: "розганяючи мильну піну".
func (f *finder) thingDispersed(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if t.Text == "," || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":v_zna") {
			continue
		}
		return strings.Contains(t.Tag, "noun:inanim") && !gatherings[f.low(j)]
	}
	return false
}

// experiencers are the dative pronouns of one who comes across something.
var experiencers = map[string]bool{"мені": true, "тобі": true, "йому": true, "їй": true, "нам": true, "вам": true, "їм": true}

// experiencer tells a dative personal pronoun at j.
func (f *finder) experiencer(j int) bool {
	t := &f.toks[j]
	return strings.Contains(t.Tag, ":v_dav") && strings.Contains(t.Tag, ":pron:pers") && experiencers[strings.ToLower(t.Text)]
}

// kinGroups are the plural words for family and friends (kin has the
// singular ones).
var kinGroups = map[string]bool{"батьки": true, "родичі": true, "родич": true, "сусіди": true, "друзі": true}

// privateHelp tells help that is no aid: help given to no one named
// ("друзі допомагали", "цей хлопчина завжди допоможе") or to one's family
// ("взялася допомагати тітці"). Aid names who gets it ("США допомагають
// Україні") or what it helped do ("Катар допоміг повернути дітей").
func privateHelp(a *vistka.Analysis, e vistka.Event) bool {
	if e.Type != "AID" || e.Trigger != "допомогти" && e.Trigger != "допомагати" || e.TriggerSpan == nil {
		return false
	}
	for _, r := range e.Recipients {
		if !kin[r] && !kinGroups[r] {
			return false
		}
	}
	toks, _, to, ok := triggerTokens(a, e)
	if !ok {
		return false
	}
	for j := to; j < len(toks) && j < to+3; j++ {
		if strings.Contains(toks[j].Tag, ":inf") {
			return false
		}
		if strings.HasPrefix(toks[j].Tag, "punct") {
			break
		}
	}
	return true
}

// everyoneOnly tells an event with no actor told of "кожний із X" before
// its trigger in its clause: "кожний із депутатів прагнутиме допомогти
// виборцям свого села" tells what each of many would do, not an event
// between named parties (a named party among the recipients keeps it;
// "Кожна родина отримає допомогу", with no із, is the families' aid, as
// news8 marks it).
func everyoneOnly(a *vistka.Analysis, e vistka.Event) bool {
	if len(e.Actors) > 0 || slices.ContainsFunc(e.Recipients, func(r string) bool { return entity.Index(r) >= 0 }) {
		return false
	}
	toks, from, _, ok := triggerTokens(a, e)
	if !ok {
		return false
	}
	lo := from
	for lo > 0 && toks[lo-1].Kind != vistka.Punct {
		lo--
	}
	for j := lo; j+1 < from; j++ {
		if toks[j].Lemma == "кожний" {
			switch scan.ToLower(toks[j+1].Text) {
			case "з", "із", "зі":
				return true
			}
		}
	}
	return false
}

// lonelyTalk tells a talk (розмовляти) with no partner: no one named it
// is with and no second talker ("діди відпочивали й розмовляли", "Батьки
// не розмовляли тиждень"): people chatting, no meeting told. A talk of
// two named sides ("Зеленський і Байден розмовляли") or with someone
// ("розмовляв з Байденом", "з нею розмовляє") stays.
func lonelyTalk(a *vistka.Analysis, e vistka.Event) bool {
	if e.Type != "CONSULT" || e.Trigger != "розмовляти" || len(e.Recipients) > 0 || len(e.Actors) > 1 || e.TriggerSpan == nil {
		return false
	}
	toks, from, to, ok := triggerTokens(a, e)
	if !ok {
		return false
	}
	for j := max(0, from-3); j+1 < len(toks) && j < to+3; j++ {
		switch strings.ToLower(toks[j].Text) {
		case "з", "із", "зі":
			if strings.Contains(toks[j+1].Tag, ":v_oru") {
				return false
			}
		}
	}
	return true
}

// talkIn tells a discussion with no one named as its subject, only a
// place or a body in the locative before the verb, and no partner ("У
// громаді обговорили будівництво амбулаторії", "в області обговорили
// ремонт доріг"): what was talked over there, no meeting between parties.
// A discussion with someone ("у громаді обговорили з інвесторами …",
// "У Брюсселі міністри обговорили …") stays.
func talkIn(a *vistka.Analysis, e vistka.Event) bool {
	if e.Type != "CONSULT" || e.Mode == "visit" || e.Trigger != "обговорити" && e.Trigger != "обговорювати" || len(e.Recipients) > 0 || len(e.Actors) > 1 {
		return false
	}
	toks, from, to, ok := triggerTokens(a, e)
	if !ok || !subjectless(toks[from].Tag) {
		return false
	}
	in := false
	for j := 0; j < from; j++ {
		t := &toks[j]
		switch {
		case strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, "v_naz") && !strings.Contains(t.Tag, "v_mis"):
			return false // a subject: "міністри обговорили"
		case (t.Text == "у" || t.Text == "в" || t.Text == "У" || t.Text == "В") && j+1 < from && strings.Contains(toks[j+1].Tag, "v_mis"):
			in = true
		}
	}
	if !in {
		return false
	}
	for j := to; j+1 < len(toks); j++ {
		if l := strings.ToLower(toks[j].Text); (l == "з" || l == "із" || l == "зі") && strings.Contains(toks[j+1].Tag, ":v_oru") {
			return false
		}
	}
	return true
}

// pressTalk tells a talk or a meeting whose actors are all journalists
// named by their trade ("дипломати, з якими поспілкувався кореспондент",
// "журналісти поговорили з місцевими"), with no one named they met: a
// reporter gathering words, as an interview, no meeting between parties.
func pressTalk(e vistka.Event) bool {
	if e.Type != "CONSULT" || e.Mode == "visit" || len(e.Actors) == 0 || len(e.Recipients) > 0 {
		return false
	}
	for _, a := range e.Actors {
		w, _, _ := strings.Cut(strings.ToLower(a), " ")
		if !strings.HasPrefix(w, "кореспондент") && !strings.HasPrefix(w, "журналіст") && !strings.HasPrefix(w, "репортер") {
			return false
		}
	}
	return true
}

// sanctionBans drops a coercion told by an adverbial participle after a
// sanction of the same actor in its sentence: in "ЄС запровадив санкції
// проти 117 суден, заборонивши їм заходити в порти ЄС" the ban is what
// the sanction does, no act of its own.
func sanctionBans(a *vistka.Analysis, evs []vistka.Event) []vistka.Event {
	drop := make([]bool, len(evs))
	for i := range evs {
		e := &evs[i]
		// (only a ban: "розірвав договір, зобов'язавши фірму повернути
		// ділянку" orders something of its own)
		if e.Type != "COERCE" || !strings.HasPrefix(e.Trigger, "заборон") || e.TriggerSpan == nil || !participle(a, e.TriggerSpan.Start) {
			continue
		}
		for k := range evs {
			v := &evs[k]
			if v.Type == "SANCTION" && v.Sentence == e.Sentence && v.TriggerSpan != nil && v.TriggerSpan.Start < e.TriggerSpan.Start &&
				shareAny(e.Actors, v.Actors) {
				drop[i] = true
				break
			}
		}
	}
	out := evs[:0]
	for i, e := range evs {
		if !drop[i] {
			out = append(out, e)
		}
	}
	return out
}

// triggerTokens returns the tokens of the sentence of e's trigger and the
// trigger's first and end token in it; ok is false when e has no trigger
// span inside a sentence.
func triggerTokens(a *vistka.Analysis, e vistka.Event) (toks []vistka.Token, from, to int, ok bool) {
	if e.TriggerSpan == nil {
		return nil, 0, 0, false
	}
	s := a.SentenceAt(e.TriggerSpan.Start)
	if s < 0 {
		return nil, 0, 0, false
	}
	from, to = a.SpanTokens(s, e.TriggerSpan.Start, e.TriggerSpan.End)
	return a.Sentences[s].Tokens, from, to, true
}

// asides are the words of a thing moved by hand: відкинула вбік, відхилив
// пальцями.
var asides = map[string]bool{"вбік": true, "убік": true, "назад": true, "палець": true, "рука": true,
	"долоня": true, "нога": true, "плече": true, "лікоть": true}

// movedAside tells a reject verb at i moving a thing aside or by hand.
func (f *finder) movedAside(i int) bool {
	for j := max(0, i-2); j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if j != i && finiteVerb(t) {
			continue
		}
		if l := f.low(j); asides[l] && (strings.HasPrefix(t.Tag, "adv") || strings.Contains(t.Tag, ":v_oru")) {
			return true
		}
	}
	return false
}

// feelings are what one is surrounded with in a figure: оточений повагою.
var feelings = map[string]bool{"повага": true, "увага": true, "турбота": true, "любов": true, "пошана": true,
	"піклування": true, "ласка": true, "шана": true, "слава": true, "таємниця": true, "ореол": true,
	"прихильність": true, "тепло": true, "затишок": true, "розкіш": true, "комфорт": true}

// surroundedWith tells оточити at i with a feeling in the instrumental.
func (f *finder) surroundedWith(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":v_oru") {
			return feelings[f.low(j)]
		}
	}
	return false
}

// walkouts are the protests one joins by backing them: "Страйк
// підтримали 64 водії", "підтримали протест".
var walkouts = map[string]bool{"страйк": true, "протест": true, "мітинг": true, "пікет": true,
	"демонстрація": true, "голодування": true}

// strikeJoined reports whether the object of підтримати at i is a
// strike or a protest, after the verb ("водії підтримали страйк") or
// opening its clause ("Страйк підтримали 64 водії"): joining a protest,
// which the protest's own event tells, no backing of a side. An action
// backed is one only as an акція протесту.
func (f *finder) strikeJoined(i int) bool {
	walkout := func(j int) bool {
		t := &f.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") {
			return false
		}
		l := f.low(j)
		return walkouts[l] || l == "акція" && j+1 < len(f.toks) && protestKinds[f.low(j+1)]
	}
	return f.within(i, 3, 3, f.punctOrVerb, walkout)
}

// mergedWith reports whether об'єднатися at i joins its subject with a
// thing named by a common noun in the instrumental ("лікарня об'єднається
// з онкодиспансером", "школа об'єдналася з ліцеєм"): two institutions
// merged into one, no cooperation between sides. A state, a named body
// or people joined with ("з Польщею", "з «Нафтогазом»", "з військовими")
// are left to the verb's COOPERATE.
func (f *finder) mergedWith(i int) bool {
	if i+2 < len(f.toks) && (f.low(i+1) == "в" || f.low(i+1) == "у") {
		return f.mergedInto(i + 2)
	}
	if i+2 >= len(f.toks) || f.low(i+1) != "з" && f.low(i+1) != "із" {
		return false
	}
	for j := i + 2; j < len(f.toks) && j <= i+4; j++ {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "adj") {
			continue
		}
		return strings.HasPrefix(t.Tag, "noun:inanim") && hasCase(t, "v_oru") && !strings.Contains(t.Tag, ":prop") && f.entityAt(j) == ""
	}
	return false
}

// alliances are the bodies sides join to act together: об'єдналися у
// федерацію, в коаліцію.
var alliances = map[string]bool{"федерація": true, "союз": true, "альянс": true, "коаліція": true, "асоціація": true,
	"блок": true, "об'єднання": true, "пул": true, "консорціум": true, "спілка": true, "фронт": true,
	"мережа": true, "платформа": true, "партнерство": true}

// mergedInto reports whether the words from j, after об'єднатися в,
// name one whole its subject becomes ("громади об'єднуються в більші",
// "в одну громаду"): a merger, no cooperation. An alliance joined ("у
// Міжнародну федерацію", "в коаліцію") is left to the verb.
func (f *finder) mergedInto(j int) bool {
	for k := j; k < len(f.toks) && k <= j+4; k++ {
		t := &f.toks[k]
		if isAdj(t) || t.Text == "." || t.Text == "т" || t.Text == "з" {
			continue // "в т. з. ядерні пули", "в одну"
		}
		if strings.HasPrefix(t.Tag, "noun") {
			return hasCase(t, "v_zna") && !alliances[f.low(k)]
		}
		break
	}
	return isAdj(&f.toks[j]) && hasCase(&f.toks[j], "v_zna") // "в більші"
}

// clientele are those a service helps by its trade: a hospital's
// patients, a firm's clients.
var clientele = map[string]bool{"пацієнт": true, "клієнт": true, "відвідувач": true, "абонент": true}

// patientsServed reports whether надати at i gives help (допомога) to
// its patients or clients in the dative in its clause ("лікарня надала
// допомогу понад 60 тисячам пацієнтів"): a service's work counted, no
// aid from one side to another. Help to the wounded, to a town or to a
// country is left to the rules that read it.
func (f *finder) patientsServed(i int) bool {
	help, served := false, false
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			break
		}
		if f.low(j) == "допомога" {
			help = true
		}
		if clientele[f.low(j)] && (hasCase(t, "v_dav") || hasCase(t, "v_rod") && counted[f.low(j-1)]) {
			served = true // "пацієнтам", "тисячам пацієнтів"
		}
	}
	return help && served
}

// counted are the number nouns a dative count of people opens with:
// тисячам пацієнтів.
var counted = map[string]bool{"тисяча": true, "мільйон": true, "сотня": true, "десяток": true}

// signedAppeals are the papers many sign to ask something of a third side:
// an appeal, a petition, an open letter.
var signedAppeals = map[string]bool{"звернення": true, "петиція": true}

// appealSigned reports whether what підписати at i signs is an appeal
// ("підписали звернення до мера", "підписали відкритий лист"), or the
// noun its relative pronoun stands for ("звернення, яке підписали 300
// медиків", "петицію, яку підписали 500 мешканців"): the signers join
// a plea, they make no agreement. A petition named after the verb is
// left to its pair, which reads a request; a letter of intent (лист про
// наміри) is a pact.
func (f *finder) appealSigned(i int) bool {
	appeal := func(j int) bool {
		l := f.low(j)
		if l == "лист" {
			return j > 0 && (f.low(j-1) == "відкритий" || f.low(j-1) == "колективний")
		}
		return l == "звернення"
	}
	if f.within(i, 0, 3, f.punctOrVerb, appeal) {
		return true
	}
	if i < 2 || f.toks[i-2].Text != "," {
		return false
	}
	switch f.low(i - 1) {
	case "який", "яке", "яку", "які", "котрий", "котре", "котру", "котрі":
	default:
		return false
	}
	for j := i - 3; j >= 0 && j >= i-8 && !f.punctOrVerb(j); j-- {
		if appeal(j) || signedAppeals[f.low(j)] {
			return true
		}
	}
	return false
}

// papers are the documents one signs besides pacts: laws, decrees and
// statements, which other rules read.
var papers = map[string]bool{"документ": true, "декларація": true, "комюніке": true, "хартія": true,
	"заява": true, "указ": true, "закон": true, "розпорядження": true, "постанова": true, "наказ": true,
	"законопроєкт": true, "законопроект": true, "рішення": true, "дозвіл": true, "лист": true,
	"звернення": true, "петиція": true, "акт": true, "зобов'язання": true, "зобов’язання": true,
	"програма": true, "план": true, "карта": true, "співпраця": true, "партнерство": true, "пакет": true,
	"резолюція": true, "статут": true, "перелік": true, "список": true}

// signedPaper tells a paper named in the sentence; an act of works
// done is none (see worksAct).
func (f *finder) signedPaper() bool {
	for j := range f.toks {
		if papers[f.low(j)] && !(f.low(j) == "акт" && f.worksAct(j)) {
			return true
		}
	}
	return false
}

// acceptance are the words that make an акт the certificate of works
// done or goods handed over: акт виконаних робіт, акт приймання-передачі,
// and the works or the supplies themselves: акти про ремонт автобусів,
// акт поставки пального, акт списання техніки.
var acceptance = map[string]bool{"виконаний": true, "виконати": true, "прийом": true, "приймання": true,
	"приймання-передача": true, "приймання-передачі": true, "робота": true, "приймальний": true,
	"ремонт": true, "поставка": true, "постачання": true, "монтаж": true, "реконструкція": true,
	"обслуговування": true, "списання": true}

// worksAct reports whether the акт at j is a certificate of works done
// ("підписав акти приймання виконаних робіт"), or, with no words of its
// own ("підписав ці акти"), the sentence before names such acts ("вніс
// недостовірні відомості в акти виконаних робіт"): signing it certifies
// work, it makes no agreement between parties.
func (f *finder) worksAct(j int) bool {
	if acceptedAfter(f.toks, j, f.low) {
		return true
	}
	if j+1 < len(f.toks) && isNoun(&f.toks[j+1]) || f.s == 0 {
		return false
	}
	prev := f.a.Sentences[f.s-1].Tokens
	low := func(k int) string { return lower(&prev[k]) }
	for k := range prev {
		if low(k) == "акт" && acceptedAfter(prev, k, low) {
			return true
		}
	}
	return false
}

// worksActSigned reports whether the object of the verb of signing at
// i, next to it past its adjectives and pronouns, after it or before
// it, is an act of works done or goods accepted (see worksAct):
// "підписував акти приймання продуктів", "ці акти підписав".
func (f *finder) worksActSigned(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		if f.low(j) == "акт" {
			return f.worksAct(j)
		}
		if t := &f.toks[j]; !strings.HasPrefix(t.Tag, "adj") && !strings.Contains(t.Tag, "pron") {
			break
		}
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if f.low(j) == "акт" {
			return f.worksAct(j)
		}
		if t := &f.toks[j]; t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			break
		}
	}
	return false
}

// acceptedAfter reports whether one of the three words after toks[j]
// makes it an act of acceptance.
func acceptedAfter(toks []vistka.Token, j int, low func(int) string) bool {
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if acceptance[low(k)] {
			return true
		}
		if toks[k].Kind == vistka.Punct {
			return false
		}
	}
	return false
}

// toScene reports whether the arrival at i is a crew's call to the scene
// ("На місце прибули два відділення рятувальників", "приїхали на місце
// події"): a service at work, no visit. Relief that arrives from someone
// is left to the rules that read it.
func (f *finder) toScene(i int) bool {
	if e, _ := f.reliefFrom(i); e != "" {
		return false
	}
	scene := func(j int) bool { return f.low(j) == "на" && j+1 < len(f.toks) && f.low(j+1) == "місце" }
	return f.within(i, 4, 3, f.punctOrVerb, scene)
}

// punctOrVerb reports whether the token at j is a punctuation mark or a
// verb: where the phrase read from a word ends.
func (f *finder) punctOrVerb(j int) bool {
	return f.toks[j].Kind == vistka.Punct || isVerb(&f.toks[j])
}

// within reports whether is holds at a token of i's clause at most back
// tokens before i or fwd tokens after it, the walk each way ending where
// stop holds.
func (f *finder) within(i, back, fwd int, stop, is func(int) bool) bool {
	for j := i - 1; j >= 0 && j >= i-back && !stop(j); j-- {
		if is(j) {
			return true
		}
	}
	for j := i + 1; j < len(f.toks) && j <= i+fwd && !stop(j); j++ {
		if is(j) {
			return true
		}
	}
	return false
}

// noComment reports whether the refusal at i is one to comment
// ("відмовилися коментувати акцію", "від коментарів відмовилися"): no
// one's demand or offer is refused, and the studied sets leave it as no
// event or an optional one.
func (f *finder) noComment(i int) bool {
	for j := max(i-3, 0); j < len(f.toks) && j <= i+2; j++ {
		if l := f.low(j); l == "коментувати" || l == "прокоментувати" || l == "коментар" || l == "коментування" {
			return true
		}
	}
	return false
}

// reportOn returns the index of the first word of the one a report of an
// offence drawn up by the verb at i is drawn up on, на and the accusative
// of a person, people or a body, before the report or after it ("склали
// на двох учасників перекриття адмінпротоколи", "склала протоколи на
// трьох учасників акції"), or -1 for none.
func (f *finder) reportOn(i int) int {
	for j := i + 1; j+1 < len(f.toks) && j <= i+6; j++ {
		if f.punctOrVerb(j) {
			break
		}
		if f.low(j) != "на" {
			continue
		}
		k := j + 1
		if f.toks[k].Kind == vistka.Number || f.countingWord(k) {
			k++
		}
		if k < len(f.toks) && hasCase(&f.toks[k], "v_zna") && (strings.Contains(f.toks[k].Tag, ":anim") || f.entityAt(k) != "") {
			return j + 1
		}
	}
	return -1
}

// payments are sums paid out, which are delayed, not detained.
var payments = map[string]bool{"виплата": true, "зарплата": true, "заробітний": true, "пенсія": true, "компенсація": true,
	"платіж": true, "транш": true, "субсидія": true, "стипендія": true, "зарплатня": true,
	"оплата": true, "фінансування": true} // "місто двічі затримувало оплату робіт"

// paymentsHeld reports whether the object of затримати at i, right before
// it or among the three words after it in its clause, is a payment:
// "виплати затримує казначейство", "затримали зарплату працівникам".
func (f *finder) paymentsHeld(i int) bool {
	if i > 0 && payments[f.low(i-1)] {
		return true
	}
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		if f.toks[j].Kind == vistka.Punct {
			break
		}
		if payments[f.low(j)] {
			return true
		}
	}
	return false
}

// outOfSanctions reports whether the verb of leading out at i takes its
// object out from under sanctions, з-під and the sanctions' noun within
// four words of it in its clause: "вивів з-під санкцій бізнесмена",
// "вивели компанію «Белавіа» з-під санкцій". Sanctions lifted from
// someone are a concession, no troops withdrawn.
func (f *finder) outOfSanctions(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+4; j++ {
		if f.toks[j].Kind == vistka.Punct {
			return false
		}
		if f.low(j) == "з-під" {
			l := f.low(j + 1)
			return l == "санкція" || l == "санкції"
		}
	}
	return false
}

// officeLaidDown reports whether the verb of laying down at i has one's
// powers or mandate for its object, past adjectives and із себе: "склав
// повноваження", "склав із себе повноваження", "склала депутатський
// мандат".
func (f *finder) officeLaidDown(i int) bool {
	j := i + 1
	if j+2 < len(f.toks) && (f.low(j) == "з" || f.low(j) == "із") && f.low(j+1) == "себе" {
		j += 2
	}
	j = f.pastAdjs(j)
	if j >= len(f.toks) {
		return false
	}
	l := f.low(j)
	return (l == "повноваження" || l == "мандат") && isNoun(&f.toks[j]) && f.holderBefore(i)
}

// holderBefore reports whether the clause of the verb at i names, before
// it, one who may hold an office: a person or a body by name, or an
// office's noun ("Міністр Олег Коваль склав повноваження", "Мер склав
// повноваження"); "Чемпіони складають повноваження" lays down a title
// only in a figure.
func (f *finder) holderBefore(i int) bool {
	for j := i - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		if e := f.entityAt(j); e != "" && (f.ents.Type(e) == "PERS" || f.ents.Type(e) == "ORG") {
			return true
		}
		if offices[f.low(j)] && isNoun(&f.toks[j]) {
			return true
		}
	}
	return false
}

// offenceReport reports whether the verb of drawing up at i (скласти,
// складати) has an administrative report as its object in its clause
// ("склали адміністративний протокол", "склали адмінпротокол"), the
// police's charge of an offence even with the one charged unnamed; a
// report on someone is reportOn's. The minutes of a meeting (склав
// протокол засідання) and "протоколи про вчинення адміністративних
// правопорушень" (a power to draw them up) are none.
func (f *finder) offenceReport(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		if f.punctOrVerb(j) {
			break
		}
		if f.low(j) == "адмінпротокол" || f.low(j) == "адміністративний" && j+1 < len(f.toks) && f.low(j+1) == "протокол" {
			return true
		}
	}
	return false
}
