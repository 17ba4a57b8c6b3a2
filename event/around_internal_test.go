package event

import "testing"

// TestAround checks which regions a town lies in by their names.
func TestAround(t *testing.T) {
	for _, tt := range []struct {
		region, town string
		want         bool
	}{
		{"Полтавська область", "Полтава", true},
		{"Харківська область", "Харків", true},
		{"Сумський район", "Суми", true},
		{"Рівненська область", "Рівне", true},
		{"Тернопільська область", "Тернопіль", true},
		{"Хмельницька область", "Хмельницький", true},
		{"Полтавщина", "Полтава", true},
		{"Житомирська громада", "Житомир", true},
		{"Запорізька область", "Запоріжжя", true},
		{"Кременчуцький район", "Кременчук", true},
		{"Сумська область", "Полтава", false},
		{"Кременчуцький район", "Кремінна", false},
		{"Київська область", "Київ", false},
		{"Полтава", "Полтава", false},
		{"Кременчук", "Полтава", false},
		{"Харківська область", "Біла Церква", false},
		{"Одеська область", "Одрадокам'янка", false},
	} {
		if got := around(tt.region, tt.town); got != tt.want {
			t.Errorf("around(%q, %q) = %v, want %v", tt.region, tt.town, got, tt.want)
		}
	}
}
