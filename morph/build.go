package morph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/vistka/vistka/vesum"
)

// minCorpusShare is the smallest share of a form's corpus tokens that
// one of its readings needs to enter the lexicon.
const minCorpusShare = 0.01

// FileName is the name Build gives the lexicon file.
const FileName = "uk-lexicon.bin"

// BuildConfig says what a lexicon is built from. Every path is optional;
// a lexicon needs at least one source.
type BuildConfig struct {
	// BRUK is the tagged corpus (bruk/train.tsv). Its development
	// documents (bruk.IsDev) are left out of everything.
	BRUK string
	// VESUMDict and VESUMAffix are VESUM's lemma lists and inflection
	// groups; every list except invalid*.lst is used.
	VESUMDict, VESUMAffix string
	// SemNoun is VESUM's sem/noun.csv: the animacy of nouns that no
	// tagged source shows.
	SemNoun string
	// HunspellAff and HunspellDic are a hunspell dictionary
	// (/usr/share/hunspell/uk_UA.{aff,dic}): forms and lemmas whose tags
	// are inferred from the tagged sources.
	HunspellAff, HunspellDic string
	// Sources are more tagged sources, merged like BRUK.
	Sources []Source

	Infer InferConfig
	Guess GuessConfig

	// OutDir is where Build writes FileName.
	OutDir string
	// Log, if not nil, receives progress lines.
	Log io.Writer
	// Version is stored in the file's metadata.
	Version string
}

// BuildInfo describes a built lexicon.
type BuildInfo struct {
	Path     string
	Size     int
	Triples  int // (form, lemma, tag) analyses
	Inferred int // of which only hunspell inference gave
	Summary  string
	Duration time.Duration
}

// Build builds the lexicon and writes it to cfg.OutDir/FileName. The
// same inputs give the same bytes.
//
// The command that rebuilds the shipped model (see `vistka train morph`):
//
//	morph.Build(ctx, morph.BuildConfig{
//		BRUK:        "../shared/data/bruk/train.tsv",
//		VESUMDict:   "../shared/data/vesum/dict",
//		VESUMAffix:  "../shared/data/vesum/affix",
//		SemNoun:     "../shared/data/vesum/sem/noun.csv",
//		HunspellAff: "/usr/share/hunspell/uk_UA.aff",
//		HunspellDic: "/usr/share/hunspell/uk_UA.dic",
//		OutDir:      "models",
//	})
func Build(ctx context.Context, cfg BuildConfig) (*BuildInfo, error) {
	start := time.Now()
	data, info, err := BuildBytes(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if cfg.OutDir == "" {
		return nil, errors.New("morph: BuildConfig.OutDir is empty")
	}
	if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
		return nil, err
	}
	info.Path = filepath.Join(cfg.OutDir, FileName)
	tmp := info.Path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, info.Path); err != nil {
		return nil, err
	}
	info.Duration = time.Since(start)
	return info, nil
}

