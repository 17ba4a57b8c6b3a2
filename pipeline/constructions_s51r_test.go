package pipeline_test

import (
	"testing"
	"time"
)

// The sides of an act told by the governments of the states that just met
// (session 51, helper h51r): "уряди двох країн підписали" are the states
// the met leaders act for, each by the country of its titles, while
// "лідери" and "президенти" stay the persons. The sentences are our own.
func TestGovernmentsOfMetS51r(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"diplomatic desk: two presidents met, their governments sign",
			"Президент України Володимир Зеленський зустрівся в Кишиневі з президенткою Молдови Маєю Санду. " +
				"Наступного дня уряди двох країн підписали угоду про будівництво мосту.",
			[]string{"CONSULT/meet Володимир Зеленський → Мая Санду @Кишинів", "AGREE Україна,Молдова →  @Кишинів"}},
		{"economy desk: two prime ministers met, the governments of both sign",
			"Прем'єр-міністр Польщі Дональд Туск провів переговори з прем'єр-міністеркою України Юлією Свириденко. " +
				"Після переговорів уряди обох країн підписали меморандум про енергетику.",
			[]string{"CONSULT/meet Дональд Туск → Юлія Свириденко", "AGREE Польща,Україна → "}},
		{"a headline of the leaders retold by their governments is one event",
			"Туск і Свириденко домовилися про спільне виробництво дронів\n\n" +
				"Прем'єр-міністр Польщі Дональд Туск у середу провів у Варшаві переговори з прем'єр-міністеркою України Юлією Свириденко. " +
				"Сторони обговорили енергетику. За підсумками переговорів уряди двох країн підписали меморандум про спільне виробництво дронів.",
			[]string{"CONSULT/meet Дональд Туск → Юлія Свириденко @Варшава", "AGREE Польща,Україна →  @Варшава"}},
		{"the leaders who met sign as themselves",
			"Президент України Володимир Зеленський зустрівся в Кишиневі з президенткою Молдови Маєю Санду. " +
				"Наступного дня лідери підписали спільну заяву.",
			[]string{"CONSULT/meet Володимир Зеленський → Мая Санду @Кишинів", "AGREE Володимир Зеленський,Мая Санду →  @Кишинів"}},
	}, wed)
}

// A body that says what it will do goes on as the subject of its clause
// of що when the clause's verb is negated (session 51, helper h51r): "У
// клубі заявили, що не оскаржуватимуть", as with "що оскаржать". The
// sentences are our own.
func TestNegatedThatClauseS51r(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"sports desk: a club will not appeal",
			"У «Карпатах» заявили, що не оскаржуватимуть рішення контрольно-дисциплінарного комітету.",
			[]string{"ACCUSE Карпати → контрольно-дисциплінарний комітет [future,negation]"}},
		{"courts desk: a ministry will no longer appeal, an adverb before the negation",
			"У міністерстві заявили, що вже не оскаржуватимуть рішення суду.",
			[]string{"ACCUSE міністерство → суд [future,negation]"}},
		{"economy desk: a firm will not appeal, perfective",
			"У «Нафтогазі» повідомили, що не оскаржать постанову регулятора.",
			[]string{"ACCUSE Нафтогаз → регулятор [future,negation]"}},
	}, wed)
}

// The one a relative якого, яких stands for as the object of its clause is
// the person the main verb took as its object, when the text names the
// person by a common noun with its adjectives or the word that counts
// people (session 51, helper h51r): "затримали двох громадян Білорусі,
// яких підозрюють у …" — as with a role ("директора фірми, якого
// підозрюють"). The sentences are our own.
func TestCountedRelativeObjectS51r(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"crime desk: people counted, suspected",
			"Прикордонники затримали двох громадян Молдови, яких підозрюють у контрабанді цигарок.",
			[]string{"COERCE Прикордонники → двоє громадян Молдови", "ACCUSE  → двоє громадян Молдови"}},
		{"crime desk: people by a plural adjective, suspected",
			"Поліція затримала місцевих мешканців, яких підозрюють у підпалі складу.",
			[]string{"COERCE Поліція → місцеві мешканці", "ACCUSE  → місцеві мешканці"}},
		{"courts desk: people counted, fined after their detention",
			"Районний суд оштрафував трьох рибалок, яких затримали на нересті.",
			[]string{"COERCE Районний суд → троє рибалок", "COERCE  → троє рибалок"}},
	}, wed)
}

// The people a relative яких, якого stands for as the object of a clause
// with its own subject (session 51, helper h51r): people named by a noun
// with the genitive name of where they are from ("жителі Херсонщини, яких
// окупанти затримали"), or by a noun in the case of the main clause's
// object ("повернути дітей, яких депортувала Росія"); not the genitive of
// another person's noun ("заступника міністра, якого"). The sentences are
// our own.
func TestRelativeObjectPeopleS51r(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: people of a region, detained by the occupiers",
			"Серед звільнених є мешканці Маріуполя, яких окупанти затримали за проукраїнську позицію.",
			[]string{"COERCE окупанти → мешканці Маріуполя"}},
		{"war desk: children to bring back, deported",
			"Омбудсман закликав партнерів допомогти повернути українських дітей, яких депортувала Росія.",
			[]string{"REQUEST Омбудсман → партнери", "COERCE Росія → українські діти"}},
		{"the genitive of a person's noun is no one the relative stands for",
			"Суд узяв під варту колишнього заступника міністра, якого затримали детективи НАБУ.",
			[]string{"COERCE Суд → колишній заступник міністра", "COERCE детективи НАБУ → "}},
	}, wed)
}
