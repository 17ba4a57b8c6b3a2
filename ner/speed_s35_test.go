package ner

import (
	"strings"
	"testing"
	"unicode"

	"github.com/vistka/vistka"
)

// TestInitialsOfFields checks initialsOf, which cuts the name into words
// with scan's fields, against the words strings.Fields cuts: white space
// beyond ASCII (a no-break space, an em space) parts words as a space
// does.
func TestInitialsOfFields(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Державне бюро розслідувань", "ДБР"},
		{"Національна комісія з регулювання енергетики", "НКРЕ"},
		{"Державне\u00a0бюро\u2003розслідувань", "ДБР"},
		{"  Державне   бюро розслідувань  ", "ДБР"},
		{"Служба безпеки", ""},                                     // two words
		{"ДП «Антонов» у Києві", ""},                               // an acronym in it
		{"Перший другий третій четвертий п'ятий шостий", "ПДТЧПШ"}, // six
		{"Перший другий третій четвертий п'ятий шостий сьомий", ""},
		{"5 канал України сьогодні", ""},
		{"International Atomic Energy Agency", "IAEA"},
		{"", ""},
	} {
		if got := initialsOf(tc.text); got != tc.want {
			t.Errorf("initialsOf(%q) = %q, want %q", tc.text, got, tc.want)
		}
		if got := initialsByFields(tc.text); got != tc.want {
			t.Errorf("the words of strings.Fields give %q for %q, the table %q", got, tc.text, tc.want)
		}
	}
}

// initialsByFields is initialsOf with the words strings.Fields cuts.
func initialsByFields(text string) string {
	var first []rune
	for _, w := range strings.Fields(text) {
		if initialsLinks[w] {
			continue
		}
		r := firstRune(w)
		if !unicode.IsLetter(r) || isAllCaps(w) || len(first) == 6 {
			return ""
		}
		first = append(first, unicode.ToUpper(r))
	}
	if len(first) < 3 {
		return ""
	}
	return string(first)
}

// TestWeaponLeads checks the first test of weaponAt: every name, stem and
// code with its hyphen passes it, and weaponAt reads a token as its
// lists do whether the test passes it or not.
func TestWeaponLeads(t *testing.T) {
	var words []string
	for w := range weaponNames {
		words = append(words, w)
	}
	for c := range weaponCodes {
		words = append(words, c+"-34", c+"-300")
	}
	for _, s := range weaponStems {
		words = append(words, s, s+"ами", s+"-М")
	}
	for _, w := range words {
		if !weaponLead(w) {
			t.Errorf("%q: weaponLead says no", w)
		}
	}
	words = append(words, "Київ", "Кремль", "Шаховий", "Су", "С", "F", "Pa", "Sea", "Storm", "Мі-8", "МіГ-29", "Х-101", "А-50", "Т-04", "", "П", "Patriot-2")
	for _, w := range words {
		for _, next := range []string{"", "2000", "Shadow", "V7", "Baby", "і"} {
			toks := []vistka.Token{{Text: "Ракети"}, {Text: w}, {Text: next}}
			if got, want := weaponAt(toks, 1), weaponAtListed(toks, 1); got != want {
				t.Errorf("%q %q: weaponAt %d, the lists %d", w, next, got, want)
			}
		}
	}
}

// weaponAtListed is weaponAt without its first test (weaponLead).
func weaponAtListed(toks []vistka.Token, i int) int {
	t := toks[i].Text
	if !startsUpper(t) {
		return 0
	}
	if w, ok := weaponNames[t]; ok {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Text
		}
		switch {
		case w == "#" || w == "":
			if modelNumber(next) {
				return 2
			}
			if w == "#" {
				return 0
			}
		case next == w:
			return 2
		default:
			return 0
		}
		return 1
	}
	if i > 0 {
		for _, s := range weaponStems {
			if strings.HasPrefix(t, s) && len(t)-len(s) <= 6 && !strings.ContainsAny(t[len(s):], " -") {
				return 1
			}
			if rest, ok := strings.CutPrefix(t, s+"-"); ok && variantLetters(rest) {
				return 1
			}
		}
	}
	if code, num, ok := strings.Cut(t, "-"); ok && weaponCodes[code] && num != "" && startsDigit(num) && !strings.Contains(num, "-") {
		digits := len(num) - len(strings.TrimLeft(num, "0123456789"))
		if num[0] != '0' && ((code != "С" && code != "S") || digits == 3) && (code != "F" || digits >= 2) {
			return 1
		}
	}
	return 0
}

// TestRuneStem checks runeStem against cutting the last of the runes of
// a word, valid UTF-8 or not.
func TestRuneStem(t *testing.T) {
	for _, w := range []string{"", "Ким", "Кима", "Шевченка", "Rome", "Rom", "Київ\xff", "\xffабв", "аб\xd0", "аб\xd0в", "a\x80\x80\x80", "ґґґґ", "😀😀😀😀"} {
		r := []rune(w)
		want, wantOK := "", len(r) >= 4
		if wantOK {
			want = string(r[:len(r)-1])
		}
		if got, ok := runeStem(w); got != want || ok != wantOK {
			t.Errorf("runeStem(%q) = %q, %t, want %q, %t", w, got, ok, want, wantOK)
		}
	}
}
