package event

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// actNouns are the acts a decision is written in.
var actNouns = map[string]bool{"рішення": true, "постанова": true, "указ": true, "наказ": true, "розпорядження": true, "закон": true, "документ": true}

// weekdays are the names of the days of the week.
var weekdays = map[string]bool{"понеділок": true, "вівторок": true, "середа": true, "четвер": true, "п'ятниця": true, "субота": true, "неділя": true}

// speechVerbs say that something was said, in a sentence that dates a
// statement ("Про це він заявив у середу").
var speechVerbs = map[string]bool{
	"заявити": true, "заявляти": true, "сказати": true, "повідомити": true, "наголосити": true,
	"розповісти": true, "зазначити": true, "оголосити": true, "написати": true, "говорити": true,
}

func isOpenQuote(s string) bool { return s == "«" || s == "„" || s == "\"" }

func isCloseQuote(s string) bool { return s == "»" || s == "“" || s == "\"" }

// low returns lower(&f.toks[i]), lower-casing each token's lemma once:
// the rules ask for most of them many times.
func (f *finder) low(i int) string {
	if i < len(f.lows) && f.lows[i] != "" {
		return f.lows[i]
	}
	return f.lowFirst(i)
}

// lowFirst is low for a token not yet lower-cased. A finder made for
// one look at a sentence, with no memo of its own (only memos gives them
// out), lower-cases each time: it asks about few tokens, and a memo the
// length of the sentence for each such look was most of what the rules
// allocated.
func (f *finder) lowFirst(i int) string {
	if f.lows == nil {
		return lower(&f.toks[i])
	}
	f.lows[i] = lower(&f.toks[i])
	return f.lows[i]
}

func lower(t *vistka.Token) string {
	if t.Lemma == "" {
		return scan.ToLower(t.Text)
	}
	// (ToLower turns Ґ into ґ and nothing else into it: the lower case
	// has ґ just when the lemma has ґ or Ґ)
	l := scan.ToLower(latinHead(t.Lemma))
	// ґ is the only letter of Ukrainian whose first byte is 0xd2: most
	// lemmas are passed over by that byte alone.
	if strings.IndexByte(l, 0xd2) >= 0 && strings.Contains(l, "ґ") && strings.Contains(t.Tag, ":alt") {
		// an alternative spelling with ґ (мітинґ, Ґеорґій) is the word of
		// the standard one with г, which the tables list
		return strings.ReplaceAll(l, "ґ", "г")
	}
	return l
}

// latinHead returns the Cyrillic word of a lemma made of a prefix in
// Latin script, a hyphen and that word (FPV-дрон, Starlink-термінал,
// IT-компанія: see scan.LatinPrefixed), which the tables list: an
// FPV-дрон is a дрон. Any other lemma is returned as it is.
func latinHead(l string) string {
	if _, w, ok := scan.LatinPrefixed(l); ok {
		return w
	}
	return l
}

// contracts are the nouns of a deal between two sides.
var contracts = map[string]bool{"контракт": true, "договір": true, "угода": true}

// endsSentence reports whether t is a full stop, a question or an
// exclamation mark.
func endsSentence(t *vistka.Token) bool {
	return t.Kind == vistka.Punct && strings.ContainsAny(t.Text, ".!?…")
}

// verb returns verbLemma(&f.toks[i]), a verb's from the lemma low keeps;
// it keeps what it returns for each token, which the rules ask for many
// times.
func (f *finder) verb(i int) string {
	if i < len(f.verbs) && f.verbs[i].known {
		return f.verbs[i].s
	}
	return f.verbFirst(i)
}

// verbFirst is verb for a token not yet asked about.
func (f *finder) verbFirst(i int) string {
	var v string
	if isVerb(&f.toks[i]) {
		v = f.low(i)
		// (the ending first: most verbs are no impersonal form, and
		// impersonalVerb has nothing for a word not ending in о)
		if endsInO(f.toks[i].Text) && strings.Contains(f.toks[i].Tag, "impers") {
			if _, ok := verbs[v]; !ok && pairs[v] == nil && lightVerbs[v] == nil {
				// an impersonal form the tagger gave a lemma no verb has
				// ("задоволено": задоволити for задовольнити)
				if w := impersonalVerb(f.toks[i].Text); w != "" {
					v = w
				}
			}
		}
	} else {
		v = verbLemma(&f.toks[i])
	}
	if f.verbs != nil { // (see lowFirst)
		f.verbs[i] = memo{v, true}
	}
	return v
}

// verbLemma returns the verb lemma of a verb or adverbial participle.
func verbLemma(t *vistka.Token) string {
	// The lemma is lower-cased only for the tags that use it: most
	// tokens are no verb, and many lemmas are names.
	switch {
	case strings.HasPrefix(t.Tag, "verb"):
		return lower(t)
	case strings.HasPrefix(t.Tag, "advp"):
		l := lower(t)
		if l == "беручи" {
			return "брати" // a stem of its own: беручи участь
		}
		if strings.HasSuffix(l, "ходячи") {
			return l // "виходячи на вулицю": one going out, no protest (nor виходячи з, a premise)
		}
		// (an imperfective one by its present stem: обстрілюючи,
		// атакуючи, вимагаючи)
		// (a perfective one of a stem that changes in the past: уклавши
		// is укласти, провівши провести, знайшовши знайти, привізши
		// привезти, принісши принести, померши померти, напавши
		// напасти, допомігши допомогти)
		for _, e := range [][2]string{{"вівшись", "вестися"}, {"вівши", "вести"}, {"клавши", "класти"}, {"йшовши", "йти"}, {"нісши", "нести"},
			{"візши", "везти"}, {"ерши", "ерти"}, {"павши", "пасти"}, {"кравши", "красти"}, {"мігши", "могти"},
			{"вшись", "тися"}, {"вши", "ти"}, {"уючи", "увати"}, {"юючи", "ювати"}, {"аючи", "ати"}, {"яючи", "яти"},
			// (an imperfective one of the second conjugation whose stem
			// keeps its consonant: проводячи, говорячи, просячи)
			{"одячи", "одити"}, {"орячи", "орити"}, {"осячи", "осити"}} {
			if strings.HasSuffix(l, e[0]) {
				return strings.TrimSuffix(l, e[0]) + e[1]
			}
		}
	case strings.HasPrefix(t.Tag, "adv"):
		// an impersonal form read as an adverb: "Виннику повідомлено
		// про підозру"
		return impersonalVerb(t.Text)
	}
	return ""
}

