package event

import (
	"strings"
)

// pairedNoun finds the noun the verb v at i pairs with into an event
// (pairs: "ухвалили санкції", "подали позов"), after the verb or fronted
// before it, unless settled by a decree already, and sets tr's kind and
// noun from it; the noun taken is consumed.
func (f *finder) pairedNoun(tr *trig, i int, v string, passive, settled bool, consumed map[int]bool) {
	t := &f.toks[i]
	if objs := pairs[v]; objs != nil && !settled && !(tr.noun >= 0 && (v == "звернутися" || v == "звертатися" || v == "подати" || v == "подавати" || v == "вийти" || v == "виходити")) {
		found := false
		reach := 7
		switch v {
		case "передати", "передавати":
			reach = 11 // past the one given to: "передав Координаційному штабу з питань поводження з військовополоненими списки"
		case "визнати", "визнавати":
			reach = 13 // past the one found guilty: "визнав колишнього голову Вижницької РДА Михайла Григорчука винним"
		case "призвати", "призивати":
			reach = 11 // past where they are called to and how many: "призвати до лав Збройних сил понад 2,5 тисячі військовозобов'язаних"
		case "перекинути", "перекидати":
			reach = 11 // past where they are moved to: "перекинула до кордону з Волинською та Рівненською областями додаткові підрозділи"
		case "обрати", "обирати":
			reach = 13 // past the one it is chosen for, named by a long title: "обрав колишньому заступнику міністра розвитку громад та територій Олександру К. запобіжний захід"
		}
		for j := i + 1; j < len(f.toks) && j <= i+reach; j++ {
			if f.punctOrVerb(j) || f.underRule(i, j) {
				break
			}
			// (building materials handed over are goods, no case's
			// papers: "передав громаді дві вантажівки будівельних
			// матеріалів")
			if pk, ok := objs[f.low(j)]; ok && !atRequest(f, j) && !f.buildingMaterials(j) && (f.low(j) != "грамота" || f.credentialWord(j) || v == "нагородити" || v == "нагороджувати" || v == "відзначити" || v == "відзначати" || f.honoursHanded(v, j)) && (f.low(j) != "заява" || !senders[v] || f.offenceReported(j)) && (f.low(j) != "порушення" || !pointers[v] || f.pointedTo(i, j)) &&
				(f.low(j) != "нота" && f.low(j) != "претензія" || !f.withDemand(j+1)) && (f.low(j) != "заморожування" || f.frozenAssets(j+1)) && (f.low(j) != "обмін" || f.captivesAfter(j+1) && f.low(j-1) != "про") && (f.low(j) != "спільний" || (f.noPrepBetween(i, j) || f.jointStarted(i, j)) && !f.proposedInfinitive(i) && (!startVerbs[v] && v != "провести" && v != "проводити" || f.jointUndertaking(j) || f.jointOperation(j))) && (f.low(j) != "мито" || pk.typ != "SANCTION" || f.importTariff(j)) && (f.low(j) != "такий" || f.voidsNorm(j) && !f.conductFound(i, j)) &&
				(!hosts[v] || f.decisionOf(j)) && (pk.typ != "SANCTION" || v != "внести" && v != "вносити" || f.blackList(j)) && !f.drawnUpWith(v, j) && !f.returnedTo(v, j) &&
				(f.low(j) != "комплекс" && f.low(j) != "система" || pk.typ != "MOBILIZE" || f.airDefence(j)) &&
				(f.low(j) != "ринок" || v != "вийти" && v != "піти" || f.fromMarket(j)) &&
				(f.low(j) != "база" && f.low(j) != "порт" || pk.typ != "RETREAT" || f.militaryBefore(i) >= 0) &&
				(f.low(j) != "повістка" || f.callUp(j)) && (f.low(j) != "внесок" || v != "зробити" || f.contributionPaid(i, j)) && (pk.typ != "CONSULT" || putOffVerbs[v] == "" || f.nameAfter(j, 5)) &&
				(f.low(j) != "військовий" || isNoun(&f.toks[j])) { // (the soldiers, not "військову техніку")
				if pk.typ == "" && actNouns[f.low(j)] && j+1 < len(f.toks) && (f.pairedAfter(objs, j+1, i+reach) || tr.noun > j || f.entityAt(j+1) != "" && hasCase(&f.toks[j+1], "v_rod")) {
					// "схвалила рішення про виділення", "ухвалила
					// рішення про обов'язкову евакуацію" (the light
					// verb's noun found after it): what the act is
					// about; "схвалив рішення Ізраїлю": whose act
					continue
				}
				if f.honoursHanded(v, j) {
					pk = kind{"SUPPORT", ""} // "вручив грамоти волонтерам": a token of thanks, not credentials
				}
				tr.k, tr.noun = pk, j
				consumed[j] = true
				found = true
				break
			}
		}
		if !found {
			if j := f.warrantRelative(i); j >= 0 {
				// "на підставі ордера на арешт, який видав суд
				// Нью-Йорка": the warrant the relative clause tells
				// the issuing of
				tr.k, tr.noun, tr.fronted = objs[f.low(j)], j, true
				consumed[j] = true
			} else if j := f.decisionBefore(i, objs); j >= 0 {
				// "Рішення про виділення грошей на табір щороку
				// ухвалювала міська рада": the decision's noun
				// opening the clause
				tr.k, tr.noun, tr.fronted = objs[f.low(j)], j, true
				consumed[j] = true
			} else if j := f.announcedBefore(i, objs); j >= 0 {
				// "Про виділення Україні 50 млн євро оголосив уряд
				// Нідерландів": the act announced opening the clause
				tr.k, tr.noun, tr.fronted = objs[f.low(j)], j, true
				consumed[j] = true
			} else if j := f.objectBefore(i, objs); j >= 0 {
				// (its objects between it and the verb, unless it is under a
				// preposition: "Під стіни Верховної Ради вийшли")
				tr.k, tr.noun, tr.fronted = objs[f.low(j)], j, !isPrep(&f.toks[max(f.adjectivesBefore(j)-1, 0)])
				consumed[j] = true
			} else if j := f.passiveObjectBefore(i, objs, passive || strings.Contains(t.Tag, "impers") || strings.HasPrefix(t.Tag, "adv")); j >= 0 {
				// "Рішення Київради було скасоване судом", "рішення
				// міськради скасовано": the subject of a passive, the
				// object of an impersonal form (or of one the tagger
				// read as an adverb: "позов задоволено"), before it;
				// whose act it is the owner's rules find (actOwner,
				// impersonalOwner), not the whole phrase before it
				tr.k, tr.noun = objs[f.low(j)], j
				consumed[j] = true
			} else if j := f.recoveredBefore(i, v); j >= 0 {
				// "з ТОВ «Альфа» на користь міської ради стягнуто 8
				// млн грн": whom a sum is recovered from, before
				// the impersonal form
				tr.k, tr.noun = objs[f.low(j)], j
				consumed[j] = true
			} else if j := f.frontedAgainst(i); j >= 0 && (v == "виступити" || v == "виступати") {
				// "Проти діяльності полігону … виступає аеропорт":
				// what is opposed, opening the sentence
				tr.k, tr.noun = objs["проти"], j
				consumed[j] = true
			} else if j := f.frontedGoal(i, objs); j >= 0 && (v == "вийти" || v == "виходити") {
				// "Під стіни Верховної Ради та багатьох обласних рад
				// вийшли активісти": where they came out to, opening
				// the clause
				tr.k, tr.noun = objs[f.low(j)], j
				consumed[j] = true
			} else if (v == "захопити" || v == "захоплювати") && f.placeTaken(i) {
				tr.k = kind{"ASSAULT", ""} // "окупанти захопили Бахмут": a town taken, as окупували
			} else if leaves[v] && f.placeTaken(i) && f.armedBefore(i) {
				tr.k = kind{"RETREAT", ""} // "Російські війська залишили Херсон": a town given up by forces
			} else if v == "звільнити" && f.stateFrees(i) {
				// "Росія звільнила журналіста Владислава Єсипенка": a
				// state does not employ the one it frees
				tr.k = kind{"RETREAT", "release"}
			} else if (v == "відсторонити" || v == "відстороняти") && f.personBound(i) {
				// "Мін'юст відсторонив начальника медичної частини",
				// "ВРП відсторонила суддю": removed from one's post
				// with no post named
				tr.k = kind{"COERCE", ""}
			}
		}
	}
}
