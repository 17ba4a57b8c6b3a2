package source_test

import "testing"

// TestFindRegionalSiteCredited: a "Джерело: X" line closing the text
// credits the whole report to X, a regional site we do not know, which is
// the publisher when no other outlet is named (Чернігівщина.info,
// Волинь24, Кременчуцький ТелеграфЪ, Думська); a body, a firm or a
// foreign agency there stays cited, as does a site credited in the
// middle of the text.
func TestFindRegionalSiteCredited(t *testing.T) {
	checkFind(t, []findCase{
		{"a site with a domain", "Громада отримала генератори.\n\nДжерело: Чернігівщина.info", "Чернігівщина.info", nil, nil, nil},
		{"a name with a number", "Громада отримала генератори.\n\nДжерело: Волинь24", "Волинь24", nil, nil, nil},
		{"two words", "Громада отримала генератори.\n\nДжерело: Кременчуцький ТелеграфЪ", "Кременчуцький ТелеграфЪ", nil, nil, nil},
		{"one word, a photo line after", "Громада отримала генератори.\n\nДжерело: Думська\nФото: Думська", "Думська", nil, []string{"Думська"}, nil},
		{"a body's acronym", "Громада отримала генератори.\n\nДжерело: ДСНС", "", []string{"ДСНС"}, nil, nil},
		{"a body by its words", "Громада отримала генератори.\n\nДжерело: Житомирська міська рада", "", []string{"Житомирська міська рада"}, nil, nil},
		{"a firm", "Громада отримала генератори.\n\nДжерело: Укренерго", "", []string{"Укренерго"}, nil, nil},
		{"a foreign agency", "Громада отримала генератори.\n\nДжерело: Reuters", "", []string{"Reuters"}, nil, nil},
		{"another outlet names itself", "Громада отримала генератори, передає Укрінформ.\n\nДжерело: Волинь24", "Укрінформ", []string{"Волинь24"}, nil, nil},
	})
}
