package entity

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// TestNameWords checks nameWords and acronymKeys' word split against
// strings.FieldsFunc, which they replace, on names with spaces, hyphens,
// runs of both and invalid UTF-8.
func TestNameWords(t *testing.T) {
	for _, name := range []string{
		"", " ", "-", " - ", "МЗС", "МЗС України", "Міністерство закордонних справ України",
		"Новгород-Сіверський", "  Верховна  Рада -- України ", "Жан-Ів Ле Дріан", "Ле-", "-Ле",
		"\xff\xfe Рада", "Рада\xd0", "а-б-в-г-д-е-є-ж-з-и-і-ї-й", "NATO Summit",
	} {
		want := strings.FieldsFunc(name, func(c rune) bool { return c == ' ' || c == '-' })
		if got := nameWords(name); !slices.Equal(got, want) {
			t.Errorf("nameWords(%q) = %q, want %q", name, got, want)
		}
		var buf [2]string
		if got := appendNameWords(buf[:0], name); !slices.Equal(got, want) {
			t.Errorf("appendNameWords(%q) = %q, want %q", name, got, want)
		}
	}
	for name, want := range map[string][]string{
		"Міністерство закордонних справ України": {"МЗСУ", "МЗС"},
		"МЗС України":               {"МЗС"},
		"Служба безпеки України":    {"СБУ", "СБ"},
		"Вищий антикорупційний суд": {"ВАС", "ВАСУ"}, // (ВАСУ: a national body's acronym with the У of України)
		// a place's adjective the press drops: ОВА
		"Херсонська обласна військова адміністрація": {"ХОВА", "ОВА"},
		"Київський міський голова":                   {"КМГ", "КМГУ"},
		"Рада": nil,
		"":     nil,
	} {
		if got := acronymKeys(name); !slices.Equal(got, want) {
			t.Errorf("acronymKeys(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestID checks the ids ID keeps made against those it makes.
func TestID(t *testing.T) {
	for _, i := range []int{-1, 0, 1, 9, 10, 511, 512, 513, 100000} {
		if got, want := ID(i), "E"+strconv.Itoa(i+1); got != want {
			t.Errorf("ID(%d) = %q, want %q", i, got, want)
		}
		if i >= 0 && Index(ID(i)) != i {
			t.Errorf("Index(ID(%d)) = %d", i, Index(ID(i)))
		}
	}
}

// TestCompoundAcronym checks the acronyms with a letter more than their
// name has words.
func TestCompoundAcronym(t *testing.T) {
	for _, tt := range []struct {
		short, long string
		want        bool
	}{
		{"ВАКС", "Вищий антикорупційний суд", true},
		{"ВАКС", "Вищий антикорупційний суд України", false},
		{"ВАС", "Вищий антикорупційний суд", false},
		{"НАТО", "Організація Північноатлантичного договору", false},
		{"ВАКС", "Вищий-антикорупційний суд", true},
		{"ВАКС", "", false},
		{"ВА", "Вищий", false},
		{"Вакс", "Вищий антикорупційний суд", false},
		{"В АКС", "Вищий антикорупційний суд", false},
	} {
		if got := compoundAcronym(tt.short, tt.long); got != tt.want {
			t.Errorf("compoundAcronym(%q, %q) = %v, want %v", tt.short, tt.long, got, tt.want)
		}
	}
}

// TestSortMentions checks that sortMentions puts mentions in text order
// with their sentences, stably, and leaves the ones in order as they are.
func TestSortMentions(t *testing.T) {
	m := func(start int, text string) vistka.Mention {
		return vistka.Mention{Start: start, End: start + 1, Text: text}
	}
	r := &Result{
		Entities: []vistka.Entity{
			{Mentions: []vistka.Mention{m(9, "Блінкен"), m(2, "він"), m(9, "його"), m(5, "Ентоні Блінкен")}},
			{Mentions: []vistka.Mention{m(1, "Токаєв"), m(7, "Токаєв")}},
		},
		mentionSent: [][]int{{3, 0, 4, 1}, {0, 2}},
	}
	inOrder := r.Entities[1].Mentions
	r.sortMentions()
	var got []string
	for _, e := range r.Entities {
		for _, x := range e.Mentions {
			got = append(got, x.Text)
		}
	}
	want := []string{"він", "Ентоні Блінкен", "Блінкен", "його", "Токаєв", "Токаєв"}
	if !slices.Equal(got, want) || !slices.Equal(r.mentionSent[0], []int{0, 1, 3, 4}) || !slices.Equal(r.mentionSent[1], []int{0, 2}) {
		t.Errorf("sorted %q, sentences %v", got, r.mentionSent)
	}
	if &r.Entities[1].Mentions[0] != &inOrder[0] {
		t.Errorf("mentions in order were copied")
	}
}

// TestPlaceHeadedAcronym checks that an acronym of the words after a
// place's adjective names the body, and not a name of other words.
func TestPlaceHeadedAcronym(t *testing.T) {
	for _, tt := range []struct {
		short, long string
		want        bool
	}{
		{"ОВА", "Херсонська обласна військова адміністрація", true},
		{"ОДА", "Львівська обласна державна адміністрація", true},
		{"ОВА", "Обласна військова адміністрація", true},
		{"ОВА", "Херсонська обласна військова рада", false},
		{"ОВА", "Херсонська Обласна Військова Адміністрація", false},
	} {
		if got := acronymOf(tt.short, tt.long); got != tt.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", tt.short, tt.long, got, tt.want)
		}
	}
}

// TestPlaceAcronym checks that a place's adjective and an acronym (Харківська
// ОВА) names the body whose other words the acronym spells when the place
// agrees, and that a bare acronym names it too.
func TestPlaceAcronym(t *testing.T) {
	for _, tt := range []struct {
		short, long string
		want        bool
	}{
		{"Харківська ОВА", "Харківська обласна військова адміністрація", true},
		{"Одеська МВА", "Одеська міська військова адміністрація", true},
		{"Сумська ОДА", "Сумська обласна державна адміністрація", true},
		{"ОВА", "Харківська ОВА", true},
		{"Харківська ОВА", "Сумська обласна військова адміністрація", false},
		{"Харківська ОВА", "Харківська обласна державна адміністрація", false},
		{"Харківська ОВА", "Сумська ОВА", false},
		{"ОДА", "Харківська ОВА", false},
		{"ХОВА", "Харківська обласна військова адміністрація", true},
		{"Сокирянська РДА", "Сокирянська райдержадміністрація", true},
		{"Запорізька облдержадміністрація", "Запорізька обласна державна адміністрація", true},
		{"ОДА", "Кіровоградська облдержадміністрація", true},
		{"райдержадміністрація", "Генічеська РДА", true},
		{"РДА", "райдержадміністрація", true},
		{"Сокирянська РДА", "Сокирянська райрада", false},
		{"Запорізька облдержадміністрація", "Херсонська обласна державна адміністрація", false},
		{"ОВА", "облдержадміністрація", false},
		{"Івано-Франківська ОВА", "Івано-Франківська обласна військова адміністрація", true},
		{"РДА", "Білгород-Дністровська РДА", true},
		{"Білгород-Дністровська РДА", "Білгород-Дністровська райдержадміністрація", true},
		{"Івано-Франківська ОВА", "Харківська обласна військова адміністрація", false},
	} {
		if got := acronymOf(tt.short, tt.long); got != tt.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", tt.short, tt.long, got, tt.want)
		}
	}
}

// TestContraction checks the acronyms contracted names of administrations
// spell.
func TestContraction(t *testing.T) {
	for _, tt := range []struct{ word, want string }{
		{"облдержадміністрація", "ОДА"},
		{"райдержадміністрації", "РДА"},
		{"міськдержадміністрацію", "МДА"},
		{"держадміністрація", ""},
		{"облрада", ""},
		{"адміністрація", ""},
		{"обладміністрація", "ОА"},
	} {
		if got := contraction(tt.word); got != tt.want {
			t.Errorf("contraction(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestSyllabicQuickChecks: the first words' quick checks of syllabicOf
// never turn down a pair the whole comparison takes.
func TestSyllabicQuickChecks(t *testing.T) {
	names := []string{"Мін'юст", "Мінюст", "Міністерство юстиції", "Міністерство юстиції України", "Генштаб", "Генштаб ЗСУ",
		"Генеральний штаб ЗСУ", "Генеральний штаб Збройних сил України", "Міноборони", "Міністерство оборони Росії", "Мінфін",
		"Міністерство фінансів", "Нацбанк", "Національний банк України", "Радбез ООН", "Рада безпеки ООН", "Укрзалізниця",
		"Українська залізниця", "МІН'ЮСТ", "мін’юст", "Мінʼюст", "  Мінюст", "-Генштаб ЗСУ", "Ген-штаб", "Ге", "Мінохоронздоров'я",
		"Міністерство охорони здоров'я", "Міністерство охорони здоров’я України", "Держспецзв'язку", "Державна служба спеціального зв'язку",
		"Об'єднані", "Об'єднані нації", "Обʼєднані нації", "", "Національна поліція", "Нацполіція", "Ѓенштаб", "Генштаб\xffЗСУ"}
	taken := 0
	for _, a := range names {
		for _, b := range names {
			want := syllabicWords(nameWords(a), b)
			if got := syllabicOf(a, b); got != want {
				t.Errorf("syllabicOf(%q, %q) = %v, the whole comparison says %v", a, b, got, want)
			}
			if want {
				taken++
			}
		}
	}
	if taken < 8 {
		t.Errorf("only %d pairs taken: the table no longer tests the quick checks", taken)
	}
}

// TestPlaceAdjective checks placeAdjective, which lowers only the last
// bytes of a word, against the test on the whole word lowered, on place
// adjectives in each case and on words that end in other letters, other
// scripts and invalid UTF-8.
func TestPlaceAdjective(t *testing.T) {
	whole := func(w string) bool {
		c, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(c) {
			return false
		}
		l := strings.ToLower(w)
		for _, suf := range []string{"ська", "цька", "зька", "ський", "цький", "зький"} {
			if strings.HasSuffix(l, suf) {
				return true
			}
		}
		return false
	}
	words := []string{"", "С", "Ська", "СЬКА", "Херсонська", "ХЕРСОНСЬКА", "ХерсонсЬкА", "Донецький", "ДОНЕЦЬКИЙ",
		"Запорізька", "ЗАПОРІЗЬКИЙ", "херсонська", "Херсон", "Київ", "Xська", "Xський", "ÉСЬКИЙ", "Ā\xd1\x81ька",
		"Київська\xd0", "\xffська", "Aьска", "Ѝська", "Сᲃька", "Київсᲃька", "Київська область", "Львівськ"}
	for _, w := range words {
		for _, v := range []string{w, "Ї" + w, "А" + strings.ToLower(w), strings.ToUpper(w)} {
			if got, want := placeAdjective(v), whole(v); got != want {
				t.Errorf("placeAdjective(%q) = %v, want %v", v, got, want)
			}
		}
	}
}

// TestNameFactsQuickChecks: the tests findAcronym makes of two names'
// facts before comparing the names never turn down a pair that
// compoundAcronym, syllabicOf, clippedHead, clippedFull or acronymOf
// takes, and the facts' keys are acronymKeys.
func TestNameFactsQuickChecks(t *testing.T) {
	names := []string{"ВАКС", "Вищий антикорупційний суд", "Вищий-антикорупційний суд", "ВА", "Вакс", "В АКС",
		"Мін'юст", "Мінюст", "Міністерство юстиції", "Міністерство юстиції України", "Генштаб", "Генштаб ЗСУ",
		"Генеральний штаб ЗСУ", "Міноборони", "Міністерство оборони Росії", "МІН'ЮСТ", "мін’юст", "Мінʼюст",
		"  Мінюст", "-Генштаб ЗСУ", "Ген-штаб", "Ге", "Кабмін", "Кабінет Міністрів", "Нацбанк",
		"Національний банк України", "МінЖКГ", "Міністерство ЖКГ", "МінАПК", "Міністерство АПК", "НаЖКГ",
		"Мін\xffЖКГ", "\xffінЖКГ", "МінЖК\xff", "МінЖКГ\xd0", "", " ", "Харківська ОВА", "НАТО", "ТОВ «Альфа»",
		"Харківська обласна військова адміністрація", "ОВА", "облдержадміністрація", "Харківська облдержадміністрація",
		"МЗС", "МЗС України", "Міністерство закордонних справ України", "ДТЕК Дніпровські електромережі", "ДТЕК",
		"Європейський Союз", "Євросоюз", "європейська комісія", "Єврокомісія", "Державна дума", "Держдума", "ЄС"}
	taken := 0
	for _, a := range names {
		fa := factsOf(a)
		fa.shape()
		if got, want := fa.acronymKeys(), acronymKeys(a); !slices.Equal(got, want) {
			t.Errorf("facts of %q: keys %q, want %q", a, got, want)
		}
		if got, want := fa.clipped, clippedAt(a) > 0; got != want {
			t.Errorf("facts of %q: clipped %v, want %v", a, got, want)
		}
		for _, b := range names {
			fb := factsOf(b)
			fb.shape()
			if compoundAcronym(a, b) {
				taken++
				if fa.spaced || fb.words != fa.capitals-1 || fa.initial != fb.initial {
					t.Errorf("compoundAcronym(%q, %q) taken, turned down by the facts", a, b)
				}
			}
			if syllabicOf(a, b) {
				taken++
				if !fa.syllabicOf(&fb) {
					t.Errorf("syllabicOf(%q, %q) taken, turned down by the facts", a, b)
				}
			}
			if clippedFull(a, b) {
				taken++
				if !clippedStart(a) || !fb.unclipped {
					t.Errorf("clippedFull(%q, %q) taken, turned down by the facts", a, b)
				}
			}
			if acronymOf(a, b) {
				taken++
				if !fa.mayBeShort() {
					t.Errorf("acronymOf(%q, %q) taken, turned down by the facts", a, b)
				}
			}
			if clippedHead(a, b) {
				taken++
				if !fa.clipped {
					t.Errorf("clippedHead(%q, %q) taken, turned down by the facts", a, b)
				}
			}
		}
	}
	if taken < 10 {
		t.Errorf("only %d pairs taken: the table no longer tests the quick checks", taken)
	}
}

// TestAllCaps checks allCaps against the test on whole strings it
// replaces.
func TestAllCaps(t *testing.T) {
	for _, w := range []string{"", "Д", "ДТЕК", "Дтек", "дтек", "ДТЕК-2", "12", "1Д", "ДД", "NATO", "NATo", "ǅ", "ǄǄ",
		"ДТЕК\xff", "\xd0", "ДТ\uFFFD", "ΣΑ", "ІЇЄҐ", "Ⅻ", "ⅫⅫ"} {
		want := scan.RuneCount(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
		if got := allCaps(w); got != want {
			t.Errorf("allCaps(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCapitalised checks capitalised against the test on the first rune
// it replaces.
func TestCapitalised(t *testing.T) {
	for _, w := range []string{"", "a", "z", "A", "Z", "а", "п", "р", "я", "ѐ", "џ", "А", "Я", "Ѐ", "Џ", "Ґ", "ґ", "Є", "є", "І", "і",
		"Ї", "ї", "Ѡ", "ѡ", "Ѣ", "\xd0", "\xd1", "\xd0\xff", "\xd1\x20", "É", "é", "1", "«Київ»", "Київ", "київ", "ПриватБанк"} {
		c, _ := scan.DecodeRune(w)
		if got, want := capitalised(w), scan.IsUpper(c); got != want {
			t.Errorf("capitalised(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTypeFreeCyrillic checks typeFree's quick answer for the Cyrillic
// block against the Unicode tables' on every rune of it.
func TestTypeFreeCyrillic(t *testing.T) {
	whole := func(name string) bool {
		letters := 0
		for _, r := range name {
			switch {
			case unicode.IsLetter(r):
				if r >= 0x250 {
					return false
				}
				letters++
			case r == ' ' || r == '-' || r == '.' || r == '&' || unicode.IsDigit(r):
			default:
				return false
			}
		}
		return letters >= 2
	}
	for r := rune(0x3f0); r <= 0x510; r++ {
		for _, name := range []string{string(r), "Ab " + string(r), string(r) + "ab", "a1" + string(r)} {
			if got, want := typeFree(name), whole(name); got != want {
				t.Errorf("typeFree(%q) = %v, want %v", name, got, want)
			}
		}
	}
}
