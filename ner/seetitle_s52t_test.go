package ner

import (
	"strings"
	"testing"

	"github.com/vistka/vistka"
)

// seeTags are the tagger's readings of the words of the church-title
// tests.
var seeTags = map[string]string{
	"Митрополит": "митрополит/noun:anim:m:v_naz", "Київський": "київський/adj:m:v_naz", "і": "і/conj:coord",
	"всієї": "весь/adj:f:v_rod:pron:gen", "України": "Україна/noun:inanim:f:v_rod:prop:geo",
	"Епіфаній": "Епіфаній/noun:anim:m:v_naz:prop:fname", "відслужив": "відслужити/verb:perf:past:m",
	"привітав": "привітати/verb:perf:past:m", "єпископа": "єпископ/noun:anim:m:v_zna",
	"Шепетівського": "шепетівський/adj:m:v_zna:ranim", "Славутського": "славутський/adj:m:v_rod",
	"Володимира": "Володимир/noun:anim:m:v_rod:prop:fname", "Єпископ": "єпископ/noun:anim:m:v_naz",
	"Луцький": "Луцький/noun:anim:m:v_naz:prop:lname", "Михаїл": "Михаїл/noun:anim:m:v_naz:prop:fname",
	"Шептицький": "Шептицький/noun:anim:m:v_naz:prop:lname", "писав": "писати/verb:imperf:past:m",
	"Патріарх": "патріарх/noun:anim:m:v_naz", "Московський": "московський/adj:m:v_naz", "Русі": "Русь/noun:inanim:f:v_rod:prop:geo",
	"Кирило": "Кирило/noun:anim:m:v_naz:prop:fname", "Вірян": "вірянин/noun:anim:p:v_zna",
	"Шепетівський": "шепетівський/adj:m:v_naz", "Славутський": "славутський/adj:m:v_naz", "Володимир": "Володимир/noun:anim:m:v_naz:prop:fname",
}

// TestS52TSeeTitles checks that a church rank and the see after it, in
// capitalised adjectives of its case joined by і and closed by всієї and
// a country, become one JOB, the name after them the person's alone;
// that the genitive and the accusative read as one case; and that a
// surname of an adjective's ending is a see only before a first name.
func TestS52TSeeTitles(t *testing.T) {
	runRuleCases(t, addSeeTitles, seeTags, []ruleCase{
		{"a body over the see", "У [ORG Митрополит Київський] і всієї [LOC України] [PERS Епіфаній] відслужив .",
			[]string{"JOB Митрополит Київський і всієї України", "PERS Епіфаній"}},
		{"the see in the name", "[JOB Єпископ] [PERS Шепетівський і Славутський Володимир] відслужив .",
			[]string{"JOB Єпископ Шепетівський і Славутський", "PERS Володимир"}},
		{"genitive and accusative", "Вірян привітав єпископа [PERS Шепетівського] і [LOC Славутського Володимира] .",
			[]string{"JOB єпископа Шепетівського і Славутського", "PERS Володимира"}},
		{"a see read as a surname", "[JOB Єпископ] [PERS Луцький Михаїл] відслужив .",
			[]string{"JOB Єпископ Луцький", "PERS Михаїл"}},
		{"all Rus", "[PERS Патріарх Московський] і всієї [PERS Русі Кирило] відслужив .",
			[]string{"JOB Патріарх Московський і всієї Русі", "PERS Кирило"}},
		{"a surname, no see", "Вірян привітав Митрополит [PERS Шептицький] .",
			[]string{"PERS Шептицький"}},
		{"no name after the adjective", "[JOB Митрополит] Київський відслужив .",
			[]string{"JOB Митрополит"}},
	})
}

// TestS52TTitleFirstNames checks that a capitalised title or rank right
// before a one-word name stays out of it, while an unknown first name
// read as a common noun still joins it.
func TestS52TTitleFirstNames(t *testing.T) {
	tags := map[string]string{
		"ПЦУ": "ПЦУ/noun:inanim:f:v_rod:nv:abbr:prop", "Предстоятель": "предстоятель/noun:anim:m:v_naz",
		"Митрополит": "митрополит/noun:anim:m:v_naz", "Епіфаній": "Епіфаній/noun:anim:m:v_naz:prop:fname",
		"Генерал": "генерал/noun:anim:m:v_naz", "Залужний": "Залужний/noun:anim:m:v_naz:prop:lname",
		"Сігеру": "сігеру/noun:anim:m:v_naz", "Японії": "Японія/noun:inanim:f:v_rod:prop:geo",
		"прем'єр": "прем'єр/noun:anim:m:v_naz", "сказав": "сказати/verb:perf:past:m", "Тоді": "тоді/adv",
	}
	runRuleCases(t, joinFirstNames, tags, []ruleCase{
		{"a church rank", "Предстоятель [ORG ПЦУ] Митрополит [PERS Епіфаній] сказав .", []string{"ORG ПЦУ", "PERS Епіфаній"}},
		{"a military rank", "Тоді прем'єр Генерал [PERS Залужний] сказав .", []string{"PERS Залужний"}},
		{"a first name read as a noun", "Тоді прем'єр Японії Сігеру [PERS Залужний] сказав .", []string{"PERS Сігеру Залужний"}},
	})
}

