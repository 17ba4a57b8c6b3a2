// Package bruk reads the morphological gold of the Brown Ukrainian Corpus
// (BRUK) as it is stored in ../shared/data/bruk/train.tsv, splits it into
// training and development documents, reads and writes the token-a-line
// format of `vistka analyze --input tokens`, and rebuilds a document's
// running text from its tokens (Text), so that tests can use the corpus's
// texts without copying them.
//
// The training file holds one token a line, `surface<TAB>lemma<TAB>tags`; a
// blank line ends a sentence and `# doc = NAME` starts a document. Readers
// report malformed lines with their position (go/scanner style) and never
// panic on bad input. The tagger (package tag) and the lexicon (package
// morph) train from what this package reads; both use IsDev so that they
// hold out the same documents.
package bruk
