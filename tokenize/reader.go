package tokenize

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// MaxChunk is the default size of the largest piece of input a Reader
// tokenizes at once. Chunks are usually far smaller: the Reader cuts at
// the last line break once it has read 64 KB.
const MaxChunk = 1 << 20

// readSize is the most a Reader asks of its io.Reader at once.
const readSize = 64 << 10

// chunkTarget is how much a Reader reads before it looks for a line break
// to cut at: chunks of this size keep the tokens of a chunk in cache.
const chunkTarget = 64 << 10

// A Reader splits a stream of text into sentences without holding all of
// it: it reads the input in chunks that end at a line break (a paragraph
// boundary) and holds at most one chunk (MaxChunk bytes) and its tokens at
// a time. Offsets of the sentences and their tokens count from the start of
// the stream, in bytes and in code points, as if Sentences had been called
// on the whole stream; the sentences are the same as Sentences gives
// unless one paragraph is longer than a chunk.
//
// A paragraph longer than a chunk is cut after its last complete sentence,
// and that sentence is read again with the next chunk; a single sentence
// longer than a chunk is cut at a space or, with none, at a rune boundary.
type Reader struct {
	r       io.Reader
	max     int
	buf     []byte
	lastNL  int // index in buf of the last '\n', or -1
	base    int // stream offsets of buf[0]
	rbase   int
	pending []vistka.Sentence
	eof     bool  // nothing more to read
	err     error // the read error to return once pending is drained
}

// NewReader returns a Reader of r with chunks of at most MaxChunk bytes.
func NewReader(r io.Reader) *Reader { return NewReaderSize(r, MaxChunk) }

// NewReaderSize returns a Reader of r with chunks of at most size bytes
// (at least 64).
func NewReaderSize(r io.Reader, size int) *Reader {
	return &Reader{r: r, max: max(size, 64), lastNL: -1}
}

// Next returns the next sentence. At the end of the input it returns io.EOF;
// when reading fails, it returns the sentences read so far and then the
// error, wrapped with the offset at which it happened.
func (r *Reader) Next() (vistka.Sentence, error) {
	for len(r.pending) == 0 {
		if r.eof && len(r.buf) == 0 {
			if r.err != nil {
				return vistka.Sentence{}, r.err
			}
			return vistka.Sentence{}, io.EOF
		}
		r.fill()
	}
	s := r.pending[0]
	r.pending[0] = vistka.Sentence{} // let the chunk go once the caller does
	r.pending = r.pending[1:]
	return s, nil
}

// fill reads a chunk and splits it into r.pending.
func (r *Reader) fill() {
	if r.buf == nil {
		r.buf = make([]byte, 0, r.max)
	}
	target := min(r.max/4, chunkTarget)
	empty := 0
	for !r.eof && len(r.buf) < r.max && (len(r.buf) < target || r.lastNL < 0) {
		old := len(r.buf)
		n, err := r.r.Read(r.buf[old:min(r.max, old+readSize)])
		r.buf = r.buf[:old+n]
		if i := bytes.LastIndexByte(r.buf[old:], '\n'); i >= 0 {
			r.lastNL = old + i
		}
		switch {
		case err == io.EOF:
			r.eof = true
		case err != nil:
			r.eof = true
			r.err = fmt.Errorf("tokenize: read at byte %d: %w", r.base+len(r.buf), err)
		case n == 0:
			if empty++; empty >= 100 {
				r.eof = true
				r.err = fmt.Errorf("tokenize: read at byte %d: %w", r.base+len(r.buf), io.ErrNoProgress)
			}
		}
	}

	cut, forced := len(r.buf), false
	if !r.eof {
		if r.lastNL >= 0 {
			cut = r.lastNL + 1
		} else {
			cut, forced = forcedCut(r.buf), true
		}
	}
	chunk := string(r.buf[:cut])
	var s Scanner
	s.initAt(chunk, r.base, r.rbase)
	toks, breaks := s.all()
	sents := split(toks, breaks, make([]vistka.Sentence, 0, len(toks)/16+1))
	if forced && len(sents) > 1 {
		// The last sentence may go on in the next chunk: read it again.
		last := sents[len(sents)-1]
		cut = last.Start - r.base
		r.rbase = last.RStart
		sents = sents[:len(sents)-1]
	} else {
		r.rbase += s.rpos // the scanner counted the whole chunk
	}
	r.base += cut
	r.buf = r.buf[:copy(r.buf, r.buf[cut:])]
	r.lastNL = bytes.LastIndexByte(r.buf, '\n')
	r.pending = sents
}

// forcedCut returns where to cut a full buffer that has no line break: after
// the last space in its second half, or else before an incomplete rune at
// its end.
func forcedCut(buf []byte) int {
	if i := bytes.LastIndexAny(buf[len(buf)/2:], " \t"); i >= 0 {
		return len(buf)/2 + i + 1
	}
	s := len(buf) - 1
	for s > 0 && s > len(buf)-utf8.UTFMax && !utf8.RuneStart(buf[s]) {
		s--
	}
	if s > 0 && !utf8.FullRune(buf[s:]) {
		return s
	}
	return len(buf)
}
