package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// titlePersons turns on addTitlePersons; a variable for experiments.
var titlePersons = true

// titlePersonsNeed gates addTitlePersons: a title is added only before
// a PERS span.
const titlePersonsNeed = sbPERS

// addTitlePersons tags as a JOB a title of state or government office
// (personTitles) that no span covers when it stands in apposition before
// a person's name, in the same case: "Прем'єр Бабіш", "колишнього
// прем'єра Бойка Борисова". Lower-case genitive words and the places and
// bodies named between the title and the name may come between them
// ("міністром транспорту Румунії Чіпріаном Шербаном", "Лідер
// «Відродження» Костадін Костадінов"), and so may the field of the office
// after з питань (речник ЄК з питань торгівлі Олоф Гілл: an ORG the model
// ran on over the field ends at its abbreviation); a body's name in
// quotation marks after a noun for a body, which the model read as a
// work's, is the body's then ("Голова громадської організації «Київ на
// ровері» Мар'яна Петренко"). The model finds the titles it
// knows well but misses rarer ones, or common ones in a case or at the
// start of a sentence it saw them seldom in; NER-UK tags a title before a
// name as a JOB. The JOB is the title with the lower-case adjectives of
// its rank (jobRanks) before it; the common words in the genitive that
// complete it join it (речник прикордонної служби), except after a
// minister, which addMinisterFields completes with the field and the
// country. A title after a capitalised noun for a body is left alone
// (Офісу президента), and so is a title in the plural (одного з лідерів
// групи). On the dev split the rule puts one JOB right and makes none
// wrong; over our 580 texts it changes one span of NER-UK's, as the gold
// has it (прем'єр Микола Азаров), and tags 29 titles in our news (речник
// МЗС, міністр … Нігерії, віцепрем'єр Польщі). spans[from:] are the
// sentence's spans, sorted; the result is sorted too.
func addTitlePersons(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	retypeTitleOrgs(toks, spans, from)
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if !titleWord(t) && !envoyAt(toks, i) && !(i == 0 && openingTitle(t)) ||
			covered(spans[from:], t.RStart, t.REnd) || i > 0 && bodyHead(&toks[i-1]) && startsUpper(toks[i-1].Text) {
			continue // not "Офісу президента", "кабінету міністрів"
		}
		// the common words in the genitive that complete the title
		// (a list of them, joined by commas and та, і, й: міністр
		// економіки, довкілля та сільського господарства), ending
		// with a noun
		end := i + 1
		for j := i + 1; j < len(toks) && !covered(spans[from:], toks[j].RStart, toks[j].REnd); j++ {
			if w := toks[j].Text; end > i+1 && (w == "," || w == "та" || w == "і" || w == "й") {
				continue
			}
			if !plainGenitiveWord(&toks[j]) {
				break
			}
			if strings.HasPrefix(toks[j].Tag, "noun") {
				end = j + 1
			}
		}
		// past the places and bodies named there, in the genitive, to
		// a person
		j := end
		cut := -1   // an ORG span to end at its abbreviation: ЄК of "ЄК з питань торгівлі"
		abbr := -1  // a body's abbreviation the model left untagged: Предстоятель ПЦУ Митрополит Епіфаній
		named := -1 // a body's quoted name the model read as a work's: громадської організації «Київ на ровері»
		for j < len(toks) {
			if toks[j].Text == "«" || toks[j].Text == "»" || toks[j].Text == `"` {
				j++
				continue
			}
			k := spanStarting(spans, from, toks[j].RStart)
			if k < 0 && j == end && abbr < 0 && bodyAbbreviation(&toks[j]) && !covered(spans[from:], toks[j].RStart, toks[j].REnd) {
				abbr = j
				j++
				continue
			}
			if k >= 0 && spans[k].Type == "PERS" && k+1 < len(spans) && spans[k+1].Type == "PERS" {
				// the person whose the office is: речник Путіна
				// Дмитро Пєсков, a name in the genitive right
				// before the office holder's
				a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
				if b > a && b < len(toks) && toks[b].RStart == spans[k+1].Start && vtag.Case(toks[b-1].Tag) == "v_rod" && vtag.Case(t.Tag) != "v_rod" {
					j = b
				}
				break
			}
			if k >= 0 && (spans[k].Type == "ART" || spans[k].Type == "MISC") && named < 0 && j >= 2 && j > end && toks[j-1].Text == "«" && bodyHead(&toks[j-2]) {
				named = k // (an ORG if a person follows)
			} else if k < 0 || spans[k].Type != "LOC" && spans[k].Type != "ORG" {
				break
			}
			a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
			if spans[k].Type == "ORG" && b-a > 2 && fieldLink(toks, a+1) && upperWords(toks[a:a+1]) && scan.RuneCount(toks[a].Text) > 1 {
				cut, j = k, a+1
				break
			}
			if b <= a || !genitiveWords(toks[a:b]) && !quoted(toks, a, b) {
				break
			}
			j = b
		}
		field := j == end && fieldLink(toks, j) // єврокомісарка з питань розширення
		fieldEnd, crossed := -1, false          // the field's last common word, when it follows the title; a name crossed
		if j > end && fieldLink(toks, j) || field {
			// the field of the office: речник ЄК з питань торгівлі,
			// спецпредставник США з питань санкцій
			j += 2
			for j < len(toks) {
				if plainGenitiveWord(&toks[j]) {
					j++
					if field && !crossed {
						fieldEnd = j - 1
					}
					continue
				}
				if w := toks[j].Text; (w == "і" || w == "й" || w == "та") && j+1 < len(toks) && plainGenitiveWord(&toks[j+1]) {
					j++ // із закордонних справ і політики безпеки
					continue
				}
				k := spanStarting(spans, from, toks[j].RStart)
				if k < 0 || spans[k].Type != "LOC" && spans[k].Type != "ORG" {
					break
				}
				a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
				if b <= a || !genitiveWords(toks[a:b]) {
					break
				}
				j, crossed = b, true
			}
		}
		if j >= len(toks) || j > end && toks[j-1].Text == "«" {
			continue
		}
		if j > end && j+1 < len(toks) && titleWord(&toks[j]) && vtag.Case(toks[j].Tag) == vtag.Case(t.Tag) &&
			!covered(spans[from:], toks[j].RStart, toks[j].REnd) {
			// a second title of the same name after the first one's
			// body: "Предстоятель Православної церкви України
			// митрополит Епіфаній"; the next step tags the second
			j++
		}
		k := spanStarting(spans, from, toks[j].RStart)
		if k < 0 || spans[k].Type != "PERS" || !sameCaseName(t, &toks[j]) && !undeclinedSurname(toks, spans[k]) && !sameCaseSurname(toks, spans[k], t) {
			continue
		}
		if named >= 0 {
			spans[named].Type = "ORG"
		}
		if abbr >= 0 {
			spans = insertSpan(spans, from, vistka.Span{Start: toks[abbr].RStart, End: toks[abbr].REnd, Type: "ORG", Text: toks[abbr].Text})
		}
		if cut >= 0 {
			a, _ := vistka.TokensIn(toks, spans[cut].Start, spans[cut].End)
			spans[cut].End, spans[cut].Text = toks[a].REnd, toks[a].Text
		}
		if ministerWord(t.Lemma) {
			end = i + 1 // addMinisterFields takes the field
		} else if field {
			// the field is the office's, as a minister's; a place or
			// a body after it is tagged apart (віцепрем'єр-міністр з
			// відновлення | України)
			end = max(fieldEnd+1, i+3)
		}
		a := i
		for a > 0 && (rankAdjective(&toks[a-1], t) || a-1 == 0 && rankAdjective(lowered(toks[a-1]), t)) && !covered(spans[from:], toks[a-1].RStart, toks[a-1].REnd) {
			a--
		}
		spans = insertSpan(spans, from, vistka.Span{Start: toks[a].RStart, End: toks[end-1].REnd, Type: "JOB", Text: joinTokens(toks[a:end])})
		i = end - 1
	}
	return spans
}

