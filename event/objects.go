package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/date"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// actBefore reports whether the accusative pronoun at i (його, її)
// stands for an act named before it in its sentence: "У компанії назвали
// рішення необґрунтованим і повідомили, що оскаржать його".
func (f *finder) actBefore(i int) bool {
	g := gender(&f.toks[i])
	for j := i - 1; j >= 0; j-- {
		t := &f.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || !actNouns[lower(t)] && lower(t) != "вирок" && lower(t) != "ухвала" {
			continue
		}
		// його is a man's or a thing's (neuter) pronoun, її a woman's
		if ng := gender(t); ng == g || g == 'm' && strings.Contains(t.Tag, ":n:") {
			return true
		}
	}
	return false
}

// appealableBefore reports whether a thing one appeals against, of the
// gender of the pronoun at i, stands before it in its sentence: "заявила,
// що підозра ґрунтується на …, і пообіцяла оскаржити її" appeals the
// suspicion, not a woman or a body named before.
func (f *finder) appealableBefore(i int) bool {
	g := gender(&f.toks[i])
	for j := i - 1; j >= 0; j-- {
		if t := &f.toks[j]; strings.HasPrefix(t.Tag, "noun") && appealables[lower(t)] && gender(t) == g {
			return true
		}
	}
	return false
}

// appealables are what an appeal contests besides the acts of actNouns.
var appealables = map[string]bool{"підозра": true, "обвинувачення": true, "штраф": true, "припис": true, "висновок": true}

// gatheredFor are the gatherings one goes to (на саміт, на засідання).
var gatheredFor = map[string]bool{"саміт": true, "засідання": true, "зустріч": true, "переговори": true, "конференція": true,
	"форум": true, "нарада": true, "сесія": true, "асамблея": true, "консультація": true}

// documentNouns name what is signed.
var documentNouns = map[string]bool{"документ": true, "угода": true, "меморандум": true, "договір": true, "декларація": true, "контракт": true}

// inTitle reports whether the place at i belongs to the title of a
// person named right after it: "голова представництва JICA в Україні
// Кадзухіро Накаї" names no place of the event.
func (f *finder) inTitle(i int) bool { return f.titled(i, false) }

// unchangedName reports whether the name at i is one whose base form is
// its text: a foreign name that does not decline, whatever case the
// tagger read in it (Масаші Накагоме).
func (f *finder) unchangedName(i int) bool {
	sp := f.spanOf(i)
	return sp != nil && sp.Type == "PERS" && sp.Lemma == sp.Text && strings.Contains(sp.Text, " ")
}

// postOfEnvoy reports whether the country e at i, after the title of an
// envoy or an office posted there, is only that post and not where the
// act was: "подякував представництву ПРООН в Україні", "меморандум
// підписали … представник ПРООН в Україні". A town after the title is
// the act's place as well ("викликало посла Китаю в Празі", "зустріч з
// представниками МКЧХ у Женеві"), and so is the country of a meeting
// with the envoy ("зустрілася з послом Японії в Україні" met there,
// which capitalVisited may narrow to the capital).
func (f *finder) postOfEnvoy(i int, e, typ string) bool {
	return typ != "CONSULT" && isCountry(f.ents, e) && f.envoysPost(i)
}

// thanks are the verbs of thanking.
var thanks = map[string]bool{"подякувати": true, "дякувати": true}

// thankedAfter returns the people named in the dative in toks[from:end],
// up to the next verb: after a reason (за сприяння …) they are the ones
// thanked. Only people's names count: a place or a body in the dative
// there may be the one the help went to ("подякував за допомогу
// Україні").
func (f *finder) thankedAfter(from, end int) []string {
	var out []string
	for j := from; j < end; j++ {
		t := &f.toks[j]
		if finiteVerb(t) {
			break
		}
		e := f.entityAt(j)
		if e == "" || f.ents.Type(e) != "PERS" || j > 0 && f.entityAt(j-1) == e || !hasCase(t, "v_dav") || f.governedBy(j) != "" {
			continue
		}
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// personObjectRelative returns the person named right before ", якого" or
// ", яку" (no preposition) when that relative pronoun is the object of the
// verb at at with nothing but adverbs and words of time between: "з
// Олегом Ляшком, якого затримали минулого тижня" — Ляшко was detained,
// and the main clause's subject did not do it.
func (f *finder) personObjectRelative(at int) string {
	k := at - 1
	for k >= 0 && f.toks[k].Kind == vistka.Word && (strings.HasPrefix(f.toks[k].Tag, "adv") || f.spanType(k) == "DATE") && f.low(k) != "який" {
		k--
	}
	// (якого of a man, яких of people, is read as the genitive as often:
	// one form)
	if k < 2 || f.low(k) != "який" || !hasCase(&f.toks[k], "v_zna") && !(hasCase(&f.toks[k], "v_rod") && (strings.Contains(f.toks[k].Tag, ":m:") || plural(&f.toks[k]))) || f.toks[k-1].Text != "," {
		return ""
	}
	if e := f.entityAt(k - 2); e != "" && f.ents.Type(e) == "PERS" {
		return e
	}
	// "затримали директора комунального підприємства «Альфа», якого
	// підозрюють у …": a person named by a role, with the genitive words
	// and a firm's name after it; or by a noun with its adjectives or the
	// word that counts them ("затримали 34-річного мешканця області",
	// "двох громадян Білорусі, яких підозрюють")
	for j := k - 2; j >= 0 && j >= k-9; j-- {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron") && f.entityAt(j) == "" && (hasCase(t, "v_zna") || hasCase(t, "v_rod") && (strings.Contains(t.Tag, ":m:") || plural(t))) {
			lo := f.adjectivesBefore(j)
			if f.countingWord(lo - 1) {
				lo--
			}
			if lo > 0 && isVerb(&f.toks[lo-1]) && plural(t) == plural(&f.toks[k]) {
				return f.objectPhrase(j, trig{noun: -1, k: kind{"ACCUSE", ""}})
			}
		}
		if t.Kind != vistka.QuoteMark && !hasCase(t, "v_rod") && f.entityAt(j) == "" {
			return ""
		}
	}
	return ""
}

// bareLocative reports whether the name at i, read as a locative with no
// preposition, right after a verb, is a dative of the same form:
// "подякував Німеччині", "пообіцяла Молдові".
func (f *finder) bareLocative(i int) bool {
	if !hasCase(&f.toks[i], "v_mis") {
		return false
	}
	k := f.nameStart(i, f.entityAt(i))
	return k > 0 && isVerb(&f.toks[k-1])
}

// listedBefore returns the names of a list before the name at i, which
// is a later member of it: the names of the same kind before it, joined
// by commas, і or та, where a comma comes first ("Польщі, Литві та
// Латвії", "Білорусі, Ірану та КНДР"); else nil.
func (f *finder) listedBefore(i int) []string {
	e := f.entityAt(i)
	if e == "" {
		return nil
	}
	j := f.nameStart(i, e)
	var out []string
	comma := false
	for j >= 2 && (f.toks[j-1].Text == "," || isAnd(&f.toks[j-1])) {
		comma = comma || f.toks[j-1].Text == ","
		o := f.entityAt(j - 2)
		if o == "" || o == e || f.ents.Type(o) != f.ents.Type(e) {
			break
		}
		out = append(out, o)
		j = f.nameStart(j-2, o)
	}
	if !comma {
		return nil
	}
	return out
}

// animateCounts are the number words whose accusative is their genitive,
// as only people's are: двох (not два), трьох, чотирьох, обох.
var animateCounts = map[string]bool{"двох": true, "трьох": true, "чотирьох": true, "обох": true, "обидвох": true}

// objectHead returns the index of the person's noun the noun or the name
// at i hangs on as its genitive (see hangsOnObject), or -1.
func (f *finder) objectHead(i int) int {
	if i > 0 && (f.toks[i].Kind == vistka.QuoteMark || isCloseQuote(f.toks[i].Text)) {
		i-- // "Директора фірми «Альфа»": the name inside
	}
	if i < 0 {
		return -1
	}
	e := f.entityAt(i)
	if e != "" && f.ents.Type(e) == "PERS" || e == "" && strings.Contains(f.toks[i].Tag, ":anim") {
		return -1 // people are subjects: "Двох спільників оперативники затримали"
	}
	j := i
	if e != "" {
		j = f.nameStart(j, e)
	}
	for j > 0 && (f.toks[j-1].Kind == vistka.QuoteMark || isOpenQuote(f.toks[j-1].Text) || legalForms[f.low(j-1)]) {
		j--
	}
	if j == 0 || j == i && e == "" && !isNoun(&f.toks[i]) {
		return -1
	}
	h := &f.toks[j-1]
	if strings.HasPrefix(h.Tag, "noun:anim") && !strings.Contains(h.Tag, "pron") && !strings.Contains(h.Tag, ":prop") && !hasCase(h, "v_naz") &&
		(hasCase(h, "v_zna") || hasCase(h, "v_rod")) && f.entityAt(j-1) == "" && f.governedBy(j-1) == "" &&
		f.clauseOpens(f.allBefore(f.modifiersBefore(j-1))) {
		// (the person opens the clause: not "Такі дії місцевих депутатів
		// Відділення АМКУ визнало", the genitive of another object)
		return j - 1
	}
	return -1
}

// struckSite reports whether the common noun at i names a site or a
// vehicle the strike tr hits: under по ("завдали удару по нафтобазі",
// "удар по багатоповерхівці"), or under на after an attack ("атака на
// склад", "скинули вибухівку на автомобіль"). The direct object of a
// strike verb ("атакували тролейбус") takes the accusative path.
func (f *finder) struckSite(i int, tr trig) bool {
	t := &f.toks[i]
	if tr.k.typ != "ASSAULT" || !isNoun(t) || strings.Contains(t.Tag, "pron") || !struckSites[lower(t)] || f.entityAt(i) != "" || f.siteOfNamed(i) {
		return false
	}
	switch f.governedBy(i) {
	case "по":
		return hasCase(t, "v_dav") || hasCase(t, "v_mis")
	case "на":
		return hasCase(t, "v_zna") && !hasCase(t, "v_mis")
	}
	return false
}

// siteStruckBefore reports whether the name at i, in the genitive, ends
// the phrase of a site struck under по or на before it ("по нафтобазі
// Бердянська", "на енергетичні об'єкти Київщини").
func (f *finder) siteStruckBefore(i int) bool {
	if !hasCase(&f.toks[i], "v_rod") {
		return false
	}
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		t := &f.toks[k]
		if t.Kind == vistka.QuoteMark {
			continue // "по газовидобувних об'єктах «Нафтогазу»"
		}
		if isNoun(t) && struckSites[lower(t)] && f.entityAt(k) == "" {
			p := f.governedBy(k)
			return p == "по" || p == "на" && hasCase(t, "v_zna") && !hasCase(t, "v_mis")
		}
		if !hasCase(t, "v_rod") || !isNoun(t) && !isAdj(t) {
			return false
		}
	}
	return false
}

// institutionOf reads a subject that is a body of a named place or
// organisation: "Рада Європейського Союзу", "уряд Німеччини", "парламент
// Польщі" act for the name in the genitive after them.
func (f *finder) institutionOf(i int) string {
	if !institutions[f.low(i)] || i+1 >= len(f.toks) {
		return ""
	}
	e := f.entityAt(i + 1)
	if e == "" || !hasCase(&f.toks[i+1], "v_rod") && !strings.Contains(f.toks[i+1].Tag, ":nv") {
		return ""
	}
	if t := f.ents.Type(e); t != "LOC" && t != "ORG" && !(t == "PERS" && armies[f.low(i)]) {
		return ""
	}
	return e
}

// armies act for the person who leads them: військо Хмельницького.
var armies = map[string]bool{"військо": true, "війська": true, "армія": true, "загін": true}

