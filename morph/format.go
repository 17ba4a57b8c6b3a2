package morph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
)

// File layout (all integers little-endian):
//
//	magic    [8]byte "VSTKLEX\x00"
//	version  u32
//	crc      u32  CRC-32C of everything after the section table
//	nsec     u32
//	table    nsec × {id, offset, length u32}
//	sections, each 4-byte aligned
//
// Every section is used in place; opening a lexicon only checks the CRC,
// slices the sections and reads the small tag and character tables.

const (
	fileMagic   = "VSTKLEX\x00"
	fileVersion = 1
)

// Section ids.
const (
	secMeta         = 1  // text, key=value lines
	secParams       = 2  // u32 parameters, see param*
	secChars        = 3  // u32 runes of bytes 0x80..
	secTagOff       = 4  // u32[ntags+1]
	secTagBlob      = 5  // tag strings
	secEndOff       = 6  // u32[nends+1]
	secEndBlob      = 7  // ending codes
	secEndHash      = 8  // u32 slots: ending id + 1, 0 empty
	secParaOff      = 9  // u32[npara+1] first slot of each paradigm
	secParaLemma    = 10 // u32[npara] ending id of the lemma suffix
	secParaSlots    = 11 // u32 slots: ending id << tagBits | tag id
	secStemBucket   = 12 // u32 pairs {record offset, filter} a bucket, then the end
	secStemRecs     = 13 // records: stemLen u8, stem, count u8, count × u24 paradigm
	secGuessHash    = 14 // u32 slots: key id + 1
	secGuessKeyOff  = 15 // u32[nkeys+1]
	secGuessKeys    = 16 // key codes: case class byte + suffix code
	secGuessEntOff  = 17 // u32[nkeys+1]
	secGuessEnts    = 18 // u32 entries: paradigm << slotBits | slot index
	secGuessWeights = 19 // u8 a entry: weight relative to the key's best
	secShapes       = 20 // text: the readings of words with digits (shape.go)
)

// Parameters in secParams.
const (
	paramTagBits = iota
	paramMaxEnd
	paramGuessMaxSuffix
	paramParaBytes // bytes of a paradigm id in a stem record: 2 or 3
	numParams
)

type section struct {
	id   uint32
	data []byte
}

// writeFile lays sections out in the file format.
func writeFile(secs []section) []byte {
	head := 8 + 4 + 4 + 4 + 12*len(secs)
	off := (head + 3) &^ 3
	table := make([]byte, 0, 12*len(secs))
	for _, s := range secs {
		table = binary.LittleEndian.AppendUint32(table, s.id)
		table = binary.LittleEndian.AppendUint32(table, uint32(off))
		table = binary.LittleEndian.AppendUint32(table, uint32(len(s.data)))
		off = (off + len(s.data) + 3) &^ 3
	}
	out := make([]byte, 0, off)
	out = append(out, fileMagic...)
	out = binary.LittleEndian.AppendUint32(out, fileVersion)
	out = binary.LittleEndian.AppendUint32(out, 0) // crc, below
	out = binary.LittleEndian.AppendUint32(out, uint32(len(secs)))
	out = append(out, table...)
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	for _, s := range secs {
		out = append(out, s.data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	binary.LittleEndian.PutUint32(out[12:], crc32.Checksum(out[head:], crcTable))
	return out
}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

var errFormat = errors.New("not a vistka lexicon")

// readFile checks the header and returns the sections by id.
func readFile(data []byte) (map[uint32][]byte, error) {
	if len(data) < 20 || string(data[:8]) != fileMagic {
		return nil, errFormat
	}
	if v := binary.LittleEndian.Uint32(data[8:]); v != fileVersion {
		return nil, fmt.Errorf("lexicon version %d, want %d", v, fileVersion)
	}
	n := int(binary.LittleEndian.Uint32(data[16:]))
	head := 20 + 12*n
	if n > 1000 || head > len(data) {
		return nil, fmt.Errorf("%w: bad section table", errFormat)
	}
	if crc := crc32.Checksum(data[head:], crcTable); crc != binary.LittleEndian.Uint32(data[12:]) {
		return nil, fmt.Errorf("%w: checksum mismatch", errFormat)
	}
	secs := make(map[uint32][]byte, n)
	for i := range n {
		e := data[20+12*i:]
		id := binary.LittleEndian.Uint32(e)
		off := int(binary.LittleEndian.Uint32(e[4:]))
		ln := int(binary.LittleEndian.Uint32(e[8:]))
		if off < head || off > len(data) || ln > len(data)-off {
			return nil, fmt.Errorf("%w: section %d out of range", errFormat, id)
		}
		secs[id] = data[off : off+ln : off+ln]
	}
	return secs, nil
}

// u32s is a little-endian uint32 array used in place.
type u32s []byte

func (a u32s) at(i int) uint32 { return binary.LittleEndian.Uint32(a[4*i:]) }
func (a u32s) len() int        { return len(a) / 4 }

// words returns a decoded: a table read for every word is read faster
// from a slice of its own.
func (a u32s) words() []uint32 {
	w := make([]uint32, a.len())
	for i := range w {
		w[i] = a.at(i)
	}
	return w
}

func appendU32s(dst []byte, v ...uint32) []byte {
	for _, x := range v {
		dst = binary.LittleEndian.AppendUint32(dst, x)
	}
	return dst
}
