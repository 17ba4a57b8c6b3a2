package pipeline_test

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestS44FAsides checks that a quote the aside of its own attribution cuts
// in two says its words without the aside (session 44, helper h44f; the
// sentences are our own): як with a verb of speech, за даними, за
// словами, на думку, на його думку, a relative clause the aside's comma
// closes, and a conjunction before the aside.
// The quote's span still covers the whole, aside included; its parts are
// the pieces (checkOffsets holds them to the text).
func TestS44FAsides(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"як with a verb of speech, an outlet",
			"Уряд Словаччини, як повідомляє Bloomberg, не підтримає новий пакет санкцій.",
			[]string{"Bloomberg/повідомляти/indirect: Уряд Словаччини не підтримає новий пакет санкцій"}},
		{"як with a verb of speech, a body in the locative",
			"Новий тариф, як зазначили в «Нафтогазі», діятиме до кінця опалювального сезону.",
			[]string{"Нафтогаз/зазначити/indirect: Новий тариф діятиме до кінця опалювального сезону"}},
		{"за даними",
			"Міська рада, за даними прокуратури, незаконно передала ділянку забудовнику.",
			[]string{"прокуратура/за даними/indirect: Міська рада незаконно передала ділянку забудовнику"}},
		{"за словами with a title and a name",
			"Реконструкція мосту, за словами мера Житомира Сергія Сухомлина, завершиться до осені.",
			[]string{"Сергій Сухомлин/за словами/indirect: Реконструкція мосту завершиться до осені"}},
		{"на думку",
			"Ціни на пальне, на думку аналітиків, зростуть ще на 5%.",
			[]string{"аналітики/на думку/indirect: Ціни на пальне зростуть ще на 5%"}},
		{"на його думку after the subject of the clause",
			"Міністр Петро Коваль провів нараду. Нові правила, на його думку, спростять роботу митниці.",
			[]string{"Петро Коваль/на думку/indirect: Нові правила спростять роботу митниці"}},
		{"a comma that closes a relative clause as it opens the aside stays",
			"Пасажирів, які придбали квитки заздалегідь, за словами прикордонників, пропустять без черги.",
			[]string{"прикордонники/за словами/indirect: Пасажирів, які придбали квитки заздалегідь, пропустять без черги"}},
		{"a conjunction before the aside stays with the words",
			"Договір підписали ще в березні, і, як повідомили в Мінфіні, кошти вже надійшли на рахунки громад.",
			[]string{"Мінфін/повідомити/indirect: Договір підписали ще в березні, і кошти вже надійшли на рахунки громад"}},
	}
	checkQuotes(t, p, tests, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}

// TestS44FAsideParts checks the offsets of a quote cut by its aside: its
// span covers the whole sentence's words, its two parts the words on
// either side of the aside, and its text is the parts joined.
func TestS44FAsideParts(t *testing.T) {
	p := load(t)
	text := "Уряд Словаччини, як повідомляє Bloomberg, не підтримає новий пакет санкцій."
	x := p.Extract(text, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
	checkOffsets(t, text, x)
	if len(x.Quotes) != 1 {
		t.Fatalf("quotes %+v, want one", x.Quotes)
	}
	q, r := x.Quotes[0], []rune(text)
	if got := string(r[q.Start:q.End]); got != "Уряд Словаччини, як повідомляє Bloomberg, не підтримає новий пакет санкцій" {
		t.Errorf("span %q, want the whole sentence's words", got)
	}
	var parts []string
	for _, pc := range q.Parts {
		parts = append(parts, string(r[pc.Start:pc.End]))
	}
	if len(parts) != 2 || parts[0] != "Уряд Словаччини" || parts[1] != "не підтримає новий пакет санкцій" {
		t.Errorf("parts %q, want the words either side of the aside", parts)
	}
}

// TestS44FAsideOfOutlet: an outlet named in an aside of як between a
// subject and its own cue, or between a cue and its що, only says where
// the words were read; the subject speaks, and the outlet has no quote of
// its own (it stays a source of the article).
func TestS44FAsideOfOutlet(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an aside between the subject and a cue of на",
			"Канцлер Німеччини Фрідріх Мерц, як повідомляє DW, наголосив на важливості нових санкцій.",
			[]string{"Фрідріх Мерц/наголосити/indirect: на важливості нових санкцій"}},
		{"an aside between the cue and its що",
			"Прем'єр-міністр Польщі Дональд Туск заявив, як пише Reuters, що Варшава збільшить витрати на оборону.",
			[]string{"Дональд Туск/заявити/indirect: Варшава збільшить витрати на оборону"}},
		{"with no cue of the subject's the outlet's report is the quote",
			"Уряд Чехії, як пише Reuters, збільшить витрати на оборону.",
			[]string{"Reuters/писати/indirect: Уряд Чехії збільшить витрати на оборону"}},
	}
	checkQuotes(t, p, tests, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}

