package amount

import (
	"strings"

	"github.com/vistka/vistka/internal/scan"
)

// cardinal maps the case forms of the Ukrainian cardinal numerals to their
// value and place (1 ones or teens, 2 tens, 3 hundreds), so that
// "двадцять п'ять" reads as 25 and "п'ять двадцять" stops after п'ять.
var cardinal = map[string]struct {
	v     int64
	place int8
}{}

// collective numerals count people: двоє, п'ятеро.
var collective = map[string]int64{
	"двоє": 2, "троє": 3, "четверо": 4, "п'ятеро": 5, "шестеро": 6,
	"семеро": 7, "восьмеро": 8, "дев'ятеро": 9, "десятеро": 10,
}

func init() {
	add := func(v int64, place int8, forms string) {
		for _, f := range strings.Fields(forms) {
			cardinal[f] = struct {
				v     int64
				place int8
			}{v, place}
		}
	}
	add(1, 1, "один одна одне одного одної одній одному одним однією одну")
	add(2, 1, "два дві двох двом двома")
	add(3, 1, "три трьох трьом трьома")
	add(4, 1, "чотири чотирьох чотирьом чотирма")
	// The forms in -ть decline alike: п'ять п'яти п'ятьох п'ятьом п'ятьма.
	for v, stem := range map[int64]string{
		5: "п'ят", 9: "дев'ят", 10: "десят",
		11: "одинадцят", 12: "дванадцят", 13: "тринадцят", 14: "чотирнадцят",
		15: "п'ятнадцят", 16: "шістнадцят", 17: "сімнадцят", 18: "вісімнадцят",
		19: "дев'ятнадцят", 20: "двадцят", 30: "тридцят",
	} {
		place := int8(1)
		if v >= 20 {
			place = 2
		}
		add(v, place, stem+"ь "+stem+"и "+stem+"ьох "+stem+"ьом "+stem+"ьма "+stem+"ьома")
	}
	add(6, 1, "шість шести шістьох шістьом шістьма шістьома")
	add(7, 1, "сім семи сімох сімом сімома")
	add(8, 1, "вісім восьми вісьмох вісьмом вісьма вісьмома")
	add(40, 2, "сорок сорока")
	add(50, 2, "п'ятдесят п'ятдесяти п'ятдесятьох п'ятдесятьом п'ятдесятьма")
	add(60, 2, "шістдесят шістдесяти шістдесятьох шістдесятьом шістдесятьма")
	add(70, 2, "сімдесят сімдесяти сімдесятьох сімдесятьом сімдесятьма")
	add(80, 2, "вісімдесят вісімдесяти вісімдесятьох вісімдесятьом вісімдесятьма")
	add(90, 2, "дев'яносто дев'яноста")
	add(100, 3, "сто ста")
	add(100, 3, "сотня сотню сотнею") // a hundred as a noun: "сотню доларів"
	add(200, 3, "двісті двохсот двомстам двомастами двохстах")
	add(300, 3, "триста трьохсот трьомстам трьомастами трьохстах")
	add(400, 3, "чотириста чотирьохсот чотирьомстам чотирмастами чотирьохстах")
	add(500, 3, "п'ятсот п'ятисот п'ятистам п'ятьмастами п'ятистах")
	add(600, 3, "шістсот шестисот шестистам шістьмастами шестистах")
	add(700, 3, "сімсот семисот семистам сімомастами семистах")
	add(800, 3, "вісімсот восьмисот восьмистам вісьмомастами восьмистах")
	add(900, 3, "дев'ятсот дев'ятисот дев'ятистам дев'ятьмастами дев'ятистах")
	for w := range cardinal {
		numberWords[w] = struct{}{}
	}
	for w := range collective {
		numberWords[w] = struct{}{}
	}
	for w := range vagueWords {
		numberWords[w] = struct{}{}
	}
	for w := range scaleForms {
		numberWords[w] = struct{}{}
	}
	for w := range numberWords {
		numberSieve.Add(w)
	}
}

