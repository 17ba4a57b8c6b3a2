package pipeline_test

import (
	"testing"
	"time"
)

// TestS35TitledForeignNames checks that a foreign name in apposition to a
// title in the nominative with a country or body after it keeps the
// nominative as written, where the tagger reads it as some other name's
// genitive, and that a genitive name after a title in the genitive or
// after an adjective in another case still declines.
func TestS35TitledForeignNames(t *testing.T) {
	p := load(t)
	for _, c := range []struct{ text, span, want string }{
		{"Про це оголосив прем'єр-міністр Японії Сігеру Ісіба.", "Сігеру Ісіба", "Сігеру Ісіба"},
		{"Прем'єр Італії Джорджа Мелоні заявила про підтримку.", "Джорджа Мелоні", "Джорджа Мелоні"},
		{"Це брат голови Держпідприємництва Михайла Бродського.", "Михайла Бродського", "Михайло Бродський"},
		{"Суд засудив колишню башкан Гагаузії Євгенію Гуцул.", "Євгенію Гуцул", "Євгенія Гуцул"},
		{"Зеленський зустрівся з прем'єр-міністром Японії Сігеру Ісібою.", "Сігеру Ісібою", "Сігеру Ісіба"},
	} {
		checkBaseForms(t, p.Extract(c.text, time.Time{}), c.text, "PERS", c.span, c.want)
	}
}
