package tag

// Candidate is one analysis of a word form that a Lexicon proposes: a
// lemma and a full VESUM tag as BRUK writes it (noun:inanim:f:v_rod).
type Candidate struct {
	Lemma string
	Tag   string
	// Guess is true when the analysis comes from a guesser rather than the
	// dictionary: the tagger then trusts its suffix features more and the
	// evaluation counts the token as unknown.
	Guess bool
}

// Lexicon proposes the analyses of a word form. The tagger calls it only
// for Cyrillic words (with apostrophes, hyphens and the dots of
// abbreviations); numbers, punctuation, symbols and Latin words get
// candidates from the model's own rules.
//
// Analyze appends to dst the analyses of form, which is the token text as
// written (any case, any apostrophe: the lexicon normalises it), and
// returns the extended slice. It returns guesses (Guess true) when it does
// not know the form, and may return nothing at all, which leaves the
// tagger to guess. Analyses that come first are preferred when nothing
// else decides between lemmas. Analyze must be safe for concurrent use if
// the Model is used concurrently with it.
type Lexicon interface {
	Analyze(form string, dst []Candidate) []Candidate
}

// Guesser is a Lexicon that can also guess the analyses of a form as if it
// did not know it. Training uses it to show the model unknown words: forms
// rare in the training data are analysed by Guess instead of Analyze (see
// TrainConfig.GuessRare).
type Guesser interface {
	Lexicon
	Guess(form string, dst []Candidate) []Candidate
}
