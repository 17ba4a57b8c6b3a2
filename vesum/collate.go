package vesum

import (
	"unicode"
	"unicode/utf8"
)

// The dictionary is sorted the way a Ukrainian reader expects: by the
// Ukrainian alphabet (ґ after г, є after е, і ї after и), ignoring case,
// hyphens, apostrophes and dots at first; then lower case before upper
// case; then a word without those marks before the same word with them.

const ukAlphabet = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"

var cyrRank = func() map[rune]int {
	m := map[rune]int{}
	i := 0
	for _, r := range ukAlphabet {
		m[r] = 300 + 4*i
		i++
	}
	// Russian and other letters that turn up in the dictionary, next to
	// their Ukrainian neighbours.
	m['ё'] = m['е'] + 1
	m['ъ'] = m['щ'] + 1
	m['ы'] = m['щ'] + 2
	m['э'] = m['ь'] + 1
	m['ў'] = m['у'] + 1
	return m
}()

func ignorable(r rune) bool {
	switch r {
	case '-', '\'', '’', 'ʼ', '.', ' ', '\u2011', '\u00ad':
		return true
	}
	return false
}

func primaryRank(r rune) int {
	r = unicode.ToLower(r)
	if k, ok := cyrRank[r]; ok {
		return k
	}
	switch {
	case r >= '0' && r <= '9':
		return 10 + int(r-'0')
	case r >= 'a' && r <= 'z':
		return 100 + int(r-'a')*4
	}
	return 1000 + int(r)
}

// collateKey returns a byte string whose byte order is the dictionary
// order of s.
func collateKey(s string) string {
	b := make([]byte, 0, 3*len(s)+4)
	var caseBits []byte
	var marks []byte
	pos := 0
	for _, r := range s {
		if ignorable(r) {
			p := 250 - pos
			if p < 1 {
				p = 1
			}
			marks = append(marks, byte(p), byte(r&0x7f)|1)
			pos++
			continue
		}
		k := primaryRank(r)
		if k > 0xfffe {
			k = 0xfffe
		}
		b = append(b, byte(k>>8), byte(k))
		if unicode.IsUpper(r) {
			caseBits = append(caseBits, 2)
		} else {
			caseBits = append(caseBits, 1)
		}
		pos++
	}
	b = append(b, 0, 0)
	b = append(b, caseBits...)
	b = append(b, 0)
	b = append(b, marks...)
	return string(b)
}

// collate compares a and b in dictionary order, as collateKey(a) and
// collateKey(b) would compare, without allocating.
func collate(a, b string) int {
	// Letters, ignoring case and marks.
	i, j := 0, 0
	for {
		ra, na := nextLetter(a, i)
		rb, nb := nextLetter(b, j)
		if na == 0 || nb == 0 {
			switch {
			case na == 0 && nb != 0:
				return -1
			case na != 0 && nb == 0:
				return 1
			}
			break
		}
		pa, pb := primaryRank(ra), primaryRank(rb)
		if pa != pb {
			if pa < pb {
				return -1
			}
			return 1
		}
		i, j = i+na, j+nb
	}
	if a == b {
		return 0
	}
	ka, kb := collateKey(a), collateKey(b)
	switch {
	case ka < kb:
		return -1
	case ka > kb:
		return 1
	}
	return 0
}

// nextLetter returns the first letter (not a mark) at or after i and the
// number of bytes up to its end, or 0 at the end of s.
func nextLetter(s string, i int) (rune, int) {
	for k := i; k < len(s); {
		r, n := utf8.DecodeRuneInString(s[k:])
		k += n
		if !ignorable(r) {
			return r, k - i
		}
	}
	return 0, 0
}
