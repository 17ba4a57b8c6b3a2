package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// lightNoun finds the event noun after the light verb v at i (of kind k
// by itself; objs the nouns it takes: "провели переговори", "надали
// допомогу"), within a reach the verb sets, and sets tr's noun and kind
// from it; the noun taken is consumed.
func (f *finder) lightNoun(tr *trig, i int, v string, k kind, passive bool, objs []string, consumed map[int]bool) {
	if objs != nil {
		reach := 7
		if gives[v] {
			reach = 9 // "виділити Україні ще 0,25% ВВП на військову допомогу"
		}
		if responds[v] {
			reach = 9 // past what is answered: "відреагували на цей лист московського батюшки акцією"
		}
		if v == "звернутися" || v == "звертатися" || v == "подати" || v == "написати" || v == "надіслати" || v == "надсилати" {
			// "звернувся до генерального директора МАГАТЕ Рафаеля Гроссі
			// з проханням", "подала до Міжнародного арбітражного суду
			// … в Парижі новий позов"
			reach = 13
		}
		if v == "мати" {
			reach = 2 // "мав телефонну розмову з X" (not "має прибути на зустріч", a modal)
		}
		if (v == "отримати" || v == "отримувати") && f.sumBeforeAid(i) {
			reach = 9 // past the giver and the sum: "отримають від міста по 100 тисяч гривень допомоги"
		}
		if v == "завдати" {
			reach = 9 // past the target and a count: "завдала по об'єктах енергетики понад 20 масованих ударів"
		}
		addressed := reach == 13 // a verb that addresses someone before what it asks
		named := 0               // the words of names past their first, which count as one word
		for j := i + 1; j < len(f.toks) && j <= i+reach+named; j++ {
			if e := f.entityAt(j); e != "" && e == f.entityAt(j-1) && f.spanOf(j) == f.spanOf(j-1) && !slices.Contains(objs, f.low(j)) {
				// a name counts as one word: "отримав від Фонду
				// «Брейв1» грант"
				named++
				continue
			}
			if j-named > i+5 && !f.modifiers(i+1, j) && reach == 7 {
				break // "провели перші з 2022 року прямі переговори"
			}
			inTitle := addressed && f.spanOf(j) != nil && f.spanOf(j) == f.spanOf(j-1)
			if inTitle {
				// "надіслав лист в. о. начальника Державної інспекції
				// контролю за цінами у Хмельницькій області Дмитру
				// Ягодину з проханням": the addressee's title and body,
				// however long, count as one word, their points too
				reach++
				continue
			}
			if addressed && f.clauseNameEnd(j) {
				// "звернулося до Національної комісії, що здійснює
				// державне регулювання у сферах енергетики …, з
				// проханням": the comma closing the clause a
				// regulator's name holds counts as no word
				continue
			}
			if addressed && f.toks[j].Text == "," {
				if c := f.addresseeAside(j); c > j {
					// "звернулося до Національної комісії, що здійснює
					// регулювання, з проханням": the addressee's relative
					// clause, however long, counts as no word
					reach += c - j
					j = c
					continue
				}
			}
			if f.toks[j].Kind == vistka.Punct && !f.adjComma(j) && f.entityAt(j) == "" {
				break // (not the full stop of an initial inside a name: "до С . Кравченка")
			}
			if slices.Contains(objs, f.low(j)) && isNoun(&f.toks[j]) && nouns[f.low(j)].typ == "AID" && j > 0 && f.low(j-1) == "за" {
				break // "отримає 1,3 млн євро за допомогу з запуском": paid for help, not given aid
			}
			if (v == "відправити" || v == "відправляти") && f.low(j) == "допомога" && j > 0 && f.low(j-1) == "на" {
				break // "відправити судді на допомогу іншим": people sent to help, no aid given
			}
			lw := f.low(j)
			if f.underRule(i, j) {
				break // "затвердив порядок виплати допомоги переселенцям": a rule for the act, not the act
			}
			if lw == "мито" && !f.importTariff(j) {
				continue // "ввів мито на експорт соняшнику": a tax on one's own goods
			}
			if (v == "погодити" || v == "погоджувати") && loanNouns[lw] && !f.lentTo(i, j) {
				continue // "сторони погодили кредит на 400 млн євро": an agreement, not aid
			}
			if lw == "захід" && j > 0 && f.low(j-1) == "обмежувальний" {
				lw = "обмеження" // "запровадила обмежувальні заходи": restrictions, sanctions
			}
			if approvals[v] && lw == "виплата" && isNoun(&f.toks[j]) && f.lentTo(i, j) {
				// "Рада ЄС затвердила виплату Україні 3,05 млрд
				// євро": a payment approved for one named is aid (of
				// pensions or wages to no one named, none)
				tr.noun, tr.k = j, kind{"AID", ""}
				consumed[j] = true
				break
			}
			if v == "завершити" && nouns[lw].typ == "CONSULT" && nouns[lw].mode == "meet" && !f.talksEnded(i, j) {
				continue // "завершили переговори щодо угоди": no partner named
			}
			if lw == "рекомендація" && !f.recommendedTo(i, j) {
				continue // "міністерство лише надає методичні рекомендації": to no one named
			}
			if slices.Contains(objs, lw) && nouns[lw].typ == "SUPPORT" && hasCase(&f.toks[j], "v_rod") && f.underPrepNoun(j) {
				continue // "надала кошти в рамках програми підтримки": the name of a programme the act falls under (goods given under one are still aid)
			}
			if slices.Contains(objs, lw) && isNoun(&f.toks[j]) && f.infinitiveTakes(i, j) {
				break // "пообіцяв передати Україні пакет допомоги": the infinitive's noun, its own event
			}
			if slices.Contains(objs, lw) && isNoun(&f.toks[j]) && f.eventNoun(j) && (!lightNear[v] || f.aboutNoun(i, j)) {
				tr.noun = j
				consumed[j] = true
				// The noun says what the event is when the verb says
				// nothing, something else (ухвалити санкції), or
				// less (прибути з візитом).
				if nk := nouns[lw]; k.typ == "" || k.typ != nk.typ || nk.mode != "" {
					tr.k = nk
				}
				if v == "перебувати" {
					tr.passive = false // "перебуває з візитом у Вашингтоні": the guest visits
				}
				if (v == "спрямувати" || v == "спрямовувати") && f.low(j) == "підтримка" {
					tr.k = kind{"AID", ""} // "спрямує на підтримку України 100 млн євро": money
				}
				if f.low(j) == "підтримка" && j > 0 && materialAid[f.low(j-1)] {
					tr.k = kind{"AID", ""} // "надавати фінансову підтримку метрополітену": money or goods
				}
				if f.low(j) == "навчання" && f.foreignTrainees(j+1) >= 0 {
					tr.k = kind{"AID", ""} // "пообіцяв продовжити навчання українських військових": another state's forces trained
				} else if f.low(j) == "навчання" && (!f.jointDrill(j) || f.staffDrill(j)) {
					// "провела навчання ядерних сил", "розпочали спільні
					// командно-штабні навчання": a show of force, joint or
					// not ("спільні військові навчання" of two sides, "з
					// протимінної боротьби", stay cooperation)
					tr.k = kind{"MOBILIZE", ""}
				}
				if f.low(j) == "перевірка" && j+1 < len(f.toks) && (strings.HasPrefix(f.low(j+1), "боєготовн") || strings.HasPrefix(f.low(j+1), "боєздатн")) {
					tr.k = kind{"MOBILIZE", ""} // "провела перевірку боєготовності військ": forces readied
				}
				break
			}
		}
	}
}
