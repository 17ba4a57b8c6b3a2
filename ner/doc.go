// Package ner finds named entities of the 13 NER-UK 2.0 types (PERS, LOC,
// ORG, JOB, DATE, TIME, PERIOD, MON, PCT, QUANT, ART, DOC, MISC) in
// tokenized Ukrainian text and gives each PERS, LOC, ORG, MISC and JOB
// span its base form in the nominative.
//
// The tagger is an averaged structured perceptron over BILOU labels with
// Viterbi decoding under the BILOU grammar; TrainConfig.Runs trains
// several over the data in different orders and keeps the mean of their
// weights (the shipped model: four). Its features are the word and
// its neighbours (±2), rune prefixes and suffixes, a stem without the case
// ending, shapes, guillemet context (the word before «…»: ТОВ «…», газета
// «…», закон «…»), what other mentions of the word in the document look
// like, gazetteer categories (package gazetteer) and, when a model is
// trained with them, morphology: lemma, part of speech, case and name
// markers from Token.Lemma and Token.Tag. The types predicted earlier in
// the document for the same stem are features too (prediction history).
// TrainConfig.Stack trains a two-stage model whose second stage reads
// the first's labels of the whole document (stack.go); the shipped model
// is one stage, as stacking gained too little for its cost.
// The distributional classes of the lemmas of w-1, w0 and w+1 (package
// cluster; TrainConfig.Clusters) are features of the shipped model too:
// 3-fold cross-validation 0.8085 → 0.8095 micro, 0.8565 → 0.8598 on
// PERS+LOC+ORG.
// Decoding is flat: the outermost spans of the nested NER-UK annotation;
// Inner adds the dates nested in periods and documents. After decoding, a
// person's name cut by lower-case particles is joined again (Урсулою |
// фон дер | Ляєн), a one-word "person" the gazetteer knows only as a
// country becomes a LOC, mentions of one name in a document get one
// type, and exact repeats of a found name that were missed are added.
//
// Find works on any tokenization: Refine cuts the pipeline's tokens the
// way the model was trained (грн. → грн + .), keeping offsets. A model
// trained with morphology must be given sentences tagged by the same
// tagger (the pipeline's), or it loses about 15 points of F1.
//
// Features are kept only as 32-bit hashes in a bucketed table with
// int16 weights, which Open reads in place from the model file; a model
// is immutable and safe for concurrent use. The first Find lays the table
// out again for tagging (4 MB: an open-addressed hash table, and the
// weights packed with their labels), so that a lookup reads two cache
// lines instead of five. Most features depend on one word or one tag
// alone; Find computes them once for each word form and tag it sees and
// keeps them with the word, so that a sentence looks up only the features
// of word pairs. A token's scores add its features' weights in the order
// the features come, as they always did, so that the sums round the same.
//
// Base forms (Lemmatizer) change only the head phrase of a span: the
// words up to the head noun, or every word of a person's name, agree on a
// case; they go to the nominative (adjectives agreeing with the head),
// and a genitive tail stays (Національним банком України → Національний
// банк України). The readings come from the tokens' tags, a lexicon when
// one is given (LexiconFuncs adapts package morph's) and suffix rules; a
// name the gazetteer lists wins over the tagger's guessed lemma (Астані →
// Астана, not Астан).
//
// Training: TrainCorpus (`vistka train ner`) trains on the NER-UK folder
// minus its development split (IsDev: FNV-32a of the document ID % 10 ==
// 0) and scores on that split; EvalDir (`vistka eval ner --gold DIR`)
// scores a model on any folder in NER-UK layout. The model is trained on
// NER-UK 2.0 (lang-uk), CC BY-NC-SA 4.0; its metadata says so.
package ner