// objects reads recipients, a destination (до X) and a place (в/у/на X in
// the locative) from toks[start:end].
func (f *finder) objects(start, end int, actors []string, tr trig) (rec []string, dest, place string) {
	coercive := coerced[tr.k.typ] // (asked about many of the words below)
	appeal := tr.k.typ == "ACCUSE" && tr.verb && appeals[f.verb(tr.at)]
	saved := tr.k.typ == "AID" && f.rescued(tr.at, f.verb(tr.at)) // (people saved: see below)
	seen := map[string]bool{}
	for _, a := range actors {
		seen[a] = true
	}
	var genitives []string
	partnered := false // a partner with з read: "з X і Y"
	topic := false     // past щодо, про: what is talked about, no place
	for i := start; i < end; i++ {
		if i == tr.noun && tr.k.typ == "ASSAULT" {
			continue // "скинули КАБи на Херсон": the weapon is no target
		}
		if tr.kept && i < tr.at+6 {
			continue // "за те, щоб залишити": the one kept follows
		}
		if len(rec) == 0 && (tr.k.typ == "REJECT" || tr.k.typ == "SUPPORT" && tr.noun >= 0 && claims[f.low(tr.noun)] || appeal) {
			if p := f.possessiveOwner(i, tr, actors); p != "" && !seen[p] {
				// "відхилив її скаргу", "задовольнив його позов",
				// "оскаржила її рішення": the one whose claim or
				// decision it is
				rec = append(rec, p)
				seen[p] = true
				continue
			}
		}
		if f.glossAbbrev(i) {
			continue // "об'єднань співвласників багатоквартирних будинків (ОСББ)": the words before, shortened
		}
		if e := f.entityAt(i); e != "" && i >= 2 && f.toks[i-1].Text == "(" && f.entityAt(i-2) == e {
			// "затримали детективи Національного антикорупційного бюро
			// (НАБУ)": the name before, shortened, whose part was read
			// there (here the doers')
			continue
		}
		if e := f.entityAt(i); e != "" && i > start && f.toks[i-1].Text == "," && f.opensClause(i) {
			break // "атакує Польщу, НАТО відповість": the next clause's subject
		}
		ct := f.caseIndex(i)
		t, lt := &f.toks[ct], f.low(ct)
		if stopWord(lt) {
			break // через її агресію проти України: a cause, not a recipient
		}
		if appeal && f.appealForum(i) {
			// "оскаржило рішення замовника до Антимонопольного комітету",
			// "оскаржить вирок в апеляційному суді": where the appeal goes,
			// not whose decision it is
			seen[f.entityAt(i)] = true
			continue
		}
		if tr.k.typ == "REQUEST" && tr.verb && strings.Contains(t.Tag, ":inf") && (i > start || i > tr.at) {
			// "закликали світ визнати Голодомор": what is asked begins; an
			// infinitive right after the verb ("просила передавати
			// вітання Петрові") leaves the one asked unnamed
			break
		}
		if f.nextInfinitive(tr, i) {
			break // "конфіскувати активи і передати їх Україні": the next verb's
		}
		if k := f.traineesAt(tr, i); k >= 0 && len(rec) == 0 {
			// "навчати українських військових", "навчання українських
			// пілотів": those trained, with the state's adjective
			if p := f.text(i, k+1); !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			i = k
			continue
		}
		if lt == "за" && isPrep(t) && i+1 < end && hasCase(&f.toks[i+1], "v_zna") && !f.timeSpan(i+1) {
			if len(rec) == 0 && tr.verb && thanks[f.verb(tr.at)] {
				// "подякувала за сприяння директору музею Ользі
				// Курчаковій": the people thanked after the reason
				for _, p := range f.thankedAfter(i+1, end) {
					if !seen[p] {
						rec = append(rec, p)
						seen[p] = true
					}
				}
			}
			if k := f.blamedPast(tr, i, end); k > 0 {
				i = k - 1 // "поклав відповідальність за відключення на «Укренерго»": the one blamed follows the reason
				continue
			}
			break // подякував Макрону за рішення передати Україні: a reason
		}
		if lt == "адреса" && i > start && f.low(i-1) == "на" {
			// звинувачення на адресу Києва: toward whom
			for j := i + 1; j < end && j <= i+4; j++ {
				if e := f.entityAt(j); e != "" && hasCase(&f.toks[j], "v_rod") && !seen[e] {
					rec = append(rec, e)
					seen[e] = true
					break
				}
			}
			if e := f.inPersonOf(i+1, end); e != "" && !seen[e] {
				rec = append(rec, e) // "на адресу керівництва району в особі голови Віктора Партака"
				seen[e] = true
			}
			continue
		}
		if strings.HasPrefix(t.Tag, "adj") && against[tr.k.typ] && f.entityAt(i) == "" && f.againstPhrase(i) && !f.nameAhead(i) {
			// "санкції проти 50 російських компаній": against Росія
			if c := f.ents.CountryOf(lt); c != "" && !seen[c] {
				rec = append(rec, c)
				seen[c] = true
			}
			continue
		}
		if (tr.k.typ == "SUPPORT" || tr.k.typ == "REJECT" || tr.k.typ == "ACCUSE") && strings.HasPrefix(t.Tag, "adj") && f.entityAt(i) == "" &&
			i+1 < end && decisionNouns[f.low(i+1)] {
			// "висловили підтримку українській позиції": Україна's
			if c := f.ents.CountryOf(lt); c != "" && !seen[c] {
				rec = append(rec, c)
				seen[c] = true
			}
			continue
		}
		counted := i > 0 && f.toks[i-1].Kind == vistka.Number && strings.Contains(t.Tag, ":anim") && coercive && tr.verb && tr.noun < 0
		if k := f.countedPeople(i, tr); k >= 0 && len(rec) == 0 && f.entityAt(i) == "" && !f.inQuotedText(i) &&
			(f.toks[k].Kind == vistka.Number || i+1 >= len(f.toks) || f.entityAt(i+1) == "" || !hasCase(&f.toks[i+1], "v_rod")) {
			// (a number word before people of a named place or body,
			// "звільнила двох громадян Литви", leaves them to that name)
			// "звільнила 12 полонених", "затримання 43 осіб": the people
			// counted, as the text says
			if p := f.thousandsText(k, i); !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if f.inQuotedText(i) || i > 0 && (f.toks[i-1].Text == "%" || f.toks[i-1].Kind == vistka.Number && !isAdj(&f.toks[i-1])) && !counted && !withPrep(f.countedUnder(i)) {
			// (a number's adjective is no quantity: "визнав винним
			// 43-річного водія")
			continue // "0,3% ВВП": what a quantity is of ("затримали 46 людей" is whom)
		}
		if c := cmp.Or(f.capital(i), f.regionalCentre(i)); c != "" && place == "" && !seen[c] && !topic {
			place = c // "зустріч у казахстанській столиці"
			continue
		}
		if c := f.capitalTo(i); c != "" && dest == "" && !seen[c] {
			dest = c // "прибув до української столиці"
			continue
		}
		if isPrep(t) && topicWords[lt] {
			topic = true // "переговори щодо судноплавства в Чорному морі"
		}
		if topic && f.dayOpens(i) {
			// "підписали угоду про партнерство 16 січня в Києві", "… у
			// вівторок у Києві": the day of the act closes the phrase of
			// what it is about; a place after it is the act's
			topic = false
		}
		if i > start && strings.Contains(t.Tag, ":inf") && strings.HasPrefix(t.Tag, "verb") {
			topic = true // "підтримав ідею створити в Констанці центр": the idea's place
		}
		if i > tr.at && tr.verb && discussVerbs[f.verb(tr.at)] && strings.HasPrefix(t.Tag, "noun:inanim") && hasCase(t, "v_zna") &&
			f.entityAt(i) == "" && f.spanType(i) == "" && !timeNouns[lt] && !date.IsWeekday(lt) && f.governedBy(i) == "" {
			// "обговорили співпрацю в енергетиці … та працевлаштування
			// фахівців у Катарі", "обговорили ситуацію в Сирії": what
			// was discussed begins, and a place in it is the topic's
			topic = true
		}
		if f.entityAt(i) == "" && len(rec) == 0 && tr.k.typ == "CONSULT" && tr.k.mode != "visit" && offices[lt] && hasCase(t, "v_oru") && withPrep(f.governedBy(ct)) && ct-tr.at <= 4 {
			// "зустрівся з послом Німеччини в Україні Гайко Томсом", "з
			// міністром оборони Литви Довіле Шакалєне": the person the
			// title names (past the place of the post, and in any case
			// the tagger reads a foreign name in), not the country
			if p := f.titledName(ct); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
				partnered = true
				continue
			}
		}
		if e := f.delegationOf(i); e != "" && !seen[e] {
			rec = append(rec, e) // "зустрівся з делегацією Конгресу США"
			seen[e] = true
			continue
		}
		if e := f.institutionOf(i); e != "" && !seen[e] && tr.k.typ == "CONSULT" && f.entityAt(i) == "" && hasCase(t, "v_oru") && withPrep(f.governedBy(i)) {
			// "провів переговори з урядом Польщі": the state or the body
			// whose institution it is
			rec = append(rec, e)
			seen[e] = true
			continue
		}
		if c := f.area(i); c != "" && place == "" && !topic {
			place = c // "в районі Покровська"
			seen[c] = true
			continue
		}
		var e string
		group := groups[lt] // (asked by two cases)
		switch {
		case strings.Contains(t.Tag, "pron:pers:3") && (hasCase(t, "v_dav") || hasCase(t, "v_zna") && f.governedBy(i) == "" && coercive && tr.verb && f.inObject(tr, i) && i-tr.at <= 2 ||
			tr.kept && i == tr.at+6):
			if hasCase(t, "v_zna") && (f.actBefore(i) || appeal && f.appealableBefore(i)) {
				continue // "назвали рішення необґрунтованим і оскаржать його": the act, not a person
			}
			if hasCase(t, "v_zna") && f.possessiveBeforeNoun(i, end) {
				continue // "звільнила його заступника": whose deputy; the deputy is the one
			}
			if strings.Contains(t.Tag, ":p:") && hasCase(t, "v_dav") {
				// "Прокуратура висунула їм обвинувачення": many, not the
				// one person named last (an accusative їх may stand for a
				// family named in the plural: Онули … вигнали їх)
				e = f.lastDoneTo()
				break
			}
			if e = f.coordObject(tr, ct); e != "" {
				break // "викликало посла Угорщини і вручило йому ноту": the one summoned
			}
			if hasCase(t, "v_dav") && !strings.Contains(t.Tag, ":p:") && f.officeObjectBefore(i, gender(t)) {
				continue // "Керівника підприємства притягнуто до відповідальності, йому видано припис": the one named by his office
			}
			e = f.ents.RecentPerson(t.RStart, f.s, gender(t), actors)
			if e != "" && !f.mentionedBefore(e, i) && hasCase(t, "v_zna") && coercive && !strings.Contains(t.Tag, ":p:") {
				// "вирішили, що фірма порушила закон, та оштрафували її":
				// a firm of the pronoun's gender in the sentence comes
				// before a person of an earlier one
				if b := f.pronounBody(i, gender(t), actors); b != "" {
					e = b
				}
			}
			if e == "" && hasCase(t, "v_zna") && coercive && !strings.Contains(t.Tag, ":p:") {
				e = f.pronounBody(i, gender(t), actors) // "АМКУ спіймав її на змові": the firm
			}
			if e == "" && hasCase(t, "v_dav") && coercive && i > tr.at && i-tr.at <= 2 {
				// "Йому повідомили про підозру. Суд обрав йому запобіжний
				// захід": no person named, the one named by a common noun
				// the sentence before's charge or detention was done to
				// (right after the verb: "йому загрожує" further on is
				// another clause's)
				e = f.lastDoneTo()
			}
		case strings.Contains(t.Tag, "pron:pers:3") && hasCase(t, "v_zna") && f.governedBy(i) == "" && tr.verb && f.inObject(tr, i) && i-tr.at <= 2,
			strings.Contains(t.Tag, "pron:pers:3") && hasCase(t, "v_oru") && withPrep(f.governedBy(i)) && (tr.k.typ == "CONSULT" || tr.k.typ == "COOPERATE") && i-tr.at <= 3:
			// "Він привітав його з перемогою", "зустрілася з ним": the
			// one other person of the pronoun's gender
			e = f.otherPerson(i, actors)
		case group && (hasCase(t, "v_dav") || hasCase(t, "v_zna")) && f.governedBy(i) == "":
			e = f.groupOf(i) // подякував японській стороні
		case group && hasCase(t, "v_oru") && (tr.k.typ == "CONSULT" || tr.k.typ == "COOPERATE") && withPrep(f.governedBy(i)):
			// "зустрічі з українською та російською делегаціями": each
			// side the adjectives name
			for _, c := range f.sidesByAdjective(i) {
				if !seen[c] {
					rec = append(rec, c)
					seen[c] = true
				}
			}
			continue
		default:
			e = f.entityAt(i)
		}
		if w := f.adjectivesBefore(i); tr.k.typ == "ACCUSE" && tr.noun >= 0 && proceedings[f.low(tr.noun)] && w > 0 && (sanctionTopics[f.low(w-1)] || f.low(w-1) == "проти") &&
			(hasCase(t, "v_rod") || hasCase(t, "v_zna")) && w-1 > tr.noun && w-1-tr.noun <= 3 && len(rec) == 0 {
			// "відкрила провадження щодо директора компанії": against whom
			rec = f.addObject(rec, seen, e, i, tr)
			continue
		}
		if e == "" && len(rec) == 0 && tr.verb && (coercive || tr.k.typ == "RETREAT") && f.standingPerson(i) && f.governedBy(i) == "" && f.inObject(tr, i) {
			p := f.personForm(ct) // "обрав підозрюваному запобіжний захід": the suspect
			rec = append(rec, p)
			seen[p] = true
			continue
		}
		if len(rec) == 0 && f.ownerSeized(i, tr) {
			// "наклав арешт на майно підозрюваного", "обшуки у
			// посадовців митниці": the owner
			rec = f.addObject(rec, seen, e, i, tr)
			continue
		}
		if e == "" && len(rec) == 0 && f.governedBy(i) == "" && hasCase(t, "v_dav") && tr.noun >= 0 && i == f.pastAdjs(tr.noun+1) &&
			f.low(tr.noun) == "підозра" {
			// "повідомила про підозру колишньому депутату": the suspect,
			// and a second one joined by і or та ("начальникові відділу
			// і першому заступникові директора УЦОЯО")
			for k := i; k >= 0; k = f.joinedDative(k, end) {
				if p := f.titledName(k); p != "" {
					// "ексзаступнику директора ДП «Енергоатом» Олександру
					// Гордієнку": the person the title names
					if !seen[p] {
						rec = append(rec, p)
						seen[p] = true
					}
					continue
				}
				if p := f.objectPhrase(k, tr); p != "" && !seen[p] {
					rec = append(rec, p)
					seen[p] = true
				}
			}
			continue
		}
		// An animate accusative has the genitive's form, and the tagger
		// may read it so: "узяв під варту начальника поста".
		animAcc := hasCase(t, "v_rod") && strings.Contains(t.Tag, ":anim") && (tr.k.typ == "COERCE" || tr.k.typ == "ACCUSE" || tr.k.typ == "REJECT" && acquits[f.verb(tr.at)] || tr.k.typ == "SANCTION" && !f.namedTail(i) || tr.k.typ == "ASSAULT" && harms[f.verb(tr.at)] && (i+1 >= len(f.toks) || f.entityAt(i+1) == ""))
		// A counted object stands in the genitive after its number word:
		// "зобов'язав сім фірм повернути".
		animAcc = animAcc || tr.k.typ == "COERCE" && f.countedObject(i)
		// People saved are too: "врятували 11 мешканців", "дістали з-під
		// завалів трьох людей".
		animAcc = animAcc || saved && (hasCase(t, "v_rod") && strings.Contains(t.Tag, ":anim") || f.countedObject(i))
		// An inanimate accusative has the nominative's form too:
		// "Прокурор просив суд взяти …" (the tagger reads суд as the
		// nominative).
		animAcc = animAcc || f.askedBody(tr, i)
		if e == "" && len(rec) == 0 && (hasCase(t, "v_dav") || f.thankedGenitive(i, tr) || tr.verb && f.verb(tr.at) == "закидати" && f.datForGen(i) || (hasCase(t, "v_zna") || animAcc) && tr.k.typ != "CONSULT" || tr.k.typ == "AID" && (i == tr.at+1 && (f.dativeOfTwo(i) || f.helpedMisread(i, tr)) || f.genitiveRecipient(i))) &&
			tr.verb && (f.governedBy(i) == "" && f.inObject(tr, i) || f.afterTerm(tr, i)) && !topicVerbs[f.verb(tr.at)] {
			// A body or a group as the object: "відмовив прокуратурі",
			// "розбили поляків"; a role that names someone: "подякував
			// фінській колезі".
			if r := f.ents.RoleAt(f.a, f.s, i); r != "" && !seen[r] {
				rec = append(rec, r)
				seen[r] = true
				continue
			}
			if tr.k.typ == "RETREAT" && tr.k.mode == "" && !hasCase(t, "v_dav") {
				continue // "вивела війська": the troops moved are no party ("повернули власнику": the owner is)
			}
			if p := f.titledName(i); p != "" && !f.countryInTitle(i, p) {
				// "визнав колишнього голову РДА Михайла Григорчука",
				// "подякував прем'єр-міністерці Японії Санае Такаїчі": the
				// person the title names
				if !seen[p] {
					rec = append(rec, p)
					seen[p] = true
				}
				continue
			}
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if v := f.verb(tr.at); e == "" && len(rec) == 0 && len(actors) > 0 && tr.k.typ == "COOPERATE" && tr.verb && i-tr.at <= 3 && workedWith[v] && withPrep(f.governedBy(i)) && strings.HasPrefix(t.Tag, "noun") &&
			hasCase(t, "v_oru") && !strings.Contains(t.Tag, "pron") && (actorNoun(lt) || strings.Contains(t.Tag, ":anim")) {
			// "співпрацює зі слідством", "взаємодіє з поліцією": the body
			// or the people worked with, named by a common noun (beside a
			// doer named: "депутатам, які співпрацюють з окупантами" tells
			// no one's act here)
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && f.suedBody(tr, i) {
			// "подали позов проти підприємства", "позов проти міської
			// ради": the body or the people sued, named by a common noun
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && tr.k.typ == "REQUEST" && f.governedBy(i) == "до" && strings.HasPrefix(t.Tag, "noun") && (strings.Contains(t.Tag, ":anim") || groups[lt] || actorNoun(lt) && addresses[f.verb(tr.at)]) &&
			hasCase(t, "v_rod") && !strings.Contains(t.Tag, "pron") {
			// "звернувся з листом до президента", "до майстрів": whom the
			// request is put to, a role that names someone or the phrase
			// (a title before the name, до президентки МОК Ганни
			// Ковентрі, leaves the names to follow in their order)
			if f.titledName(i) != "" || i+1 < end && f.toks[i+1].Kind == vistka.QuoteMark {
				continue // (до компанії «Альфа»: the name in quotation marks follows)
			}
			if r := f.ents.RoleAt(f.a, f.s, i); r != "" {
				rec = append(rec, r)
				seen[r] = true
			} else if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && (f.governedBy(i) == "в" || f.governedBy(i) == "у") && f.askedOf(tr) && f.askedThing(tr, i) >= 0 &&
			strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron") {
			// "попросив у партнерів допомоги", "просить у союзників
			// зброї": the people asked, named by a common noun (the
			// phrase ends before what is asked for: "у волонтерів
			// теплого одягу")
			asked := tr
			asked.noun = f.askedThing(tr, i)
			if p := f.objectPhrase(i, asked); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && tr.k.typ == "CONCEDE" && hasCase(t, "v_rod") && strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron") && f.yieldedTo(i) {
			// "погодився врахувати більшість вимог аграріїв": those whose
			// demands are met
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && f.recoveredFrom(tr, i, end) {
			// "стягнув з фірми 751 тис. грн", "відмовилися стягувати
			// санкції з фірми": the firm the sum is (or is not) taken from
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && (f.coercedOn(tr, i) || f.finedFor(tr, i) && isNoun(t)) {
			// "наклав штраф на директора підприємства", "наклав арешт на
			// майно підозрюваного": who is fined, whose property is held
			k := i
			if assets[f.low(i)] && i+1 < end && hasCase(&f.toks[i+1], "v_rod") {
				k = f.pastAdjs(i + 1)
			}
			if k < end {
				if p := f.objectAt(k, tr); p != "" && !seen[p] {
					rec = append(rec, p)
					seen[p] = true
				}
			}
			continue
		}
		if len(rec) == 0 && f.seizedFrom(tr, i) {
			// "вилучили у чоловіка пістолет": whom the things are taken
			// from
			e = cmp.Or(e, f.objectPhrase(i, tr))
			if e != "" && !seen[e] {
				rec = append(rec, e)
				seen[e] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && len(actors) > 0 && len(genitives) == 0 &&
			(tr.k.typ == "REJECT" || tr.k.typ == "SUPPORT" && tr.noun >= 0 && claims[f.low(tr.noun)] || tr.k.typ == "ACCUSE" && tr.verb && appeals[f.verb(tr.at)]) &&
			f.claimOwner(i, tr) {
			// "скасував постанову апеляційного суду", "відхилив касацію
			// військової прокуратури": the body whose decision or claim
			// is turned down; "задовольнив позов прокуратури": whose
			// claim is granted; "оскаржила рішення міськради": whose
			// decision is appealed
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && f.struckSite(i, tr) && (len(actors) > 0 || tr.verb || !plural(&f.toks[tr.noun])) {
			// "завдали удару по нафтобазі", "атака на склад": the site or
			// the vehicle a strike hits, named by a common noun (strikes
			// in the plural by no one named, "удари по військових
			// об'єктах", are talk of strikes in general)
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && (len(actors) > 0 || tr.k.typ == "ASSAULT") && f.commonPartner(i, tr) {
			// "зустрівся з підприємцями", "вибачився перед ветеранами",
			// "напали на прикордонників": a partner, a party apologised
			// to or a target named by a common noun (the target of
			// attackers left unnamed too: "невідомі напали на журналіста")
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" && len(rec) == 0 && tr.k.typ == "CONSULT" && officials[lt] && hasCase(t, "v_oru") && withPrep(f.governedBy(ct)) && ct+1 < end && hasCase(&f.toks[ct+1], "v_rod") {
			// "зустрічі з високими посадовцями НАТО": the body the
			// officials met serve
			if o := f.entityAt(ct + 1); o != "" && (f.ents.Type(o) == "ORG" || f.ents.Type(o) == "LOC") && !seen[o] {
				rec = append(rec, o)
				seen[o] = true
				partnered = true
				continue
			}
		}
		if e == "" && len(rec) == 0 && f.dismissedTitle(tr, i, end) {
			// "звільнила з посади його заступника": the one dismissed,
			// named by the post's title alone
			if p := f.objectPhrase(i, tr); p != "" && !seen[p] {
				rec = append(rec, p)
				seen[p] = true
			}
			continue
		}
		if e == "" || seen[e] {
			continue
		}
		if len(rec) == 0 && f.dismissedAfterPost(tr, i, e) {
			// "звільнила з посади міністра аграрної політики та
			// продовольства Романа Мельничука": the one dismissed, in
			// the accusative past the post and its title (which the
			// genitives' chain would leave under з)
			rec = append(rec, e)
			seen[e] = true
			continue
		}
		if tr.k.typ == "REJECT" && len(rec) == 0 && f.refusedClaimOf(i, e) {
			rec = append(rec, e) // "відмовив у задоволенні позову ТОВ «Гамма»": whose claim
			seen[e] = true
			continue
		}
		prep := f.governedBy(i)
		if t != &f.toks[i] {
			prep = f.governedBy(i - 1) // у місті Бровари
		}
		if prep == "" && (strings.Contains(t.Tag, ":nv") || f.unchangedName(i)) && f.ents.Type(e) == "PERS" {
			// "з держсекретарем США Марко Рубіо": an indeclinable name,
			// tagged in any case, after a title stands in the title's
			// case, under its preposition
			if k := f.titleBefore(i, e); k >= 0 {
				if p := f.governedBy(k); p != "" {
					prep, t = p, &f.toks[k]
				}
			}
		}
		if k := f.kindBefore(i); prep == "" && k >= 0 && f.ents.Type(e) == "ORG" {
			// "з фірмою «Профіт»", "з підприємством об'єднання громадян
			// «Світанок»", "оштрафували фірму «Альфа»": a name in
			// quotation marks after its kind stands in the kind's case,
			// under its preposition
			if p := f.governedBy(k); p != "" {
				prep, t = p, &f.toks[k]
			} else if !hasCase(&f.toks[k], "v_naz") {
				t = &f.toks[k]
			}
			if n := len(rec) - 1; n >= 0 && (strings.HasPrefix(rec[n], f.low(k)) || strings.Contains(rec[n], " "+f.low(k))) && f.ents.Type(rec[n]) == "" {
				// "позбавив ліцензії банк «Альфа»", "відмовила приватній
				// фірмі «Альфа»": the name, not its kind
				delete(seen, rec[n])
				rec = rec[:n]
			}
		}
		typ := f.ents.Type(e)
		if prep == "" && !hasCase(t, "v_naz") {
			// "надала допомогу Польщі, Литві та Латвії", "санкції проти
			// Білорусі, Ірану та КНДР": a later name of a list goes
			// where the names before it went, whatever case the tagger
			// read in it
			hs := f.listedBefore(i)
			if shareAny(hs, rec) {
				rec = append(rec, e)
				seen[e] = true
				continue
			}
			if shareAny(hs, genitives) {
				genitives = append(genitives, e)
				continue
			}
		}
		switch {
		case prep == "" && tr.k.typ == "ACCUSE" && hasCase(t, "v_rod") && i >= 2 && decisions[f.low(i-1)] && f.low(i-2) == "на":
			rec = append(rec, e) // "апеляцію на рішення госпсуду": whose decision
		case prep == "" && tr.k.typ == "REJECT" && hasCase(t, "v_rod") && i >= 2 && passedActs[f.low(i-1)] && f.low(i-2) == "на" && tr.noun >= 0 && f.low(tr.noun) == "вето":
			rec = append(rec, e) // "наклав вето на закон Сейму": whose act is vetoed
		case (prep == "з" || prep == "із") && hasCase(t, "v_rod") && tr.k.typ == "COERCE" && tr.noun >= 0 && (f.low(tr.noun) == "з" || f.low(tr.noun) == "із"):
			rec = append(rec, e) // "суд стягнув з ТОВ «Київ» 6 млн грн": from whom
		case (prep == "для" || prep == "до" && hasCase(t, "v_rod") || withPrep(prep) && hasCase(t, "v_rod") && f.liftedFrom(tr)) && f.easedFor(tr, i):
			rec = append(rec, e) // "послабила обмеження для Молдови": whom the restrictions are eased for
		case prep == "для" && (tr.k.typ == "AID" || tr.k.typ == "REJECT") && (typ == "ORG" || typ == "LOC") && !f.worksPurpose(i):
			rec = append(rec, e) // "профінансує закупівлю дронів для ЗСУ", "заблокував виділення коштів для України"
		case prep == "" && hasCase(t, "v_rod") && i >= 2 && (tr.k.typ == "AGREE" || tr.k.typ == "SUPPORT" || tr.k.typ == "REJECT") &&
			isNoun(&f.toks[i-1]) && hasCase(&f.toks[i-1], "v_oru") && (f.low(i-2) == "з" || f.low(i-2) == "із") && i-2 == tr.at+1:
			rec = append(rec, e) // "погодився з пропозицією Трампа": whose proposal
		case prep == "на" && hasCase(t, "v_zna") && tr.k.typ == "ACCUSE" && tr.noun >= 0 && tr.noun < i && scan.ToLower(f.toks[tr.noun].Lemma) == "суд":
			rec = append(rec, e) // "подали в суд на АМКУ": whom they sued
		case prep == "на" && hasCase(t, "v_zna") && !hasCase(t, "v_mis") && tr.k.typ == "ACCUSE" && tr.noun >= 0 && tr.noun < i && (f.low(tr.noun) == "відповідальність" || f.low(tr.noun) == "провина"):
			rec = append(rec, e) // "відповідальність поклали на Росію": who is blamed
		case prep == "" && hasCase(t, "v_rod") && tr.k.typ == "ACCUSE" && tr.noun >= 0 && tr.noun < i && f.low(tr.noun) == "ордер" && f.arrestOf(i) && (f.low(i-1) == "арешт" || typ == "PERS"):
			rec = append(rec, e) // "видав ордер на арешт Володимира Путіна", "на арешт бізнесмена Олега Савченка": whom the warrant names
		case prep == "від" && tr.k.typ == "REQUEST":
			rec = append(rec, e) // "вимагає від Росії гарантій"
		case prep == "" && hasCase(t, "v_rod") && tr.k.typ == "CONCEDE" && f.yieldedTo(i):
			// "зняла вето на вступ Швеції", "виконав вимоги Москви": whose
			// entry was blocked, whose demands are met
			rec = append(rec, e)
		case (prep == "в" || prep == "у") && f.askedOf(tr) && f.askedThing(tr, i) >= 0:
			// "попросила в Румунії допомоги", "просить у США систем ППО":
			// the one asked (a place's locative has the form, but a place
			// stands apart from the thing asked for)
			rec = append(rec, e)
		case prep == "з-під" && tr.k.typ == "CONCEDE" && tr.noun >= 0 && i > tr.noun+1 && (typ == "PERS" || typ == "ORG"):
			// "вивів з-під санкцій бізнесмена Петра Авена": the one the
			// sanctions are lifted from, an accusative read as the
			// genitive under з-під
			rec = append(rec, e)
		case prep == "від" || prep == "при":
			continue // "ще при директорі Мусєєву": a time, not a party
		case (prep == "по" || prep == "на" && hasCase(t, "v_zna") && !hasCase(t, "v_mis")) && tr.k.typ == "ASSAULT" && (typ == "LOC" || typ == "ORG"):
			rec = append(rec, e) // удар по Дніпру, напала на Україну: the target
		case prep == "" && tr.k.typ == "ASSAULT" && (typ == "LOC" || typ == "ORG") && f.siteStruckBefore(i):
			rec = append(rec, e) // "вдарили по нафтобазі Бердянська": the town or the body whose site it is
		case tr.k.typ == "ASSAULT" && typ == "PERS" && f.attackOn(tr) && f.attackedPerson(i, prep):
			rec = append(rec, e) // "напали на журналіста Івана Петренка", "напад на активіста Петренка": whom
		case (prep == "в" || prep == "у") && hasCase(t, "v_zna") && !hasCase(t, "v_mis") && tr.k.typ == "ASSAULT" && (tr.verb && invades[f.verb(tr.at)] || tr.noun >= 0 && tr.noun < i && f.low(tr.noun) == "вторгнення") && (typ == "LOC" || typ == "ORG"):
			rec = append(rec, e) // "вторглася в Україну", "розпочала вторгнення в Україну": the country invaded
		case prep == "перед" && hasCase(t, "v_oru") && tr.k.typ == "CONCEDE" && tr.verb && apologies[f.verb(tr.at)]:
			rec = append(rec, e) // "вибачився перед Польщею": whom the apology is to
		case sanctionTopics[prep] && tr.k.typ == "SANCTION" && tr.noun >= 0 && tr.noun < i && i-tr.noun <= 5:
			rec = append(rec, e) // "запровадив обмеження щодо Білорусі": whom they hit
		case prep == "між" && tr.k.mode == "third-party":
			rec = append(rec, e) // посередником у переговорах між Україною та Росією
		case prep == "на" && hasCase(t, "v_zna") && !hasCase(t, "v_mis") && tr.k.typ == "SANCTION" && tr.noun >= 0 && tr.noun < i && (typ == "LOC" || typ == "ORG"):
			rec = append(rec, e) // наклали санкції на Іран
		case prep == "на" && (hasCase(t, "v_zna") || typ == "ORG" && !strings.Contains(t.Tag, "v_")) && !hasCase(t, "v_mis") && tr.k.typ == "COERCE" && tr.noun >= 0 && (tr.noun < i || tr.at < i && (f.verb(tr.at) == "накласти" || f.verb(tr.at) == "накладати")) && (f.low(tr.noun) == "штраф" || f.low(tr.noun) == "стягнення") && (typ == "ORG" || typ == "PERS"):
			// наклало 20 тис. грн штрафу на ТОВ «Дельта», наклало на
			// КП «Водоканал» штраф: who is fined
			rec = append(rec, e)
		case prep == "для" && (typ == "ORG" || typ == "PERS") && f.finedFor(tr, i):
			rec = append(rec, e) // "штраф АМКУ для «Львівгазу»", "призначив штраф для ТОВ «Альфа»": who is fined
		case prep == "на" && hasCase(t, "v_zna") && tr.k.typ == "COERCE" && tr.noun >= 0 && tr.noun < i && f.low(tr.noun) == "тиск" && (typ == "ORG" || typ == "PERS"):
			rec = append(rec, e) // "чинили тиск на суддю Петренка": who is pressed
		case prep == "до" && tr.noun >= 0 && (f.low(tr.noun) == "відомість" || f.low(tr.noun) == "відомості") && tr.k.typ == "ACCUSE":
			continue // "внесла відомості до ЄРДР": the register, no party
		case prep == "до" && tr.noun >= 0 && f.low(tr.noun) == "заява" && tr.k.typ == "ACCUSE":
			continue // "направила до НАЗК заяву про порушення": the body told of it, not the one accused
		case prep == "до" && typ == "LOC" && tr.verb && (f.verb(tr.at) == "запросити" || f.verb(tr.at) == "запрошувати"):
			continue // "запросив до Варшави Зеленського": where to, not the one asked
		case prep == "до" && tr.k.typ == "ACCUSE" && forumNamed(f.ents, e) && len(actors) > 0:
			// "подав позов проти Газпрому до Стокгольмського арбітражу",
			// "звернулася до Господарського суду з позовом до ТОВ …": the
			// court a claim is filed with, not the one it is against
			// (with no one named who files it, the court is the only side
			// told: "Апеляцію подали до апеляційного суду")
			continue
		case prep == "до" && (tr.k.typ == "REQUEST" || tr.k.typ == "ACCUSE" || tr.k.typ == "SANCTION" && typ == "LOC" && tr.noun >= 0 && pairs["заборонити"][f.low(tr.noun)].typ == "SANCTION" && f.low(tr.noun) != "в'їзд"):
			// звернувся до ООН з вимогою, подав позов до міськради,
			// заборонив експорт до Росії (but заборонили в'їзд до ЄС:
			// where one may not go, not whom the ban hits)
			rec = append(rec, e)
		case (prep == "до" || (prep == "в" || prep == "у") && hasCase(t, "v_zna") && !hasCase(t, "v_mis")) && tr.k.typ == "AID" && tr.verb && deliveries[f.verb(tr.at)] && (typ == "LOC" || typ == "ORG"):
			rec = append(rec, e) // "доставив до Херсона 20 тонн вантажу": the town it was brought to
		case prep == "до" && (typ == "LOC" || typ == "ORG"):
			if dest == "" {
				dest = cmp.Or(f.capitalOfCountryAt(i), e)
			}
		case (prep == "в" || prep == "у" || prep == "на") && hasCase(t, "v_zna") && !hasCase(t, "v_mis") && tr.k.mode == "visit" && typ == "LOC" && (f.arrival(tr) || f.officialCame(tr, actors) && gazetteer.Lookup(f.ents.Name(e))&gazetteer.Location != 0):
			if dest == "" {
				dest = e // "прибув в Україну з візитом", "прилетів на Тайвань": where to, as до
			}
		case (prep == "в" || prep == "у") && tr.verb && buys[f.verb(tr.at)] && typ == "ORG" && f.boughtFromFirm(tr.at) >= 0:
			rec = append(rec, e) // "придбали у ТОВ «Альфа» техніку": the firm bought from
		case (prep == "в" || prep == "у") && tr.verb && (f.verb(tr.at) == "замовити" || f.verb(tr.at) == "замовляти") && (typ == "ORG" || typ == "PERS"):
			rec = append(rec, e) // "замовила добрива у ПП «Агротех»": the firm ordered from
		case (prep == "в" || prep == "у") && hasCase(t, "v_zna") && !hasCase(t, "v_mis") && typ == "LOC" && tr.k.typ == "CONSULT" && tr.k.mode == "meet" &&
			!f.motion(tr.at) && !f.has(phoneWords) && f.spanType(i) != "DATE":
			// "провели переговори в Турку": talks go nowhere, so a town
			// read as an accusative there is an indeclinable name in the
			// locative (Турку, not the accusative of Турка)
			if place == "" && !topic && !f.modifiesObject(i, tr) {
				place = e
			}
		case (prep == "в" || prep == "у" || prep == "на") && hasCase(t, "v_mis") && typ == "LOC":
			if place == "" && !topic && (tr.k.mode == "visit" || !f.modifiesObject(i, tr)) && !f.postedTitle(i) && !f.postOfEnvoy(i, e, tr.k.typ) {
				// (the place of what is visited is where the visit is:
				// "відвідав лікарню в Коростені")
				place = e
			}
		case prep == "над" && hasCase(t, "v_oru") && typ == "LOC" && tr.k.typ == "ASSAULT":
			if place == "" {
				place = e // "збила 45 дронів над Бєлгородською областю": where the fight was
			}
		case (prep == "в" || prep == "у") && hasCase(t, "v_mis") && typ == "ORG" && tr.k.typ == "CONSULT":
			// "зустрілися в Офісі президента", "у Білому домі": a body's
			// seat is where a meeting with someone was
			if place == "" && !topic {
				place = e
			}
		case (prep == "з" || prep == "із" || prep == "зі") && hasCase(t, "v_rod") && typ == "LOC" && tr.k.typ == "RETREAT" && tr.k.mode == "":
			// (not where returned property was taken from: "артефакти,
			// вивезені з окупованого Криму")
			if place == "" && !(tr.verb && f.heritageAfter(tr.at)) {
				place = e // "відійшли з Олександро-Шультиного": where from
			}
		case (prep == "з" || prep == "із" || prep == "зі") && hasCase(t, "v_rod") && typ == "LOC" && tr.k.typ == "CONSULT" && f.partnersFrom(i):
			// "зустрічі з колегами з Канади, Нідерландів та Норвегії"
			rec = append(rec, e)
			for _, c := range f.coordinated(i, end) {
				if !seen[c] {
					rec = append(rec, c)
					seen[c] = true
				}
			}
		case (prep == "з" || prep == "із" || prep == "зі") && (hasCase(t, "v_oru") || strings.Contains(t.Tag, ":nv") || latinName(t) && (typ == "ORG" || typ == "PERS") && tr.k.mode != "visit" && f.rightUnder(i) || typ == "PERS" && f.undeclined(i)) && !withInstrument[tr.k.typ] && !f.peopleFrom(i, tr) &&
			!(tr.k.typ == "AID" && f.fundOf(i)) && !f.cameFromOrWith(tr, i, typ),
			prep == "проти" && against[tr.k.typ]:
			rec = append(rec, e)
			partnered = partnered || prep != "проти"
		case prep == "" && partnered && typ == "PERS" && hasCase(t, "v_oru") && f.andTitled(i, e):
			// "з президентом Туреччини … і канцлером Німеччини Фрідріхом
			// Мерцом": a second partner past the preposition's reach
			rec = append(rec, e)
		case prep == "" && hasCase(t, "v_oru") && tr.verb && (f.verb(tr.at) == "зацікавитися" || f.verb(tr.at) == "зацікавлюватися"):
			rec = append(rec, e) // "прокурори зацікавилися депутатом": whom the inquiry is into
		case prep == "" && (hasCase(t, "v_dav") || hasCase(t, "v_zna") || f.freeIndeclinable(i) || f.objectAsNominative(i, tr, actors) || f.bareLocative(i) || f.datAfterAnd(i)) && !topicVerbs[f.verb(tr.at)]:
			rec = append(rec, e)
		case prep == "" && tr.k.typ == "AID" && typ == "PERS" && hasCase(t, "v_rod") && f.householdOf(i):
			rec = append(rec, e) // "виділять із бюджету на квартиру подружжю Оксани та Віктора Ярут": the family given to
		case prep == "" && hosts[f.verb(tr.at)] && typ == "PERS" && (hasCase(t, "v_rod") || hasCase(t, "v_zna")):
			rec = append(rec, e) // прийняв у Києві генсека НАТО Єнса Столтенберга
		case prep == "" && hasCase(t, "v_rod") && tr.verb && f.inObject(tr, i) && !topicVerbs[f.verb(tr.at)] && !f.inTitle(i) && !f.ownerOfActor(i, actors):
			// (not the country of a title: "прибув міністр закордонних
			// справ Вірменії Арарат Мірзоян", nor the body an actor put
			// after the verb belongs to: "оскаржило ТОВ «Альфа» Київської
			// обласної організації")
			genitives = append(genitives, e)
			continue
		default:
			continue
		}
		seen[e] = true
	}
	if len(rec) == 0 {
		for _, g := range genitives {
			if !seen[g] {
				rec = append(rec, g)
				seen[g] = true
			}
		}
	}
	return rec, dest, place
}

// countedPeople returns where the count opens when the animate plural
// noun at i, after a number and its adjectives, is whom a release verb
// or a noun of coercion is done to: "звільнила 12 полонених",
// "повідомила про затримання 43 осіб" (a verb of coercion has its own
// reading, see objects); else -1.
func (f *finder) countedPeople(i int, tr trig) int {
	t := &f.toks[i]
	k := i - f.pluralAdjectives(i) - 1
	if k := f.thousandsGiven(i, k, tr); k >= 0 {
		return k
	}
	if k < 0 || f.toks[k].Kind != vistka.Number && !f.countingWord(k) || !strings.HasPrefix(t.Tag, "noun:anim:p:") || strings.Contains(t.Tag, "pron") {
		return -1
	}
	switch {
	case tr.k.typ == "RETREAT" && tr.k.mode == "release" && tr.verb && f.inObject(tr, k):
		return k
	case tr.k.typ == "AID" && tr.verb && f.rescued(tr.at, f.verb(tr.at)) && f.inObject(tr, k):
		return k // "врятували 11 мешканців": those saved
	case tr.k.typ == "AID" && hasCase(t, "v_dav") && f.inObject(tr, k):
		return k // "надав допомогу 300 переселенцям", "виплатить двом ветеранам": those given to, counted
	case coerced[tr.k.typ] && tr.noun >= 0 && k == tr.noun+1 && isNoun(&f.toks[tr.noun]):
		return k
	case tr.k.typ == "COERCE" && tr.verb && tr.noun > tr.at && (leftPosts[f.low(tr.noun)] || f.fromPost(tr.noun)) && f.inObject(tr, k):
		return k // "звільнила трьох працівників з посади": those dismissed
	case coerced[tr.k.typ] && tr.verb && (f.verb(tr.at) == "скласти" || f.verb(tr.at) == "складати") && f.reportOn(tr.at) == k:
		return k // "склали на двох учасників акції протоколи": those it is drawn up on
	}
	return -1
}

// claimOwner reports whether the common noun at i, a body or a person
// in the genitive, is whose decision or claim the noun before it names:
// постанову апеляційного суду, касацію військової прокуратури.
func (f *finder) claimOwner(i int, tr trig) bool {
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || f.entityAt(i) != "" || !hasCase(t, "v_rod") ||
		!strings.Contains(t.Tag, ":anim") && !actorNoun(f.low(i)) {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+8; j++ {
		if f.entityAt(j) != "" {
			return false // "скаргу матері колишнього члена виконкому Олексія Пелипаса": the name says whose
		}
		if u := &f.toks[j]; u.Kind == vistka.Punct || isPrep(u) || strings.HasPrefix(u.Tag, "verb") || strings.HasPrefix(u.Tag, "conj") {
			break
		}
	}
	w := f.adjectivesBefore(i) - 1
	if w < 0 || !decisions[f.low(w)] && !claims[f.low(w)] {
		return false
	}
	if w == tr.noun {
		return true
	}
	// the decision is the trigger's object, close after it in its clause
	// (not "задовольнив позов «Союзу», а не забезпечив вимоги фірми")
	if w <= tr.at || w-tr.at > 5 {
		return false
	}
	for j := tr.at + 1; j < w; j++ {
		if f.toks[j].Kind == vistka.Punct || finiteVerb(&f.toks[j]) {
			return false
		}
	}
	return true
}

// caughtIn returns the length of a phrase of на with a word in the
// locative at j, and a genitive after it, telling where or at what one was
// caught ("на хабарі", "на гарячому", "на місці злочину"); 0 if there is
// none.
func (f *finder) caughtIn(j int) int {
	if j+1 >= len(f.toks) || f.low(j) != "на" || !hasCase(&f.toks[j+1], "v_mis") || f.entityAt(j+1) != "" {
		return 0
	}
	if j+2 < len(f.toks) && hasCase(&f.toks[j+2], "v_rod") && isNoun(&f.toks[j+2]) && !strings.Contains(f.toks[j+2].Tag, ":anim") {
		return 3 // "на місці злочину"
	}
	return 2
}

// appeals are the verbs of appealing against a decision.
var appeals = map[string]bool{"оскаржити": true, "оскаржувати": true}

// addresses are the verbs whose до names the body a request is put to,
// a court or an office as well as a person: звернулася до суду з
// клопотанням.
var addresses = map[string]bool{"звернутися": true, "звертатися": true}

// invades are the verbs whose в with the accusative names the country
// invaded: Росія вторглася в Україну.
var invades = map[string]bool{"вторгнутися": true, "вторгатися": true}

// forumNamed reports whether the body id is one a claim or a complaint
// is lodged with: a court, a tribunal or an arbitration (Господарський
// суд Києва, Стокгольмський арбітраж, Міжнародний суд ООН).
func forumNamed(ents *entity.Result, id string) bool {
	name := cmp.Or(ents.Name(id), id)
	return courtNamed(ents, id) || nameHasWord(name, func(w string) bool { return w == "арбітраж" })
}

// householdOf reports whether the name at i, in the genitive, names a
// family in the dative under no preposition ("подружжю Оксани та Віктора
// Ярут", "родині Петренків"), past the other names joined to it.
func (f *finder) householdOf(i int) bool {
	k := i - 1
	for k >= 0 && (f.entityAt(k) != "" || f.low(k) == "та" || f.low(k) == "і" || f.low(k) == "й") {
		k--
	}
	if k < 0 {
		return false
	}
	t := &f.toks[k]
	return households[f.low(k)] && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && f.governedBy(k) == ""
}

// ownerOfActor reports whether the name at i follows right after the
// name of one of actors (past a closing quote mark), as the genitive of
// whom the actor belongs to: "підприємство «Бета» Житомирської обласної
// ради".
func (f *finder) ownerOfActor(i int, actors []string) bool {
	e := f.entityAt(i)
	k := i - 1
	for k >= 0 && f.entityAt(k) == e {
		k--
	}
	if k > 0 && f.entityAt(k) == "" && f.toks[k].Kind == vistka.QuoteMark {
		k--
	}
	if k >= 0 && f.entityAt(k) != "" && slices.Contains(actors, f.entityAt(k)) {
		return true
	}
	// "Його зустрів голова Офісу Президента", "планує прибути
	// прем'єр-міністр України": the genitive of an actor named by a
	// phrase, the noun before it the phrase's
	if k < 0 || f.entityAt(k) != "" || !isNoun(&f.toks[k]) {
		return false
	}
	end := i + 1
	for end < len(f.toks) && f.entityAt(end) == e {
		end++
	}
	owner := f.text(k, end)
	return slices.ContainsFunc(actors, func(a string) bool { return entity.Index(a) < 0 && strings.Contains(a, owner) })
}

// andTitled reports whether the name e at i follows і/та, right before it
// or before the title it stands in apposition to: "і канцлером Німеччини
// Фрідріхом Мерцом".
func (f *finder) andTitled(i int, e string) bool {
	k := f.nameStart(i, e)
	if j := f.titleBefore(i, e); j >= 0 {
		k = j
	}
	if k > 1 && withPrep(f.low(k-1)) && (isAnd(&f.toks[k-2]) || f.low(k-2) == "також") {
		k-- // "…, а також з послом України в НАТО Вадимом Пристайком"
	}
	return k > 0 && (isAnd(&f.toks[k-1]) || f.low(k-1) == "також")
}

// nameAhead reports whether the adjectives from i lead to a name:
// "проти російського «Газпрому»" is against Газпром, not Росія.
func (f *finder) nameAhead(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3; j++ {
		t := &f.toks[j]
		if f.entityAt(j) != "" {
			return true
		}
		if t.Kind != vistka.QuoteMark && !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return false
}

// againstPhrase reports whether the adjective at i stands in a phrase
// under проти, past numbers and words of quantity: "проти понад 50
// російських компаній".
func (f *finder) againstPhrase(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := &f.toks[j]
		switch {
		case lower(t) == "проти":
			return true
		case lower(t) == "на" && j > 0 && (f.low(j-1) == "санкція" || f.low(j-1) == "санкції"):
			return true // "наклали санкції на російські банки"
		case sanctionTopics[lower(t)] && j > 0 && nouns[f.low(j-1)].typ == "SANCTION":
			return true // "санкції щодо 20 російських компаній"
		case t.Kind == vistka.Number, strings.HasPrefix(t.Tag, "adj"), strings.HasPrefix(t.Tag, "numr"), quantityWords[lower(t)]:
		default:
			return false
		}
	}
	return false
}

// quantityWords bound a number: понад 50, близько 20.
var quantityWords = map[string]bool{"понад": true, "близько": true, "майже": true, "щонайменше": true, "приблизно": true, "більш": true, "більше": true, "ніж": true, "до": true}

// freeIndeclinable reports an indeclinable name (НАТО, ЄС) that does not
// hang on the noun before it: "звинуватило НАТО", not "секретаря НАТО".
func (f *finder) freeIndeclinable(i int) bool {
	t := &f.toks[i]
	if !strings.Contains(t.Tag, ":nv") {
		return false
	}
	return i == 0 || !isNoun(&f.toks[i-1]) && !isAdj(&f.toks[i-1])
}

// against are the event types whose target "проти X" names: sanctions
// against Russia are against it, support for sanctions against Russia is
// not support for Russia.
var against = map[string]bool{
	"SANCTION": true, "ACCUSE": true, "ASSAULT": true, "THREATEN": true, "PROTEST": true,
	"COERCE": true, "REJECT": true, "MOBILIZE": true,
}

// coerced are the event types done to someone a pronoun in the
// accusative may stand for: суд узяв його під варту.
// harms are the verbs of an attack that name the people hurt as their
// object: "поранили 11 людей", "вбили двох цивільних" (the animate
// accusative has the genitive's form, which the tagger may read); people
// of a named place or body ("поранили трьох мешканців Херсона") are left
// to that name.
var harms = map[string]bool{"поранити": true, "вбити": true, "убити": true, "травмувати": true, "скалічити": true,
	"ранити": true, "поранювати": true, "вбивати": true, "убивати": true}

// withInstrument are the event types for which "з X" names what was used
// (обстріляли Харків із РСЗВ), not a partner.
var withInstrument = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true, "THREATEN": true, "PROTEST": true}

// topicVerbs take what is talked about as their object, not whom:
// обговорили постачання ППО.
var topicVerbs = map[string]bool{"обговорити": true, "обговорювати": true}

// stopWord tells a word that ends the reach of a trigger's objects: what
// follows gives a reason or a circumstance. (A switch: objects asks about
// every word it reads, and most are none of these five.)
func stopWord(l string) bool {
	switch l {
	case "через", "внаслідок", "оскільки", "бо", "адже":
		return true
	}
	return false
}

// has reports whether a word of the sentence has one of the lemmas.
func (f *finder) has(lemmas map[string]bool) bool {
	for i := range f.toks {
		if lemmas[f.low(i)] {
			return true
		}
	}
	return false
}

// inObject reports whether token i belongs to the first noun phrase after
// the trigger: its object and the genitives hanging on it (привітав
// зусилля Сполучених Штатів), before any preposition or comma.
func (f *finder) inObject(tr trig, i int) bool {
	from0 := tr.at + 1
	if k := tr.noun; k > tr.at+1 && k-tr.at <= 2 && isPrep(&f.toks[k-1]) && i > k {
		from0 = k + 1 // "узяв під варту начальника поста": past the pair's phrase
	}
	from := tr.at
	for j := from0; j < i; j++ {
		t := &f.toks[j]
		if f.chargeTitle(j) {
			from += 2 // "викликало тимчасового повіреного у справах Росії": one title
			continue
		}
		if j == tr.at+1 && tr.verb && (f.low(j) == "й" || f.low(j) == "і") && j+1 <= i && !isVerb(&f.toks[j+1]) && !hasCase(&f.toks[j+1], "v_naz") && !f.verbInClause(j+1) {
			// "кошти виділили й подружжю Казимирських": й is "also",
			// right after the verb ("підтримав і суд його задовольнив"
			// joins a clause with a subject of its own)
			from++
			continue
		}
		if n := f.termFor(j); n > 0 && j == tr.at+1 && j+n <= i {
			// "дискваліфікувало на чотири роки біатлоністку",
			// "заарештував на два місяці директора": past the term
			j += n - 1
			from += n
			continue
		}
		if n := f.caughtIn(j); n > 0 && coerced[tr.k.typ] && j == tr.at+1 && j+n <= i {
			// "затримала на хабарі інспектора", "викрила на гарячому
			// двох грабіжників": past where they were caught
			j += n - 1
			from += n
			continue
		}
		if n := f.whenceAt(j); n > 0 && (coerced[tr.k.typ] || tr.k.mode == "release") && !homeward[f.verb(tr.at)] && j == tr.at+1 && j+n <= i {
			// "звільнила з полону 50 українців": past whence (those
			// brought home, "Україна повернула з полону 84 захисників",
			// are the side they came back to, Україна)
			j += n - 1
			from += n
			continue
		}
		if j == tr.at+1 && j+2 <= i && f.low(j) == "з-під" && tr.k.typ == "AID" {
			// "деблокували з-під завалів жінку": past whence
			j++
			from += 2
			continue
		}
		if j == tr.at+1 && j+2 <= i && isPrep(t) && f.adjectiveClosesPhrase(j+1, vtag.Case(f.toks[i].Tag)) {
			// "затримали на гарячому посадовця": past the adverbial
			j++
			from += 2
			continue
		}
		if n := f.timeAt(j); n > 0 && j == from+1 && j+n <= i {
			// "привітав у понеділок Зеленського", "затримала 15 березня
			// в Києві …": past when
			j += n - 1
			from += n
			continue
		}
		if n := f.placeAt(j); n > 0 && j == from+1 && j+n <= i {
			// "затримала на Львівщині Івана Петренка", "привітав у
			// Парижі Зеленського": past where
			j += n - 1
			from += n
			continue
		}
		if l := f.low(j); coerced[tr.k.typ] && (l == "понад" || l == "близько") && j+1 < len(f.toks) && (f.toks[j+1].Kind == vistka.Number || strings.HasPrefix(f.toks[j+1].Tag, "numr")) {
			continue // "затримала понад 50 осіб": a bound of the count, not a preposition
		}
		if isPrep(t) || t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return false
		}
	}
	// "оголосило персонами нон грата трьох співробітників посольства
	// Росії": past the object noun of the pair
	if k := tr.noun; k > from && f.low(k) == "персона" && k+2 < len(f.toks) && f.low(k+2) == "грата" {
		from = k + 2
	}
	return i-from <= 5
}

// placeAt returns how many tokens from j name a place under в, у or на
// in the locative ("на Львівщині", "у Києві"), or 0.
func (f *finder) placeAt(j int) int {
	if l := f.low(j); l != "в" && l != "у" && l != "на" || !isPrep(&f.toks[j]) || j+1 >= len(f.toks) {
		return 0
	}
	e := f.entityAt(j + 1)
	if e == "" || f.ents.Type(e) != "LOC" || !hasCase(&f.toks[j+1], "v_mis") {
		return 0
	}
	return f.nameEnd(j+1) - j
}

// verbInClause reports whether a finite verb follows toks[j] before the
// clause ends at a punctuation mark: "і суд його задовольнив".
func (f *finder) verbInClause(j int) bool {
	for k := j; k < len(f.toks) && f.toks[k].Kind != vistka.Punct; k++ {
		if t := &f.toks[k]; finiteVerb(t) {
			return true
		}
	}
	return false
}

// objectFirst reports whether the noun at j is a claim or what one may
// reject, put before the verb that takes it, with at most two genitives
// of its own between: "Мер звинувачення відкинув", "Білий дім погрози
// Брюсселя відкинув". A subject's noun phrase ends before it.
func (f *finder) objectFirst(j int) bool {
	if w := f.low(j); !statedClaims[w] && !rejectables[w] && w != "погроза" {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+3; k++ {
		t := &f.toks[k]
		if strings.HasPrefix(t.Tag, "verb") {
			return !strings.Contains(t.Tag, ":rev")
		}
		if !hasCase(t, "v_rod") && f.entityAt(k) == "" {
			return false
		}
	}
	return false
}

// timeSpan reports whether a span of time opens at i, after за: "першу
// за кілька років зустріч", "за останні п'ять років" (not a reason: "за
// рішення").
func (f *finder) timeSpan(i int) bool {
	if st := f.spanType(i); st == "PERIOD" || st == "DATE" {
		return true
	}
	for j := i; j < len(f.toks) && j <= i+3; j++ {
		if l := f.toks[j].Lemma; timeNouns[l] || l == "година" || l == "хвилина" {
			return true
		}
		if !isAdj(&f.toks[j]) && !strings.HasPrefix(f.toks[j].Tag, "numr") && f.toks[j].Kind != vistka.Number {
			return false
		}
	}
	return false
}

// countedObject reports whether the noun at i is a body's noun in the
// genitive plural counted by a number word in the accusative right
// before it: "сім фірм", "три компанії" read as genitive.
func (f *finder) countedObject(i int) bool {
	t := &f.toks[i]
	if i == 0 || !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_rod") || !actorNoun(f.low(i)) && !animateCounts[scan.ToLower(f.toks[i-1].Text)] || f.entityAt(i) != "" {
		return false // (двох агентів: people, whatever the noun's reading)
	}
	n := &f.toks[i-1]
	return strings.HasPrefix(n.Tag, "numr") && hasCase(n, "v_zna")
}

// recoveredFrom reports whether the noun at i, before end, is a body
// named by its kind that a sum is recovered from: "з фірми" after
// стягнути or стягувати, the trigger's verb or the infinitive a refusal
// governs ("відмовилися стягувати санкції з фірми"); a name in
// quotation marks after the noun is left to the rules of names.
func (f *finder) recoveredFrom(tr trig, i, end int) bool {
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_rod") || !firmKind(t.Text) && !actorNoun(f.low(i)) {
		return false
	}
	if p := f.governedBy(i); p != "з" && p != "із" && p != "зі" || i+1 < end && f.toks[i+1].Kind == vistka.QuoteMark {
		return false
	}
	v := f.verb(tr.at)
	if tr.k.typ == "REJECT" && tr.at+1 < len(f.toks) && strings.Contains(f.toks[tr.at+1].Tag, ":inf") {
		v = f.verb(tr.at + 1)
	} else if tr.k.typ != "COERCE" {
		return false
	}
	return tr.verb && (v == "стягнути" || v == "стягувати") && i > tr.at
}

// fromPost reports whether a post, a job or a service one leaves is
// named after the object at at, within its clause: "звільнив
// затриманого заступника з посади", "із займаної посади".
func (f *finder) fromPost(at int) bool {
	for j := at + 1; j+1 < len(f.toks) && j <= at+6; j++ {
		if f.punctOrVerb(j) {
			return false
		}
		if w := f.low(j); w != "з" && w != "із" && w != "зі" {
			continue
		}
		k := j + 1
		if k+1 < len(f.toks) && isAdj(&f.toks[k]) {
			k++ // "з займаної посади"
		}
		if leftPosts[f.low(k)] {
			return true
		}
	}
	return false
}

// dismissedAfterPost reports whether the name e at i is the one dismissed
// from the post the trigger's noun names, after it: a person in the
// animate accusative (the genitive's form) or indeclinable, "з посади
// директора ДП «Альфа» Василя Гордієнка".
func (f *finder) dismissedAfterPost(tr trig, i int, e string) bool {
	if tr.k.typ != "COERCE" || tr.noun <= tr.at || i <= tr.noun || !leftPosts[f.low(tr.noun)] || f.ents.Type(e) != "PERS" || f.entityAt(i-1) == e {
		return false
	}
	t := &f.toks[i]
	return strings.Contains(t.Tag, ":anim") && (hasCase(t, "v_rod") || hasCase(t, "v_zna")) || strings.Contains(t.Tag, ":nv")
}

// possessiveBeforeNoun reports whether the pronoun at i, його, її or їх,
// is the possessive of the animate noun in the accusative right after it
// (before end): "звільнила його заступника", "затримали її чоловіка".
func (f *finder) possessiveBeforeNoun(i, end int) bool {
	switch scan.ToLower(f.toks[i].Text) {
	case "його", "її", "їх", "їхнього", "їхню":
	default:
		return false
	}
	if i+1 >= end {
		return false
	}
	n := &f.toks[i+1]
	return strings.HasPrefix(n.Tag, "noun:anim") && hasCase(n, "v_zna") && !strings.Contains(n.Tag, "pron")
}

// dismissedTitle reports whether the animate noun at i, the first after
// the post the trigger's noun names, is the title of the one dismissed,
// with no person named after it before end: "звільнила з посади його
// заступника" (but "з посади міністра Романа Мельничука": the name, see
// dismissedAfterPost).
func (f *finder) dismissedTitle(tr trig, i, end int) bool {
	if tr.k.typ != "COERCE" || tr.noun <= tr.at || i <= tr.noun || !leftPosts[f.low(tr.noun)] {
		return false
	}
	t := &f.toks[i]
	if !strings.HasPrefix(t.Tag, "noun:anim") || strings.Contains(t.Tag, "pron") || !hasCase(t, "v_rod") && !hasCase(t, "v_zna") {
		return false
	}
	for j := tr.noun + 1; j < i; j++ {
		if isNoun(&f.toks[j]) && !strings.Contains(f.toks[j].Tag, "pron") || f.entityAt(j) != "" {
			return false // (not the first)
		}
	}
	for j := i + 1; j < end; j++ {
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
			return false
		}
	}
	return true
}

// leftPosts are what one is dismissed from.
var leftPosts = map[string]bool{"посада": true, "робота": true, "служба": true, "обов'язок": true, "обов'язки": true}

// pluralAdjectives counts the adjectives right before the plural noun at
// i that agree with it in case ("місцевих активістів"), up to two; it
// stops at a pronoun, a date and a name.
func (f *finder) pluralAdjectives(i int) int {
	c, n := vtag.Case(f.toks[i].Tag), 0
	for k := i - 1; k >= 0 && n < 2; k-- {
		a := &f.toks[k]
		if !strings.HasPrefix(a.Tag, "adj") || strings.Contains(a.Tag, "pron") || !strings.Contains(a.Tag, ":p:") || vtag.Case(a.Tag) != c ||
			f.spanType(k) == "DATE" || f.entityAt(k) != "" {
			break
		}
		n++
	}
	return n
}

// afterTerm reports whether the word at i follows the term a sentence
// gives right after its verb, and so is the one sentenced: "засудив до
// довічного позбавлення волі командира бригади".
func (f *finder) afterTerm(tr trig, i int) bool {
	m := f.modifiersBefore(i) // "до п'яти років колонії колишнього директора"
	if v := f.low(tr.at); v != "засудити" && v != "засуджувати" || tr.at+1 >= m || f.low(tr.at+1) != "до" || !termEnds[f.low(m-1)] {
		return false
	}
	for j := tr.at + 2; j < i; j++ {
		if t := &f.toks[j]; t.Kind == vistka.Punct || isPrep(t) || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return false
		}
	}
	return i-tr.at <= 8
}

// termEnds are the words a sentence's term ends with: до п'яти років,
// до восьми років колонії, до довічного позбавлення волі.
var termEnds = map[string]bool{"рік": true, "місяць": true, "воля": true, "ув'язнення": true, "колонія": true, "арешт": true}

// attackOn reports whether tr is an attack whose target follows with на:
// напасти, нападати or the noun напад.
func (f *finder) attackOn(tr trig) bool {
	if tr.verb {
		v := f.verb(tr.at)
		return v == "напасти" || v == "нападати"
	}
	return tr.noun >= 0 && f.low(tr.noun) == "напад"
}

// attackedPerson reports whether the name at i, under prep, is whom an
// attack is on: на with the accusative, or a name after its title in the
// accusative under на, which the tagger may read as a genitive ("на
// журналіста Івана Петренка").
func (f *finder) attackedPerson(i int, prep string) bool {
	t := &f.toks[i]
	if prep == "на" && hasCase(t, "v_zna") && !hasCase(t, "v_mis") {
		return true
	}
	if prep != "" || i < 2 {
		return false
	}
	h := &f.toks[i-1]
	return strings.HasPrefix(h.Tag, "noun:anim") && !strings.Contains(h.Tag, ":prop") && hasCase(h, "v_zna") && !hasCase(h, "v_mis") &&
		f.entityAt(i-1) == "" && f.governedBy(i-1) == "на"
}

// countryInTitle reports whether a country or place is named between the
// title at i and the person p it names (посла Росії Олега Озерова): the
// country is a party too, and the title's phrase carries it.
func (f *finder) countryInTitle(i int, p string) bool {
	for j := i + 1; j < len(f.toks) && f.entityAt(j) != p; j++ {
		if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" {
			return true
		}
	}
	return false
}

// heritageAfter reports whether what the verb of giving or returning at
// i hands over, in its clause after it, is cultural property: artefacts,
// exhibits, a museum's collection, or archaeological, historical or
// museum objects and valuables ("передала Україні понад 1200
// археологічних предметів", "повернули 84 археологічні артефакти") —
// taken property given back, a RETREAT (news9 and news17 mark it so),
// not aid.
func (f *finder) heritageAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+10 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") {
			continue
		}
		switch l := f.low(j); {
		case l == "артефакт" || l == "експонат":
			return true
		case l == "колекція" && j+1 < len(f.toks) && (f.low(j+1) == "музей" || strings.HasPrefix(f.low(j+1), "музейн")):
			return true // "повернули колекцію музею" (not "колекцію дронів")
		case l == "предмет" || l == "цінність" || l == "знахідка" || l == "колекція":
			for k := j - 1; k > i && isAdj(&f.toks[k]); k-- {
				if a := f.low(k); scan.HasAnyPrefix(a, "археологічн", "історичн", "культурн", "музейн", "викраден", "вкраден", "вивезен", "скіфськ") {
					return true
				}
			}
		}
	}
	if v := lower(&f.toks[i]); v == "повернути" || v == "повертати" {
		return f.artAfter(i) // (a work of art handed over may be a gift)
	}
	return false
}

// artWorks are the nouns of works of art and heritage a state or a
// museum gives back: "повернули Україні викрадені картини".
var artWorks = map[string]bool{"картина": true, "полотно": true, "скульптура": true, "статуя": true,
	"ікона": true, "реліквія": true, "рукопис": true, "фреска": true, "мозаїка": true, "скарб": true,
	"золото": true, "раритет": true, "стародрук": true}

// artAfter reports whether a work of art or heritage (artWorks) is the
// first noun after the verb of returning at i, within six words of its
// clause ("Музей повернув Україні викрадені картини", "повернули
// колекцію скіфського золота"): property returned, a RETREAT. Money,
// goods and people returned are read elsewhere.
func (f *finder) artAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+6 && f.toks[j].Kind != vistka.Punct; j++ {
		t := &f.toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || hasCase(t, "v_dav") || f.entityAt(j) != "" {
			continue // (the one it goes back to: "повернули Україні")
		}
		if l := f.low(j); l == "колекція" && j+1 < len(f.toks) {
			return artWorks[f.low(j+1)]
		}
		return artWorks[f.low(j)]
	}
	return false
}

