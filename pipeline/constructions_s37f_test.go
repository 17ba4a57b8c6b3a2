package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// checkNames fails t unless the entities of each text include every
// TYPE:name of want and none of not.
func checkNames(t *testing.T, tests []namesCase) {
	t.Helper()
	p := load(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			var got []string
			for _, e := range x.Entities {
				got = append(got, e.Type+":"+e.Name)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q:\n got %q\nwant %q among them", tt.text, got, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("%q:\n got %q\nwant no %q", tt.text, got, n)
				}
			}
		})
	}
}

type namesCase struct {
	name, text string
	want, not  []string
}

// TestS37FOutletsInCases checks that a news outlet named in a case other
// than the nominative, in quotation marks, where the entity model reads
// a work's title (kept as written) or a quoted name in the case the
// tagger guesses, is named by its nominative: adjective and noun, a
// plural, a name with a dot, two nouns joined by і, a regional edition.
func TestS37FOutletsInCases(t *testing.T) {
	checkNames(t, []namesCase{
		{"dative, plural", "Директор пояснив «Нашим грошам», що договір стосувався іншого.", []string{"ORG:Наші гроші"}, []string{"ORG:Нашим грошам"}},
		{"genitive, plural", "У міській раді на запит «Наших грошей» відповіли, що виконають рішення.", []string{"ORG:Наші гроші"}, []string{"ORG:Наших грошей"}},
		{"dative, adjective and noun", "Адвокатка заявила «Українській правді», що підозра безпідставна.", []string{"ORG:Українська правда"}, []string{"ORG:Українській правді"}},
		{"genitive, adjective and noun", "За даними «Української правди», угоду вже підписали.", []string{"ORG:Українська правда"}, nil},
		{"genitive, a name with a dot", "Як з'ясували журналісти «Слідства.Інфо», квартиру купили торік.", []string{"ORG:Слідство.Інфо"}, []string{"ORG:Слідства.Інфо"}},
		{"genitive read as a plural", "Аналітики «Дзеркала тижня» не погодилися з оцінкою.", []string{"ORG:Дзеркало тижня"}, []string{"ORG:Дзеркала тижня"}},
		{"dative, two nouns joined", "Міністр заявив «Слову і ділу», що звіт готовий.", []string{"ORG:Слово і діло"}, []string{"ORG:Слову і ділу"}},
		{"dative, a regional edition", "Мер розповів Суспільному Одеса, що світло дадуть увечері.", []string{"ORG:Суспільне Одеса"}, []string{"ORG:Суспільному Одеса"}},
		{"the nominative stays", "Про це пише «Українська правда».", []string{"ORG:Українська правда"}, nil},
	})
}
