package source_test

import (
	"slices"
	"testing"

	"github.com/vistka/vistka/source"
)

// TestFindRecalledOutlet: an outlet whose earlier report the text recalls
// by a past verb is the publisher when no other is named, and nothing
// else when another is; a foreign outlet so recalled stays cited.
func TestFindRecalledOutlet(t *testing.T) {
	for _, tc := range []struct{ name, text, publisher string }{
		{"a site written of", "Уряд ухвалив рішення.\n\nЯк писав LB.ua, минулого тижня міністр провів зустріч.", "LB.ua"},
		{"an outlet in quotation marks, plural", "Уряд ухвалив рішення.\n\nЯк повідомляли \"Волинські новини\", у липні Кабмін виділив кошти.", "Волинські новини"},
		{"an unknown outlet recalled by the cue of its own", "Уряд ухвалив рішення.\n\nЯк повідомляв «Волинь Post», у липні Кабмін виділив кошти.", "Волинь Post"},
		{"a known outlet written of", "Уряд ухвалив рішення.\n\nЯк писала «Європейська правда», у липні Кабмін виділив кошти.", "Європейська правда"},
		{"another publisher named", "Уряд ухвалив рішення, передає Укрінформ.\n\nЯк писала «Європейська правда», у липні Кабмін виділив кошти.", "Укрінформ"},
		{"a body is no outlet", "Уряд ухвалив рішення.\n\nЯк повідомляли Повітряні сили, у липні росіяни запустили 45 дронів.", ""},
		{"a body after a preposition", "Уряд ухвалив рішення.\n\nЯк повідомляли в Міноборони, у липні Кабмін виділив кошти.", ""},
		{"a foreign outlet stays cited", "Уряд ухвалив рішення.\n\nЯк писала Financial Times, угода близька.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := source.Find(tc.text)
			if got.Publisher != tc.publisher {
				t.Errorf("Find(%q).Publisher = %q, want %q", tc.text, got.Publisher, tc.publisher)
			}
			if tc.publisher != "" && slices.Contains(got.Via, tc.publisher) {
				t.Errorf("Find(%q).Via = %q, holds the publisher", tc.text, got.Via)
			}
		})
	}
}

// TestFindAboutThisWrites: "Про це пише «X» з посиланням на …", the cue
// read whole from "про", makes an outlet we do not know the publisher as
// "Про це повідомляє «X» з посиланням на …" does.
func TestFindAboutThisWrites(t *testing.T) {
	for _, tc := range []struct {
		name, text, publisher string
		via                   []string
	}{
		{"with its kind and an adjective", "Шахтарі страйкують.\n\nПро це пише волинське видання «Конкурент» з посиланням на пресслужбу шахти.", "Конкурент", []string{"пресслужба шахти"}},
		{"written", "Шахтарі страйкують.\n\nПро це написало видання «Курс» з посиланням на Державний реєстр судових рішень.", "Курс", []string{"Державний реєстр судових рішень"}},
		{"a site", "Шахтарі страйкують.\n\nПро це пише 0462.ua.", "0462.ua", []string{}},
		{"no one cited", "Шахтарі страйкують.\n\nПро це пише «Конкурент».", "", []string{"Конкурент"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := source.Find(tc.text)
			if got.Publisher != tc.publisher || !slices.Equal(got.Via, tc.via) {
				t.Errorf("Find(%q) = %q %q, want %q %q", tc.text, got.Publisher, got.Via, tc.publisher, tc.via)
			}
		})
	}
}

// TestFindFirmKind: a firm named after the word for its kind (компанія,
// концерн, холдинг) is cited by its name.
func TestFindFirmKind(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		via        []string
	}{
		{"a company's acronym", "Уряд ухвалив рішення.\n\nРакети атакували ТЕС, повідомили в компанії ДТЕК.", []string{"ДТЕК"}},
		{"a quoted name", "Уряд ухвалив рішення.\n\nСтанцію знеструмлено, повідомили в концерні «Укроборонпром».", []string{"Укроборонпром"}},
		{"a Latin name", "Уряд ухвалив рішення.\n\nЗавод зупинено, повідомили в холдингу Metinvest.", []string{"Metinvest"}},
		{"the kind alone", "Уряд ухвалив рішення.\n\nЗавод зупинено, повідомили в компанії.", []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := source.Find(tc.text); !slices.Equal(got.Via, tc.via) {
				t.Errorf("Find(%q).Via = %q, want %q", tc.text, got.Via, tc.via)
			}
		})
	}
}
