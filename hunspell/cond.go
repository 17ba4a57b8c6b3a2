package hunspell

import (
	"strings"
	"unicode/utf8"
)

// condition is a compiled affix condition: a sequence of character
// positions, each a single character, any character, or a bracketed set.
type condition []condElem

type condElem struct {
	any bool
	neg bool
	set string // the characters of a set, or the one character
}

func (e condElem) match(r rune) bool {
	if e.any {
		return true
	}
	return strings.ContainsRune(e.set, r) != e.neg
}

// compileCondition parses a condition; "." alone matches anything.
func compileCondition(s string) (condition, string) {
	if s == "." {
		return nil, ""
	}
	var c condition
	for i := 0; i < len(s); {
		switch s[i] {
		case '.':
			c = append(c, condElem{any: true})
			i++
		case '[':
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				return nil, "unclosed '['"
			}
			body := s[i+1 : i+j]
			neg := strings.HasPrefix(body, "^")
			if neg {
				body = body[1:]
			}
			if body == "" {
				return nil, "empty set"
			}
			c = append(c, condElem{neg: neg, set: body})
			i += j + 1
		case ']':
			return nil, "unexpected ']'"
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n <= 1 {
				return nil, "invalid UTF-8"
			}
			c = append(c, condElem{set: s[i : i+n]})
			i += n
		}
	}
	return c, ""
}

// matchEnd reports whether the last len(c) characters of w match c.
func (c condition) matchEnd(w string) bool {
	for k := len(c) - 1; k >= 0; k-- {
		if w == "" {
			return false
		}
		r, n := utf8.DecodeLastRuneInString(w)
		if !c[k].match(r) {
			return false
		}
		w = w[:len(w)-n]
	}
	return true
}

// matchStart reports whether the first len(c) characters of w match c.
func (c condition) matchStart(w string) bool {
	for k := range c {
		if w == "" {
			return false
		}
		r, n := utf8.DecodeRuneInString(w)
		if !c[k].match(r) {
			return false
		}
		w = w[n:]
	}
	return true
}