// BuildBytes builds the lexicon file in memory.
func BuildBytes(ctx context.Context, cfg BuildConfig) ([]byte, *BuildInfo, error) {
	start := time.Now()
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, "morph: %6.1fs "+format+"\n", append([]any{time.Since(start).Seconds()}, args...)...)
		}
	}
	c := newCollection()
	tagged := map[string][]tagRef{}
	dictHas := map[[3]string]bool{} // (form, lemma, pos) a dictionary gives
	seen := map[Entry]bool{}
	shapes := shapeStats{}
	addTriple := func(e Entry, src uint8) {
		if src == srcDict {
			dictHas[[3]string{e.Form, e.Lemma, tagPOS(e.Tag)}] = true
		}
		c.add(e, src)
		if !seen[e] {
			seen[e] = true
			tagged[e.Form] = append(tagged[e.Form], tagRef{c.intern(e.Lemma), c.intern(e.Tag)})
		}
	}
	// Corpus tokens are counted first: a reading that makes less than
	// minCorpusShare of a form's tokens is an annotation slip or too rare
	// to offer (на as unclass).
	corpus := map[Entry]int{}
	formTokens := map[string]int{}
	addCorpus := func(e Entry) error {
		if len(corpus)%65536 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		shapes.add(e.Form, NormApostrophe(e.Lemma), e.Tag)
		e, ok := normEntry(e)
		if !ok {
			return nil
		}
		corpus[e]++
		formTokens[e.Form]++
		return nil
	}
	var sources []string
	if cfg.BRUK != "" {
		if err := BRUKSource(cfg.BRUK)(addCorpus); err != nil {
			return nil, nil, err
		}
		sources = append(sources, "BRUK train (dev documents excluded)")
	}
	for i, s := range cfg.Sources {
		if err := s(addCorpus); err != nil {
			return nil, nil, fmt.Errorf("morph: source %d: %w", i, err)
		}
	}
	corpusEntries := make([]Entry, 0, len(corpus))
	for e, n := range corpus {
		if float64(n) >= minCorpusShare*float64(formTokens[e.Form]) {
			corpusEntries = append(corpusEntries, e)
		}
	}
	slices.SortFunc(corpusEntries, func(a, b Entry) int {
		return cmp.Or(strings.Compare(a.Form, b.Form), strings.Compare(a.Lemma, b.Lemma), strings.Compare(a.Tag, b.Tag))
	})
	for _, e := range corpusEntries {
		addTriple(e, srcCorpus)
	}
	logf("corpus: %d analyses of %d (%d dropped as rare readings of frequent forms)", len(corpusEntries), len(corpus), len(corpus)-len(corpusEntries))
	corpus, formTokens, corpusEntries = nil, nil, nil
	if cfg.VESUMDict != "" {
		n := len(c.triples)
		k := 0
		err := vesum.ExpandDir(cfg.VESUMDict, cfg.VESUMAffix, func(ve vesum.Entry) error {
			if k++; k%65536 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			if e, ok := normEntry(Entry{ve.Form, ve.Lemma, ve.Tags}); ok {
				addTriple(e, srcDict)
			}
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("morph: vesum: %w", err)
		}
		sources = append(sources, "VESUM lists")
		logf("VESUM: %d analyses", len(c.triples)-n)
	}
	seen = nil
	inferred := 0
	if cfg.HunspellDic != "" {
		entries, err := loadHunspell(ctx, cfg.HunspellAff, cfg.HunspellDic)
		if err != nil {
			return nil, nil, fmt.Errorf("morph: hunspell: %w", err)
		}
		logf("hunspell: %d entries", len(entries))
		var anim map[string]bool
		if cfg.SemNoun != "" {
			if anim, err = readAnimacy(cfg.SemNoun); err != nil {
				return nil, nil, fmt.Errorf("morph: %w", err)
			}
		}
		in := newInferrer(cfg.Infer, tagged, anim)
		in.learn(entries)
		logf("inference: %d statistics keys, %d lemmas with evidence", len(in.stats), len(in.lf))
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		skip := func(form, lemma, pos string) bool { return dictHas[[3]string{form, lemma, pos}] }
		in.infer(entries, skip, func(form, lemma, tag string) {
			c.add(Entry{form, lemma, tag}, srcInferred)
		})
		sources = append(sources, "hunspell-uk (tags inferred)")
	}
	tagged, dictHas = nil, nil
	c.finish()
	for _, t := range c.triples {
		if t.src == srcInferred {
			inferred++
		}
	}
	if len(c.triples) == 0 {
		return nil, nil, errors.New("morph: no analyses: give BuildConfig at least one source")
	}
	logf("merged: %d analyses (%d inferred only)", len(c.triples), inferred)
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	shapeTab := shapes.encode()
	var extraTags []string
	for line := range strings.SplitSeq(string(shapeTab), "\n") {
		if f := strings.Split(line, "\t"); len(f) == 4 {
			extraTags = append(extraTags, f[2])
		}
	}
	enc, err := newEncoder(c.triples, extraTags)
	if err != nil {
		return nil, nil, err
	}
	logf("encoded: %s", enc.describe())
	guess, slotBits, err := enc.buildGuesser(cfg.Guess)
	if err != nil {
		return nil, nil, err
	}
	logf("guesser built")
	cfg.Guess.defaults()
	meta := []string{
		"format=vistka lexicon 1",
		"version=" + cfg.Version,
		"sources=" + strings.Join(sources, "; "),
		"licence=CC BY-NC-SA 4.0 (VESUM, BRUK); hunspell-uk forms under MPL-1.1",
		fmt.Sprintf("analyses=%d", len(c.triples)),
		"summary=" + enc.describe(),
	}
	slices.Sort(meta)
	params := make([]uint32, numParams)
	params[paramTagBits] = uint32(enc.tagBits)
	params[paramMaxEnd] = uint32(enc.maxEnd)
	params[paramParaBytes] = uint32(enc.paraBytes())
	params[paramGuessMaxSuffix] = uint32(cfg.Guess.MaxSuffix) | uint32(cfg.Guess.MinStem)<<8 | uint32(slotBits)<<16
	secs := enc.sections(strings.Join(meta, "\n") + "\n")
	secs = append(secs, section{secParams, appendU32s(nil, params...)})
	secs = append(secs, guess...)
	secs = append(secs, section{secShapes, shapeTab})
	slices.SortFunc(secs, func(a, b section) int { return int(a.id) - int(b.id) })
	data := writeFile(secs)
	var sizes []string
	for _, s := range secs {
		sizes = append(sizes, fmt.Sprintf("%d:%dK", s.id, len(s.data)>>10))
	}
	logf("file: %d bytes (sections %s)", len(data), strings.Join(sizes, " "))
	return data, &BuildInfo{Size: len(data), Triples: len(c.triples), Inferred: inferred, Summary: enc.describe(), Duration: time.Since(start)}, nil
}
