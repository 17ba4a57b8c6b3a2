package hunspell

import (
	"slices"
	"strings"
)

// Form is one word form generated from a dictionary entry.
type Form struct {
	Word  string
	Entry *Entry // the entry; Entry.Word is the lemma

	// The rules that made the form; zero when not used. Suffix2 is a
	// continuation suffix applied on top of Suffix.
	Suffix, Suffix2, Prefix RuleID
}

// Base reports whether f is the entry's word itself.
func (f *Form) Base() bool { return f.Suffix.IsZero() && f.Prefix.IsZero() }

// Expand calls fn with every form entry e produces: the word itself
// (unless NEEDAFFIX or ONLYINCOMPOUND forbid it), each suffix, each
// suffix with its continuation suffixes, each prefix, and each cross
// product of a prefix and a suffix. A FORBIDDENWORD entry produces
// nothing. fn must not keep the *Form.
func (a *Aff) Expand(e *Entry, fn func(*Form)) {
	if e.Has(a.Forbidden) {
		return
	}
	f := Form{Entry: e}
	if !e.Has(a.NeedAffix) && !e.Has(a.OnlyInCompound) {
		f.Word = e.Word
		fn(&f)
	}
	type sfxForm struct {
		word   string
		id     RuleID
		circum bool
	}
	var sfx []sfxForm
	hasPfx := false
	if len(a.Prefixes) > 0 {
		for _, fl := range e.Flags {
			if _, ok := a.Prefixes[fl]; ok {
				hasPfx = true
			}
		}
	}
	for _, fl := range e.Flags {
		c, ok := a.Suffixes[fl]
		if !ok {
			continue
		}
		for i := range c.Rules {
			r := &c.Rules[i]
			w, ok := a.applySuffix(r, e.Word)
			if !ok {
				continue
			}
			needMore := a.NeedAffix != 0 && slices.Contains(r.Cont, a.NeedAffix)
			circum := a.Circumfix != 0 && slices.Contains(r.Cont, a.Circumfix)
			if !needMore && !circum {
				f = Form{Word: w, Entry: e, Suffix: r.ID}
				fn(&f)
			}
			for _, cf := range r.Cont {
				c2, ok := a.Suffixes[cf]
				if !ok {
					continue
				}
				for j := range c2.Rules {
					r2 := &c2.Rules[j]
					if w2, ok := a.applySuffix(r2, w); ok {
						f = Form{Word: w2, Entry: e, Suffix: r.ID, Suffix2: r2.ID}
						fn(&f)
					}
				}
			}
			if hasPfx && c.Cross {
				sfx = append(sfx, sfxForm{w, r.ID, circum})
			}
		}
	}
	if !hasPfx {
		return
	}
	for _, fl := range e.Flags {
		c, ok := a.Prefixes[fl]
		if !ok {
			continue
		}
		for i := range c.Rules {
			r := &c.Rules[i]
			circum := a.Circumfix != 0 && slices.Contains(r.Cont, a.Circumfix)
			if !circum {
				if w, ok := a.applyPrefix(r, e.Word); ok {
					f = Form{Word: w, Entry: e, Prefix: r.ID}
					fn(&f)
				}
			}
			if !c.Cross {
				continue
			}
			for _, s := range sfx {
				if s.circum != circum {
					continue
				}
				if w, ok := a.applyPrefix(r, s.word); ok {
					f = Form{Word: w, Entry: e, Prefix: r.ID, Suffix: s.id}
					fn(&f)
				}
			}
		}
	}
}

func (a *Aff) applySuffix(r *Rule, w string) (string, bool) {
	if len(w) < len(r.Strip) || (len(w) == len(r.Strip) && !a.FullStrip) {
		return "", false
	}
	if !strings.HasSuffix(w, r.Strip) || !r.cond.matchEnd(w) {
		return "", false
	}
	return w[:len(w)-len(r.Strip)] + r.Add, true
}

func (a *Aff) applyPrefix(r *Rule, w string) (string, bool) {
	if len(w) < len(r.Strip) || (len(w) == len(r.Strip) && !a.FullStrip) {
		return "", false
	}
	if !strings.HasPrefix(w, r.Strip) || !r.cond.matchStart(w) {
		return "", false
	}
	return r.Add + w[len(r.Strip):], true
}
