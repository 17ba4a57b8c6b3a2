package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// The constructions of this file were found reading the event errors of
// the twelfth and fifteenth news sets (testdata/gold/news12.jsonl,
// news15.jsonl); the sentences are our own.

func TestNews12Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a dative pronoun after a joined verb is that verb's object, not the man named before",
			"Посол Франції Жан Дюпон прибув до Таллінна. Міністерство закордонних справ Естонії викликало тимчасового повіреного у справах Білорусі та вручило йому ноту протесту.",
			[]string{"CONSULT/visit Жан Дюпон → Таллінн @Таллінн", "ACCUSE Міністерство закордонних справ Естонії → Білорусь"}},
		{"a dative pronoun after a joined verb names the person summoned",
			"Посол Франції Жан Дюпон прибув до Таллінна. Міністерство закордонних справ Естонії викликало посла Білорусі Івана Коваля і вручило йому ноту.",
			[]string{"CONSULT/visit Жан Дюпон → Таллінн @Таллінн", "ACCUSE Міністерство закордонних справ Естонії → Білорусь,Іван Коваль"}},
		{"a joined verb with no object leaves the pronoun to the man named before",
			"Суд заслухав Олега Мартиненка. Прокурор підвівся і вручив йому підозру.",
			[]string{"ACCUSE Прокурор → Олег Мартиненко"}},
		{"a second infinitive joined past the first one's object takes what follows",
			"Сейм Естонії ухвалив закон, який дозволяє конфіскувати заморожені активи російських банків і передати їх Україні. Уряд вирішив конфіскувати майно олігарха і передати його Україні.",
			[]string{"COERCE Уряд → олігарх"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
}

// "того ж дня" is the last day named before, however far back: a quote of
// several sentences between names none.
func TestNews12SameDay(t *testing.T) {
	p := load(t)
	text := "Парламент Естонії в понеділок ухвалив закон про мову. За документ проголосували 60 депутатів. " +
		"Про це повідомляє ERR. «Це історичний день. Ми довго йшли до цього. Закон захистить нашу мову. " +
		"Дякую всім депутатам», – сказав спікер. Прем'єр-міністр Естонії Крістен Міхал того ж дня провів " +
		"телефонну розмову з президентом Латвії Едгарсом Рінкевичсом."
	x := p.Extract(text, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
	var got []string
	for _, ev := range x.Events {
		got = append(got, eventString(x, ev)+" "+ev.Date)
	}
	want := "CONSULT/phone Крістен Міхал → Едгарс Рінкевичс 2024-03-04"
	if strings.Join(got, "\n") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
