package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
)

// Figurative and everyday senses of the verbs of events, found in real
// regional press: a sort of wheat bred (вивели), a work discussed, a
// theory refuted, a fate, an ailment complained of. They tell no event.

// forces are what a side withdraws besides its soldiers (withdrawn):
// вивели війська, відвели важке озброєння, вивели підрозділи.
var forces = map[string]bool{"військо": true, "війська": true, "сила": true, "сили": true, "підрозділ": true,
	"контингент": true, "техніка": true, "озброєння": true, "зброя": true, "артилерія": true, "танк": true,
	"гармата": true, "міномет": true, "корабель": true, "флот": true, "літак": true, "авіація": true,
	"батальйон": true, "бригада": true, "полк": true, "дивізія": true, "армія": true, "угруповання": true,
	"формування": true, "гарнізон": true, "місія": true, "персонал": true, "дипломат": true,
	"спостерігач": true, "ворог": true, "противник": true, "окупант": true, "загарбник": true}

// forcesNear reports whether what the verb at i withdraws is a force: a
// word of forces (or of soldiers) in its clause, at most six words either
// way ("Росія вивела свої війська з Грузії", "війська відвели від лінії
// зіткнення"). Without one, вивести and відвести breed, lead or bring out
// ("селекціонери вивели новий сорт пшениці", "вивести Україну з
// економічного лиха"): no withdrawal.
func (f *finder) forcesNear(i int) bool {
	stop := func(j int) bool { return f.toks[j].Kind == vistka.Punct && f.toks[j].Text != "-" }
	force := func(j int) bool { return forces[f.low(j)] || withdrawn[f.low(j)] }
	return f.within(i, 6, 6, stop, force)
}

// departures are the words of one who dies: відійшла у вічність, відійшов
// в інший світ, відійшов із життя.
var departures = map[string]bool{"вічність": true, "світ": true, "життя": true, "засвіт": true, "небуття": true,
	"бог": true, "господь": true}

// placeWords are the common nouns of a place troops withdraw from: від
// кордону, від лінії зіткнення, з позицій.
var placeWords = map[string]bool{"кордон": true, "лінія": true, "позиція": true, "рубіж": true, "місто": true,
	"село": true, "селище": true, "пункт": true, "висота": true, "траса": true, "дорога": true, "річка": true,
	"берег": true, "міст": true, "аеропорт": true, "станція": true, "околиця": true, "передмістя": true,
	"фронт": true, "територія": true, "район": true, "область": true, "острів": true, "плацдарм": true,
	"укріплення": true, "окоп": true, "база": true, "порт": true, "завод": true}

// leftIdea reports whether відійти or відступити at i leaves a thing that
// is no place, від and its genitive within three words after the verb
// ("відійшов від класичної традиції", "Шляєрмахер відійшов від
// традиційного протестантизму", "відступив від принципів"), or dies
// ("відійшла у вічність", "відійшов із життя"): a change of mind or a
// death, no withdrawal. Troops withdraw from a town, a line or a
// position, a name or a place word.
func (f *finder) leftIdea(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+3; j++ {
		if f.punctOrVerb(j) {
			return false
		}
		switch f.low(j) {
		case "у", "в", "до", "з", "із", "зі":
			if k := f.nounAfter(j); k > 0 && departures[f.low(k)] && (f.low(j) != "з" && f.low(j) != "із" && f.low(j) != "зі" || f.low(k) == "життя") {
				return true
			}
		case "від", "од":
			k := f.nounAfter(j)
			if k < 0 {
				return false
			}
			t := &f.toks[k]
			return strings.HasPrefix(t.Tag, "noun:inanim") && hasCase(t, "v_rod") && !strings.Contains(t.Tag, ":prop") &&
				!placeWords[f.low(k)] && !forces[f.low(k)] && f.entityAt(k) == "" && f.spanType(k) == ""
		}
	}
	return false
}

// culturalWorks are the things of culture one talks over as a reader or a viewer:
// обговорили роман, книжку, виставу.
var culturalWorks = map[string]bool{"роман": true, "книга": true, "книжка": true, "твір": true, "вірш": true, "поема": true,
	"повість": true, "оповідання": true, "новела": true, "збірка": true, "фільм": true, "вистава": true,
	"п'єса": true, "п’єса": true, "картина": true, "біографія": true, "сторінка": true, "творчість": true,
	"поезія": true, "прем'єра": true, "прем’єра": true, "спектакль": true, "кінострічка": true, "стрічка": true,
	"мюзикл": true, "опера": true, "автобіографія": true, "есей": true, "монографія": true, "рукопис": true}