// bodyAbbreviation reports whether t is an abbreviation in capitals the
// lexicon lists as a proper noun that does not decline (ПЦУ, НКРЕКП): a
// body's short name, which the model may leave untagged between a title
// and its holder's name.
func bodyAbbreviation(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":abbr") && strings.Contains(t.Tag, ":prop") &&
		strings.Contains(t.Tag, ":nv") && scan.RuneCount(t.Text) > 1 && upperText(t.Text)
}

// fieldLink reports whether toks[i:] open the field of an office, "з
// питань" or з and a common word in the genitive (із закордонних справ).
func fieldLink(toks []vistka.Token, i int) bool {
	return i+2 < len(toks) && (toks[i].Text == "з" || toks[i].Text == "із") && (toks[i+1].Text == "питань" || plainGenitiveWord(&toks[i+1]))
}

// plainGenitiveWord reports whether t is a lower-case common noun or
// adjective in the genitive, a word that completes a title.
func plainGenitiveWord(t *vistka.Token) bool {
	return startsLower(t.Text) && vtag.Case(t.Tag) == "v_rod" && !strings.Contains(t.Tag, ":pron") &&
		(strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj"))
}

// undeclinedSurname reports whether the name sp ends in a surname that
// does not decline (Кая Каллас, whose first name the tagger may read as
// the genitive of Кай): its case is the title's.
func undeclinedSurname(toks []vistka.Token, sp vistka.Span) bool {
	a, b := vistka.TokensIn(toks, sp.Start, sp.End)
	return b-a > 1 && strings.Contains(toks[b-1].Tag, ":nv")
}

// sameCaseSurname reports whether the name sp of two words or more ends
// in a word in the case of the title t though its first word does not
// agree: a foreign first name the tagger misread (з міністром
// закордонних справ Японії Такесі Іваєю, Такесі read as a place's dative).
func sameCaseSurname(toks []vistka.Token, sp vistka.Span, t *vistka.Token) bool {
	a, b := vistka.TokensIn(toks, sp.Start, sp.End)
	return b-a > 1 && vtag.Case(toks[b-1].Tag) == vtag.Case(t.Tag) && vtag.Case(t.Tag) != ""
}

// quoted reports whether toks[a:b] stand in quotation marks: «Відродження»,
// "Відродження".
func quoted(toks []vistka.Token, a, b int) bool {
	return a > 0 && b < len(toks) && (toks[a-1].Text == "«" && toks[b].Text == "»" || toks[a-1].Text == `"` && toks[b].Text == `"`)
}

// sameCaseName reports whether a name's first word n agrees in case with
// the title t before it, or does not decline.
func sameCaseName(t, n *vistka.Token) bool {
	c := vtag.Case(n.Tag)
	return c == vtag.Case(t.Tag) || strings.Contains(n.Tag, ":nv") || c == ""
}

// personTitles are the lemmas of titles of state and government offices
// that stand before a person's name. Titles NER-UK's texts use for
// people of all walks (президент of a club, прокурор, нардеп, очільник)
// and military ranks, which NER-UK tags now as a JOB and now not (генерала
// Ґроувза, полковник Андрій Бичанський), are left to the model: the rule
// would tag some the training texts leave untagged.
var personTitles = map[string]bool{
	"прем'єр": true, "прем'єр-міністр": true, "віцепрем'єр": true, "віцепрем'єр-міністр": true,
	"віце-прем'єр": true, "віце-прем'єр-міністр": true, "міністр": true, "замміністра": true,
	"лідер": true, "речник": true, "посол": true, "генсек": true, "канцлер": true, "спікер": true,
	"держсекретар": true, "єврокомісар": true, "єврокомісарка": true, "речниця": true,
	"спецпредставник": true, "спецпредставниця": true, "прессекретар": true, "прессекретарка": true, "прес-секретар": true,
	"патріарх": true, "митрополит": true, "архієпископ": true, "єпископ": true, "предстоятель": true, "кардинал": true,
	"сенатор": true, "сенаторка": true, "конгресмен": true, "конгресменка": true, "постпред": true, "постпредка": true,
	"спецкоординатор": true, "спецкоординаторка": true, "головнокомандувач": true, "губернатор": true, "губернаторка": true,
	"староста": true,
	// the heads of bodies: голова обласної військової адміністрації
	// Сергій Лисак, начальник управління поліції Іван Петренко
	"голова": true, "начальник": true, "начальниця": true, "керівник": true, "керівниця": true,
	"очільник": true, "очільниця": true, "директор": true, "директорка": true, "командувач": true,
	// a member of a body's board or council: член регулятора Олександр
	// Формагей, членкиня правління
	"член": true, "членкиня": true,
}

// openingTitle reports whether t, a sentence's first word, is a title of
// personTitles the tagger read as a surname or a first name (Староста
// села Оксана Левчук: староста is a surname too).
func openingTitle(t *vistka.Token) bool {
	return titleReadAsName(t) && personTitles[scan.ToLower(t.Lemma)]
}

// titleWord reports whether t is a singular title of personTitles, a
// common noun for a person.
func titleWord(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, ":prop") && vtag.Gender(t.Tag) != 'p' &&
		personTitles[scan.ToLower(t.Lemma)]
}

