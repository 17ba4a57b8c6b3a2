package entity

import (
	"strings"

	"github.com/vistka/vistka"
)

// complementHolder returns the person whose office the genitive
// complement of role phrase ro names, and that office as a role phrase,
// when a name in the genitive follows the phrase and the phrase's head
// is in another case: "працював помічником народного депутата Миколи
// Джиги", "Радник міністра оборони Олексія Резнікова Юрій Сак". The title
// of one who serves another (помічник, радник, заступник) goes on with
// the office of the one served, and the name after that office is its
// holder's, in its case, not the aide's: Джига is the deputy, Резніков
// the minister. The office is an animate common noun in the genitive
// (депутата, міністра, or голови, which the tagger may read as the
// head one has on one's shoulders); a body or a place there (тренер клубу,
// адвокат Гончаренка) holds no one. A head in the genitive or the
// accusative is left: the name after it may be the aide's own
// (заступника міністра Івана Петренка). It returns -1 otherwise.
func (r *Result) complementHolder(a *vistka.Analysis, ro role) (int, role) {
	if ro.plural || ro.sent < 0 || ro.sent >= len(a.Sentences) {
		return -1, role{}
	}
	toks := a.Sentences[ro.sent].Tokens
	to := min(ro.to, len(toks)) // (the span below ends at toks[to-1])
	head := -1
	for i := ro.from; i < to; i++ {
		if strings.HasPrefix(toks[i].Tag, "noun") {
			head = i
			break
		}
	}
	if head < 0 {
		return -1, role{}
	}
	switch caseOf(toks[head].Tag) {
	case "v_naz", "v_oru", "v_dav", "v_mis":
	default:
		return -1, role{}
	}
	office := -1
	for i := head + 1; i < to; i++ {
		t := &toks[i]
		if (strings.HasPrefix(t.Tag, "noun:anim") || headNoun(t)) && strings.Contains(t.Tag, "v_rod") && !strings.Contains(t.Tag, ":prop") &&
			!r.nameAt(t.RStart, t.REnd) && !r.personAt(t.RStart, t.REnd) {
			office = i
			break
		}
	}
	if office < 0 {
		return -1, role{}
	}
	q, at := r.personRightAfter(ro.end)
	if q < 0 && ro.reach > ro.end {
		q, at = r.personRightAfter(ro.reach)
	}
	if q < 0 || r.caseAgrees(a, ro, at) || !r.genitiveName(a, ro.sent, q, at) {
		return -1, role{}
	}
	from := office
	for from-1 > head && genitiveAdj(&toks[from-1]) {
		from--
	}
	span := vistka.Span{Start: toks[from].RStart, End: toks[to-1].REnd, Type: "JOB"}
	in, ok := r.rolePhrase(a, pending{span: span, sent: ro.sent})
	if !ok {
		return -1, role{}
	}
	if in.reach > in.end {
		if p, _ := r.personRightAfter(in.reach); p == q {
			// народного депутата від Партії регіонів Миколи Джиги: the
			// party is part of the deputy's title
			in.title += " " + closeMarks(strings.Join(strings.Fields(string(r.text[in.end:in.reach])), " "))
			in.end = in.reach
		}
	}
	return q, in
}

// genitiveName reports whether the name mention of person p at code
// point at reads in the genitive (or the accusative, its form for a
// person) word for word: every word of it that declines does. A name the
// tagger reads in the nominative by one word (Арда Туран, Арда read as
// Ард's genitive) is not one.
func (r *Result) genitiveName(a *vistka.Analysis, s, p, at int) bool {
	for _, m := range r.Entities[p].Mentions {
		if m.Start != at {
			continue
		}
		from, to := a.SpanTokens(s, m.Start, m.End)
		told := false
		for _, t := range a.Sentences[s].Tokens[from:max(from, to)] {
			if strings.Contains(t.Tag, ":nv") || !strings.Contains(t.Tag, ":v_") {
				continue
			}
			if !strings.Contains(t.Tag, "v_rod") && !strings.Contains(t.Tag, "v_zna") {
				return false
			}
			told = true
		}
		return told
	}
	return false
}

// headNoun reports whether t is голова or глава, the head of a body,
// whatever animacy the tagger gave it.
func headNoun(t *vistka.Token) bool {
	switch lemmaOf(t) {
	case "голова", "глава":
		return strings.HasPrefix(t.Tag, "noun")
	}
	return false
}
