package pipeline_test

import (
	"testing"
	"time"
)

// Readings fixed in task h8: pronoun arguments and the headline's place.
// The sentences are our own.

func TestH8HeadlinePlaceNarrowed(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the lead's event told again from the headline takes its place",
			"У Полтаві затримали грабіжника\n\nПоліцейські затримали чоловіка, який пограбував магазин. Він перебуває під вартою.",
			[]string{"COERCE Поліцейські → чоловік @Полтава"}},
		{"not when the lead's sentence names another place",
			"У Полтаві затримали грабіжника\n\nПоліцейські затримали чоловіка у Кременчуці, який пограбував магазин. Він перебуває під вартою.",
			[]string{"COERCE Поліцейські → чоловік @Кременчук"}},
		{"not when the lead's event was abroad",
			"У Полтаві затримали грабіжника\n\nПоліцейські затримали його спільника за кордоном. Він перебуває під вартою.",
			[]string{"COERCE Поліцейські → спільник"}},
		{"not when a national body does it and the headline's doer is none",
			"У Полтаві затримали грабіжника\n\nКабмін зобов'язав перевізників знизити ціни. Він перебуває під вартою.",
			[]string{"COERCE Кабмін → перевізники"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestH8ObjectPronounOtherPerson(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"him after a verb of support is the other man when the subject is named",
			"Президент Андрій Коваль зустрівся з прем'єром Іваном Сорокою. Він привітав його з перемогою.",
			[]string{"CONSULT/meet Андрій Коваль → Іван Сорока", "SUPPORT Андрій Коваль → Іван Сорока"}},
		{"an indeclinable foreign name after a title in the instrumental is no subject for він to take up",
			"Президент Андрій Коваль зустрівся з прем'єром Італії Марко Россі. Він привітав його з перемогою.",
			[]string{"CONSULT/meet Андрій Коваль → Марко Россі", "SUPPORT Андрій Коваль → Марко Россі"}},
		{"a woman supports him: the one man named",
			"Посол Петро Іваненко прибув до Києва. Міністр Олена Шевчук підтримала його.",
			[]string{"CONSULT/visit Петро Іваненко → Київ @Київ", "SUPPORT Олена Шевчук → Петро Іваненко"}},
		{"a dative pronoun before the verb, after a named subject",
			"Посол Петро Іваненко прибув до Києва. Міністр Олена Шевчук йому подякувала.",
			[]string{"CONSULT/visit Петро Іваненко → Київ @Київ", "SUPPORT Олена Шевчук → Петро Іваненко"}},
		{"з ним is the partner of a meeting",
			"Посол Петро Іваненко прибув до Києва. Міністр Олена Шевчук зустрілася з ним.",
			[]string{"CONSULT/visit Петро Іваненко → Київ @Київ", "CONSULT/meet Олена Шевчук → Петро Іваненко @Київ"}},
		{"з нею too",
			"Міністр Марія Бойко прибула до Львова. Мер Олег Дмитренко зустрівся з нею.",
			[]string{"CONSULT/visit Марія Бойко → Львів @Львів", "CONSULT/meet Олег Дмитренко → Марія Бойко @Львів"}},
		{"two other women named: з нею is left open",
			"Міністр Марія Бойко і депутатка Олена Шевчук прибули до Львова. Мер Олег Дмитренко зустрівся з нею.",
			[]string{"CONSULT/visit Марія Бойко,Олена Шевчук → Львів @Львів", "CONSULT/meet Олег Дмитренко →  @Львів"}},
		{"a pronoun opening the clause before the verb, its subject after it",
			"Посол Петро Іваненко прибув до Києва. Його привітав мер міста.",
			[]string{"CONSULT/visit Петро Іваненко → Київ @Київ", "SUPPORT мер міста → Петро Іваненко"}},
		{"the same with a name for subject and a dative",
			"Посол Петро Іваненко прибув до Києва. Йому подякував Андрій Коваль.",
			[]string{"CONSULT/visit Петро Іваненко → Київ @Київ", "SUPPORT Андрій Коваль → Петро Іваненко"}},
		{"two other men named: him is left open",
			"Андрій Коваль зустрівся з Іваном Сорокою та Петром Іваненком. Коваль підтримав його.",
			[]string{"CONSULT/meet Андрій Коваль → Іван Сорока,Петро Іваненко", "SUPPORT Андрій Коваль → "}},
		{"a thing of the pronoun's gender named before: him may be it",
			"Посол Петро Іваненко представив законопроект. Міністр Олена Шевчук підтримала його.",
			[]string{"SUPPORT Олена Шевчук → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestH8PronounInThatClause(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a що-clause with no subject of its own is the speaker's act; him is the other man",
			"Андрій Коваль зустрівся з Іваном Сорокою. Він сказав, що завжди підтримуватиме його.",
			[]string{"CONSULT/meet Андрій Коваль → Іван Сорока", "SUPPORT Андрій Коваль → Іван Сорока [future]"}},
		{"the one man named is the speaker, not him as well",
			"Андрій Коваль прибув до Львова. Він сказав, що завжди підтримуватиме його.",
			[]string{"CONSULT/visit Андрій Коваль → Львів @Львів", "SUPPORT Андрій Коваль →  [future]"}},
		{"a що-clause with a subject of its own keeps it",
			"Андрій Коваль зустрівся з Оленою Шевчук. Він сказав, що уряд підтримуватиме її.",
			[]string{"CONSULT/meet Андрій Коваль → Олена Шевчук", "SUPPORT уряд → Олена Шевчук [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestH8DemonstrativeSubject(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"той as the subject of a що-clause is the other man, not the speaker",
			"Андрій Коваль зустрівся з Іваном Сорокою. Він заявив, що той підтримає його.",
			[]string{"CONSULT/meet Андрій Коваль → Іван Сорока", "SUPPORT Іван Сорока → Андрій Коваль [future]"}},
		{"той opening a sentence is the one named last who was not the subject",
			"Міністр Андрій Коваль зустрівся з послом Іваном Сорокою. Той пообіцяв підтримати Україну.",
			[]string{"CONSULT/meet Андрій Коваль → Іван Сорока", "SUPPORT Іван Сорока → Україна [future]"}},
		{"after an unnamed person той is not resolved to a name",
			"Андрій Коваль прибув до Києва, а згодом привіз старенького лікаря. Той підтримав родину.",
			[]string{"CONSULT/visit Андрій Коваль → Київ @Київ", "SUPPORT  → родина"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
