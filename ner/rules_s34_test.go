package ner

import "testing"

// TestS34CapsPersons checks that one word of capitals the model read as a
// person is an organisation, and that names in other shapes stay people.
func TestS34CapsPersons(t *testing.T) {
	runRuleCases(t, retypeCapsPersons, nil, []ruleCase{
		{"an office's acronym", "прокурори [PERS САП] повідомили", []string{"ORG САП"}},
		{"a Latin one", "експерти [PERS IAEA] прибули", []string{"ORG IAEA"}},
		{"a surname stays", "заявив [PERS Деркач]", []string{"PERS Деркач"}},
		{"a headline's long surname stays", "[PERS ЗЕЛЕНСЬКИЙ] прибув", []string{"PERS ЗЕЛЕНСЬКИЙ"}},
		{"two words stay", "[PERS ЛІ Мін] прибув", []string{"PERS ЛІ Мін"}},
		{"one letter stays", "[PERS Ю] прибув", []string{"PERS Ю"}},
		{"with a digit stays", "[PERS G7] зібралася", []string{"PERS G7"}},
	})
}
