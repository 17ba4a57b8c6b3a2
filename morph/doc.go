// Package morph is vistka's morphological lexicon of Ukrainian: it gives
// the lemmas and VESUM tags of a word form (Lookup), guesses them for
// words it does not know (Guess), and inflects lemmas (Inflect,
// Nominative). The tagger picks one analysis per token from what Lookup
// and Guess offer; named-entity normalisation uses Nominative.
//
// # Sources
//
// Build merges three sources into one lexicon:
//
//   - the tagged tokens of the BRUK corpus (bruk/train.tsv) outside its
//     development split (bruk.IsDev; the tagger uses the same split);
//   - VESUM's lemma lists, expanded by package vesum;
//   - Debian's hunspell-uk, expanded by package hunspell, which has the
//     general vocabulary with forms and lemmas but no tags. Its tags are
//     inferred (infer.go): for each rule of inflection, templates of tags
//     are learned from the forms it makes that the tagged sources know,
//     and filled with the features of each lemma (animacy, gender, kind,
//     aspect) that the tagged sources or the semantic classes of nouns
//     show, or that lemmas with the same flags have. Nouns that
//     hunspell-uk spells out form by form, without flags (позов,
//     позову, …, позовами), are joined first into one entry under the
//     flags of an analogous flagged noun (bare.go).
//
// A form that a VESUM list gives for a lemma and part of speech is taken
// from there and not inferred.
//
// # File
//
// The lexicon is one file (FileName), read in place: a one-byte code for
// words (code.go), a tag table, a table of endings with a static hash, a
// table of paradigms (a lemma ending and a sorted list of ending-tag
// slots) and stem records in hash buckets, each bucket with a two-bit
// filter. Lookup tries every split of the word into a stem and a known
// ending and keeps the slots of the stem's paradigms that have the
// ending. Open only checks a CRC and slices the sections, so a lexicon
// embedded in the binary opens in milliseconds. The guesser's suffix
// tables live in the same file.
//
// Tags are small integers inside: AppendLookup appends (lexeme, tag id)
// pairs to a caller's slice without allocating; Tag and TagID convert.
//
// # Rebuilding
//
// `vistka train morph` calls Build with the paths in Build's
// documentation; the same inputs give the same bytes.
package morph
