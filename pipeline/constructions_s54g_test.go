package pipeline_test

import "testing"

// TestS54GRelativeTimeCase: a name ends before a time in the genitive
// placed by минулий, наступний, позаминулий or цей (цього року), but not
// before the same words in another case, which may be a phrase inside
// the name ("на наступний рік", accusative after a preposition).
func TestS54GRelativeTimeCase(t *testing.T) {
	checkNames(t, []namesCase{
		{"accusative in a name", "Благодійний фонд «Надія на наступний рік» зібрав гроші для лікарні в Ковелі.", []string{"ORG:Надія на наступний рік"}, []string{"ORG:Надія на"}},
		{"genitive after a name", "Депутати Ніжинської міської ради цього тижня ухвалили новий бюджет.", []string{"ORG:Ніжинська міська рада"}, []string{"ORG:Ніжинська міська рада цей тиждень"}},
	})
}
