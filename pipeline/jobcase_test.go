package pipeline_test

import (
	"testing"
	"time"
)

// TestSentenceJobs checks the base form of a job title that opens a
// sentence: in lower case, as the title is written anywhere else, while
// a title capitalised inside a sentence keeps its capital.
func TestSentenceJobs(t *testing.T) {
	p := load(t)
	tests := []struct{ text, job, want string }{
		{"Посол Японії заявив про нову допомогу.", "Посол", "посол"},
		{"Міністр закордонних справ України Андрій Сибіга прибув до Варшави.", "Міністр закордонних справ", "міністр закордонних справ"},
		{"Засновники компанії не відповіли на запит.", "Засновники", "засновники"},
		{"Указ підписав Президент України Володимир Зеленський.", "Президент України", "Президент України"},
		{"Вчора речник МЗС Георгій Тихий заявив, що Київ чекає на відповідь.", "речник", "речник"},
	}
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		found := false
		for _, s := range x.Spans {
			if s.Type == "JOB" && s.Text == tt.job {
				found = true
				if s.Lemma != tt.want {
					t.Errorf("%q: JOB %q has the base form %q, want %q", tt.text, s.Text, s.Lemma, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no JOB %q in %v", tt.text, tt.job, x.Spans)
		}
	}
}
