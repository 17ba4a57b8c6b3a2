package pipeline_test

import (
	"testing"
	"time"
)

// Councils named by a place's adjective and a contracted word (task
// H15): Житомирська облрада is Житомирська обласна рада, and a bare
// міськрада is the one city council named. The sentences are our own.

func TestH15Councils(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the adjective and contracted word after the full name is that council",
			"Житомирська обласна рада ухвалила бюджет на наступний рік. У Житомирській облраді повідомили, що сесія триватиме два дні.",
			[]string{"Житомирська обласна рада/повідомити/indirect: сесія триватиме два дні"}},
		{"a bare contracted word after the full name is that council",
			"Полтавська міська рада оголосила конкурс на ремонт доріг. У міськраді повідомили, що заявки прийматимуть до травня.",
			[]string{"Полтавська міська рада/повідомити/indirect: заявки прийматимуть до травня"}},
		{"another place's council stays apart",
			"Рівненська обласна рада ухвалила бюджет. У Житомирській облраді повідомили, що сесія триватиме два дні.",
			[]string{"Житомирська облрада/повідомити/indirect: сесія триватиме два дні"}},
		{"a council of another kind stays apart",
			"Житомирська міська рада ухвалила бюджет. У Житомирській облраді повідомили, що сесія триватиме два дні.",
			[]string{"Житомирська облрада/повідомити/indirect: сесія триватиме два дні"}},
		{"a bare contracted word with two towns' councils named just before links to neither",
			"Полтавська міська рада та Сумська міська рада оголосили конкурс на ремонт доріг. У міськраді повідомили, що заявки прийматимуть до травня.",
			[]string{"міськрада/повідомити/indirect: заявки прийматимуть до травня"}},
		{"the speaking body is the council of the sentence before",
			"Полтавська міська рада оголосила конкурс на ремонт доріг. Сумська міська рада конкурс скасувала. У міськраді повідомили, що заявки повернуть.",
			[]string{"Сумська міська рада/повідомити/indirect: заявки повернуть"}},
		{"a bare contracted word after the adjective and contracted word is that council",
			"Сесія Рівненської облради тривала два дні. В облраді повідомили, що бюджет ухвалили.",
			[]string{"Рівненська облрада/повідомити/indirect: бюджет ухвалили"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