// scaleWord returns the power of ten a scale word multiplies by, and
// whether the form is plural (тисячі, мільйони: "thousands" when no number
// precedes). Abbreviations (тис, млн, млрд, трлн) are scale words too.
func scaleWord(w string) (exp int, plural, ok bool) {
	f, ok := scaleForms[w]
	return f.exp, f.plural, ok
}

// scaleForm is what scaleWord tells of a form.
type scaleForm struct {
	exp    int
	plural bool
}

// scaleForms are the forms of the scale words.
var scaleForms = func() map[string]scaleForm {
	m := map[string]scaleForm{}
	add := func(exp int, plural bool, forms string) {
		for _, f := range strings.Fields(forms) {
			m[f] = scaleForm{exp, plural}
		}
	}
	add(3, false, "тис тисяча тисячу тисячею")
	add(3, true, "тисячі тисяч тисячам тисячами тисячах")
	add(6, false, "млн")
	add(9, false, "млрд більйон")
	add(12, false, "трлн")
	for stem, exp := range map[string]int{"мільйон": 6, "мільярд": 9, "трильйон": 12} {
		add(exp, false, stem+" "+stem+"а "+stem+"у "+stem+"ом "+stem+"і")
		add(exp, true, stem+"и "+stem+"ів "+stem+"ам "+stem+"ами "+stem+"ах")
	}
	return m
}()

// vague words give only a lower bound: "десятки тисяч" is more than ten
// thousand, "кілька мільйонів" more than a million.
func vague(w string) (exp int, ok bool) {
	exp, ok = vagueWords[w]
	return exp, ok
}

// vagueWords are the vague words, with the power of ten of their bound.
var vagueWords = map[string]int{
	"кілька": 0, "декілька": 0, "кількох": 0, "декількох": 0, "кільком": 0, "декільком": 0, "кількома": 0, "декількома": 0,
	"десятки": 1, "десятків": 1, "десяткам": 1, "десятками": 1, "десятках": 1, "кільканадцять": 1, "кільканадцяти": 1,
	"кількадесят": 1, "кількадесяти": 1,
	"сотні": 2, "сотень": 2, "сотням": 2, "сотнями": 2, "сотнях": 2, "кількасот": 2,
}

// numberWords are the words a quantity in words may be: the cardinal and
// collective numerals, the vague words and the scale words. Most words
// of a text are none, which one look-up tells.
var numberWords = map[string]struct{}{}

// numberSieve holds the keys of numberWords: most words it tells apart
// from them with no look-up.
var numberSieve scan.Sieve

// Currency codes written as words in the text.
var isoCodes = map[string]bool{
	"usd": true, "eur": true, "uah": true, "gbp": true, "rub": true, "cny": true, "jpy": true,
	"pln": true, "kzt": true, "chf": true, "cad": true, "aud": true, "ils": true, "try": true,
	"nok": true, "dkk": true, "sek": true, "czk": true, "huf": true,
}

// currencySymbol maps the currency signs to ISO 4217 codes.
func currencySymbol(r rune) string {
	switch r {
	case '$':
		return "USD"
	case '€':
		return "EUR"
	case '£':
		return "GBP"
	case '₴':
		return "UAH"
	case '¥':
		return "JPY"
	case '₽':
		return "RUB"
	}
	return ""
}

