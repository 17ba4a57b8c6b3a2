package vesum

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Line is one lemma line of a .lst file, with its continuation lines.
type Line struct {
	Pos     Position
	Parts   []Part // one, or several for a composite "Білгород /n20.a - Дністровський /n2adj1"
	Tags    string // tags for the whole line that follow its last part, e.g. ":bad:xp1"
	CS      []Comparative
	Comment string // text after "#", trimmed
}

// Part is one word of a line: a lemma with inflection flags
// ("Токаєв /n2adj2.<+m"), a word with explicit tags ("авеню noun:f:nv"),
// a form with its lemma and tags ("дивен дивний adj:m:v_naz/v_zna:short")
// or, inside a composite, a word that does not change ("на-Дону").
type Part struct {
	Word     string
	Lemma    string   // for "form lemma tags"; "" otherwise
	Flags    []string // inflection flags without the slash: "n20.a.<+"
	Tags     string   // explicit tags of an unflagged word, alternatives split by "|"
	Extra    string   // ":tag:tag" after the flags
	Override string   // "^noun:m": the part of speech and gender to force
	Gender   string   // "g=fp": keep only these genders
	Person   string   // "p=3": keep only some verb forms
	Only     string   // "tag=:impr|:inf": keep only forms with one of these tags
	Opts     []string // other options, e.g. "!u-u"
	Notes    []string // slips read past: a flag with a trailing dot, tags glued to a flag, stray words
}

// Comparative is a "+cs=word :tags" continuation of an adjective or adverb.
type Comparative struct {
	Word string
	Tags string
}

// ParseLine parses one logical line (continuations already joined with
// "\n"). It returns nil, nil for a blank or comment line.
func ParseLine(pos Position, text string) (*Line, error) {
	if !utf8.ValidString(text) {
		return nil, fmt.Errorf("not valid UTF-8")
	}
	physical := strings.Split(text, "\n")
	ln := &Line{Pos: pos}
	main, comment := cutComment(physical[0])
	ln.Comment = comment
	main = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(main), "\\"))
	for _, cont := range physical[1:] {
		c, _ := cutComment(cont)
		c = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(c), "\\"))
		if c == "" {
			continue
		}
		if !strings.HasPrefix(c, "+cs=") {
			return nil, fmt.Errorf("continuation line %q does not start with +cs=", c)
		}
		f := strings.Fields(c)
		cs := Comparative{Word: strings.TrimPrefix(f[0], "+cs=")}
		if cs.Word == "" {
			return nil, fmt.Errorf("empty +cs=")
		}
		for _, x := range f[1:] {
			if !strings.HasPrefix(x, ":") {
				return nil, fmt.Errorf("unexpected %q after +cs=", x)
			}
			cs.Tags += x
		}
		ln.CS = append(ln.CS, cs)
	}
	if main == "" {
		if len(ln.CS) > 0 {
			return nil, fmt.Errorf("+cs= without a lemma")
		}
		return nil, nil
	}
	chunks := splitComposite(main)
	for i, ch := range chunks {
		p, lineTags, err := parsePart(ch, len(chunks) > 1)
		if err != nil {
			return nil, err
		}
		if lineTags != "" {
			if i != len(chunks)-1 || len(chunks) == 1 {
				p.Extra += lineTags
			} else {
				ln.Tags += lineTags
			}
		}
		ln.Parts = append(ln.Parts, p)
	}
	if len(ln.Parts) == 1 {
		// The extra tags of a single word belong to the word.
		ln.Parts[0].Extra += ln.Tags
		ln.Tags = ""
	}
	return ln, nil
}

// cutComment splits off a "# comment".
func cutComment(s string) (text, comment string) {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		return s[:i], strings.TrimSpace(s[i+1:])
	}
	return s, ""
}

// splitComposite splits "a /x - b /y" at the free-standing dashes.
func splitComposite(s string) []string {
	f := strings.Fields(s)
	var out []string
	start := 0
	for i, t := range f {
		if t == "-" && i > start && i < len(f)-1 {
			out = append(out, strings.Join(f[start:i], " "))
			start = i + 1
		}
	}
	return append(out, strings.Join(f[start:], " "))
}

// parsePart parses one word with its flags and options. In a composite a
// trailing ":tags" run belongs to the whole line; it is returned apart.
func parsePart(s string, composite bool) (Part, string, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return Part{}, "", fmt.Errorf("empty part")
	}
	p := Part{Word: f[0]}
	if strings.ContainsAny(p.Word, "/:^|") && !strings.HasPrefix(p.Word, "/") {
		// Words never hold these; a slip like "word/n20" is reported.
		if strings.Contains(p.Word, "/") {
			return p, "", fmt.Errorf("flag glued to word %q", p.Word)
		}
	}
	if strings.HasPrefix(p.Word, "/") || strings.HasPrefix(p.Word, "+cs=") {
		return p, "", fmt.Errorf("line starts with %q, not a word", p.Word)
	}
	var lineTags string
	plain := []string{}
	for _, t := range f[1:] {
		switch {
		case strings.HasPrefix(t, "/"):
			if len(t) == 1 {
				return p, "", fmt.Errorf("empty flag")
			}
			fl := t[1:]
			if i := strings.IndexByte(fl, ':'); i > 0 {
				// "/n20.a.<+:up19": tags glued to the flag.
				p.Notes = append(p.Notes, fmt.Sprintf("tags glued to flag %q", t))
				lineTags += fl[i:]
				fl = fl[:i]
			}
			if strings.HasSuffix(fl, ".") {
				p.Notes = append(p.Notes, fmt.Sprintf("trailing dot in flag %q", t))
				fl = strings.TrimRight(fl, ".")
			}
			if fl == "" {
				return p, "", fmt.Errorf("empty flag %q", t)
			}
			p.Flags = append(p.Flags, fl)
		case strings.HasPrefix(t, "^"):
			p.Override = t[1:]
		case strings.HasPrefix(t, "g="):
			p.Gender = t[2:]
		case strings.HasPrefix(t, "p="):
			p.Person = t[2:]
		case strings.HasPrefix(t, "tag="):
			p.Only = t[4:]
		case strings.HasPrefix(t, "!"):
			p.Opts = append(p.Opts, t)
		case strings.HasPrefix(t, ":"):
			lineTags += t
		default:
			plain = append(plain, t)
		}
	}
	if len(p.Flags) > 0 && len(plain) > 0 {
		// A stray word after the flags ("Багатківці /np2 [b]").
		p.Notes = append(p.Notes, fmt.Sprintf("ignored %q after the flags", strings.Join(plain, " ")))
		plain = nil
	}
	switch len(plain) {
	case 0:
	case 1:
		p.Tags = plain[0]
	case 2:
		p.Lemma, p.Tags = plain[0], plain[1]
	default:
		return p, "", fmt.Errorf("too many words: %q", s)
	}
	if p.Tags != "" && lineTags != "" && !composite {
		// "годен годний adj:m:v_naz:short :coll" style: all one tag set.
		p.Tags += lineTags
		lineTags = ""
	}
	return p, lineTags, nil
}
