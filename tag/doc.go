// Package tag is the statistical morphological tagger of the text core: for
// every token of a sentence it picks one full VESUM tag (exactly the tag
// strings of BRUK: noun:inanim:f:v_rod, adj:f:v_zna:pron:int:rel:def,
// punct, number, …) and the lemma that goes with it.
//
// A Lexicon proposes the candidates (lemma, tag) of a Cyrillic word: from
// its dictionary when it knows the form and from its guesser when it does
// not. MorphLexicon adapts the lexicon of package morph, which vistka
// ships; CorpusLexicon is made of BRUK's own training documents, for
// experiments. Numbers, punctuation, symbols, Latin words and
// digit-letter forms such as 90-х get candidates from rules the model
// learned from BRUK (punct, number, number:latin, symb, unclass, date,
// time; 90-х → 90-й adj:p:v_rod:numr).
//
// A greedy left-to-right averaged perceptron scores the candidates with
// features of the word (form, suffixes of 1–4 runes, prefix, shape), of its
// neighbours (forms and the ambiguity classes of their candidates), of the
// two tags chosen before it, and of the phrase so far: a preposition still
// waiting for its noun, the gender and case of the adjectives before, the
// subject, the verb of the clause and the next possible verb. Tags are
// structured: a candidate's score is the sum of the weights of its parts
// (the full tag; part of speech; part of speech and case; part of speech,
// number and person; gender and case; case; subtype markers), so that rare
// full tags share strength with frequent ones. Candidate features — the
// candidate's rank, the lemma rule of a guess, agreement with the verbs
// around — separate candidates with the same tag or lemma.
//
// A Model is immutable and safe for concurrent use. Open reads it in place
// from a []byte (an embedded file): the weights stay in the byte slice as
// an open-addressing hash table of feature hashes to blocks of (label,
// weight) pairs, so opening costs milliseconds. Training is deterministic:
// the same data and lexicon give the same bytes.
//
// # Rebuilding the model
//
// TrainBRUK is the entry point of `vistka train morph`; gen.go runs it:
//
//	cd tag && go run gen.go -lexicon ../models/uk-lexicon.bin -o ../models/uk-tagger.bin
//
// It trains on the BRUK documents outside the dev split (bruk.IsDev) and
// prints the dev scores. A model works best with the lexicon it was
// trained with: rebuild it whenever the lexicon is rebuilt.
package tag