// entityAt returns the entity id a token belongs to; "" for an index
// outside the sentence. It keeps what it returns for each token, as verb
// does: the rules ask about most tokens many times, and each answer is a
// search of the entities' mentions.
func (f *finder) entityAt(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	if i < len(f.ids) && f.ids[i].known {
		return f.ids[i].s
	}
	t := &f.toks[i]
	e := f.ents.At(t.RStart, t.REnd)
	if f.ids != nil { // (see lowFirst)
		f.ids[i] = memo{e, true}
	}
	return e
}

func hasCase(t *vistka.Token, c string) bool { return strings.Contains(t.Tag, c) }

func isPrep(t *vistka.Token) bool { return strings.HasPrefix(t.Tag, "prep") }

// isNoun reports a noun (a noun pronoun too: він, хто).
func isNoun(t *vistka.Token) bool { return strings.HasPrefix(t.Tag, "noun") }

// isVerb reports a verb, an infinitive too; finiteVerb leaves infinitives out.
func isVerb(t *vistka.Token) bool { return strings.HasPrefix(t.Tag, "verb") }

// anyVerb reports whether toks hold a verb.
func anyVerb(toks []vistka.Token) bool {
	for i := range toks {
		if isVerb(&toks[i]) {
			return true
		}
	}
	return false
}

// finiteVerb reports a verb other than an infinitive.
func finiteVerb(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, ":inf")
}

// governedBy returns the lemma of the preposition that governs token i,
// looking back over the words of one noun phrase, or "".
func (f *finder) governedBy(i int) string {
	// Prepositions do not govern the nominative: in "За посередництва
	// Туреччини Україна" Україна is not under "за".
	self := f.entityAt(i)
	if k := f.firmWordBefore(i, self); k >= 0 && strings.Contains(f.toks[i].Tag, ":nv") {
		// "з будівельною компанією ТОВ «Альфа»": an indeclinable name
		// under the preposition of the word for a firm before it
		return f.governedBy(k)
	}
	if p := f.prepBeforeForm(i, self); p != "" {
		return p // "Перевірку щодо ПП «Омега» провела Держаудитслужба": the quoted name keeps the nominative
	}
	if hasCase(&f.toks[i], "v_naz") && !f.nvAfterPrep(i, self) {
		if self != "" && strings.Contains(f.toks[i].Tag, ":prop") {
			// "з держсекретарем Марко Рубіо": a foreign name the tagger
			// reads as a nominative, in apposition to a title under
			// the preposition
			if j := f.titleBefore(i, self); j >= 0 {
				return f.governedBy(j)
			}
		}
		return ""
	}
	c := vtag.Case(f.toks[i].Tag)
	if (c == "v_dav" || c == "v_mis") && self != "" && f.ents.Type(self) == "PERS" {
		// "ще при директорі Сергієві Мусєєву": a name in apposition to a
		// title in the locative, whose -ові and -у the tagger may read as
		// a dative, is under the title's preposition
		if j := f.titleBefore(i, self); j >= 0 && hasCase(&f.toks[j], "v_mis") {
			return f.governedBy(j)
		}
	}
	joined := false // a conjunction passed
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		t := &f.toks[j]
		if isPrep(t) {
			if n := f.termFor(j); n > 0 && j+n <= i {
				return "" // "дискваліфікувало на чотири роки біатлоністку": the term ended
			}
			if l := f.low(j); (l == "понад" || l == "близько") && j+1 < i && (f.toks[j+1].Kind == vistka.Number || strings.HasPrefix(f.toks[j+1].Tag, "numr") || crowds[f.low(j+1)]) {
				return "" // "Понад сто фермерів пікетували", "Близько сотні мешканців вийшли": a bound of the count, not a preposition
			}
			if j < i-7 && joined {
				return ""
			}
			if n := &f.toks[j+1]; j+1 < i && c == "v_zna" && vtag.Case(n.Tag) == "v_rod" && strings.HasPrefix(n.Tag, "noun") && f.entityAt(j+1) == "" &&
				(f.low(j) == "з" || f.low(j) == "із" || f.low(j) == "зі") {
				// "обстріляли з артилерії Куп'янськ": з governs the
				// weapon's genitive, not the name in the accusative after it
				return ""
			}
			if n := &f.toks[j+1]; self == "" && j+1 < i && c != "" && c != "v_rod" && vtag.Case(n.Tag) == "v_rod" && !hasCase(n, c) {
				// "Після цього пропозицію «Альфи» відхилили", "після
				// виявлення факту фірму …": the phrase under the
				// preposition ended with its genitive, a common noun in
				// another case after it stands outside (not a name,
				// whose case the tagger may miss in apposition to a
				// title: "до президентки МОК Кірсті Ковентрі")
				return ""
			}
			return f.low(j)
		}
		joined = joined || strings.HasPrefix(t.Tag, "conj")
		if self != "" && weekdays[t.Lemma] {
			return "" // "відвідав у вівторок Київ": the day is the preposition's
		}
		if j < i-7 && !hasCase(t, "v_rod") && (c == "" || !hasCase(t, c)) {
			// past seven words, only a title and its genitive tail:
			// "з генеральним секретарем Ради співробітництва арабських
			// держав Перської затоки Джасемом аль-Будаві"
			return ""
		}
		if t.Kind == vistka.QuoteMark {
			continue // "проти російського «Газпрому»"
		}
		if strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_naz") && (c == "" || !hasCase(t, c)) && f.entityAt(j) != self {
			return "" // "британська компанія «Krederi ltd»": the name of a subject
		}
		if t.Kind != vistka.Word || strings.HasPrefix(t.Tag, "verb") {
			return ""
		}
		if self != "" && f.entityAt(j) == self {
			continue // the rest of the same name (Фуміо Кісідою)
		}
		// A noun in another case between them takes the preposition,
		// unless that noun is a genitive hanging on another: "на допомогу
		// Україні" and "у центрі Києва" put the name under no
		// preposition; "до міністерства України" and "з президентом
		// країни Токаєвим" keep theirs.
		if tc := vtag.Case(t.Tag); strings.HasPrefix(t.Tag, "noun") && c != "" && tc != c && tc != "v_rod" {
			return ""
		}
		if f.adjectiveClosesPhrase(j, c) {
			return "" // "затримали на гарячому посадовця": the phrase under на ended
		}
	}
	return ""
}

