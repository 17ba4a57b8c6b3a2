package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// thirteenth press set (testdata/gold/press13.jsonl); the sentences are
// our own.

// TestS35CLetterToTitled checks that a letter sent to someone with a
// request is a request of the one addressed however long the title and
// body before the name (an abbreviation's points inside it too).
func TestS35CLetterToTitled(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a long title and body before the name, an abbreviation's points in it",
			"Мер Ірпеня Олег Бондар надіслав лист в. о. начальника Державної інспекції контролю за цінами у Київській області Ігорю Савчуку з проханням перевірити аптеки.",
			[]string{"REQUEST Олег Бондар → Ігор Савчук"}},
		{"a demand past a long title",
			"Голова громади Петро Гнатюк надіслав лист в. о. начальника Державної інспекції контролю за цінами у Житомирській області Андрію Лисенку з вимогою перевірити ринок.",
			[]string{"REQUEST Петро Гнатюк → Андрій Лисенко"}},
		{"a short title, as before",
			"Мер Ірпеня Олег Бондар надіслав лист інспектору Ігорю Савчуку з проханням перевірити звалище.",
			[]string{"REQUEST Олег Бондар → Ігор Савчук"}},
	}, time.Time{})
}

// TestS35CInviteAfterLine checks that a line of speech closed by an
// invitation or a remark (запрошує, підмітив) is the words of the one who
// invites or remarks, and that the invitation is then no request of its
// own.
func TestS35CInviteAfterLine(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"an invitation closes the line",
			"- Ми довго готувалися до туру. Чекаємо всіх на нашому концерті! - запрошує соліст гурту Андрій Коваль.",
			[]string{"Андрій Коваль/запрошувати/direct: Ми довго готувалися до туру. Чекаємо всіх на нашому концерті!"}},
		{"a remark closes the line",
			"- Цей гурт – голос покоління! - підмітив письменник Петро Гнатюк.",
			[]string{"Петро Гнатюк/підмітити/direct: Цей гурт – голос покоління!"}},
	}, time.Time{})
	checkEvents(t, p, []construction{
		{"the invitation asks no one",
			"- Ми довго готувалися до туру. Чекаємо всіх на нашому концерті! - запрошує соліст гурту Андрій Коваль.",
			nil},
	}, time.Time{})
}

// TestS35CNotAll checks that a bare не всі or не кожен for the subject
// ("ідею підтримали не всі") states no event: who did not is the point,
// and who did goes unnamed; a noun after it names who did, and the event
// stays.
func TestS35CNotAll(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"after the verb, a place before it",
			"У Верховній Раді ідею створення агентства підтримали не всі.",
			nil},
		{"opening the sentence",
			"Не всі підтримали ідею створення агентства.",
			nil},
		{"a noun after it names who did",
			"Не всі депутати підтримали ідею створення агентства.",
			[]string{"SUPPORT депутати → "}},
	}, time.Time{})
}

// TestS35CSoSaid checks that a sentence opening with так right before its
// cue, past a particle, attributes the sentence before to the one named
// after the cue; a так that opens no cue attributes nothing.
func TestS35CSoSaid(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a belief, past a particle",
			"Уряд готує нові податки! Принаймні так вважають підприємці, які вийшли на мітинг.",
			[]string{"підприємці/вважати/indirect: Уряд готує нові податки"}},
		{"a saying",
			"Ціни на ліки зростуть удвічі. Так кажуть фармацевти.",
			[]string{"фармацевти/казати/indirect: Ціни на ліки зростуть удвічі"}},
		{"no cue after так",
			"Ціни на ліки зростуть удвічі. Так минув ще один день.",
			nil},
	}, time.Time{})
}

// TestS35CTroupePartner checks that a company of performers named in
// quotation marks after its kind (хор, гурт, ансамбль) stands in the
// kind's case, under its preposition: the partner of one who works with
// it.
func TestS35CTroupePartner(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a choir, an adjective before its kind",
			"Співачка Ольга Петренко співпрацювала з київським хором «Дзвіниця» на телепроєкті.",
			[]string{"COOPERATE Ольга Петренко → Дзвіниця"}},
		{"a band",
			"Продюсер Андрій Коваль співпрацював з гуртом «Сонячні зайці» торік.",
			[]string{"COOPERATE Андрій Коваль → Сонячні зайці"}},
	}, time.Time{})
}

// TestS35CPartnerFirst checks that a partner after з put first, before
// the subject and the verb of working together, is the partner.
func TestS35CPartnerFirst(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a firm put first",
			"З компанією «Укрбуд» міська рада співпрацювала торік.",
			[]string{"COOPERATE міська рада → Укрбуд"}},
		{"a choir put first, its kind before the name",
			"Торік з хором «Дзвіниця» співачка Ольга Петренко співпрацювала на телепроєкті.",
			[]string{"COOPERATE Ольга Петренко → Дзвіниця"}},
	}, time.Time{})
}

// TestS35CCueAside checks that an adverbial participle's clause set off
// between a cue after the words and the speaker ("– сказав, виступаючи в
// Раді, міністр") leaves the speaker the one after it, and that an adverb
// between the dash and a manner cue closing a line of speech ("- … -
// точно підмітив письменник") leaves the line its words.
func TestS35CCueAside(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a participle's clause after the cue",
			"Ситуація на фронті складна, - сказав, виступаючи в Раді, міністр оборони Олег Сидоренко.",
			[]string{"Олег Сидоренко/сказати/indirect: Ситуація на фронті складна"}},
		{"an adverb before a manner cue, and a participle's clause",
			"- Цей гурт – голос покоління! - точно підмітив, говорячи про гурт, письменник Петро Гнатюк.",
			[]string{"Петро Гнатюк/підмітити/direct: Цей гурт – голос покоління!"}},
	}, time.Time{})
}