// TestS52TTitleAbbreviations checks that an abbreviation the lexicon
// lists as a body's name, untagged between a title and its holder's
// name (or a second title of the holder), becomes an ORG and lets the
// title be tagged; a common word there does not.
func TestS52TTitleAbbreviations(t *testing.T) {
	tags := map[string]string{
		"ПЦУ": "ПЦУ/noun:inanim:f:v_rod:nv:abbr:prop", "Предстоятель": "предстоятель/noun:anim:m:v_naz",
		"Митрополит": "митрополит/noun:anim:m:v_naz", "Епіфаній": "Епіфаній/noun:anim:m:v_naz:prop:fname",
		"Речник": "речник/noun:anim:m:v_naz", "Іван": "Іван/noun:anim:m:v_naz:prop:fname", "Сидор": "Сидор/noun:anim:m:v_naz:prop:lname",
		"сказав": "сказати/verb:perf:past:m", "ТАК": "так/adv", "теж": "теж/adv",
	}
	runRuleCases(t, addTitlePersons, tags, []ruleCase{
		{"before a second title", "Предстоятель ПЦУ Митрополит [PERS Епіфаній] сказав .",
			[]string{"JOB Предстоятель", "ORG ПЦУ", "JOB Митрополит", "PERS Епіфаній"}},
		{"before the name", "Речник ПЦУ [PERS Іван Сидор] сказав .", []string{"JOB Речник", "ORG ПЦУ", "PERS Іван Сидор"}},
		{"no abbreviation", "Речник ТАК [PERS Іван Сидор] сказав .", []string{"PERS Іван Сидор"}},
	})
}

