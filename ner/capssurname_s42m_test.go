package ner

import (
	"testing"

	"github.com/vistka/vistka"
)

// capsTags are the tagger's readings of the sentences of the s42m tests:
// first names, surnames in capitals (ВОВК read as the common noun) and
// abbreviations the lexicon knows.
var capsTags = map[string]string{
	"Марія": "Марія/noun:anim:f:v_naz:prop:fname", "ЛУЦЬ": "Луць/noun:anim:m:v_naz:prop:lname",
	"Ірина": "Ірина/noun:anim:f:v_naz:prop:fname", "ВОВК": "вовк/noun:anim:m:v_naz",
	"Олександра": "Олександр/noun:anim:m:v_rod:prop:fname", "ПОПОВА": "Попов/noun:anim:m:v_rod:prop:lname",
	"Василь": "Василь/noun:anim:m:v_naz:prop:fname", "ЗСУ": "ЗСУ/noun:inanim:p:v_naz:nv:ns:abbr:prop",
	"Віталій": "Віталій/noun:anim:m:v_naz:prop:fname", "ОВА": "ОВА/noun:inanim:f:v_rod:nv:abbr",
	"ГРИЦАЙЧУК": "ГРИЦАЙЧУК/noun:inanim:m:v_naz:nv:abbr:prop",
	"виступив":  "виступити/verb:perf:past:m", "виступила": "виступити/verb:perf:past:f",
}

// TestS42MCapsAbbrevs checks that a PERS span of a first name and an
// abbreviation the lexicon knows (ЗСУ, ОВА) ends at the first name, the
// abbreviation a span of its own, and that a surname in capitals, or a
// long one the tagger guesses as an abbreviation, stays in the name.
func TestS42MCapsAbbrevs(t *testing.T) {
	runRuleCases(t, cutCapsAbbrevs, capsTags, []ruleCase{
		{"ЗСУ after a first name", "Виступив [PERS Василь ЗСУ] .", []string{"PERS Василь", "PERS ЗСУ"}},
		{"ОВА after a first name", "Виступив [PERS Віталій ОВА] .", []string{"PERS Віталій", "PERS ОВА"}},
		{"a surname in capitals", "Виступила [PERS Марія ЛУЦЬ] .", []string{"PERS Марія ЛУЦЬ"}},
		{"a long surname guessed as an abbreviation", "Виступив [PERS Віталій ГРИЦАЙЧУК] .", []string{"PERS Віталій ГРИЦАЙЧУК"}},
	})
}

// TestS42MCapsSurnameBase checks that a surname in capitals after a first
// name has its base form in title case, inflected forms lemmatised as a
// surname in title case is, and that one with few vowels (ЛУЦЬ) or read
// as a common noun (ВОВК) is no acronym kept in capitals.
func TestS42MCapsSurnameBase(t *testing.T) {
	for _, tt := range []struct{ marked, want string }{
		{"[PERS Марія ЛУЦЬ] виступила .", "Марія Луць"},
		{"[PERS Ірина ВОВК] виступила .", "Ірина Вовк"},
		{"Виступив [PERS Олександра ПОПОВА] .", "Олександр Попов"},
	} {
		t.Run(tt.want, func(t *testing.T) {
			s, spans := taggedMarked(t, tt.marked, capsTags)
			a, b := vistka.TokensIn(s.Tokens, spans[0].Start, spans[0].End)
			if got := (Lemmatizer{}).BaseForm("PERS", spans[0].Text, s.Tokens[a:b]); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
