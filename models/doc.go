// Package models embeds vistka's trained models and compiled lexicons and
// gives them out by name. MANIFEST.json records, for each file, its
// version, size, SHA-256, the data it was built from with that data's
// licence, the command that rebuilds it and its dev-split scores; a test
// checks the checksums.
//
// Setting VISTKA_MODELS=DIR makes Bytes read DIR/NAME instead of the
// embedded copy, to try a freshly trained model without rebuilding.
//
// Rebuild everything with:
//
//	go run ./cmd/vistka train morph   # uk-lexicon.bin, uk-tagger.bin
//	go run ./cmd/vistka train ner     # uk-ner.bin
package models
