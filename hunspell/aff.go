package hunspell

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// FlagType is how flags are written in a dictionary (the FLAG directive).
type FlagType uint8

// Flag types.
const (
	FlagChar FlagType = iota // one byte a flag (the default)
	FlagUTF8                 // one UTF-8 character a flag
	FlagLong                 // two characters a flag
	FlagNum                  // decimal numbers separated by commas
)

// Flag is one affix or attribute flag. Zero is never a valid flag.
type Flag uint32

// flagLongShift packs the two characters of a long flag.
const flagLongShift = 21

// Format writes f as it appears in a dictionary of type t.
func (f Flag) Format(t FlagType) string {
	switch t {
	case FlagNum:
		return strconv.FormatUint(uint64(f), 10)
	case FlagLong:
		return string(rune(f>>flagLongShift)) + string(rune(f&(1<<flagLongShift-1)))
	case FlagChar:
		if f < utf8.RuneSelf {
			return string(rune(f))
		}
		return string([]byte{byte(f)})
	}
	return string(rune(f))
}

// RuleID names one affix rule: the flag of its class and its index in the
// class, counting from 0 in file order. The zero RuleID means "no rule".
type RuleID struct {
	Flag  Flag
	Index int32
}

// IsZero reports whether id names no rule.
func (id RuleID) IsZero() bool { return id.Flag == 0 }

// Rule is one affix rule (one SFX or PFX line after the class header).
type Rule struct {
	ID     RuleID
	Prefix bool
	Strip  string // removed from the word ("" for 0)
	Add    string // added to the word ("" for 0)
	Cont   []Flag // continuation flags of the affix
	Cond   string // the condition as written ("." for any)
	Morph  string // morphological fields, if any
	Line   int

	cond condition
}

// Class is an affix class: all the rules of one flag.
type Class struct {
	Flag   Flag
	Prefix bool
	Cross  bool // may combine with affixes of the other kind
	Rules  []Rule
	Line   int
}

// Aff is a parsed .aff file.
type Aff struct {
	Encoding string
	FlagType FlagType

	// Attribute flags; 0 when the directive is absent.
	NeedAffix      Flag
	Forbidden      Flag
	OnlyInCompound Flag
	Circumfix      Flag
	KeepCase       Flag
	FullStrip      bool

	Ignore string      // characters removed from words and affixes
	IConv  [][2]string // input conversion pairs
	OConv  [][2]string // output conversion pairs

	Prefixes map[Flag]*Class
	Suffixes map[Flag]*Class

	aliases [][]Flag // AF table, 1-based in dictionaries
}

