package source_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/source"
)

// TestS51CToldUndeclined: a Ukrainian outlet whose name does not decline
// (РБК-Україна, Радіо Свобода, УНІАН), named after a plural verb of
// telling and before the body that told it, was told the news: it is
// the publisher and the body is cited, as with a dative that shows its
// case ("повідомили Укрінформу в …"). A plural name after the verb may
// be its subject and is left alone.
func TestS51CToldUndeclined(t *testing.T) {
	const lead = "Новий томограф для лікарні\n\nОбласна лікарня отримала новий томограф вартістю 2 млн гривень. "
	checkFind(t, []findCase{
		{"a brand with a hyphen",
			lead + "Апарат передали безоплатно, повідомили РБК-Україна в пресслужбі лікарні.",
			"РБК-Україна", []string{"пресслужба лікарні"}, nil, nil},
		{"a brand of two words",
			lead + "Апарат уже встановили, розповіли Радіо Свобода в пресслужбі обласної ради.",
			"Радіо Свобода", []string{"пресслужба обласної ради"}, nil, nil},
		{"an acronym",
			lead + "Монтаж завершать до кінця місяця, уточнили УНІАН у Міністерстві охорони здоров'я.",
			"УНІАН", []string{"Міністерство охорони здоров'я"}, nil, nil},
	})
}

// TestS51CThreeWordName: a speaker named by three words after a role and
// its place ("посол Данії в Україні Уле Егберг Міккельсен") is cited
// whole when the entity tagger holds the three words as one person; with
// no such span the last two are the name, for the word before them may
// be a place of the role.
func TestS51CThreeWordName(t *testing.T) {
	const text = "Міст відбудують\n\nУряд Данії виділить кошти на відбудову мосту. Про це повідомив посол Данії в Україні Уле Егберг Міккельсен, передає Укрінформ."
	const name = "Уле Егберг Міккельсен"
	i := strings.Index(text, name)
	s := utf8.RuneCountInString(text[:i])
	span := vistka.Span{Start: s, End: s + utf8.RuneCountInString(name), Type: "PERS", Text: name}
	if got := (source.Finder{Names: []vistka.Span{span}}).Find(text); !slices.Equal(got.Via, []string{name}) || got.Publisher != "Укрінформ" {
		t.Errorf("with the span: publisher %q via %q, want Укрінформ and %q", got.Publisher, got.Via, name)
	}
	if got := source.Find(text); !slices.Equal(got.Via, []string{"Егберг Міккельсен"}) {
		t.Errorf("without the span: via %q, want the last two words", got.Via)
	}
	// A span the tagger stretched over the role's body in the genitive
	// does not take the body into the name.
	const text2 = "Міст відбудують\n\nЄС виділить кошти на відбудову мосту. Про це заявила президентка Єврокомісії Марта Кос, передає Укрінформ."
	const wide = "Єврокомісії Марта Кос"
	i = strings.Index(text2, wide)
	s = utf8.RuneCountInString(text2[:i])
	span = vistka.Span{Start: s, End: s + utf8.RuneCountInString(wide), Type: "PERS", Text: wide}
	if got := (source.Finder{Names: []vistka.Span{span}}).Find(text2); !slices.Equal(got.Via, []string{"Марта Кос"}) {
		t.Errorf("a stretched span: via %q, want Марта Кос", got.Via)
	}
}

// TestS51CDuringOccasion: "Про це під час X повідомив Y": the occasion
// after "під час" is any noun in the genitive, with its adjectives and
// the place it went to ("до Миколаєва"), and the speaker after the verb
// is cited.
func TestS51CDuringOccasion(t *testing.T) {
	const lead = "Міст відбудують\n\nУряд виділить кошти на відбудову мосту через річку. "
	checkFind(t, []findCase{
		{"a visit",
			lead + "Про це під час візиту повідомив посол Данії Уле Міккельсен, передає Укрінформ.",
			"Укрінформ", []string{"Уле Міккельсен"}, nil, nil},
		{"a trip to a city, after a weekday",
			lead + "Про це в понеділок під час робочої поїздки до Миколаєва повідомив посол Данії Уле Міккельсен.",
			"", []string{"Уле Міккельсен"}, nil, nil},
		{"a speech in parliament",
			lead + "Про це під час виступу в парламенті заявила прем'єр-міністерка Мете Фредеріксен.",
			"", []string{"Мете Фредеріксен"}, nil, nil},
	})
}

// TestS51CPostAfterVerb: "Про це повідомив на своїй сторінці у Facebook
// X", "повідомив у своєму Telegram-каналі X": the page or channel stands
// between the verb and the author, who is cited with the platform, as
// after "повідомив у Telegram X".
func TestS51CPostAfterVerb(t *testing.T) {
	const lead = "Міст відремонтують\n\nМісто виділило 2 млн гривень на ремонт мосту через річку. "
	checkFind(t, []findCase{
		{"a page on Facebook",
			lead + "Про це повідомив на своїй сторінці у Facebook міський голова Андрій Садовий.",
			"", []string{"Андрій Садовий (Facebook)"}, nil, nil},
		{"an own Telegram channel",
			lead + "Про це повідомив у своєму Telegram-каналі народний депутат Ярослав Железняк.",
			"", []string{"Ярослав Железняк (Telegram)"}, nil, nil},
		{"an official page, then the outlet",
			lead + "Про це написала на своїй офіційній сторінці у Facebook заступниця міністра Олена Коваль, передає Укрінформ.",
			"Укрінформ", []string{"Олена Коваль (Facebook)"}, nil, nil},
	})
}

// TestS51CNewspaperTells: "Про це повідомляє газета «X»." in the lead: a
// quoted name after the kind of a news outlet tells of itself even when
// a word of it is in lower case (a body's name would be), as "Про це
// пише газета «X»." does; a firm's quoted name with no such kind stays
// cited.
func TestS51CNewspaperTells(t *testing.T) {
	const lead = "Міст відремонтують\n\nМісто виділило 2 млн гривень на ремонт мосту через річку. "
	checkFind(t, []findCase{
		{"a paper of two words",
			lead + "Про це повідомляє газета «Високий замок».",
			"Високий замок", []string{}, nil, nil},
		{"a regional paper with its adjective",
			lead + "Про це повідомляє обласна газета «Вільне життя».",
			"Вільне життя", []string{}, nil, nil},
		{"a firm stays cited",
			lead + "Про це повідомляє компанія «Нова пошта».",
			"", []string{"Нова пошта"}, nil, nil},
	})
}

// TestS51CBroadcastAdjective: "Про це розповів в ефірі національного
// телемарафону X": the show after "в ефірі" may have its adjective, and
// the speaker after it is cited.
func TestS51CBroadcastAdjective(t *testing.T) {
	const lead = "Атака дронів\n\nУночі росіяни атакували область ударними дронами, більшість збили. "
	checkFind(t, []findCase{
		{"the telethon with its adjective",
			lead + "Про це розповів в ефірі національного телемарафону речник Повітряних сил Юрій Ігнат.",
			"", []string{"Юрій Ігнат"}, nil, nil},
		{"the telethon with its adjective and name",
			lead + "Про це розповів в ефірі національного телемарафону «Єдині новини» речник Повітряних сил Юрій Ігнат.",
			"", []string{"Юрій Ігнат"}, nil, nil},
	})
}
