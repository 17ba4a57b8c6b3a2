package amount_test

import "testing"

// TestS46KComparatives: "нижче" and "вище" before a number bound it as
// "менше" and "більше" do; "не нижче" and "не вище" as "не менше" and "не
// більше".
func TestS46KComparatives(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"нижче: less than", "Банк планує знизити частку проблемних кредитів нижче 20%.",
			[]want{{"нижче 20%", 20, 0, "%", "less_than"}}},
		{"вище за: more than", "Ціна на гречку тримається вище за 60 гривень за кілограм.",
			[]want{{"вище за 60 гривень", 60, 0, "UAH", "more_than"}}},
		{"не нижче: at least", "Мінімальна зарплата має бути не нижче 10 тис. грн.",
			[]want{{"не нижче 10 тис. грн", 10000, 0, "UAH", "more_than"}}},
		{"не вище: up to", "Націнка на ліки не вище 25%.",
			[]want{{"не вище 25%", 25, 0, "%", "up_to"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWant(t, tt.in, tt.want) })
	}
}

// TestS46KLongChange: a verb of change may stand up to eight words before
// the "до" of the value reached, past when and what changes ("підвищити
// з наступного року податок на прибуток банків до 50%"): the value
// reached, no bound.
func TestS46KLongChange(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a change past a date and a long object", "Уряд пропонує збільшити з першого липня акциз на тютюнові вироби до 30%.",
			[]want{{"30%", 30, 0, "%", ""}}},
		{"no verb of change: up to", "Фермери отримають кредити на купівлю техніки та добрив до 10 млн грн.",
			[]want{{"до 10 млн грн", 1e7, 0, "UAH", "up_to"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWant(t, tt.in, tt.want) })
	}
}
