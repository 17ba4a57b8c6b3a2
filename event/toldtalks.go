package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// tellsOfTalks are the verbs that report one's own talks by their noun
// after про: "розповів про переговори з ЄІБ", "поінформував про
// розмову з Макроном".
var tellsOfTalks = map[string]bool{
	"розповісти": true, "розповідати": true, "повідомити": true, "повідомляти": true,
	"поінформувати": true, "проінформувати": true, "інформувати": true,
	"доповісти": true, "доповідати": true, "прозвітувати": true, "згадати": true, "написати": true,
}

// toldTalkNouns are the talks one tells of having had with someone.
var toldTalkNouns = map[string]bool{
	"зустріч": true, "переговори": true, "перемовини": true, "розмова": true, "бесіда": true,
	"консультація": true, "відеорозмова": true, "відеоконференція": true, "онлайн-зустріч": true,
	"відеозустріч": true, "онлайн-переговори": true,
}

// toldTalk reports whether the noun at i is a talk one tells of after
// про, with the other side right after з: "Сагайдак розповів про
// переговори з Європейським інвестиційним банком", "повідомив про
// телефонну розмову з прем'єром Польщі". The teller is the one who
// talked, as the clause's subject is in "у розмові з Туском сказав";
// a talk of others names its sides in the genitive after the noun
// ("розповів про зустріч Путіна з Трампом") and is not this.
func (f *finder) toldTalk(i int) bool {
	if !toldTalkNouns[f.low(i)] || !hasCase(&f.toks[i], "v_zna") || i+2 >= len(f.toks) {
		return false
	}
	if !withPrep(f.low(i + 1)) {
		return false
	}
	if p := &f.toks[i+2]; f.entityAt(i+2) == "" && !(strings.HasPrefix(p.Tag, "noun:anim") || delegates[f.low(i+2)] || isAdj(p)) || !hasCase(p, "v_oru") {
		return false // "розмову з пристрастю": no one talked with
	}
	j := f.beforeAdjs(i, -1)
	if j < 1 || f.low(j) != "про" {
		return false
	}
	// the verb of telling before про, past a dative or an adverb
	// ("розповів журналістам про", "детально поінформував про")
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct {
			return false
		}
		if isVerb(t) {
			return finiteVerb(t) && tellsOfTalks[f.verb(k)]
		}
	}
	return false
}

// talkedWith reports whether говорити at i has the one talked with after
// з in the instrumental: right after the verb and its adverbs ("говорив
// з Стармером про гарантії"), or opening the clause before it ("З
// прем'єром Британії Зеленський говорив про …"). Alone the verb says
// something ("говорив про необхідність реформ", "Як говорить міністр,
// …"), and a з after a noun is the noun's ("Про відносини з Вашингтоном
// говорила обережніше").
func (f *finder) talkedWith(i int) bool {
	k := i + 1
	for k < len(f.toks) && strings.HasPrefix(f.toks[k].Tag, "adv") && !strings.HasPrefix(f.toks[k].Tag, "advp") {
		k++
	}
	if k < len(f.toks) && f.partnerAt(k) {
		return true
	}
	for j := i - 1; j >= 0; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || finiteVerb(t) {
			return false
		}
		if f.partnerAt(j) {
			return j == 0 || f.toks[j-1].Kind == vistka.Punct || strings.HasPrefix(f.toks[j-1].Tag, "conj")
		}
	}
	return false
}