// envoyAt reports whether toks[i] is представник or представниця after
// верховний or спеціальний, an office of its own (Верховний представник
// ЄС Жозеп Боррель), unlike a plain представник of anyone.
func envoyAt(toks []vistka.Token, i int) bool {
	t := &toks[i]
	if l := t.Lemma; l != "представник" && l != "представниця" || i == 0 || !strings.HasPrefix(t.Tag, "noun:anim") || vtag.Gender(t.Tag) == 'p' {
		return false // (a common noun's lemma is in lower case)
	}
	l := scan.ToLower(toks[i-1].Lemma)
	return l == "верховний" || l == "спеціальний"
}

// lowered is t with its text in lower case, for a rank adjective that
// opens a sentence (Верховний представник).
func lowered(t vistka.Token) *vistka.Token {
	t.Text = scan.ToLower(t.Text)
	return &t
}

// retypeTitleOrgs makes a JOB of an ORG span that is a title of
// personTitles with adjectives before it, right before a person's name
// in the same case: "зі [ORG Вселенським патріархом] Варфоломієм". The
// model reads the capitalised adjective as a body's name (Вселенський
// собор, Московський патріархат); a noun for a person is no body.
// spans[from:] are the sentence's spans.
func retypeTitleOrgs(toks []vistka.Token, spans []vistka.Span, from int) {
	for k := from; k+1 < len(spans); k++ {
		sp, next := &spans[k], &spans[k+1]
		if sp.Type != "ORG" || next.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		c, _ := vistka.TokensIn(toks, next.Start, next.End)
		if b-a < 2 || c != b || !titleWord(&toks[b-1]) || !sameCaseName(&toks[b-1], &toks[c]) {
			continue
		}
		adjectives := true
		for _, t := range toks[a : b-1] {
			adjectives = adjectives && strings.HasPrefix(t.Tag, "adj") && vtag.Case(t.Tag) == vtag.Case(toks[b-1].Tag)
		}
		if adjectives {
			sp.Type = "JOB"
		}
	}
}
