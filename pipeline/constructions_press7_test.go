package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// seventh press set (testdata/gold/press7.jsonl); the sentences are our own.

func TestPress7Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a subject alone before кажуть / розповідають and a comma: the clause after it is what they say",
			"Лікарі кажуть, за останній місяць кількість хворих зросла вдвічі. Мешканці села розповідають, вода в колодязях зникла ще влітку.",
			[]string{"Лікарі/казати/indirect: за останній місяць кількість хворих зросла вдвічі", "Мешканці села/розповідати/indirect: вода в колодязях зникла ще влітку"}},
		{"a cue with a dash after it reports the clause after the dash; not a negated one",
			"Мер Києва Віталій Кличко припускає – ремонт затягнеться до весни. Вони ще не підозрюють – негода тільки починається.",
			[]string{"Віталій Кличко/припускати/indirect: ремонт затягнеться до весни"}},
		{"за повідомленням X set off by a comma gives X's report; a report about something acted on does not",
			"За повідомленням обласного центру зайнятості, безробіття зросло вдвічі. За повідомленням про замінування поліція оглянула школу.",
			[]string{"обласний центр зайнятості/за повідомленням/indirect: безробіття зросло вдвічі"}},
		{"a quotation with no cue after a colon or right after the sentence naming one person is that person's",
			"Свято відбулося за підтримки Ольги Петренко: «Я люблю це місто і його людей». Захід у парку відбувся за підтримки Михайла Коваля. «Нас надихає родина, тому ми й проводимо свято».",
			[]string{"Ольга Петренко//direct: Я люблю це місто і його людей", "Михайло Коваль//direct: Нас надихає родина, тому ми й проводимо свято"}},
		{"a dialogue line after its speaker's line, in text with no paragraphs, goes on over a sentence opening with a connective and one more plain statement; narration after it does not",
			"– Вода в колодязі цілком чиста, – каже лаборант. – Раніше вважали, що її не можна пити. Але нова очисна станція працює бездоганно. Кишкової палички немає. Вранці лаборант поїхав до міста.",
			[]string{"лаборант/казати/direct: Вода в колодязі цілком чиста", "лаборант/казати/direct: Раніше вважали, що її не можна пити. Але нова очисна станція працює бездоганно. Кишкової палички немає"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestPress7Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an appeal named by its noun: who appealed in the genitive, to those in charge after до; an address to a community is none",
			"Не допомогло звернення директора школи Ігоря Мельника до управління освіти облдержадміністрації. Текст звернення Петра Коваля до громади опублікували.",
			[]string{"REQUEST Ігор Мельник → управління освіти облдержадміністрації"}},
		{"a request being prepared (готувати запит до X) is a request to X",
			"Депутат Олег Ткач готуватиме запит до прокурора області Івана Бойка.",
			[]string{"REQUEST Олег Ткач → Іван Бойко [future]"}},
		{"a sentence with no subject whose past verb agrees goes on with the person the sentence before has for its subject",
			"Петро Коваль довго пропонував відкрити музей. Навіть просив мера передбачити кошти.",
			[]string{"REQUEST Петро Коваль → мер"}},
		{"providing something free of charge to someone in the dative is aid; handing property over free is left alone",
			"Фонд «Відродження» безкоштовно надаватиме юридичну консультацію сільським громадам. Директор безоплатно передав фірмі своєї родички склад.",
			[]string{"AID Фонд «Відродження» → сільські громади [future]"}},
		{"laypeople going to a place make no visit; a delegation does",
			"Влітку школярі відвідуватимуть басейн спортивної школи «Надія». Делегація Польщі відвідала Житомир.",
			[]string{"CONSULT/visit Польща → Житомир @Житомир"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestPress7Source(t *testing.T) {
	p := load(t)
	x := p.Extract("Минулого тижня стару хатину знесли. Про це з болем повідомив директор музею Олександр Остапюк.", time.Time{})
	if want := []string{"Олександр Остапюк"}; !slices.Equal(x.Source.Via, want) {
		t.Errorf("via %q, want %q", x.Source.Via, want)
	}
}
