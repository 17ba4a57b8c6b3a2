package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// singularTitles reads as one woman's a title the tagger took for a
// plural subject: a woman's noun of an office in -иця or -ка has one form
// for the nominative plural and the dative and locative singular
// (заступниці, речниці, директорці), and after a plural verb with no
// subject ("Подяку висловили заступниці міністра Надії Кузьмичовій",
// "Нагороду вручили речниці ОВА Тетяні Кравченко") the tagger takes the
// plural. A woman's name in the dative or the locative right after the
// title and the genitives it goes on with is no plural's: the title is
// hers, in her name's case. The name's first word, if the tagger read it
// in the genitive, which an -ії or -і first name shares with the dative
// (Надії), is put in that case too. The tagger runs it on the tags it
// picked for a sentence, so every reader of them sees them, the entity
// model's titles and base forms first.
func singularTitles(toks []vistka.Token) {
	for i := range toks {
		if !womansOfficePlural(&toks[i]) {
			continue
		}
		k := i + 1
		for k < len(toks) && k < i+10 && titleComplement(toks, k) {
			k++
		}
		if k+1 >= len(toks) {
			continue
		}
		c, ok := womansObliqueName(toks[k : k+2])
		if !ok {
			continue
		}
		toks[i].Tag = strings.Replace(toks[i].Tag, ":p:v_naz", ":f:"+c, 1)
		if f := &toks[k]; vtag.Case(f.Tag) == "v_rod" && (strings.HasSuffix(f.Text, "і") || strings.HasSuffix(f.Text, "ї")) {
			f.Tag = strings.Replace(f.Tag, ":v_rod", ":"+c, 1)
		}
	}
}

// womansOfficePlural reports whether t is a woman's noun of an office in
// -иця or -ка tagged as the nominative plural in the form it shares with
// the dative and locative singular (-ці).
func womansOfficePlural(t *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "noun:anim:p:v_naz") || strings.Contains(t.Tag, ":prop") || !strings.HasSuffix(t.Text, "ці") {
		return false
	}
	l := scan.ToLower(t.Lemma)
	return strings.HasSuffix(l, "иця") || strings.HasSuffix(l, "ка")
}

// titleComplement reports whether toks[k] is a word a title's genitive
// complement is made of: a common noun or an adjective in the genitive,
// an acronym (ОВА, МЗС), or і, та between two genitives (освіти і
// науки).
func titleComplement(toks []vistka.Token, k int) bool {
	t := &toks[k]
	switch {
	case strings.Contains(t.Tag, ":abbr"), scan.Capitals(t.Text) >= 2:
		return true
	case (t.Text == "і" || t.Text == "та" || t.Text == "й") && k+1 < len(toks):
		return vtag.Case(toks[k-1].Tag) == "v_rod" && vtag.Case(toks[k+1].Tag) == "v_rod"
	}
	return (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) && !strings.Contains(t.Tag, ":prop") && vtag.Case(t.Tag) == "v_rod"
}

// womansObliqueName returns the case of a woman's name of a first name
// and a surname, two, in the dative or the locative: the surname's case
// when it tells one of those, else the first name's. A surname the
// tagger reads as a man's nominative is one that does not decline
// (Олені Коваль, Ірині Бондар); a woman's nominative is none of hers.
func womansObliqueName(two []vistka.Token) (string, bool) {
	first, last := &two[0], &two[1]
	if !strings.Contains(first.Tag, ":prop:fname") || !vtag.Has(first.Tag, "f") || !strings.HasPrefix(last.Tag, "noun") ||
		!startsUpper(last.Text) || vtag.Case(first.Tag) == "v_naz" || vtag.Case(last.Tag) == "v_naz" && vtag.Has(last.Tag, "f") {
		return "", false
	}
	for _, t := range []*vistka.Token{last, first} {
		if strings.Contains(t.Tag, ":nv") || vtag.Has(t.Tag, "m") {
			continue
		}
		if c := vtag.Case(t.Tag); c == "v_dav" || c == "v_mis" {
			return c, true
		}
	}
	return "", false
}

// startsUpper reports whether s opens with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
