package pipeline

import (
	"fmt"
	"strings"
	"sync"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/models"
	"github.com/vistka/vistka/morph"
	"github.com/vistka/vistka/ner"
	"github.com/vistka/vistka/tag"
)

var (
	loadOnce sync.Once
	loaded   *Pipeline
	loadErr  error
	core     *TextCore
	coreErr  error
	coreOnce sync.Once
)

// TextCore is the lexicon and the tagger: what analyze needs.
type TextCore struct {
	Lexicon *morph.Lexicon
	Model   *tag.Model
	adapter tag.Lexicon
}

// TagSentence fills the lemma and tag of every token of s.
func (c *TextCore) TagSentence(s *vistka.Sentence) { c.Model.Tag(s.Tokens, c.adapter) }

// LoadTagger opens the embedded lexicon and tagger once.
func LoadTagger() (*TextCore, error) {
	coreOnce.Do(func() {
		lb, err := models.Bytes(models.Lexicon)
		if err != nil {
			coreErr = err
			return
		}
		lex, err := morph.Open(lb)
		if err != nil {
			coreErr = fmt.Errorf("open lexicon: %w", err)
			return
		}
		tb, err := models.Bytes(models.Tagger)
		if err != nil {
			coreErr = err
			return
		}
		m, err := tag.Open(tb)
		if err != nil {
			coreErr = fmt.Errorf("open tagger: %w", err)
			return
		}
		core = &TextCore{Lexicon: lex, Model: m, adapter: tag.NewMorphLexicon(lex, 0)}
	})
	return core, coreErr
}

// Load opens every embedded model once and returns the pipeline.
func Load() (*Pipeline, error) {
	loadOnce.Do(func() {
		c, err := LoadTagger()
		if err != nil {
			loadErr = err
			return
		}
		nb, err := models.Bytes(models.NER)
		if err != nil {
			loadErr = err
			return
		}
		nm, err := ner.Open(nb)
		if err != nil {
			loadErr = fmt.Errorf("open ner model: %w", err)
			return
		}
		rec := ner.New(nm, NERLexicon(c.Lexicon))
		loaded = New(c, rec, countryAliases())
	})
	return loaded, loadErr
}

// NERLexicon gives the entity tagger's base-form code the lexicon's
// analyses (guesses for unknown words) and its generator.
func NERLexicon(lex *morph.Lexicon) ner.Lexicon {
	return ner.LexiconFuncs{
		Analyses: func(form string) []ner.Reading {
			var out []ner.Reading
			as := lex.Lookup(form)
			if len(as) == 0 {
				for _, g := range lex.Guess(form, 8) {
					out = append(out, ner.Reading{Lemma: g.Lemma, Tag: g.Tag})
				}
				return out
			}
			for _, a := range as {
				out = append(out, ner.Reading{Lemma: a.Lemma, Tag: a.Tag})
			}
			return out
		},
		Forms: lex.Inflect,
	}
}

// aliasTable maps the lower-cased names of countries to their ISO code:
// short, common and official names, and the leading words of official
// names (Сполучені Штати for Сполучені Штати Америки) when they name one
// country only.
type aliasTable map[string]string

func (t aliasTable) Canonical(name string) (string, bool) {
	k, ok := t[strings.ToLower(name)]
	return k, ok
}

func countryAliases() aliasTable {
	t := aliasTable{}
	ambiguous := map[string]bool{}
	add := func(name, code string) {
		k := strings.ToLower(name)
		if k == "" || ambiguous[k] {
			return
		}
		if old, ok := t[k]; ok && old != code {
			delete(t, k)
			ambiguous[k] = true
			return
		}
		t[k] = code
	}
	for _, c := range gazetteer.Countries() {
		for _, n := range []string{c.Name, c.Common, c.Official} {
			add(n, c.Alpha3)
			words := strings.Fields(n)
			for i := 2; i < len(words); i++ {
				add(strings.Join(words[:i], " "), c.Alpha3)
			}
		}
	}
	return t
}

// TagLexicon adapts a morph lexicon to the tagger: dictionary analyses, and
// guesses for words it does not know.
func TagLexicon(lex *morph.Lexicon) tag.Guesser { return tag.NewMorphLexicon(lex, 0) }
