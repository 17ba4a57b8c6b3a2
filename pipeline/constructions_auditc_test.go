package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found auditing BRUK press documents
// that no gold set uses (session 21, audit C); the sentences are our own.

func TestAuditCQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"author's words between dashes with a verb that is no speech verb still cut the direct quote",
			"«Тут буде новий парк, — мріє голова громади. — Діти гулятимуть тут щодня».",
			[]string{"голова громади/мріяти/direct: Тут буде новий парк", "голова громади/мріяти/direct: Діти гулятимуть тут щодня"}},
		{"a dash inside the quote with no verb and subject after it cuts nothing",
			"«Наш обов'язок, — допомогти людям. — Так ми вирішили разом», — сказав Петро Коваль.",
			[]string{"Петро Коваль/сказати/direct: Наш обов'язок, — допомогти людям. — Так ми вирішили разом"}},
		{"що after a noun in the genitive, its verb agreeing with it, opens a relative clause, not what was said",
			"Лаборанти покажуть список речовин, що забруднили річку. Інспектор повідомив депутатів, що перевірку завершено. Петро Коваль розповів колегам з відділу, що переїхав до Львова.",
			[]string{"Інспектор/повідомити/indirect: перевірку завершено", "Петро Коваль/розповісти/indirect: переїхав до Львова"}},
		{"a relative named by kinship speaks, not the person in the genitive after her; an apposition after a comma leaves the name",
			"Мама 5-річної Іванки розповідає, що прийшла на свято вже вдруге. Петро Коваль, чоловік Олени, розповів, що будинок згорів.",
			[]string{"Мама 5-річної Іванки/розповідати/indirect: прийшла на свято вже вдруге", "Петро Коваль/розповісти/indirect: будинок згорів"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
