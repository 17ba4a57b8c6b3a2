package date

import (
	"bufio"
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vistka/vistka/internal/shared"
)

// TestNERUKDev scores Find against the DATE spans of the NER-UK documents
// in our dev split (a fifth of the shared training documents, chosen by a
// hash of the ID). Recall is the share of gold DATE spans a date overlaps;
// precision the share of dates that overlap a DATE, TIME or PERIOD span.
// Bare years ("у 2016"), centuries and decades are not read, by design.
func TestNERUKDev(t *testing.T) {
	dir := shared.TestPath(t, "ner-uk", "train")
	anns, err := filepath.Glob(filepath.Join(dir, "*", "*.ann"))
	if err != nil || len(anns) == 0 {
		t.Skipf("no NER-UK documents in %s", dir)
	}
	pub := time.Date(2016, 6, 1, 0, 0, 0, 0, time.UTC)
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
		got := Find(string(text), pub)
		for _, s := range spans {
			if s.typ != "DATE" {
				continue
			}
			gold++
			for _, d := range got {
				if d.Start < s.end && s.start < d.End {
					hit++
					break
				}
			}
		}
		for _, d := range got {
			found++
			for _, s := range spans {
				if (s.typ == "DATE" || s.typ == "TIME" || s.typ == "PERIOD") && d.Start < s.end && s.start < d.End {
					good++
					break
				}
			}
		}
	}
	if gold == 0 || found == 0 {
		t.Fatalf("dev split: %d documents, %d gold spans, %d dates", docs, gold, found)
	}
	recall, precision := float64(hit)/float64(gold), float64(good)/float64(found)
	t.Logf("NER-UK dev: %d documents, DATE recall %.3f (%d/%d), precision vs DATE+TIME+PERIOD %.3f (%d/%d)",
		docs, recall, hit, gold, precision, good, found)
	if recall < 0.80 {
		t.Errorf("recall %.3f under the floor 0.80", recall)
	}
	if precision < 0.80 {
		t.Errorf("precision %.3f under the floor 0.80", precision)
	}
}

// TestSurfaceTenseBRUK scores the word-level guesses of SurfaceTense
// against the BRUK tags: how many of the words it calls past-tense verbs
// are tagged :past, and future ones :futr.
func TestSurfaceTenseBRUK(t *testing.T) {
	path := shared.TestPath(t, "bruk", "train.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var pastCalls, pastOK, goldPast, futCalls, futOK int
	apostrophes := strings.NewReplacer("’", "'", "ʼ", "'")
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 3 || strings.Contains(fields[2], "prop") {
			continue // names are capitalised and skipped in running text
		}
		w := strings.ToLower(apostrophes.Replace(fields[0]))
		isPast, isFut := strings.Contains(fields[2], ":past"), strings.Contains(fields[2], ":futr")
		if isPast {
			goldPast++
		}
		if pastVerb(w) {
			pastCalls++
			if isPast {
				pastOK++
			}
		}
		if futureVerb(w) {
			futCalls++
			if isFut {
				futOK++
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if pastCalls == 0 || futCalls == 0 || goldPast == 0 {
		t.Fatalf("no data: %d past calls, %d future calls", pastCalls, futCalls)
	}
	pastP, pastR := float64(pastOK)/float64(pastCalls), float64(pastOK)/float64(goldPast)
	futP := float64(futOK) / float64(futCalls)
	t.Logf("BRUK: past precision %.3f recall %.3f; future-form precision %.3f (%d words)", pastP, pastR, futP, futCalls)
	if pastP < 0.95 || pastR < 0.80 || futP < 0.90 {
		t.Errorf("under the floors (past P 0.95, R 0.80; future P 0.90)")
	}
}
