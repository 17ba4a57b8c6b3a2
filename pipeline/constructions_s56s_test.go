package pipeline_test

import (
	"testing"
	"time"
)

// TestS56SBodyPagePost: a cue that names a network and then, in the
// genitive, the body whose page it is ("повідомили у Facebook
// Бучанської міської ради", "в Instagram громади", "у Facebook-акаунті
// ОВА") cites the body in the nominative with the platform, as a
// person's post is cited ("Київська ОВА (Telegram)"); a channel
// ("в Telegram-каналі X") keeps its own name.
func TestS56SBodyPagePost(t *testing.T) {
	p := load(t)
	const lead = "У громаді відкрили укриття\n\nУ селі Гатне відкрили укриття для учнів ліцею. "
	for _, tt := range []struct{ name, text, want string }{
		{"у Facebook a council in the genitive",
			lead + "Про це повідомили у Facebook Боярської міської ради.",
			" | Боярська міська рада (Facebook) | "},
		{"в Instagram a community in the genitive",
			lead + "Про це повідомили в Instagram Вишгородської громади.",
			" | Вишгородська громада (Instagram) | "},
		{"у Facebook-акаунті a regional administration, closing the lead",
			"У громаді відкрили укриття\n\nУ селі Гатне відкрили укриття для учнів ліцею, повідомили у Facebook-акаунті Житомирської ОВА.",
			" | Житомирська ОВА (Facebook) | "},
		{"в Telegram-каналі keeps the channel",
			lead + "Про це повідомили в Telegram-каналі Чернігівської ОВА.",
			" | Telegram-канал Чернігівської ОВА | "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := sourceString(p.Extract(tt.text, time.Time{}))[0]
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestS56SPhotoFromSite: "Фото з сайту X" credits X, whose site it is,
// in the base form (the convention written with sources2); a page on a
// network ("Фото зі сторінки ОВА у Facebook") keeps the page.
func TestS56SPhotoFromSite(t *testing.T) {
	p := load(t)
	const lead = "У громаді відкрили укриття\n\nУ селі Гатне відкрили укриття для учнів ліцею. Про це повідомляє Укрінформ.\n\n"
	for _, tt := range []struct{ name, text, want string }{
		{"з сайту a city council",
			lead + "Фото з сайту Ужгородської міської ради",
			"Укрінформ |  | Ужгородська міська рада"},
		{"з сайту a ministry",
			lead + "Фото з сайту Міністерства охорони здоров'я",
			"Укрінформ |  | Міністерство охорони здоров'я"},
		{"зі сторінки … у Facebook keeps the page",
			lead + "Фото зі сторінки ОВА у Facebook",
			"Укрінформ |  | сторінка ОВА у Facebook"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := sourceString(p.Extract(tt.text, time.Time{}))[0]
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
