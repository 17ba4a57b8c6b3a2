// Package quote finds who said what: direct quotes in «…», „…“, "…" and
// “…” with the attribution before or after them, quotes that run over
// several paragraphs, and indirect speech (він зазначив, що …; за словами
// X, …; X наголосив на …). Every quote gets its speaker — an entity id
// from package entity, or the phrase as written when no entity fits — the
// lemma of its cue, and its span; the text never includes the attribution.
package quote
