package pipeline_test

import (
	"testing"
	"time"
)

// TestS57ZThousandsFraction: a count of thousands written with a
// fraction takes тисячі, as 2–4 do ("1,5 тисячі"), when the people given
// aid in the dative are named in the nominative.
func TestS57ZThousandsFraction(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"payments made to a fraction of thousands",
			"Соціальний фонд здійснив виплати 2,5 тисячам ветеранів.",
			[]string{"AID Соціальний фонд → 2,5 тисячі ветеранів"}},
		{"help given to a fraction of thousands, 11–14 aside",
			"Благодійники надали допомогу 1,5 тисячам родин, а ще 11 тисячам родин передали ковдри.",
			[]string{"AID Благодійники → 1,5 тисячі родин"}},
	}, time.Time{})
}

// TestS57ZListItemFar: a number and a closing bracket far inside a
// sentence, with no colon, semicolon or sentence start before them,
// open no item of a numbered list (listItem looks 25 words back), so
// the verb 25 words after them is no provision.
func TestS57ZListItemFar(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a bracketed number 25 words before the verb",
			"Як сказано в документі (додаток 5) уряд Німеччини разом з урядами Франції, Італії, Іспанії та Польщі у межах спільної програми підтримки на цьому тижні вже вкотре знову передає Україні нову партію гаубиць.",
			[]string{"AID Німеччина → Україна"}},
		{"an item after a colon stays a provision",
			"Постановою передбачено: 1) передавати громадам генератори.",
			nil},
	}, time.Time{})
}
