package storetest

import (
	"strings"
	"unicode"

	"github.com/vistka/vistka"
)

// lemmas are the base forms of the inflected words of the fixtures: enough
// morphology to show that search and name lookups go by lemma.
var lemmas = map[string]string{
	"блінкена": "блінкен", "блінкеном": "блінкен", "блінкену": "блінкен",
	"зустрівся": "зустрітися", "зустрілися": "зустрітися", "зустрічався": "зустрітися",
	"астані": "астана", "астани": "астана",
	"казахстану":     "казахстан",
	"президентом":    "президент",
	"касим-жомартом": "касим-жомарт", "токаєвим": "токаєв", "токаєва": "токаєв", "токаєву": "токаєв",
	"кулебою": "кулеба", "кулеби": "кулеба", "кулебі": "кулеба", "дмитром": "дмитро",
	"україни": "україна", "україні": "україна",
	"києва": "київ", "києву": "київ", "києві": "київ",
	"кличка":  "кличко",
	"цінуємо": "цінувати", "сказав": "сказати", "заявив": "заявити",
	"закликав": "закликати", "передали": "передати", "генератори": "генератор",
	"інвестували": "інвестувати", "мільярди": "мільярд", "доларів": "долар",
}

// Lemmatize is the Lemmatizer the behaviour tests open stores with: it
// splits text into words and punctuation and lemmatises the words of the
// fixtures; other words are their own lemma in lower case. Hyphens and
// apostrophes inside a word keep it one word.
func Lemmatize(text string) []vistka.Token {
	var toks []vistka.Token
	runes := []rune(text)
	byteAt := make([]int, len(runes)+1)
	b := 0
	for i, c := range runes {
		byteAt[i] = b
		b += len(string(c))
	}
	byteAt[len(runes)] = b
	isWord := func(c rune) bool { return unicode.IsLetter(c) || unicode.IsNumber(c) }
	for i := 0; i < len(runes); {
		c := runes[i]
		switch {
		case unicode.IsSpace(c):
			i++
		case isWord(c):
			j := i + 1
			for j < len(runes) && (isWord(runes[j]) || (strings.ContainsRune("-'’ʼ", runes[j]) && j+1 < len(runes) && isWord(runes[j+1]))) {
				j++
			}
			w := string(runes[i:j])
			lemma := strings.ToLower(w)
			if l, ok := lemmas[lemma]; ok {
				lemma = l
			}
			kind := vistka.Word
			if unicode.IsDigit(c) {
				kind = vistka.Number
			}
			toks = append(toks, vistka.Token{Text: w, Kind: kind, Start: byteAt[i], End: byteAt[j], RStart: i, REnd: j, Lemma: lemma})
			i = j
		default:
			toks = append(toks, vistka.Token{Text: string(c), Kind: vistka.Punct, Start: byteAt[i], End: byteAt[i+1], RStart: i, REnd: i + 1, Lemma: string(c)})
			i++
		}
	}
	return toks
}
