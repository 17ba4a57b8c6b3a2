package pipeline_test

import "testing"

// Readings fixed in task s58r (role phrases and pronouns, by the
// resolver's mechanism: what kind of role word is not read as a role, and
// which holder's title a role word is not matched with). The sentences
// are our own.

// TestS58ROccupationObject: a word for an occupation (журналістка,
// тренер, адвокат) in an oblique case, the object of a verb, a
// preposition or a noun, stands for the one person named before whose
// title has the word or a title it stands for (кореспондентка for
// журналістка), not for anyone when two hold such a title or none does.
func TestS58ROccupationObject(t *testing.T) {
	p := load(t)
	checkRoleCases(t, p, []roleCase{
		{"Інтерв'ю записала кореспондентка агентства Марта Гнатюк. На запитання журналістки про вибори міністр Олег Рибак не відповів.",
			"журналістки", "Марта Гнатюк"},
		{"Головний тренер збірної Остап Білик оголосив склад команди. Гравці подякували тренерові за довіру.",
			"тренерові", "Остап Білик"},
		{"Адвокат Ігор Сидоренко оскаржив арешт клієнта. Суд відхилив клопотання адвоката.",
			"адвоката", "Ігор Сидоренко"},
		{"Інтерв'ю записали кореспондентка агентства Марта Гнатюк і кореспондентка видання Ольга Рій. На запитання журналістки про вибори міністр Олег Рибак не відповів.",
			"журналістки", ""},
		{"Міністр Олег Рибак відвідав Житомир. Місцеві жителі подякували лікарю за допомогу.",
			"лікарю", ""},
	})
}

// TestS58ROfficeShortNames: a short word for an office (генпрокурор,
// нардепка) stands for the one holding the office written in full
// (генеральний прокурор, народна депутатка), and a word for a head of a
// legislature (голова парламенту, очільник Ради) for its speaker.
func TestS58ROfficeShortNames(t *testing.T) {
	p := load(t)
	checkRoleCases(t, p, []roleCase{
		{"Генеральний прокурор Андрій Білоус підписав підозру меру міста. Генпрокурор наголосив, що справу доведуть до суду.",
			"Генпрокурор", "Андрій Білоус"},
		{"Народна депутатка Оксана Бондар заявила про блокування законопроєкту. Голова фракції Олег Ткач з нею не погодився. Нардепка відповіла, що часу немає.",
			"Нардепка", "Оксана Бондар"},
	})
}

// TestS58RHeadOfBody: a word for the head of a body (голова парламенту,
// губернатор) stands for the one person titled by the office's other
// name (спікер; голова обласної військової адміністрації), and a town's
// adjective before a bare office (Столичний мер, Одеський мер) for the
// one holding the office of that town.
func TestS58RHeadOfBody(t *testing.T) {
	p := load(t)
	checkRoleCases(t, p, []roleCase{
		{"Спікер Ігор Мазур пообіцяв внести документ до порядку денного. Голова парламенту зауважив, що комітет уже розглянув правки.",
			"Голова парламенту", "Ігор Мазур"},
		{"Голова Волинської обласної військової адміністрації Петро Гнатюк повідомив про атаку дронів. Губернатор закликав мешканців залишатися в укриттях.",
			"Губернатор", "Петро Гнатюк"},
		{"Мер Києва Віталій Кличко повідомив про аварію на теплотрасі. Столичний мер пообіцяв особисто проконтролювати роботи.",
			"Столичний мер", "Віталій Кличко"},
		{"Мер Одеси Геннадій Труханов відвідав порт. Одеський мер пообіцяв відновити причали.",
			"Одеський мер", "Геннадій Труханов"},
		{"Мер Львова Андрій Садовий відвідав порт. Одеський мер пообіцяв відновити причали.",
			"Одеський мер", ""},
	})
}

// TestS58RCommitteeMember: an MP (нардеп, депутат) stands for the one
// titled by a post in a committee or a faction of the Verkhovna Rada,
// which only an MP holds.
func TestS58RCommitteeMember(t *testing.T) {
	p := load(t)
	checkRoleCases(t, p, []roleCase{
		{"Про це розповів секретар комітету Верховної Ради з питань бюджету Олег Данилюк. За словами нардепа, зміни набудуть чинності з вересня.",
			"нардепа", "Олег Данилюк"},
	})
}

// TestS58RPronounAfterConjunction: a pronoun that is the first word for
// anyone in its sentence, after a conjunction or a clause's opening (Але,
// Проте, Адже, Насамперед тому, що), stands for the subject of the
// sentence before, as one opening the sentence does.
func TestS58RPronounAfterConjunction(t *testing.T) {
	p := load(t)
	checkRoleCases(t, p, []roleCase{
		{"Олег Рибак зустрівся з Петром Гуменюком у Львові. Проте він не підписав угоду про співпрацю.",
			"він", "Олег Рибак"},
		{"Ганна Кравчук поговорила з Оленою Бойко після засідання. Але вона так і не пояснила свого рішення.",
			"вона", "Ганна Кравчук"},
		{"Петро Гуменюк згадав про зустрічі з Олегом Рибаком. За його словами, таких людей, як Олег Рибак, дуже мало. Насамперед тому, що він завжди допомагав людям.",
			"він", "Олег Рибак"},
	})
}

// TestS58RGeneralByCommand: генерал stands for the one person who holds,
// or held, the command of an army or of its branch, though no rank is
// written with the name; not for a brigade's commander.
func TestS58RGeneralByCommand(t *testing.T) {
	p := load(t)
	checkRoleCases(t, p, []roleCase{
		{"Командувач Сухопутних військ Остап Мирошник відвідав позиції на Запорізькому напрямку. Генерал поспілкувався з бійцями.",
			"Генерал", "Остап Мирошник"},
		{"Посол України в Канаді, колишній головнокомандувач ЗСУ Ігор Савчук дав інтерв'ю агентству. Генерал розповів про війну дронів.",
			"Генерал", "Ігор Савчук"},
		{"Командир бригади Остап Мирошник відвідав позиції на Запорізькому напрямку. Генерал поспілкувався з бійцями.",
			"Генерал", ""},
	})
}

// TestS58RHeadOfCabinet: глава or очільник Кабміну, the government named
// as a body, stands for the one прем'єр-міністр named before, as глава
// уряду does; not for a chancellor.
func TestS58RHeadOfCabinet(t *testing.T) {
	p := load(t)
	checkRoleCases(t, p, []roleCase{
		{"Прем'єр-міністр Оксана Гуменюк провела зустріч з інвесторами у Франкфурті. Глава Кабміну також зустрілася з міністром фінансів Німеччини Ларсом Клінгбайлем.",
			"Глава Кабміну", "Оксана Гуменюк"},
		{"Прем'єр-міністр Олег Рибак провів зустріч з інвесторами. Після зустрічі очільник Кабміну заявив, що угоду підпишуть.",
			"очільник Кабміну", "Олег Рибак"},
		{"Канцлер Німеччини Олаф Мюллер провів зустріч з інвесторами. Після зустрічі очільник Кабміну заявив, що угоду підпишуть.",
			"очільник Кабміну", ""},
	})
}
