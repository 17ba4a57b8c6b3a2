package bruk

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// TokenReader reads the input of `vistka analyze --input tokens`: one token
// a line, a blank line ends a sentence, lines that start with "# " are
// comments. A line with a tab keeps only what stands before the first tab,
// so a BRUK file (surface<TAB>lemma<TAB>tags) can be fed as is.
//
// Tokens carry offsets into the text made by joining the tokens of a
// sentence with single spaces and the sentences with newlines.
type TokenReader struct {
	r        *lineReader
	filename string
	off      int // byte offset of the next sentence in the joined text
	roff     int // code-point offset
}

// NewTokenReader returns a TokenReader of r; filename only labels errors.
func NewTokenReader(r io.Reader, filename string) *TokenReader {
	return &TokenReader{r: newLineReader(r), filename: filename}
}

// Next returns the next sentence, or io.EOF at the end of the input. A line
// that is not valid UTF-8 or is too long yields an *Error and is skipped.
func (r *TokenReader) Next() (*vistka.Sentence, error) {
	var s *vistka.Sentence
	for {
		line, n, err := r.r.next()
		if err != nil {
			if err == errLineTooLong {
				return nil, &Error{Pos{r.filename, n, 0}, "line too long"}
			}
			if err == io.EOF && s != nil {
				r.finish(s)
				return s, nil
			}
			return nil, err
		}
		if i := bytes.IndexByte(line, '\t'); i >= 0 {
			line = line[:i]
		}
		if i := invalidUTF8(line); i >= 0 {
			return nil, &Error{Pos{r.filename, n, i + 1}, "invalid UTF-8"}
		}
		text := strings.TrimSpace(strings.Map(controlToSpace, string(line)))
		if strings.HasPrefix(text, "# ") {
			continue // a comment, also when indented
		}
		if text == "" {
			if s != nil {
				r.finish(s)
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &vistka.Sentence{Start: r.off, RStart: r.roff}
		} else {
			r.off++
			r.roff++
		}
		rn := utf8.RuneCountInString(text)
		s.Tokens = append(s.Tokens, vistka.Token{
			Text: text, Kind: Kind(text),
			Start: r.off, End: r.off + len(text),
			RStart: r.roff, REnd: r.roff + rn,
		})
		r.off += len(text)
		r.roff += rn
	}
}

func (r *TokenReader) finish(s *vistka.Sentence) {
	s.End, s.REnd = r.off, r.roff
	r.off++ // the newline between sentences
	r.roff++
}

// ReadTokens reads all sentences of r in the tokens format. Malformed lines
// are skipped and reported in an ErrorList of at most MaxErrors errors.
func ReadTokens(r io.Reader, filename string) ([]vistka.Sentence, error) {
	tr := NewTokenReader(r, filename)
	var out []vistka.Sentence
	var errs ErrorList
	for {
		s, err := tr.Next()
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

// WriteSentence writes the tokens of s as `surface<TAB>lemma<TAB>tags`, one
// line a token, followed by a blank line. Tabs, line breaks and other
// control characters inside a field become spaces so that the output
// stays parseable.
func WriteSentence(w *bufio.Writer, s *vistka.Sentence) error {
	for i := range s.Tokens {
		t := &s.Tokens[i]
		writeField(w, t.Text)
		w.WriteByte('\t')
		writeField(w, t.Lemma)
		w.WriteByte('\t')
		writeField(w, t.Tag)
		w.WriteByte('\n')
	}
	return w.WriteByte('\n')
}

// WriteSentences writes sentences with WriteSentence and flushes w.
func WriteSentences(w io.Writer, sents []vistka.Sentence) error {
	bw := bufio.NewWriter(w)
	for i := range sents {
		if err := WriteSentence(bw, &sents[i]); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func writeField(w *bufio.Writer, s string) {
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		w.WriteString(s)
		return
	}
	for _, c := range s {
		if unicode.IsControl(c) {
			c = ' '
		}
		w.WriteRune(c)
	}
}

// Kind guesses the kind of a pre-tokenised token from its characters: a
// number, punctuation, a quotation mark, a dash, a symbol, or a word. It
// is a stand-in for the scanner's decision when the scanner did not run.
func Kind(text string) vistka.TokenKind {
	switch text {
	case "-", "–", "—", "‒", "―", "--":
		return vistka.Dash
	case "«", "»", "„", "“", "”", "\"", "‘", "’", "‹", "›":
		return vistka.QuoteMark
	}
	var letters, digits, puncts, symbols, other int
	for _, c := range text {
		switch {
		case unicode.IsLetter(c) || c == '\'' || c == 'ʼ':
			letters++
		case unicode.IsDigit(c):
			digits++
		case strings.ContainsRune("%‰№§*&#@", c):
			symbols++
		case unicode.IsPunct(c):
			puncts++
		case unicode.IsSymbol(c):
			symbols++
		default:
			other++
		}
	}
	switch {
	case letters == 0 && digits > 0:
		return vistka.Number
	case letters == 0 && digits == 0 && symbols == 0 && puncts > 0:
		return vistka.Punct
	case letters == 0 && digits == 0:
		return vistka.Symbol
	case digits > 0 || symbols > 0:
		return vistka.Code
	case strings.HasSuffix(text, "."):
		if letters == 1 {
			if c, _ := utf8.DecodeRuneInString(text); unicode.IsUpper(c) {
				return vistka.Initial
			}
		}
		return vistka.Abbr
	}
	return vistka.Word
}

// controlToSpace maps control characters (a stray \r inside a line, …) to
// spaces so that what WriteSentence writes reads back the same.
func controlToSpace(c rune) rune {
	if unicode.IsControl(c) {
		return ' '
	}
	return c
}
