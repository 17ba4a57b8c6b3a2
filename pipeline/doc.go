// Package pipeline runs the stages of vistka over one document, in order:
// tokens and sentences (tokenize), lemmas and tags (tag over the morph
// lexicon), entity spans with base forms (ner), then the extraction stages
// (entity, quote, source, amount, date, event) that fill a
// vistka.Extraction. A Pipeline holds the loaded, immutable models and is
// safe for concurrent use.
package pipeline
