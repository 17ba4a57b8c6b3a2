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
