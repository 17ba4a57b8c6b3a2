package ner

import (
	"hash/fnv"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/brat"
)

// Types are the 13 NER-UK 2.0 entity types, in label order.
var Types = []string{"PERS", "LOC", "ORG", "JOB", "DATE", "TIME", "PERIOD", "MON", "PCT", "QUANT", "ART", "DOC", "MISC"}

func typeIndex(t string) int { return slices.Index(Types, t) }

// IsDev reports whether the document with base file name id (without
// extension) belongs to the development split: FNV-32a(id) % 10 == 0.
func IsDev(id string) bool {
	id = strings.TrimSuffix(filepath.Base(id), filepath.Ext(id))
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%10 == 0
}

// Outermost returns the spans not inside another span, sorted by start.
// Of two crossing spans the one that starts first (then the longer) wins.
func Outermost(spans []vistka.Span) []vistka.Span {
	s := slices.Clone(spans)
	slices.SortStableFunc(s, func(a, b vistka.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out := s[:0]
	end := -1
	for _, x := range s {
		if x.Start >= end && x.End > x.Start {
			out = append(out, x)
			end = x.End
		}
	}
	return out
}

// Spans turns a document's annotations into spans.
func Spans(d brat.Document) []vistka.Span {
	out := make([]vistka.Span, 0, len(d.Annotations))
	for _, a := range d.Annotations {
		out = append(out, vistka.Span{Start: a.Start, End: a.End, Type: a.Type, Text: a.Text})
	}
	return out
}

// Label layout: 0 is O; type t has B=1+4t, I=2+4t, L=3+4t, U=4+4t.
const (
	bTag = iota
	iTag
	lTag
	uTag
)

var numLabels = 1 + 4*len(Types)

func label(t, pos int) int { return 1 + 4*t + pos }

func labelType(l int) int { return (l - 1) / 4 }

func labelPos(l int) int { return (l - 1) % 4 }

// encode gives the BILOU labels of the tokens of s for the gold spans
// (outermost, sorted). It returns how many spans could not be aligned to
// token boundaries exactly.
func encode(s *vistka.Sentence, spans []vistka.Span, labels []uint8) (misaligned int) {
	for i := range labels {
		labels[i] = 0
	}
	toks := s.Tokens
	for _, sp := range spans {
		if sp.End <= s.RStart || sp.Start >= s.REnd {
			continue
		}
		t := typeIndex(sp.Type)
		if t < 0 {
			continue
		}
		from, to := -1, -1
		for i := range toks {
			if toks[i].REnd > sp.Start && toks[i].RStart < sp.End {
				if from < 0 {
					from = i
				}
				to = i + 1
			}
		}
		if from < 0 {
			misaligned++
			continue
		}
		if toks[from].RStart != sp.Start || toks[to-1].REnd != sp.End {
			misaligned++
		}
		free := true
		for i := from; i < to; i++ {
			if labels[i] != 0 {
				free = false
			}
		}
		if !free {
			continue
		}
		if to-from == 1 {
			labels[from] = uint8(label(t, uTag))
			continue
		}
		labels[from] = uint8(label(t, bTag))
		for i := from + 1; i < to-1; i++ {
			labels[i] = uint8(label(t, iTag))
		}
		labels[to-1] = uint8(label(t, lTag))
	}
	return misaligned
}

// decode turns BILOU labels of s back into spans; ill-formed runs are
// repaired leniently (a B or I without L ends where the type changes).
func decode(s *vistka.Sentence, text []rune, labels []uint8, out []vistka.Span) []vistka.Span {
	toks := s.Tokens
	for i := 0; i < len(labels); {
		l := int(labels[i])
		if l == 0 {
			i++
			continue
		}
		t := labelType(l)
		j := i + 1
		if p := labelPos(l); p == bTag || p == iTag {
			for j < len(labels) {
				m := int(labels[j])
				if m == 0 || labelType(m) != t || labelPos(m) == bTag || labelPos(m) == uTag {
					break
				}
				j++
				if labelPos(m) == lTag {
					break
				}
			}
		}
		a, b := balanceQuotes(toks, i, j)
		if a >= b {
			i = j
			continue
		}
		sp := vistka.Span{Start: toks[a].RStart, End: toks[b-1].REnd, Type: Types[t]}
		if text != nil && sp.End <= len(text) {
			sp.Text = string(text[sp.Start:sp.End])
		} else {
			sp.Text = joinTokens(toks[a:b])
		}
		out = append(out, sp)
		i = j
	}
	return out
}

// JoinTokens rebuilds the text of a run of tokens from the tokens alone,
// one space where their offsets leave a gap: "компанії «Альфа»".
func JoinTokens(toks []vistka.Token) string { return joinTokens(toks) }

func joinTokens(toks []vistka.Token) string {
	// The length first, for one allocation.
	n := 0
	for i := range toks {
		n += len(toks[i].Text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for i, t := range toks {
		if i > 0 && t.RStart > toks[i-1].REnd {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func openQuote(s string) bool  { return s == "«" || s == "„" }
func closeQuote(s string) bool { return s == "»" || s == "“" || s == "”" }

// balanceQuotes trims or extends the token range [i, j) so that its
// guillemets pair up: ТОВ «Бук» keeps both, Авангард » loses the stray one.
func balanceQuotes(toks []vistka.Token, i, j int) (int, int) {
	open, cls := 0, 0
	for k := i; k < j; k++ {
		switch {
		case openQuote(toks[k].Text):
			open++
		case closeQuote(toks[k].Text):
			cls++
		}
	}
	for cls > open && j > i && closeQuote(toks[j-1].Text) {
		j--
		cls--
	}
	for cls > open && j > i && closeQuote(toks[i].Text) {
		i++
		cls--
	}
	if open > cls {
		switch {
		case j < len(toks) && closeQuote(toks[j].Text) && open == cls+1:
			j++
		case openQuote(toks[i].Text):
			i++
		case openQuote(toks[j-1].Text):
			j--
		}
	}
	return i, j
}
