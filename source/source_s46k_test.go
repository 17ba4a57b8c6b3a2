package source_test

import "testing"

// TestS46KLatinPublisher: an outlet we do not know, named by a Latin word
// after "Про це повідомляє" and citing another ("з посиланням на …"),
// tells the lead of itself: the publisher when no other is named.
func TestS46KLatinPublisher(t *testing.T) {
	checkFind(t, []findCase{
		{"a Latin name telling the lead and citing a body publishes",
			"Банк підвищив ставки\n\nНацбанк підвищив облікову ставку до 16%.\n\nПро це повідомляє Mind із посиланням на рішення правління.",
			"Mind", []string{"рішення правління"}, nil, nil},
		{"two Latin words, citing a press service",
			"Завод зупинився\n\nМеталургійний завод зупинив роботу.\n\nПро це повідомляє Business Insider з посиланням на пресслужбу компанії.",
			"Business Insider", []string{"пресслужба компанії"}, nil, nil},
		{"a known outlet named in the dateline stays the publisher",
			"Завод зупинився\n\nКИЇВ. 3 березня. ІНТЕРФАКС-УКРАЇНА – Завод зупинив роботу.\n\nПро це повідомляє Mind із посиланням на пресслужбу заводу.",
			"Інтерфакс-Україна", []string{"Mind", "пресслужба заводу"}, nil, nil},
	})
}

// TestS46KToldOutlet: the publisher's own interview told after "Про це":
// the outlet publishes and the one who told it is cited.
func TestS46KToldOutlet(t *testing.T) {
	checkFind(t, []findCase{
		{"a role with the genitive of its body before the name",
			"Мережа відкриє магазини\n\nМережа відкриє 50 магазинів.\n\nПро це Forbes Україна розповів генеральний директор мережі Петро Коваль.",
			"Forbes Україна", []string{"Петро Коваль"}, nil, nil},
		{"a plain role before the name",
			"Мережа відкриє магазини\n\nМережа відкриє 50 магазинів.\n\nПро це Forbes Україна розповів засновник компанії Олег Бондар.",
			"Forbes Україна", []string{"Олег Бондар"}, nil, nil},
	})
}

// TestS46KPostAside: "Як повідомив у Telegram X, …" opening a statement
// past the lead is a quote of the poster, not a source line; in the lead
// it stays cited.
func TestS46KPostAside(t *testing.T) {
	checkFind(t, []findCase{
		{"past the lead: no cited source",
			"Завод зупинився\n\nЗавод зупинив роботу після атаки.\n\nЯк повідомив у Telegram начальник обласної військової адміністрації Петро Коваль, ворог випустив чотири ракети.",
			"", nil, nil, nil},
		{"a post told by написала past the lead: no cited source",
			"Школу закрили\n\nШколу закрили на карантин. Навчання буде дистанційним.\n\nЯк написала у Facebook міська голова Олена Бондар, рішення тимчасове.",
			"", nil, nil, nil},
		{"in the lead: the poster is cited",
			"Завод зупинився\n\nЯк повідомив у Telegram начальник обласної військової адміністрації Петро Коваль, ворог випустив чотири ракети.",
			"", []string{"Петро Коваль (Telegram)"}, nil, nil},
	})
}