// workedWith are the verbs of working with someone, whose partner a
// common noun may name (співпрацює зі слідством); joining forces with
// one (об'єдналися з військовими) names no partner so.
var workedWith = map[string]bool{"співпрацювати": true, "взаємодіяти": true}

// sidesByAdjective returns the countries the coordinated adjectives
// before the group noun at i name: "з українською та російською
// делегаціями" names Україна and Росія.
func (f *finder) sidesByAdjective(i int) []string {
	var out []string
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := &f.toks[j]
		if isAnd(t) || t.Text == "," {
			continue
		}
		if !strings.HasPrefix(t.Tag, "adj") {
			break
		}
		if c := f.ents.CountryOf(lower(t)); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	slices.Reverse(out)
	return out
}

// askedBody reports whether the inanimate noun at i, tagged nominative,
// is the one a request verb asks to do something: right after the verb,
// an infinitive after it, and the one asking named by a noun in the
// nominative right before the verb ("Прокурор просив суд взяти
// обвинуваченого під варту").
func (f *finder) askedBody(tr trig, i int) bool {
	if tr.k.typ != "REQUEST" || !tr.verb || i != tr.at+1 || tr.at == 0 || i+1 >= len(f.toks) {
		return false
	}
	t, prev := &f.toks[i], &f.toks[tr.at-1]
	return strings.HasPrefix(t.Tag, "noun:inanim") && hasCase(t, "v_naz") && !strings.Contains(t.Tag, "pron") &&
		strings.Contains(f.toks[i+1].Tag, ":inf") && strings.HasPrefix(prev.Tag, "noun") && hasCase(prev, "v_naz")
}