// workDiscussed reports whether обговорити at i talks over a work of
// culture, its first accusative noun within four words after it, with no
// partner named (з and the instrumental in its clause): "Книголюби
// обговорили роман", "учасники клубу обговорили нову книжку" are readers
// at a book club, no meeting between parties; "Сторони обговорили
// співпрацю" and "обговорив з автором його книжку" stay.
func (f *finder) workDiscussed(i int) bool {
	stop := func(j int) bool { return f.toks[j].Kind == vistka.Punct }
	if f.within(i, 6, 8, stop, f.partnerAt) {
		return false
	}
	j := f.firstAccusative(i, 4)
	return j >= 0 && culturalWorks[f.low(j)]
}

// firstAccusative returns the first noun in the accusative within n
// words after the verb at i, before a punctuation mark other than a quote
// (the object: "обговорили роман «…»"), or -1.
func (f *finder) firstAccusative(i, n int) int {
	for j := i + 1; j < len(f.toks) && j <= i+n; j++ {
		t := &f.toks[j]
		if t.Kind == vistka.Punct && t.Text != "«" && t.Text != "\"" {
			return -1
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_zna") {
			return j
		}
	}
	return -1
}

// thingKilled reports whether вбити at i has a thing for its object, a
// common inanimate noun in the accusative right after it that names no
// place nor body ("не зміг вбити вініл", "вбити час"): a figure, no
// attack. People killed are animate, and a town is a name.
func (f *finder) thingKilled(i int) bool {
	j := f.firstAccusative(i, 2)
	if j < 0 {
		return false
	}
	t := &f.toks[j]
	return strings.HasPrefix(t.Tag, "noun:inanim") && !strings.Contains(t.Tag, ":prop") && !hasCase(t, "v_naz") &&
		f.entityAt(j) == "" && f.spanType(j) == ""
}

// theories are what science refutes: спростували гіпотезу, міф.
var theories = map[string]bool{"гіпотеза": true, "теорія": true, "міф": true, "стереотип": true,
	"легенда": true, "припущення": true, "теорема": true, "концепція": true, "забобон": true}

// theoryRefuted reports whether спростувати at i refutes a theory or a
// myth ("Дослідники спростували цю гіпотезу", "спростувати міф про
// шкоду вакцин"): an argument won, no one's accusation denied.
func (f *finder) theoryRefuted(i int) bool {
	j := f.firstAccusative(i, 3)
	return j >= 0 && theories[f.low(j)]
}

// cameFromOrWith reports whether з and the name at i, of type typ, after
// a verb of coming on a visit tell where one came from or who came along,
// not whom one visited: an indeclinable place is the genitive of where
// from ("приїхав в Україну з Чикаго"), and a person with a companion's
// noun before the name came along ("приїхав з другом Річардом",
// "прибув до Києва з дружиною Ольгою"). The host of a visit is named by
// до or by the place visited.
func (f *finder) cameFromOrWith(tr trig, i int, typ string) bool {
	if tr.k.mode != "visit" || !tr.verb || !motionArrivals[f.verb(tr.at)] {
		return false
	}
	if typ == "LOC" && strings.Contains(f.toks[i].Tag, ":nv") {
		return true
	}
	return typ == "PERS" && i > 0 && companions[f.low(i-1)]
}

// motionArrivals are the verbs of coming to a place on a visit.
var motionArrivals = map[string]bool{"прибути": true, "прибувати": true, "приїхати": true, "приїжджати": true,
	"прилетіти": true, "прилітати": true, "завітати": true}

// companions are the nouns of one who comes along: з другом, з дружиною.
var companions = map[string]bool{"друг": true, "подруга": true, "дружина": true, "чоловік": true, "син": true,
	"донька": true, "дочка": true, "батько": true, "мати": true, "брат": true, "сестра": true, "онук": true,
	"онука": true, "товариш": true, "наречена": true, "наречений": true, "родина": true, "сім'я": true, "сім’я": true}

