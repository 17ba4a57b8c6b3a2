package ner

import (
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// A stacked model tags a document twice. The first stage is a model of
// its own; the second reads, beside the usual features, what the first
// said of the whole document (Krishnan & Manning 2006): the first stage's
// label of the token and its neighbours, and the labels it gave the
// other mentions of the token's word (its lemma, with morphology)
// anywhere in the document, before or after it. The second stage is
// trained on first-stage labels of the training documents that come from
// models that did not see them (TrainConfig.Stack).

// maxStackTypes bounds the types the stacked features count.
const maxStackTypes = 16

// stackDoc is what the first stage said of one document.
type stackDoc struct {
	labels [][]uint8 // per sentence, per token: the first stage's label
	keys   [][]int32 // per sentence, per token: its word's index in counts, -1 for none
	// counts holds, by word, the tokens of it labelled O (0) and of
	// type t (t+1); long the longest span that holds a token of it.
	counts [][maxStackTypes + 1]uint16
	long   []longSpan
	index  map[string]int32
}

// longSpan is a span of the first stage and the place in it of a token:
// bTag, iTag, lTag or uTag.
type longSpan struct {
	n        int
	typ, pos uint8
}

// stackConsts are the features of the second stage of a stacked model.
type stackConsts struct {
	lab   [3][maxLabels + 1]uint32 // the first stage's label of w-1, w0, w+1 (nl: none)
	maj   [2 * (maxStackTypes + 1)]uint32
	own   [(maxStackTypes + 1) * (maxStackTypes + 1)]uint32
	ever  [maxStackTypes]uint32
	alone uint32
	long  [maxStackTypes * 4]uint32
}

var (
	tS1Lab   = [3]hasher{tmpl("s1-1"), tmpl("s1"), tmpl("s1+1")}
	tS1Maj   = tmpl("s1maj")
	tS1Own   = tmpl("s1own")
	tS1Ever  = tmpl("s1ever")
	tS1Alone = tmpl("s1alone")
	tS1Long  = tmpl("s1long")
)

func (f *featurizer) initStack() {
	c := &stackConsts{}
	for d := range c.lab {
		for l := range c.lab[d] {
			c.lab[d][l] = f.emit(tS1Lab[d].num(uint32(l)))
		}
	}
	for i := range c.maj {
		c.maj[i] = f.emit(tS1Maj.num(uint32(i)))
	}
	for i := range c.own {
		c.own[i] = f.emit(tS1Own.num(uint32(i)))
	}
	for i := range c.ever {
		c.ever[i] = f.emit(tS1Ever.num(uint32(i)))
	}
	c.alone = f.emit(tS1Alone)
	for i := range c.long {
		c.long[i] = f.emit(tS1Long.num(uint32(i)))
	}
	f.scst = c
}

// stackKey returns the word under which the first stage's labels of t
// are counted: its lemma with morphology, else its text, lower-cased;
// "" for a token that is not a word.
func (f *featurizer) stackKey(t *vistka.Token) string {
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !isLetter(r) {
		return ""
	}
	if f.set&featMorph != 0 && t.Lemma != "" && t.Tag != "" {
		return scan.ToLower(t.Lemma)
	}
	return scan.ToLower(t.Text)
}

// setStack makes labels, the first stage's labels of the tokens of sents
// (the sentences as the tagger reads them), the document the features of
// the second stage read, until the next call or clearStack.
func (f *featurizer) setStack(sents []vistka.Sentence, labels [][]uint8) {
	d := f.stkDoc
	if d == nil {
		d = &stackDoc{}
		f.stkDoc = d
	}
	if d.index == nil || len(d.index) > maxCached {
		d.index = make(map[string]int32, 512)
	} else {
		clear(d.index)
	}
	d.labels = labels
	d.counts, d.long = d.counts[:0], d.long[:0]
	if cap(d.keys) < len(sents) {
		d.keys = append(d.keys[:cap(d.keys)], make([][]int32, len(sents)-cap(d.keys))...)
	}
	d.keys = d.keys[:len(sents)]
	for si := range sents {
		toks := sents[si].Tokens
		keys := d.keys[si][:0]
		for i := range toks {
			k := f.stackKey(&toks[i])
			if k == "" {
				keys = append(keys, -1)
				continue
			}
			x, ok := d.index[k]
			if !ok {
				x = int32(len(d.counts))
				d.index[k] = x
				d.counts = append(d.counts, [maxStackTypes + 1]uint16{})
				d.long = append(d.long, longSpan{})
			}
			keys = append(keys, x)
			if i < len(labels[si]) {
				c := &d.counts[x][stackType(labels[si][i])]
				if *c < 1<<16-1 {
					*c++
				}
			}
		}
		d.keys[si] = keys
		labs := labels[si]
		for i := 0; i < len(labs) && i < len(keys); {
			if labs[i] == 0 {
				i++
				continue
			}
			j := i + 1
			if labelPos(int(labs[i])) == bTag {
				for j < len(labs) && labs[j] != 0 && labelPos(int(labs[j])) != bTag && labelPos(int(labs[j])) != uTag {
					j++
					if labelPos(int(labs[j-1])) == lTag {
						break
					}
				}
			}
			for k := i; k < j && k < len(keys); k++ {
				if x := keys[k]; x >= 0 && j-i > d.long[x].n {
					d.long[x] = longSpan{n: j - i, typ: uint8(labelType(int(labs[i]))), pos: uint8(labelPos(int(labs[k])))}
				}
			}
			i = j
		}
	}
	f.stk = d
}

// stackType is the index in stackDoc.counts of label l.
func stackType(l uint8) int {
	if l == 0 {
		return 0
	}
	return labelType(int(l)) + 1
}

// stackFeats appends the second-stage features of token i of the
// sentence f.stkSent.
func (f *featurizer) stackFeats(out []uint32, i int) []uint32 {
	d, c := f.stk, f.scst
	labs := d.labels[f.stkSent]
	n := len(labs)
	nl := numLabels
	lab := func(k int) int {
		if k < 0 || k >= n {
			return nl
		}
		return int(labs[k])
	}
	if stackLocal {
		out = append(out, c.lab[0][lab(i-1)], c.lab[1][lab(i)], c.lab[2][lab(i+1)])
	}
	keys := d.keys[f.stkSent]
	if i >= len(keys) || keys[i] < 0 || i >= n {
		return out
	}
	x := keys[i]
	cnt := d.counts[x]
	ot := stackType(labs[i])
	cnt[ot]--
	nt := len(Types)
	total, maj := 0, 0
	for t := range cnt[:nt+1] {
		total += int(cnt[t])
		if cnt[t] > cnt[maj] {
			maj = t
		}
	}
	if total == 0 {
		out = append(out, c.alone)
	} else {
		u := 0
		if int(cnt[maj]) == total {
			u = 1
		}
		out = append(out, c.maj[maj*2+u])
		if stackLocal {
			out = append(out, c.own[ot*(maxStackTypes+1)+maj])
		}
		for t := 1; t <= nt; t++ {
			if cnt[t] > 0 {
				out = append(out, c.ever[t-1])
			}
		}
	}
	if l := d.long[x]; l.n > 0 {
		out = append(out, c.long[int(l.typ)*4+int(l.pos)])
	}
	return out
}

// stackLocal, a variable for experiments, keeps the features of the
// first stage's labels of the token and its neighbours; without them the
// second stage reads only the other mentions.
var stackLocal = true