// currencyNoun returns the currency a noun names; adj is the lower-cased
// adjective before it ("канадських"), if any, which decides between the
// dollars.
func currencyNoun(w, adj string) string {
	switch {
	case strings.HasPrefix(w, "долар"):
		switch {
		case strings.HasPrefix(adj, "канадськ"):
			return "CAD"
		case strings.HasPrefix(adj, "австралійськ"):
			return "AUD"
		case strings.HasPrefix(adj, "новозеландськ"):
			return "NZD"
		case strings.HasPrefix(adj, "сінгапурськ"):
			return "SGD"
		case strings.HasPrefix(adj, "гонконзьк"):
			return "HKD"
		case adj == "" || strings.HasPrefix(adj, "американськ"):
			return "USD"
		}
		return ""
	case strings.HasPrefix(w, "грив") && !strings.HasPrefix(w, "гривнев"), w == "грн":
		return "UAH"
	case w == "євро" || w == "евро":
		return "EUR"
	case strings.HasPrefix(w, "рубл") || w == "рубль":
		if strings.HasPrefix(adj, "білоруськ") {
			return "BYN"
		}
		return "RUB"
	case strings.HasPrefix(w, "юан"):
		return "CNY"
	case w == "єна" || w == "єни" || w == "єн" || w == "єну" || w == "єнах" || w == "єнами" || w == "єною":
		return "JPY"
	case strings.HasPrefix(w, "злот"):
		return "PLN"
	case w == "тенге":
		return "KZT"
	case strings.HasPrefix(w, "шекел"):
		return "ILS"
	case strings.HasPrefix(w, "франк") && (adj == "" || strings.HasPrefix(adj, "швейцарськ")):
		// the Swiss franc is the franc news of today names
		return "CHF"
	case strings.HasPrefix(w, "фунт") && (adj == "" || strings.HasPrefix(adj, "британськ")):
		// "2 млн фунтів": money; the pound of weight is not in use here
		return "GBP"
	case (strings.HasPrefix(w, "лір") || w == "ліра" || w == "ліри") && strings.HasPrefix(adj, "турецьк"):
		return "TRY"
	case strings.HasPrefix(w, "крон") && !strings.HasPrefix(w, "кронш"):
		// крона is the money of several states; only its adjective says
		// which
		switch {
		case strings.HasPrefix(adj, "норвезьк"):
			return "NOK"
		case strings.HasPrefix(adj, "данськ"):
			return "DKK"
		case strings.HasPrefix(adj, "шведськ"):
			return "SEK"
		case strings.HasPrefix(adj, "чеськ"):
			return "CZK"
		case strings.HasPrefix(adj, "ісландськ"):
			return "ISK"
		}
	case strings.HasPrefix(w, "форинт"):
		return "HUF"
	case strings.HasPrefix(w, "лей") || w == "леї" || w == "леїв":
		if strings.HasPrefix(adj, "молдовськ") || strings.HasPrefix(adj, "молдавськ") {
			return "MDL"
		}
		if strings.HasPrefix(adj, "румунськ") {
			return "RON"
		}
	}
	return ""
}

