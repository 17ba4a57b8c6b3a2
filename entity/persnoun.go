package entity

import (
	"math"
	"strings"
	"unicode"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// A title before a name is most often a head no list of titles holds:
// news names people by what they do (член НКЕК, партнер фонду, декан
// факультету, координаторка напряму, фермер із громади). What the lists
// cannot hold, the structure tells: a common noun for a person in the
// name's case, with the genitive of a body, a place or a field it goes
// on with, or made with a suffix of one who does something (-ник, -тель,
// -ист, -ер, -ор, -лог, …). What is not a title is a small, closed set:
// kin, companions, forms of address, people in general and residents.

// personNoun reports whether t is a common noun for one person (not a
// name, not in the plural), animate as the tagger reads it, that may be
// a title: none of notTitles, no resident of a place (киянин, харків'янка,
// американець).
func personNoun(t *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, ":prop") || strings.Contains(t.Tag, ":p:") {
		return false
	}
	l := scan.ToLower(lemmaOf(t))
	return !notTitles[l] && (!resident(l) || professionTitles[l]) // деканка ends as киянка does
}

// resident reports whether lemma names one by the place one lives in or
// comes from: киянин, львів'янка, донеччанин, американець, австралійка.
func resident(lemma string) bool {
	return scan.HasAnySuffix(lemma, "янин", "янка", "анин", "анка", "ець", "єць", "ійка")
}

// agentSuffixes end the nouns for one who does something (агентивні
// суфікси) and their women's forms: such a noun right before a name is
// what the person does (педіатр Андрій Сорока, ботанік Марина Коваль).
var agentSuffixes = []string{
	"ник", "ниця", "чик", "чиця", "тель", "телька", "ар", "арка", "яр", "ярка",
	"ист", "истка", "іст", "істка", "ер", "ерка", "ор", "орка", "лог", "логиня",
	"ант", "антка", "ент", "ентка", "ач", "ачка", "атр", "граф", "ік", "иня",
}

// agentNoun reports whether t is a personNoun made with an agent suffix,
// or one VESUM's semantic classes list as a job or a rank (хірург,
// агроном, аграрій, пілот), whatever its suffix.
func agentNoun(t *vistka.Token) bool {
	if !personNoun(t) {
		return false
	}
	l := scan.ToLower(lemmaOf(t))
	return scan.HasAnySuffix(l, agentSuffixes...) || gazetteer.Lookup(l)&gazetteer.Job != 0
}

// notTitles are the nouns for a person that say who one is to others or
// in general, not what one does: kin, companions, forms of address,
// people at large, who one is in a contest, a story, a school, a show
// or a journey, residents and citizens.
var notTitles = map[string]bool{
	// kin
	"син": true, "дочка": true, "донька": true, "брат": true, "сестра": true, "мати": true, "мама": true,
	"матір": true, "батько": true, "тато": true, "дружина": true, "чоловік": true, "жінка": true,
	"вдова": true, "вдовець": true, "онук": true, "онука": true, "онучка": true, "правнук": true, "правнучка": true,
	"дід": true, "дідусь": true, "баба": true, "бабуся": true, "бабця": true, "прабабуся": true, "прадід": true,
	"дядько": true, "дядя": true, "тітка": true, "тітонька": true, "вуйко": true, "племінник": true, "племінниця": true,
	"кум": true, "кума": true, "зять": true, "невістка": true, "свекор": true, "свекруха": true, "тесть": true,
	"теща": true, "вітчим": true, "мачуха": true, "пасинок": true, "падчерка": true, "наречений": true,
	"наречена": true, "коханий": true, "кохана": true, "первісток": true, "нащадок": true, "родич": true, "родичка": true,
	"хрещеник": true, "хрещениця": true, "батьки": true,
	// companions and rivals
	"друг": true, "подруга": true, "товариш": true, "товаришка": true, "колега": true, "сусід": true, "сусідка": true,
	"знайомий": true, "знайома": true, "однокласник": true, "однокласниця": true, "одноліток": true,
	"співрозмовник": true, "співрозмовниця": true, "напарник": true, "напарниця": true,
	"приятель": true, "приятелька": true, "бізнес-партнер": true, "бізнес-партнерка": true,
	"суперник": true, "суперниця": true, "опонент": true, "опонентка": true, "союзник": true, "союзниця": true,
	// address
	"пан": true, "пані": true, "панна": true, "панночка": true, "добродій": true, "добродійка": true,
	// people at large
	"людина": true, "особа": true, "дитина": true, "хлопець": true, "дівчина": true, "хлопчик": true,
	"дівчинка": true, "юнак": true, "немовля": true, "малюк": true, "малеча": true, "чоловічок": true,
	"козак": true, // a folk hero's or a story's (козак Мамай), no office VESUM's job class takes it for
	// who one is in a contest, a story or a line of holders
	"призер": true, "призерка": true, "переможець": true, "переможниця": true, "чемпіон": true, "чемпіонка": true,
	"першорозрядник": true, "першорозрядниця": true, "рекордсмен": true, "рекордсменка": true, "фіналіст": true,
	"фіналістка": true, "учасник": true, "учасниця": true, "попередник": true, "попередниця": true, "наступник": true,
	"наступниця": true, "спадкоємець": true, "спадкоємиця": true, "герой": true, "героїня": true,
	// who one is to a school, a show, a journey or a hospital
	"учень": true, "учениця": true, "школяр": true, "школярка": true, "студент": true, "студентка": true,
	"читач": true, "читачка": true, "глядач": true, "глядачка": true, "слухач": true, "слухачка": true,
	"відвідувач": true, "відвідувачка": true, "турист": true, "туристка": true, "пасажир": true, "пасажирка": true,
	"пацієнт": true, "пацієнтка": true, "пенсіонер": true, "пенсіонерка": true,
	// residents and citizens
	"мешканець": true, "мешканка": true, "житель": true, "жителька": true, "громадянин": true, "громадянка": true,
	"уродженець": true, "уродженка": true, "земляк": true, "землячка": true,
}

