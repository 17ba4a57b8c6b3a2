package pipeline_test

import (
	"testing"
	"time"
)

// Session 52, helper u: titles the tagger read as names or broke with a
// homonym, and a foreign name whose middle word it read as a verb. The
// sentences are our own.

// TestTitleReadAsSurname: a title that is a surname too (староста), at
// the start of a sentence before a woman's name, is read by the tagger
// as her surname; it is her title, and her name is without it.
func TestTitleReadAsSurname(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Староста Марія Гнатюк розповіла, що в селі відкрили пункт незламності.", "Марія Гнатюк", []string{"староста"}, nil},
		{"Староста Наталія Кравчук подякувала волонтерам за допомогу.", "Наталія Кравчук", []string{"староста"}, nil},
		{"Староста села Галина Петрук зустрілася з мешканцями.", "Галина Петрук", []string{"староста села"}, nil},
		{"Староста округу Галина Петрук зустрілася з мешканцями.", "Галина Петрук", []string{"староста округу"}, nil},
		{"Староста Пісківського старостинського округу Галина Петрук зустрілася з мешканцями.", "Галина Петрук", []string{"староста Пісківського старостинського округу"}, nil},
	})
}

// TestGuessedTitleBeforeName: a woman's title the lexicon does not
// know, which the guesser reads as an adjective too (старостиня as of
// *старостиній), right before her first name is her title.
func TestGuessedTitleBeforeName(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Старостиня Марія Гнатюк розповіла, що в селі відкрили пункт незламності.", "Марія Гнатюк", []string{"старостиня"}, nil},
		{"Зустріч відкрила старостиня Наталія Кравчук.", "Наталія Кравчук", []string{"старостиня"}, nil},
	})
}

// TestTitleComplementHomonym: напряму after a noun for a person and
// before the genitives it goes on with is the genitive of напрям, the
// first word of the title's complement, not the adverb "directly".
func TestTitleComplementHomonym(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Керівниця напряму цифрових послуг Олена Мацюк розповіла про нові сервіси.", "Олена Мацюк", []string{"керівниця напряму цифрових послуг"}, nil},
		{"Про це повідомив менеджер напряму енергетичних проєктів Віталій Гордієнко.", "Віталій Гордієнко", []string{"менеджер напряму енергетичних проєктів"}, nil},
	})
}

// TestMiddleNameReadAsVerb: a foreign name of three words whose middle
// word the lexicon knows as a verb (Дам: I will give) is one name, also
// when the tagger reads the first name as a surname (Андерс).
func TestMiddleNameReadAsVerb(t *testing.T) {
	p := load(t)
	for _, tt := range []struct{ text, name string }{
		{"Угоду підписав данський науковець Андерс Дам Расмуссен.", "Андерс Дам Расмуссен"},
		{"З Андерсом Дам Расмуссеном зустрілися дослідники з Харкова.", "Андерс Дам Расмуссен"},
	} {
		x := p.Extract(tt.text, time.Time{})
		if entityByName(x, tt.name) == nil {
			t.Errorf("%q: no entity %q, got %q", tt.text, tt.name, namesOf(x))
		}
	}
}

// TestLatinCompanyNames: a name in Latin letters after a word that says
// it is a company's (концерн, виробник, оператор, корпорація) is an ORG,
// whatever the model read it as, and the word is neither in the name nor
// a title of anyone.
func TestLatinCompanyNames(t *testing.T) {
	p := load(t)
	for _, tt := range []struct{ text, name string }{
		{"Концерн Thales постачатиме радари.", "Thales"},
		{"Концерн Diehl відкриє сервісний центр.", "Diehl"},
		{"Оператор Kyivstar запускає послугу.", "Kyivstar"},
		{"Словацький виробник Konstrukta передав Україні розмінувальні машини.", "Konstrukta"},
		{"Мобільний оператор Lifecell підвищить тарифи.", "Lifecell"},
		{"Корпорація Northrop Grumman отримала замовлення.", "Northrop Grumman"},
	} {
		x := p.Extract(tt.text, time.Time{})
		e := entityByName(x, tt.name)
		if e == nil || e.Type != "ORG" || len(e.Titles) > 0 {
			t.Errorf("%q: want the ORG %q with no title, got %+v", tt.text, tt.name, x.Entities)
		}
	}
}

// TestPlaceFormsLinked: another form of a town's name the document names
// (Сум, Черкас after Сумах, Черкасах) is the town, not a person and not
// nothing, while a person of the town's surname named in full stays one.
func TestPlaceFormsLinked(t *testing.T) {
	p := load(t)
	for _, tt := range []struct {
		text, place string
		mentions    int
		person      string // a person who must stay, or ""
	}{
		{"Мешканці Сум отримали питну воду. У Сумах відновили подачу світла.", "Суми", 2, ""},
		{"Міський голова Черкас Ігор Тарасенко відкрив школу. У Черкасах відкрили ще дві.", "Черкаси", 2, "Ігор Тарасенко"},
		{"Голова Черкас Ігор Тарасенко відкрив школу. У Черкасах відкрили ще дві.", "Черкаси", 2, "Ігор Тарасенко"},
		{"У Черкасах виступив Іван Черкас. Черкас подякував глядачам.", "Черкаси", 1, "Іван Черкас"},
	} {
		x := p.Extract(tt.text, time.Time{})
		e := entityByName(x, tt.place)
		if e == nil || e.Type != "LOC" || len(e.Mentions) != tt.mentions {
			t.Errorf("%q: want the LOC %q of %d mentions, got %+v", tt.text, tt.place, tt.mentions, x.Entities)
		}
		if tt.person != "" && entityByName(x, tt.person) == nil {
			t.Errorf("%q: no person %q, got %q", tt.text, tt.person, namesOf(x))
		}
	}
}
