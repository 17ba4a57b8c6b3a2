package source

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vistka/vistka/internal/shared"
)

// TestOutletGate compares outletAt with its test of the first word and
// without it for every span of up to maxOutletWords+1 tokens (and the
// empty and reversed ones the callers may ask for) over the NER-UK texts
// and texts that name outlets in all their forms.
func TestOutletGate(t *testing.T) {
	texts := []string{
		"Як повідомляє Українська правда, з посиланням на «Українську правду» та УП. Передає Укрінформ, пише BBC News Україна.",
		"Про це пише Deutsche Welle; за даними Associated Press і Франс-Прес, повідомляє Бі-Бі-Сі. Сі-Ен-Ен цитує ЗМІ.",
		"Радіо Свобода, Громадське радіо — Zakon.kz. 24tv.ua: Цензор.НЕТ, РБК-Україна, «Дзеркало тижня».",
	}
	for form := range outlets {
		texts = append(texts, "За даними "+form+", "+form+" повідомляє.")
	}
	root := shared.TestPath(t, "ner-uk", "train")
	for _, dir := range []string{"ng", "bruk"} {
		files, _ := filepath.Glob(filepath.Join(root, dir, "*.txt"))
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if outlets[""] != nil {
		t.Fatal("an empty form of outlets")
	}
	defer func() { gates = true }()
	found := 0
	for _, text := range texts {
		f := finder{text: text, toks: lex(text)}
		for from := -1; from <= len(f.toks)+1; from++ {
			for to := from - 1; to <= from+maxOutletWords+1; to++ {
				gates = true
				gated := f.outletAt(from, to)
				gates = false
				plain := f.outletAt(from, to)
				if gated != plain {
					t.Fatalf("outletAt(%d, %d) in %.40q: %v with the gate, %v without", from, to, text, gated, plain)
				}
				if plain != nil {
					found++
				}
			}
		}
	}
	if found < 2*len(outlets) {
		t.Errorf("only %d outlets found", found)
	}
	t.Logf("%d texts, %d outlets found", len(texts), found)
}