// ParseAff reads an .aff file. name is used in error positions.
func ParseAff(r io.Reader, name string) (*Aff, error) {
	a := &Aff{
		Encoding: "ISO8859-1",
		Prefixes: map[Flag]*Class{},
		Suffixes: map[Flag]*Class{},
	}
	var errs ErrorList
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var (
		line     int
		cur      *Class // class whose rules are being read
		curWant  int    // rules still expected for cur
		curKw    string
		afWant   = -1
		fields   []string
		flagRefs []flagRef // attribute flags parsed before FLAG (rare)
	)
	for sc.Scan() {
		line++
		if len(errs) >= maxErrors {
			break
		}
		pos := Position{name, line}
		text := sc.Text()
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if !utf8.ValidString(text) {
			errs.add(pos, "invalid UTF-8")
			continue
		}
		fields = splitFields(fields[:0], text)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		kw := fields[0]
		if cur != nil && curWant > 0 {
			if kw != curKw {
				errs.add(pos, "%s class %s: expected %d more rules", curKw, cur.Flag.Format(a.FlagType), curWant)
				cur, curWant = nil, 0
			} else {
				if err := a.parseRule(cur, fields, line); err != "" {
					errs.add(pos, "%s", err)
				}
				curWant--
				continue
			}
		}
		switch kw {
		case "SET":
			if len(fields) < 2 {
				errs.add(pos, "SET: missing encoding")
				continue
			}
			a.Encoding = fields[1]
			if e := strings.ToUpper(fields[1]); e != "UTF-8" && e != "UTF8" {
				errs.add(pos, "SET %s: only UTF-8 dictionaries are supported", fields[1])
			}
		case "FLAG":
			if len(fields) < 2 {
				errs.add(pos, "FLAG: missing type")
				continue
			}
			switch strings.ToLower(fields[1]) {
			case "utf-8", "utf8":
				a.FlagType = FlagUTF8
			case "long":
				a.FlagType = FlagLong
			case "num":
				a.FlagType = FlagNum
			default:
				errs.add(pos, "FLAG: unknown type %q", fields[1])
			}
		case "NEEDAFFIX", "PSEUDOROOT", "FORBIDDENWORD", "ONLYINCOMPOUND", "CIRCUMFIX", "KEEPCASE":
			if len(fields) < 2 {
				errs.add(pos, "%s: missing flag", kw)
				continue
			}
			flagRefs = append(flagRefs, flagRef{kw, fields[1], pos})
		case "FULLSTRIP":
			a.FullStrip = true
		case "IGNORE":
			if len(fields) >= 2 {
				a.Ignore = fields[1]
			}
		case "ICONV", "OCONV":
			if len(fields) < 2 {
				errs.add(pos, "%s: missing argument", kw)
				continue
			}
			if len(fields) == 2 { // the count line
				if _, err := strconv.Atoi(fields[1]); err != nil {
					errs.add(pos, "%s: bad count %q", kw, fields[1])
				}
				continue
			}
			p := [2]string{fields[1], fields[2]}
			if kw == "ICONV" {
				a.IConv = append(a.IConv, p)
			} else {
				a.OConv = append(a.OConv, p)
			}
		case "AF":
			if len(fields) < 2 {
				errs.add(pos, "AF: missing argument")
				continue
			}
			if afWant < 0 {
				n, err := strconv.Atoi(fields[1])
				if err != nil || n < 0 {
					errs.add(pos, "AF: bad count %q", fields[1])
					continue
				}
				afWant = n
				continue
			}
			fl, err := a.parseFlagString(fields[1])
			if err != nil {
				errs.add(pos, "AF: %v", err)
				continue
			}
			a.aliases = append(a.aliases, fl)
		case "SFX", "PFX":
			if len(fields) < 4 {
				errs.add(pos, "%s: header needs flag, cross product and count", kw)
				continue
			}
			fl, err := a.parseFlagString(fields[1])
			if err != nil || len(fl) != 1 {
				errs.add(pos, "%s: bad flag %q", kw, fields[1])
				continue
			}
			n, err := strconv.Atoi(fields[3])
			if err != nil || n < 0 {
				errs.add(pos, "%s %s: bad rule count %q", kw, fields[1], fields[3])
				continue
			}
			if fields[2] != "Y" && fields[2] != "N" {
				errs.add(pos, "%s %s: cross product must be Y or N, not %q", kw, fields[1], fields[2])
				continue
			}
			m := a.Suffixes
			if kw == "PFX" {
				m = a.Prefixes
			}
			if old, ok := m[fl[0]]; ok {
				// Hunspell allows a class to continue in a second block.
				cur = old
			} else {
				cur = &Class{Flag: fl[0], Prefix: kw == "PFX", Cross: fields[2] == "Y", Line: line}
				m[fl[0]] = cur
			}
			curKw, curWant = kw, n
		}
	}
	if err := sc.Err(); err != nil {
		errs.add(Position{name, line + 1}, "read: %v", err)
	}
	if cur != nil && curWant > 0 && len(errs) < maxErrors {
		errs.add(Position{name, line}, "%s class %s: expected %d more rules at end of file", curKw, cur.Flag.Format(a.FlagType), curWant)
	}
	for _, r := range flagRefs {
		fl, err := a.parseFlagString(r.arg)
		if err != nil || len(fl) != 1 {
			errs.add(r.pos, "%s: bad flag %q", r.kw, r.arg)
			continue
		}
		switch r.kw {
		case "NEEDAFFIX", "PSEUDOROOT":
			a.NeedAffix = fl[0]
		case "FORBIDDENWORD":
			a.Forbidden = fl[0]
		case "ONLYINCOMPOUND":
			a.OnlyInCompound = fl[0]
		case "CIRCUMFIX":
			a.Circumfix = fl[0]
		case "KEEPCASE":
			a.KeepCase = fl[0]
		}
	}
	if a.Ignore != "" {
		a.applyIgnore()
	}
	return a, errs.Err()
}

type flagRef struct {
	kw, arg string
	pos     Position
}

// splitFields splits s at spaces and tabs, appending to dst.
func splitFields(dst []string, s string) []string {
	for {
		s = strings.TrimLeft(s, " \t\r")
		if s == "" {
			return dst
		}
		i := strings.IndexAny(s, " \t\r")
		if i < 0 {
			return append(dst, s)
		}
		dst = append(dst, s[:i])
		s = s[i:]
	}
}

