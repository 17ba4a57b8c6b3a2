//go:build ignore

// Gen trains the tagger on BRUK and writes the model file:
//
//	cd tag && go run gen.go -o ../models/uk-tagger.bin
//
// It reads ../shared/data/bruk/train.tsv (or $VISTKA_SHARED_DATA), trains
// on the documents outside the dev split and prints the dev scores. With
// -lexicon it takes the candidates of words from that lexicon file of
// package morph (../models/uk-lexicon.bin), otherwise from a lexicon made
// of the training documents. The same data gives the same bytes.
package main

import (
	"context"
	"flag"
	"log"
	"os"

	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/morph"
	"github.com/vistka/vistka/tag"
)

func main() {
	out := flag.String("o", "../models/uk-tagger.bin", "model file to write")
	epochs := flag.Int("epochs", 0, "training epochs (0: default)")
	weights := flag.Int("weights", 0, "weights to keep (0: default)")
	guessRare := flag.Int("guessrare", 0, "guess forms seen at most this often in training (0: default, -1: never)")
	lexPath := flag.String("lexicon", "", "lexicon file of package morph (default: one made of the training data)")
	flag.Parse()
	var lex tag.Lexicon
	if *lexPath != "" {
		l, err := morph.OpenFile(*lexPath)
		if err != nil {
			log.Fatal(err)
		}
		lex = tag.NewMorphLexicon(l, 0)
	}
	path, err := shared.Path("bruk", "train.tsv")
	if err != nil {
		log.Fatal(err)
	}
	cfg := tag.TrainConfig{Epochs: *epochs, MaxWeights: *weights, GuessRare: *guessRare, Log: os.Stderr}
	data, met, err := tag.TrainBRUK(context.Background(), path, lex, cfg)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d bytes; dev %s", *out, len(data), met)
}
