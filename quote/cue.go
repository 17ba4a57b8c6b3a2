package quote

import "strings"

// cues are the lemmas of verbs that introduce speech. The list follows
// VESUM's semantic class "speech" and adds the cues news writing uses most.
var cues = setOf(
	"сказати", "казати", "заявити", "заявляти", "зазначити", "зазначати",
	"наголосити", "наголошувати", "підкреслити", "підкреслювати", "додати",
	"додавати", "повідомити", "повідомляти", "розповісти", "розповідати",
	"пояснити", "пояснювати", "відзначити", "відзначати", "зауважити",
	"зауважувати", "визнати", "визнавати", "запевнити", "запевняти",
	"уточнити", "уточнювати", "нагадати", "нагадувати", "написати", "писати",
	"говорити", "мовити", "відповісти", "відповідати", "стверджувати",
	"ствердити", "запитати", "спитати", "заявлено", "звернутися",
	"переконати", "переконувати", "оголосити", "оголошувати", "констатувати",
	"резюмувати", "висловитися", "прокоментувати", "коментувати",
	"наполягати", "попередити", "попереджати", "вважати", "закликати",
	"розкритикувати", "зізнатися", "поскаржитися", "пообіцяти", "обіцяти",
	"акцентувати", "висловити", "припустити", "припускати", "повідомляти",
	"анонсувати", "спростувати", "завважити", "твердити", "йтися",
	"поінформувати", "інформувати", "запевнити", "написати", "заявлено",
)

// aboutCues take their content as a prepositional phrase: X наголосив на
// важливості …, X заявив про готовність ….
var aboutCues = setOf(
	"наголосити", "наголошувати", "акцентувати", "заявити", "заявляти",
	"повідомити", "повідомляти", "розповісти", "розповідати", "говорити",
	"нагадати", "нагадувати", "попередити", "попереджати", "наполягати",
	"висловитися", "закликати",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cueLemma returns the speech-verb lemma of a token, or "". Adverbial
// participles (наголосивши) have themselves as lemma in VESUM; their verb
// is found by the perfective ending.
func cueLemma(lemma, tag string) string {
	if lemma == "" {
		return ""
	}
	l := strings.ToLower(lemma)
	switch {
	case strings.HasPrefix(tag, "verb"):
		if cues[l] {
			return l
		}
	case strings.HasPrefix(tag, "advp"):
		for _, e := range [][2]string{{"вшись", "тися"}, {"вши", "ти"}} {
			if strings.HasSuffix(l, e[0]) {
				v := strings.TrimSuffix(l, e[0]) + e[1]
				if cues[v] {
					return v
				}
			}
		}
	}
	return ""
}
