package storetest

import (
	"strconv"
	"strings"
	"time"

	"github.com/vistka/vistka"
)

// fixture is a document of the behaviour tests, built by hand: its text
// and an extraction whose offsets are found in the text.
type fixture struct {
	doc *vistka.Document
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t.Add(9*time.Hour + 30*time.Minute)
}

func newFixture(url, title, published, text string) *fixture {
	d := &vistka.Document{URL: url, Title: title, Text: text, Language: "uk", Site: "example.test", Author: "Редакція"}
	if published != "" {
		d.Published = day(published)
	}
	d.Extraction = &vistka.Extraction{Language: "uk", Source: vistka.Source{Via: []string{}, Photo: []string{}},
		Spans: []vistka.Span{}, Entities: []vistka.Entity{}, Quotes: []vistka.Quote{}, Amounts: []vistka.Amount{},
		Dates: []vistka.Date{}, Events: []vistka.Event{}}
	if published != "" {
		d.Extraction.Published = published
	}
	return &fixture{doc: d}
}

// find returns the code-point range of the nth (from 0) occurrence of sub.
func (f *fixture) find(sub string, nth int) (int, int) {
	text := f.doc.Text
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			panic("fixture: no " + sub + " in " + text)
		}
		if nth == 0 {
			start := len([]rune(text[:from+i]))
			return start, start + len([]rune(sub))
		}
		nth--
		from += i + len(sub)
	}
}

// entity adds an entity with name mentions given as "text=lemma" (or
// "text" when the lemma is the name; "text#n" skips n occurrences of
// text) and returns its id.
func (f *fixture) entity(typ, name string, aliases, titles []string, mentions ...string) string {
	x := f.doc.Extraction
	id := "E" + string(rune('1'+len(x.Entities)))
	e := vistka.Entity{ID: id, Type: typ, Name: name, Aliases: aliases, Titles: titles}
	if e.Titles == nil {
		e.Titles = []string{}
	}
	seen := map[string]int{}
	for _, m := range mentions {
		text, lemma, ok := strings.Cut(m, "=")
		if !ok {
			lemma = name
		}
		if t, skip, ok := strings.Cut(text, "#"); ok {
			n, err := strconv.Atoi(skip)
			if err != nil {
				panic(err)
			}
			text = t
			seen[text] += n
		}
		start, end := f.find(text, seen[text])
		seen[text]++
		e.Mentions = append(e.Mentions, vistka.Mention{Start: start, End: end, Text: text, Lemma: lemma, Kind: "name"})
		x.Spans = append(x.Spans, vistka.Span{Start: start, End: end, Type: typ, Text: text, Lemma: lemma})
	}
	x.Entities = append(x.Entities, e)
	return id
}

func (f *fixture) quote(speaker, cue, text string, direct bool) {
	start, end := f.find(text, 0)
	f.doc.Extraction.Quotes = append(f.doc.Extraction.Quotes, vistka.Quote{Speaker: speaker, Direct: direct, Cue: cue, Text: text, Start: start, End: end})
}

func (f *fixture) event(typ, mode, trigger string, actors, recipients []string, place, date string, line int) {
	lines := strings.Split(f.doc.Text, "\n")
	start, end := f.find(lines[line], 0)
	ts, te := f.find(trigger, 0)
	f.doc.Extraction.Events = append(f.doc.Extraction.Events, vistka.Event{Type: typ, Mode: mode, Trigger: trigger,
		Actors: actors, Recipients: recipients, Place: place, Date: date, Aux: []string{},
		Sentence: vistka.Range{Start: start, End: end}, TriggerSpan: &vistka.Range{Start: ts, End: te}})
}