// natureAgents are the living things, illnesses and forces of nature that
// hurt or destroy with no side behind them: вірус, шкідник, посуха. (Not
// вогонь, which is also fire at an enemy, nor град, the rocket launcher.)
var natureAgents = map[string]bool{"вірус": true, "коронавірус": true, "бактерія": true, "мікроб": true,
	"інфекція": true, "хвороба": true, "недуга": true, "грип": true, "епідемія": true, "пандемія": true,
	"шкідник": true, "комаха": true, "муха": true, "жук": true, "кліщ": true, "попелиця": true, "гусениця": true,
	"сарана": true, "тля": true, "бур'ян": true, "бур’ян": true, "грибок": true, "пліснява": true, "гниль": true,
	"інсульт": true, "інфаркт": true, "народження": true, "старість": true, "посуха": true, "мороз": true,
	"заморозок": true, "спека": true, "повінь": true, "паводок": true, "буря": true, "ураган": true,
	"шторм": true, "злива": true, "блискавка": true, "землетрус": true, "пожежа": true, "полум'я": true,
	"полум’я": true, "вовк": true, "ведмідь": true, "собака": true, "акула": true}

// natureAgent reports whether the doer of the attack verb at i is a
// thing of nature, in the nominative or, for a passive or a reflexive
// verb, the instrumental, within four words of it in its clause: "її
// атакував вірус грипу", "морква менше пошкоджується морквяною мухою",
// "мати, яку вб'є народження дитини": an illness, a pest or a birth, no
// side's attack.
func (f *finder) natureAgent(i int) bool {
	stop := func(j int) bool { return f.toks[j].Kind == vistka.Punct }
	agent := func(j int) bool {
		t := &f.toks[j]
		return natureAgents[f.low(j)] && strings.HasPrefix(t.Tag, "noun") && (hasCase(t, "v_naz") || hasCase(t, "v_oru"))
	}
	return f.within(i, 4, 4, stop, agent)
}

// gameWords are the words of a board game: a draw offered and declined
// at the board is a move, no rejection between parties.
var gameWords = map[string]bool{"нічия": true, "ендшпіль": true, "міттельшпіль": true, "шахіст": true,
	"шахістка": true, "шахи": true, "шашка": true, "шашкіст": true, "гросмейстер": true, "шаховий": true}

// boardOffer reports whether the sentence of a rejection is told of a
// board game ("Відхиливши пропозицію суперника, він в ендшпілі
// помилився", "відхилив пропозицію нічиєї"): a draw declined.
func (f *finder) boardOffer() bool {
	for j := range f.toks {
		if gameWords[f.low(j)] {
			return true
		}
	}
	return false
}

// rivals are the ones a player or a team loses to: поступився чемпіонові.
var rivals = map[string]bool{"чемпіон": true, "чемпіонка": true, "суперник": true, "суперниця": true,
	"переможець": true, "переможниця": true, "фаворит": true, "призер": true, "лідер": true}

// fated reports whether судитися at i tells one's fate: доля or its kin in
// the nominative within four words of it in its clause, or the neuter
// судилося of what was to be ("Та судилася їй інша доля", "йому судилося
// стати першим"): no lawsuit.
func (f *finder) fated(i int) bool {
	if l := strings.ToLower(f.toks[i].Text); l == "судилося" || l == "судилось" {
		return true
	}
	stop := func(j int) bool { return f.toks[j].Kind == vistka.Punct }
	fate := func(j int) bool {
		switch f.low(j) {
		case "доля", "судьба", "смерть", "щастя", "життя":
			return hasCase(&f.toks[j], "v_naz")
		}
		return false
	}
	return f.within(i, 4, 4, stop, fate)
}

// thingOwned reports whether the name at j, in the genitive, follows a
// thing it owns that is the first noun after the verb at i: a common
// inanimate noun right before the name, governed by no preposition and of
// no name nor date ("не прийняв тези Лютера", "прийняли пропозицію
// Коваля"). The name is whose the thing is, not a guest received (as it
// is past a title: "прийняв голову ради Петра Коваля").
func (f *finder) thingOwned(i, j int) bool {
	if j <= i+1 || !hasCase(&f.toks[j], "v_rod") {
		return false
	}
	for k := i + 1; k < j-1; k++ {
		if isNoun(&f.toks[k]) {
			return false
		}
	}
	t := &f.toks[j-1]
	return strings.HasPrefix(t.Tag, "noun:inanim") && !strings.Contains(t.Tag, ":prop") &&
		f.governedBy(j-1) == "" && f.entityAt(j-1) == "" && f.spanType(j-1) == ""
}

