package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// findingVerbs are the verbs by which a court or a body states what it
// found or weighed before it rules: встановив, урахував, дійшов висновку,
// вирішили, що ….
var findingVerbs = map[string]bool{"встановити": true, "урахувати": true, "врахувати": true, "дійти": true,
	"вирішити": true, "констатувати": true}

// rulingVerbs are a court's or an authority's rulings: what it orders,
// refuses, fines or grants, which no party of the case found about does
// to itself or to the others.
var rulingVerbs = map[string]bool{"зобов'язати": true, "відмовити": true, "оштрафувати": true, "призначити": true,
	"стягнути": true, "задовольнити": true, "відхилити": true, "накласти": true}

// rulingAfterFinding returns the verb of finding before ", що" when the
// ruling verb at at is joined to it by і, та or й after its що-clause
// (a comma before the conjunction or not), or -1: "Суд урахував, що
// обвинувачений характеризується позитивно, визнав вину та розкаявся, і
// призначив йому штраф", "ВГСУ дійшов висновку, що розірвання договорів
// призведе до втручання в діяльність ТОВ «…», і в задоволенні позову
// відмовив". The clause tells what the court found about the parties;
// the ruling after it is the court's, not the party's the clause names
// last. Between the conjunction and the verb only words under the verb
// may stand (в задоволенні позову, не, вже); the two verbs must agree.
func (f *finder) rulingAfterFinding(at int) int {
	if at < 4 || !rulingVerbs[f.verb(at)] || !finiteVerb(&f.toks[at]) {
		return -1
	}
	j := at - 1
	for n := 0; j >= 2 && n < 6 && !isAnd(&f.toks[j]); n++ {
		t := &f.toks[j]
		if t.Kind != vistka.Word || isVerb(t) || f.entityAt(j) != "" ||
			strings.Contains(t.Tag, "pron:pers") && hasCase(t, "v_naz") {
			return -1 // "…, і суд відмовив", "і фірма відмовила": a subject of its own
		}
		j--
	}
	if j < 2 || !isAnd(&f.toks[j]) {
		return -1
	}
	for k := j - 1; k >= 2; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct && t.Text != "," && !isOpenQuote(t.Text) && !isCloseQuote(t.Text) {
			return -1
		}
		if !f.thatAfterComma(k) {
			continue
		}
		v := k - 2
		if f.low(v) == "висновок" && v >= 1 {
			v-- // "дійшов (до) висновку, що …"
			if f.low(v) == "до" && v >= 1 {
				v--
			}
		}
		if !finiteVerb(&f.toks[v]) || !findingVerbs[f.verb(v)] || !agree(&f.toks[v], &f.toks[at]) {
			return -1
		}
		return v
	}
	return -1
}

// agentKind reports whether the name at i, in quotation marks, stands
// after the word for its kind in the instrumental ("документи, надані
// фірмою «Альфа»", "керована компанією «Бета»"): the doer of a
// participle, or what a verb of ruling or using governs, never the
// subject of a finite verb after it.
func (f *finder) agentKind(i int) bool {
	if e := f.entityAt(i); e != "" {
		i = f.nameStart(i, e)
	}
	// (the kind right before the mark: not "встановленої судом суми
	// «Ремерцентр»", where the name's own noun is the genitive суми)
	k := f.kindBefore(i)
	return k >= 0 && k == i-2 && hasCase(&f.toks[k], "v_oru") && !hasCase(&f.toks[k], "v_naz")
}

// alsoWords stand between a verb and its subject put last to say the
// subject did so too: "це рішення підтримав і ВГСУ", "таку позицію
// поділяє також Польща".
var alsoWords = map[string]bool{"і": true, "й": true, "також": true, "теж": true}

// speakersOwnVerb reports whether the finite verb at at opens a clause of
// що with no subject of its own (past adverbs and negation) after a verb
// of the same number, and of the same gender where both are past:
// "Прокуратура заявила, що підозрює …", "Комітет повідомив, що
// оштрафував …" — the one who says it is the doer, as mainSubjects reads.
func (f *finder) speakersOwnVerb(at int) bool {
	v := f.thatClauseCue(at)
	if v < 0 || !finiteVerb(&f.toks[v]) || !finiteVerb(&f.toks[at]) {
		return false
	}
	main, own := &f.toks[v], &f.toks[at]
	return numberOf(main) == numberOf(own) && numberOf(own) != 0 && agree(main, own)
}

// caselessAfter reports whether the first name within three tokens from
// i, in the verb's clause, opens with a form that says no case: an
// indeclinable word (ТОВ, ПП, an acronym) or a quotation mark ("підозрює
// ТОВ «Альфа»", "оскаржить вирок ТОВ «Бета»"). After a verb with no
// subject of its own such a name is its object or the object's owner: a
// subject put last would be in a form of the nominative.
func (f *finder) caselessAfter(i int) bool {
	for j := i; j < len(f.toks) && j <= i+2; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if f.entityAt(j) != "" {
			return strings.Contains(t.Tag, ":nv") || t.Kind == vistka.QuoteMark
		}
	}
	return false
}
