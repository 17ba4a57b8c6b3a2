// Package storetest checks that an implementation of vistka.Store behaves
// as the interface says, and gives the stores' benchmarks their data.
//
//   - Run runs the behaviour tests, each on a new store that an Opener
//     makes; package sqlite runs them on a file in t.TempDir(), package
//     postgres on a fresh schema of a real server.
//   - Compare checks that two stores answer every query alike.
//   - Corpus makes realistic documents by recombining the sentences of the
//     NER-UK texts in ../shared/data; Fill, Latencies and SearchLatency
//     measure search over many of them.
//
// Lemmatize is the small Lemmatizer the tests use: enough morphology to
// show that search goes by lemma.
package storetest
