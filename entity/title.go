package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// headsOfState are title heads that make a person the leader of the place
// named with them: "Лідер Казахстану" is the person whose title says
// "президент" and who was named together with Казахстан.
var headsOfState = map[string]bool{
	"президент": true, "лідер": true, "глава": true, "голова": true, "очільник": true,
	"керівник": true, "прем'єр-міністр": true, "прем'єр": true, "канцлер": true,
	"король": true, "королева": true, "монарх": true, "султан": true, "емір": true,
	"президентка": true, "очільниця": true, "керівниця": true,
}

// titles attaches JOB spans to the persons they stand beside, and resolves
// role phrases standing alone to a person already named.
func (r *Result) titles(a *vistka.Analysis, jobs []pending) {
	text := []rune(a.Text)
	for _, j := range jobs {
		title := titleForm(j.span)
		if p, tail := r.adjacentPerson(a, text, j.span); p >= 0 {
			if tail != "" {
				title += " " + tail
			}
			e := &r.Entities[p]
			if !slices.Contains(e.Titles, title) {
				e.Titles = append(e.Titles, title)
			}
			r.associate(p, j.sent)
			continue
		}
		if p := r.roleOf(title, j.span, tokenLemmas(a, j)); p >= 0 {
			e := &r.Entities[p]
			e.Mentions = append(e.Mentions, vistka.Mention{Start: j.span.Start, End: j.span.End, Text: j.span.Text, Lemma: title, Kind: "title"})
			r.mentionSent[p] = append(r.mentionSent[p], j.sent)
		}
	}
	for i := range r.Entities {
		slices.SortStableFunc(r.Entities[i].Mentions, func(x, y vistka.Mention) int { return x.Start - y.Start })
	}
}

// titleForm is the base form of a title, lower-cased at its start unless
// the first word is an acronym.
func titleForm(sp vistka.Span) string {
	t := sp.Lemma
	if t == "" {
		t = sp.Text
	}
	first, _, _ := strings.Cut(t, " ")
	if isAcronym(first) {
		return t
	}
	c, n := utf8.DecodeRuneInString(t)
	return string(unicode.ToLower(c)) + t[n:]
}

func isAcronym(w string) bool {
	n := 0
	for _, c := range w {
		if !unicode.IsUpper(c) {
			return false
		}
		n++
	}
	return n >= 2
}

// adjacentPerson finds the person a title stands next to: right before the
// name ("Державний секретар США Ентоні Блінкен"), possibly with a place or
// organisation between, which becomes the title's tail; or right after it
// as an apposition ("Ентоні Блінкен, державний секретар США,").
func (r *Result) adjacentPerson(a *vistka.Analysis, text []rune, job vistka.Span) (int, string) {
	for i := range r.Entities {
		if r.Entities[i].Type != "PERS" {
			continue
		}
		for _, m := range r.Entities[i].Mentions {
			if m.Kind != "name" {
				continue
			}
			if m.Start >= job.End && blank(text, job.End, m.Start) {
				return i, ""
			}
			if m.End <= job.Start && between(text, m.End, job.Start) == "," {
				return i, ""
			}
		}
	}
	// JOB, then one LOC/ORG, then the name.
	for _, sp := range a.Spans {
		if sp.Start < job.End || !blank(text, job.End, sp.Start) || (sp.Type != "LOC" && sp.Type != "ORG") {
			continue
		}
		for i := range r.Entities {
			if r.Entities[i].Type != "PERS" {
				continue
			}
			for _, m := range r.Entities[i].Mentions {
				if m.Kind == "name" && m.Start >= sp.End && blank(text, sp.End, m.Start) {
					return i, sp.Text
				}
			}
		}
		break
	}
	return -1, ""
}

func blank(text []rune, from, to int) bool {
	if from > to || to > len(text) {
		return false
	}
	for _, c := range text[from:to] {
		if !unicode.IsSpace(c) {
			return false
		}
	}
	return true
}

func between(text []rune, from, to int) string {
	if from > to || to > len(text) || to-from > 8 {
		return "\x00"
	}
	return strings.TrimSpace(string(text[from:to]))
}

// associate records the places and organisations named in a title's
// sentence as what person p's title is about.
func (r *Result) associate(p, sent int) {
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "LOC" && e.Type != "ORG" {
			continue
		}
		for j := range e.Mentions {
			if r.mentionSent[i][j] == sent && !slices.Contains(r.assoc[p], i) {
				r.assoc[p] = append(r.assoc[p], i)
			}
		}
	}
}

// roleOf resolves a role phrase that stands alone to the one person named
// earlier who holds that title, or who leads the place the phrase names.
func (r *Result) roleOf(title string, job vistka.Span, lemmas []string) int {
	found := -1
	add := func(i int) bool {
		if found >= 0 && found != i {
			found = -2
			return false
		}
		found = i
		return true
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "PERS" || len(e.Mentions) == 0 || e.Mentions[0].Start > job.Start {
			continue
		}
		for _, t := range e.Titles {
			if strings.EqualFold(t, title) {
				if !add(i) {
					return -1
				}
				break
			}
		}
	}
	if found >= 0 {
		return found
	}
	if found == -2 {
		return -1
	}
	// "Лідер Казахстану": a head-of-state word and a place in the phrase.
	words := strings.Fields(strings.ToLower(title))
	if len(words) == 0 || !headsOfState[words[0]] || len(lemmas) < 2 {
		return -1
	}
	place := -1
	for i := range r.Entities {
		if t := r.Entities[i].Type; t != "LOC" && t != "ORG" {
			continue
		}
		for _, m := range r.Entities[i].Mentions {
			inside := m.Start >= job.Start && m.End <= job.End
			named := false
			for _, l := range lemmas[1:] {
				named = named || strings.EqualFold(l, m.Lemma)
			}
			if inside || named {
				place = i
			}
		}
	}
	if place < 0 {
		return -1
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "PERS" || len(e.Mentions) == 0 || e.Mentions[0].Start > job.Start {
			continue
		}
		leads := false
		for _, t := range e.Titles {
			tw := strings.Fields(strings.ToLower(t))
			if len(tw) > 0 && headsOfState[tw[0]] && slices.Contains(r.assoc[i], place) {
				leads = true
			}
		}
		if leads && !add(i) {
			return -1
		}
	}
	if found < 0 {
		return -1
	}
	return found
}

// tokenLemmas returns the lemmas of the tokens of a span.
func tokenLemmas(a *vistka.Analysis, p pending) []string {
	if p.sent < 0 {
		return nil
	}
	from, to := a.SpanTokens(p.sent, p.span.Start, p.span.End)
	var out []string
	for _, t := range a.Sentences[p.sent].Tokens[from:to] {
		l := t.Lemma
		if l == "" {
			l = t.Text
		}
		out = append(out, l)
	}
	return out
}
