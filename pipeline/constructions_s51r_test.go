package pipeline_test

import (
	"testing"
	"time"
)

// The sides of an act told by the governments of the states that just met
// (session 51, helper h51r): "уряди двох країн підписали" are the states
// the met leaders act for, each by the country of its titles, while
// "лідери" and "президенти" stay the persons. The sentences are our own.
func TestGovernmentsOfMetS51r(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"diplomatic desk: two presidents met, their governments sign",
			"Президент України Володимир Зеленський зустрівся в Кишиневі з президенткою Молдови Маєю Санду. " +
				"Наступного дня уряди двох країн підписали угоду про будівництво мосту.",
			[]string{"CONSULT/meet Володимир Зеленський → Мая Санду @Кишинів", "AGREE Україна,Молдова →  @Кишинів"}},
		{"economy desk: two prime ministers met, the governments of both sign",
			"Прем'єр-міністр Польщі Дональд Туск провів переговори з прем'єр-міністеркою України Юлією Свириденко. " +
				"Після переговорів уряди обох країн підписали меморандум про енергетику.",
			[]string{"CONSULT/meet Дональд Туск → Юлія Свириденко", "AGREE Польща,Україна → "}},
		{"a headline of the leaders retold by their governments is one event",
			"Туск і Свириденко домовилися про спільне виробництво дронів\n\n" +
				"Прем'єр-міністр Польщі Дональд Туск у середу провів у Варшаві переговори з прем'єр-міністеркою України Юлією Свириденко. " +
				"Сторони обговорили енергетику. За підсумками переговорів уряди двох країн підписали меморандум про спільне виробництво дронів.",
			[]string{"CONSULT/meet Дональд Туск → Юлія Свириденко @Варшава", "AGREE Польща,Україна →  @Варшава"}},
		{"the leaders who met sign as themselves",
			"Президент України Володимир Зеленський зустрівся в Кишиневі з президенткою Молдови Маєю Санду. " +
				"Наступного дня лідери підписали спільну заяву.",
			[]string{"CONSULT/meet Володимир Зеленський → Мая Санду @Кишинів", "AGREE Володимир Зеленський,Мая Санду →  @Кишинів"}},
	}, wed)
}
