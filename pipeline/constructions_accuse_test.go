package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the ACCUSE errors of
// the first and second studied gold sets (testdata/gold/quotes_events.jsonl,
// testdata/gold/studied2.jsonl); the sentences are our own.

func TestAccuseEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"going to court sues; going to work at a court does not; going into retirement concedes",
			"Коли борг не повернули, прокуратура пішла до суду. Петро Іваненко пішов у суд працювати суддею. Міністр Олег Мельник пішов у відставку.",
			[]string{"ACCUSE прокуратура → ", "CONCEDE Олег Мельник → "}},
		{"a complaint to law enforcement named by its kind is an accusation",
			"Підприємиця Ольга Коваль звернулася до правоохоронних органів із заявою про вчинення кримінального правопорушення. Вона звернулася до органів місцевої влади. Фермер Іван Гнатюк звернувся до правоохоронців.",
			[]string{"ACCUSE Ольга Коваль → ", "ACCUSE Іван Гнатюк → "}},
		{"investigators' interest in someone is an inquiry into them; investors' interest is none",
			"Прокурори зацікавились депутатом Іваном Мельником після обшуку. Інвестори зацікавилися проєктом Петра Коваля. Детективи НАБУ зацікавилися мером Львова Андрієм Садовим.",
			[]string{"ACCUSE Прокурори → Іван Мельник", "ACCUSE Детективи НАБУ → Андрій Садовий"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
}
