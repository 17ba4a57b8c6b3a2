package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// The sentences of this file were written for session 28's helper h28c,
// in the manner of the thirty-second news set (testdata/gold/news32.jsonl:
// diplomacy and politics with several sides); each states the events and
// quotes the guidelines of testdata/gold/README.md ask for.

// TestS28CSurnameSpeaker checks a surname that does not decline (the same
// as it ends the full name named before), which the tagger reads as a
// dative: standing before a singular cue, with or without an aside
// between commas, it is the speaker, and a pronoun after it stands for
// the same person; before a plural verb it stays whom it was told.
func TestS28CSurnameSpeaker(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an undeclined surname before the cue, with an aside",
			"Прем'єр Польщі Ян Новак провів переговори з молдовським колегою Вадимом Гуцу. Гуцу, своєю чергою, наголосив, що Кишинів підтримує проєкт.",
			[]string{"Вадим Гуцу/наголосити/indirect: Кишинів підтримує проєкт"}},
		{"a naming after the subject's relative clause set off by commas",
			"Прем'єр-міністр Польщі Ян Новак, який приїхав на саміт, назвав угоду «проривом».",
			[]string{"Ян Новак/назвати/direct: проривом"}},
		{"an undeclined surname right before the cue, and his pronoun after",
			"Міністр фінансів Олег Бойко зустрівся з молдовським колегою Іоном Русу. Русу заявив, що Кишинів готовий до співпраці. За його словами, угоду підпишуть у березні.",
			[]string{"Іон Русу/заявити/indirect: Кишинів готовий до співпраці", "Іон Русу/за словами/indirect: угоду підпишуть у березні"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS28CAgreedOnDay checks a weekday before a past verb of agreeing or
// promising: it dates the agreement, which is past, while a weekday after
// the infinitive the verb governs is still to come.
func TestS28CAgreedOnDay(t *testing.T) {
	p := load(t)
	pub := time.Date(2024, 6, 14, 0, 0, 0, 0, time.UTC) // a Friday
	for _, c := range []struct{ name, text, typ, date string }{
		{"a weekday before домовилися: the day of the agreement",
			"Лідери країн G7 у четвер домовилися надати Україні кредит.", "AID", "2024-06-13"},
		{"a weekday after the infinitive: the day agreed on",
			"Уряди домовилися надати Молдові кредит у вівторок.", "AID", "2024-06-18"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := p.Extract(c.text, pub)
			for _, ev := range x.Events {
				if ev.Type == c.typ {
					if ev.Date != c.date {
						t.Errorf("%s dated %q, want %s", c.typ, ev.Date, c.date)
					}
					return
				}
			}
			t.Errorf("no %s in %+v", c.typ, x.Events)
		})
	}
}

// TestS28CSides checks sides joined in one noun phrase when the second is
// named by a role of a body in the genitive, the role either taken into
// the body's name or a common noun before it, with a surname the tagger
// reads in an oblique case; and a sitting of a body named by its two
// sides, which is a meeting of the two, not a multilateral one.
func TestS28CSides(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a role of the EU before a foreign name, joined after a minister",
			"Міністр закордонних справ України Олег Дорошенко та верховна представниця ЄС Франческа Россі провели зустріч.",
			[]string{"CONSULT/meet Олег Дорошенко,Франческа Россі → "}},
		{"a sitting of a body named by its two sides",
			"Прем'єр-міністр України Олексій Мартинюк та Верховна представниця Євросоюзу Габріела Моретті у Брюсселі провели засідання Ради асоціації Україна – ЄС.",
			// (the EU named by its longer name since Євросоюзу, once
			// inside an ORG Верховна представниця Євросоюзу, is a
			// mention of its own)
			[]string{"CONSULT/meet Олексій Мартинюк,Габріела Моретті → Євросоюз @Брюссель"}},
		{"a sitting of a body of three sides stays multilateral",
			"Україна, Польща та Литва провели засідання ради Україна – Польща – Литва у Варшаві.",
			[]string{"CONSULT/multilateral Україна,Польща,Литва →  @Варшава"}},
		{"a sitting of a commission of two sides, held by ministers",
			"Міністри оборони України та Польщі провели засідання комісії Україна – Польща у Варшаві.",
			[]string{"CONSULT/meet Міністри оборони України та Польщі →  @Варшава"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS28CPolitics checks a response in kind promised (a threat), people
// who protest named after the verb of gathering, and a parliament's
// factions acting as a body.
func TestS28CPolitics(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a response in kind still to come is a threat",
			"Речник МЗС Білорусі заявив, що Мінськ відповідатиме дзеркально.",
			[]string{"THREATEN Мінськ →  [future]"}},
		{"a response in kind given in the past is none",
			"Мінськ відповів симетрично на заяву Вільнюса.",
			nil},
		{"protesters named after the verb of gathering, past a count",
			"Біля будівлі парламенту зібралися понад 200 активістів.",
			[]string{"PROTEST понад 200 активістів → "}},
		{"people gathered with activists are no protest",
			"Депутати зібралися на засідання разом з активістами.",
			nil},
		{"a checkpoint an agreement is about is not where it was signed",
			"Україна та Молдова підписали угоду про спільний контроль у пункті пропуску «Паланка – Маяки – Удобне».",
			[]string{"AGREE Україна,Молдова → "}},
		{"a checkpoint blocked is where the protest is",
			"Фермери заблокували рух у пункті пропуску «Ягодин – Дорогуськ».",
			[]string{"PROTEST Фермери →  @пункт пропуску «Ягодин – Дорогуськ»"}},
		{"an undeclined surname read as a dative, the subject of a call joined to its cue",
			"Президент України Віталій Кравець провів переговори зі своїм молдовським колегою Іоном Русу. Русу, своєю чергою, наголосив, що Кишинів не визнає документів Тирасполя, і закликав Москву вивести війська.",
			[]string{"CONSULT/meet Віталій Кравець → Іон Русу", "REQUEST Іон Русу → Москва"}},
		{"what a meeting discussed, in a relative clause, is no meeting of the sides named before",
			"Лідери фракцій Михайло Бойчук і Сергій Ткач підписали угоду. Минулого тижня Гнатюк провів зустріч з головою місії МВФ в Україні Карлом Мюллером, під час якої сторони обговорили умови програми.",
			// (the head of the mission, named by the title, is the
			// recipient since session 35; в Україні is the mission's, no
			// place of the meeting, since TestS28PlaceOfAThing's rule)
			[]string{"AGREE Михайло Бойчук,Сергій Ткач → ", "CONSULT/meet Гнатюк → Карл Мюллер"}},
		{"a parliament's factions act as a body",
			"Опозиційні фракції вимагали відставки уряду.",
			[]string{"REQUEST Опозиційні фракції → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS28COutletNames checks a name in straight quotation marks whose
// closing mark the tagger took into the name: no name closes a quotation
// it does not open.
func TestS28COutletNames(t *testing.T) {
	p := load(t)
	x := p.Extract("Депутати погодили бюджет.\n\nЯк повідомляли \"Подільські вісті\", у липні Кабмін виділив на ремонт дороги 45 млн гривень.", time.Time{})
	for _, e := range x.Entities {
		if strings.Contains(e.Name, "\"") {
			t.Errorf("entity %q keeps a quotation mark", e.Name)
		}
	}
}
