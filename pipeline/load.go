package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/hugepage"
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
		lb, err := modelBytes(models.Lexicon)
		if err != nil {
			coreErr = err
			return
		}
		lex, err := morph.Open(lb)
		if err != nil {
			coreErr = fmt.Errorf("open lexicon: %w", err)
			return
		}
		tb, err := modelBytes(models.Tagger)
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

// modelBytes returns model file name, the embedded copy read in place
// unless the heap is in huge pages (hugepage.Prime): then a copy there
// spares the lookups into the models the misses of the binary's 4 KB
// pages (BenchmarkExtractUnseen ~10% faster, 11 of 12 alternating runs).
func modelBytes(name string) ([]byte, error) {
	b, err := models.Bytes(name)
	if err == nil && hugepage.Primed() && os.Getenv(models.Env) == "" {
		b = bytes.Clone(b)
	}
	return b, err
}

// Load opens every embedded model once and returns the pipeline.
func Load() (*Pipeline, error) {
	loadOnce.Do(func() {
		c, err := LoadTagger()
		if err != nil {
			loadErr = err
			return
		}
		nb, err := modelBytes(models.NER)
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
	c := &readingCache{m: make(map[string][]ner.Reading, initReadings)}
	return ner.LexiconFuncs{
		Analyses: func(form string) []ner.Reading {
			if rs, ok := c.get(form); ok {
				return rs
			}
			key, rs := analyses(lex, form)
			c.put(key, rs)
			return rs
		},
		Forms: lex.Inflect,
	}
}

// maxReadings bounds the forms a readingCache holds; it starts afresh
// when full, with room for a quarter of them. initReadings is that room,
// which it starts with too: the forms of several hundred news texts,
// which a service reads in its first minutes, so that its map does not
// grow and rehash on the way there.
const (
	maxReadings  = 1 << 15
	initReadings = maxReadings / 4
)

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

// put remembers the readings of form. The strings of both must be the
// cache's own, not cut from a document, which the cache would keep.
func (c *readingCache) put(form string, rs []ner.Reading) {
	c.mu.Lock()
	if len(c.m) >= maxReadings {
		c.m = make(map[string][]ner.Reading, initReadings)
	}
	c.m[form] = rs
	c.mu.Unlock()
}

// analyses returns the lexicon's readings of form, or its guesses when it
// has none, and form. The form and the lemmas it returns are cut from one
// new string, which keeps nothing else alive: one allocation, not one a
// lemma, for a readingCache to keep.
func analyses(lex *morph.Lexicon, form string) (string, []ner.Reading) {
	var cbuf [32]morph.Cand
	var abuf [256]byte
	var sbuf [32]lemmaSpan
	arena := append(abuf[:0], form...)
	spans := sbuf[:0] // of the lemma of each reading in arena
	var out []ner.Reading
	if cs := lex.AppendLookup(cbuf[:0], form); len(cs) > 0 {
		out = make([]ner.Reading, len(cs))
		for i, c := range cs {
			if i > 0 && cs[i-1].Lexeme == c.Lexeme {
				// The forms of one lexeme come together: its lemma
				// is decoded once.
				spans = append(spans, spans[i-1])
			} else {
				from := len(arena)
				arena = lex.AppendLemma(arena, c.Lexeme)
				spans = append(spans, lemmaSpan{int32(from), int32(len(arena))})
			}
			out[i].Tag = lex.Tag(c.Tag)
		}
	} else {
		var gbuf [8]morph.Guess
		gs := lex.AppendGuess(gbuf[:0], form, 8)
		if len(gs) == 0 {
			return strings.Clone(form), nil
		}
		out = make([]ner.Reading, len(gs))
		for i, g := range gs {
			from := len(arena)
			arena = append(arena, g.Lemma...)
			spans = append(spans, lemmaSpan{int32(from), int32(len(arena))})
			out[i].Tag = g.Tag
		}
	}
	str := string(arena)
	for i, sp := range spans {
		out[i].Lemma = str[sp.from:sp.to]
	}
	return str[:len(form)], out
}

// lemmaSpan is where a lemma is in the string analyses builds.
type lemmaSpan struct{ from, to int32 }

// aliasTable maps the lower-cased names of countries to their ISO code:
// short, common and official names, and the leading words of official
// names (Сполучені Штати for Сполучені Штати Америки) when they name one
// country only.
type aliasTable map[string]string

func (t aliasTable) Canonical(name string) (string, bool) {
	// Lower-cased into a buffer on the stack (most names are short): the
	// map is read with string(b), which Go does without a copy.
	var buf [64]byte
	k, ok := t[string(scan.AppendLower(buf[:0], name))]
	if !ok {
		return regionKey(name)
	}
	return k, ok
}

// CanonicalLower is Canonical for a name whose lower case, low, the
// caller has made already (entity.Link has, for every name it files).
func (t aliasTable) CanonicalLower(name, low string) (string, bool) {
	if k, ok := t[low]; ok {
		return k, ok
	}
	return regionKey(name)
}

// regionKey returns one key for a region's official name and the name the
// news gives it by its centre: Харківська область and Харківщина,
// Вінницька область and Вінниччина, Курська область and Курщина. The key
// is the short name's, lower-cased, after a ~. A one-word name in -щина or
// -ччина counts only when the gazetteer knows it as a place (not the party
// Батьківщина).
func regionKey(name string) (string, bool) {
	const oblast = " область"
	short := ""
	switch adj, ok := strings.CutSuffix(name, oblast); {
	case ok && !strings.Contains(adj, " ") && strings.HasSuffix(adj, "цька"):
		short = strings.TrimSuffix(adj, "цька") + "ччина" // Вінницька: Вінниччина
	case ok && !strings.Contains(adj, " ") && strings.HasSuffix(adj, "ська"):
		short = strings.TrimSuffix(adj, "ська") + "щина" // Одеська: Одещина
	case !ok && !strings.Contains(name, " ") && (strings.HasSuffix(name, "щина") || strings.HasSuffix(name, "ччина")) &&
		gazetteer.Lookup(name)&gazetteer.Location != 0:
		short = name
	default:
		return "", false
	}
	return "~" + scan.ToLower(short), true
}

// Acronym returns the key of the country whose name of two words or more,
// each capitalised, an acronym spells (РФ for Російська Федерація), and
// false for an acronym no one such name or several spell.
func (t aliasTable) Acronym(short string) (string, bool) {
	var buf [64]byte
	k, ok := t[string(scan.AppendLower(append(buf[:0], acronymMark), short))]
	return k, ok
}

// acronymMark opens the keys of acronyms in an aliasTable: the table
// keeps them apart from names, so that no name is read as an acronym.
const acronymMark = '#'

// initialism returns the capitals of a name of two words or more, each
// capitalised (РФ for Російська Федерація), or "".
func initialism(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 || strings.ContainsAny(name, "-,") {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !scan.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

func countryAliases() aliasTable {
	t := aliasTable{}
	ambiguous := map[string]bool{}
	var add func(name, code string)
	add = func(name, code string) {
		k := scan.ToLower(name)
		if strings.Contains(k, "’") {
			// the text's apostrophe may be any of three (Об'єднані
			// Арабські Емірати): the lists write two
			add(strings.ReplaceAll(name, "’", "'"), code)
		}
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
			if a := initialism(n); a != "" && n != c.Official {
				// Of the short names only: the official ones, most
				// of them Республіка so-and-so, spell one another's.
				add(string(acronymMark)+a, c.Alpha3)
			}
			words := strings.Fields(n)
			for i := 2; i < len(words); i++ {
				add(strings.Join(words[:i], " "), c.Alpha3)
			}
		}
	}
	// The alliance the news calls by its descriptor once it has named
	// it (Генсек НАТО …; подякував Альянсу; саміт Альянсу): a capitalised
	// Альянс standing alone is NATO in Ukrainian news.
	for _, n := range []string{"НАТО", "Альянс", "Північноатлантичний альянс", "Організація Північноатлантичного договору"} {
		add(n, "#NATO")
	}
	// The short names the news gives a country once it has named it, or
	// alone (Америка, Британія, Емірати).
	for _, n := range []string{"Америка", "Штати", "Британія", "Емірати"} {
		code, _ := gazetteer.ShortName(n)
		add(n, code)
	}
	return t
}

// TagLexicon adapts a morph lexicon to the tagger: dictionary analyses, and
// guesses for words it does not know.
func TagLexicon(lex *morph.Lexicon) tag.Guesser { return tag.NewMorphLexicon(lex, 0) }
