package ner

import (
	"testing"

	"github.com/vistka/vistka/brat"
	"github.com/vistka/vistka/internal/shared"
)

func TestAlignmentTokenize(t *testing.T) {
	docs, err := brat.ReadDir(shared.TestPath(t, "ner-uk", "train"))
	if err != nil {
		t.Fatal(err)
	}
	total, bad, nt := 0, 0, 0
	for _, d := range docs {
		spans := Outermost(Spans(d))
		total += len(spans)
		text := []rune(d.Text)
		for _, s := range Sentences(d.Text) {
			nt += len(s.Tokens)
			labels := make([]uint8, len(s.Tokens))
			m := encode(&s, spans, labels)
			if m > 0 && testing.Verbose() {
				for _, sp := range spans {
					if sp.Start < s.REnd && sp.End > s.RStart {
						ok := false
						for _, x := range decode(&s, text, labels, nil) {
							if x.Start == sp.Start && x.End == sp.End {
								ok = true
							}
						}
						if !ok {
							t.Logf("%s %s %q", d.ID, sp.Type, sp.Text)
						}
					}
				}
			}
			bad += m
		}
	}
	t.Logf("%d tokens; %d of %d outermost spans misaligned", nt, bad, total)
	if bad*100 > total {
		t.Errorf("%d of %d spans misaligned", bad, total)
	}
}
