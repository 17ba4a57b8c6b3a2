package event

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// plannedFor reports whether the verb at j sets a gathering for a day
// to come: "засідання … заплановане на 14 лютого", "зустріч запланували
// на березень", "заплановано на вересень".
func (f *finder) plannedFor(j int) bool {
	v := f.verb(j)
	return (v == "запланувати" || v == "планувати" || f.low(j) == "запланований") && j+1 < len(f.toks) && f.low(j+1) == "на"
}

// selfSitters are the words of the names of bodies that sit on their own,
// with no sides to hold talks: a parliament, a council of a town or a
// region, a government, its security council, a staff, a board.
var selfSitters = []string{
	"верховна рада", "верховної ради", "міська рада", "обласна рада", "районна рада", "селищна рада", "сільська рада",
	"міськрада", "облрада", "райрада", "київрада", "кабінет міністрів", "національної безпеки", "рнбо", "уряд",
	"штаб", "правління", "колегія",
}

// ownSitting reports whether the body e sits on its own: "Наступне
// засідання Верховної Ради відбудеться 6 травня" tells no talks, as the
// golds read a body's own sitting; a council of states or alliances (Рада
// ЄС, Рада Безпеки ООН, Рада асоціації Україна – ЄС) holds them.
func (f *finder) ownSitting(e string) bool {
	name := scan.ToLower(f.ents.Name(e))
	for _, w := range selfSitters {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// jointBodyEnd returns where the name of a body two states sit on
// together ends, when one opens at i in the genitive, and its sides: a
// commission named by the compound adjective of the two ("українсько-
// румунської міжурядової комісії": the commission itself, as written) or
// by the two after it ("міжурядової комісії України та Польщі": the two
// states), past the genitives of its field ("з питань енергетики", "з
// економічного співробітництва"); -1 when none does.
func (f *finder) jointBodyEnd(i int) (int, []string) {
	if !f.jointBody(i) {
		return -1, nil
	}
	twoAdj := false
	j := i
	for j < len(f.toks) && isAdj(&f.toks[j]) && hasCase(&f.toks[j], "v_rod") {
		if l := f.low(j); strings.Count(l, "-") == 1 && countryAdj(l) {
			twoAdj = true
		}
		j++
	}
	if j >= len(f.toks) || !jointBodies[f.low(j)] || !hasCase(&f.toks[j], "v_rod") {
		return -1, nil
	}
	body := scan.ToLower(f.text(i, j+1))
	j++
	var states []string
	for j < len(f.toks) {
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[j], "v_rod") {
			states = append(states, e)
			for j < len(f.toks) && f.entityAt(j) == e {
				j++
			}
			if j < len(f.toks) && isAnd(&f.toks[j]) {
				j++
			}
			continue
		}
		if l := f.low(j); (l == "з" || l == "із") && j+1 < len(f.toks) && hasCase(&f.toks[j+1], "v_rod") {
			j++ // "з питань енергетики", "з економічного співробітництва"
			for j < len(f.toks) && f.toks[j].Kind != vistka.Punct && !isVerb(&f.toks[j]) && hasCase(&f.toks[j], "v_rod") {
				j++
			}
			continue
		}
		break
	}
	switch {
	case len(states) == 2:
		return j, states
	case twoAdj && len(states) == 0:
		return j, []string{body}
	}
	return -1, nil
}

// jointBodies are the bodies two states sit on together.
var jointBodies = map[string]bool{"комісія": true, "рада": true, "комітет": true, "група": true}

// blocGroup reports whether the plural noun at k names officials of a
// group of states, in any case: envoys followed, past the genitives of
// their field ("закордонних справ", "з національної безпеки"), by the
// states they speak for counted as many ("країн НАТО", "27 країн
// Європейського Союзу", "держав-членів") or by one alliance or union
// ("лідери ЄС", "міністрів G7"). Two states named ("міністри України та
// Польщі", "лідери двох країн") are two sides, no group.
func (f *finder) blocGroup(k int) bool {
	if k >= len(f.toks) || !isNoun(&f.toks[k]) || !plural(&f.toks[k]) || !blocMembers[f.low(k)] || f.entityAt(k) != "" {
		return false
	}
	for j := k + 1; j < len(f.toks) && j <= k+6; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if e := f.entityAt(j); e != "" {
			// (a state or a person is no group: "міністри оборони України
			// та Польщі"; nor one body: "представники Світового банку")
			return f.blocName(e)
		}
		if l := f.low(j); (l == "країна" || l == "держава" || l == "держава-член" || l == "член") && hasCase(t, "v_rod") && plural(t) {
			return f.statesNamed(j)
		}
	}
	return false
}