// addObject appends to rec the entity e, or the phrase of the word at i
// when e is "" (objectPhrase), unless it is there already (seen).
func (f *finder) addObject(rec []string, seen map[string]bool, e string, i int, tr trig) []string {
	if e == "" {
		e = f.objectPhrase(i, tr)
	}
	if e != "" && !seen[e] {
		rec = append(rec, e)
		seen[e] = true
	}
	return rec
}

// proceedings are the nouns of a case opened against someone, who
// follows щодо or стосовно: "відкрили провадження щодо посадовців",
// "скерувала до суду обвинувальний акт щодо колишнього голови" (the
// indictment's trigger is its adjective).
var proceedings = map[string]bool{"провадження": true, "справа": true, "розслідування": true, "підозра": true,
	"обвинувальний": true, "обвинувачення": true} // обвинувальний акт щодо директора

// acquits are the verbs of an acquittal, whose object is a person: "суд
// виправдав колишнього директора лікарні".
var acquits = map[string]bool{"виправдати": true, "виправдовувати": true}

// assets are what an arrest may be put on, which has an owner: "наклав
// арешт на майно підозрюваного", "на рахунки компанії".
var assets = map[string]bool{"майно": true, "рахунок": true, "кошт": true, "актив": true,
	"нерухомість": true, "частка": true, "акція": true, "автомобіль": true, "квартира": true, "будинок": true, "ділянка": true}