// TestS44FToldOutlet: "В X Y повідомили": the body in the locative (a
// name the tagger read as a genitive too) speaks, and the outlet after it,
// whose name does not decline, is whom it told, also when the entity
// tagger took the outlet for a person. The outlet is no actor of what
// the body said either.
func TestS44FToldOutlet(t *testing.T) {
	p := load(t)
	pub := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	const fined = "Регулятор оштрафував «Промбанк» на 10 млн грн.\n\nУ «Промбанку» ЛІГА.net повідомили, що не погоджуються з рішенням регулятора."
	checkQuotes(t, p, []construction{
		{"a body's name read as a genitive after в, an outlet in quotation marks after it",
			"В «Укрзалізниці» «Українській правді» розповіли, що нові вагони надійдуть у березні.",
			[]string{"Укрзалізниця/розповісти/indirect: нові вагони надійдуть у березні"}},
		{"an outlet the entity tagger took for a person", fined,
			[]string{"Промбанк/повідомити/indirect: не погоджуються з рішенням регулятора"}},
	}, pub)
	checkEvents(t, p, []construction{
		{"the outlet told is no actor", fined, []string{"COERCE Регулятор → Промбанк"}},
	}, pub)
	x := p.Extract(fined, pub)
	for _, e := range x.Entities {
		if e.Name == "ЛІГА.net" && e.Type != "ORG" || e.Name == "Ліга.net" {
			t.Errorf("outlet %s %q, want ORG ЛІГА.net", e.Type, e.Name)
		}
	}
}

// TestS44FBrandInBrackets: a company's brand in quotation marks in
// brackets after its full name, made of the name's words cut short, is
// the same company, which speaks for both.
func TestS44FBrandInBrackets(t *testing.T) {
	p := load(t)
	text := "АТ «Українська пошта» («Укрпошта») підвищило тарифи на доставку посилок. У компанії пояснили, що зросли витрати на пальне."
	x := p.Extract(text, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
	var orgs []string
	for _, e := range x.Entities {
		if e.Type == "ORG" {
			orgs = append(orgs, e.Name)
		}
	}
	if len(orgs) != 1 || orgs[0] != "Українська пошта" {
		t.Errorf("organisations %q, want Українська пошта alone", orgs)
	}
	checkQuotes(t, p, []construction{{"the company speaks", text,
		[]string{"АТ «Українська пошта»/пояснити/indirect: зросли витрати на пальне"}}}, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}

// TestS44FTitledWoman: a woman's name the lemmatizer reads as a man's
// genitive (Олександра Рябова as of Олександр Рябов) right after a
// woman's title in the nominative, with the verb too far to tell, is
// hers, in the nominative; a man's surname's genitive there (Ткачука,
// whose woman's form does not decline) names whose spokeswoman she is.
func TestS44FTitledWoman(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"a surname in -ова",
			"Завод відновив роботу. Його речниця Олександра Рябова в коментарі місцевим медіа стверджувала, що звільнень не буде.",
			[]string{"Олександра Рябова/стверджувати/indirect: звільнень не буде"}},
		{"a surname in -іна",
			"Станція працює. Її речниця Євгенія Шишкіна в розмові з журналістами заявила, що загрози немає.",
			[]string{"Євгенія Шишкіна/заявити/indirect: загрози немає"}},
	}, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
	x := p.Extract("Мер Олександр Ткачук підписав розпорядження. Речниця Олександра Ткачука в коментарі місцевим медіа підтвердила це.", time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
	for _, e := range x.Entities {
		if e.Name == "Олександра Ткачука" {
			t.Errorf("a man's genitive read as a woman: %+v", e)
		}
	}
}

// TestS44FWomansAccusative: a surname in -у the tagger reads as a man's
// dative of one in -о is a woman's accusative of one in -а after a verb
// of a contest, or after one that takes the accusative with a first name
// in no dative; after one that takes the dative, or a first name in the
// dative, it stays a man's.
func TestS44FWomansAccusative(t *testing.T) {
	p := load(t)
	for _, tt := range []struct{ text, want string }{
		{"Даяна Ястремська обіграла Сабаленку у півфіналі турніру в Дубаї.", "Сабаленка"},
		{"Українка у трьох сетах перемогла Арину Сабаленку.", "Арина Сабаленка"},
		{"Міністр подякував Коваленку за багаторічну роботу.", "Коваленко"},
		{"Суд обрав Олегу Петренку запобіжний захід.", "Олег Петренко"},
	} {
		x := p.Extract(tt.text, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
		var got []string
		for _, e := range x.Entities {
			if e.Type == "PERS" {
				got = append(got, e.Name)
			}
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s: people %q, want %s", tt.text, got, tt.want)
		}
	}
}

// TestS44FFirstNameCase: a woman's foreign first name in -а whose
// oblique form in -і the tagger keeps as a name of its own (Кьярі) is
// one person with her name in the nominative, whichever comes first.
func TestS44FFirstNameCase(t *testing.T) {
	p := load(t)
	for _, text := range []string{
		"Депутатка Італії Кьяра Россі відвідала Київ.\n\nПрезидент подякував Кьярі Россі за підтримку.",
		"Президент подякував Кьярі Россі за підтримку.\n\nДепутатка Італії Кьяра Россі відвідала Київ.",
	} {
		x := p.Extract(text, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
		var got []string
		for _, e := range x.Entities {
			if e.Type == "PERS" && strings.HasSuffix(e.Name, " Россі") {
				got = append(got, e.Name)
			}
		}
		if !slices.Equal(got, []string{"Кьяра Россі"}) {
			t.Errorf("%q: people %q, want Кьяра Россі once", text, got)
		}
	}
}

// TestS44FInstrumentalNoVote: a woman named in the instrumental before
// "та" and another's past verb ("зустрівся з … Іриною Гуцу та поклав")
// is no subject of that verb, whose gender says nothing of hers; вона
// stands for her after.
func TestS44FInstrumentalNoVote(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"вона after a woman met",
			"Міністр закордонних справ Андрій Коваль зустрівся з прем'єр-міністеркою Молдови Іриною Гуцу та поклав квіти до пам'ятника.\n\nВона наголосила, що Кишинів підтримує Київ.",
			[]string{"Ірина Гуцу/наголосити/indirect: Кишинів підтримує Київ"}},
	}, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}