// adjectiveClosesPhrase reports whether the adjective at j stands for a
// noun of its own and ends the phrase of a preposition before it: its
// case is not c, nor the genitive, and the word after it is not in its
// case ("затримали на гарячому посадовця": гарячому, in the locative,
// has no noun after it, so посадовця is under no preposition).
func (f *finder) adjectiveClosesPhrase(j int, c string) bool {
	t := &f.toks[j]
	if !strings.HasPrefix(t.Tag, "adj") || c == "" || j+1 >= len(f.toks) {
		return false
	}
	tc := vtag.Case(t.Tag)
	if tc == "" || tc == c || tc == "v_rod" || hasCase(t, c) || f.entityAt(j) != "" {
		return false
	}
	// (an indeclinable word, a name or a quote mark after it may be the
	// noun it goes with: "з власним ДП «Альфа»")
	n := &f.toks[j+1]
	if strings.Contains(n.Tag, ":nv") || strings.Contains(n.Tag, ":prop") || n.Kind != vistka.Word || f.entityAt(j+1) != "" {
		return false
	}
	return !hasCase(n, tc)
}

// inJob reports whether token i lies inside a JOB span.
func (f *finder) inJob(i int) bool {
	t := &f.toks[i]
	sp := f.a.Spans
	n := sort.Search(len(sp), func(n int) bool { return sp[n].End > t.RStart })
	return n < len(sp) && sp[n].Type == "JOB" && sp[n].Start <= t.RStart && t.REnd <= sp[n].End
}

func isAnd(t *vistka.Token) bool {
	switch lower(t) {
	case "та", "і", "й":
		return true
	}
	return false
}

// nounGender is gender with the neuter too ('n').
func nounGender(t *vistka.Token) byte {
	if strings.Contains(t.Tag, ":n:") {
		return 'n'
	}
	return gender(t)
}

// plural reports whether the token's tag is plural.
func plural(t *vistka.Token) bool { return numberOf(t) == 1 }

// pluralTag reports a tag of the plural: verb:perf:past:p, verb:perf:futr:p:3.
func pluralTag(tag string) bool { return strings.Contains(tag, ":p:") || strings.HasSuffix(tag, ":p") }

// inQuotedText reports whether token i lies inside quotation marks that
// hold more than a name: a slogan or words quoted ("скандували гасла
// «Словаччина – це Європа»"), whose names are no party to the event.
func (f *finder) inQuotedText(i int) bool {
	open := -1
	for j := i - 1; j >= 0; j-- {
		if t := &f.toks[j]; t.Kind == vistka.QuoteMark {
			if t.Text == "»" || t.Text == "”" {
				return false
			}
			if t.Text == "\"" {
				n := 0
				for k := 0; k <= j; k++ {
					if f.toks[k].Text == "\"" {
						n++
					}
				}
				if n%2 == 0 {
					return false // it closes a quote before i
				}
			}
			open = j
			break
		}
	}
	if open < 0 {
		return false
	}
	e, words := f.entityAt(i), 0
	for j := open + 1; j < len(f.toks); j++ {
		t := &f.toks[j]
		if t.Kind == vistka.QuoteMark {
			if j == i+1 && open == i-1 && words == 1 && isNoun(&f.toks[i]) && strings.Contains(f.toks[i].Tag, ":anim") {
				return false // "донецькі «фахівці»": one word in irony quotes names people
			}
			if j == i+1 && open == i-1 && open > 0 && words == 1 && isVerb(&f.toks[i]) &&
				strings.HasPrefix(f.toks[open-1].Tag, "adv") && !strings.Contains(f.toks[open-1].Tag, "pron") {
				return false // "насильно «випровадити»": a verb in irony quotes after its adverb is done
			}
			return words > 0
		}
		if t.Kind == vistka.Word && (e == "" || f.entityAt(j) != e) || isDash(t) {
			words++
		}
	}
	return false
}

// isDash reports whether a token is a dash.
func isDash(t *vistka.Token) bool {
	return t.Text == "–" || t.Text == "—" || t.Text == "-"
}

// groupOf reads a subject that names a country's forces, side or people
// by an adjective or a name of inhabitants: "російські війська", "Російська
// сторона", "Росіяни" act for Росія when the document names it.
func (f *finder) groupOf(i int) string {
	t := &f.toks[i]
	if groups[lower(t)] {
		// The adjective may be tagged a noun (японській → японська).
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if isAnd(&f.toks[j]) && j > 0 && isAdj(&f.toks[j-1]) {
				continue // "Польська та союзна авіація"
			}
			if !isAdj(&f.toks[j]) && !sameCase(&f.toks[j], t) {
				break
			}
			if e := f.ents.CountryOf(f.low(j)); e != "" {
				return e
			}
		}
		return ""
	}
	if strings.Contains(t.Tag, ":anim") && strings.Contains(t.Tag, ":p:") && !strings.Contains(t.Tag, "pron") {
		return f.ents.CountryOf(lower(t))
	}
	return ""
}

func sameCase(a, b *vistka.Token) bool {
	c := vtag.Case(a.Tag)
	return c != "" && c == vtag.Case(b.Tag) && strings.HasPrefix(a.Tag, "noun")
}

// groups are nouns for a country's side, forces or people.
var groups = map[string]bool{
	"війська": true, "військо": true, "військові": true, "сили": true, "армія": true,
	"сторона": true, "окупанти": true, "загарбники": true, "угруповання": true,
	"уряд": true, "влада": true, "дипломати": true, "делегація": true, "флот": true,
	"авіація": true, "артилерія": true, "прикордонники": true, "силовики": true,
	"народ": true,
}

// institutions are nouns for bodies that act for a country or an
// organisation named after them.
var institutions = map[string]bool{
	"рада": true, "уряд": true, "парламент": true, "влада": true, "сенат": true,
	"конгрес": true, "міністерство": true, "відомство": true, "комісія": true,
	"армія": true, "війська": true, "військо": true, "сили": true, "посольство": true,
	"керівництво": true, "адміністрація": true, "генштаб": true, "штаб": true, "командування": true,
	"президія": true, "колегія": true, // Президія НАН підтримала
}