// coercedOn reports whether the word at i, in the accusative under на
// right after the noun of a fine, a penalty or an arrest the verb imposes
// (накласти штраф на …, накласти арешт на …), is what the measure falls on.
func (f *finder) coercedOn(tr trig, i int) bool {
	if tr.k.typ != "COERCE" || tr.noun < 0 || tr.noun >= i || i-tr.noun > 4 || f.governedBy(i) != "на" || !hasCase(&f.toks[i], "v_zna") ||
		!isNoun(&f.toks[i]) {
		return false
	}
	switch f.low(tr.noun) {
	case "штраф", "стягнення", "арешт":
		return f.low(tr.noun+1) == "на" && i == f.pastAdjs(tr.noun+2)
	}
	return false
}

// finedFor reports whether the word at i, under для, names whom a fine
// (the trigger's noun штраф or стягнення) is for: для right after the
// noun, past the adjectives and the genitives of who laid it ("штраф
// Антимонопольного комітету для «Львівгазу»", "виписала штраф для
// власника кафе"), as на does in "штраф на директора".
func (f *finder) finedFor(tr trig, i int) bool {
	if tr.k.typ != "COERCE" || tr.noun < 0 || tr.noun >= i || !finesLaid[f.low(tr.noun)] || f.governedBy(i) != "для" {
		return false
	}
	d := tr.noun + 1
	for d < i && d-tr.noun <= 5 && f.low(d) != "для" {
		if t := &f.toks[d]; !isAdj(t) && !(isNoun(t) && hasCase(t, "v_rod")) {
			return false
		}
		d++
	}
	return f.low(d) == "для" && d < i
}

