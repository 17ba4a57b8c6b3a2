package tokenize_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/tokenize"
)

// readAll collects the sentences of a Reader.
func readAll(t *testing.T, r *tokenize.Reader) ([]vistka.Sentence, error) {
	t.Helper()
	var out []vistka.Sentence
	for {
		s, err := r.Next()
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return out, err
		}
		out = append(out, s)
	}
}

func sameSentences(a, b []vistka.Sentence) (int, bool) {
	for i := range min(len(a), len(b)) {
		if a[i].Start != b[i].Start || a[i].End != b[i].End || a[i].RStart != b[i].RStart ||
			a[i].REnd != b[i].REnd || render(a[i].Tokens) != render(b[i].Tokens) {
			return i, false
		}
	}
	return min(len(a), len(b)), len(a) == len(b)
}

func testText(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Repeat(string(b), 6)
}

// TestReaderMatchesSentences reads a text through Readers with chunks from
// tiny to the default: with chunks longer than every paragraph the
// sentences equal those of Sentences; with shorter ones, offsets and texts
// still hold.
func TestReaderMatchesSentences(t *testing.T) {
	text := testText(t)
	want := tokenize.Sentences(text)
	longest := 0
	for p := range strings.SplitSeq(text, "\n") {
		longest = max(longest, len(p)+1)
	}
	for _, size := range []int{tokenize.MaxChunk, 4096, longest, 300, 64} {
		for _, one := range []bool{false, true} {
			var src io.Reader = strings.NewReader(text)
			if one {
				src = iotest.OneByteReader(src)
			}
			got, err := readAll(t, tokenize.NewReaderSize(src, size))
			if err != nil {
				t.Fatalf("size %d: %v", size, err)
			}
			var toks []vistka.Token
			for _, s := range got {
				checkSentence(t, text, s)
				toks = append(toks, s.Tokens...)
			}
			if size >= longest {
				if i, ok := sameSentences(got, want); !ok {
					t.Errorf("size %d, one byte %v: sentence %d differs", size, one, i)
				}
			} else if len(toks) < len(tokenize.Tokens(text))*9/10 {
				t.Errorf("size %d: %d tokens, want about %d", size, len(toks), len(tokenize.Tokens(text)))
			}
		}
	}
}

func TestReaderCRLFAndBOM(t *testing.T) {
	text := "\ufeffЗаголовок\r\nПерше речення. Друге!\r\n\r\nТретє\xff речення.\r\n"
	got, err := readAll(t, tokenize.NewReaderSize(iotest.HalfReader(strings.NewReader(text)), 64))
	if err != nil {
		t.Fatal(err)
	}
	if i, ok := sameSentences(got, tokenize.Sentences(text)); !ok {
		t.Errorf("sentence %d differs from Sentences", i)
	}
	for _, s := range got {
		checkSentence(t, text, s)
	}
}

// TestReaderLongWord feeds a 2 MB "word" with no space or line break: the
// Reader cuts it at rune boundaries, and the pieces cover it all.
func TestReaderLongWord(t *testing.T) {
	text := "Початок. " + strings.Repeat("ї", 1<<20) + " кінець."
	got, err := readAll(t, tokenize.NewReader(strings.NewReader(text)))
	if err != nil {
		t.Fatal(err)
	}
	covered := 0
	for _, s := range got {
		checkSentence(t, text, s)
		for _, tok := range s.Tokens {
			covered += len(tok.Text)
		}
	}
	if want := len(text) - 2; covered != want {
		t.Errorf("tokens cover %d bytes, want %d", covered, want)
	}
}

type failingReader struct {
	data string
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestReaderError(t *testing.T) {
	boom := errors.New("disk on fire")
	r := tokenize.NewReader(&failingReader{data: "Перше речення. Друге речення.\nТретє", err: boom})
	got, err := readAll(t, r)
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want one wrapping %v", err, boom)
	}
	if !strings.Contains(err.Error(), "read") {
		t.Errorf("error %q does not say it is a read error", err)
	}
	if len(got) != 3 {
		t.Errorf("got %d sentences before the error, want 3", len(got))
	}
	if _, err2 := r.Next(); !errors.Is(err2, boom) {
		t.Errorf("second Next: %v, want the same error", err2)
	}
}

func TestReaderNoProgress(t *testing.T) {
	r := tokenize.NewReader(&failingReader{err: nil})
	_, err := readAll(t, r)
	if !errors.Is(err, io.ErrNoProgress) {
		t.Errorf("error %v, want io.ErrNoProgress", err)
	}
}

// repeatReader yields text over and over up to n bytes.
type repeatReader struct {
	text string
	off  int
	n    int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && r.n > 0 {
		c := copy(p[k:min(len(p), k+r.n)], r.text[r.off:])
		r.off = (r.off + c) % len(r.text)
		k += c
		r.n -= c
	}
	return k, nil
}

// TestReaderMemory streams 100 MB and checks that the live heap stays small
// and the offsets reach the end of the stream.
func TestReaderMemory(t *testing.T) {
	size := 100 << 20
	if testing.Short() {
		size = 10 << 20
	}
	b, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r := tokenize.NewReader(&repeatReader{text: string(b), n: size})
	var (
		ms      runtime.MemStats
		peak    uint64
		last    vistka.Sentence
		n, toks int
	)
	for {
		s, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if s.Start < last.End {
			t.Fatalf("sentence at %d starts before the last ended, %d", s.Start, last.End)
		}
		last = s
		n++
		toks += len(s.Tokens)
		if n%20000 == 0 {
			// The live heap: what the Reader holds, not the garbage a
			// busy machine has not collected yet.
			runtime.GC()
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
	}
	t.Logf("%d MB: %d sentences, %d tokens, peak live heap %.1f MB", size>>20, n, toks, float64(peak)/(1<<20))
	if peak > 16<<20 { // measured: 4.3 MB
		t.Errorf("peak live heap %d MB, want under 16 MB", peak>>20)
	}
	if last.End < size-2 || last.End > size {
		t.Errorf("last sentence ends at %d, stream is %d bytes", last.End, size)
	}
}

// TestReaderGaps reads text with white space, format characters and
// invalid bytes of every length between and after its words through the
// shortest chunks: each chunk's count of code points carries over to the
// offsets of the next.
func TestReaderGaps(t *testing.T) {
	text := strings.Repeat("Слово \u00a0\u2028\u200b\xe2\x80 \xf0\x9f\xff\u3000\u00adдва. \xd0\u0085", 20)
	got, err := readAll(t, tokenize.NewReaderSize(strings.NewReader(text), 64))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range got {
		checkSentence(t, text, s)
		n += len(s.Tokens)
	}
	if n != len(tokenize.Tokens(text)) {
		t.Errorf("%d tokens through the Reader, %d from Tokens", n, len(tokenize.Tokens(text)))
	}
}
