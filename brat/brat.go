package brat

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Annotation is one text-bound annotation (a "T" line).
type Annotation struct {
	ID    string // T1, T2, …
	Type  string // PERS, LOC, …
	Start int    // code-point offset of the first character
	End   int    // code-point offset just past the last character
	Text  string // the surface as written in the .ann file
}

// Document is one text with its annotations.
type Document struct {
	ID          string // file name without extension, e.g. 0124bf2fdf35
	Path        string // path of the .txt file, relative to the folder read
	Text        string
	Annotations []Annotation
}

// Pos is a position in an .ann file.
type Pos struct {
	Filename string
	Line     int // 1-based
}

func (p Pos) String() string {
	if p.Filename == "" {
		return fmt.Sprintf("line %d", p.Line)
	}
	return fmt.Sprintf("%s:%d", p.Filename, p.Line)
}

// Error is a problem at one position of an .ann file.
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList is a list of *Error, as go/scanner's.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// maxErrors bounds the errors collected from one file.
const maxErrors = 10

// Parse reads the annotations of an .ann file. filename only labels errors.
// It returns the annotations it could read together with an ErrorList of
// the lines it could not.
func Parse(filename string, data []byte) ([]Annotation, error) {
	var (
		anns []Annotation
		errs ErrorList
		last = -1 // index into anns of the annotation a continuation line extends
	)
	line := 0
	for len(data) > 0 {
		line++
		var l []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
		} else {
			l, data = data, nil
		}
		l = bytes.TrimSuffix(l, []byte{'\r'})
		pos := Pos{filename, line}
		if !utf8.Valid(l) {
			errs = append(errs, &Error{pos, "invalid UTF-8"})
			last = -1
			if len(errs) >= maxErrors {
				break
			}
			continue
		}
		s := string(l)
		if !isRecordStart(s) {
			// A surface spanning a newline goes on here; anything else
			// (blank lines included) ends the previous record.
			if last >= 0 {
				a := &anns[last]
				if utf8.RuneCountInString(a.Text) < a.End-a.Start {
					a.Text += "\n" + s
					continue
				}
			}
			if strings.TrimSpace(s) != "" {
				errs = append(errs, &Error{pos, fmt.Sprintf("unexpected line %q", clip(s))})
			}
			last = -1
			if len(errs) >= maxErrors {
				break
			}
			continue
		}
		last = -1
		if s[0] != 'T' {
			continue // relation, event, attribute, note, comment
		}
		a, err := parseT(s)
		if err != nil {
			errs = append(errs, &Error{pos, err.Error()})
			if len(errs) >= maxErrors {
				break
			}
			continue
		}
		anns = append(anns, a)
		last = len(anns) - 1
	}
	return anns, errs.Err()
}

// isRecordStart reports whether s starts a brat record: a letter among
// T R E A M N and digits, or a '#' or '*', followed by a tab.
func isRecordStart(s string) bool {
	tab := strings.IndexByte(s, '\t')
	if tab < 1 {
		return false
	}
	id := s[:tab]
	switch id[0] {
	case '#', '*':
		return true
	case 'T', 'R', 'E', 'A', 'M', 'N':
	default:
		return false
	}
	for i := 1; i < len(id); i++ {
		if id[i] < '0' || id[i] > '9' {
			return false
		}
	}
	return len(id) > 1
}

func parseT(s string) (Annotation, error) {
	f := strings.Split(s, "\t")
	var a Annotation
	a.ID = f[0]
	var typ, start, end, text string
	switch {
	case len(f) >= 5 && !strings.Contains(f[1], " "):
		typ, start, end = f[1], f[2], f[3]
		text = strings.Join(f[4:], "\t")
	case len(f) >= 2:
		g := strings.Fields(f[1])
		if len(g) < 3 {
			return a, fmt.Errorf("%s: want TYPE START END, got %q", a.ID, clip(f[1]))
		}
		typ, start = g[0], g[1]
		// Discontinuous spans "0 5;8 10": keep the outer bounds.
		end = g[len(g)-1]
		for _, x := range g[2 : len(g)-1] {
			if !strings.Contains(x, ";") {
				return a, fmt.Errorf("%s: bad offsets %q", a.ID, clip(f[1]))
			}
		}
		if len(f) >= 3 {
			text = strings.Join(f[2:], "\t")
		}
	default:
		return a, fmt.Errorf("%s: missing fields", a.ID)
	}
	a.Type = typ
	var err error
	if a.Start, err = offset(start); err != nil {
		return a, fmt.Errorf("%s: start: %w", a.ID, err)
	}
	if a.End, err = offset(end); err != nil {
		return a, fmt.Errorf("%s: end: %w", a.ID, err)
	}
	if a.End < a.Start {
		return a, fmt.Errorf("%s: end %d before start %d", a.ID, a.End, a.Start)
	}
	if typ == "" {
		return a, fmt.Errorf("%s: empty type", a.ID)
	}
	a.Text = text
	return a, nil
}

