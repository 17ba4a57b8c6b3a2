package pipeline_test

import (
	"testing"
	"time"
)

// TestS41GExecutiveSpeaks checks that a council's executive committee
// (виконком, міськвиконком) speaks as a council does: "за даними
// виконкому, …" opening a statement or after a colon, and "у виконкомі
// повідомили, що …".
func TestS41GExecutiveSpeaks(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"за даними opening the sentence", "Депутати ухвалили бюджет. За даними виконкому, підприємство три роки не сплачувало орендну плату.",
			[]string{"виконком/за даними/indirect: підприємство три роки не сплачувало орендну плату"}},
		{"за даними after a colon", "Депутати позбавили підприємство права користування ринком: за даними виконкому, воно три роки не сплачувало орендну плату.",
			[]string{"виконком/за даними/indirect: воно три роки не сплачувало орендну плату"}},
		{"a plural cue in the executive", "Депутати ухвалили бюджет. У міськвиконкомі повідомили, що тариф на воду переглянуть у березні.",
			[]string{"міськвиконком/повідомити/indirect: тариф на воду переглянуть у березні"}},
	}, time.Time{})
}

// TestS41GHeadlineRetold checks that a quote of a headline (a first line
// with no full stop, the report after it) goes when the report quotes
// its speaker again or, for an organisation, names it again: the
// headline retells the body, and no gold set annotates headlines. A
// headline's quote whose speaker the report does not name again stays.
func TestS41GHeadlineRetold(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a person quoted again", "Шойгу пригрозив Литві «відповіддю» через обмеження транзиту\nСекретар Ради безпеки Росії Сергій Шойгу у вівторок пригрозив Литві «жорсткими заходами у відповідь». «Блокада – це виклик», – сказав Шойгу.",
			[]string{"Сергій Шойгу/пригрозити/direct: жорсткими заходами у відповідь", "Сергій Шойгу/сказати/direct: Блокада – це виклик"}},
		{"an organisation named again", "НБУ підвищив облікову ставку до 16%, пославшись на прискорення інфляції\nНаціональний банк України в четвер підвищив облікову ставку. Рішення НБУ набуде чинності в п'ятницю.",
			nil},
		{"a speaker the report does not name again", "Зеленський заявив, що Україна отримає нові системи ППО\nУ місті триває ремонт шкіл.",
			[]string{"Зеленський/заявити/indirect: Україна отримає нові системи ППО"}},
	}, time.Time{})
}
