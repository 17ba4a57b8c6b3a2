package pipeline_test

import (
	"testing"
	"time"
)

// Session 54, helper u: titles said of a person by the copula, found in
// an audit of whole news texts. The sentences are our own.

// TestS54UPredicateTitle: a title in the instrumental after є is the
// title of the name in the nominative before it (past an adverb or a
// relative pronoun after a comma), and a title that opens its clause is
// the title of the name right after є (or after the dash that stands
// for it); a pronoun for the body the title names is left out of it,
// and a name in the genitive after a title after є, був or була is
// whose the title's body is, not its holder. A post once held (був
// депутатом) gives no title.
func TestS54UPredicateTitle(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Тарас Мельник є головою наглядової ради банку «Зоря».", "Тарас Мельник", []string{"голова наглядової ради банку «Зоря»"}, nil},
		{"Нині Ігор Бондар також є депутатом Полтавської міськради.", "Ігор Бондар", []string{"депутат Полтавської міськради"}, nil},
		{"Фірма належить Віктору Гуменюку, який є депутатом Сумської обласної ради.", "Віктор Гуменюк", []string{"депутат Сумської обласної ради"}, nil},
		{"Фірма належить Віктору Гуменюку, який був депутатом Сумської обласної ради.", "Віктор Гуменюк", nil, []string{"депутат Сумської обласної ради"}},
		{"Петро Зінченко був радником Олега Бойка, коли той очолював міністерство.", "Олег Бойко", nil, []string{"радник"}},
		{"Директором фірми з травня 2020 року є Петро Гнатюк.", "Петро Гнатюк", []string{"директор фірми"}, nil},
		{"Головою правління заводу є Олексій Кравець, головою наглядової ради – Ніна Савчук.", "Ніна Савчук", []string{"голова наглядової ради"}, nil},
		{"Головою правління заводу є Олексій Кравець, головою наглядової ради – Ніна Савчук.", "Олексій Кравець", []string{"голова правління заводу"}, []string{"голова наглядової ради"}},
		{"Партія «Рух вперед» має нового лідера, керівником якої є Оксана Лисенко.", "Оксана Лисенко", []string{"керівник"}, []string{"керівник якої"}},
		{"Директором ТОВ «Гамма» є Сергій Бабич, який є директором ряду інших фірм Гнатюка.", "Сергій Бабич", []string{"директор ТОВ «Гамма»", "директор ряду інших фірм"}, nil},
		{"Директором ТОВ «Гамма» є Сергій Бабич, який є директором ряду інших фірм Петра Гнатюка.", "Петро Гнатюк", nil, []string{"директор ряду інших фірм"}},
		{"Петро Зінченко разом з Іваном Бойком також є депутатом облради.", "Іван Бойко", nil, []string{"депутат облради"}},
	})
}

// TestS54UAbbreviatedRegion: a region written with обл. in the
// nominative (Луганська обл.) is named by its adjective, not by the
// town whose genitive the adjective spells (Луганськ), and so is an
// adjective sharing the abbreviated head across a list.
func TestS54UAbbreviatedRegion(t *testing.T) {
	p := load(t)
	for _, tt := range []struct {
		text string
		want []string
		not  []string
	}{
		{"Гроші надходили з окупованих територій (Донецька, Луганська обл.).", []string{"Донецька область", "Луганська область"}, []string{"Донецьк", "Луганськ обл"}},
		{"Охорону замовили для підрозділів у Рівне (Рівненська, Івано-Франківська обл.).", []string{"Рівненська область", "Івано-Франківська область"}, []string{"Івано-Франківськ обл."}},
		{"Фірма зареєстрована в Луганській обл.", []string{"Луганська область"}, nil},
	} {
		x := p.Extract(tt.text, time.Time{})
		for _, n := range tt.want {
			if entityByName(x, n) == nil {
				t.Errorf("%q: no entity %q, got %q", tt.text, n, namesOf(x))
			}
		}
		for _, n := range tt.not {
			if entityByName(x, n) != nil {
				t.Errorf("%q: entity %q, want none", tt.text, n)
			}
		}
	}
}