func gender(t *vistka.Token) byte {
	switch {
	case strings.Contains(t.Tag, ":m:"):
		return 'm'
	case strings.Contains(t.Tag, ":f:"):
		return 'f'
	}
	return 0
}

// kindBefore returns, for a name at i in quotation marks, the index of
// the common noun of its kind before the opening mark (фірму «Альфа»),
// past up to three genitives that hang on the kind (підприємством
// об'єднання громадян «Світанок»); -1 when there is none.
func (f *finder) kindBefore(i int) int {
	if i < 2 || f.toks[i-1].Kind != vistka.QuoteMark {
		return -1
	}
	kind := -1 // the head: a kind in the genitive may hang on another
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		t := &f.toks[k]
		if f.entityAt(k) != "" || !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
			break
		}
		if actorNoun(f.low(k)) || troupes[f.low(k)] {
			kind = k
		}
		if !hasCase(t, "v_rod") {
			break
		}
	}
	return kind
}

// claims are the nouns for what a party asks a court or a body for.
var claims = map[string]bool{"позов": true, "касація": true, "скарга": true, "апеляція": true, "пропозиція": true, "клопотання": true, "вимога": true}

// offices are the nouns of one office a person may be named by alone:
// "з мером Харкова", "з головою обласної військової адміністрації".
var offices = map[string]bool{
	"мер": true, "мерка": true, "міністр": true, "міністерка": true, "посол": true, "посолка": true,
	"голова": true, "начальник": true, "начальниця": true, "губернатор": true, "губернаторка": true,
	"президент": true, "президентка": true, "прем'єр-міністр": true, "прем'єр-міністерка": true, "прем'єр": true,
	"прем'єрка": true, "канцлер": true, "канцлерка": true, "спікер": true, "спікерка": true, "очільник": true,
	"очільниця": true, "керівник": true, "керівниця": true, "командувач": true, "командувачка": true,
	"командир": true, "секретар": true, "генсек": true, "заступник": true, "заступниця": true,
	"уповноважений": true, "уповноважена": true, "омбудсмен": true, "омбудсменка": true, "директор": true,
	"директорка": true, "ректор": true, "ректорка": true, "староста": true, "примар": true,
}

// nvAfterPrep reports whether the indeclinable name e at i, which the
// tagger may read as a nominative, follows a preposition right before
// its first word: "з Марко Рубіо".
func (f *finder) nvAfterPrep(i int, e string) bool {
	if e == "" || !strings.Contains(f.toks[i].Tag, ":nv") {
		return false
	}
	k := f.nameStart(i, e)
	return k > 0 && isPrep(&f.toks[k-1])
}

// firmWordBefore returns the word for a firm, outside the name, that the
// firm's name e at i stands in apposition to ("компанією ТОВ «Альфа»",
// "підприємству «Бета»"), or -1.
func (f *finder) firmWordBefore(i int, e string) int {
	if e == "" || f.ents.Type(e) != "ORG" {
		return -1
	}
	k := f.nameStart(i, e)
	if k > 0 && f.toks[k-1].Kind == vistka.QuoteMark && f.entityAt(k-1) == "" {
		k--
	}
	if k > 0 && legalForms[f.low(k-1)] && isNoun(&f.toks[k-1]) && f.entityAt(k-1) == "" {
		return k - 1
	}
	return -1
}

// termFor returns the length of a term "на чотири роки", "на місяць",
// "на два тижні" that opens at token j, or 0.
func (f *finder) termFor(j int) int {
	if f.low(j) != "на" {
		return 0
	}
	k := j + 1
	for k < len(f.toks) && (strings.HasPrefix(f.toks[k].Tag, "numr") || f.toks[k].Kind == vistka.Number) {
		k++
	}
	if k < len(f.toks) && termNouns[f.low(k)] {
		return k - j + 1
	}
	return 0
}

// termNouns are the units of a term: на чотири роки, на місяць.
var termNouns = map[string]bool{"рік": true, "місяць": true, "тиждень": true, "день": true, "доба": true}

// crowds are nouns of number, by lemma, that make a group of the people
// counted after them a subject: тисячі людей вийшли на акцію протесту.
// A група of people counted after it is one too: група громадських
// діячів відвідала штаб-квартиру НАТО (not група компаній).
var crowds = map[string]bool{"група": true, "тисяча": true, "сотня": true, "десяток": true, "мільйон": true}

// actorNouns are common nouns for those who act as a body: a court, a
// prosecutor's office, a community. Any animate noun (прикордонники,
// мешканці, козаки) acts too.
// actorNoun reports whether w is a noun of actorNouns, or a compound
// whose first part is one: "компанія-оператор", "фірма-підрядник".
func actorNoun(w string) bool {
	if actorNouns[w] {
		return true
	}
	// (a town's title, "місто-побратим", "місто-герой", stands before
	// the town's name, which names the party)
	head, _, ok := strings.Cut(w, "-")
	return ok && actorNouns[head] && head != "місто"
}

