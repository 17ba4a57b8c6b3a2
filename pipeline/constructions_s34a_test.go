package pipeline_test

import (
	"testing"
	"time"
)

// TestS34AEvacuation checks that an evacuation, ordered or done, is no
// event: the studied sets leave it optional or out.
func TestS34AEvacuation(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"an evacuation declared",
			"Сумська обласна військова адміністрація оголосила обов'язкову евакуацію дітей з 11 сіл.",
			nil},
		{"people evacuated",
			"Рятувальники евакуювали дітей із зруйнованого будинку.",
			nil},
		{"an evacuation waited for, no one orders it",
			"На пероні чекали евакуації тисячі людей.",
			nil},
	}, time.Time{})
}

// TestS34AExtradition checks that a court's decision about an extradition
// is the extradition (COERCE), the decision's noun between the verb and
// the event noun, and that an extradition only spoken of is none.
func TestS34AExtradition(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a decision about an extradition",
			"Земельний суд Відня ухвалив рішення про екстрадицію колишнього банкіра.",
			[]string{"COERCE Земельний суд Відня →  @Відень"}},
		{"an extradition spoken of",
			"Екстрадиція банкіра може затягнутися на роки.",
			nil},
	}, time.Time{})
}

// TestS34AOtherTriggers checks the other perfective of зустрічатися
// (зустрінутися), captives held by a state (утримувати в полоні) and a
// boycott declared, with a school kept and a boycott only threatened as
// the near misses.
func TestS34AOtherTriggers(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"зустрінутися",
			"Міністри закордонних справ двох країн зустрінуться в Джакарті.",
			[]string{"CONSULT/meet Міністри закордонних справ →  @Джакарта [future]"}},
		{"зустрінутися of a match, no meeting",
			"У суботу в півфіналі зустрінуться «Динамо» та «Шахтар».",
			nil},
		{"captives held",
			"Росія утримує в полоні трьох журналістів.",
			[]string{"COERCE Росія → троє журналістів"}},
		{"a school kept, no one held",
			"Громада не може утримувати гімназію.",
			nil},
		{"a boycott declared",
			"Угорщина оголосила бойкот саміту.",
			[]string{"PROTEST Угорщина → "}},
		{"a boycott threatened is the threat only",
			"Уряд Угорщини погрожує бойкотом саміту.",
			[]string{"THREATEN Угорщина → "}},
	}, time.Time{})
}
