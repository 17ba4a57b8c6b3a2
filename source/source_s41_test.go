package source_test

import "testing"

// TestFindClosingLineCredited: "Про це повідомляє X." on a line of its
// own that closes the text credits the whole report to X, a regional site
// we do not know, as a "Джерело: X" line does: it is the publisher when
// no other outlet names itself. A body, a name in quotation marks (a
// firm's as much as an outlet's) or a person in the past there leave X
// cited.
func TestFindClosingLineCredited(t *testing.T) {
	const body = "Кооператив із Решетилівки отримав грант на сховище для овочів.\nГолова кооперативу розповіла, що до об'єднання входять 23 родини.\n"
	checkFind(t, []findCase{
		{"a region's name as the site", body + "Про це повідомляє Полтавщина.", "Полтавщина", nil, nil, nil},
		{"two words", body + "Про це пише Кременчуцький ТелеграфЪ.", "Кременчуцький ТелеграфЪ", nil, nil, nil},
		{"a photo line after", body + "Про це повідомляє Думська.\nФото: Думська", "Думська", nil, []string{"Думська"}, nil},
		{"a body's words", body + "Про це повідомляє Полтавська обласна рада.", "", []string{"Полтавська обласна рада"}, nil, nil},
		{"a body's acronym", body + "Про це повідомляє ДСНС.", "", []string{"ДСНС"}, nil, nil},
		{"a name in quotation marks", body + "Про це повідомляє «Енергозбут».", "", []string{"Енергозбут"}, nil, nil},
		{"a person in the past", body + "Про це повідомив Іван Петренко.", "", []string{"Іван Петренко"}, nil, nil},
		{"another outlet names itself", "Кооператив отримав грант, передає Укрінформ.\nПро це повідомляє Полтавщина.", "Укрінформ", []string{"Полтавщина"}, nil, nil},
	})
}

// TestFindAboutThisDated: "Про це" with a date set off by commas before
// the verb ("у середу, 4 березня,") is a source line as "Про це у середу"
// is: the speaker after the verb is cited.
func TestFindAboutThisDated(t *testing.T) {
	const lead = "Водоканал звинуватив міську раду в тому, що вона не компенсувала йому різницю в тарифах. "
	checkFind(t, []findCase{
		{"a weekday and a date", lead + "Про це у середу, 4 березня, заявив директор підприємства Сергій Шевченко.\nЗа його словами, борги ростуть.", "", []string{"Сергій Шевченко"}, nil, nil},
		{"a weekday and a date, a body's spokesman", lead + "Про це в понеділок, 12 січня, повідомив речник міськради Іван Бойко.", "", []string{"Іван Бойко"}, nil, nil},
		{"a comma with no date is content", lead + "Про це у середу, коли всі пішли, говорив директор Сергій Шевченко.", "", nil, nil, nil},
	})
}
