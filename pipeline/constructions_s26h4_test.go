package pipeline_test

import (
	"fmt"
	"testing"
	"time"
)

// The sentences of this file were written, before the extractor was run
// on them, in the style of the Ukrainian regional and national press of
// 2005–2015 (the thirtieth news set, testdata/gold/news30.jsonl): audits
// and procurement, council sessions, courts, prosecutors and the police.

// TestS26H4Amounts checks the bound of a price told after its
// preposition and a value reached after a change by a multiple.
func TestS26H4Amounts(t *testing.T) {
	p := load(t)
	for _, c := range []struct{ name, text, want string }{
		{"a price bounded before за",
			"Аналогічні апарати закуповували приблизно за 14,5 млн гривень.",
			"приблизно за 14,5 млн гривень 14500000 UAH about"},
		{"a price bounded from below before за",
			"Ділянку продали щонайменше за 2 млн гривень.",
			"щонайменше за 2 млн гривень 2000000 UAH more_than"},
		{"a rent raised by a multiple, then the value reached",
			"Власник ринку підвищив плату за оренду вдвічі, до 1,2 тисячі гривень на місяць.",
			"1,2 тисячі гривень 1200 UAH "},
		{"a rise threefold, then the value reached after a dash",
			"Видатки зросли втричі — до 30 млн гривень.",
			"30 млн гривень 30000000 UAH "},
		{"до with no change before stays a bound",
			"Штраф становить до 1,2 тисячі гривень.",
			"до 1,2 тисячі гривень 1200 UAH up_to"},
	} {
		x := p.Extract(c.text, time.Time{})
		var got []string
		for _, a := range x.Amounts {
			v := "nil"
			if a.Value != nil {
				v = fmt.Sprintf("%.0f", *a.Value)
			}
			got = append(got, fmt.Sprintf("%s %s %s %s", a.Text, v, a.Unit, a.Bound))
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%s: %q: got %q, want %q", c.name, c.text, got, c.want)
		}
	}
}

// TestS26H4Quotes checks a call whose addressee takes genitives before
// the infinitive of telling (what is asked for, not said) and an opening
// cite whose content has a cue only in a relative clause.
func TestS26H4Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a call to report, its addressee with a chain of genitives",
			"Начальник відділу міліції Сергій Кравець закликав власників пунктів прийому металобрухту повідомляти про підозрілих здавальників кольорових металів.",
			nil},
		{"a call to report, a one-word addressee",
			"Голова райради Микола Остапенко закликав депутатів повідомляти про порушення під час ремонту доріг.",
			nil},
		{"an opening cite whose content tells of others who reported, in a relative clause",
			"Як зазначили в міліції, минулого тижня до чергової частини звернулися представники ПАТ «Укртелеком», які повідомили, що в мікрорайоні зник телефонний зв'язок.",
			[]string{"міліція/зазначити/indirect: минулого тижня до чергової частини звернулися представники ПАТ «Укртелеком», які повідомили, що в мікрорайоні зник телефонний зв'язок"}},
		{"an opening cite that passes on another's words is still theirs",
			"Як повідомила обласна прокуратура, перевізники заявили, що рейси скасовано через негоду.",
			[]string{"перевізники/заявити/indirect: рейси скасовано через негоду"}},
		{"a telling after a call made is still a quote",
			"Начальник відділу міліції Сергій Кравець закликав власників пунктів прийому металобрухту до пильності і повідомив, що за придбання краденого кабелю передбачено відповідальність.",
			[]string{"Сергій Кравець/повідомити/indirect: за придбання краденого кабелю передбачено відповідальність"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS26H4Events checks a guest met with placards (a protest at the
// guest, not a meeting), a guest met with flowers (neither), and a
// conference (нарада) held with people, which is a meeting, against one
// held on a question or only mentioned, and a utility named by its kind
// (водоканал, обленерго) acting as a body.
func TestS26H4Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"medics meeting a minister with placards protest",
			"Кілька десятків медиків районної лікарні зустріли міністра з плакатами.",
			[]string{"PROTEST Кілька десятків медиків → міністр"}},
		{"miners meeting the premier with banners protest",
			"Шахтарі зустріли прем'єр-міністра Миколу Азарова з транспарантами.",
			[]string{"PROTEST Шахтарі → Микола Азаров"}},
		{"a conference held with heads of hospitals is a meeting",
			"Міністр охорони здоров'я Раїса Богатирьова провела нараду з керівниками медичних закладів області.",
			[]string{"CONSULT/meet Раїса Богатирьова → керівники медичних закладів області"}},
		{"a conference held with a named official",
			"Раїса Богатирьова провела нараду з головою ОДА Василем Берташем.",
			[]string{"CONSULT/meet Раїса Богатирьова → Василь Берташ"}},
		{"a conference on a question meets no one",
			"Голова ОДА Василь Берташ провів нараду з питань підготовки до зими.",
			nil},
		{"a conference only mentioned is none",
			"На нараді в облдержадміністрації Василь Берташ заявив, що ремонт завершено.",
			nil},
		{"a water utility named by its kind appeals",
			"Минулого тижня водоканал оскаржив рішення Антимонопольного комітету в суді.",
			[]string{"ACCUSE водоканал → Антимонопольний комітет"}},
		{"a regional power utility named by its kind cuts off",
			"Обленерго вимагає від міськради погасити борг.",
			[]string{"REQUEST Обленерго → міськрада"}},
		{"an appeal to come told to journalists: the teller appeals",
			"Адвокат Ігор Мельничук заявив журналістам, що вирок буде оскаржено в апеляційному суді.",
			[]string{"ACCUSE Ігор Мельничук →  [future]"}},
		{"an appeal to come learnt by journalists is no one's",
			"Журналісти дізналися, що вирок буде оскаржено.",
			nil},
		{"an ambassador meeting a president with flowers is no protest",
			"Президента в аеропорту зустрів посол з квітами.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS26H4PressServiceLine checks a press release signed by a body's
// press service on a line of its own at the end: the service is cited,
// as after "Повідомляє прес-служба …"; the same words opening a sentence
// of the body cite nothing.
func TestS26H4PressServiceLine(t *testing.T) {
	p := load(t)
	for _, c := range []struct {
		name, text string
		via        []string
	}{
		{"the closing line",
			"Міністр відвідала Рівненщину\n\nМіністр охорони здоров'я в четвер відвідала обласний перинатальний центр.\n\nПрес-служба Рівненської облдержадміністрації",
			[]string{"Прес-служба Рівненської облдержадміністрації"}},
		{"the closing line before a photo credit",
			"Міністр відвідала Рівненщину\n\nМіністр охорони здоров'я в четвер відвідала обласний перинатальний центр.\n\nПрес-служба Рівненської облдержадміністрації\n\nФото: Рівненська ОДА",
			[]string{"Прес-служба Рівненської облдержадміністрації"}},
		{"a sentence of the body opening with the service",
			"Міністр відвідала Рівненщину\n\nМіністр охорони здоров'я в четвер відвідала обласний перинатальний центр.\n\nПрес-служба облдержадміністрації підготувала фоторепортаж про візит.",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := p.Extract(c.text, time.Time{})
			if fmt.Sprint(x.Source.Via) != fmt.Sprint(c.via) {
				t.Errorf("via %q, want %q", x.Source.Via, c.via)
			}
		})
	}
}
