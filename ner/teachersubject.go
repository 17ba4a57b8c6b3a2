package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// teacherSubjects turns on addTeacherSubjects; a variable for experiments.
var teacherSubjects = true

// teacherSubjectsNeed gates addTeacherSubjects: both its parts start at
// a token tagged noun with a lemma of teacherTitles.
const teacherSubjectsNeed = sbTeacher

// addTeacherSubjects stretches a JOB span that ends in a teacher's title
// (учитель, вчителька, викладач) over the school subject in the genitive
// right after it, a lower-case adjective before the subject and a second
// subject joined by та, і or й included: "[JOB Вчителька математики]",
// "[JOB старший викладач російської словесності]", "[JOB учитель історії
// та географії]"; a title with a subject that no span covers becomes such
// a JOB ("із 1847 року він учитель історії"). NER-UK takes the subject
// into the title (each of the 6 times the training texts hold a teacher
// with a subject), as a teacher's post names it; the model stops at the
// title or leaves it out. A school or a body after the title (викладач
// дитячої школи) is no subject and stays out. In cross-validation the
// rule puts 6 JOBs right and makes one error (вчителя української
// літератури, a teacher the gold leaves untagged): JOB F1 0.699 → 0.703,
// micro 0.8358 → 0.8362. Of our 600 news and NER-UK texts it changes
// one span, that same вчителя української літератури, a teacher's post.
// spans[from:] are the sentence's spans, sorted; the result is sorted too.
func addTeacherSubjects(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		if spans[k].Type != "JOB" {
			continue
		}
		a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
		if b == a || !strings.HasPrefix(toks[b-1].Tag, "noun") || !teacherTitles.has(toks[b-1].Lemma) {
			continue
		}
		end := subjectEnd(toks, b)
		if end == b {
			continue
		}
		if k+1 < len(spans) && spans[k+1].Start < toks[end-1].REnd {
			continue // a span of its own lies in the way
		}
		spans[k].End = toks[end-1].REnd
		spans[k].Text = joinTokens(toks[a:end])
	}
	// a title no span covers: "із 1847 року він учитель історії"
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if !strings.HasPrefix(t.Tag, "noun") || !teacherTitles.has(t.Lemma) || !isLowerWord(t.Text) ||
			covered(spans[from:], t.RStart, t.REnd) {
			continue
		}
		end := subjectEnd(toks, i+1)
		if end == i+1 || covered(spans[from:], toks[i+1].RStart, toks[end-1].REnd) {
			continue
		}
		a := i
		for a > 0 && rankAdjective(&toks[a-1], t) && !covered(spans[from:], toks[a-1].RStart, toks[a-1].REnd) {
			a--
		}
		spans = insertSpan(spans, from, vistka.Span{Start: toks[a].RStart, End: toks[end-1].REnd, Type: "JOB", Text: joinTokens(toks[a:end])})
	}
	return spans
}

// teacherTitles are the base forms of a teacher's titles.
var teacherTitles = lowerSetOf(map[string]bool{
	"учитель": true, "вчитель": true, "учителька": true, "вчителька": true,
	"викладач": true, "викладачка": true,
})

// schoolSubjects are the base forms of the nouns that name what a school
// teaches; мова and література take an adjective (української мови).
var schoolSubjects = map[string]bool{
	"математика": true, "алгебра": true, "геометрія": true, "фізика": true, "хімія": true,
	"біологія": true, "географія": true, "історія": true, "мова": true, "література": true,
	"словесність": true, "музика": true, "малювання": true, "співи": true, "фізкультура": true,
	"фізвиховання": true, "інформатика": true, "астрономія": true, "природознавство": true,
	"правознавство": true, "економіка": true, "філософія": true, "праця": true, "креслення": true,
	"мистецтво": true, "латина": true, "граматика": true, "риторика": true, "логіка": true,
}

// subjectEnd returns the end of the school subjects in the genitive from
// toks[j], j if there are none: "історії та географії", "російської мови".
func subjectEnd(toks []vistka.Token, j int) int {
	end := j
	for i := j; i < len(toks); {
		n := i
		for n < len(toks) && strings.HasPrefix(toks[n].Tag, "adj") && vtag.Case(toks[n].Tag) == "v_rod" && !strings.Contains(toks[n].Tag, ":p:") &&
			isLowerWord(toks[n].Text) {
			n++
		}
		if n == len(toks) || !strings.HasPrefix(toks[n].Tag, "noun") || strings.Contains(toks[n].Tag, ":prop") ||
			vtag.Case(toks[n].Tag) != "v_rod" || !schoolSubjects[toks[n].Lemma] || !isLowerWord(toks[n].Text) {
			break
		}
		end = n + 1
		if n+2 < len(toks) && (toks[n+1].Text == "та" || toks[n+1].Text == "і" || toks[n+1].Text == "й") {
			i = n + 2
			continue
		}
		break
	}
	return end
}

// isLowerWord reports whether w begins with a lower-case letter.
func isLowerWord(w string) bool {
	return startsLower(w)
}
