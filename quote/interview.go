package quote

// Interviews written as lines of dialogue with no cues: questions and
// answers, the answers given to the person named before the first
// question, over the document's lines (a dash opens a line of its own in
// text whose paragraphs were lost).

import (
	"strings"

	"github.com/vistka/vistka/internal/scan"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
)

// line is a paragraph of the document: toks[from:to].
type line struct{ from, to int }

// lines returns the paragraphs of the document in order. A sentence
// opened by a dash starts a line of its own in a text of one paragraph:
// text whose paragraphs were lost still has its lines of dialogue.
func (d *doc) lines() []line {
	var out []line
	lost := len(d.toks) > 0 && d.toks[0].para == d.toks[len(d.toks)-1].para
	for i := range d.toks {
		if i == 0 || d.toks[i].para != d.toks[i-1].para || lost && d.toks[i].sent != d.toks[i-1].sent && isDash(d.toks[i]) {
			out = append(out, line{i, i + 1})
			continue
		}
		out[len(out)-1].to = i + 1
	}
	return out
}

// interview reads an interview written as lines of dialogue with no
// attribution, questions and answers in turn:
//
//	Про джаз ми поговорили з піаністом Іваном Петренком.
//	— Коли ви почали грати?
//	— У сім років. Батько приніс додому платівку.
//
// A line that ends in a question mark is the interviewer's; every other
// line up to the next question, with or without a dash, is a direct
// quote of the interviewee: the person named last before the first
// question. Lines with an attribution of their own (— Так, — каже він)
// are a reported dialogue, not an interview, and the run is left to the
// other readers.
func (d *doc) interview(used []bool) []vistka.Quote {
	ls := d.lines()
	isDialogue := func(l line) bool { return isDash(d.toks[l.from]) && l.to-l.from > 1 }
	var out []vistka.Quote
	for k := 0; k < len(ls); {
		if !isDialogue(ls[k]) {
			k++
			continue
		}
		// A run: dialogue lines, and lines without a dash that a
		// dialogue line follows within eight paragraphs (an answer of
		// several sentences written a sentence a line).
		end := k + 1
		for end < len(ls) {
			if isDialogue(ls[end]) {
				end++
				continue
			}
			next := -1
			for j := end; j < len(ls) && j <= end+7; j++ {
				if isDialogue(ls[j]) {
					next = j
					break
				}
			}
			if next < 0 {
				if d.question(ls[end-1]) {
					end++ // the answer to the last question
				}
				break
			}
			end = next
		}
		out = append(out, d.interviewRun(ls[k:end], isDialogue, used)...)
		k = end
	}
	return out
}

// interviewRun reads one run of lines as an interview, or returns nothing
// when it is not one. An answer is the lines after a question up to the
// next question, whether it opens with a dash or not.
func (d *doc) interviewRun(ls []line, isDialogue func(line) bool, used []bool) []vistka.Quote {
	type answer struct{ first, last int }
	var answers []answer
	questions := 0
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		for j := l.from + 1; j+1 < l.to; j++ {
			if isDash(d.toks[j]) && (cueLemma(d.toks[j+1].Lemma, d.toks[j+1].Tag) != "" || mannerLemma(d.toks[j+1].Lemma, d.toks[j+1].Tag) != "") {
				return nil // — Так, — каже він: a dialogue with attributions
			}
		}
		if !isDialogue(l) || !d.question(l) {
			continue
		}
		questions++
		k := i + 1
		for k < len(ls) && !(isDialogue(ls[k]) && d.question(ls[k])) {
			k++
		}
		if k > i+1 {
			first := ls[i+1].from
			if isDialogue(ls[i+1]) {
				first++
			}
			answers = append(answers, answer{first, ls[k-1].to - 1})
		}
		i = k - 1
	}
	if questions == 0 || len(answers) == 0 || questions+len(answers) < 3 && !d.talkedWith(ls[0].from) {
		return nil
	}
	id, text := d.interviewee(d.toks[ls[0].from].RStart)
	if id == "" {
		return nil
	}
	var out []vistka.Quote
	for _, a := range answers {
		first, last := a.first, a.last
		for last > first && d.toks[last].Text == "." {
			last--
		}
		if last <= first || used[first] {
			continue
		}
		q := vistka.Quote{Direct: true, Speaker: id, SpeakerText: text,
			Start: d.toks[first].RStart, End: d.toks[last].REnd}
		q.Text = string(d.text[q.Start:q.End])
		for j := first; j <= last; j++ {
			used[j] = true
		}
		out = append(out, q)
	}
	return out
}

// question reports whether a line ends in a question mark.
func (d *doc) question(l line) bool {
	for j := l.to - 1; j > l.from; j-- {
		t := d.toks[j]
		if t.Kind == vistka.QuoteMark {
			continue
		}
		return t.Kind == vistka.Punct && strings.Contains(t.Text, "?")
	}
	return false
}

// interviewee returns the person named last before pos.
func (d *doc) interviewee(pos int) (id, text string) {
	best := -1
	for i, e := range d.ents.Entities {
		if e.Type != "PERS" {
			continue
		}
		for _, m := range e.Mentions {
			if m.End <= pos && m.Start > best && m.Kind != "pronoun" {
				best, id, text = m.Start, entity.ID(i), m.Text
			}
		}
	}
	return id, text
}

// talkedWith reports whether the sentence before toks[at] tells that the
// outlet or the author talked with someone, so that even one question and
// its answer after it are an interview: "Портал … поспілкувався з
// заступником голови ОДА Юрієм Клименком щодо …".
func (d *doc) talkedWith(at int) bool {
	s := d.toks[at].sent
	if s == 0 {
		return false
	}
	from, to := d.sentenceRange(s - 1)
	for j := from; j+1 < to; j++ {
		switch scan.ToLower(d.toks[j].Lemma) {
		case "поспілкуватися", "поговорити", "розмовляти", "побесідувати":
			if l := scan.ToLower(d.toks[j+1].Text); l == "з" || l == "із" || l == "зі" {
				return true
			}
		}
	}
	return false
}
