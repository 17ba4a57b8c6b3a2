package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// TestS43FSources checks through the whole pipeline the source
// constructions of session 43 (helper h43f; the sentences are our own,
// the source package's cases are in source/source_s43f_test.go): a long
// body's name in a source line that needs it to close its clause, a
// dateline after a dash, a photographer before the outlet, a web address
// as a credit, the poster on a page, "За матеріалами: X", a recalled
// report, an acting minister cited and the present plural cue "кажуть
// у".
func TestS43FSources(t *testing.T) {
	p := load(t)
	const head = "Школи отримають укриття\n"
	const lead = "До вересня 120 шкіл області отримають нові укриття."
	const more = "\nБудівництво фінансує уряд.\n"
	tests := []struct {
		name, text, publisher string
		via, photo            []string
	}{
		{"a ministry's remit right after its head",
			head + lead + " Про це повідомляє Міністерство з питань стратегічних галузей промисловості." + more,
			"", []string{"Міністерство з питань стратегічних галузей промисловості"}, nil},
		{"a service with two remits",
			head + lead + " Про це повідомила Державна служба спеціального зв'язку та захисту інформації." + more,
			"", []string{"Державна служба спеціального зв'язку та захисту інформації"}, nil},
		{"a police directorate and its region",
			head + lead + " Про це повідомили в ГУНП у Львівській області." + more,
			"", []string{"ГУНП у Львівській області"}, nil},
		{"a dateline's outlet after a dash",
			head + "ЛЬВІВ, 2 лютого — УНН. " + lead + more,
			"УНН", nil, nil},
		{"a photographer before the outlet that names itself",
			head + lead + more + "Фото: Марія Остапчук / Суспільне\n",
			"Суспільне", nil, []string{"Марія Остапчук / Суспільне"}},
		{"a page's address",
			head + lead + more + "Фото: facebook.com/lviv.osvita\n",
			"", nil, []string{"facebook.com/lviv.osvita"}},
		{"the poster on a page",
			head + lead + " Про це повідомив голова ОВА Максим Козицький на своїй сторінці у Facebook." + more,
			"", []string{"Максим Козицький (Facebook)"}, nil},
		{"a reprint's agency after a colon",
			head + lead + more + "За матеріалами: Reuters\n",
			"", []string{"Reuters"}, nil},
		{"an earlier report recalled",
			head + lead + more + "Нагадаємо, раніше УНІАН повідомляв, що укриття мають 70% шкіл.\n",
			"УНІАН", nil, nil},
		{"an acting minister cited, in the base form",
			head + lead + " Про це повідомляє Укрінформ з посиланням на в.о. міністра освіти Романа Гнатюка." + more,
			"Укрінформ", []string{"Роман Гнатюк"}, nil},
		{"an agency and its photographer, spaced",
			head + lead + more + "Фото: Getty Images / Oleksii Chumachenko\n",
			"", nil, []string{"Getty Images / Oleksii Chumachenko"}},
		{"a surname after the content, named in full in another case before",
			head + "Школи області відвідав разом з міністром освіти Романом Гнатюком голова ОВА." + more + "Укриття добудують до вересня, повідомив Гнатюк після засідання.\n",
			"", []string{"Роман Гнатюк"}, nil},
		{"кажуть у after the content",
			head + lead + " Перші укриття здадуть у червні, кажуть у Міністерстві освіти і науки." + more,
			"", []string{"Міністерство освіти і науки"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			if x.Source.Publisher != tt.publisher || strings.Join(x.Source.Via, "|") != strings.Join(tt.via, "|") ||
				strings.Join(x.Source.Photo, "|") != strings.Join(tt.photo, "|") {
				t.Errorf("publisher %q via %q photo %q, want %q %q %q", x.Source.Publisher, x.Source.Via, x.Source.Photo, tt.publisher, tt.via, tt.photo)
			}
		})
	}
}
