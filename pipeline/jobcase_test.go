package pipeline_test

import (
	"testing"
	"time"

	"github.com/vistka/vistka"
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
		checkBaseForms(t, p.Extract(tt.text, time.Time{}), tt.text, "JOB", tt.job, tt.want)
	}
}

// checkBaseForms reports every span of type typ and text text in x whose
// base form is not want, and the lack of any such span.
func checkBaseForms(t *testing.T, x *vistka.Extraction, doc, typ, text, want string) {
	t.Helper()
	found := false
	for _, s := range x.Spans {
		if s.Type == typ && s.Text == text {
			found = true
			if s.Lemma != want {
				t.Errorf("%q: %s %q has the base form %q, want %q", doc, typ, s.Text, s.Lemma, want)
			}
		}
	}
	if !found {
		t.Errorf("%q: no %s %q in %v", doc, typ, text, x.Spans)
	}
}
