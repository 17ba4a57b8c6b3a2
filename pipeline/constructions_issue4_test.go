package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// The constructions of this file are those of issue #4; the sentences are
// our own.

func TestIssue4Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a bid's owner named by a kind and a name after the bid noun is whose bid was turned down",
			"Після перевірки пропозицію фірми «Альфа» відхилили.",
			[]string{"REJECT  → Альфа"}},
		{"a bid's owner named with its legal form, the verb first or last",
			"Пропозицію ТОВ «Омега» відхилили через помилки. Відхилили також заявку ТОВ «Дельта».",
			[]string{"REJECT  → ТОВ «Омега»", "REJECT  → ТОВ «Дельта»"}},
		{"a bid turned down by no one named is the customer's doing",
			"КП «Житлосервіс» уклало договір з ТОВ «Бета». Заявку компанії «Сігма» відхилили.",
			[]string{"AGREE КП «Житлосервіс» → ТОВ «Бета»", "REJECT КП «Житлосервіс» → Сігма"}},
		{"a named committee that turns down a bid stays its actor",
			"Комісія відхилила пропозицію ТОВ «Гамма».",
			[]string{"REJECT Комісія → ТОВ «Гамма»"}},
		{"a name after a dash is who the common-noun subject is",
			"Фінансував ремонт школи спонсор – ДП «Укрдержбуд».",
			[]string{"AID ДП «Укрдержбуд» → "}},
		{"a person's name after a dash is who the role-noun subject is",
			"Підписав угоду міністр – Петро Коваленко.",
			[]string{"AGREE Петро Коваленко → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestIssue4Linking(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text string
		want       []string // persons, by name, among others
		absent     []string // persons that must not be
	}{
		{"men's surnames in the genitive listed together are men, not the woman of the feminine form",
			"Директором фірми є Людмила Котлярова. Співвласники фірм Котлярова, Остапенка і Кондратюка відмовилися від коментарів.",
			[]string{"Людмила Котлярова", "Котляров", "Остапенко", "Кондратюк"}, []string{"Остапенка"}},
		{"a man's surname in the genitive in a list of them is read in its own base form",
			"Суд розглянув позови підприємців Мельника, Остапенка і Гончарука.",
			[]string{"Остапенко", "Гончарук"}, []string{"Остапенка"}},
		{"a woman's surname alone still links to her full name",
			"Директором фірми є Людмила Котлярова. Котлярова відмовилася від коментарів.",
			[]string{"Людмила Котлярова"}, []string{"Котлярова", "Котляров"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			var got []string
			for _, e := range x.Entities {
				if e.Type == "PERS" {
					got = append(got, e.Name)
				}
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("no person %q in %v", w, got)
				}
			}
			for _, w := range tt.absent {
				if slices.Contains(got, w) {
					t.Errorf("person %q in %v", w, got)
				}
			}
		})
	}
}