// seizers are the verbs of things seized from someone.
var seizers = map[string]bool{"вилучити": true, "вилучати": true, "конфіскувати": true, "конфісковувати": true}

// seizedFrom reports whether the word at i, in the genitive under в or у
// after a verb of seizing, names whom the things are taken from: a
// person, a group or a body ("вилучили у чоловіка пістолет"), not a place
// ("вилучили в офісі документи" is in the locative).
func (f *finder) seizedFrom(tr trig, i int) bool {
	if tr.k.typ != "COERCE" || !tr.verb || !seizers[f.verb(tr.at)] || i < 1 || i <= tr.at {
		return false
	}
	t := &f.toks[i]
	if p := f.low(i - 1); (p != "у" && p != "в") || !isPrep(&f.toks[i-1]) || !hasCase(t, "v_rod") || hasCase(t, "v_mis") {
		return false
	}
	if e := f.entityAt(i); e != "" {
		return f.ents.Type(e) == "PERS" || f.ents.Type(e) == "ORG"
	}
	return animateNoun(t)
}

// helpedMisread reports whether the noun at j, right after a verb of
// help (допомогти, допомагати, which take the dative) or a verb of giving
// before a community or a service (dativeBody), is a masculine noun in
// -у or -ю the tagger read as a genitive: "місто допоможе заводу з
// ремонтом", "передало госпіталю два апарати" (the dative and the
// genitive share the form).
func (f *finder) helpedMisread(j int, tr trig) bool {
	if v := f.verb(tr.at); v != "допомогти" && v != "допомагати" && !(gives[v] && f.dativeBody(j)) {
		// (a verb of giving takes the dative too: "посольство передало
		// госпіталю два апарати", "сесія виділила водоканалу 25 млн")
		return false
	}
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, ":m:") || !hasCase(t, "v_rod") || strings.Contains(t.Tag, "pron") {
		return false
	}
	l := scan.ToLower(t.Text)
	return strings.HasSuffix(l, "у") || strings.HasSuffix(l, "ю")
}

