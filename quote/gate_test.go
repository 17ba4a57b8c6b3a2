package quote_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/pipeline"
	"github.com/vistka/vistka/quote"
)

// gateSentences hold one of each construction of indirect's loop, so that
// the comparison below sees them fire whatever the corpus holds.
var gateSentences = []string{
	"За словами Блінкена, співпраця триватиме. За його словами, війна скоро закінчиться.",
	"На думку експертів, ціни зростуть. На його думку, рішення було хибним.",
	"За орієнтовною оцінкою освітян, до школи прийдуть 400 дітей.",
	"За рішенням тендерної колегії АМКУ, учасник надав неправдиві відомості.",
	"Зі слів очевидців, вибух пролунав уночі. З його слів, машина їхала швидко.",
	"Сусіди скаржаться на шум, мовляв, ніхто не може спати.",
	"Згідно з даними поліції, водій був тверезий. Згідно з його висновком, будівля аварійна.",
	"Суд дійшов висновку, що договір недійсний. Слідчі зробили висновок, що пожежу спричинила проводка.",
	"Міністр виходив з того, що бюджет витримає. Мін'юст має на увазі те, що закон не діє.",
	"Зурабішвілі убачає у законі загрозу для країни.",
	"Зеленський: Україна не визнає окупацію",
	"Як повідомляє агентство, переговори відбудуться в Женеві. Зазначається, що делегації вже прибули.",
	"Прокуратура не довела, що посадовець брав хабар. Каже, до цього призвела сварка.",
}

// TestGates runs the pipeline over the NER-UK texts and the sentences
// above with indirect's skipping of quiet tokens and without it, and
// fails if any quote differs.
func TestGates(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts every NER-UK text twice")
	}
	root := shared.TestPath(t, "ner-uk", "train")
	var files []string
	for _, dir := range []string{"ng", "bruk"} {
		fs, _ := filepath.Glob(filepath.Join(root, dir, "*.txt"))
		files = append(files, fs...)
	}
	texts := gateSentences
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	p, err := pipeline.Load()
	if err != nil {
		t.Fatal(err)
	}
	defer quote.SetGates(true)
	n := 0
	for i, text := range texts {
		quote.SetGates(true)
		gated := p.Extract(text, time.Time{}).Quotes
		quote.SetGates(false)
		plain := p.Extract(text, time.Time{}).Quotes
		if !reflect.DeepEqual(gated, plain) {
			t.Errorf("text %d: quotes with gates %+v, without %+v", i, gated, plain)
		}
		n += len(plain)
	}
	if len(texts) < 300 || n < 200 {
		t.Errorf("only %d texts and %d quotes compared", len(texts), n)
	}
	t.Logf("%d texts, %d quotes compared", len(texts), n)
}
