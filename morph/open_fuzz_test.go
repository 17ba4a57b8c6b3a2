package morph_test

import (
	"context"
	"encoding/binary"
	"hash/crc32"
	"testing"

	"github.com/vistka/vistka/morph"
)

// fixCRC rewrites the checksum of a lexicon file after its section table,
// so that fuzzing reaches the reading of the sections; a file without
// the table is left as it is.
func fixCRC(data []byte) []byte {
	if len(data) < 20 {
		return data
	}
	head := 20 + 12*int(binary.LittleEndian.Uint32(data[16:]))
	if head < 20 || head > len(data) {
		return data
	}
	b := append([]byte(nil), data...)
	binary.LittleEndian.PutUint32(b[12:], crc32.Checksum(b[head:], crc32.MakeTable(crc32.Castagnoli)))
	return b
}

// FuzzOpen opens damaged lexicon files, as $VISTKA_MODELS may hold: Open
// refuses them with an error, or the lexicon it opens answers every
// question without a panic, with analyses that have a lemma and a tag,
// and tags it can name. An input is a whole file, or, when data is
// empty, the mini lexicon with patch written over it at at: the damage a
// file with an intact layout can have. The checksum is made right, or it
// would refuse nearly everything.
func FuzzOpen(f *testing.F) {
	lex, _, err := morph.BuildBytes(context.Background(), miniConfig())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(lex, uint32(0), []byte{})
	f.Add(lex[:len(lex)/2], uint32(0), []byte{})
	f.Add(lex[:40], uint32(0), []byte{})
	f.Add([]byte("VSTKLEX\x00\x01\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff"), uint32(0), []byte{})
	for _, at := range []uint32{24, 200, uint32(len(lex) / 3), uint32(len(lex) / 2), uint32(len(lex) - 8)} {
		f.Add([]byte{}, at, []byte{0xff, 0xff, 0xff, 0x7f})
		f.Add([]byte{}, at, []byte{0, 0, 0, 0, 1})
	}
	f.Fuzz(func(t *testing.T, data []byte, at uint32, patch []byte) {
		if len(data) == 0 {
			data = append([]byte(nil), lex...)
			copy(data[20+int(at)%(len(data)-20):], patch)
		}
		data = fixCRC(data)
		l, err := morph.Open(data)
		if err != nil {
			if l != nil {
				t.Fatalf("Open = %v and an error: %v", l, err)
			}
			return
		}
		for _, w := range []string{"сили", "Зимою", "БЛІНКЕНА", "рукою", "водам", "п’яти", "Веркена", "x", "", "\xff"} {
			l.Known(w)
			for _, a := range l.Lookup(w) {
				if a.Lemma == "" || a.Tag == "" {
					t.Fatalf("Lookup(%q) = %+v: no lemma or tag", w, a)
				}
				l.Inflect(a.Lemma, "v_rod")
				l.Nominative(w, a)
			}
			for _, c := range l.AppendLookup(nil, w) {
				l.Lemma(c.Lexeme)
				l.Tag(c.Tag)
				l.Forms(c.Lexeme, func(string, morph.TagID) {})
			}
			l.Guess(w, 3)
		}
		for i := range l.NumTags() {
			if id, ok := l.TagID(l.Tag(morph.TagID(i))); !ok || l.Tag(id) != l.Tag(morph.TagID(i)) {
				t.Fatalf("tag %d %q is not found by its name", i, l.Tag(morph.TagID(i)))
			}
		}
	})
}