// anyones are the nouns of anyone at all, a rule's or a service's
// generic person: пацієнт, громада, людина.
var anyones = map[string]bool{"людина": true, "громадянин": true, "пацієнт": true, "громада": true,
	"фермер": true, "кожен": true, "кожний": true, "будь-хто": true, "водій": true, "споживач": true,
	"власник": true, "роботодавець": true, "працівник": true, "користувач": true, "покупець": true,
	"орендар": true, "пенсіонер": true, "учень": true, "студент": true, "вкладник": true, "платник": true,
	"школяр": true, "пасажир": true, "пішохід": true, "відвідувач": true, "клієнт": true, "читач": true, "глядач": true,
	// and the parties a law or a contract speaks of in general:
	// "страхувальник може укласти додатковий договір"
	"особа": true, "страхувальник": true, "позичальник": true, "боржник": true, "кредитор": true, "заявник": true,
	"винний": true, "порушник": true}

// genericCan reports whether the infinitive at i tells what anyone may
// or must do: a form of могти or змогти, or of a duty (мусить, має,
// повинен, зобов'язаний), before it in its clause (past other
// infinitives, their words and і, та, й), in the present, whose subject
// right before it is a generic person in the singular ("пацієнт завжди
// зможе поскаржитись", "громада може відмовитись від лікаря і запросити
// іншого", "Кожна людина зможе отримати допомогу", "Учень повинен
// привітати вчителя", "водій зобов'язаний допомогти потерпілому"), so
// with a passive after бути ("винний може бути притягнутий до
// відповідальності"): a rule, a manual's norm or a service described, no
// event. A named side that may act ("Україна
// зможе отримати кредит") is left to the modal's future.
func (f *finder) genericCan(i int) bool {
	if i > 0 && strings.Contains(f.toks[i].Tag, ":adjp:pasv") && f.low(i-1) == "бути" && strings.Contains(f.toks[i-1].Tag, ":inf") {
		i-- // "винний може бути притягнутий до відповідальності": the passive's infinitive
	}
	if !strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	m := -1
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if l := f.low(j); l == "могти" || l == "змогти" || l == "мати" || dutyWords[l] {
			m = j
			break
		}
		if finiteVerb(t) {
			return false
		}
	}
	if m < 0 || !strings.Contains(f.toks[m].Tag, ":s:3") && !f.singularDuty(m) {
		return false
	}
	// (its subject may stand before a phrase of its own: "Кожна людина в
	// разі необхідності зможе звернутись")
	for j := m - 1; j >= 0 && j >= m-5; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") {
			return false
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") {
			return anyones[f.low(j)] && f.entityAt(j) == ""
		}
	}
	return false
}

// genericFolk are the people of a kind, beyond anyones, whom a sentence
// may speak of as a whole: діти, українці, підлітки.
var genericFolk = map[string]bool{"дитина": true, "українець": true, "підліток": true, "люди": true}

