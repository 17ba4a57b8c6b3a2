package storeindex

import (
	"slices"
	"testing"

	"github.com/vistka/vistka"
)

func TestDerivedKeys(t *testing.T) {
	for _, tc := range []struct {
		typ, name string
		want      []string
	}{
		{"ORG", "Європейський Союз", []string{"євросоюз"}}, // ЄС: two letters
		{"ORG", "Державна служба з надзвичайних ситуацій", []string{"дснс"}},
		{"ORG", "Служба безпеки України", []string{"сб україни", "сбу"}},
		{"ORG", "Міністерство закордонних справ України", []string{"мзс україни", "мзсу", "мінзакордонних україни"}},
		{"ORG", "Європейський банк реконструкції та розвитку", []string{"єбрр"}},
		{"ORG", "Міністерство розвитку громад", []string{"мрг", "мінрозвитку"}},
		{"ORG", "Генеральний штаб ЗСУ", []string{"гш зсу"}},
		{"LOC", "Сполучені Штати Америки", []string{"сша"}},
		{"LOC", "Одеська область", []string{"одещина"}},
		{"LOC", "Донецька область", []string{"донеччина"}},
		{"LOC", "Харківська область", []string{"харківщина"}},
		{"ORG", "Одеська область", nil}, // a region's noun for a place only
		{"ORG", "Рада ЄС", nil},                       // an acronym inside
		{"ORG", "Нафтогаз", nil},                      // one word
		{"ORG", "Повітряне командування «Схід»", nil}, // not words only
		{"ORG", "партія регіонів", nil},               // no name
		{"PERS", "Ентоні Блінкен", nil},
	} {
		got := derivedKeys(&vistka.Entity{Type: tc.typ, Name: tc.name})
		if !slices.Equal(got, tc.want) {
			t.Errorf("derivedKeys(%s %q) = %q, want %q", tc.typ, tc.name, got, tc.want)
		}
	}
}

func TestShortOf(t *testing.T) {
	for _, tc := range []struct {
		a, n string
		want bool
	}{
		{"ова", "одеська обласна військова адміністрація", true},
		{"ова", "харківська ова", true},
		{"нафтогаз", "нафтогаз україни", true},
		{"сша", "сполучені штати америки", false}, // all the words: an acronym
		{"єс", "європейський союз", false},
		{"оова", "одеська обласна військова адміністрація", false},
		{"україни", "україни", false},
		{"київ", "одеська область", false},
	} {
		if got := shortOf(tc.a, tc.n); got != tc.want {
			t.Errorf("shortOf(%q, %q) = %v, want %v", tc.a, tc.n, got, tc.want)
		}
	}
}

func TestTypeFreeName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"ЄС", true}, {"НАТО", true}, {"Telegram", true}, {"ZN.UA", true},
		{"Дніпро", false}, {"Київ", false}, {"X", false}, {"Deutsche Welle", false}, {"ПриватБанк", false},
	} {
		if got := typeFreeName(tc.name); got != tc.want {
			t.Errorf("typeFreeName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
