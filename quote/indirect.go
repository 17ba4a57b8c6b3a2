package quote

import (
	"strings"

	"github.com/vistka/vistka"
)

// indirect finds reported speech outside direct quotes:
//
//	він зазначив, що США є …            → content after "що"
//	Токаєв наголосив на важливості …     → content from the preposition
//	за словами Блінкена, співпраця …     → content after the comma
//
// A cue with no speaker (Зазначається, що …) is not a quote.
func (d *doc) indirect(used []bool) []vistka.Quote {
	var out []vistka.Quote
	for s := range d.a.Sentences {
		from, to := d.sentenceRange(s)
		for i := from; i < to; i++ {
			if used[i] {
				continue
			}
			t := d.toks[i]
			if strings.EqualFold(t.Text, "за") && i+2 < to && t.Lemma != "" && d.toks[i+1].Lemma == "слово" {
				if q, ok := d.zaSlovamy(i, from, to); ok {
					out = append(out, q)
				}
				continue
			}
			cue := cueLemma(t.Lemma, t.Tag)
			if cue == "" || strings.Contains(t.Tag, "impers") {
				continue
			}
			start := -1
			switch {
			case i+2 < to && d.toks[i+1].Text == "," && isThat(d.toks[i+2].Lemma):
				start = i + 3
			case i+1 < to && aboutCues[cue] && (d.toks[i+1].Lemma == "на" || d.toks[i+1].Lemma == "про") && strings.HasPrefix(d.toks[i+1].Tag, "prep"):
				start = i + 1
			}
			end := d.contentEnd(start, to)
			if start < 0 || end <= start {
				continue
			}
			// The subject stands before the cue in its clause, or for an
			// adverbial participle in the main clause; inverted after it.
			subjFrom := d.clauseStart(i, from)
			if strings.HasPrefix(t.Tag, "advp") {
				subjFrom = from
			}
			id, text := d.speaker(subjFrom, i+1, i)
			if id == "" {
				id, text = d.speaker(i, min(i+4, start), i)
			}
			if id == "" {
				continue
			}
			q := vistka.Quote{Speaker: id, SpeakerText: text, Cue: cue,
				Start: d.toks[start].RStart, End: d.toks[end-1].REnd}
			q.Text = string(d.text[q.Start:q.End])
			out = append(out, q)
			for j := start; j < end; j++ {
				used[j] = true
			}
		}
	}
	return out
}

// zaSlovamy reads "за словами X, …" and "…, за словами X."
func (d *doc) zaSlovamy(i, from, to int) (vistka.Quote, bool) {
	j := i + 2
	for j < to && d.toks[j].Text != "," && !isEnd(d.toks[j]) {
		j++
	}
	id, text := d.speaker(i+2, j, i+1)
	if id == "" {
		return vistka.Quote{}, false
	}
	var start, end int
	if j < to && d.toks[j].Text == "," {
		start, end = j+1, d.contentEnd(j+1, to)
	} else {
		start, end = from, i
		for end > start && (d.toks[end-1].Text == "," || d.toks[end-1].Kind == vistka.Dash) {
			end--
		}
	}
	if end <= start {
		return vistka.Quote{}, false
	}
	q := vistka.Quote{Speaker: id, SpeakerText: text, Cue: "за словами",
		Start: d.toks[start].RStart, End: d.toks[end-1].REnd}
	q.Text = string(d.text[q.Start:q.End])
	return q, true
}

func isThat(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "що", "ніби", "нібито", "мовляв", "начебто":
		return true
	}
	return false
}

func isEnd(t tok) bool {
	return t.Kind == vistka.Punct && strings.ContainsAny(t.Text, ".!?…")
}

// contentEnd returns where reported content starting at start ends: the
// sentence's final punctuation, or to.
func (d *doc) contentEnd(start, to int) int {
	if start < 0 {
		return -1
	}
	end := to
	for end > start && isEnd(d.toks[end-1]) {
		end--
	}
	return end
}

// clauseStart returns the start of the clause holding toks[i]: just after
// the nearest comma, dash or colon before it, or the sentence start.
func (d *doc) clauseStart(i, from int) int {
	for j := i - 1; j >= from; j-- {
		if t := d.toks[j]; t.Text == "," || t.Text == ":" || t.Text == ";" || t.Kind == vistka.Dash {
			return j + 1
		}
	}
	return from
}

// sentenceRange returns the flat token range of sentence s.
func (d *doc) sentenceRange(s int) (from, to int) {
	return d.sentStart[s], d.sentStart[s] + len(d.a.Sentences[s].Tokens)
}