// genericHabit reports whether the finite imperfective verb at i, a
// present or a past, tells what people of a kind do as a rule: an adverb
// of habit stands in its clause (часто, зазвичай, завжди), and its
// subject right before it is a bare noun of anyone (see anyones,
// genericFolk) agreeing with it, with no name and no word before it
// but кожен or всі ("діти часто просять у туристів цукерки",
// "пацієнти зазвичай скаржилися на черги", "кожен пенсіонер завжди
// допомагає онукам"). Such a sentence describes a custom, no act of
// anyone's. News tells a group's doings in the present ("Студенти
// звинувачують адміністрацію", "фермери вимагають"), so the present
// alone is no cue; a group marked as particular ("Польські фермери
// регулярно блокують кордон", "ці пацієнти") or a named side's habit
// ("окупанти щодня обстрілюють Херсон", "Україна часто отримує
// допомогу": the gold keeps a specific side's habitual acts) is left
// an event. A story's stranger named by a common noun alone (see
// strangers) counts as anyone here: "Жінка часто просила водіїв
// підвезти її" tells a private life's custom.
func (f *finder) genericHabit(i int) bool {
	t := &f.toks[i]
	if !finiteVerb(t) || !strings.Contains(t.Tag, ":imperf") || strings.Contains(t.Tag, ":futr") {
		return false
	}
	if !f.oftenBefore(i) && (i+1 == len(f.toks) || !f.habitAt(i+1, true)) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		n := &f.toks[j]
		if n.Kind == vistka.Punct || strings.HasPrefix(n.Tag, "verb") {
			return false
		}
		if !strings.HasPrefix(n.Tag, "noun") || !hasCase(n, "v_naz") {
			continue
		}
		l := f.low(j)
		if !anyones[l] && !genericFolk[l] && !strangers[l] || f.entityAt(j) != "" || numberOf(n) != numberOf(t) && numberOf(t) != 0 {
			return false
		}
		return j == 0 || !strings.HasPrefix(f.toks[j-1].Tag, "adj") && !strings.HasPrefix(f.toks[j-1].Tag, "numr") ||
			everyWords[f.low(j-1)]
	}
	return false
}

// everyWords are the words before a noun that make it anyone of its
// kind: кожен пацієнт, всі діти.
var everyWords = map[string]bool{"кожен": true, "кожний": true, "весь": true, "увесь": true} // lemmas: всі is весь

// singularDuty reports whether the word at m is a predicative adjective
// of duty in the singular: повинен, повинна, зобов'язаний.
func (f *finder) singularDuty(m int) bool {
	t := f.toks[m].Tag
	return strings.HasPrefix(t, "adj") && strings.Contains(t, ":short") && !strings.Contains(t, ":p:")
}

// divineWords are the words of God and the beings of faith: a sermon's or
// a parable's Бог, Христос, Спаситель.
var divineWords = map[string]bool{"бог": true, "бога": true, "господь": true, "христос": true, "христа": true,
	"ісус": true, "спаситель": true, "всевишній": true, "богородиця": true, "сатана": true, "диявол": true,
	"архангел": true, "божий": true, "божа": true, "боже": true, "небесний": true}

// divineParty reports whether a side of e is God or a being of faith, a
// person or a phrase (not a church or a place named after one): "не має
// старанності розмовляти з Богом", "відкидають Христа", "як Бог вигнав
// Адама з раю" tell faith or a parable, no event between parties.
func divineParty(ents *entity.Result, e vistka.Event) bool {
	for _, x := range slices.Concat(e.Actors, e.Recipients) {
		name := x
		if n := ents.Name(x); n != "" {
			if t := ents.Type(x); t == "ORG" || t == "LOC" {
				continue
			}
			name = n
		}
		for _, w := range strings.Fields(strings.ToLower(name)) {
			if divineWords[w] {
				return true
			}
		}
	}
	return false
}

// mutes are the beings one only talks to in a tale or a figure, beasts
// and birds, trees and stars, the dead and spirits, in the forms a side
// of a talk takes after з (the instrumental: "з голубами", "з мертвими").
var mutes = map[string]bool{"голубами": true, "голубом": true, "тваринами": true, "твариною": true,
	"птахами": true, "птахом": true, "пташками": true, "рибами": true, "рибою": true, "кіньми": true,
	"конем": true, "собаками": true, "собакою": true, "котами": true, "котом": true, "мертвими": true,
	"мертвим": true, "померлими": true, "духами": true, "духом": true, "привидами": true, "привидом": true,
	"деревами": true, "деревом": true, "зорями": true, "зірками": true, "квітами": true, "рослинами": true}

// muteTalk reports whether e is a talk (CONSULT) with a phrase of mutes
// for a side: "учив розмовляти з голубами", "говорили з мертвими",
// "розмовляє з деревами" tell a tale, a gift or a figure, no meeting. A
// named party is never one (an entity "Коні" is left to its type).
func muteTalk(ents *entity.Result, e vistka.Event) bool {
	if e.Type != "CONSULT" {
		return false
	}
	for _, x := range slices.Concat(e.Actors, e.Recipients) {
		if ents.Name(x) != "" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(x)) {
			if mutes[w] {
				return true
			}
		}
	}
	return false
}