var actorNouns = map[string]bool{
	"суд": true, "прокуратура": true, "поліція": true, "кіберполіція": true, "міліція": true, "слідство": true, "арбітраж": true,
	"міськрада": true, "облрада": true, "райрада": true, "рада": true, "фонд": true,
	"комісія": true, "громада": true, "діаспора": true, "спільнота": true, "інспекція": true, "служба": true, "управління": true,
	"департамент": true, "міністерство": true, "відомство": true, "адміністрація": true,
	"райдержадміністрація": true, "облдержадміністрація": true, "госпсуд": true, "райсуд": true,
	"військо": true, "війська": true, "армія": true, "загін": true, "організація": true, "профспілка": true, "партія": true, "блок": true,
	"компанія": true, "фірма": true, "підприємство": true, "товариство": true, "банк": true,
	// a town's or a region's utility, named by its kind: водоканал
	// оскаржить рішення, обленерго відключило
	"водоканал": true, "обленерго": true, "облгаз": true,
	// a seat standing for its government, or a trading house: Білий дім
	// відкинув погрози, торговий дім уклав договір
	"дім":    true,
	"кремль": true, "розвідка": true, "контррозвідка": true, "сила": true, "парламент": true, "посольство": true, "командування": true,
	"делегація": true, "правління": true, // правління Нацбанку оштрафувало банк
	"опозиція": true, // a parliament's opposition acts as a body: опозиція вимагає вето, заблокувала трибуну
	"фракція":  true, // and so do its factions: опозиційні фракції вимагали ухвалити звернення
	// a family that sues or protests: родина загиблої подала позов; a
	// village council, as a city's: сільрада скасувала рішення
	"родина": true, "сім'я": true, "сільрада": true,
	// the defence in a trial (захист оскаржить вирок); a relief convoy
	// (конвой доставив у громаду продуктові набори)
	"захист": true, "конвой": true,
	// an enlistment office calls up: обласний військовий комісаріат
	// призвав військовозобов'язаних
	"військкомат": true, "комісаріат": true,
	// a body named by its kind: антитерористичний центр СБУ подав позов
	"центр":   true,
	"лікарня": true, "університет": true, "школа": true, "агентство": true, "агенція": true, "комітет": true,
	"уряд": true, "кабмін": true, "мерія": true, "інститут": true, "академія": true,
	"бюро": true, "палата": true, "трибунал": true, "асоціація": true, "спілка": true, "об'єднання": true,
	"держпідприємство": true, "концерн": true, "корпорація": true, "холдинг": true, "видання": true,
	"спецслужба": true, "влада": true, "угруповання": true, "федерація": true, "конфедерація": true, "союз": true,
	"конференція": true, "виконком": true, "коаліція": true,
	// a sports club and a candidate's campaign act as bodies: клуб
	// оскаржить рішення УЄФА, штаб кандидатки оскаржить результати
	"клуб": true, "штаб": true,
	"завод": true, "комбінат": true, "фабрика": true, "шахта": true, "кооператив": true, "лісгосп": true, "залізниця": true, "представництво": true,
	"місія": true, "підрозділ": true, "бригада": true, "батальйон": true, "полк": true, "дивізія": true, "флот": true, "авіація": true,
	// an authority's territorial branch: відділення наклало штраф
	"відділення": true, "тервідділення": true,
	// a department and a board that act: слідчий відділ прокуратури
	// проводить розслідування, адмінколегія АМКУ винесла рішення
	"відділ": true, "колегія": true, "адмінколегія": true,
	// a body's regional office: Західний офіс Держаудитслужби підтвердив
	"офіс": true,
	// a people's collective nouns act as a group: українська молодь
	// провела демонстрацію, місцева молодь вимагає прав, студентство
	// пікетувало міністерство
	"молодь": true, "студентство": true, "інтелігенція": true,
	// a nation or a people acting as one: народ підтримав ініціативу
	"народ": true,
	// a workforce acts as one: трудовий колектив звернувся до Фонду,
	// колектив інституту подав позов
	"колектив": true,
	// a firm's or a plant's management and its trade-union committee act
	// as bodies: керівництво компанії підписало колективний договір,
	// дирекція заводу відхилила вимоги, профком звернувся до міністра
	"керівництво": true, "дирекція": true, "профком": true,
	// the press as a body: російські державні ЗМІ звинуватили
	// організаторів, західні медіа розкритикували рішення
	"змі": true, "медіа": true,
}

// nounPhrase names a subject that is no entity by the phrase as written: a
// body (суд, прокуратура) or an animate noun (прикордонники, мешканці
// Дякової слободи) with the adjectives before it and the genitives after
// it. It returns "" for other nouns and for pronouns.
func (f *finder) nounPhrase(i int) string {
	t := &f.toks[i]
	if crowds[lower(t)] {
		// тисячі людей, сотні фермерів, кілька тисяч французьких фермерів
		j := i + 1
		for j < len(f.toks) && j <= i+3 && isAdj(&f.toks[j]) && hasCase(&f.toks[j], "v_rod") {
			j++
		}
		if j < len(f.toks) && hasCase(&f.toks[j], "v_rod") && strings.Contains(f.toks[j].Tag, ":anim") && isNoun(&f.toks[j]) {
			lo := i
			if i > 0 && (strings.HasPrefix(f.toks[i-1].Tag, "numr") || f.toks[i-1].Kind == vistka.Number) {
				lo = i - 1
			}
			return f.text(lo, j+1)
		}
	}
	if strings.Contains(t.Tag, "pron") || !actorNoun(lower(t)) && !weapons[lower(t)] && !strings.Contains(t.Tag, ":anim") && !f.namedSide(i) && !f.townActs(i) &&
		!(lower(t) == "група" && hasCase(t, "v_naz")) { // (a group acts as a whole: "Ініціативна група попередила")
		return "" // "українські дрони знищили": the weapons stand for their side
	}
	if e := f.namedAfter(i); e != "" {
		return e
	}
	if e := f.firmNamedAfter(i); e != "" {
		return e // "місцева компанія ТОВ «Альфа» подала позов": the firm
	}
	if e := f.entityAt(i + 1); e != "" && lower(t) == "угруповання" && f.ents.Type(e) != "LOC" {
		return e // "угруповання UAC-0002": the group by its name
	}
	if e := f.entityAt(i + 1); e != "" && officials[lower(t)] && f.ents.Type(e) == "ORG" {
		return e // "Посадовці Департаменту охорони здоров'я підозрюються": the department's
	}
	lo, hi := i, i+1
	for lo > 0 && isAdj(&f.toks[lo-1]) && !strings.Contains(f.toks[lo-1].Tag, "pron") && f.spanType(lo-1) != "DATE" &&
		!timeNouns[f.toks[lo-1].Lemma] && f.low(lo-1) != "вихідний" && !(hasCase(&f.toks[lo-1], "v_rod") && !hasCase(t, "v_rod")) &&
		numberOf(&f.toks[lo-1])*numberOf(t) != -1 {
		// (not "минулі вихідні", the time; not "родинам загиблих місто",
		// the genitive of the noun before; not "на вулиці Келецькій
		// рятувальники", a singular of the street before a plural)
		lo--
	}
	for hi < len(f.toks) && hi-i <= 3 && (hasCase(&f.toks[hi], "v_rod") || f.caselessName(hi)) && (f.caselessName(hi) || isNoun(&f.toks[hi]) || isAdj(&f.toks[hi]) || hi > i+1 && isAdj(&f.toks[hi-1]) && f.countedNoun(hi)) &&
		f.spanType(hi) != "DATE" && f.spanType(hi) != "TIME" && f.spanType(hi) != "PERIOD" && !f.timeGenitive(hi) &&
		!f.objectFirst(hi) {
		hi++ // (not "минулого четверга", the time; not "Мер звинувачення відкинув", the object put before the verb)
	}
	if hi > i+1 && hi < len(f.toks) && isAdj(&f.toks[hi-1]) && isNoun(&f.toks[hi]) && hasCase(&f.toks[hi], "v_rod") {
		hi++ // not ending on an adjective: "Мешканці Дякової слободи Антрацитівського району"
	}
	if lo > 0 && f.low(lo) == "званий" && f.low(lo-1) == "так" {
		lo-- // "так званих куркулів": так звані куркулі
	}
	if plural(t) && hi > i+1 {
		hi = f.countriesOn(hi) // "Міністри закордонних справ України та Польщі": the people of both
	}
	if e := f.entityAt(hi - 1); hi > i+1 && e != "" {
		// not cut inside a name: "Рада виконавчих директорів
		// Міжнародного валютного фонду", not "… Міжнародного"
		for hi < len(f.toks) && hi-i <= 8 && f.entityAt(hi) == e && !isPrep(&f.toks[hi]) {
			hi++
		}
	}
	return f.text(lo, hi)
}

