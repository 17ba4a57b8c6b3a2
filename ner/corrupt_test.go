package ner_test

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/vistka/vistka/ner"
)

// TestOpenCorruptBytes flips bytes of a model: Open either refuses it or
// gives a model that finds without panicking.
func TestOpenCorruptBytes(t *testing.T) {
	var b bytes.Buffer
	trainTiny(t).WriteTo(&b)
	good := b.Bytes()
	rng := rand.New(rand.NewPCG(1, 2))
	sents := ner.SimpleTokenize("Президент Касим-Жомарт Токаєв в Астані «Укртрансгаз» 7,08 млн грн .")
	for range 300 {
		data := bytes.Clone(good)
		for range 1 + rng.IntN(8) {
			data[rng.IntN(len(data))] ^= byte(1 + rng.IntN(255))
		}
		if m, err := ner.Open(data); err == nil {
			m.Find(sents)
		}
	}
}
