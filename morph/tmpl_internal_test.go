package morph

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/vistka/vistka/internal/shared"
)

func TestTemplateRoundTrip(t *testing.T) {
	tags := []string{"noun:inanim:f:v_rod", "noun:anim:p:v_naz:prop:lname", "adj:m:v_zna:rinanim:adjp:pasv:perf",
		"verb:rev:perf:past:p", "advp:imperf", "noun:inanim:m:v_zna:var", "adj:f:v_zna:pron:int:rel:def", "punct"}
	if p := shared.TestPath(t, "bruk", "train.tsv"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		seen := map[string]bool{}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if p := strings.Split(sc.Text(), "\t"); len(p) == 3 && !seen[p[2]] {
				seen[p[2]] = true
				tags = append(tags, p[2])
			}
		}
	}
	for _, tag := range tags {
		tmpl, lf, _ := splitTag(tag)
		if got := fillTemplate(tmpl, &lf); got != tag {
			t.Errorf("%s -> %q -> %s", tag, tmpl, got)
		}
	}
}
