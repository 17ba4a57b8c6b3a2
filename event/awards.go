package event

import "github.com/vistka/vistka"

// classes are what one attends as a pupil or a member rather than a place
// or a party one visits: гурток, заняття, уроки, курси, секція.
var classes = map[string]bool{
	"гурток": true, "заняття": true, "урок": true, "курс": true, "курси": true, "секція": true,
	"лекція": true, "тренування": true, "студія": true, "факультатив": true, "семінар": true,
}

// attendsClass reports whether the verb of visiting at at has a class for
// its object within its clause (сестра відвідувала гурток малювання,
// відвідує заняття з англійської): attendance, not a visit.
func (f *finder) attendsClass(at int) bool {
	j := f.nounPast(at+1, at+3, func(t *vistka.Token) bool { return t.Kind != vistka.Punct })
	return j >= 0 && classes[f.toks[j].Lemma] && hasCase(&f.toks[j], "v_zna")
}

// penWords say that вивести draws letters: with what or how it is written.
var penWords = map[string]bool{
	"літера": true, "буква": true, "почерк": true, "перо": true, "олівець": true, "ручка": true,
	"крейда": true, "фарба": true, "власноруч": true, "каліграфічно": true, "каліграфічний": true,
}

// wroteOut reports whether вивести at i writes something out, a word of
// writing beside it in its clause (поет власноруч вивів каліграфічними
// літерами: «…», вивела крейдою на дошці): no withdrawal of forces.
func (f *finder) wroteOut(i int) bool {
	for _, step := range []int{1, -1} {
		for j := i + step; j >= 0 && j < len(f.toks) && (j-i)*step <= 4; j += step {
			if t := &f.toks[j]; t.Kind == vistka.Punct {
				break
			}
			if penWords[f.toks[j].Lemma] || penWords[f.low(j)] {
				return true
			}
		}
	}
	return false
}

// tokensOfThanks are the awards a body gives in its own name: грамота,
// подяка.
var tokensOfThanks = map[string]bool{"грамота": true, "подяка": true}

// awardGiver returns the body whose token of thanks the noun at n names,
// in the genitive right after it (відзначені грамотами Литовського сейму,
// нагородили грамотою міської ради): the one who awards when the sentence
// names no other; "" when there is none or it is no named body.
func (f *finder) awardGiver(n int) string {
	if n < 0 || n+1 >= len(f.toks) || !tokensOfThanks[f.toks[n].Lemma] {
		return ""
	}
	j := n + 1
	if f.low(j) == "від" {
		j++ // "подякою від міського голови"
	}
	for k := j; k < len(f.toks) && k <= j+2; k++ {
		if e := f.entityAt(k); e != "" && f.ents.Type(e) != "LOC" {
			if !hasCase(&f.toks[k], "v_rod") || hasCase(&f.toks[k], "v_dav") {
				return "" // "подяки обласному депутату Роману Сімутіну": the one thanked
			}
			return e
		}
	}
	return ""
}
