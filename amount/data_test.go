package amount_test

import (
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/vistka/vistka/amount"
	"github.com/vistka/vistka/internal/shared"
)

// TestNERUKDev scores Find against the money (MON) and percent (PCT) spans
// of the NER-UK documents in our dev split (a fifth of the shared training
// documents, chosen by a hash of the ID): recall is the share of gold spans
// that an amount overlaps, precision the share of amounts that overlap a
// MON, PCT or QUANT span.
func TestNERUKDev(t *testing.T) {
	dir := shared.TestPath(t, "ner-uk", "train")
	anns, err := filepath.Glob(filepath.Join(dir, "*", "*.ann"))
	if err != nil || len(anns) == 0 {
		t.Skipf("no NER-UK documents in %s", dir)
	}
	var gold, hit, found, good, docs int
	for _, ann := range anns {
		id := strings.TrimSuffix(strings.TrimPrefix(ann, dir+string(filepath.Separator)), ".ann")
		h := fnv.New32a()
		h.Write([]byte(id))
		if h.Sum32()%5 != 0 {
			continue
		}
		docs++
		text, err := os.ReadFile(strings.TrimSuffix(ann, ".ann") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(ann)
		if err != nil {
			t.Fatal(err)
		}
		type span struct {
			typ        string
			start, end int
		}
		var spans []span
		for _, line := range strings.Split(string(raw), "\n") {
			f := strings.Split(line, "\t")
			if len(f) < 5 {
				continue
			}
			s, err1 := strconv.Atoi(f[2])
			e, err2 := strconv.Atoi(f[3])
			if err1 == nil && err2 == nil {
				spans = append(spans, span{f[1], s, e})
			}
		}
		got := amount.Find(string(text))
		check(t, string(text), got)
		for _, s := range spans {
			if s.typ != "MON" && s.typ != "PCT" {
				continue
			}
			gold++
			for _, a := range got {
				if a.Start < s.end && s.start < a.End {
					hit++
					break
				}
			}
		}
		for _, a := range got {
			found++
			for _, s := range spans {
				if (s.typ == "MON" || s.typ == "PCT" || s.typ == "QUANT") && a.Start < s.end && s.start < a.End {
					good++
					break
				}
			}
		}
	}
	if gold == 0 || found == 0 {
		t.Fatalf("dev split: %d documents, %d gold spans, %d amounts", docs, gold, found)
	}
	recall, precision := float64(hit)/float64(gold), float64(good)/float64(found)
	t.Logf("NER-UK dev: %d documents, MON+PCT recall %.3f (%d/%d), precision vs MON+PCT+QUANT %.3f (%d/%d)",
		docs, recall, hit, gold, precision, good, found)
	if recall < 0.95 {
		t.Errorf("recall %.3f under the floor 0.95", recall)
	}
	if precision < 0.80 {
		t.Errorf("precision %.3f under the floor 0.80", precision)
	}
}