// currencyAdjective reports adjectives that may stand before a currency
// noun and belong to the amount: "американських доларів".
func currencyAdjective(w string) bool {
	for _, p := range [...]string{"американськ", "канадськ", "австралійськ", "новозеландськ", "сінгапурськ", "гонконзьк", "російськ", "білоруськ",
		"швейцарськ", "британськ", "українськ", "китайськ", "японськ", "польськ", "турецьк",
		"норвезьк", "данськ", "шведськ", "чеськ", "ісландськ", "угорськ", "молдовськ", "молдавськ", "румунськ"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// measure maps counted nouns and units of measure to their lemma.
func measure(w string) string {
	switch w {
	case "осіб", "особи", "особа", "особу", "особам", "особами", "особах":
		return "особа"
	case "людей", "людини", "люди", "людина", "людину", "людям", "людьми", "людях":
		return "людина"
	case "кг":
		return "кілограм"
	case "км":
		return "кілометр"
	case "га":
		return "гектар"
	case "мвт":
		return "мегават"
	case "гвт":
		return "гігават"
	case "доз", "дози", "доза", "дозу", "дозами":
		return "доза"
	case "одиниць", "одиниці", "одиниця", "одиницю", "одиницями":
		return "одиниця"
	}
	for _, m := range [...]struct{ prefix, lemma string }{
		{"тонн", "тонна"}, {"кілограм", "кілограм"}, {"гектар", "гектар"}, {"барел", "барель"},
		{"кубометр", "кубометр"}, {"мегават", "мегават"}, {"гігават", "гігават"}, {"штук", "штука"},
		{"кілометр", "кілометр"},
	} {
		if strings.HasPrefix(w, m.prefix) && !strings.HasSuffix(w, "ий") && !strings.HasSuffix(w, "ого") &&
			!strings.HasPrefix(w, m.prefix+"ов") && !strings.HasPrefix(w, "кілометраж") {
			return m.lemma
		}
	}
	return ""
}

// percentWord reports the nouns for per cent: відсоток, процент and forms.
// The adjectives (відсоткових, процентних) are read with пункт as "pp".
func percentWord(w string) bool {
	return (strings.HasPrefix(w, "відсот") && !strings.HasPrefix(w, "відсотков")) ||
		(strings.HasPrefix(w, "процент") && !strings.HasPrefix(w, "процентн"))
}

func percentAdjective(w string) bool {
	return strings.HasPrefix(w, "відсотков") || strings.HasPrefix(w, "процентн")
}

// changeVerb reports words after which "до" names the value reached, not an
// upper bound: "зросла до 7%", "скорочення до 100 млн".
func changeVerb(w string) bool {
	if strings.HasPrefix(w, "вироб") {
		return false // "виробникам", "виробництво": no growth (виросла is)
	}
	for _, p := range [...]string{"зрос", "зріс", "збільш", "скорот", "скороч", "зменш", "підвищ", "підня",
		"знизи", "зниз", "зниж", "впа", "сягн", "досягн", "довед", "довест", "довів", "довела",
		"подорожча", "подешевша", "виро", "опусти", "піднім", "змін", "зміню",
		"сповільн", "уповільн", "прискор", "пришвидш", "скоти", "обмеж", "звуз", "розшир",
		// впав after a vowel is упав; leaps, sags and multiples, and the
		// noun of a fall: "рубль упав до 100 рублів", "підскочила до
		// 120 доларів", "продажі просіли", "падіння ВВП до 5%"
		"упав", "упал", "упад", "підскоч", "злет", "просі", "просяд", "подвої", "потрої", "падін", "обвал"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// multiple reports whether w tells a change by a multiple: вдвічі,
// втричі, учетверо, …
func multiple(w string) bool {
	switch strings.TrimPrefix(strings.TrimPrefix(w, "в"), "у") {
	case "двічі", "тричі", "четверо", "п'ятеро", "п’ятеро", "десятеро":
		return true
	}
	return false
}

// ordinalStems are the stems of the ordinal numerals: третій, сорокового,
// двохсотому, тисячного.
var ordinalStems = strings.Fields("перш друг трет четверт п'ят шост сьом восьм дев'ят десят " +
	"одинадцят дванадцят тринадцят чотирнадцят п'ятнадцят шістнадцят сімнадцят вісімнадцят дев'ятнадцят " +
	"двадцят тридцят сороков п'ятдесят шістдесят сімдесят вісімдесят дев'яност " +
	"сот двохсот трьохсот чотирьохсот п'ятисот шестисот семисот восьмисот дев'ятисот тисячн мільйонн")

// ordinalEndings are the adjective endings an ordinal stem takes (the
// cardinals' -и, -ь, -ьох, -ьма are not among them: п'яти stays a
// cardinal).
var ordinalEndings = strings.Fields("ий ій ого ього ому ьому им ім ої ьої ою ьою а я е є у ю і их іх ими іми")

// ordinalNumeral reports an ordinal numeral: the last word of a compound
// ordinal ("тисяча дев'ятсот дев'яносто третього", "дві тисячі двадцять
// третьому році") makes the whole an ordinal, a year or a rank, not an
// amount.
func ordinalNumeral(w string) bool {
	for _, s := range ordinalStems {
		if rest, ok := strings.CutPrefix(w, s); ok {
			for _, e := range ordinalEndings {
				if rest == e {
					return true
				}
			}
		}
	}
	return false
}
