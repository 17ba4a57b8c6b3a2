package ner

import "testing"

// TestRemitClauseOverInnerSpan checks that a regulator's name the model
// missed, with its remit clause, is one span even where the model tagged
// a word of the name on its own: the name holds that span, which goes,
// and no second span of the name's first words stays beside it.
func TestRemitClauseOverInnerSpan(t *testing.T) {
	tags := map[string]string{
		"Національна": "національний/adj:f:v_naz", "Державна": "державний/adj:f:v_naz",
		"комісія": "комісія/noun:inanim:f:v_naz", "що": "що/conj:subord", "здійснює": "здійснювати/verb:imperf:pres:s:3",
		"державне": "державний/adj:n:v_zna", "регулювання": "регулювання/noun:inanim:n:v_zna",
		"у": "у/prep", "сфері": "сфера/noun:inanim:f:v_mis", "зв'язку": "зв'язок/noun:inanim:m:v_rod",
	}
	runRuleCases(t, joinRemitClauses, tags, []ruleCase{
		{"the name untagged",
			"Національна комісія , що здійснює державне регулювання у сфері зв'язку , оприлюднила звіт .",
			[]string{"ORG Національна комісія , що здійснює державне регулювання у сфері зв'язку"}},
		{"a word of the name tagged alone",
			"Національна [LOC Державна] комісія , що здійснює державне регулювання у сфері зв'язку , оприлюднила звіт .",
			[]string{"ORG Національна Державна комісія , що здійснює державне регулювання у сфері зв'язку"}},
	})
}
