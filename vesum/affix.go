package vesum

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"unicode/utf8"
)

// Affixes is a loaded set of inflection groups, keyed by name ("n20",
// "n20.a", "v1.advp", …). It is immutable once loaded and safe to share
// between goroutines.
type Affixes struct {
	groups map[string]*Group
}

// Group is one inflection group ("group n20") or subgroup ("subgroup
// n20.a") of an affix file.
type Group struct {
	Name  string
	Sub   bool // declared with "subgroup"
	Pos   Position
	Rules []*Rule
}

// Rule is one suffix rule: a word that ends in Cond (and not in Neg) and
// in From has From replaced by To; the new form gets Tags.
type Rule struct {
	Pos  Position
	From string // regular expression anchored at the end; "" for none
	To   string // replacement, with \1 or $1 for groups of From
	Cond string // regular expression the word must end with
	Neg  string // regular expression the word must not end with; "" for none
	Tags string // tags as written after "@", e.g. noun:m:v_dav/v_mis

	from *regexp.Regexp
	to   string
	// fromLit and toLit are From and To when both are plain strings.
	fromLit, toLit string
	plain          bool
	cond           *matcher
	neg            *matcher
	tags           []string // Tags expanded to plain tag strings
}

// Group returns the group or subgroup called name, or nil.
func (a *Affixes) Group(name string) *Group { return a.groups[name] }

