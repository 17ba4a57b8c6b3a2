package hunspell

import (
	"bufio"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Entry is one line of a .dic file.
type Entry struct {
	Word  string
	Flags []Flag // sorted, without duplicates
	Morph string // morphological fields after the word, if any
	Line  int
}

// Has reports whether e carries flag f.
func (e *Entry) Has(f Flag) bool {
	if f == 0 {
		return false
	}
	_, ok := slices.BinarySearch(e.Flags, f)
	return ok
}

// ReadDic reads a .dic file and calls fn for each entry in file order.
// An optional first line holds the entry count. Lines that cannot be
// parsed are collected as errors (up to a limit) and skipped; an error
// returned by fn stops the reading and is returned as is.
func ReadDic(r io.Reader, name string, aff *Aff, fn func(*Entry) error) error {
	var errs ErrorList
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	first := true
	for sc.Scan() {
		line++
		if len(errs) >= maxErrors {
			break
		}
		text := sc.Text()
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		text = strings.TrimRight(text, "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		pos := Position{name, line}
		if first {
			first = false
			if _, err := strconv.Atoi(strings.TrimSpace(text)); err == nil {
				continue
			}
		}
		if !utf8.ValidString(text) {
			errs.add(pos, "invalid UTF-8")
			continue
		}
		e, msg := parseDicLine(aff, text)
		if msg != "" {
			errs.add(pos, "%s", msg)
			continue
		}
		e.Line = line
		if err := fn(&e); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		errs.add(Position{name, line + 1}, "read: %v", err)
	}
	return errs.Err()
}

// ParseDic reads a whole .dic file into memory.
func ParseDic(r io.Reader, name string, aff *Aff) ([]Entry, error) {
	var out []Entry
	err := ReadDic(r, name, aff, func(e *Entry) error {
		out = append(out, *e)
		return nil
	})
	return out, err
}

func parseDicLine(aff *Aff, text string) (Entry, string) {
	var e Entry
	// The word ends at an unescaped '/' or at the first tab or space.
	var word strings.Builder
	i := 0
	flagStart := -1
	for i < len(text) {
		c := text[i]
		if c == '\\' && i+1 < len(text) && text[i+1] == '/' {
			word.WriteByte('/')
			i += 2
			continue
		}
		if c == '/' && i > 0 {
			flagStart = i + 1
			i++
			break
		}
		if c == '\t' || c == ' ' {
			break
		}
		word.WriteByte(c)
		i++
	}
	if flagStart >= 0 {
		j := strings.IndexAny(text[i:], " \t")
		if j < 0 {
			j = len(text) - i
		}
		fl, err := aff.ParseFlags(text[i : i+j])
		if err != nil {
			return e, err.Error()
		}
		e.Flags = slices.Clone(fl)
		slices.Sort(e.Flags)
		e.Flags = slices.Compact(e.Flags)
		i += j
	}
	e.Morph = strings.TrimSpace(text[i:])
	e.Word = aff.removeIgnored(word.String())
	if e.Word == "" {
		return e, "empty word"
	}
	return e, ""
}
