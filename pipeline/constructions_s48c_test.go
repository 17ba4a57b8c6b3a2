package pipeline_test

import (
	"testing"
	"time"
)

// The law-and-order desk (session 48, helper h48c): a lawsuit or an
// appeal told in a clause of що after a first predicate with no subject
// of its own is the speaker's, as the first predicate is; the sentences
// are our own.
func TestCoordinatedSuitS48c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a suit to come after the damage the speaker puts a price on",
			"Власниця кав'ярні Оксана Литвин розповіла, що оцінює збитки у 35 тисяч гривень і подасть до суду позов проти водія.",
			[]string{"ACCUSE Оксана Литвин → водій [future]"}},
		{"the damage put first, a number between the verbs",
			"Фермер Василь Гнатюк заявив, що збитки оцінює у 120 тисяч гривень і звернеться до суду.",
			[]string{"ACCUSE Василь Гнатюк →  [future]"}},
		{"the clause with a subject of its own is not the speaker's",
			"Адвокат Петро Мельник розповів, що суд розглянув справу і відмовив у задоволенні позову.",
			[]string{"REJECT суд → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// The one detained or suspended named by a party participle that opens
// the sentence, with its charge after it or alone, or by a noun with a
// participle's or a relative clause set off by commas before the verb,
// also in a clause of що, where the noun's genitives are passed to it;
// the sentences are our own.
func TestSuspectOpeningS48c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a participle with its charge before a verb with no subject",
			"Підозрюваного у розбійному нападі на ювелірну крамницю затримали в Черкасах.",
			[]string{"COERCE  → підозрюваний @Черкаси"}},
		{"a participle alone before a form in -но and a time phrase",
			"Підозрюваного затримано наступного дня.",
			[]string{"COERCE  → підозрюваний"}},
		{"a noun with a participle set off by commas",
			"Чоловіка, підозрюваного в крадіжці велосипеда, затримали.",
			[]string{"COERCE  → чоловік"}},
		{"a noun with a relative clause set off, in a clause of що",
			"У лісгоспі повідомили, що лісничого, на ділянці якого знайшли незаконну рубку, відсторонено від роботи.",
			[]string{"COERCE  → лісничий"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Suspects named in the dative with a genitive the tagger may read as a
// nominative plural, or with an apposition set off by commas, before a
// verb with no subject; the sentences are our own.
func TestDativeSuspectsS48c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a genitive read as a nominative plural is no subject",
			"Ще трьом учасникам схеми повідомили про підозру.",
			[]string{"ACCUSE  → учасники"}},
		{"an apposition in the dative set off by commas",
			"Двом посадовцям управи, заступникам начальника, повідомили про підозру.",
			[]string{"ACCUSE  → посадовці управи"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