// statesNamed reports whether the states counted at j ("країн",
// "держав") are a group the text names: by a name after them ("країн
// НАТО", "країн Північної Європи", "країн – членів НАТО", "країн
// єврозони") or by a number
// of more than two before them ("27 країн", "понад 50 країн", "п'яти
// країн"). Bare, "глави держав" are the heads of the states just told.
func (f *finder) statesNamed(j int) bool {
	for n := j + 1; n < len(f.toks) && n <= j+3; n++ {
		if f.entityAt(n) != "" || blocWords[f.low(n)] {
			return true // (a group named in lower case: "країн «коаліції охочих»", "країн єврозони")
		}
		if t := &f.toks[n]; !isDash(t) && t.Kind != vistka.QuoteMark && f.low(n) != "член" {
			break
		}
	}
	if j == 0 {
		return false
	}
	if b := &f.toks[j-1]; b.Kind == vistka.Number {
		return b.Text != "2"
	}
	return manyCounts[f.low(j-1)]
}

// blocMembers are the officials whose gathering is one of the states
// they speak for (see blocGroup).
var blocMembers = map[string]bool{
	"міністр": true, "лідер": true, "посол": true, "глава": true, "очільник": true, "керівник": true,
	"представник": true, "радник": true, "прем'єр-міністр": true, "президент": true, "делегація": true,
}

// blocGathering reports whether the talks told by tr are a gathering of
// a group of states, PLOVER's multilateral: its subject is officials of
// one ("Міністри оборони країн НАТО обговорили внески", "лідери ЄС на
// неформальній зустрічі обговорили") with no partner met, or the meeting
// noun names them after it ("неформальна зустріч міністрів енергетики
// ЄС", "провів зустріч радників з національної безпеки країн коаліції").
func (f *finder) blocGathering(tr trig) bool {
	if n := tr.noun; n >= 0 && blocNouns[f.low(n)] {
		k := f.pastAdjs(n + 1)
		if k < len(f.toks) && hasCase(&f.toks[k], "v_rod") && f.blocGroup(k) && !f.partnerAfter(k) {
			return true
		}
	}
	if !tr.verb {
		return false
	}
	for j := tr.at + 1; j < len(f.toks) && !endsSentence(&f.toks[j]); j++ {
		if f.partnerAt(j) {
			return false // "посли країн G7 зустрілися з прем'єр-міністеркою": a partner met
		}
	}
	for k := tr.at - 1; k >= 0; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && !strings.Contains(t.Tag, "pron") {
			// the nearest nominative before the verb is its subject
			// ("з якими міська влада обговорить": the town's)
			if f.blocGroup(k) {
				return true
			}
			if f.entityAt(k) == "" {
				return false
			}
		}
	}
	return false
}

// partnerAfter reports whether a partner after з follows the group that
// opens at k, past its genitives: "зустріч представників фонду з
// керівництвом центру" is a meeting of two.
func (f *finder) partnerAfter(k int) bool {
	for j := k + 1; j < len(f.toks) && j <= k+8; j++ {
		if f.partnerAt(j) {
			return true
		}
		if t := &f.toks[j]; t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
	}
	return false
}

// blocWords are the words of the names of alliances, unions and formats
// of states, whose officials' gathering is one of many sides.
var blocWords = map[string]bool{
	"нато": true, "єс": true, "євросоюз": true, "оон": true, "обсє": true, "асеан": true, "шос": true, "брікс": true,
	"снд": true, "g7": true, "g20": true, "союз": true, "альянс": true, "коаліція": true, "сімка": true, "група": true,
	"дев'ятка": true, "трикутник": true, "рамштайн": true, "вісімка": true, "єврозона": true, "двадцятка": true,
}

