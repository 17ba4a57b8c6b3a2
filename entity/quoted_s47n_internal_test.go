package entity

import "testing"

func TestQuotedPart(t *testing.T) {
	tests := []struct{ name, want string }{
		{"ТОВ «Альфа»", "Альфа"},
		{"Центр протезування «Незламні»", "Незламні"},
		{"ТОВ «БВК «Компанія Федорченко»»", "Компанія Федорченко"},
		{"товариство « Меморіал »", "Меморіал"},
		{"Західна філія «Укрзалізниці»", ""},
		{"Літній кубок «Вільного життя плюс»", ""},
		{"Єврорегіони «Слобожанщина» та «Ярославівна»", ""},
		{"Greyfield Ventures та український «Дніпро Венчурс»", ""},
		{"«Нафтогаз»", ""},
		{"Нафтогаз України", ""},
		{"Фонд полковника «Сокіл»", "Сокіл"},          // a colonel is no formation
		{"3-й окремий полк «Азов»", ""},               // a regiment is
		{"Фонд бригадного генерала «Сокіл»", "Сокіл"}, // a brigadier general is no formation
		{"Фонд бригадира «Врожай»", "Врожай"},         // nor a foreman
		{"Бригадна тактична група «Схід»", ""},        // a brigade's group is
	}
	for _, tt := range tests {
		if got, _ := quotedPart(tt.name); got != tt.want {
			t.Errorf("quotedPart(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
