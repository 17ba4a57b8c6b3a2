// Package quote finds who said what: direct quotes in «…», „…“, "…" and
// “…” with the attribution before or after them, quotes that run over
// several paragraphs, and indirect speech (він зазначив, що …; за словами
// X, …; X наголосив на …). Every quote gets its speaker — an entity id
// from package entity, or the phrase as written when no entity fits — the
// lemma of its cue, and its span; the text never includes the attribution.
//
// It also reads a quote the attribution cuts in two, lines of dialogue,
// quotes written a sentence a line, як заявив X, …; за даними / на думку /
// згідно з X, …; a cue after the content (…, повідомили в X); impersonal
// cues with the document that says it (у рішенні суду зазначено, що …).
//
// Its tests need tagged text, so they live with the pipeline:
// pipeline/constructions_test.go (sentences of our own), the gold sets in
// pipeline/testdata/gold and FuzzExtract.
package quote
