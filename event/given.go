package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// givenOrReturned reads the verb v at i as giving, delivering or sending
// (aid: what is given and to whom, its noun) or as giving back (property
// returned, captives released), and sets tr's kind, noun and giver so.
func (f *finder) givenOrReturned(tr *trig, i int, v string) {
	// a promise to give, "пообіцяли виділити 2 млрд євро", is the
	// infinitive's event, not one of its own
	giving := gives[v] && !((v == "пообіцяти" || v == "обіцяти") && f.eventInfinitive(i+1))
	if tr.noun < 0 && giving {
		// "Оттава виділить Україні 5 млрд доларів": money given
		// (to someone: "спрямувала 13,5 млрд грн на ремонт" is spending)
		// "спрямувати 2 млрд євро на боєприпаси для України";
		// "Житомирській області було виділено 5 млн грн"
		dative := f.forCountry(i) || f.dativeBefore(i) != "" || f.dativeBodyBefore(i) >= 0 || f.relativeDative(i) >= 0
		purpose := len(f.aidPurpose(i)) > 0 // "виділить 10 млн гривень на допомогу родинам"
		// (people in the dative put first, "Пораненим бійцям передали
		// генератори", are given goods; money paid them, "Адвокатам
		// перерахували 950 тис грн", may be a fee)
		peopleOnly := !f.forCountry(i) && f.dativeBefore(i) == "" && f.dativeBodyBefore(i) >= 0 && !f.dativeBody(f.dativeBodyBefore(i))
		lim := i + 7
		if i+1 < len(f.toks) && f.low(i+1) == "на" {
			lim = i + 9 // past a purpose put first: "виділив на зимову підтримку громад понад 4,2 млрд єн"
		}
		if f.forNeedsOf(i) {
			tr.k = kind{"AID", ""} // "передадуть на потреби 95-ї бригади"
		}
		if tr.k.typ == "" && f.dativeBefore(i) != "" && f.sumFronted(i) {
			// "Фінансування у розмірі 4,5 млн євро Молдові надасть
			// уряд Естонії": the sum and the one given it put first
			tr.k = kind{"AID", ""}
		}
		people := f.peopleAfter(i)              // "передав військовим 50 дронів"
		frontedTo := f.dativeBodyBefore(i) >= 0 // "Фермерам передали два трактори": the ones given first
		for j := i + 1; j < len(f.toks) && j <= lim && f.toks[j].Kind != vistka.Punct && tr.k.typ == ""; j++ {
			if e := f.entityAt(j); e != "" && e == f.entityAt(j-1) {
				// a name counts as one word: "передало Державній службі
				// України з надзвичайних ситуацій 14 машин"
				lim++
			}
			if f.low(j) == "за" && j+1 < len(f.toks) && (f.spanType(j+1) == "MON" || f.toks[j+1].Kind == vistka.Number) {
				break // a price: "пообіцяв директору … за $31 тис неправомірної вигоди вплинути"
			}
			if bills[f.low(j)] && isNoun(&f.toks[j]) {
				break // a sum claimed: "направило водоканалу претензію на 12 млн гривень"
			}
			// (the tagger may read "області" right after the verb as a genitive)
			// (nor "лікарні" before the goods' adjective, read as a
			// plural: "передав лікарні інвалідні візки")
			dative = dative || hasCase(&f.toks[j], "v_dav") && (f.entityAt(j) != "" || f.dativeBody(j)) || j == i+1 && (hasCase(&f.toks[j], "v_rod") || strings.HasSuffix(f.toks[j].Text, "і")) && f.dativeBody(j) ||
				j == i+2 && f.quotedDative(j) || j == i+1 && (f.dativeOfTwo(j) || f.abbrDative(j))
			if (f.spanType(j) == "MON" || currencies[f.low(j)]) && dative && (!peopleOnly || f.aidNounBetween(i, j)) || (materiel[f.low(j)] && !f.setOfPapers(j) || gifts[f.low(j)] || f.buildingMaterials(j) || f.deviceNoun(j)) && isNoun(&f.toks[j]) && (dative || f.dativeAfterGoods(j) || people >= 0 && f.goodsAfterPeople(people, j)) ||
				frontedTo && f.thingNoun(j) {
				// "виділить Україні 5 млрд доларів", "передасть
				// Україні дві системи ППО"; goods, not money (a wage
				// or a fee), given people named by their noun:
				// "Фонд передав військовим 50 дронів"
				tr.k = kind{"AID", ""}
				break
			}
			if purpose && f.spanType(j) == "MON" {
				// "з бюджету на підтримку Сил оборони виділили 120 млн
				// грн": a sum for the help of one named (not "частину
				// коштів спрямують на потреби Харкова", the aid just told)
				tr.k = kind{"AID", ""}
				break
			}
			if dative && f.countedGift(i, j) {
				// "передасть музеєві ще 12 предметів", "передала
				// ветеранам 16 квартир": things counted, whatever
				// they are, given to one named
				tr.k = kind{"AID", ""}
				break
			}
			if rescuers[f.low(j)] && isNoun(&f.toks[j]) && (hasCase(&f.toks[j], "v_zna") || hasCase(&f.toks[j], "v_rod")) {
				// "Словаччина направила до Ужгорода 40 рятувальників":
				// help sent by another state (see donor)
				tr.k, tr.donor = kind{"AID", ""}, true
				break
			}
			if (f.spanType(j) == "MON" || currencies[f.low(j)]) && !dative && f.dativeAfterSum(j) {
				// "Уряд у п'ятницю виділив 2 млрд гривень
				// прифронтовим громадам": the one given the sum
				// named right after it
				tr.k = kind{"AID", ""}
				break
			}
			if (f.spanType(j) == "MON" || currencies[f.low(j)] && slices.ContainsFunc(f.toks[max(i+1, j-3):j], func(t vistka.Token) bool { return t.Kind == vistka.Number })) && !dative {
				// "Світовий банк виділить 100 млн доларів на
				// відновлення шкіл": aid when a donor gives it
				tr.k, tr.donor = kind{"AID", ""}, true
				break
			}
			if allots[v] && (f.low(j) == "кошт" || f.low(j) == "кошти") && isNoun(&f.toks[j]) && hasCase(&f.toks[j], "v_zna") && (dative || f.purposeAfter(j) && f.allottedFor(i, nil)) {
				// money allotted by its noun, not by a sum, given to
				// one named ("виділила кошти для сільських шкіл") or
				// for those it helps ("РДА готова виділити необхідні
				// кошти для підтримки родин переселенців"), by a donor
				// or a public purse (see publicPurse); with no sum
				// to tell it, a purpose of works is spending even
				// for a state ("Молдова виділила кошти на ремонт
				// дороги")
				tr.k, tr.donor = kind{"AID", ""}, true
				break
			}
		}
	}
	if tr.k.typ == "" && giving && f.givenToPeople(i) {
		tr.k, tr.donor = kind{"AID", ""}, true // "Болгарія передасть українським полярникам два снігоходи"
	}
	if (tr.k.typ == "" || tr.k.typ == "AID" && tr.donor) && giving && f.fundsGiven(i) {
		// "Уряд виплатить кожному звільненому по 100 тис. грн": money
		// given to someone named, whoever gives it
		tr.k, tr.donor = kind{"AID", ""}, false
	}
	if tr.k.typ == "" && giving && f.givenFree(i) {
		tr.k = kind{"AID", ""} // "безкоштовно надаватиме юридичну консультацію громадам"
	}
	if tr.k.typ == "" && (v == "надати" || v == "надавати") && f.servicesGiven(i) {
		tr.k = kind{"AID", ""} // "юристи надали понад 5 тисяч консультацій переселенцям": a service of help
	}
	if tr.k.typ == "" && (v == "внести" || v == "вносити") && f.contribution(i) {
		tr.k = kind{"AID", ""} // "держави-учасниці внесли близько 10 млн євро": a contribution
	}
	if tr.k.typ == "" && (giving || deliveries[v]) && f.reliefShipped(i) {
		tr.k = kind{"AID", ""} // "Україна за програмою поставила понад 300 тис. тонн продовольства"
	}
	if tr.k.typ == "" && (v == "надати" || v == "надавати") && f.freeAfter(i) {
		tr.k = kind{"AID", ""} // "надало сучасне обладнання міському центру безкоштовно"
	}
	if tr.k.typ == "" && (v == "компенсувати" || v == "компенсовувати" || v == "відшкодувати" || v == "відшкодовувати") && f.costCovered(i) {
		tr.k = kind{"AID", ""} // "компенсуватиме 70% вартості путівок для дітей пільгових категорій"
	}
	if tr.k.typ == "" && giving && f.goodsDativeBefore(i) >= 0 {
		tr.k = kind{"AID", ""} // "Ще два автобуси громаді передало Міністерство": the goods and the one given them first
	}
	if j := f.giftBefore(i); tr.k.typ == "" && tr.noun < 0 && v == "подарувати" && j >= 0 {
		// "Машину бригаді подарували волонтери": a gift put first is
		// given whoever gives it, as one after the verb is (giftAfter),
		// to the one named before the verb too
		tr.k, tr.noun, tr.fronted = kind{"AID", ""}, j, true
	}
	if tr.k.typ == "" && giving && f.givenBefore(i) {
		// "Ще два автотрансформатори передасть Литва": the object
		// first; given to a community or a service named after the
		// verb, it is aid whoever gives it ("Генератори вже передано
		// трьом лікарням")
		tr.k, tr.donor = kind{"AID", ""}, !f.bodyDativeAfter(i)
	}
	if tr.k.typ == "" && (v == "виплатити" || v == "виплачувати") && f.wagesPaid(i) {
		tr.k = kind{"AID", ""} // "вирішив виплатити тренерам їхній оклад": pay given to those named
	}
	if tr.k.typ == "" && (v == "подарувати" || v == "дарувати") && f.giftAfter(i) {
		tr.k = kind{"AID", ""} // "подарував рятувальникам квадрокоптер": a gift
	}
	if tr.k.typ == "" && (deliveries[v] || v == "доправити" || v == "доправляти") && f.suppliesAfter(i) {
		// "конвой доставив у громаду продуктові набори", "волонтери
		// привозять до сіл ліки": relief brought
		tr.k = kind{"AID", ""}
	}
	if v == "прибути" || v == "прибувати" {
		if e, help := f.reliefFrom(i); e != "" {
			// "До Чернігова прибули вантажівки з обладнанням від уряду
			// Словенії": relief that arrives is its sender's aid (a
			// town that sends crews на допомогу gives too, donor or not)
			tr.k, tr.sender, tr.donor = kind{"AID", ""}, e, !help
		}
	}
	if v == "надійти" || v == "надходити" {
		if e := f.aidFormFrom(i); e != "" {
			tr.sender, tr.donor = e, true // the giver, not the money, is the doer
		}
	}
	if (v == "повернути" || v == "повертати" || v == "передати" || v == "передавати") && (tr.k.typ == "" || tr.k.typ == "AID") && f.heritageAfter(i) {
		tr.k = kind{"RETREAT", ""} // "Німеччина передала Україні понад 1200 археологічних предметів": property given back
	}
	if (v == "повернути" || v == "повертати") && tr.k.typ == "" {
		if j := f.heldIn(i); j >= 0 {
			tr.k, tr.captor = kind{"RETREAT", "release"}, f.entityAt(j)
		} else if f.toOwner(i) {
			tr.k = kind{"RETREAT", ""} // "трактор повернули власнику": property returned
		} else if f.takenPeopleAfter(i) {
			tr.k = kind{"RETREAT", "release"} // "Росія повернула Україні 20 депортованих дітей": the holder lets them go
		}
	}
}
