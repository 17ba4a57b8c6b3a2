package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// The sentences of this file were written in the style of Ukrainian
// economic news (the thirty-third news set, testdata/gold/news33.jsonl);
// each states the events the guidelines of testdata/gold/README.md ask
// for.

// TestS29AJointVenture checks that a joint venture, group or register set
// up is cooperation, and that a firm set up alone, joint work under a
// preposition and a joint group only proposed are none.
func TestS29AJointVenture(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a joint venture set up by two firms",
			"«Укрнафта» та угорська MOL створили спільне підприємство для видобутку газу.",
			[]string{"COOPERATE Укрнафта,MOL → спільне підприємство"}},
		{"a joint working group set up by two states",
			"Україна та Польща створили спільну робочу групу з питань транзиту.",
			[]string{"COOPERATE Україна,Польща → "}},
		{"a firm set up alone is none",
			"Компанія «Альфа» створила нове підприємство у Львові.",
			nil},
		{"joint work under a preposition is no object of the verb",
			"Уряд створив умови для спільного видобутку газу.",
			nil},
		{"a joint group only proposed sets nothing up",
			"Прем'єр Польщі запропонував створити спільну робочу групу.",
			nil},
	}
	checkEvents(t, p, tests, time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC))
}

// TestS29ABodySpeaks checks a body that acts through a plural verb with
// no subject: named by its head noun after у/в, it is the body named
// before by that noun; intending with a plural verb, perhaps joined to
// another, it is the actor of the infinitive.
func TestS29ABodySpeaks(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a ministry named again by its head noun refuses",
			"Профспілка звернулася до Міністерства енергетики. Водночас у міністерстві відмовилися підвищувати державну дотацію.",
			[]string{"REQUEST Профспілка → Міністерство енергетики", "REJECT Міністерство енергетики → "}},
		{"a head noun with no body named before names it by the noun (since session 34)",
			"У міністерстві відмовилися підвищувати дотацію.",
			[]string{"REJECT міністерство → "}},
		{"a firm that means to appeal",
			"У «Дорбуд-Києві» мають намір оскаржити рішення в суді.",
			[]string{"ACCUSE Дорбуд-Київ →  [future]"}},
		{"a firm that disagrees and means to appeal",
			"У «Дорбуд-Києві» не погоджуються з рішенням і мають намір оскаржити його в суді.",
			[]string{"REJECT Дорбуд-Київ → ", "ACCUSE Дорбуд-Київ →  [future]"}},
		{"a firm that plans to appeal",
			"У компанії «Альфа» планують оскаржити штраф.",
			[]string{"ACCUSE Альфа →  [future]"}},
	}
	checkEvents(t, p, tests, time.Date(2025, 9, 3, 0, 0, 0, 0, time.UTC))
}

// TestS29ALoanAgreed checks that a loan agreed, or a payment approved, for
// a borrower named in the dative or after для is aid, and that one agreed
// by the sides with no borrower, or for a purpose, stays their agreement.
func TestS29ALoanAgreed(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a loan agreed for a firm after для",
			"Паралельно ЄБРР погодив кредит у 100 млн євро для «Укргідроенерго» на відновлення ГЕС.",
			[]string{"AID ЄБРР → Укргідроенерго"}},
		{"a tranche agreed for a state in the dative",
			"Рада директорів МВФ погодила Україні транш на 1,1 млрд доларів.",
			[]string{"AID Рада директорів МВФ → Україна"}},
		{"a loan agreed by a minister and a bank is their agreement",
			"Міністр і президент ЄІБ погодили кредит на 400 млн євро.",
			[]string{"AGREE Міністр,президент ЄІБ → "}},
		{"a loan agreed for a purpose after для stays an agreement",
			"Міністр фінансів провів зустріч з делегацією ЄІБ, під час якої сторони погодили кредит на 400 млн євро для відновлення енергетики.",
			[]string{"CONSULT/meet Міністр фінансів → ЄІБ", "AGREE Міністр фінансів,ЄІБ → "}},
		{"a payment approved for a state in the dative",
			"У червні Рада ЄС затвердила виплату Україні 3,05 млрд євро.",
			[]string{"AID ЄС → Україна"}},
		{"a payment agreed for a state by a commission",
			"Єврокомісія погодила виплату Молдові 50 млн євро.",
			[]string{"AID Єврокомісія → Молдова"}},
		{"pensions paid to no one named are no aid",
			"Уряд затвердив виплату пенсій у січні.",
			nil},
	}
	checkEvents(t, p, tests, time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC))
}

// TestS29AOutletUnknown checks outlets the source layer does not know by
// name that retell their lead: one in Latin letters after a source line's
// пише, one in quotation marks in a closing credit line; a person who
// writes stays a cited source.
func TestS29AOutletUnknown(t *testing.T) {
	p := load(t)
	for _, c := range []struct {
		name, text, publisher string
		via                   []string
	}{
		{"a Latin name after a source line's пише",
			"Мінфін домовився з кредиторами\n\nМіністерство фінансів досягло домовленості з кредиторами. Про це йдеться у повідомленні міністерства, пише Mind.\n\nУгода набуде чинності в липні.",
			"Mind", []string{"повідомлення міністерства"}},
		{"a quoted name in a closing credit line",
			"Уряд не підвищуватиме тариф\n\nКабінет міністрів відмовився підвищувати тариф на електроенергію.\n\nРегулятор розгляне звернення в грудні.\n\nПише «Енергореформа».",
			"Енергореформа", nil},
		{"a person who writes is cited, not the publisher",
			"Уряд не підвищуватиме тариф\n\nКабінет міністрів відмовився підвищувати тариф. Про це у Facebook пише нардеп Петро Коваль.",
			"", []string{"Петро Коваль (Facebook)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := p.Extract(c.text, time.Time{})
			if x.Source.Publisher != c.publisher || strings.Join(x.Source.Via, "|") != strings.Join(c.via, "|") {
				t.Errorf("publisher %q via %q, want %q and %q", x.Source.Publisher, x.Source.Via, c.publisher, c.via)
			}
		})
	}
}

// TestS29ACitedAfterCue checks the one cited by a source line whose cue
// is followed by a day before the name, and a firm's co-founder cited by
// role, firm and name.
func TestS29ACitedAfterCue(t *testing.T) {
	p := load(t)
	for _, c := range []struct {
		name, text, publisher string
		via                   []string
	}{
		{"a day between the cue and the minister",
			"Уряд не підвищуватиме тариф\n\nКабінет міністрів відмовився підвищувати тариф. Ціна залишиться на рівні 4,32 гривні, повідомив у вівторок міністр енергетики Тарас Колесник.\n\nРегулятор розгляне звернення.",
			"", []string{"Тарас Колесник"}},
		{"a co-founder named with the firm",
			"Скайтех створить СП\n\n«Скайтех» і Nordvind Defence створять спільне підприємство. Угоду сторони підписали в понеділок, повідомляє Forbes Україна з посиланням на співзасновника «Скайтеху» Максима Литвиненка.\n\nПерші дрони зійдуть з конвеєра восени.",
			"Forbes Україна", []string{"Максим Литвиненко"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := p.Extract(c.text, time.Time{})
			if x.Source.Publisher != c.publisher || strings.Join(x.Source.Via, "|") != strings.Join(c.via, "|") {
				t.Errorf("publisher %q via %q, want %q and %q", x.Source.Publisher, x.Source.Via, c.publisher, c.via)
			}
		})
	}
}
