package pipeline

import (
	"fmt"
	"strings"
	"sync"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
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
		// Build the gazetteer's index now rather than in the first
		// document's extraction.
		gazetteer.Lookup("")
		loaded = New(c, rec, countryAliases())
	})
	return loaded, loadErr
}

// NERLexicon gives the entity tagger's base-form code the lexicon's
// analyses (guesses for unknown words) and its generator.
func NERLexicon(lex *morph.Lexicon) ner.Lexicon {
	c := &readingCache{m: map[string][]ner.Reading{}}
	return ner.LexiconFuncs{
		Analyses: func(form string) []ner.Reading {
			if rs, ok := c.get(form); ok {
				return rs
			}
			rs := analyses(lex, form)
			c.put(form, rs)
			return rs
		},
		Forms: lex.Inflect,
	}
}

// maxReadings bounds the forms a readingCache holds; it starts afresh
// when full.
const maxReadings = 1 << 15

// readingCache remembers the readings of forms: the entity tagger asks
// for the same names again and again, and guessing an unknown word's
// readings is slow. It is safe for concurrent use; the slices it hands
// out are shared and must not be modified.
type readingCache struct {
	mu sync.RWMutex
	m  map[string][]ner.Reading
}

func (c *readingCache) get(form string) ([]ner.Reading, bool) {
	c.mu.RLock()
	rs, ok := c.m[form]
	c.mu.RUnlock()
	return rs, ok
}

func (c *readingCache) put(form string, rs []ner.Reading) {
	c.mu.Lock()
	if len(c.m) >= maxReadings {
		c.m = make(map[string][]ner.Reading, len(c.m)/4)
	}
	// Copies, so that the cache does not keep the document the form was
	// cut from.
	for i := range rs {
		rs[i].Lemma = strings.Clone(rs[i].Lemma)
	}
	c.m[strings.Clone(form)] = rs
	c.mu.Unlock()
}

// analyses returns the lexicon's readings of form, or its guesses when it
// has none.
func analyses(lex *morph.Lexicon, form string) []ner.Reading {
	as := lex.Lookup(form)
	if len(as) == 0 {
		gs := lex.Guess(form, 8)
		if len(gs) == 0 {
			return nil
		}
		out := make([]ner.Reading, len(gs))
		for i, g := range gs {
			out[i] = ner.Reading{Lemma: g.Lemma, Tag: g.Tag}
		}
		return out
	}
	out := make([]ner.Reading, len(as))
	for i, a := range as {
		out[i] = ner.Reading{Lemma: a.Lemma, Tag: a.Tag}
	}
	return out
}

// aliasTable maps the lower-cased names of countries to their ISO code:
// short, common and official names, and the leading words of official
// names (Сполучені Штати for Сполучені Штати Америки) when they name one
// country only.
type aliasTable map[string]string

func (t aliasTable) Canonical(name string) (string, bool) {
	k, ok := t[scan.ToLower(name)]
	return k, ok
}

func countryAliases() aliasTable {
	t := aliasTable{}
	ambiguous := map[string]bool{}
	add := func(name, code string) {
		k := scan.ToLower(name)
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