// TestS52TSeeBaseForms checks that a see after its rank comes to the
// nominative with the rank, and that its genitive close (всієї України)
// stays.
func TestS52TSeeBaseForms(t *testing.T) {
	for _, tt := range []struct{ text, tags, want string }{
		{"єпископа Шепетівського і Славутського", "єпископ/noun:anim:m:v_zna шепетівський/adj:m:v_zna:ranim і/conj:coord славутський/adj:m:v_rod", "єпископ Шепетівський і Славутський"},
		{"Митрополитом Київським і всієї України", "митрополит/noun:anim:m:v_oru київський/adj:m:v_oru і/conj:coord весь/adj:f:v_rod:pron:gen Україна/noun:inanim:f:v_rod:prop:geo", "Митрополит Київський і всієї України"},
		{"архієпископу Чернігівському", "архієпископ/noun:anim:m:v_dav чернігівський/adj:m:v_dav", "архієпископ Чернігівський"},
	} {
		toks := SimpleTokenize(tt.text)[0].Tokens
		for i, x := range strings.Fields(tt.tags) {
			if i < len(toks) {
				toks[i].Lemma, toks[i].Tag, _ = strings.Cut(x, "/")
			}
		}
		if got := (Lemmatizer{}).BaseForm("JOB", tt.text, toks); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestS52TTrailingPrepositions checks that a name the model ran on over a
// preposition ends before it, and that a preposition inside a name, or
// one with no object after it (під, the noun), stays.
func TestS52TTrailingPrepositions(t *testing.T) {
	for _, tt := range []struct {
		text string
		tags []string
		want string
	}{
		{"Державної митної служби у 2025 році", []string{"adj", "adj", "noun", "prep"}, "Державної митної служби"},
		{"Управління поліції в Києві", []string{"noun", "noun", "prep", "noun"}, "Управління поліції в Києві"},
		{"Великий Чапельський під , а також", []string{"adj", "adj", "prep"}, "Великий Чапельський під"},
	} {
		s := SimpleTokenize(tt.text)[0]
		for i, tag := range tt.tags {
			s.Tokens[i].Tag = tag
		}
		toks := s.Tokens[:len(tt.tags)]
		spans := []vistka.Span{{Start: toks[0].RStart, End: toks[len(toks)-1].REnd, Type: "ORG", Text: joinTokens(toks)}}
		if got := trimSpans(&s, spans, 0); len(got) != 1 || got[0].Text != tt.want {
			t.Errorf("%q: got %v, want %q", tt.text, got, tt.want)
		}
	}
}

// TestS52TProceduralLeads checks that an ORG span run on over "за
// процесуального керівництва" is cut into the investigators' body and the
// prosecutors', and that a body with no such phrase, or with the phrase
// and no capitalised name after it, keeps its span or its first part.
func TestS52TProceduralLeads(t *testing.T) {
	runRuleCases(t, cutProceduralLeads, nil, []ruleCase{
		{"за процесуального керівництва", "Детективи [ORG Національного антикорупційного бюро за процесуального керівництва Спеціалізованої антикорупційної прокуратури] викрили схему .",
			[]string{"ORG Національного антикорупційного бюро", "ORG Спеціалізованої антикорупційної прокуратури"}},
		{"під процесуальним керівництвом", "Слідчі [ORG ДБР під процесуальним керівництвом Офісу генпрокурора] затримали посадовця .",
			[]string{"ORG ДБР", "ORG Офісу генпрокурора"}},
		{"a lower-case rest", "Слідчі [ORG ДБР за процесуального керівництва прокуратури] затримали посадовця .",
			[]string{"ORG ДБР"}},
		{"no such phrase", "Слідчі [ORG Головного управління Нацполіції за підтримки] затримали посадовця .",
			[]string{"ORG Головного управління Нацполіції за підтримки"}},
	})
}

// TestS52TPersonOrgs checks that an ORG span opening with a singular
// noun for a person's job or membership and its common words is a JOB,
// a body named after them an ORG of its own, a country the title's; and
// that a plural, a name right after the first word, or a thing's noun
// keeps the ORG.
func TestS52TPersonOrgs(t *testing.T) {
	tags := map[string]string{
		"Член": "член/noun:anim:m:v_naz", "комітету": "комітет/noun:inanim:m:v_rod", "з": "з/prep", "питань": "питання/noun:inanim:p:v_rod",
		"фінансів": "фінанси/noun:inanim:p:v_rod", "Директорка": "директорка/noun:anim:f:v_naz", "ліцею": "ліцей/noun:inanim:m:v_rod",
		"Голова": "голова/noun:anim:f:v_naz", "правління": "правління/noun:inanim:n:v_rod", "Укренерго": "Укренерго/noun:inanim:n:v_rod:nv:prop",
		"України": "Україна/noun:inanim:f:v_rod:prop:geo",
		"Лікарі":  "лікар/noun:anim:p:v_naz", "без": "без/prep", "кордонів": "кордон/noun:inanim:p:v_rod",
		"Лісовик": "лісовик/noun:anim:m:v_naz", "Гранд": "Гранд/noun:inanim:m:v_naz:prop", "Рада": "рада/noun:inanim:f:v_naz",
		"наголосив": "наголосити/verb:perf:past:m", "розповіла": "розповісти/verb:perf:past:f",
	}
	runRuleCases(t, retypePersonOrgs, tags, []ruleCase{
		{"a member of a committee", "[ORG Член комітету з питань фінансів] наголосив .", []string{"JOB Член комітету з питань фінансів"}},
		{"a school's director", "[ORG Директорка ліцею № 3] розповіла .", []string{"JOB Директорка ліцею № 3"}},
		{"a body named after", "[ORG Голова правління Укренерго] наголосив .", []string{"JOB Голова правління", "ORG Укренерго"}},
		{"a country stays", "[ORG Член комітету України] наголосив .", []string{"JOB Член комітету України"}},
		{"a plural", "[ORG Лікарі без кордонів] наголосив .", []string{"ORG Лікарі без кордонів"}},
		{"a name right after", "[ORG Лісовик Гранд] наголосив .", []string{"ORG Лісовик Гранд"}},
		{"a thing's noun", "[ORG Рада з питань фінансів] наголосив .", []string{"ORG Рада з питань фінансів"}},
	})
}

// TestS52TOutletAdjectives checks that the adjective of an outlet's name
// opening a PERS span before a first name in another case is cut off as
// the outlet, and that an adjective agreeing with the name, or another
// adjective, stays.
func TestS52TOutletAdjectives(t *testing.T) {
	tags := map[string]string{
		"журналістка": "журналістка/noun:anim:f:v_naz", "Суспільного": "суспільний/adj:m:v_rod", "Ангеліна": "Ангеліна/noun:anim:f:v_naz:prop:fname",
		"Карякіна": "Карякіна/noun:anim:f:v_naz:prop:lname", "Громадського": "громадський/adj:m:v_rod", "Суспільна": "суспільний/adj:f:v_naz",
		"Київського": "київський/adj:m:v_rod", "сказала": "сказати/verb:perf:past:f",
	}
	runRuleCases(t, cutOutletAdjectives, tags, []ruleCase{
		{"Суспільне", "журналістка [PERS Суспільного Ангеліна Карякіна] сказала .", []string{"ORG Суспільного", "PERS Ангеліна Карякіна"}},
		{"Громадське", "журналістка [PERS Громадського Ангеліна Карякіна] сказала .", []string{"ORG Громадського", "PERS Ангеліна Карякіна"}},
		{"in agreement", "[PERS Суспільна Ангеліна Карякіна] сказала .", []string{"PERS Суспільна Ангеліна Карякіна"}},
		{"another adjective", "журналістка [PERS Київського Ангеліна Карякіна] сказала .", []string{"PERS Київського Ангеліна Карякіна"}},
	})
}
