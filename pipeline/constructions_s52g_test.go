package pipeline_test

import "testing"

// An indeclinable post (аташе) before a rank and a name (session 52,
// helper h52g): both the post and the rank are the person's titles, in
// whatever case the sentence puts them; the tagger gives аташе any number
// and case, so neither its own tag nor its adjective's agreement with it
// may be asked. The sentences are our own.
func TestIndeclinablePostS52g(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Журналістка поговорила з військовим аташе посольства полковником Андрієм Кравцем, який супроводжував посла.",
			"Андрій Кравець", []string{"військовий аташе посольства", "полковник"}, nil},
		{"Про це заявив військовий аташе посольства полковник Іван Петренко.",
			"Іван Петренко", []string{"військовий аташе посольства", "полковник"}, nil},
	})
}
