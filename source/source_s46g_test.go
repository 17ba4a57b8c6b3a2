package source_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/source"
)

// TestS46GDeskSources: the source lines of the police, courts and
// emergencies desk: a regional site we do not know retelling its lead
// by передає; a body named with its region in -цькій області; a credit
// of a body by its adjectives and head noun; a site told the news by a
// relative; a dateline before the lead's interviewee.
func TestS46GDeskSources(t *testing.T) {
	checkFind(t, []findCase{
		{"передає X closing the lead's source line: a regional site we do not know publishes",
			"Водій утік від патруля\n\nУ Херсоні водій мотоцикла не зупинився на вимогу поліцейських. Про це повідомили в поліції Херсонської області, передає Гривня.",
			"Гривня", []string{"поліція Херсонської області"}, nil, nil},
		{"a surname the text named in full is no site",
			"Водій утік від патруля\n\nСлідчий Олег Гривня розслідує справу. Водій мотоцикла не зупинився на вимогу поліцейських. Про це повідомили в поліції, пише Гривня.",
			"", []string{"поліція", "Гривня"}, nil, nil},
		{"a body's region in -цькій області after пресслужба",
			"Пожежа на складі\n\nУ Донецьку згорів склад. Про це повідомляє пресслужба ГУ ДСНС у Донецькій області.",
			"", []string{"пресслужба ГУ ДСНС у Донецькій області"}, nil, nil},
		{"a credit by adjectives and a head noun",
			"Пожежа на складі\n\nУ Житомирі згорів склад. Про це повідомили в ДСНС.\n\nФото: обласна прокуратура",
			"", []string{"ДСНС"}, []string{"обласна прокуратура"}, nil},
		{"a generic credit stays none",
			"Пожежа на складі\n\nУ Житомирі згорів склад. Про це повідомили в ДСНС.\n\nФото: ілюстративне",
			"", []string{"ДСНС"}, nil, nil},
		{"a site told the news by a relative after Про and the topic",
			"Помер затриманий\n\nУ СІЗО помер 30-річний затриманий.\n\nПро смерть затриманого KORYDOR.NET розповів його батько Петро Савчук.",
			"KORYDOR.NET", []string{"Петро Савчук"}, nil, nil},
		{"a site told the news by a plural with no subject",
			"Помер затриманий\n\nУ СІЗО помер 30-річний затриманий.\n\nПро це KORYDOR.NET повідомили в поліції.",
			"KORYDOR.NET", []string{"поліція"}, nil, nil},
		{"an outlet we know told the news by a relative",
			"Помер затриманий\n\nУ СІЗО помер 30-річний затриманий.\n\nПро це Суспільному розповіла дружина загиблого Ольга Савчук.",
			"Суспільне", []string{"Ольга Савчук"}, nil, nil},
		{"the lead's interviewee after a dateline that ends in full stops",
			"Поліція Полтавщини\n\nПОЛТАВА, 3 травня. /Укрінформ/. Начальник поліції області Ігор Мельник розповів кореспонденту Укрінформу про нові виклики.",
			"Укрінформ", []string{"Ігор Мельник"}, nil, nil},
	})
}

// TestS46GSiteNoPerson: a word after передає that the entity tagger holds
// as a person's name is no site.
func TestS46GSiteNoPerson(t *testing.T) {
	text := "Водій утік від патруля\n\nВодій мотоцикла не зупинився на вимогу поліцейських. Про це повідомили в поліції, пише Ковальчук."
	i := strings.Index(text, "Ковальчук")
	s := utf8.RuneCountInString(text[:i])
	names := []vistka.Span{{Start: s, End: s + utf8.RuneCountInString("Ковальчук"), Type: "PERS", Text: "Ковальчук"}}
	if src := (source.Finder{Names: names}).Find(text); src.Publisher != "" {
		t.Errorf("publisher %q, want none", src.Publisher)
	}
}