// undeclined reports whether token i lies in a person's name of two
// words or more whose base form is as written: a foreign name that does
// not decline (з Довіле Шакалєне), whatever case the tagger read in its
// words.
func (f *finder) undeclined(i int) bool {
	sp := f.spanOf(i)
	return sp != nil && sp.Type == "PERS" && sp.Lemma == sp.Text && strings.Contains(sp.Text, " ")
}

// nominativeNear reports whether a noun of words in the nominative
// stands within three words of the verb at i: the criminals of
// byCriminals, the family of kin ("син зателефонував їй").
func (f *finder) nominativeNear(i int, words map[string]bool) bool {
	for j := max(0, i-3); j < len(f.toks) && j <= i+3; j++ {
		if t := &f.toks[j]; words[f.low(j)] && strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") {
			return true
		}
	}
	return false
}

// namedTail reports whether a name stands in the genitive tail of the
// noun at i, within three words: "співробітників посольства України"
// (whose staff the name says).
func (f *finder) namedTail(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+3 && f.toks[j].Kind != vistka.Punct; j++ {
		if f.entityAt(j) != "" {
			return true
		}
		if !hasCase(&f.toks[j], "v_rod") {
			return false
		}
	}
	return false
}

// frontedAccusative returns the head of the object put before the finite
// verb at at in its clause, in a form only the accusative has, when the
// verb's subject follows it ("компанію вже перевіряла Рахункова палата",
// "Минулого року фірму «Альфа» оштрафувала комісія"): the name in quotes
// after a kind noun, or the noun itself. It returns -1 otherwise.
func (f *finder) frontedAccusative(at int) int {
	if f.invertedSubject(at) == "" {
		return -1
	}
	for j := at - 1; j >= 0 && j >= at-6; j-- {
		t := &f.toks[j]
		if t.Kind == vistka.Punct || strings.HasPrefix(t.Tag, "verb") || strings.HasPrefix(t.Tag, "conj") {
			return -1
		}
		if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_zna") || hasCase(t, "v_naz") || f.entityAt(j) != "" || f.governedBy(j) != "" || timeNouns[t.Lemma] {
			continue
		}
		if j+2 < at && isOpenQuote(f.toks[j+1].Text) && f.entityAt(j+2) != "" {
			return j + 2 // "фірму «Альфа»": the name after its kind
		}
		return j
	}
	return -1
}

// peopleFrom reports whether the indeclinable name at i, read as a
// genitive right after з, says where the people named by the noun before
// the preposition come from: "допомагали викладачі зі США" (not the
// trigger's noun: "переговори з США").
func (f *finder) peopleFrom(i int, tr trig) bool {
	t := &f.toks[i]
	if i < 2 || !strings.Contains(t.Tag, ":nv") || !hasCase(t, "v_rod") || hasCase(t, "v_oru") || !isPrep(&f.toks[i-1]) {
		return false
	}
	n := &f.toks[i-2]
	return i-2 != tr.noun && i-2 != tr.at && strings.HasPrefix(n.Tag, "noun") && strings.Contains(n.Tag, ":anim") && f.entityAt(i-2) == ""
}

// partnersFrom reports whether the place at i says where the persons of
// "з колегами з Канади" come from: "з" before it follows an animate noun
// in the instrumental that no name covers.
func (f *finder) partnersFrom(i int) bool {
	j := i - 1
	for j >= 0 && f.entityAt(j) == f.entityAt(i) {
		j--
	}
	if j < 1 || !isPrep(&f.toks[j]) {
		return false
	}
	n := &f.toks[j-1]
	return strings.HasPrefix(n.Tag, "noun") && strings.Contains(n.Tag, ":anim") && hasCase(n, "v_oru") && f.entityAt(j-1) == ""
}

// fundOf reports whether the name at i hangs in the genitive on a common
// noun after з: the purse aid comes from ("з фондів ЄС", "з бюджету
// міста"), not a partner.
func (f *finder) fundOf(i int) bool {
	k := i
	for k > 0 && f.entityAt(k-1) != "" && f.entityAt(k-1) == f.entityAt(i) {
		k--
	}
	return k > 1 && isNoun(&f.toks[k-1]) && f.entityAt(k-1) == "" && hasCase(&f.toks[k-1], "v_rod") && isPrep(&f.toks[k-2])
}

// motion reports whether the verb at at tells a movement to somewhere,
// after which в/у with an accusative is where to: прибув в Астану,
// повернувся у Київ.
func (f *finder) motion(at int) bool {
	v := f.verb(at)
	return verbs[v].mode == "visit" || motionVerbs[v]
}

// topicWords are prepositions whose phrase is what an event is about, not
// where it is: "переговори щодо судноплавства в Чорному морі".
var topicWords = map[string]bool{"щодо": true, "стосовно": true, "про": true}

// capitalTo returns the capital a phrase of direction and the country's
// adjective before столиця names at i ("прибув до української столиці",
// "у польську столицю": Київ, Варшава; the place of that name the text
// names, else the name), or "". The country is the gazetteer's one of
// that adjective, its capital the gazetteer's only one: a city of the
// country the text names is not taken for it (Харків for української).
func (f *finder) capitalTo(i int) string {
	if i < 2 || f.low(i) != "столиця" || !isAdj(&f.toks[i-1]) {
		return ""
	}
	switch f.low(i - 2) {
	case "до":
		if !hasCase(&f.toks[i], "v_rod") {
			return ""
		}
	case "в", "у":
		if !hasCase(&f.toks[i], "v_zna") {
			return ""
		}
	default:
		return ""
	}
	caps := gazetteer.Capitals(entity.CountryNamed(f.toks[i-1].Lemma))
	if len(caps) != 1 {
		return ""
	}
	return placeNamed(f.ents, caps[0])
}

// capitalOfCountryAt returns the capital the text named of the country
// named at i after "столиці" in the genitive ("прибув до столиці
// Фінляндії": Гельсінкі, named before), or "".
func (f *finder) capitalOfCountryAt(i int) string {
	e := f.entityAt(i)
	if i < 1 || e == "" || f.ents.Type(e) != "LOC" || f.low(i-1) != "столиця" || !hasCase(&f.toks[i-1], "v_rod") ||
		gazetteer.Lookup(f.ents.Name(e))&gazetteer.Country == 0 {
		return ""
	}
	return f.ents.CapitalOfCountry(e, f.toks[i].RStart, func(name string) bool { return gazetteer.Lookup(name)&gazetteer.Country == 0 })
}

// lastDoneTo returns the one named by a common noun whom the last event of
// the sentence before was done to (a court's measure, a detention, a
// charge), when no person is named for a pronoun to stand for: "Суд обрав
// директору підприємства запобіжний захід. Його підозрюють у розтраті".
// It returns "" otherwise.
func (f *finder) lastDoneTo() string {
	if f.s == 0 || len(f.before) == 0 {
		return ""
	}
	e := &f.before[len(f.before)-1]
	if e.Sentence.Start != f.a.Sentences[f.s-1].RStart && !(f.s >= 2 && e.Sentence.Start == f.a.Sentences[f.s-2].RStart && f.goesOnAbout(f.s-1)) {
		return ""
	}
	if !coerced[e.Type] || len(e.Recipients) != 1 || f.ents.Type(e.Recipients[0]) != "" || struckPhrase(*e) {
		return ""
	}
	return e.Recipients[0]
}

// goesOnAbout reports whether sentence s, which tells no event, opens with
// a subject that goes on about the one the sentence before it was about:
// a personal pronoun of the third person singular or a person named by a
// common noun, in the nominative ("СБУ затримала мешканця міста.
// Зловмисник фотографував причали. Йому повідомили про підозру").
func (f *finder) goesOnAbout(s int) bool {
	toks := f.a.Sentences[s].Tokens
	if len(toks) == 0 {
		return false
	}
	t := &toks[0]
	if !hasCase(t, "v_naz") || plural(t) {
		return false
	}
	return strings.Contains(t.Tag, "pron:pers:3") || strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, "pron") && !strings.Contains(t.Tag, ":prop")
}

// objectAsNominative reports whether the place at i, tagged nominative
// right after the trigger verb that already has its subject, is its
// object: an inanimate noun's accusative reads as its nominative
// ("Стере відвідав Чернігів").
func (f *finder) objectAsNominative(i int, tr trig, actors []string) bool {
	t := &f.toks[i]
	if tr.verb && len(actors) > 0 && f.quotedNameObject(i, tr) {
		return true // "НКРЕКП оштрафувала «Енергозбут-Капітал» на 1,7 млн гривень": a firm's name in quotation marks
	}
	if !tr.verb || len(actors) == 0 || !hasCase(t, "v_naz") || f.ents.Type(f.entityAt(i)) != "LOC" {
		return false
	}
	for j := tr.at + 1; j < i; j++ {
		if k := f.weaponPhrase(j); k > j && k <= i {
			j = k - 1 // "обстріляли з артилерії Куп'янськ": what with, then what
			continue
		}
		if n := f.timeAt(j); n > 0 && j+n <= i {
			j += n - 1 // "відвідав у вівторок Київ": when, then what
			continue
		}
		if u := &f.toks[j]; u.Kind == vistka.Punct || isPrep(u) || strings.HasPrefix(u.Tag, "noun") && f.entityAt(j) != f.entityAt(i) {
			return false
		}
	}
	return true
}

// weaponPhrase returns where a phrase of з and a common noun in the
// genitive with its adjectives, opening at j, ends: "з артилерії", "з
// реактивних систем залпового вогню"; else j.
func (f *finder) weaponPhrase(j int) int {
	if l := f.low(j); !isPrep(&f.toks[j]) || l != "з" && l != "із" && l != "зі" {
		return j
	}
	k := j + 1
	for k < len(f.toks) && isAdj(&f.toks[k]) && hasCase(&f.toks[k], "v_rod") && f.entityAt(k) == "" {
		k++
	}
	if k >= len(f.toks) || !isNoun(&f.toks[k]) || !hasCase(&f.toks[k], "v_rod") || f.entityAt(k) != "" || strings.Contains(f.toks[k].Tag, ":anim") {
		return j
	}
	return k + 1
}

// modifiesObject reports whether the place at i, after its preposition,
// qualifies what a meeting discussed rather than the meeting: "обговорив з
// Фіданом безпеку в Чорному морі" (the object before the preposition is
// a plain noun, not the trigger's own noun), or the land or building a
// ruling, a contract or aid is about (see propertyBefore). A target
// struck is where a strike was, so strikes never ask.
func (f *finder) modifiesObject(i int, tr trig) bool {
	j := f.caseIndex(i) - 1 // (past the kind of place: "у селі Петрівка")
	if j > tr.at+1 && (f.low(j) == "та" || f.low(j) == "і" || f.low(j) == "й") && f.ents.Type(f.entityAt(j-1)) == "LOC" {
		// "на ремонт тепломереж у Харкові та Сумах": the second place
		// goes with the first
		k := j - 1
		for k > tr.at+1 && f.entityAt(k-1) == f.entityAt(j-1) {
			k--
		}
		return f.modifiesObject(k, tr)
	}
	for j > tr.at && isAdj(&f.toks[j]) {
		j--
	}
	if j <= tr.at+1 || !isPrep(&f.toks[j]) {
		return false
	}
	n := j - 1
	t := &f.toks[n]
	if st := f.spanType(n); st == "DATE" || st == "TIME" || st == "PERIOD" || date.IsWeekday(lower(t)) || timeNouns[lower(t)] {
		return false // "підписали в п'ятницю в Каунасі": a day is no object
	}
	named := false // a name in the genitive before the place
	if e := f.entityAt(n); e != "" && (hasCase(t, "v_rod") || strings.Contains(t.Tag, ":nv")) {
		// "обговорили підготовку до саміту НАТО у Вашингтоні",
		// "відкриття посольства Японії в Києві": a name in the genitive
		// (or indeclinable) belongs to the thing before it, and so does
		// the place after it; not to a person ("з прем'єром Польщі у
		// Варшаві") or a part in another case ("на сході України в
		// Донецькій області")
		named = true
		m := n
		for m > tr.at+1 && f.entityAt(m-1) == e {
			m--
		}
		n = m - 1
		t = &f.toks[n]
	}
	if hasCase(t, "v_rod") {
		// "зустрівся на полях саміту НАТО у Вашингтоні", "під час
		// форуму в Давосі": the thing is where the event was, and so is
		// its place; so is a thing of a thing ("на відкритті Конференції
		// з відновлення України в Римі"), past genitives and з with one
		k := n - 1
		for k > tr.at && isAdj(&f.toks[k]) {
			k--
		}
		h := k
		for h > tr.at && (isAdj(&f.toks[h]) ||
			isNoun(&f.toks[h]) && hasCase(&f.toks[h], "v_rod") && !hasCase(&f.toks[h], "v_mis") ||
			f.low(h) == "з" && hasCase(&f.toks[h+1], "v_rod")) {
			h--
		}
		if h > tr.at && (hasCase(&f.toks[h], "v_mis") && isNoun(&f.toks[h]) || f.low(h) == "час" && f.low(h-1) == "під") {
			return false
		}
		if !named && k > tr.at && isNoun(&f.toks[k]) && hasCase(&f.toks[k], "v_oru") && withPrep(f.governedBy(k)) {
			// "провів нараду з головами громад у Вижниці": the partners
			// met, whose genitive says who they are, not what was
			// discussed; the place after it is the meeting's (but "з
			// головою місії МВФ в Україні": a body named, whose post's
			// place it is)
			return false
		}
	}
	if propertyActs[tr.k.typ] && f.propertyBefore(n, tr) {
		// "визнав недійсним договір оренди ділянки в селі Петрівка",
		// "наклав арешт на будинок у селі Минай", "виділить кошти на
		// ремонт тепломереж у Харкові": where the land, the building or
		// the works are, not where the court, the office or the donor
		// acted (a strike's target is where the strike was, a picket
		// at a building is at it, and a meeting's object is asked
		// above)
		return true
	}
	if tr.k.typ == "CONSULT" && gatheredFor[f.low(n)] && hasCase(t, "v_zna") && f.low(f.beforeAdjs(n, tr.at)) == "на" {
		// "зібралися на саміт у Канаді", "прибув на засідання в
		// Брюсселі": the gathering gone to is where they met
		return false
	}
	if tr.k.typ == "AGREE" && documentNouns[f.low(n)] {
		// "парафували мирний договір у Вашингтоні", "підписали
		// контракт у Києві", "погодили текст угоди в Брюсселі": the
		// paper signed stands where it was signed, whatever the verb
		return false
	}
	return (tr.k.typ == "CONSULT" || tr.k.typ == "AGREE") && n > tr.at && n != tr.noun && strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":inanim") && f.entityAt(n) == "" &&
		(hasCase(t, "v_zna") || hasCase(t, "v_rod")) && tr.verb
}

