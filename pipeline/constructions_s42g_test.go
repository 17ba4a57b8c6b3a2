package pipeline_test

import (
	"testing"
	"time"
)

// TestS42GAsideAfterConjunction checks that a source set off by commas
// right after a subordinating conjunction (хоча, хоч) that opens a
// clause after a clause of its own says only what follows it: the
// clause before is the narrator's ("Інспектори склали акт, хоча, за
// словами активістів, навіть не піднімалися до урочища"), as after
// але or а.
func TestS42GAsideAfterConjunction(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"хоча before the source",
			"Тоді інспектори склали акт про відсутність порушень, хоча, за словами активістів, навіть не піднімалися до урочища.",
			[]string{"активісти/за словами/indirect: навіть не піднімалися до урочища"}},
		{"хоч before the source",
			"Міська рада ухвалила бюджет, хоч, за даними депутатів, документ ніхто не обговорював.",
			[]string{"депутати/за даними/indirect: документ ніхто не обговорював"}},
		{"a subject before the source says all of its clause",
			"Вартість вантажу, за оцінкою прокуратури, перевищує півтора мільйона доларів.",
			[]string{"прокуратура/за оцінкою/indirect: Вартість вантажу перевищує півтора мільйона доларів"}},
	}, time.Time{})
}

// TestS42GSourceMidSentence checks a source phrase set off by commas
// between a body and its verb of telling: the body's press service
// passes its words on ("Обласна прокуратура, за інформацією її
// пресслужби, повідомила, що …"), one quote of the body.
func TestS42GSourceMidSentence(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a press service between the body and its verb",
			"Обласна прокуратура, за інформацією її пресслужби, повідомила, що розслідування взяли під процесуальний контроль.",
			[]string{"Обласна прокуратура/повідомити/indirect: розслідування взяли під процесуальний контроль"}},
	}, time.Time{})
}
