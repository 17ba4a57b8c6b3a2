package tag

import (
	"context"
	"fmt"
	"time"

	"github.com/vistka/vistka/bruk"
)

// DefaultMeta describes what the tagger is trained on; TrainBRUK stores
// it in the model, followed by "; lexicon: corpus" or "; lexicon: morph",
// unless the configuration says otherwise.
const DefaultMeta = "vistka morphological tagger; trained on the Brown Ukrainian Corpus (BRUK, " +
	"github.com/brown-uk/corpus commit 0665e89, data/disambig), the documents outside the dev split " +
	"(bruk.IsDev); licence of the training data: CC BY-NC-SA 4.0, by the BRUK team"

// TrainBRUK is the training command's entry point (vistka train morph):
// it reads the BRUK file at path, trains on the documents outside the dev
// split (bruk.IsDev) and scores the model on the dev documents. When lex
// is nil it trains and scores with a CorpusLexicon of the training
// documents. It returns the model file and the dev scores.
func TrainBRUK(ctx context.Context, path string, lex Lexicon, cfg TrainConfig) ([]byte, Metrics, error) {
	sents, err := bruk.ReadFile(path)
	if err != nil {
		return nil, Metrics{}, fmt.Errorf("read training data: %w", err)
	}
	train, dev := bruk.Split(sents)
	if len(train) == 0 {
		return nil, Metrics{}, fmt.Errorf("no training sentences in %s", path)
	}
	start := time.Now()
	if lex == nil {
		lex = NewCorpusLexicon(train)
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, "tag: corpus lexicon of %d forms (%v)\n", lex.(*CorpusLexicon).Len(), time.Since(start).Round(time.Millisecond))
		}
	}
	if cfg.Meta == "" {
		cfg.Meta = DefaultMeta + "; lexicon: " + LexiconName(lex)
	}
	data, err := TrainBytes(ctx, train, lex, cfg)
	if err != nil {
		return nil, Metrics{}, err
	}
	m, err := Open(data)
	if err != nil {
		return nil, Metrics{}, fmt.Errorf("open the trained model: %w", err)
	}
	met := Evaluate(m, dev, lex)
	if cfg.Log != nil {
		fmt.Fprintf(cfg.Log, "tag: dev %s\n", met)
	}
	return data, met, nil
}

// LexiconName names the kind of lexicon a model was trained with, as
// TrainBRUK records it in the model's Meta: "corpus", "morph" or "other".
// A model works best with the lexicon it was trained with.
func LexiconName(lex Lexicon) string {
	switch lex.(type) {
	case *CorpusLexicon:
		return "corpus"
	case *MorphLexicon:
		return "morph"
	}
	return "other"
}
