// Package vesum expands the source files of VESUM, the large electronic
// dictionary of Ukrainian (github.com/brown-uk/dict_uk), into its word
// forms: every form with its lemma and full tag string, the lines of
// VESUM's own dict_corp_lt.txt.
//
// VESUM keeps its dictionary as lemma lists (dict/*.lst) and inflection
// groups (affix/*.aff). A list line names a lemma and the groups it
// inflects by:
//
//	Токаєв /n2adj2.<+m          a surname, masculine only
//	Астана /n10                 a first-declension noun
//	Блінкен /n20.a.<+           genitive in -а, a surname
//	Білгород /n20.a - Дністровський /n2adj1   a composite, both parts inflect
//	авеню noun:f:nv             an indeclinable word with its tags
//	дивен дивний adj:m:v_naz/v_zna:short      one extra form of a lemma
//
// and an affix group is a list of suffix rules "ending replacement
// [condition] # example @ tags". The expander applies the groups, then
// does what the affix files leave to VESUM's program: the tags of the
// lemma itself, animacy and the accusative it implies, vocatives,
// surnames of both genders, patronymics, comparatives, adverbial
// participles, the tags implied by the list a line comes from (:bad in
// twisters.lst, :prop:geo in geo-*.lst, …), add_tag.add, and the
// dictionary's order. The program itself (GPL) is not used; the rules
// were read off the format documentation and checked against
// golden/expected/dict_corp_lt.txt, which the expansion of golden/input
// reproduces byte for byte (TestGolden).
//
// Affixes are loaded once (LoadAffixes) and are safe to share. An
// Expander expands one list (ExpandFile, ExpandLines) or a whole dict
// directory (ExpandDir) and hands each Entry to a callback in dictionary
// order. Lines it cannot expand are reported to its Warn callback as
// *Error values with a file:line position and a Kind, and skipped; syntax
// errors in affix files make LoadAffixes fail with an ErrorList.
//
// The expanded dictionary feeds vistka's lexicon (package morph): the
// full dict/ directory, without the lists of mistakes (invalid*.lst),
// gives about 1.6 million entries for 103 thousand lemmas. The general
// vocabulary (base.lst) is not part of the shared data; hunspell-uk
// stands in for it.
package vesum