// oneWalkedAway reports whether відійти or відходити at i is done by one
// person with no forces near: a singular verb whose subject is a person
// (a name, a personal pronoun or an animate noun that is no force) or is
// not found ("моя прабаба злягла і відійшла", "він відійшов від вікна"):
// a death or a step aside, no withdrawal. A country or a unit (Росія
// відійшла від Києва, батальйон відійшов) and soldiers keep it.
func (f *finder) oneWalkedAway(i int) bool {
	if !singularVerb(f.toks[i].Tag) || f.forcesNear(i) {
		return false
	}
	e, k := f.subject(i)
	switch {
	case e != "" && f.ents.Type(e) != "":
		return f.ents.Type(e) == "PERS"
	case k >= 0:
		t := &f.toks[k]
		return strings.Contains(t.Tag, "pron:pers") || strings.HasPrefix(t.Tag, "noun:anim")
	}
	return e == ""
}

// innerForces are what one rallies in oneself: мобілізує організм,
// зусилля, увагу.
var innerForces = map[string]bool{"організм": true, "енергія": true, "зусилля": true, "воля": true,
	"увага": true, "імунітет": true, "резерв": true, "ресурс": true}

// selfRallied reports whether мобілізувати at i rallies the body or the
// mind, not people to arms: its object within three words is one of
// innerForces, one person ("Стан голоду мобілізує людину") or forces that
// are vital or inner (the first noun after it, which the tagger may read
// as a nominative) ("мобілізують життєві сили людини").
func (f *finder) selfRallied(i int) bool {
	j := i + 1
	for j < len(f.toks) && j <= i+3 && !isNoun(&f.toks[j]) {
		j++
	}
	if j >= len(f.toks) || j > i+3 {
		return false
	}
	t := &f.toks[j]
	switch l := f.low(j); {
	case innerForces[l]:
		return true
	case l == "людина":
		return strings.Contains(t.Tag, ":s:") || strings.Contains(t.Tag, ":f:")
	case l == "сила" || l == "сили":
		switch f.low(j - 1) {
		case "життєвий", "внутрішній", "духовний", "душевний", "власний", "свій":
			return true
		}
	}
	return false
}

// ailments are what one complains of to a doctor: біль, безсоння.
var ailments = map[string]bool{"біль": true, "болі": true, "самопочуття": true, "нездужання": true,
	"втома": true, "безсоння": true, "кашель": true, "нудота": true, "запаморочення": true, "задишка": true,
	"слабкість": true, "мігрень": true, "печія": true, "температура": true, "недуга": true, "хвороба": true}

// ailmentComplained reports whether скаржитися at i complains of one's
// health, an ailment within five words after it in its sentence
// ("скаржилася на головний біль", "скаржилася на те, що болі відбирають їй
// спроможність думати"): a patient's symptom, no one accused.
func (f *finder) ailmentComplained(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+6; j++ {
		if ailments[f.low(j)] && isNoun(&f.toks[j]) {
			return true
		}
		if endsSentence(&f.toks[j]) {
			return false
		}
	}
	return false
}

// genericPresent reports whether the finite imperfective verb at i, in
// the present, tells what anyone of a kind does: its subject is the
// relative який right after a comma that follows a bare noun of anyone
// in the singular (see anyones), agreeing with it ("Людина, яка надає
// домедичну допомогу, має пам'ятати …", "водій, який відмовляється від
// огляду, …"). A clause that picks out whoever does something defines a
// kind of person, no one's act. The plural tells of a group at hand as
// often ("Акцію організували студенти, які протестують уже восьмий
// місяць"), and a noun marked as particular ("ця людина, яка допомагає
// …"), a named side and the past ("пацієнт, який звернувся до лікаря")
// stay.
func (f *finder) genericPresent(i int) bool {
	t := &f.toks[i]
	if i < 3 || !finiteVerb(t) || !strings.Contains(t.Tag, ":imperf") || !strings.Contains(t.Tag, ":pres") {
		return false
	}
	if f.kindInRelative(i) || f.kindServed(i) {
		return true
	}
	r := &f.toks[i-1]
	if r.Lemma != "який" || !hasCase(r, "v_naz") || f.toks[i-2].Text != "," {
		return false
	}
	j := i - 3
	n := &f.toks[j]
	if !isNoun(n) || !hasCase(n, "v_naz") || !anyones[f.low(j)] || f.entityAt(j) != "" || plural(n) || plural(t) {
		return false
	}
	return j == 0 || !strings.HasPrefix(f.toks[j-1].Tag, "adj") && !strings.HasPrefix(f.toks[j-1].Tag, "numr") ||
		everyWords[f.low(j-1)]
}