// blocName reports whether the entity e names an alliance, a union or a
// format of states ("НАТО", "Європейський Союз", "коаліція охочих",
// "Група семи", "Рамштайн").
func (f *finder) blocName(e string) bool {
	if t := f.ents.Type(e); t == "PERS" {
		return false
	}
	for _, w := range strings.Fields(scan.ToLower(f.ents.Name(e))) {
		if blocWords[strings.Trim(w, "«»\"")] {
			return true
		}
	}
	return false
}

// blocNouns are the meetings a group of states may hold among itself.
var blocNouns = map[string]bool{"зустріч": true, "переговори": true, "консультації": true, "консультація": true}

// blocNamed reports whether the one side e of the meeting noun at at is
// an alliance, a union or a format named right after it, with no partner
// after з: "зустріч «Рамштайну»", "зустріч НАТО" (not "зустріч Ощадбанку",
// one body, nor "зустріч НАТО з Україною", a meeting of two).
func (f *finder) blocNamed(at int, e string) bool {
	if !blocNouns[f.low(at)] {
		return false
	}
	j := at + 1
	quoted := j < len(f.toks) && f.toks[j].Kind == vistka.QuoteMark
	if quoted {
		j++
	}
	if !quoted && !f.blocName(e) {
		return false // (a name in quotation marks is a format, even one the tagger takes for a town: «Рамштайну»)
	}
	if f.entityAt(j) != e {
		return false
	}
	for j < len(f.toks) && (f.entityAt(j) == e || f.toks[j].Kind == vistka.QuoteMark) {
		j++
	}
	return !f.partnerAt(j)
}

// plannedAside reports whether the gathering noun at i, in any case, is
// followed past the name of whose it is by a relative clause that sets
// it for a time to come: "обговорили підготовку засідання Контактної
// групи з питань оборони України, яке відбудеться 15 грудня в Брюсселі"
// tells a planned meeting of its own, beside the talks about it.
func (f *finder) plannedAside(i int) bool {
	named := false
	for j := i + 1; j < len(f.toks) && j <= i+12; j++ {
		t := &f.toks[j]
		switch {
		case t.Text == ",":
			return named && f.heldWhich(j+1) && !strings.Contains(f.toks[j+2].Tag, ":past")
		case f.entityAt(j) != "":
			named = true
		case t.Kind == vistka.QuoteMark, strings.HasPrefix(t.Tag, "adj"), strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, "pron"),
			f.low(j) == "з" || f.low(j) == "у" || f.low(j) == "в": // (its field and format: "з питань оборони України у форматі «Рамштайн»")
		default:
			return false
		}
	}
	return false
}

// alliedSide reports whether the side named after the first of a body's
// two sides at i, past the dash, is NATO: "Рада Україна – НАТО" seats
// every ally, a gathering of many (as the golds read it), unlike "Рада
// асоціації Україна – ЄС", the two.
func (f *finder) alliedSide(i int) bool {
	e := f.entityAt(i)
	for i < len(f.toks) && f.entityAt(i) == e {
		i++
	}
	if i+1 >= len(f.toks) || !isDash(&f.toks[i]) {
		return false
	}
	name := scan.ToLower(f.ents.Name(f.entityAt(i + 1)))
	return name == "нато" || strings.Contains(name, "північноатлантичн")
}

// heldConsultations reports whether the noun at i is consultations (in
// the plural: one consultation is advice) that a verb of taking place
// holds, right before it or after the sides it names, and whose sides
// follow it: "У Ризі пройшли консультації заступників міністрів
// закордонних справ України та Латвії".
func (f *finder) heldConsultations(i int, k kind) bool {
	if k.typ != "CONSULT" || f.low(i) != "консультація" || !plural(&f.toks[i]) {
		return false
	}
	held := false
	if b := f.modifiersBefore(i) - 1; b >= 0 && takesPlace[f.verb(b)] {
		held = true
	}
	for j := i + 1; !held && j < len(f.toks) && j <= i+8; j++ {
		if f.toks[j].Kind == vistka.Punct {
			break
		}
		if v := f.verb(j); v != "" {
			held = takesPlace[v]
			break
		}
	}
	return held && (len(f.titledAfter(i)) > 0 || len(f.sidesAfter(trig{at: i, noun: i, k: k})) > 0)
}