// timeGenitive reports whether a time noun in the genitive opens at i, with its
// adjective or alone: "Російські війська минулої доби атакували" names
// the troops, not the troops of the day.
func (f *finder) timeGenitive(i int) bool {
	if i+1 < len(f.toks) && isAdj(&f.toks[i]) {
		i++
	}
	return (timeNouns[f.toks[i].Lemma] || weekdays[f.toks[i].Lemma]) && hasCase(&f.toks[i], "v_rod") // "минулої суботи"
}

// countedNoun reports whether the token at j is a number word in the
// genitive before the genitive noun it counts, inside a genitive tail
// that would otherwise end on an adjective: "суди перших двох
// інстанцій", not "суди перших".
func (f *finder) countedNoun(j int) bool {
	return strings.HasPrefix(f.toks[j].Tag, "numr") && j+1 < len(f.toks) && isNoun(&f.toks[j+1]) && hasCase(&f.toks[j+1], "v_rod")
}

// namedSide reports whether the word at i is сторона, one party, named by
// the adjective before it or the genitive after it: "українська сторона
// зверталася", "сторона захисту подасть апеляцію".
func (f *finder) namedSide(i int) bool {
	t := &f.toks[i]
	if lower(t) != "сторона" || !strings.Contains(t.Tag, ":f:") {
		return false
	}
	if i > 0 && isAdj(&f.toks[i-1]) && !strings.Contains(f.toks[i-1].Tag, "pron") && vtag.Case(f.toks[i-1].Tag) == vtag.Case(t.Tag) {
		return true
	}
	return i+1 < len(f.toks) && isNoun(&f.toks[i+1]) && hasCase(&f.toks[i+1], "v_rod")
}