// parseRule parses one rule line of class c and returns an error message
// or "".
func (a *Aff) parseRule(c *Class, f []string, line int) string {
	kw := "SFX"
	if c.Prefix {
		kw = "PFX"
	}
	if len(f) < 4 {
		return kw + ": rule needs flag, strip and affix"
	}
	fl, err := a.parseFlagString(f[1])
	if err != nil || len(fl) != 1 || fl[0] != c.Flag {
		return fmt.Sprintf("%s: rule flag %q does not match class %s", kw, f[1], c.Flag.Format(a.FlagType))
	}
	r := Rule{
		ID:     RuleID{Flag: c.Flag, Index: int32(len(c.Rules))},
		Prefix: c.Prefix,
		Line:   line,
	}
	if f[2] != "0" {
		r.Strip = f[2]
	}
	add := f[3]
	if i := strings.IndexByte(add, '/'); i >= 0 {
		cont, err := a.parseFlagString(add[i+1:])
		if err != nil {
			return fmt.Sprintf("%s: continuation flags: %v", kw, err)
		}
		r.Cont = cont
		add = add[:i]
	}
	if add != "0" {
		r.Add = add
	}
	r.Cond = "."
	rest := f[4:]
	if len(rest) > 0 && !strings.HasPrefix(rest[0], "#") {
		r.Cond = rest[0]
		rest = rest[1:]
	}
	for i, s := range rest {
		if strings.HasPrefix(s, "#") {
			rest = rest[:i]
			break
		}
	}
	r.Morph = strings.Join(rest, " ")
	cond, msg := compileCondition(r.Cond)
	if msg != "" {
		return fmt.Sprintf("%s: condition %q: %s", kw, r.Cond, msg)
	}
	r.cond = cond
	// A condition that contradicts the strip string can never match;
	// hunspell accepts it silently, and so do we.
	c.Rules = append(c.Rules, r)
	return ""
}

// applyIgnore removes the IGNORE characters from all affix strings.
func (a *Aff) applyIgnore() {
	for _, m := range []map[Flag]*Class{a.Prefixes, a.Suffixes} {
		for _, c := range m {
			for i := range c.Rules {
				c.Rules[i].Strip = a.removeIgnored(c.Rules[i].Strip)
				c.Rules[i].Add = a.removeIgnored(c.Rules[i].Add)
			}
		}
	}
}

func (a *Aff) removeIgnored(s string) string {
	if a.Ignore == "" || !strings.ContainsAny(s, a.Ignore) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(a.Ignore, r) {
			return -1
		}
		return r
	}, s)
}

// ParseFlags parses a flag string of a dictionary entry (the part after
// '/'), resolving AF aliases.
func (a *Aff) ParseFlags(s string) ([]Flag, error) {
	if len(a.aliases) > 0 {
		if n, err := strconv.Atoi(s); err == nil {
			if n < 1 || n > len(a.aliases) {
				return nil, fmt.Errorf("flag alias %d out of range 1..%d", n, len(a.aliases))
			}
			return a.aliases[n-1], nil
		}
	}
	return a.parseFlagString(s)
}

func (a *Aff) parseFlagString(s string) ([]Flag, error) {
	var out []Flag
	switch a.FlagType {
	case FlagChar:
		for i := 0; i < len(s); i++ {
			out = append(out, Flag(s[i]))
		}
	case FlagUTF8:
		for _, r := range s {
			if r == utf8.RuneError {
				return nil, fmt.Errorf("invalid UTF-8 in flags %q", s)
			}
			out = append(out, Flag(r))
		}
	case FlagLong:
		rs := []rune(s)
		if len(rs)%2 != 0 {
			return nil, fmt.Errorf("odd number of characters in long flags %q", s)
		}
		for i := 0; i < len(rs); i += 2 {
			if rs[i] >= 1<<(32-flagLongShift) || rs[i+1] >= 1<<flagLongShift {
				return nil, fmt.Errorf("unsupported character in long flags %q", s)
			}
			out = append(out, Flag(rs[i])<<flagLongShift|Flag(rs[i+1]))
		}
	case FlagNum:
		if s == "" {
			return nil, nil
		}
		for p := range strings.SplitSeq(s, ",") {
			n, err := strconv.ParseUint(p, 10, 16)
			if err != nil || n == 0 {
				return nil, fmt.Errorf("bad numeric flag %q", p)
			}
			out = append(out, Flag(n))
		}
	}
	return out, nil
}

// Convert applies the ICONV table to s, replacing the longest pattern
// that matches at each position, as Hunspell does with input words.
func (a *Aff) Convert(s string) string { return convert(a.IConv, s) }

func convert(table [][2]string, s string) string {
	if len(table) == 0 {
		return s
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(s); {
		best := -1
		for j, p := range table {
			if strings.HasPrefix(s[i:], p[0]) && (best < 0 || len(p[0]) > len(table[best][0])) {
				best = j
			}
		}
		if best < 0 || table[best][0] == "" {
			_, n := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		changed = true
		b.WriteString(table[best][1])
		i += len(table[best][0])
	}
	if !changed {
		return s
	}
	return b.String()
}

// SortedClasses returns the classes of m ordered by flag, for
// deterministic iteration.
func SortedClasses(m map[Flag]*Class) []*Class {
	out := make([]*Class, 0, len(m))
	for _, c := range m {
		out = append(out, c)
	}
	slices.SortFunc(out, func(x, y *Class) int { return int(x.Flag) - int(y.Flag) })
	return out
}

// Rule returns the rule id names, or nil.
func (a *Aff) Rule(id RuleID) *Rule {
	for _, m := range []map[Flag]*Class{a.Suffixes, a.Prefixes} {
		if c, ok := m[id.Flag]; ok && id.Index >= 0 && int(id.Index) < len(c.Rules) {
			return &c.Rules[id.Index]
		}
	}
	return nil
}
