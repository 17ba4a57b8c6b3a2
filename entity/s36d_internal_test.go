package entity

import (
	"testing"

	"github.com/vistka/vistka"
)

// TestS36DFirstField checks that a body named by the first of its fields
// is the body named in full before, when one is, and that a second body
// after the conjunction or two bodies that fit give none.
func TestS36DFirstField(t *testing.T) {
	r := &Result{Entities: []vistka.Entity{
		{Type: "ORG", Name: "Служба відновлення та розвитку інфраструктури"},
		{Type: "ORG", Name: "Міністерство освіти і науки України"},
		{Type: "ORG", Name: "Український інститут і фонд"},
		{Type: "LOC", Name: "Бюро праці та зайнятості"},
		{Type: "ORG", Name: "Центр обліку та аналізу"},
		{Type: "ORG", Name: "Центр обліку та контролю"},
	}}
	for _, tt := range []struct {
		lemma string
		want  int
	}{
		{"Служба відновлення", 0},
		{"Міністерство освіти", 1},
		{"Український інститут", -1},
		{"Бюро праці", -1},
		{"Центр обліку", -1},
		{"Служба розвитку", -1},
	} {
		if got := r.findFirstField(tt.lemma); got != tt.want {
			t.Errorf("findFirstField(%q) = %d, want %d", tt.lemma, got, tt.want)
		}
	}
}