func offset(s string) (int, error) {
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = s[:i]
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("bad offset %q", clip(s))
	}
	if n < 0 || n > 1<<30 {
		return 0, fmt.Errorf("offset %d out of range", n)
	}
	return n, nil
}

func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	i := 40
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// Check verifies the annotations against the text they belong to: every
// span lies inside the text and its surface, when given, equals the text
// it points at.
func Check(filename, text string, anns []Annotation) error {
	n := utf8.RuneCountInString(text)
	var errs ErrorList
	var idx []int // rune offset → byte offset, built on demand
	for _, a := range anns {
		if a.End > n {
			errs = append(errs, &Error{Pos{Filename: filename}, fmt.Sprintf("%s: span %d-%d beyond text of %d characters", a.ID, a.Start, a.End, n)})
			continue
		}
		if idx == nil {
			idx = runeIndex(text)
		}
		if got := text[idx[a.Start]:idx[a.End]]; a.Text != "" && got != a.Text {
			errs = append(errs, &Error{Pos{Filename: filename}, fmt.Sprintf("%s: surface %q, text has %q", a.ID, clip(a.Text), clip(got))})
		}
		if len(errs) >= maxErrors {
			break
		}
	}
	return errs.Err()
}

// runeIndex maps each code-point offset of s (and len) to its byte offset.
func runeIndex(s string) []int {
	idx := make([]int, 0, len(s)+1)
	for i := range s {
		idx = append(idx, i)
	}
	return append(idx, len(s))
}

// ReadDoc reads txtPath and the .ann file beside it. A missing .ann file
// means no annotations.
func ReadDoc(txtPath string) (Document, error) {
	text, err := os.ReadFile(txtPath)
	if err != nil {
		return Document{}, err
	}
	if !utf8.Valid(text) {
		return Document{}, &Error{Pos{Filename: txtPath}, "invalid UTF-8"}
	}
	base := strings.TrimSuffix(txtPath, filepath.Ext(txtPath))
	doc := Document{ID: filepath.Base(base), Path: txtPath, Text: string(text)}
	annPath := base + ".ann"
	data, err := os.ReadFile(annPath)
	if errors.Is(err, os.ErrNotExist) {
		return doc, nil
	}
	if err != nil {
		return doc, err
	}
	doc.Annotations, err = Parse(annPath, data)
	if err != nil {
		return doc, err
	}
	if err := Check(annPath, doc.Text, doc.Annotations); err != nil {
		return doc, err
	}
	return doc, nil
}

// ReadDir reads every ID.txt under dir (recursively) with its ID.ann, in
// lexical path order. Document.Path is relative to dir.
func ReadDir(dir string) ([]Document, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read brat folder %q: %w", dir, err)
	}
	sort.Strings(paths)
	docs := make([]Document, 0, len(paths))
	for _, p := range paths {
		d, err := ReadDoc(p)
		if err != nil {
			return nil, fmt.Errorf("read brat folder %q: %w", dir, err)
		}
		if rel, err := filepath.Rel(dir, p); err == nil {
			d.Path = rel
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// Write writes anns in standard brat layout, `T1<TAB>TYPE START END<TAB>surface`,
// in the order given. Annotations without an ID are numbered T1, T2, … A
// newline in a surface is written as a space so that every record stays
// on one line.
func Write(w io.Writer, anns []Annotation) error {
	bw := bufio.NewWriter(w)
	for i, a := range anns {
		id := a.ID
		if id == "" {
			id = "T" + strconv.Itoa(i+1)
		}
		if strings.ContainsAny(a.Type, " \t\n") || strings.ContainsAny(id, " \t\n") {
			return fmt.Errorf("write brat: annotation %d: type %q or id %q holds whitespace", i, a.Type, id)
		}
		text := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(a.Text)
		fmt.Fprintf(bw, "%s\t%s %d %d\t%s\n", id, a.Type, a.Start, a.End, text)
	}
	return bw.Flush()
}

// Sort orders anns by start, longer spans first, then by type.
func Sort(anns []Annotation) {
	slices.SortStableFunc(anns, func(a, b Annotation) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return b.End - a.End
		}
		return strings.Compare(a.Type, b.Type)
	})
}
