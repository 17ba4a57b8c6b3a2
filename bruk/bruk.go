package bruk

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// Token is one gold token: the text as written, its lemma and its VESUM
// tags joined by ':' (noun:inanim:f:v_rod, punct, number, …).
type Token struct {
	Surface string
	Lemma   string
	Tag     string
}

// Sentence is a run of tokens of one document.
type Sentence struct {
	Doc    string // the NAME of the last `# doc = NAME` line before it
	Line   int    // 1-based line of the first token
	Tokens []Token
}

// Pos is a position in an input file.
type Pos struct {
	Filename string
	Line     int // 1-based
	Column   int // 1-based, in bytes; 0 when the whole line is meant
}

func (p Pos) String() string {
	s := p.Filename
	if s != "" {
		s += ":"
	}
	s += fmt.Sprint(p.Line)
	if p.Column > 0 {
		s += fmt.Sprintf(":%d", p.Column)
	}
	return s
}

// Error is a problem at one position of an input file.
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

// MaxErrors bounds the errors Read collects before it gives up.
const MaxErrors = 10

// maxLine bounds one input line; longer lines are an error, not a reason
// to hold the whole input in memory.
const maxLine = 1 << 20

// IsDev reports whether the document named docName belongs to the
// development split: FNV-32a(docName) % 10 == 0. The tagger and the
// lexicon use the same rule, so neither trains on the other's dev data.
func IsDev(docName string) bool {
	h := fnv.New32a()
	h.Write([]byte(docName))
	return h.Sum32()%10 == 0
}

// Reader reads sentences from a BRUK training file.
type Reader struct {
	r        *lineReader
	filename string
	doc      string
	interned map[string]string // tags and frequent lemmas share memory
}

// NewReader returns a Reader of r; filename only labels errors.
func NewReader(r io.Reader, filename string) *Reader {
	return &Reader{r: newLineReader(r), filename: filename, interned: make(map[string]string)}
}

// Next returns the next sentence. At the end of the input it returns
// io.EOF. A malformed line yields an *Error; the line is skipped and the
// caller may go on calling Next. A read error of the underlying reader is
// returned as is and ends the input.
func (r *Reader) Next() (*Sentence, error) {
	var s *Sentence
	for {
		line, n, err := r.r.next()
		if err != nil {
			if err == errLineTooLong {
				return nil, &Error{Pos{r.filename, n, 0}, "line too long"}
			}
			if err == io.EOF && s != nil {
				return s, nil
			}
			return nil, err
		}
		if len(line) == 0 {
			if s != nil {
				return s, nil
			}
			continue
		}
		if line[0] == '#' {
			if name, ok := bytes.CutPrefix(line, []byte("# doc = ")); ok {
				if !utf8.Valid(name) {
					return nil, &Error{Pos{r.filename, n, 9}, "invalid UTF-8 in document name"}
				}
				r.doc = strings.TrimSpace(string(name))
				if s != nil {
					// A document header ends the sentence before it.
					return s, nil
				}
			}
			continue
		}
		tok, col, msg := r.parseToken(line)
		if msg != "" {
			return nil, &Error{Pos{r.filename, n, col}, msg}
		}
		if s == nil {
			s = &Sentence{Doc: r.doc, Line: n}
		}
		s.Tokens = append(s.Tokens, tok)
	}
}

// parseToken splits one token line; on failure it returns the 1-based
// column of the problem and a message.
func (r *Reader) parseToken(line []byte) (Token, int, string) {
	if i := invalidUTF8(line); i >= 0 {
		return Token{}, i + 1, "invalid UTF-8"
	}
	t1 := bytes.IndexByte(line, '\t')
	if t1 < 0 {
		return Token{}, 0, "want surface<TAB>lemma<TAB>tags, found no tab"
	}
	t2 := bytes.IndexByte(line[t1+1:], '\t')
	if t2 < 0 {
		return Token{}, len(line) + 1, "want surface<TAB>lemma<TAB>tags, found two fields"
	}
	t2 += t1 + 1
	if t3 := bytes.IndexByte(line[t2+1:], '\t'); t3 >= 0 {
		return Token{}, t2 + 1 + t3 + 1, "want surface<TAB>lemma<TAB>tags, found more than three fields"
	}
	surface, lemma, tag := line[:t1], line[t1+1:t2], line[t2+1:]
	switch {
	case len(surface) == 0:
		return Token{}, 1, "empty surface"
	case len(lemma) == 0:
		return Token{}, t1 + 2, "empty lemma"
	case len(tag) == 0:
		return Token{}, t2 + 2, "empty tags"
	}
	if i := bytes.IndexFunc(tag, func(c rune) bool { return c == ' ' }); i >= 0 {
		return Token{}, t2 + 2 + i, "space in tags"
	}
	return Token{Surface: string(surface), Lemma: r.intern(lemma), Tag: r.intern(tag)}, 0, ""
}

// intern shares the memory of repeated strings (tags; lemmas of frequent
// words); it stops growing at a bound so garbage cannot exhaust memory.
func (r *Reader) intern(b []byte) string {
	if s, ok := r.interned[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(r.interned) < 1<<18 {
		r.interned[s] = s
	}
	return s
}

func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		c, n := utf8.DecodeRune(b[i:])
		if c == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// Read reads all sentences of r. It skips malformed lines and returns what
// it could read together with an ErrorList of at most MaxErrors errors, or
// with the first read error of r.
func Read(r io.Reader, filename string) ([]Sentence, error) {
	rd := NewReader(r, filename)
	var out []Sentence
	var errs ErrorList
	for {
		s, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				return out, fmt.Errorf("read %s: %w", filename, err)
			}
			errs = append(errs, e)
			if len(errs) >= MaxErrors {
				break
			}
			continue
		}
		out = append(out, *s)
	}
	return out, errs.Err()
}

// ReadFile reads all sentences of the BRUK file at path.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(bufio.NewReaderSize(f, 1<<16), path)
}

// Split divides sentences into training and development sentences by
// document (IsDev).
func Split(sents []Sentence) (train, dev []Sentence) {
	for _, s := range sents {
		if IsDev(s.Doc) {
			dev = append(dev, s)
		} else {
			train = append(train, s)
		}
	}
	return train, dev
}

// lineReader yields lines without their line ending (\n or \r\n) and
// counts them. It refuses lines longer than maxLine.
type lineReader struct {
	br   *bufio.Reader
	n    int
	long []byte
}

var errLineTooLong = errors.New("line too long")

func newLineReader(r io.Reader) *lineReader {
	if br, ok := r.(*bufio.Reader); ok {
		return &lineReader{br: br}
	}
	return &lineReader{br: bufio.NewReaderSize(r, 1<<16)}
}

// next returns the next line, valid until the following call, and its
// 1-based number.
func (l *lineReader) next() ([]byte, int, error) {
	l.n++
	line, err := l.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		l.long = append(l.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = l.br.ReadSlice('\n')
			if len(l.long)+len(line) > maxLine {
				// Skip the rest of the line so the next call starts afresh.
				for err == bufio.ErrBufferFull {
					_, err = l.br.ReadSlice('\n')
				}
				if err != nil && err != io.EOF {
					return nil, l.n, err
				}
				return nil, l.n, errLineTooLong
			}
			l.long = append(l.long, line...)
		}
		line = l.long
	}
	if err != nil && (err != io.EOF || len(line) == 0) {
		return nil, l.n, err
	}
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	return line, l.n, nil
}
