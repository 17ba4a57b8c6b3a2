package morph

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/vistka/vistka/bruk"
	"github.com/vistka/vistka/hunspell"
)

// Entry is one tagged word form: a form, its lemma and its VESUM tag.
type Entry struct {
	Form, Lemma, Tag string
}

// Source streams tagged entries to fn and stops at the first error fn
// returns. The lexicon builder merges any number of them.
type Source func(fn func(Entry) error) error

// BRUKSource streams the tokens of the BRUK file at path that are not in
// the development split (bruk.IsDev). Punctuation and number tokens are
// passed on as they are; the builder decides what to keep.
func BRUKSource(path string) Source {
	return func(fn func(Entry) error) error {
		sents, err := bruk.ReadFile(path)
		if err != nil {
			return fmt.Errorf("bruk: %w", err)
		}
		for _, s := range sents {
			if bruk.IsDev(s.Doc) {
				continue
			}
			for _, t := range s.Tokens {
				if err := fn(Entry{t.Surface, t.Lemma, t.Tag}); err != nil {
					return err
				}
			}
		}
		return nil
	}
}

// hsEntry is one hunspell dictionary entry with the forms it expands to.
type hsEntry struct {
	lemma string
	flags string // the entry's flags as written, sorted
	forms []hsForm
	bare  bool // a family of flagless words joined under an analogue's flags (bare.go)
}

type hsForm struct {
	form string
	rule ruleKey
}

// ruleKey identifies the rules that made a form; the zero key is the base
// form.
type ruleKey struct {
	sfx, sfx2, pfx hunspell.RuleID
}

// loadHunspell parses and expands a hunspell dictionary.
func loadHunspell(ctx context.Context, affPath, dicPath string) ([]hsEntry, error) {
	af, err := os.Open(affPath)
	if err != nil {
		return nil, err
	}
	defer af.Close()
	aff, err := hunspell.ParseAff(af, affPath)
	if err != nil {
		return nil, err
	}
	df, err := os.Open(dicPath)
	if err != nil {
		return nil, err
	}
	defer df.Close()
	dic, err := hunspell.ParseDic(df, dicPath, aff)
	if err != nil {
		return nil, err
	}
	fams, taken := bareFamilies(aff, dic)
	out := make([]hsEntry, 0, len(dic))
	var fl strings.Builder
	for i := range dic {
		if i%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		e := &dic[i]
		var keep map[string]bool // the forms of a bare family
		if f := fams[i]; f != nil {
			e = &hunspell.Entry{Word: e.Word, Flags: f.flags, Line: e.Line}
			keep = map[string]bool{e.Word: true}
			for _, h := range f.hits {
				keep[h] = true
			}
		} else if taken[i] {
			continue
		}
		fl.Reset()
		for _, f := range e.Flags {
			fl.WriteString(f.Format(aff.FlagType))
		}
		he := hsEntry{lemma: NormApostrophe(e.Word), flags: fl.String(), bare: keep != nil}
		aff.Expand(e, func(f *hunspell.Form) {
			if keep == nil || keep[f.Word] {
				he.forms = append(he.forms, hsForm{NormApostrophe(f.Word), ruleKey{f.Suffix, f.Suffix2, f.Prefix}})
			}
		})
		out = append(out, he)
	}
	return out, nil
}