// agreeingAdjectives returns the adjectives right before the singular noun
// at i that agree with it, in their base form in its gender: "рішення
// селищної ради" gives селищна, "литовському урядові" литовський. It
// stops at a pronoun (цю, свою), a number, a preposition, punctuation and
// a date, and gives "" for a plural noun, whose lemma is singular.
func (f *finder) agreeingAdjectives(i int) string {
	head := &f.toks[i]
	g, c := nounGender(head), vtag.Case(head.Tag)
	if g == 0 || c == "" || strings.Contains(head.Tag, ":p:") {
		return ""
	}
	lo := i
	for lo > 0 && lo > i-3 {
		a := &f.toks[lo-1]
		if !strings.HasPrefix(a.Tag, "adj") || strings.Contains(a.Tag, "pron") || nounGender(a) != g || vtag.Case(a.Tag) != c ||
			f.spanType(lo-1) == "DATE" || f.entityAt(lo-1) != "" {
			break
		}
		lo--
	}
	words := make([]string, 0, i-lo)
	for k := lo; k < i; k++ {
		w := adjInGender(strings.ToLower(f.toks[k].Lemma), g)
		if r, _ := utf8.DecodeRuneInString(f.toks[k].Text); k > 0 && unicode.IsUpper(r) {
			// "Житомирської обласної ради": a name no span covers
			r, n := utf8.DecodeRuneInString(w)
			w = string(unicode.ToUpper(r)) + w[n:]
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// countingWord reports whether the token at k is a number word in the
// form that counts people in the accusative or genitive: "двох",
// "трьох", "п'ятьох" (not "два", "п'ять", which count things), or in
// the dative: "двом", "п'ятьом".
func (f *finder) countingWord(k int) bool {
	if k < 0 || k >= len(f.toks) {
		return false
	}
	t := &f.toks[k]
	if strings.HasPrefix(t.Tag, "numr") && hasCase(t, "v_dav") && strings.HasSuffix(scan.ToLower(t.Text), "ом") && countingWords[t.Lemma] {
		return true // "повідомила про підозру двом колаборантам"
	}
	return strings.HasPrefix(t.Tag, "numr") && (hasCase(t, "v_zna") || hasCase(t, "v_rod")) &&
		strings.HasSuffix(scan.ToLower(t.Text), "ох") && countingWords[t.Lemma]
}

// countingWords are the numbers whose forms in -ох (-ом in the dative)
// count people: the units and the round tens (затримали двадцятьох
// учасників, повідомили про підозру тридцятьом митникам).
var countingWords = map[string]bool{"два": true, "три": true, "чотири": true, "п'ять": true, "шість": true,
	"сім": true, "вісім": true, "дев'ять": true, "десять": true,
	"двадцять": true, "тридцять": true, "п'ятдесят": true, "шістдесят": true, "сімдесят": true, "вісімдесят": true}

// adjInGender gives an adjective's lemma, a masculine, in gender g:
// обласний → обласна (f), обласне (n).
func adjInGender(l string, g byte) string {
	switch {
	case g == 'f' && strings.HasSuffix(l, "ий"):
		return strings.TrimSuffix(l, "ий") + "а"
	case g == 'f' && strings.HasSuffix(l, "ій"):
		return strings.TrimSuffix(l, "ій") + "я"
	case g == 'n' && strings.HasSuffix(l, "ий"):
		return strings.TrimSuffix(l, "ий") + "е"
	case g == 'n' && strings.HasSuffix(l, "ій"):
		return strings.TrimSuffix(l, "ій") + "є"
	}
	return l
}

// adverbsBefore returns where the adverbs right before token at begin:
// "Посереднику також повідомили" gives the index of також.
func (f *finder) adverbsBefore(at int) int {
	for at > 0 && strings.HasPrefix(f.toks[at-1].Tag, "adv") && !strings.Contains(f.toks[at-1].Tag, "pron") {
		at--
	}
	return at
}

// allBefore returns the index of весь right before token i ("всіх
// фігурантів відсторонили"), else i.
func (f *finder) allBefore(i int) int {
	if i > 0 && f.toks[i-1].Lemma == "весь" {
		return i - 1
	}
	return i
}

// modifiersBefore returns where the adjectives and numerals before the
// noun at i begin: "Другому затриманому", "Трьом затриманим".
func (f *finder) modifiersBefore(i int) int {
	for i > 0 && (isAdj(&f.toks[i-1]) || strings.HasPrefix(f.toks[i-1].Tag, "numr") || f.toks[i-1].Kind == vistka.Number) &&
		!strings.Contains(f.toks[i-1].Tag, "pron") {
		i--
	}
	return i
}

// withPrep reports the preposition з in its forms.
func withPrep(p string) bool { return p == "з" || p == "із" || p == "зі" }

// text returns the text of toks[from:to]. It slices by the tokens' byte
// offsets, which name the same text as their code-point ones, rather than
// decoding the whole text into runes at every call.
func (f *finder) text(from, to int) string {
	return f.a.Text[f.toks[from].Start:f.toks[to-1].End]
}

// currencies name money when the entity tagger leaves a sum unmarked.
var currencies = map[string]bool{"долар": true, "євро": true, "гривня": true, "фунт": true, "франк": true, "єна": true,
	"крона": true, "злотий": true, "юань": true, "форинт": true, "грн": true}

// spanType returns the type of the NER span token i lies in, or "".
func (f *finder) spanType(i int) string {
	if sp := f.spanOf(i); sp != nil {
		return sp.Type
	}
	return ""
}

// spanOf returns the entity span token i lies in, or nil.
func (f *finder) spanOf(i int) *vistka.Span {
	t := &f.toks[i]
	sp := f.a.Spans
	n := sort.Search(len(sp), func(n int) bool { return sp[n].End > t.RStart })
	if n < len(sp) && sp[n].Start <= t.RStart && t.REnd <= sp[n].End {
		return &sp[n]
	}
	return nil
}

// decisionNouns are what someone decides or proposes, whose author a
// genitive after them names.
var decisionNouns = map[string]bool{
	"рішення": true, "пропозиція": true, "ініціатива": true, "позиція": true, "заява": true,
	"план": true, "крок": true, "зусилля": true, "постанова": true, "указ": true,
}

// eventNoun reports whether the noun at j names an event: "акція" does
// only as a protest (акція протесту), not as a sale.
func (f *finder) eventNoun(j int) bool {
	if f.low(j) == "засідання" {
		// "бере участь у засіданнях суду": a hearing, not a meeting
		return !(j+1 < len(f.toks) && courtWords[f.low(j+1)])
	}
	if f.low(j) == "навчання" {
		// "провели спільні навчання": joint exercises, not training;
		// "провела навчання ядерних сил": a show of force (see drill);
		// "продовжить навчання українських військових": aid
		return f.jointDrill(j) || f.drill(j) || f.foreignTrainees(j+1) >= 0
	}
	if f.low(j) == "критика" {
		return f.addressedTo(j) > 0
	}
	if f.low(j) == "відмова" {
		return f.refusalToAct(j)
	}
	if f.low(j) == "демонстрація" && j+1 < len(f.toks) && (f.low(j+1) == "сила" || f.low(j+1) == "м'яз" || f.low(j+1) == "м'язи") {
		return false // "відповіла демонстрацією сили": a show of force, no rally
	}
	if f.low(j) == "наступ" || f.low(j) == "контрнаступ" {
		return f.armedAdvance(j)
	}
	if f.low(j) == "консультація" {
		return f.talksWith(j)
	}
	switch f.low(j) {
	case "виведення", "відведення", "перекидання", "розгортання", "розміщення":
		// "виведення військ" (not "виведення коштів")
		k := f.pastAdjs(j + 1) // "розгортання додаткових батальйонів"
		if k >= len(f.toks) {
			return false
		}
		_, troops := pairs["перекинути"][f.low(k)]
		return troops
	case "припинення":
		return j+1 < len(f.toks) && f.low(j+1) == "вогонь" // "припинення вогню", a ceasefire
	case "скасування":
		// "скасування санкцій", "мит" (not "скасування рейсів")
		k := f.pastAdjs(j + 1)
		return k < len(f.toks) && pairs["скасувати"][f.low(k)] == (kind{"CONCEDE", ""})
	case "налагодження":
		// "налагодження співпраці" (not "налагодження виробництва")
		k := f.pastAdjs(j + 1)
		return k < len(f.toks) && pairs["налагодити"][f.low(k)] == (kind{"COOPERATE", ""})
	case "попередження":
		// "попередження … про наслідки" (not "штормове попередження")
		for k := j + 1; k+1 < len(f.toks) && k <= j+4; k++ {
			if f.low(k) == "про" {
				n := f.pastAdjs(k + 1)
				if n >= len(f.toks) {
					return false
				}
				_, ok := pairs["попередити"][f.low(n)]
				return ok
			}
		}
		return false
	case "відступ", "відхід":
		// "війська почали відступ" (not "ліричний відступ", "відходи")
		return f.forcesNear(j)
	case "виключення":
		// "про виключення Росії", "виключення з Ради Європи" (not
		// "виключення світла", "за виключенням")
		return j+1 < len(f.toks) && (f.entityAt(j+1) != "" || f.low(j+1) == "з" || f.low(j+1) == "із")
	case "обговорення":
		return f.talksWith(j)
	case "бесіда":
		// "провів бесіду з послом Китаю" (not "провели бесіду з
		// підлітками", a talk of the police with the young)
		return f.talksWith(j) && f.partnerNamed(j)
	case "доручення":
		// "дала доручення Міненерго підготувати план": the task told (not
		// "Відповідне доручення дав мер", a task named by what came before)
		stop := func(k int) bool { return f.toks[k].Kind == vistka.Punct }
		return f.within(j, 0, 4, stop, func(k int) bool { return strings.Contains(f.toks[k].Tag, ":inf") })
	}
	if f.low(j) != "акція" {
		return true
	}
	if j+2 < len(f.toks) && (f.low(j+1) == "з" || f.low(j+1) == "із") && f.low(j+2) == "вимога" {
		return true // "акцією з вимогою не споруджувати пам'ятник": a protest
	}
	if f.causeAfter(j) {
		return true // "проводячи численні акції за мир": a rally for a cause
	}
	if j > 0 && (f.verb(j-1) == "повторити" || f.verb(j-1) == "повторювати") &&
		slices.ContainsFunc(f.before, func(e vistka.Event) bool { return e.Type == "PROTEST" }) {
		// "Жителі перекрили трасу. … обіцяли повторити акцію": the
		// protest the text told before, held again
		return true
	}
	return j+1 < len(f.toks) && protestKinds[f.low(j+1)]
}

// agree reports whether two verb forms can share a subject: the same
// gender or number in the past, or any pair where one says neither.
func agree(a, b *vistka.Token) bool {
	form := func(t *vistka.Token) string {
		for _, g := range []string{":m", ":f", ":n", ":p"} {
			if strings.Contains(t.Tag, g+":") || strings.HasSuffix(t.Tag, g) {
				return g
			}
		}
		return ""
	}
	fa, fb := form(a), form(b)
	return fa == "" || fb == "" || fa == fb
}

// coordinated returns the names coordinated with the one at i in the same
// case: "Канади, Нідерландів та Норвегії".
func (f *finder) coordinated(i, end int) []string {
	var out []string
	c := vtag.Case(f.toks[i].Tag)
	last := f.entityAt(i)
	for j := i + 1; j < end; j++ {
		t := &f.toks[j]
		e := f.entityAt(j)
		switch {
		case e == last && e != "":
		case t.Text == "," || isAnd(t) || t.Kind == vistka.QuoteMark: // (names in quotation marks: «Нафтогазом» та «Газпромом»)
		case e != "" && vtag.Case(t.Tag) == c:
			out = append(out, e)
			last = e
		default:
			return out
		}
	}
	return out
}

// beAux reports whether t is було or буде, the бути an impersonal form
// takes for its past or future (the word, not its lemma: lower gives
// бути).
func beAux(t *vistka.Token) bool {
	w := scan.ToLower(t.Text)
	return w == "було" || w == "буде"
}

// endsInO reports whether w ends in о or О, the only letter that
// lower-cases to о.
func endsInO(w string) bool {
	return strings.HasSuffix(w, "о") || strings.HasSuffix(w, "О")
}

// held are the participles of people held by force.
var held = map[string]bool{"заарештований": true, "затриманий": true, "ув'язнений": true, "засуджений": true,
	"полонений": true, "в'язень": true, "арештант": true}

// heldWhich reports whether a relative clause opening at j tells that the
// gathering before it is to take place or is planned: "засідання
// Контактної групи, яке відбудеться 15 грудня", "…, який запланований на
// червень".
func (f *finder) heldWhich(j int) bool {
	if j+1 >= len(f.toks) || f.toks[j].Lemma != "який" {
		return false
	}
	return takesPlace[f.verb(j+1)] || f.low(j+1) == "запланований" || f.plannedFor(j+1)
}

// officials are nouns for the people who act for a body named after them
// in the genitive: службові особи ДП «Укрекоінвест».
var officials = map[string]bool{"особа": true, "посадовець": true, "посадовці": true, "службовець": true, "службовці": true}

// adjectivesBefore returns where the adjectives right before token i
// begin: i itself when there are none.
func (f *finder) adjectivesBefore(i int) int {
	for i > 0 && isAdj(&f.toks[i-1]) {
		i--
	}
	return i
}

// decisions are the acts an appeal or a complaint is lodged against.
var decisions = map[string]bool{"рішення": true, "постанова": true, "ухвала": true, "вирок": true, "розпорядження": true, "наказ": true}

var legalForms = map[string]bool{
	"дп": true, "тов": true, "тзов": true, "пат": true, "прат": true, "ат": true, "ват": true,
	"зат": true, "кп": true, "пп": true, "дк": true, "нак": true, "пк": true, "фоп": true,
	"компанія": true, "фірма": true, "підприємство": true, "держпідприємство": true,
	"товариство": true, "концерн": true, "корпорація": true, "холдинг": true,
}

// animateNoun reports whether t is a noun of a person or another living
// being, no pronoun: міністра, жителі, командирам.
func animateNoun(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":anim") && !strings.Contains(t.Tag, "pron")
}

// addressedTo returns the token after "на адресу" that follows the noun
// at j in its clause, within a few words ("критики прозвучало на адресу
// керівництва району"), or 0: criticism aimed at someone.
func (f *finder) addressedTo(j int) int {
	for k := j + 1; k+2 < len(f.toks) && k <= j+6; k++ {
		if f.toks[k].Kind == vistka.Punct {
			return 0
		}
		if f.low(k) == "на" && f.low(k+1) == "адреса" {
			return k + 2
		}
	}
	return 0
}

// refusalToAct reports whether the noun відмова at j tells a side's
// refusal: the one who refuses named in the genitive right after it,
// then what is refused in an infinitive ("відмова Німеччини передати
// Україні ракети") or nothing ("відмова ОВА є порушенням"). A thing
// given up ("відмова Угорщини від російської нафти", "відмова від
// куріння"), an engine's failure ("відмова двигуна") or a refusal with
// no side named is no one's rejection.
func (f *finder) refusalToAct(j int) bool {
	e := f.entityAt(j + 1)
	if e == "" || !hasCase(&f.toks[j+1], "v_rod") {
		return false
	}
	if t := f.ents.Type(e); t != "ORG" && t != "LOC" && t != "PERS" {
		return false
	}
	k := f.nameEnd(j + 1)
	return k >= len(f.toks) || f.low(k) != "від"
}
