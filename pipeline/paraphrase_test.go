package pipeline_test

import (
	"testing"
	"time"
)

// The paraphrase sets (session 55) hold many variants of the constructions
// of one kind of event, each written before the extractor was run on it
// and scored whole with checkRate. This first one, by the lead, is the
// pattern: a signing told in the active voice and by its noun, with the
// sides joined or the partner after з.

func TestParaphraseSigning(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"active, perfective, sides joined",
			"Україна та Польща підписали угоду про спільне виробництво боєприпасів.",
			[]string{"AGREE Україна,Польща → "}},
		{"active, partner after з",
			"Україна підписала з Польщею угоду про спільне виробництво боєприпасів.",
			[]string{"AGREE Україна → Польща"}},
		{"the signing by its noun",
			"Підписання угоди між Україною та Польщею відбулося у вівторок.",
			[]string{"AGREE Україна,Польща → "}},
	}
	checkRate(t, p, tests, time.Time{}, 3)
}
