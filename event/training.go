package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
)

// trainees are the soldiers, pilots and crews one state trains for
// another: "навчати українських військових", "навчання українських
// пілотів".
var trainees = map[string]bool{
	"військовий": true, "військовослужбовець": true, "боєць": true, "солдат": true,
	"пілот": true, "льотчик": true, "екіпаж": true, "сапер": true, "танкіст": true,
	"артилерист": true, "морпіх": true, "курсант": true, "інструктор": true, "технік": true,
}

// trainVerbs train someone: "Нідерланди продовжать навчати українських
// військових".
var trainVerbs = map[string]bool{"навчати": true, "навчити": true, "тренувати": true, "натренувати": true, "вишколювати": true}

// foreignTrainees returns the index of the trainees a country's adjective
// names from j on ("українських пілотів", "українських військових
// інженерів": training another state's forces is aid), past their count
// ("200 українських саперів"), or -1 when the words there name none or
// name no state ("молодих пілотів").
func (f *finder) foreignTrainees(j int) int {
	state := false
	if j < len(f.toks) && (f.toks[j].Kind == vistka.Number || strings.HasPrefix(f.toks[j].Tag, "numr")) {
		j++ // counted: "навчила двісті українських саперів"
	}
	for k := j; k < len(f.toks) && k <= j+3; k++ {
		t := &f.toks[k]
		if strings.HasPrefix(t.Tag, "adj") {
			state = state || entity.CountryNamed(f.low(k)) != ""
			continue
		}
		if state && trainees[f.low(k)] && strings.HasPrefix(t.Tag, "noun") && (hasCase(t, "v_rod") || hasCase(t, "v_zna")) {
			return k
		}
		return -1
	}
	return -1
}

// traineesAt returns the index of the trainees named from i on when i is
// the word right after an aid of training (its verb or its noun), or -1.
func (f *finder) traineesAt(tr trig, i int) int {
	if tr.k.typ != "AID" {
		return -1
	}
	if tr.noun >= 0 && i == tr.noun+1 && f.low(tr.noun) == "навчання" || tr.verb && tr.noun < 0 && i == tr.at+1 && trainVerbs[f.verb(tr.at)] {
		return f.foreignTrainees(i)
	}
	return -1
}

// courseVerbs are the verbs of a course begun or under way: "навчання …
// розпочалося", "триває", "продовжується".
var courseVerbs = map[string]bool{
	"розпочатися": true, "розпочинатися": true, "початися": true, "починатися": true, "стартувати": true,
	"тривати": true, "продовжитися": true, "продовжуватися": true, "відбуватися": true,
}

// courseUnderWay reports whether the noun at i is the subject of a verb of
// a course begun or under way, the first verb after it within eight words.
func (f *finder) courseUnderWay(i int) bool {
	for k := i + 1; k < len(f.toks) && k <= i+8; k++ {
		if f.toks[k].Kind == vistka.Punct {
			return false
		}
		if isVerb(&f.toks[k]) {
			return courseVerbs[f.verb(k)]
		}
	}
	return false
}