// kindInRelative reports whether the subject of the verb at i is a bare
// noun of anyone (see anyones, genericFolk), its genitives aside, that
// stands right after a relative pronoun in another case, a preposition
// maybe before it, opening a clause after a comma ("одне з найчастіших
// питань, з яким громадяни України звертаються до Європейського суду",
// "послуги, за які пацієнти платять"): a clause that tells what people
// of a kind do about a thing, no act of anyone's.
func (f *finder) kindInRelative(i int) bool {
	t := &f.toks[i]
	k := i - 1
	for k > 0 && (isNoun(&f.toks[k]) || strings.HasPrefix(f.toks[k].Tag, "adj")) && hasCase(&f.toks[k], "v_rod") && !hasCase(&f.toks[k], "v_naz") {
		k-- // "громадяни України"
	}
	n := &f.toks[k]
	if k < 2 || !isNoun(n) || !hasCase(n, "v_naz") || f.entityAt(k) != "" || !anyones[f.low(k)] && !genericFolk[f.low(k)] ||
		numberOf(n) != numberOf(t) {
		return false
	}
	r := &f.toks[k-1]
	if r.Lemma != "який" || hasCase(r, "v_naz") {
		return false
	}
	c := k - 2
	if isPrep(&f.toks[c]) {
		c--
	}
	return c >= 0 && f.toks[c].Text == ","
}

// kindServed reports whether the verb at i, a present plural with no
// subject (the indefinite "they"), opens a relative clause on the thing
// given, its relative pronoun in the accusative right after a comma, and
// gives it to people of a kind, a dative of anyones, genericFolk or the
// sick within three words after it ("паліативна допомога, яку надають
// смертельно хворим", "послуги, які надають пацієнтам безоплатно"): a
// service described, no one's act. Help given to people at hand
// ("допомогу, яку надають переселенцям у Львові") and a named giver
// stay.
func (f *finder) kindServed(i int) bool {
	t := &f.toks[i]
	if !plural(t) || !strings.Contains(t.Tag, ":3") || i < 2 {
		return false
	}
	r := &f.toks[i-1]
	if r.Lemma != "який" || !hasCase(r, "v_zna") || f.toks[i-2].Text != "," {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		n := &f.toks[j]
		if isNoun(n) && hasCase(n, "v_dav") {
			l := f.low(j)
			return (anyones[l] || genericFolk[l] || l == "хворий") && f.entityAt(j) == ""
		}
		if n.Kind == vistka.Punct || isVerb(n) {
			return false
		}
	}
	return false
}

// skills are the verbs of learning or knowing how to do a thing oneself:
// вчитися, навчитися, вміти. (Teaching others, "ВООЗ планує навчити
// медиків надавати допомогу", is a training given, which news tells as
// aid.)
var skills = map[string]bool{"вчитися": true, "учитися": true, "навчитися": true, "научитися": true,
	"вміти": true, "уміти": true}

// skillLearnt reports whether the infinitive at i is what someone learns
// or knows how to do: a verb of skills before it in its clause,
// past other infinitives and і, та, й ("астронавти вчаться рухатися та
// взаємодіяти без гравітації", "так і не навчилися домовлятися",
// "вміє домовлятися з партнерами"). A skill or its lack is told, no act
// between parties.
func (f *finder) skillLearnt(i int) bool {
	if !strings.Contains(f.toks[i].Tag, ":inf") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := &f.toks[j]
		if skills[f.low(j)] && strings.HasPrefix(t.Tag, "verb") {
			return true
		}
		switch l := f.low(j); {
		case t.Text == "," && strings.Contains(f.toks[j+1].Tag, ":inf"):
			continue // "вчаться тримати рівновагу, рухатися та взаємодіяти": a list of infinitives
		case t.Kind == vistka.Punct:
			return false
		case strings.Contains(t.Tag, ":inf"), l == "і", l == "та", l == "й":
			continue
		case strings.HasPrefix(t.Tag, "verb"):
			return false
		}
	}
	return false
}

