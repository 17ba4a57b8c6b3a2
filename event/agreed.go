package event

import (
	"strings"
)

// agreedKind turns k, the kind of the verb v at i (ok when it has one),
// where the verb agrees, refuses, denies or gives in: an agreement to work
// together, consent to a course, a demand yielded to, land given up, a
// strike; and tells whether the verb stands as a trigger at all (not a
// modal, one's own words retracted, consent to an interview …). joint
// tells that a joint undertaking was agreed: cooperation besides the
// agreement.
func (f *finder) agreedKind(i int, v string, k kind, ok bool) (kind, bool, bool, bool) {
	if v == "мати" && i+1 < len(f.toks) && strings.Contains(f.toks[i+1].Tag, ":inf") {
		return k, ok, false, false // "має провести переговори": a modal, the infinitive's pair tells it
	}
	if f.anyoneWho(i) {
		return k, ok, false, false // "закликав тих, хто ще не підписав конвенцію": whoever it is, no one named did it
	}
	if (v == "підписати" || v == "підписувати") && f.pronounObject(i) && !f.signedBefore(i) {
		return k, ok, false, false // "Тепер його має підписати президент": the law just told, no agreement
	}
	if hosts[v] && (!f.personObject(i) || f.decisionFirst(i)) && !f.delegationObject(i) && !f.credentials(i) && !f.partTaken(i) && !f.allocationDecided(i) {
		return k, ok, false, false // прийняти закон, приймати рішення: no meeting
	}
	agreeing := agreeVerbs[v] // (asked three times below)
	joint := false            // a joint undertaking agreed: cooperation besides the agreement (see finder.sentence)
	if agreeing && i+2 < len(f.toks) && (f.low(i+1) == "спільно" || f.low(i+1) == "разом") && strings.Contains(f.toks[i+2].Tag, ":inf") {
		// "домовилися спільно провести серію лекцій": an agreement
		// to work together, both the accord and the joint work
		k, ok, joint = kind{"AGREE", ""}, true, !f.eventInfinitive(i+2)
	} else if agreeing && f.regularTalks(i+1) {
		k, ok = kind{"COOPERATE", ""}, true // "домовилися двічі на рік проводити спільні консультації"
	} else if (v == "запросити" || v == "запрошувати") && f.intoWorkingBody(i) {
		k, ok = kind{"COOPERATE", ""}, true // "запросив екологів до робочої групи": to work together
	} else if (v == "відмовитися" || v == "відмовлятися") && f.ownWords(i) {
		return k, ok, false, false // "не відмовився від жодного свого рядка": one's own words kept or retracted, no one rejected
	} else if (v == "відмовитися" || v == "відмовлятися") && f.refusedThing(i) && !f.gaveUp(i) {
		// "довго відмовлявся від книги", "відмовилася від цукру":
		// something given up or turned down that no one proposed,
		// demanded or decided, no one rejected
		return k, ok, false, false
	} else if (v == "відмовитися" || v == "відмовлятися") && f.contestQuit(i) {
		return k, ok, false, false // "відмовилася від участі в аукціоні": a bidder withdrawn, no one's offer rejected
	} else if (v == "відмовитися" || v == "відмовлятися") && f.ownClaim(i) && !f.gaveUp(i) {
		// "від мерських амбіцій відмовився Луценко": one's own
		// ambitions or card given up, no one rejected (a seat or
		// land given up concedes: see gaveUp)
		return k, ok, false, false
	} else if (v == "заперечити" || v == "заперечувати") && f.ownInvolvement(i) {
		return k, ok, false, false // "заперечує свою причетність до групи": a denial of one's part, no one rejected
	} else if (v == "заперечити" || v == "заперечувати") && f.thatClause(i) {
		return k, ok, false, false // "не заперечував, що співав за гроші": what is said is so or not, no one rejected
	} else if (v == "закликати") && f.workSays(i) {
		return k, ok, false, false // "вірші, що закликають українців до боротьби": a work's call, no one's request
	} else if (v == "погодитися" || v == "погоджуватися") && f.settledOnLess(i) {
		return k, ok, false, false // "суддя погодився лише на 30 млн гривень": a lesser sum settled, no accord
	} else if (v == "погодитися" || v == "погоджуватися") && f.agreedToInterview(i) {
		return k, ok, false, false // "погодився на інтерв'ю": consent to talk to a journalist, no agreement
	} else if agreeing && f.eventInfinitive(i+1) && !f.steeredAgreed(v, i+1) {
		return k, ok, false, false // "домовилися співпрацювати", "погодився виділити": the infinitive tells what
	} else if (v == "погодитися" || v == "погоджуватися") && i+1 < len(f.toks) && strings.Contains(f.toks[i+1].Tag, ":inf") {
		if posts[f.verb(i+1)] {
			return k, ok, false, false // "погодився очолити департамент": a post taken, nothing conceded
		}
		// "Туреччина погодилася збільшити оборонні видатки": consent to
		// a course of action is an accord; only the other side's demands
		// met ("погодився врахувати більшість їхніх вимог") concede
		k, ok = kind{"AGREE", ""}, true
		if f.demandsAt(i+2) || f.inReturn(i) {
			k = kind{"CONCEDE", ""}
		}
		if f.contributed(i + 1) {
			k = kind{"AID", ""} // "Світовий банк погодився внести до фонду 300 млн доларів": a contribution
		}
	}
	if (v == "погодитися" || v == "погоджуватися") && f.demandsYielded(i) {
		k, ok = kind{"CONCEDE", ""}, true // "уряд погодився на вимоги протестувальників": a demand yielded to
	}
	if (v == "відмовитися" || v == "відмовлятися") && f.gaveUp(i) {
		k, ok = kind{"CONCEDE", ""}, true // "держлісгосп планує відмовитися від 4,25 тис гектарів угідь": land given up
	}
	if f.teamWithheld(i) {
		k, ok = kind{"PROTEST", ""}, true // "вирішила не направляти збірну на чемпіонат": a boycott
	}
	if (v == "відмовитися" || v == "відмовлятися") && f.refusedWork(i+1) {
		k, ok = kind{"PROTEST", ""}, true // "шахтарі відмовляються підніматися на поверхню", "лікарі відмовилися працювати": a strike
	}
	return k, ok, joint, true
}