// propertyBefore reports whether the noun at n, or a noun its genitives
// hang on back to the trigger, is land, a building or works on them
// (propertyNouns) outside a place phrase of its own: "ремонт тепломереж",
// "будинок судді", "оренди ділянки".
func (f *finder) propertyBefore(n int, tr trig) bool {
	for k := n; k > tr.at && k != tr.noun; k-- {
		t := &f.toks[k]
		if isAdj(t) && f.entityAt(k) == "" {
			continue
		}
		if !isNoun(t) || f.entityAt(k) != "" || strings.Contains(t.Tag, "pron") {
			return false
		}
		if hasCase(t, "v_mis") && f.inPlacePhrase(k) {
			return false // "затримали у квартирі в Житомирі", "після обшуку в його будинку": where it was done
		}
		if propertyNouns[f.low(k)] {
			return true
		}
		if !hasCase(t, "v_rod") {
			return false // the chain of genitives ends at its head
		}
	}
	return false
}

// inPlacePhrase reports whether the noun at k stands after в, у or на,
// past its adjectives and a possessive: "в його будинку".
func (f *finder) inPlacePhrase(k int) bool {
	for q := k - 1; q >= 0 && q >= k-3; q-- {
		t := &f.toks[q]
		if isPrep(t) {
			l := f.low(q)
			return l == "в" || l == "у" || l == "на"
		}
		if !isAdj(t) && !strings.Contains(t.Tag, "pron") {
			return false
		}
	}
	return false
}

// propertyActs are the events whose place a phrase on their land or
// building object does not give (see modifiesObject): rulings, arrests
// of property, charges, contracts, aid and requests.
var propertyActs = map[string]bool{"ACCUSE": true, "COERCE": true, "REJECT": true, "SUPPORT": true, "AGREE": true,
	"AID": true, "REQUEST": true, "SANCTION": true, "CONCEDE": true, "COOPERATE": true}

// propertyNouns are land, buildings and works on them, whose place a
// phrase after them tells (see modifiesObject).
var propertyNouns = map[string]bool{
	"ділянка": true, "земля": true, "приміщення": true, "будинок": true, "будівля": true, "квартира": true,
	"об'єкт": true, "майно": true, "нерухомість": true, "маєток": true, "споруда": true, "казарма": true,
	"гуртожиток": true, "ремонт": true, "реконструкція": true, "будівництво": true, "забудова": true,
}

// arrestOf reports whether the name at i is whose arrest на арешт before
// it asks, right after it or past the person's title and its adjectives
// in the genitive: "на арешт Володимира Путіна", "на арешт російського
// бізнесмена Олега Савченка" (past a title, only a person's name: not the
// body in "на арешт уповноваженої Кремля").
func (f *finder) arrestOf(i int) bool {
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if f.low(j) == "арешт" {
			return f.low(j-1) == "на"
		}
		if t := &f.toks[j]; !hasCase(t, "v_rod") || !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") || f.entityAt(j) != "" {
			return false
		}
	}
	return false
}

// chargeTitle reports whether the preposition at j belongs to the title
// of a chargé d'affaires: "повірений у справах Росії" names an envoy of
// Росія as "посол Росії" does.
func (f *finder) chargeTitle(j int) bool {
	if j < 1 || j+2 >= len(f.toks) || !isPrep(&f.toks[j]) {
		return false
	}
	p := f.low(j)
	return (p == "у" || p == "в") && f.low(j-1) == "повірений" && f.low(j+1) == "справа"
}

// nextInfinitive reports whether token i is a conjunction joining to the
// infinitive trigger of tr, past its own object, another infinitive: what
// follows is that verb's ("конфіскувати активи і передати їх Україні").
func (f *finder) nextInfinitive(tr trig, i int) bool {
	if !tr.verb || !strings.Contains(f.toks[tr.at].Tag, ":inf") || i+1 >= len(f.toks) || i <= tr.at+1 {
		return false
	}
	if c := f.low(i); c != "і" && c != "та" && c != "й" || !strings.Contains(f.toks[i+1].Tag, ":inf") {
		return false
	}
	for j := tr.at + 1; j < i; j++ {
		if isNoun(&f.toks[j]) && hasCase(&f.toks[j], "v_zna") {
			return true
		}
	}
	return false
}

// dativeBefore returns the place or body in the dative, governed by no
// preposition, in the clause before the verb at at: "Житомирській
// області було виділено …"; "" when there is none.
func (f *finder) dativeBefore(at int) string {
	for j := at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
		e := f.entityAt(j)
		if e == "" || !hasCase(&f.toks[j], "v_dav") || f.governedBy(j) != "" {
			continue
		}
		if typ := f.ents.Type(e); typ == "LOC" || typ == "ORG" {
			return e
		}
	}
	return ""
}

// quotedNameObject reports whether the token at i belongs to an
// organisation's name in quotation marks that opens right after the
// finite trigger verb (an adverb between): the name stands in the verb's
// object's place, whatever case the tagger read ("оштрафувала
// «Енергозбут-Капітал»"). Not after a verb of speech or motion, whose
// name after it is its subject in inverted order: only a verb that
// takes an object (COERCE, ACCUSE, SANCTION, REJECT, SUPPORT).
func (f *finder) quotedNameObject(i int, tr trig) bool {
	switch tr.k.typ {
	case "COERCE", "ACCUSE", "SANCTION", "REJECT", "SUPPORT":
	default:
		return false
	}
	e := f.entityAt(i)
	if e == "" || f.ents.Type(e) != "ORG" || tr.noun >= 0 && tr.noun != tr.at {
		return false
	}
	v := &f.toks[tr.at]
	if !finiteVerb(v) || strings.Contains(v.Tag, "pasv") || strings.HasSuffix(f.low(tr.at), "ся") {
		return false
	}
	k := i
	for k > tr.at && f.entityAt(k-1) == e {
		k--
	}
	return k == tr.at+2 && f.toks[tr.at+1].Kind == vistka.QuoteMark
}

// inPersonOf returns the person named after "в особі" (in the person of)
// within a few words of from, up to end: "керівництва району в особі
// голови Віктора Партака" is aimed at Партак; or "".
func (f *finder) inPersonOf(from, end int) string {
	for k := from; k+1 < end && k <= from+6; k++ {
		if (f.low(k) == "в" || f.low(k) == "у") && f.low(k+1) == "особа" {
			for j := k + 2; j < end && j <= k+8; j++ {
				if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
					return e
				}
			}
			return ""
		}
	}
	return ""
}

// appealForum reports whether toks[i] names a body an appeal is taken to:
// an ORG under до, or under в or у in the locative ("оскаржило рішення
// до Антимонопольного комітету", "оскаржать в Господарському суді").
func (f *finder) appealForum(i int) bool {
	e := f.entityAt(i)
	if e == "" || f.ents.Type(e) != "ORG" {
		return false
	}
	switch f.governedBy(i) {
	case "до":
		return hasCase(&f.toks[i], "v_rod")
	case "в", "у":
		return hasCase(&f.toks[i], "v_mis")
	}
	return false
}

// arrival reports whether a visit's trigger is a visit named (з візитом)
// or an arrival (прибути, прилетіти), whose place in the accusative after
// в, у or на is where the visitor went: "приїхала в Петриківку замолоду"
// tells where someone settled, no visit.
func (f *finder) arrival(tr trig) bool {
	if tr.noun >= 0 {
		return true
	}
	switch f.verb(tr.at) {
	case "прибути", "прибувати", "прилетіти", "прилітати":
		return true
	}
	return false
}

// officialCame reports whether the coming verb at tr (приїхати,
// приїжджати) has a person with a title for its doer, whose coming in
// the accusative after в, у or на is a visit, as прибути's is: "Міністр
// Віктор Ляшко приїхав у Вінницю" (not "приїхала в Петриківку
// замолоду", where someone settled). The caller asks for a place the
// gazetteer knows: "приїхав на День незалежності" names a day.
func (f *finder) officialCame(tr trig, actors []string) bool {
	if v := f.verb(tr.at); v != "приїхати" && v != "приїжджати" {
		return false
	}
	return slices.ContainsFunc(actors, func(a string) bool {
		i := entity.Index(a)
		return i >= 0 && i < len(f.ents.Entities) && f.ents.Entities[i].Type == "PERS" && len(f.ents.Entities[i].Titles) > 0
	})
}

// officeObjectBefore reports whether a person is named by an office noun
// alone, of gender g, singular, in the accusative or its animate twin the
// genitive, under no preposition and with no name of his own, before
// token i of the sentence: the dative pronoun at i after it stands for
// him ("Керівника підприємства тоді було притягнуто до
// відповідальності, йому видано припис"), not for a person named in an
// earlier sentence.
func (f *finder) officeObjectBefore(i int, g byte) bool {
	for k := 0; k < i; k++ {
		t := &f.toks[k]
		if !offices[f.low(k)] || !strings.HasPrefix(t.Tag, "noun:anim") || plural(t) || gender(t) != g ||
			!hasCase(t, "v_zna") || hasCase(t, "v_naz") || f.governedBy(k) != "" || f.entityAt(k) != "" {
			continue
		}
		named := false
		for j := k + 1; j < i && j <= k+4; j++ {
			if e := f.entityAt(j); e != "" && f.ents.Type(e) == "PERS" {
				named = true // "директора Івана Петренка": named
			}
		}
		if !named {
			return true
		}
	}
	return false
}

// askedOf reports whether the trigger tr is a verb of asking, whose в or
// у with the genitive names the one asked ("попросила в Румунії
// допомоги", "просить у партнерів"), not a place, which takes the
// locative.
func (f *finder) askedOf(tr trig) bool {
	if tr.k.typ != "REQUEST" || !tr.verb {
		return false
	}
	switch f.verb(tr.at) {
	case "просити", "попросити", "випросити", "випрошувати":
		return true
	}
	return false
}

// askedThing returns where the thing asked for stands when the phrase
// under в or у at i stands right after the verb of asking tr and is
// followed by that thing in the genitive, past adjectives: "попросила в
// Румунії допомоги", "просить у США нових систем"; else -1. The one
// asked stands between the verb and what it asks for; a place is told
// apart ("У Києві мер попросив …", "попросив мешканців у Києві економити
// воду").
func (f *finder) askedThing(tr trig, i int) int {
	if i < 1 || i-1 != tr.at+1 {
		return -1
	}
	k := i + 1
	if e := f.entityAt(i); e != "" {
		k = f.nameEnd(i)
	} else {
		for k < len(f.toks) && hasCase(&f.toks[k], "v_rod") && isNoun(&f.toks[k]) && f.entityAt(k) == "" && k-i < 3 && !f.askedNoun(k) {
			k++ // "у міської ради" (the genitive of the one asked runs on)
		}
	}
	if j := f.pastAdjs(k); j < len(f.toks) && f.askedNoun(j) {
		return k
	}
	return -1
}

// askedNoun reports whether the word at k is a thing asked for: a
// common noun in the genitive, not a name.
func (f *finder) askedNoun(k int) bool {
	t := &f.toks[k]
	return isNoun(t) && hasCase(t, "v_rod") && f.entityAt(k) == "" && !strings.Contains(t.Tag, "pron") && !strings.Contains(t.Tag, ":anim")
}

// blamedPast returns, for blame laid by a verb and its noun
// (відповідальність, провина) with what it is for under за at i, the
// на after that reason that names the one blamed ("поклав
// відповідальність за відключення на «Укренерго»"), or -1: the reason's
// own names are passed over.
func (f *finder) blamedPast(tr trig, i, end int) int {
	if tr.k.typ != "ACCUSE" || tr.noun < 0 || tr.noun > i || f.low(tr.noun) != "відповідальність" && f.low(tr.noun) != "провина" {
		return -1
	}
	for k := i + 1; k < end && k <= i+8; k++ {
		if f.toks[k].Kind == vistka.Punct {
			return -1 // (a quotation mark is a kind of its own: "на «Укренерго»")
		}
		if f.low(k) == "на" && isPrep(&f.toks[k]) {
			return k
		}
	}
	return -1
}

// yieldedTo reports whether the genitive at i names the other side of a
// concession: whose demands or conditions are met, right after their
// noun ("вимог аграріїв", "умови Москви"), or whose entry a veto or
// objections held up ("вето на вступ Швеції").
func (f *finder) yieldedTo(i int) bool {
	if i < 1 {
		return false
	}
	switch f.low(i - 1) { // a lemma: вимог and вимоги are both вимога
	case "вимога", "умова", "прохання", "вступ":
		return true
	}
	return false
}

// dayOpens reports whether the words at i name a day of the act, bare or
// after в or у ("16 січня", "у вівторок"), not a span's bound nor a
// deadline ("з 1 квітня", "до 20 березня").
func (f *finder) dayOpens(i int) bool {
	if i+1 >= len(f.toks) {
		return false
	}
	if p := f.low(i); (p == "в" || p == "у") && isPrep(&f.toks[i]) {
		return date.IsWeekday(f.low(i + 1))
	}
	if t := &f.toks[i]; t.Kind != vistka.Number || len(t.Text) > 2 || !date.IsMonth(f.low(i+1)) {
		return false
	}
	return i == 0 || !isPrep(&f.toks[i-1]) || f.low(i-1) == "в" || f.low(i-1) == "у"
}

// suedBody reports whether the word at i is a body or people named by a
// common noun under проти in an accusation ("позов проти підприємства",
// "виступили проти керівництва шахти"): whom it is against. A name there
// is read with the entities.
func (f *finder) suedBody(tr trig, i int) bool {
	t := &f.toks[i]
	if tr.k.typ != "ACCUSE" || f.governedBy(i) != "проти" || !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_rod") || strings.Contains(t.Tag, "pron") {
		return false
	}
	lt := lower(t)
	return actorNoun(lt) || institutions[lt] || groups[lt] || firmNouns[lt] || strings.Contains(t.Tag, ":anim")
}
