// Package hunspell reads Hunspell dictionaries (.aff and .dic files) and
// expands every dictionary entry into the word forms its affix flags
// produce.
//
// It is not a spell checker: vistka uses it to turn Debian's hunspell-uk
// (which is generated from VESUM) into a list of word forms with their
// lemmas, so that package morph can learn tags for them. Each generated
// Form says which rule made it (the flag of the affix class and the index
// of the rule inside the class, in file order), which is what morph keys
// its tag statistics on.
//
// Supported: SET UTF-8, FLAG (char, UTF-8, long, num), AF aliases, SFX and
// PFX classes with conditions and cross products, one level of
// continuation classes on suffixes, NEEDAFFIX (PSEUDOROOT),
// FORBIDDENWORD, ONLYINCOMPOUND, CIRCUMFIX, FULLSTRIP, IGNORE, ICONV and
// OCONV. Compounding and suggestion directives are read and ignored.
// A field that starts with '#' after the fields of an affix rule is taken
// for a comment (uk_UA.aff has a stray "###" at the end of some rules).
//
// Parse errors carry the file name and line, go/scanner style: an
// ErrorList of *Error.
package hunspell
