// Package gazetteer holds Ukrainian name lists: countries and regions
// (ISO 3166 from Debian's iso-codes with their Ukrainian translations, and
// CLDR's Ukrainian region names from golang.org/x/text), places, people's
// first names, surnames and patronymics, and other proper names (VESUM).
// The entity tagger reads membership as features and the base-form code
// reads lemmas from it.
//
// The lists are lemmas (nominative singular). Lookup finds a lemma given
// in any letter case; Guess also finds the lemma of an inflected form by
// stripping case endings (Токаєвим → Токаєв, Астани → Астана,
// Києва → Київ), which is a guess: prefer a morphological lemma when one
// is at hand.
//
// tables.go and index.bin are generated: index.bin holds the lookup
// tables (hash tables over the normalised names and their stems), built
// ahead so that loading the gazetteer costs no work per name. Run
// `go generate ./gazetteer` (gen.go) from the module root with ../shared/data, iso-codes and unicode-cldr-core installed. Licences: VESUM
// CC BY-NC-SA 4.0; iso-codes LGPL-2.1+; CLDR Unicode licence.
package gazetteer

//go:generate go run gen.go