// Groups returns the names of all groups, sorted.
func (a *Affixes) Groups() []string {
	names := make([]string, 0, len(a.groups))
	for n := range a.groups {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// LoadAffixes reads every *.aff file in dir.
func LoadAffixes(dir string) (*Affixes, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.aff"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("vesum: no *.aff files in %s", dir)
	}
	sort.Strings(files)
	a := &Affixes{groups: map[string]*Group{}}
	var errs ErrorList
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		err = a.parse(f, r, &errs)
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("vesum: read %s: %w", f, err)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return a, nil
}

// ParseAffixes reads one affix file from r; name is used in error positions.
func ParseAffixes(name string, r io.Reader) (*Affixes, error) {
	a := &Affixes{groups: map[string]*Group{}}
	var errs ErrorList
	if err := a.parse(name, r, &errs); err != nil {
		return nil, err
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return a, nil
}

// parse adds the groups of one affix file to a. Syntax errors go to errs;
// the returned error is for failures to read.
func (a *Affixes) parse(name string, r io.Reader, errs *ErrorList) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var (
		g           *Group
		cond, neg   string // the current "cond: -neg:" block, "" outside one
		condM, negM *matcher
		line        int
		base        = filepath.Base(name)
	)
	for sc.Scan() {
		line++
		pos := Position{Filename: base, Line: line}
		text := strings.TrimRight(sc.Text(), " \t\r")
		trimmed := strings.TrimSpace(text)
		switch {
		case trimmed == "":
			// A condition header holds until the next header or group,
			// across blank lines and comments.
			continue
		case strings.HasPrefix(trimmed, "#"):
			continue
		}
		if len(*errs) >= maxErrors {
			continue
		}
		fields := strings.Fields(trimmed)
		if fields[0] == "group" || fields[0] == "subgroup" {
			if len(fields) != 2 {
				errs.add(pos, "syntax", "want %q NAME", fields[0])
				continue
			}
			cond, neg, condM, negM = "", "", nil, nil
			n := fields[1]
			if old := a.groups[n]; old != nil {
				// A second declaration continues the first one.
				g = old
				continue
			}
			g = &Group{Name: n, Sub: fields[0] == "subgroup", Pos: pos}
			a.groups[n] = g
			continue
		}
		at := strings.IndexByte(trimmed, '@')
		if at < 0 {
			// A condition header: "cond:" or "cond: -neg:".
			c, n, ok := parseHeader(trimmed)
			if !ok {
				errs.add(pos, "syntax", "neither a rule (no @) nor a condition header: %q", trimmed)
				continue
			}
			var err error
			if condM, err = compileMatcher(c); err != nil {
				errs.add(pos, "regexp", "condition %q: %v", c, err)
				cond, neg, condM, negM = "", "", nil, nil
				continue
			}
			negM = nil
			if n != "" {
				if negM, err = compileMatcher(n); err != nil {
					errs.add(pos, "regexp", "condition -%q: %v", n, err)
					cond, neg, condM, negM = "", "", nil, nil
					continue
				}
			}
			cond, neg = c, n
			continue
		}
		if g == nil {
			errs.add(pos, "syntax", "rule before any group")
			continue
		}
		left := trimmed[:at]
		if h := strings.IndexByte(left, '#'); h >= 0 {
			left = left[:h]
		}
		tags := strings.TrimSpace(trimmed[at+1:])
		f := strings.Fields(left)
		if len(f) != 2 && len(f) != 3 {
			errs.add(pos, "syntax", "want FROM TO [COND] before @, have %d fields", len(f))
			continue
		}
		if tags == "" {
			errs.add(pos, "syntax", "no tags after @")
			continue
		}
		rule := &Rule{Pos: pos, From: zero(f[0]), To: zero(f[1]), Cond: cond, Neg: neg, Tags: tags}
		rule.cond, rule.neg = condM, negM
		if len(f) == 3 {
			// A rule with its own condition ignores the header's.
			own, err := compileMatcher(f[2])
			if err != nil {
				errs.add(pos, "regexp", "condition %q: %v", f[2], err)
				continue
			}
			rule.Cond, rule.Neg, rule.cond, rule.neg = f[2], "", own, nil
		} else if condM == nil {
			// A bare rule applies where its own ending does.
			rule.Cond = rule.From
			m, err := compileMatcher(rule.From)
			if err != nil {
				errs.add(pos, "regexp", "from %q: %v", rule.From, err)
				continue
			}
			rule.cond = m
		}
		var err error
		if rule.from, err = regexp.Compile("(?:" + rule.From + ")$"); err != nil {
			errs.add(pos, "regexp", "from %q: %v", rule.From, err)
			continue
		}
		rule.to = backrefs.ReplaceAllString(rule.To, "$${$1}")
		if regexp.QuoteMeta(rule.From) == rule.From && !strings.ContainsAny(rule.To, "\\$") {
			rule.plain, rule.fromLit, rule.toLit = true, rule.From, rule.To
		}
		if rule.tags, err = expandTags(tags); err != nil {
			errs.add(pos, "tags", "%v", err)
			continue
		}
		g.Rules = append(g.Rules, rule)
	}
	return sc.Err()
}

var backrefs = regexp.MustCompile(`[\\$]([0-9])`)

// zero turns the affix files' "0" (nothing) into "".
func zero(s string) string {
	if s == "0" {
		return ""
	}
	return s
}

// parseHeader splits "cond:" or "cond: -neg:" into cond and neg.
func parseHeader(s string) (cond, neg string, ok bool) {
	f := strings.Fields(s)
	switch len(f) {
	case 1:
		if !strings.HasSuffix(f[0], ":") || len(f[0]) == 1 {
			return "", "", false
		}
		return strings.TrimSuffix(f[0], ":"), "", true
	case 2:
		if !strings.HasSuffix(f[0], ":") || !strings.HasPrefix(f[1], "-") || !strings.HasSuffix(f[1], ":") ||
			len(f[0]) == 1 || len(f[1]) <= 2 {
			return "", "", false
		}
		return strings.TrimSuffix(f[0], ":"), strings.TrimSuffix(f[1][1:], ":"), true
	}
	return "", "", false
}

// apply returns the form the rule makes of word, if it applies.
func (r *Rule) apply(word string) (string, bool) {
	if r.cond != nil && !r.cond.match(word) {
		return "", false
	}
	if r.neg != nil && r.neg.match(word) {
		return "", false
	}
	if r.plain {
		if !strings.HasSuffix(word, r.fromLit) {
			return "", false
		}
		return word[:len(word)-len(r.fromLit)] + r.toLit, true
	}
	loc := r.from.FindStringSubmatchIndex(word)
	if loc == nil {
		return "", false
	}
	dst := make([]byte, 0, len(word)+len(r.to))
	dst = append(dst, word[:loc[0]]...)
	dst = r.from.ExpandString(dst, r.to, word, loc)
	return string(dst), true
}

// matcher tests whether a word ends with a regular expression. The affix
// files use one construct Go's regexp lacks, a leading negative
// lookbehind "(?<!і)[з]вати"; it becomes a second expression that must
// not match.
type matcher struct {
	all []*regexp.Regexp
	not []*regexp.Regexp
	// last holds the runes a matching word can end with, as ranges; nil
	// when any rune may end it. It saves most regexp runs.
	last []rune
	lit  string // the whole expression when it is a plain string
}

var lookbehind = regexp.MustCompile(`^\(\?<!([^()]*)\)`)

func compileMatcher(expr string) (*matcher, error) {
	m := &matcher{}
	if loc := lookbehind.FindStringSubmatchIndex(expr); loc != nil {
		behind, rest := expr[loc[2]:loc[3]], expr[loc[1]:]
		no, err := regexp.Compile("(?:" + behind + ")(?:" + rest + ")$")
		if err != nil {
			return nil, err
		}
		m.not = append(m.not, no)
		expr = rest
	}
	re, err := regexp.Compile("(?:" + expr + ")$")
	if err != nil {
		return nil, err
	}
	m.all = append(m.all, re)
	if tree, err := syntax.Parse(expr, syntax.Perl); err == nil {
		tree = tree.Simplify()
		m.last = lastRunes(tree)
		if tree.Op == syntax.OpLiteral && tree.Flags&syntax.FoldCase == 0 {
			m.lit = string(tree.Rune)
		}
	}
	return m, nil
}

// lastRunes returns the ranges of runes a match of re can end with, or
// nil if it cannot tell.
func lastRunes(re *syntax.Regexp) []rune {
	if re.Flags&syntax.FoldCase != 0 {
		return nil
	}
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil
		}
		r := re.Rune[len(re.Rune)-1]
		return []rune{r, r}
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return nil
		}
		return append([]rune(nil), re.Rune...)
	case syntax.OpCapture:
		return lastRunes(re.Sub[0])
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return nil
		}
		return lastRunes(re.Sub[len(re.Sub)-1])
	case syntax.OpAlternate:
		var out []rune
		for _, s := range re.Sub {
			l := lastRunes(s)
			if l == nil {
				return nil
			}
			out = append(out, l...)
		}
		return out
	}
	return nil
}

func (m *matcher) match(s string) bool {
	if m.last != nil {
		r, _ := utf8.DecodeLastRuneInString(s)
		in := false
		for i := 0; i+1 < len(m.last); i += 2 {
			if m.last[i] <= r && r <= m.last[i+1] {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	if m.lit != "" && len(m.not) == 0 {
		return strings.HasSuffix(s, m.lit)
	}
	for _, re := range m.all {
		if !re.MatchString(s) {
			return false
		}
	}
	for _, re := range m.not {
		if re.MatchString(s) {
			return false
		}
	}
	return true
}
