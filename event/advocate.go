package event

import "strings"

// speaksFor are the nouns for those who act or speak for a person named
// after them in the genitive: kin (Мати Петра, Родина Іваненка) and
// those who stand for him before the law or in public (Адвокат Гордієнка,
// Захист Деркача, Представники Коваля). Not a spokesman or an aide
// (речник президента), whom the entity layer resolves to the person the
// title names.
var speaksFor = map[string]bool{
	"мама": true, "мати": true, "батько": true, "тато": true, "син": true, "донька": true, "дочка": true,
	"дружина": true, "чоловік": true, "брат": true, "сестра": true, "вдова": true, "родина": true, "сім'я": true,
	"родич": true, "родичка": true, "рідні": true, "адвокат": true, "адвокатка": true, "захисник": true,
	"захисниця": true, "захист": true, "юрист": true, "юристка": true, "представник": true, "представниця": true,
	"оточення": true, "соратник": true, "соратниця": true,
}

// spokesSubject returns the subject of the verb at at when it is such a
// noun in the nominative opening its clause with a person's name in the
// genitive after it, as written ("Захист Гордієнка назвав підозру
// безпідставною": the defence acts, not Гордієнко), or "". A name in the
// nominative after the genitive (Мати Петра Олена Коваль) is the subject
// itself, and the rule leaves it.
func (f *finder) spokesSubject(at int) string {
	j := at - 1
	for j >= 0 && strings.HasPrefix(f.toks[j].Tag, "adv") && !strings.Contains(f.toks[j].Tag, "pron") {
		j-- // "Захист Гордієнка також заявив"
	}
	end := j + 1
	named := false
	for ; j >= 0 && end-j <= 5; j-- {
		t := &f.toks[j]
		if e := f.entityAt(j); e != "" {
			if f.ents.Type(e) != "PERS" || !hasCase(t, "v_rod") || hasCase(t, "v_naz") {
				return ""
			}
			named = true
			continue
		}
		if (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) && hasCase(t, "v_rod") && !hasCase(t, "v_naz") {
			continue // "Адвокат колишнього депутата Петра Іваненка"
		}
		break
	}
	if !named || j < 0 || end-j > 6 {
		return ""
	}
	h := &f.toks[j]
	if !strings.HasPrefix(h.Tag, "noun") || !hasCase(h, "v_naz") || !speaksFor[f.low(j)] || f.entityAt(j) != "" ||
		!f.clauseOpens(f.modifiersBefore(j)) {
		return ""
	}
	return f.text(f.modifiersBefore(j), end)
}
