package ner

import (
	"context"
	"fmt"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/brat"
	"github.com/vistka/vistka/cluster"
	"github.com/vistka/vistka/gazetteer"
)

// Licence is the licence of the training data, which binds the model.
const Licence = "NER-UK 2.0 by lang-uk (github.com/lang-uk/ner-uk), CC BY-NC-SA 4.0"

// TrainCorpus trains a model on the NER-UK folder dir (bruk/ and ng/ with
// ID.txt and ID.ann), holding out the development split (IsDev), and
// scores it on that split: the entry point of `vistka train ner`. The
// model's metadata names the data, its licence and the options.
func TrainCorpus(ctx context.Context, dir string, cfg TrainConfig) (*Model, Report, error) {
	docs, err := brat.ReadDir(dir)
	if err != nil {
		return nil, Report{}, vistka.Errorf(vistka.EINVALID, "%v", err)
	}
	var train, dev []brat.Document
	for _, d := range docs {
		if IsDev(d.ID) {
			dev = append(dev, d)
		} else {
			train = append(train, d)
		}
	}
	if len(train) == 0 {
		return nil, Report{}, vistka.Errorf(vistka.EINVALID, "no training documents in %s", dir)
	}
	if cfg.Meta == "" {
		var feats []string
		if cfg.Morph != nil {
			feats = append(feats, strings.TrimSpace("morphology "+cfg.MorphName))
		}
		if cfg.Gazetteer != nil {
			feats = append(feats, "gazetteer")
		}
		if cfg.Clusters != nil {
			feats = append(feats, "word classes ("+cluster.Licence+")")
		}
		algo := "averaged structured perceptron"
		if cfg.Runs > 1 {
			algo = fmt.Sprintf("mean of %d averaged structured perceptrons", cfg.Runs)
		}
		cfg.Meta = fmt.Sprintf("vistka entity tagger (%s, BILOU, Viterbi); "+
			"trained on %d documents of %s, development split (FNV-32a(ID)%%10==0, %d documents) held out; features: words, affixes, stems, shapes, quotes, document, prediction history%s",
			algo, len(train), Licence, len(dev), prefixed(", ", strings.Join(feats, ", ")))
	}
	m, err := Train(ctx, train, cfg)
	if err != nil {
		return nil, Report{}, err
	}
	r, err := Evaluate(ctx, m, dev, EvalConfig{Tokenize: cfg.Tokenize, Morph: cfg.Morph})
	return m, r, err
}

func prefixed(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

// Annotations turns spans into brat annotations T1, T2, … for writing
// with brat.Write.
func Annotations(spans []vistka.Span) []brat.Annotation {
	out := make([]brat.Annotation, len(spans))
	for i, s := range spans {
		out[i] = brat.Annotation{ID: fmt.Sprintf("T%d", i+1), Type: s.Type, Start: s.Start, End: s.End, Text: s.Text}
	}
	return out
}

// New returns the pipeline stage for model m: it gives the model the
// gazetteer when it was trained with one, and computes base forms with
// lex (nil for suffix rules alone) and the gazetteer's names. The tokens
// of the sentences it is given must carry Lemma and Tag from the same
// morphology the model was trained with when m.UsesMorphology().
func New(m *Model, lex Lexicon) Recognizer {
	g := gazetteer.Default()
	if m.UsesGazetteer() {
		m = m.WithGazetteer(g)
	}
	return Recognizer{Model: m.WithLemmatizer(Lemmatizer{Lex: lex, Known: g.KnownAs})}
}
