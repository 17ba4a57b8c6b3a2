package pipeline_test

import "testing"

// The constructions of this file are titles after a name set off by a
// comma that the tagger leaves without a span, found by a census of the
// NER-UK texts in session 53; the sentences are our own.

// TestS53T2AcademicOffice checks that a dean (декан, деканка) is an
// office written after a name and before it, as a rector's is.
func TestS53T2AcademicOffice(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Про це розповів Петро Гнатюк, декан Рівненської школи бізнесу, на відкритті курсу.",
			person: "Петро Гнатюк", want: []string{"декан Рівненської школи бізнесу"}},
		{text: "Олена Петрова, деканка економічного факультету, вручила дипломи випускникам.",
			person: "Олена Петрова", want: []string{"деканка економічного факультету"}},
	})
}

// TestS53T2ApposedBeforeBracket checks that a title after a name and a
// comma may end at a bracket opening a gloss or the body's acronym, and
// that the title keeps no space inside square brackets.
func TestS53T2ApposedBeforeBracket(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Про це розповів Петро Гнатюк, декан Рівненської школи бізнесу [RSB]. Він додав, що набір триває.",
			person: "Петро Гнатюк", want: []string{"декан Рівненської школи бізнесу [RSB]"}},
		{text: "Про це розповів Петро Гнатюк, декан Рівненської школи бізнесу (РШБ), на відкритті курсу.",
			person: "Петро Гнатюк", want: []string{"декан Рівненської школи бізнесу"}},
		{text: "Лекцію прочитала Олена Петрова, професорка Київської школи економіки (KSE), а потім відповіла на запитання.",
			person: "Олена Петрова", want: []string{"професорка Київської школи економіки"}},
	})
}

// TestS53T2AideOfNamedPerson checks that an aide's title after a name
// and a comma may go on with the name, in the genitive, of the one the
// aide serves (колишній радник Петра Шевчука): the title is the aide's,
// to the name, and not the other person's.
func TestS53T2AideOfNamedPerson(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Минулого року Іван Мороз, колишній помічник Петра Шевчука, розповів про схему.",
			person: "Іван Мороз", want: []string{"колишній помічник"}},
		{text: "Минулого року Іван Мороз, колишній помічник Петра Шевчука, розповів про схему.",
			person: "Петро Шевчук", not: []string{"колишній помічник"}},
		{text: "Оксана Руденко, радниця Віктора Бойка, відмовилася від коментарів.",
			person: "Оксана Руденко", want: []string{"радниця"}},
	})
}

// TestS53T2FormerAndPresentPost checks that a title after a former one,
// turned to by нині, тепер or зараз (after a comma, perhaps with а and a
// dash), is the same person's present title, as gold takes "нині радник
// …" for a title.
func TestS53T2FormerAndPresentPost(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{text: "Засновником фірми є Олег Шевчук, колишній заступник голови правління банку «Полісся», а нині – керівник проєктів компанії.",
			person: "Олег Шевчук", want: []string{"колишній заступник голови правління банку «Полісся»", "керівник проєктів компанії"}},
		{text: "На зустріч прийшов Олег Шевчук, колишній заступник голови правління банку «Полісся», а нині директор заводу «Гідромаш».",
			person: "Олег Шевчук", want: []string{"директор заводу «Гідромаш»"}},
		{text: "На зустріч прийшов Олег Шевчук, депутат міськради, нині радник міського голови.",
			person: "Олег Шевчук", want: []string{"депутат міськради", "радник міського голови"}},
	})
}
