package pipeline_test

import "testing"

// Readings fixed in task s55r (titles and role/pronoun resolution, found
// with the paraphrase set TestParaphraseS55R). The sentences are our own.

// TestS55RWomansTitleAfterPluralVerb: a woman's title in -иця or -ка in
// the dative, which has the form of the nominative plural, after a
// plural verb with no subject, is the title of the woman named after it
// in the dative; her name is given in its base form.
func TestS55RWomansTitleAfterPluralVerb(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Грамоту вручили речниці міської ради Оксані Дячук.", "Оксана Дячук",
			[]string{"речниця міської ради"}, nil},
		{"Слово надали керівниці управління культури Марті Федорук.", "Марта Федорук",
			[]string{"керівниця управління культури"}, nil},
		{"Відповідь надіслали начальниці відділу кадрів Зоряні Климчук.", "Зоряна Климчук",
			[]string{"начальниця відділу кадрів"}, nil},
	})
}
