package scan

// A Sieve answers, for a set of words, whether a word may be one of them,
// from its length in bytes and its last byte, in a few instructions where
// a map lookup hashes the word. False is sure; true means the set must be
// asked. A rule that asks a map about every word of a text keeps a Sieve
// of the map's keys and asks the map about the few the Sieve lets through.
// The zero Sieve lets nothing through: Add each word of the set.
type Sieve [32]uint64

// Add adds w to the words s lets through.
func (s *Sieve) Add(w string) {
	b := sieveBit(w)
	s[b>>6] |= 1 << (b & 63)
}

// May reports whether w may be one of the words added to s: false only
// when it is none of them.
func (s *Sieve) May(w string) bool {
	b := sieveBit(w)
	return s[b>>6]&(1<<(b&63)) != 0
}

// A SieveKey is a word's bit in every Sieve, for asking several Sieves
// about one word: a function too big for the compiler to inline May into
// (its budget for big functions is smaller than May's cost) takes the
// word's key once and asks each Sieve with Has, which does inline.
type SieveKey uint

// KeyOf returns w's SieveKey.
func KeyOf(w string) SieveKey { return SieveKey(sieveBit(w)) }

// Has reports what s.May reports for a word whose key is k.
func (s *Sieve) Has(k SieveKey) bool { return s[k>>6]&(1<<(k&63)) != 0 }

// sieveBit returns the bit of a Sieve for w: the low five bits of its
// length and the low six of its last byte, which tell apart the last
// letters of Cyrillic words (the second byte of a two-byte letter).
func sieveBit(w string) uint {
	if w == "" {
		return 0
	}
	return uint(len(w)&31)<<6 | uint(w[len(w)-1]&63)
}

// SieveOf returns a Sieve of the keys of the maps ms.
func SieveOf[V any](ms ...map[string]V) (s Sieve) {
	for _, m := range ms {
		for w := range m {
			s.Add(w)
		}
	}
	return s
}

// Union returns a Sieve that lets through what s or t does.
func (s Sieve) Union(t Sieve) Sieve {
	for i := range s {
		s[i] |= t[i]
	}
	return s
}