// fixtures are the documents of the behaviour tests, in the order they are
// put. Their entities exercise linking across documents: a surname alone
// that fits one stored person (Блінкен), a surname that fits two
// (Кличко), initials (Е. Блінкен, В. Кличко), an alias of a place (США).
func fixtures() []*fixture {
	a := newFixture("https://www.ukrinform.ua/rubric-polytics/1.html", "Блінкен зустрівся з Токаєвим в Астані", "2023-02-28",
		"Державний секретар США Ентоні Блінкен у вівторок зустрівся в Астані з Президентом Казахстану Касим-Жомартом Токаєвим.\n"+
			"«Ми цінуємо незалежність Казахстану», — сказав Блінкен.\n"+
			"За словами Токаєва, США інвестували в економіку Казахстану понад 62 мільярди доларів.\n"+
			"Про це повідомляє Укрінформ з посиланням на Zakon.kz.\n"+
			"Фото: Akorda.")
	blinken := a.entity("PERS", "Ентоні Блінкен", []string{"Блінкен"}, []string{"державний секретар США"}, "Ентоні Блінкен", "Блінкен=Блінкен")
	usa := a.entity("LOC", "США", nil, nil, "США", "США")
	astana := a.entity("LOC", "Астана", nil, nil, "Астані=Астана")
	tokayev := a.entity("PERS", "Касим-Жомарт Токаєв", []string{"Токаєв"}, []string{"президент Казахстану"}, "Касим-Жомартом Токаєвим", "Токаєва=Токаєв")
	a.entity("LOC", "Казахстан", nil, nil, "Казахстану=Казахстан", "Казахстану=Казахстан", "Казахстану=Казахстан")
	a.quote(blinken, "сказати", "Ми цінуємо незалежність Казахстану", true)
	a.quote(tokayev, "за словами", "США інвестували в економіку Казахстану понад 62 мільярди доларів", false)
	a.event("CONSULT", "meet", "зустрівся", []string{blinken}, []string{tokayev}, astana, "2023-02-28", 0)
	start, end := a.find("понад 62 мільярди доларів", 0)
	v := 62e9
	a.doc.Extraction.Amounts = append(a.doc.Extraction.Amounts, vistka.Amount{Text: "понад 62 мільярди доларів", Start: start, End: end, Value: &v, Unit: "USD", Bound: vistka.BoundMoreThan})
	date := "2023-02-28"
	start, end = a.find("у вівторок", 0)
	a.doc.Extraction.Dates = append(a.doc.Extraction.Dates, vistka.Date{Text: "у вівторок", Start: start, End: end, Value: &date, Relative: true, Granularity: "day"})
	a.doc.Extraction.Source = vistka.Source{Publisher: "Укрінформ", Via: []string{"Zakon.kz"}, Photo: []string{"Akorda"},
		Evidence: []vistka.Evidence{{Role: "publisher", Value: "Укрінформ", Start: 0, End: 0}}}
	_ = usa

	b := newFixture("https://www.eurointegration.com.ua/news/2.html", "Блінкен поговорив з Кулебою", "2023-03-05",
		"Блінкен провів телефонну розмову з міністром закордонних справ України Дмитром Кулебою.\n"+
			"Сторони обговорили підтримку України, повідомляє Європейська правда.")
	b1 := b.entity("PERS", "Блінкен", nil, nil, "Блінкен")
	b2 := b.entity("PERS", "Дмитро Кулеба", nil, []string{"міністр закордонних справ України"}, "Дмитром Кулебою=Дмитро Кулеба")
	b3 := b.entity("LOC", "Україна", nil, nil, "України=Україна", "України=Україна")
	b.event("CONSULT", "phone", "провів телефонну розмову", []string{b1}, []string{b2}, "", "", 0)
	b.event("SUPPORT", "", "підтримку", []string{b1}, []string{b3}, "", "", 1)
	b.doc.Extraction.Source = vistka.Source{Publisher: "Європейська правда", Via: []string{}, Photo: []string{}}

	c := newFixture("", "Брати Кличко", "2023-04-10",
		"Віталій Кличко та Володимир Кличко відвідали Київ.\n"+
			"Мер Києва Віталій Кличко заявив, що місто готове до зими.")
	c1 := c.entity("PERS", "Віталій Кличко", nil, []string{"мер Києва"}, "Віталій Кличко", "Віталій Кличко")
	c.entity("PERS", "Володимир Кличко", nil, nil, "Володимир Кличко")
	c.entity("LOC", "Київ", nil, nil, "Київ", "Києва=Київ")
	c.quote(c1, "заявити", "місто готове до зими", false)
	c.doc.Extraction.Source = vistka.Source{Publisher: "укрінформ", Via: []string{}, Photo: []string{"Reuters", "AP"}}

	d := newFixture("https://kyiv.example/4", "Кличко про зиму", "2023-05-01",
		"Кличко закликав киян економити електроенергію.\n"+
			"Сполучені Штати Америки передали Києву генератори.")
	d.entity("PERS", "Кличко", nil, nil, "Кличко")
	d2 := d.entity("LOC", "Київ", nil, nil, "Києву=Київ")
	d3 := d.entity("LOC", "Сполучені Штати Америки", []string{"США"}, nil, "Сполучені Штати Америки")
	d.event("AID", "", "передали", []string{d3}, []string{d2}, "", "2023-04", 1)

	e := newFixture("https://kyiv.example/5", "Кличко знову", "2023-05-02",
		"В. Кличко знову закликав економити.\n"+
			"Кличко наголосив на важливості.")
	e.entity("PERS", "В. Кличко", nil, nil, "В. Кличко")
	e.entity("PERS", "Кличко", nil, nil, "Кличко#1") // the first is inside "В. Кличко"

	f := newFixture("https://www.ukrinform.ua/rubric-polytics/6.html", "Розмова", "",
		"Е. Блінкен телефонував Токаєву.")
	f1 := f.entity("PERS", "Е. Блінкен", nil, nil, "Е. Блінкен")
	f2 := f.entity("PERS", "Токаєв", nil, nil, "Токаєву=Токаєв")
	f.event("CONSULT", "phone", "телефонував", []string{f1}, []string{f2}, "", "2023-03-15", 0)
	f.doc.Extraction.Source = vistka.Source{Publisher: "УКРІНФОРМ", Via: []string{}, Photo: []string{}}

	return []*fixture{a, b, c, d, e, f}
}
