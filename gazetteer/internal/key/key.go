// Package key holds what the gazetteer and its generator (gen.go) must
// compute alike, so that the index the generator writes is the one the
// gazetteer reads: the normal form of a name, the stems its inflected
// forms are built on, and the hash of the index's slots.
package key

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// Hash is 32-bit FNV-1a.
func Hash[T string | []byte](s T) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// Normalize lower-cases s and writes every apostrophe as '.
func Normalize(s string) string { return string(AppendNormal(nil, s)) }

// AppendNormal appends Normalize(s) to b: lower case as strings.ToLower
// makes it (invalid UTF-8 becomes U+FFFD), apostrophes as '.
func AppendNormal(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		// ASCII and the Cyrillic letters from Ѐ to я byte by byte, as
		// the switch below would write them.
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '`':
				c = '\''
			}
			b = append(b, c)
			i++
			continue
		}
		if i+1 < len(s) {
			switch d := s[i+1]; {
			case c == 0xd0 && 0xb0 <= d && d <= 0xbf, c == 0xd1 && 0x80 <= d && d <= 0x9f: // а-п, р-я, ѐ-џ
				b = append(b, c, d)
				i += 2
				continue
			case c == 0xd0 && 0x90 <= d && d <= 0x9f: // А-П
				b = append(b, c, d+0x20)
				i += 2
				continue
			case c == 0xd0 && 0xa0 <= d && d <= 0xaf: // Р-Я
				b = append(b, 0xd1, d-0x20)
				i += 2
				continue
			case c == 0xd0 && 0x80 <= d && d <= 0x8f: // Ѐ-Џ
				b = append(b, 0xd1, d+0x10)
				i += 2
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case 'A' <= r && r <= 'Z', 'А' <= r && r <= 'Я':
			r += 'a' - 'A' // the same distance in Cyrillic: а - А
		case 'Ѐ' <= r && r <= 'Џ':
			r += 'ѐ' - 'Ѐ'
		case r < 0x80 && r != '`', 'а' <= r && r <= 'я', 'ѐ' <= r && r <= 'џ':
		case r == '’' || r == 'ʼ' || r == '`' || r == '‘':
			r = '\''
		default:
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// Vowels are the letters Stems strips from the end of a word, with й and ь.
const Vowels = "аяоеєіїиуюйь"

// Stems returns the stems an inflected form of lemma k is built on: k less
// its final vowel, й or ь, and for a closed last syllable with і/ї the
// alternating stems (Київ → києв, Львів → львов).
func Stems(k string) []string {
	if scan.RuneCount(k) < 3 {
		return []string{k}
	}
	out := []string{k}
	r, sz := utf8.DecodeLastRuneInString(k)
	if strings.ContainsRune(Vowels, r) {
		if s := k[:len(k)-sz]; scan.RuneCount(s) >= 2 {
			out = append(out, s)
		}
		// adjectival -ий, -ій, -ої: Кримський → кримськ
		for _, e := range []string{"ий", "ій", "ой"} {
			if s, ok := strings.CutSuffix(k, e); ok && scan.RuneCount(s) >= 3 {
				out = append(out, s)
			}
		}
		return out
	}
	// closed last syllable: …іC or …їC
	rest := k[:len(k)-sz]
	v, vsz := utf8.DecodeLastRuneInString(rest)
	if v == 'і' || v == 'ї' {
		base := rest[:len(rest)-vsz]
		c := string(r)
		if v == 'ї' {
			out = append(out, base+"є"+c)
		} else {
			out = append(out, base+"о"+c, base+"е"+c)
		}
	}
	return out
}
