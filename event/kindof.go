package event

import (
	"strings"

	"github.com/vistka/vistka/internal/scan"
)

// kindOf turns k, the kind of the verb v at i by its own table (ok when
// the table has it), by the words around it (aid given in money or
// goods, an answer threatened, forces put on alert, a protest, a list of
// terrorists …) and tells whether the verb stands as a trigger at all (not
// a call reporting a crime, a warning to no one named …). vk is v's key in
// the Sieves; passive tells whether it is a passive, which a stay for talks
// undoes.
func (f *finder) kindOf(i int, v string, vk scan.SieveKey, k kind, ok, passive bool, consumed map[int]bool) (kind, bool, bool, bool) {
	t := &f.toks[i]
	if (v == "підтримати" || v == "підтримувати") && f.supportedWith(i) {
		k = kind{"AID", ""} // "Литва підтримала Україну новим пакетом допомоги": support given in money or goods
	}
	if (v == "оцінити" || v == "оцінювати") && i > 0 && f.low(i-1) == "високо" {
		k = kind{"SUPPORT", ""} // "високо оцінив мужність українців": praise
	}
	if recognise[v] && f.decisionRefused(i) {
		// "Сам мер рішення сесії не визнав": recognition refused, a
		// rejection (the negated SUPPORT is turned below)
		k, ok = kind{"SUPPORT", ""}, true
	}
	if (v == "передати" || v == "передавати") && !strings.Contains(t.Tag, ":inf") && f.unitGiven(i) {
		k, ok = kind{"AID", ""}, true // "волонтери передали 95-й бригаді два позашляховики": goods given to a unit
	}
	if (v == "прийти" || v == "приходити") && i+2 < len(f.toks) && f.low(i+1) == "на" && f.low(i+2) == "допомога" {
		k, ok = kind{"AID", ""}, true // "прийшли на допомогу армії": aid given
		consumed[i+2] = true
	}
	if f.rescued(i, v) {
		k, ok = kind{"AID", ""}, true // "рятувальники деблокували з-під завалів жінку": people saved
	}
	if (v == "здати" || v == "здавати") && f.bloodGiven(i) {
		k, ok = kind{"AID", ""}, true // "студенти здали кров для поранених": blood donated
	}
	if (v == "зібрати" || v == "збирати") && f.fundsRaised(i) {
		k, ok = kind{"AID", ""}, true // "благодійники зібрали для військових 3 млн гривень": money raised for others
	}
	if (v == "забезпечити" || v == "забезпечувати") && f.providedWith(i) {
		k, ok = kind{"AID", ""}, true // "церква забезпечить паливом амбулаторію": goods supplied
	}
	if f.aidProgramme(i) {
		k, ok = kind{"AID", ""}, true // "розширює програму грошової допомоги для переселенців"
	}
	if f.paidCare(i) {
		k, ok = kind{"AID", ""}, true // "фонд оплатив лікування пораненого бійця"
	}
	if !ok && f.freeService(i) {
		k, ok = kind{"AID", ""}, true // "комунальники безкоштовно замінюють вікна мешканцям": work done free for others
	}
	if (v == "надійти" || v == "надходити") && f.aidFormFrom(i) != "" {
		k, ok = kind{"AID", ""}, true // "Кошти надійдуть у вигляді гранту від Японії": money that arrives as aid
	}
	if f.measuresThreatened(i, v) || f.answersInKind(i, v) || f.answerPromised(i, v) {
		// "Пекін ухвалить «рішучі заходи»", "вживе заходів у
		// відповідь", "Москва відповідатиме дзеркально":
		// countermeasures promised
		k, ok = kind{"THREATEN", ""}, true
	}
	if f.combatDuty(i, v) || (v == "увійти" || v == "зайти" || v == "входити" || v == "заходити") && f.warshipIn(i) >= 0 {
		// "дивізіон заступив на бойове чергування", "у затоку увійшов
		// російський корвет": forces put on alert or sent
		k, ok = kind{"MOBILIZE", ""}, true
	}
	if (v == "піднятися" || v == "підніматися") && f.aircraftUp(i) >= 0 {
		k, ok = kind{"MOBILIZE", ""}, true // "у повітря піднялися два винищувачі": jets scrambled
	}
	if (v == "залишитися" || v == "залишатися" || v == "залишити" || v == "залишати") && f.notUnanswered(i) {
		k, ok = kind{"THREATEN", ""}, true // "такі дії не залишаться без відповіді": a threat of a response
	}
	if (!ok || k.typ == "") && finiteVerb(t) && f.inProtest(i) {
		k, ok = kind{"PROTEST", ""}, true // "залишили сесійну залу на знак протесту": an act of protest
	}
	if (v == "призначити" || v == "оголосити") && f.inquiryOrdered(i) {
		k, ok = kind{"ACCUSE", ""}, true // "оголосила позапланову перевірку", "призначили службове розслідування"
	}
	if (v == "дати" || v == "давати") && i+2 < len(f.toks) && f.low(i+1) == "високий" && f.low(i+2) == "оцінка" {
		k, ok = kind{"SUPPORT", ""}, true // "дав високу оцінку діям уряду": praise
	}
	if ok && (k.typ == "AGREE" && !f.withPartner(i) || k.typ == "REJECT") && strings.Contains(t.Tag, ":inf") && f.forcedTo(i) {
		// "змусили засуджених підписати зобов'язання": a pledge
		// signed under force is no agreement (a treaty one was made
		// to sign with another side is: "примусило Хмельницького
		// укласти з Польщею договір"); "змусила його відмовитися
		// від концерту": a refusal forced is no one's rejection
		return k, ok, passive, false
	}
	if strings.Contains(t.Tag, ":inf") && f.mayDo(i) {
		return k, ok, passive, false // "рада матиме право зобов'язати кандидата": what one may do, not what was done
	}
	if strings.Contains(t.Tag, ":inf") && f.dutyBound(i) {
		return k, ok, passive, false // "замовник зобов'язаний відхилити пропозицію": a duty, not what was done
	}
	if (v == "виконати" || v == "виконувати") && f.complianceRefused(i) {
		k, ok = kind{"REJECT", ""}, true // "заявила, що не виконуватиме її": a ruling refused
	}
	if (v == "назвати" || v == "називати") && f.calledBreach(i) {
		k, ok = kind{"ACCUSE", ""}, true // "назвав рішення Будапешта порушенням угоди": an accusation
	}
	if (v == "назвати" || v == "називати") && f.calledVoid(i) {
		k, ok = kind{"REJECT", ""}, true // "рішення суду назвали нікчемним": a decision rejected
	}
	if v == "назвати" && f.falseClaimAt(i) >= 0 {
		k, ok = kind{"REJECT", ""}, true // "назвав фейком заяви Москви": a claim denied
	}
	if listerSieve.Has(vk) && listers[v] && f.outlawList(i) >= 0 {
		k, ok = kind{"COERCE", ""}, true // "занесли до переліку терористів": blacklisted
	}
	if listerSieve.Has(vk) && listers[v] && f.sanctionList(i) >= 0 {
		k, ok = kind{"SANCTION", ""}, true // "внесла до санкційного списку": sanctioned
	}
	switch v {
	case "доручити", "доручати":
		if !f.taskSet(i) {
			return k, ok, passive, false // "доручили йому справу": a matter entrusted, no task asked
		}
	case "зізнатися", "зізнаватися":
		if i+1 < len(f.toks) && !isPrep(&f.toks[i+1]) && !endsSentence(&f.toks[i+1]) {
			return k, ok, passive, false // "зізнається, що здійснив мрію": speech, not a confession of guilt
		}
	case "зателефонувати":
		if f.calledService(i) {
			return k, ok, passive, false // "зателефонував до чергової частини поліції": a call reporting something, not talks
		}
		if i > 0 && strings.Contains(t.Tag, ":inf") && (f.low(i-1) == "можливість" || f.low(i-1) == "змога") {
			return k, ok, passive, false // "позбавити її можливості зателефонувати рідним": a call that may not be made
		}
		if f.byCriminals(i) {
			return k, ok, passive, false // "якому зателефонували шахраї": the means of a fraud, not talks
		}
		if f.nominativeNear(i, kin) {
			return k, ok, passive, false // "у неділю син зателефонував їй": a private call, no talks
		}
	case "рекомендувати", "порекомендувати":
		if !f.advisedBody(i) {
			return k, ok, passive, false // "рекомендують мешканцям зачинити вікна": advice to the public, no request
		}
	case "відібрати", "відбирати", "відняти", "віднімати":
		if !f.takenFrom(i) {
			return k, ok, passive, false // "відібрали 20 учасників": chosen, nothing taken
		}
	case "забрати", "забирати":
		if !f.propertyTaken(i) {
			return k, ok, passive, false // "забрали дітей зі школи", "забрав зерно з поля": fetched, nothing seized
		}
	case "замовити", "замовляти":
		if !f.orderedFrom(i) {
			return k, ok, passive, false // "замовили 34 тонни добрив": an order from no one named
		}
	case "допустити", "допускати":
		if !f.barredFrom(i) {
			return k, ok, passive, false // "допустили до участі ТОВ «Альфа»", "не допустити порушень": no one kept out
		}
	case "акцептувати":
		if !f.acceptedBid(i) {
			return k, ok, passive, false // "акцептувати рахунок": a payment, no agreement
		}
	case "виправдати":
		if !f.courtBefore(i) || f.quashedBefore(i) {
			// "виправдали сподівання": no court, no acquittal; "скасував
			// вирок … та виправдав його": the quashing is the event
			return k, ok, passive, false
		}
	case "побити", "зв'язати":
		if !f.personBound(i) {
			return k, ok, passive, false // "побили рекорд", "зв'язали з ним": no one assaulted
		}
	case "обуритися", "обурюватися":
		if !f.entityAhead(i) || f.attributesQuote(i) {
			// ("«Я ветеран, мені 74 роки», – обурюється пан Богдан":
			// the words quoted are the outrage, at no one named)
			return k, ok, passive, false // "глядачі обурилися ціною квитків": outrage at no one named
		}
	case "викрити", "викривати":
		if !f.entityAhead(i) && !f.gangAhead(i) {
			return k, ok, passive, false // "поліція викрила кол-центр": exposed, with no one named accused
		}
	case "воювати", "битися":
		if !f.foughtAgainst(i) {
			return k, ok, passive, false // "воював в Афганістані", "воювати на боці російської армії": no enemy named
		}
	case "домагатися", "домогтися":
		if !f.soughtAnnulment(i) {
			return k, ok, passive, false // "домагалася підвищення зарплати": no one's act contested
		}
	case "впіймати", "спіймати", "піймати", "зловити":
		if !f.caughtAt(i) {
			return k, ok, passive, false // "рибалка впіймав щуку", "зловили на кордоні": no wrongdoing named
		}
	case "змусити", "змушувати", "примусити", "примушувати":
		if !f.byForce() && !f.madeToGiveUp(i) {
			return k, ok, passive, false // "змусили воротаря попрацювати": made to, not coerced
		}
	case "закидати", "закинути":
		if !f.reproachedTo(i) {
			return k, ok, passive, false // "аграрії закидали будівлю Європарламенту яйцями": thrown at, no reproach
		}
	case "наполягати", "наполягти":
		if (i+2 >= len(f.toks) || f.toks[i+1].Text != "," || f.low(i+2) != "щоб") && !f.insistedOnAct(i) {
			return k, ok, passive, false // "наполягає на своїй невинуватості": insisting, no demand
		}
	case "продовжити", "продовжувати", "подовжити", "подовжувати":
		if i > 0 && f.low(i-1) == "не" {
			return k, ok, passive, false // "не продовжила обмеження на імпорт": restrictions let lapse, none imposed
		}
	case "попередити", "попереджати", "застерегти":
		if (i+1 >= len(f.toks) || f.entityAt(i+1) == "" || !hasCase(&f.toks[i+1], "v_zna")) && !f.warnedOfUnmet(i) && !f.warnedOfOwnAct(i) && !f.answerClause(i) && !f.warnedOfAnswer(i) && !f.warnedOfForce(i) && !f.warnedOfReply(i) {
			return k, ok, passive, false // "синоптики попередили про наслідки негоди": a warning to no one named, no threat
		}
	case "узгодити":
		if !f.withPartner(i) && !strings.HasSuffix(t.Tag, ":p") && !strings.Contains(t.Tag, ":p:") {
			return k, ok, passive, false // "громада узгодила перейменування села": one side's approval, no agreement between sides
		}
	case "прилетіти", "прилітати":
		if f.weaponBefore(i) || f.weaponAfter(i) {
			return k, ok, passive, false // "ракета прилетіла у житловий будинок": a hit, no visit
		}
	case "припинити", "припиняти":
		if strings.Contains(t.Tag, ":inf") && (i == 0 || !isVerb(&f.toks[i-1])) {
			return k, ok, passive, false // "протестуючи проти рішення уряду припинити фінансування": whose decision, the words around tell
		}
	case "покарати":
		if !strings.Contains(t.Tag, ":past") && !passive {
			return k, ok, passive, false // "Чи не покарає їх за це Бог?": a punishment wondered about, none done
		}
	case "перевірити", "перевіряти", "з'ясувати", "з'ясовувати":
		if (v == "з'ясувати" || v == "з'ясовувати" || !f.checkedForPart(i) && !f.investigatorChecks(i)) && !f.checkedWhether(i) {
			return k, ok, passive, false // "перевірили якість доріг": no one suspected
		}
		k = kind{"ACCUSE", ""} // "міліція перевіряє його на причетність до інших злочинів"
	}
	if (comerSieve.Has(vk) && comers[v] || v == "з'явитися" || v == "з'являтися") && !passive && f.withPlacards(i) {
		// "у сесійній залі з'явились мешканці гуртожитку з плакатами",
		// "прийшли до парламенту з транспарантами": a protest
		k, ok = kind{"PROTEST", ""}, true
	}
	if driveSieve.Has(vk) && drives[v] && !passive && f.forcedHere(i) && f.sentPeople(i, false) >= 0 {
		// "Селян почали силоміць заганяти до колгоспів": people
		// driven by force
		k, ok = kind{"COERCE", ""}, true
	}
	if expelSieve.Has(vk) {
		if heldOnly, sends := expels[v]; sends && !passive && f.sentPeople(i, heldOnly) >= 0 {
			// "Заарештованих татар відсилали на вокзал", "вислали з
			// країни журналіста": people sent away by force
			k, ok = kind{"COERCE", ""}, true
		}
	}
	if v == "працювати" && f.missionWorked(i) {
		// "Місія МВФ працювала в Києві з 1 по 12 грудня": a
		// lender's or a bloc's mission at work in a town visits it
		k, ok = kind{"CONSULT", "visit"}, true
	}
	if v == "перебувати" && f.stayedForTalks(i) {
		// "Свириденко перебувала в Ряшеві, де зустрілася з
		// маршалком": a stay there for talks is a visit, by the
		// subject (not one undergone, as перебуває у розшуку)
		k, ok, passive = kind{"CONSULT", "visit"}, true, false
	}
	return k, ok, passive, true
}
