// Package quote finds who said what: direct quotes in «…», „…“, "…" and
// “…” with the attribution before or after them, quotes that run over
// several paragraphs, and indirect speech (він зазначив, що …; за словами
// X, …; X наголосив на …). Every quote gets its speaker — an entity id
// from package entity, or the phrase as written when no entity fits — the
// lemma of its cue, and its span; the text never includes the attribution.
// An aside of attribution inside what was said (Уряд, як повідомляє
// Reuters, не підтримає …; Ціни, на думку аналітиків, зростуть; Персональні
// дані, наголосили в міністерстві, не постраждали) is cut out of the text:
// the quote's parts are the pieces either side of it, its span covers the
// whole. A connective before the aside (Водночас, Крім того) is no part of
// what was said.
//
// It also reads a quote the attribution cuts in two, lines of dialogue,
// quotes written a sentence a line, як заявив X, …; за даними / на думку /
// згідно з X, …; a cue after the content (…, повідомили в X); impersonal
// cues with the document that says it (у рішенні суду зазначено, що …).
//
// Reportage and interviews add: verbs of manner after a quote (– зітхає
// він, – сміється вона); a quoted name in the attribution (– каже
// директор «Глибокої» Шаміль Мамлєєв); a line of dialogue over several
// sentences or lines; interviews in questions and answers, the answers
// given to the person named before the first question; мовляв; content
// after a colon (запропонувала свій варіант: обрати …); на його думку;
// an addressee before про/на (повідомила Мінюст про …); звернув увагу на
// …. A cue with no subject of its own (Запевняє, що …; … та додав, що …)
// speaks for the last person named as a subject; a pronoun with no person
// to stand for speaks for the body that is the last subject (Суд
// відмовив. Він вказав, що …); a name under a preposition is not the
// speaker, nor is ніхто, nor who passes the words on in an aside
// (Мекляр, цитує його слова агентство PAP, попередив, що …; «…», – цитує
// Reuters слова міністра).
//
// An aside of як may close its sentence (…, як повідомив мер міста); a
// verb of manner closes a line of dialogue as a verb of speech does (– …,
// – мугикнув Роман); a що with an infinitive and no predicate asks what
// to do (радила, що читати) and claims nothing.
//
// Its tests need tagged text, so they live with the pipeline:
// pipeline/constructions_test.go (sentences of our own), the gold sets in
// pipeline/testdata/gold and FuzzExtract.
package quote
