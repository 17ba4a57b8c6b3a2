package pipeline_test

import "testing"

// TestS53nWomansSurnameAfterOblique checks that a surname alone spelt as
// a woman's nominative (Голяшкіна, Петрова) right after a title in an
// oblique case names a man in the genitive (her own would be Голяшкіної),
// so the title is not given to a woman of that name, who may have been
// named as his kin before ("мати судді Віра Голяшкіна").
func TestS53nWomansSurnameAfterOblique(t *testing.T) {
	checkTitleCases(t, load(t), []titleCase{
		{"Мати судді Віра Голяшкіна купила квартиру. Сім'я судді Голяшкіна має п'ять квартир.",
			"Віра Голяшкіна", nil, []string{"суддя"}},
		{"Дружина прокурора Оксана Кравцова купила авто. Будинок прокурора Кравцова стоїть у Бучі.",
			"Оксана Кравцова", nil, []string{"прокурор"}},
		// her own title in the nominative stays hers
		{"Суддя Ірина Петрова відкрила засідання. Суддя Петрова відхилила клопотання.",
			"Ірина Петрова", []string{"суддя"}, nil},
	})
}