// dutyWords are the words of duty, need and compulsion that, before an
// infinitive, say what is owed, not done: "мусить звільнити", "повинна
// вивести", "слід запровадити", "змушений запровадити".
var dutyWords = map[string]bool{
	"мусити": true, "повинний": true, "повинен": true, "зобов'язаний": true,
	"змушений": true, "слід": true, "треба": true, "потрібно": true,
	"необхідно": true, "варто": true, "належить": true,
}

// kindIf reports whether the finite verb at i, in the present, tells
// what anyone of a kind does in a rule's case: its subject is a bare noun
// of anyone (see anyones, genericFolk) that opens a clause of якщо or
// коли, the particle ж aside ("якщо порушник не заперечує порушення й
// погоджується зі стягненням", "Якщо особа, яка скоїла правопорушення,
// заперечує стягнення"), or that stands after такий, a kind just
// described ("такі особи не погоджуються брати участь в обстеженні"),
// past negation and adverbs before the verb. A law, a manual or a
// textbook states a case of its rule, no act of anyone's. A named side
// ("якщо Росія відмовляється") and the past ("коли власник звернувся
// до поліції") stay.
func (f *finder) kindIf(i int) bool {
	t := &f.toks[i]
	if !finiteVerb(t) || !strings.Contains(t.Tag, ":pres") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-14; j-- {
		n := &f.toks[j]
		if endsSentence(n) || n.Text == ";" || n.Text == ":" {
			return false
		}
		if !isNoun(n) || !hasCase(n, "v_naz") {
			continue
		}
		if numberOf(n) != numberOf(t) && numberOf(t) != 0 {
			continue // a noun that cannot be its subject ("механізми" of a plural)
		}
		l := f.low(j)
		if !anyones[l] && !genericFolk[l] || f.entityAt(j) != "" {
			return false // its own subject ("якщо пацієнт …, керівник бригади передає") is no kind
		}
		k := j - 1
		if k >= 0 && f.low(k) == "ж" {
			k--
		}
		if k < 0 {
			return false
		}
		switch f.low(k) {
		case "якщо", "коли":
			return true
		case "такий":
			// anyones only: "такі люди допомагають" may sum up people
			// just told of
			return anyones[l] && f.noVerbBetween(j, i)
		}
		return false
	}
	return false
}

// noVerbBetween reports whether no verb stands between the words at j and
// i (both left out): the noun at j is the verb's own subject.
func (f *finder) noVerbBetween(j, i int) bool {
	for k := j + 1; k < i; k++ {
		if isVerb(&f.toks[k]) {
			return false
		}
	}
	return true
}

// substances are the chemical elements and stuffs a chemistry text says
// react with one another: з Оксигеном, з натрієм, з водою.
var substances = map[string]bool{"оксиген": true, "гідроген": true, "нітроген": true, "карбон": true,
	"кисень": true, "водень": true, "азот": true, "вуглець": true, "натрій": true, "калій": true,
	"кальцій": true, "хлор": true, "сірка": true, "залізо": true, "вода": true, "кислота": true,
	"луг": true, "метал": true, "речовина": true, "розчин": true, "газ": true, "повітря": true,
	"спирт": true, "етер": true, "сполука": true, "оксид": true, "сіль": true, "молекула": true,
	"атом": true, "іон": true, "реагент": true, "каталізатор": true, "фермент": true, "білок": true,
	"сульфур": true, "фосфор": true, "флуор": true, "бром": true, "йод": true, "силіцій": true,
	"магній": true, "алюміній": true, "літій": true, "цинк": true, "мідь": true, "купрум": true, "ферум": true}

// substanceReacts reports whether взаємодіяти at i has a substance for
// its partner, the noun after з, із or зі within three words after it
// ("графен взаємодіє з Оксигеном", "Етер не взаємодіє з натрієм"): a
// chemical reaction, no cooperation between parties.
func (f *finder) substanceReacts(i int) bool {
	for j := i + 1; j+1 < len(f.toks) && j <= i+3; j++ {
		if l := f.low(j); l != "з" && l != "із" && l != "зі" {
			continue
		}
		k := f.pastAdjs(j + 1)
		return k < len(f.toks) && isNoun(&f.toks[k]) && substances[f.low(k)]
	}
	return false
}