// namePartBetween reports whether a first name, surname or patronymic
// lies in toks outside the names of bodies and places, or inside one in
// the case of the person's name (tag), not the genitive a body's name
// holds a person in (університету імені Івана Франка): the person's name
// starts there, as in "саксофоніст Дмитро «Бобін» Александров", and a
// noun before it is no title across a complement.
func namePartBetween(a *vistka.Analysis, toks []vistka.Token, tag string) bool {
	for i := range toks {
		t := &toks[i]
		if (strings.Contains(t.Tag, ":fname") || strings.Contains(t.Tag, ":lname") || strings.Contains(t.Tag, ":patr")) && !isAcronym(t.Text) &&
			(!inBodyName(a, t.RStart, math.MaxInt) || sameCase(t.Tag, tag) && !strings.Contains(t.Tag, "v_rod")) {
			return true
		}
	}
	return false
}

// titleAfterName returns the title span sp of sentence s without a name
// in another case that the tagger ran on into it: "Суспільному голова
// батьківського комітету", "у Києві міністр" (a first word in capitals
// whose case is not that of the title word after it, which an adjective
// of the title would share: Міський голова Києва). It returns sp as it is
// otherwise.
func titleAfterName(a *vistka.Analysis, sp vistka.Span, s int) vistka.Span {
	if s < 0 {
		return sp
	}
	toks := a.Sentences[s].Tokens
	from, to := a.SpanTokens(s, sp.Start, sp.End)
	if to-from < 2 {
		return sp
	}
	first, role := &toks[from], &toks[from+1]
	l := scan.ToLower(lemmaOf(role))
	if !unicode.IsUpper(firstRune(first.Text)) || !unicode.IsLower(firstRune(role.Text)) || !strings.HasPrefix(role.Tag, "noun") ||
		!roleWords[l] && !headsOfState[l] || vtag.Case(first.Tag) == "" || sameCase(first.Tag, role.Tag) {
		return sp
	}
	sp.Start, sp.Text = role.RStart, string(a.Runes()[role.RStart:sp.End])
	if f := scan.Fields(sp.Lemma); len(f) == to-from {
		sp.Lemma = strings.Join(f[1:], " ")
	} else {
		sp.Lemma = ""
	}
	return sp
}

// sameHeadCase reports whether the head nouns of role phrases x and y of
// one sentence agree in case, as two titles of one name do ("речник
// бригади старший лейтенант"), unlike a title in the dative before
// another's (кореспондентці Суспільного начальниця …), or one of them
// does not decline.
func sameHeadCase(a *vistka.Analysis, x, y role) bool {
	head := func(ro role) string {
		toks := a.Sentences[ro.sent].Tokens
		for i := ro.from; i < ro.to && i < len(toks); i++ {
			if strings.HasPrefix(toks[i].Tag, "noun") {
				return toks[i].Tag
			}
		}
		return ""
	}
	hx, hy := head(x), head(y)
	return sameCase(hx, hy) || strings.Contains(hx, ":nv") || strings.Contains(hy, ":nv")
}
