package date

import (
	"strings"

	"github.com/vistka/vistka"
)

// Tense is the time a clause speaks of, as far as resolving a date needs
// it: "у вівторок прибув" is the last Tuesday, "у вівторок відбудеться" the
// next one.
type Tense int8

// Tenses.
const (
	Unknown Tense = iota
	Past
	Present
	Future
)

var tenseNames = [...]string{"unknown", "past", "present", "future"}

// String returns the tense's lower-case name.
func (t Tense) String() string {
	if t >= 0 && int(t) < len(tenseNames) {
		return tenseNames[t]
	}
	return "unknown"
}

// Context is what a TenseFunc is given: the sentence around a date
// expression and where both are in the text passed to Find.
type Context struct {
	Sentence string       // the sentence that holds the expression
	Start    int          // code-point offset of Sentence in the text
	Expr     vistka.Range // the expression, code points into the text
}

// TenseFunc tells the tense of the clause around a date expression. Find
// calls it only for expressions whose value depends on it (weekdays, a
// month or a day without a year), so it may be slow.
type TenseFunc func(Context) Tense

// SurfaceTense reads the tense from the surface forms of the words around
// the expression, without a tagger: past-tense endings (прибув,
// зустрівся, відбулася, заявили), future forms and markers (буде,
// відбудеться, триватиме, планується, заплановано, має відбутися,
// наступного). The marker nearest to the expression in its own clause
// decides; failing that the nearest in another clause of the sentence,
// except relative clauses (який …, де …), which speak of something else.
func SurfaceTense(c Context) Tense {
	return decide(surfaceCues(lex(c.Sentence), c.Start, nil), c.Expr)
}

// surfaceCues finds the tense markers and clause boundaries among toks,
// whose code-point offsets are base less than the text's. cache, when not
// nil, holds the surface tense of each token already looked at (+1; 0 for
// not yet), so that many expressions in one sentence cost little.
func surfaceCues(toks []token, base int, cache []int8) []cue {
	cues := make([]cue, 0, 8)
	asker := false // a verb of asking opened the clause: its infinitive is asked for
	for i, t := range toks {
		start, end := base+t.RS, base+t.RE
		switch t.Kind {
		case sym:
			if clauseMark(t.R, t.Gap, i+1 < len(toks) && toks[i+1].Gap > gapNone) {
				cues = append(cues, cue{start: start, end: end, boundary: true})
				asker = false
			}
		case word:
			if b, rel := clauseWord(t.Text); b {
				cues = append(cues, cue{start: start, end: end, boundary: true, relative: rel})
				asker = false
				continue
			}
			if asker && surfaceInfinitive(t.Text) {
				cues = append(cues, cue{start: start, end: end, neutral: true})
				asker = false
				continue
			}
			if askingForm(t.Text) {
				asker = true
			}
			if causeWords[strings.ToLower(t.Text)] {
				var after []string
				for k := i + 1; k < len(toks) && k <= i+3 && toks[k].Kind == word; k++ {
					after = append(after, strings.ToLower(toks[k].Text))
				}
				if strikeAfter(after) {
					cues = append(cues, cue{start: start, end: end, tense: Past})
					continue
				}
			}
			// A capital letter inside a sentence is a name, not a verb.
			if t.Upper && i > 0 {
				continue
			}
			next := ""
			if i+1 < len(toks) && toks[i+1].Kind == word {
				next = toks[i+1].Text
			}
			var tn Tense
			if cache != nil && cache[i] > 0 {
				tn = Tense(cache[i] - 1)
			} else {
				tn = surface(t.Text, next)
				if cache != nil {
					cache[i] = int8(tn) + 1
				}
			}
			if tn == Past && conditional(next) {
				cues = append(cues, cue{start: start, end: end, neutral: true})
				continue
			}
			if tn != Unknown {
				cues = append(cues, cue{start: start, end: end, tense: tn, ahead: tn == Future && agreedPast(t.Text)})
			}
		}
	}
	return cues
}

// causeWords open a phrase of cause or of what came before: "через",
// "після", "внаслідок".
var causeWords = map[string]bool{"через": true, "після": true, "внаслідок": true, "унаслідок": true}

// strikeStems open the nouns of a strike or an attack.
var strikeStems = []string{"удар", "атак", "обстріл", "напад", "теракт"}

// strikeAfter reports whether a noun of a strike stands among the words
// after a word of cause, past at most two adjectives ("через масований
// удар Росії по Києву в ніч на вівторок"): the strike is a cause, so it
// has happened, and a date in its phrase is past whatever the tense of
// the clause ("засідання проведуть у четвер через удар в ніч на
// вівторок").
func strikeAfter(words []string) bool {
	for _, w := range words {
		for _, p := range strikeStems {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// conditional reports the particle that makes a past form a conditional:
// мали б, було б.
func conditional(next string) bool {
	return next == "б" || next == "би"
}

// askingLemmas are the verbs of asking and ordering whose infinitive is
// asked for, not done: закликав припинити, попросив надати, доручив
// підготувати.
var askingLemmas = map[string]bool{
	"закликати": true, "попросити": true, "просити": true, "вимагати": true, "запропонувати": true,
	"пропонувати": true, "доручити": true, "наказати": true, "зобов'язати": true, "зобов'язувати": true,
}

// askingForm reports a past or present form of a verb of asking by its
// stem, for text with no tags.
func askingForm(w string) bool {
	for _, p := range [...]string{"заклика", "попроси", "проси", "вимага", "запропонува", "пропонува", "доручи", "наказа", "зобов'яза"} {
		if strings.HasPrefix(w, p) {
			return pastVerb(w) || strings.HasSuffix(w, "є") || strings.HasSuffix(w, "ють")
		}
	}
	return false
}

// surfaceInfinitive reports a word that ends as an infinitive does
// (припинити, зустрітися), for text with no tags.
func surfaceInfinitive(w string) bool {
	for _, s := range [...]string{"ти", "тися", "тись"} {
		if strings.HasSuffix(w, s) && len([]rune(w)) > len([]rune(s))+3 {
			return true
		}
	}
	return false
}

// Tagged returns a TenseFunc that reads the VESUM tags the tagger put on
// the tokens of a (verb:…:past, verb:…:futr, verb:…:pres), together with
// the lexical markers of SurfaceTense (планується, наступного); a sentence
// without tags falls back to SurfaceTense. a.Text must be the text given
// to Find.
func Tagged(a *vistka.Analysis) TenseFunc {
	return func(c Context) Tense {
		s := a.SentenceAt(c.Expr.Start)
		if s < 0 {
			return SurfaceTense(c)
		}
		toks := a.Sentences[s].Tokens
		cues := make([]cue, 0, len(toks)/2)
		tagged := false
		asker := false // a verb of asking opened the clause: its infinitive is asked for
		named := quotedNames(toks)
		for i, t := range toks {
			switch t.Kind {
			case vistka.Punct, vistka.Dash, vistka.QuoteMark:
				r := []rune(t.Text)
				if len(r) == 1 && clauseMark(r[0], gapSpaces, true) && !named[i] {
					cues = append(cues, cue{start: t.RStart, end: t.REnd, boundary: true})
					asker = false
				}
				continue
			case vistka.Word:
			default:
				continue
			}
			w := strings.ToLower(t.Text)
			if b, rel := clauseWord(w); b {
				cues = append(cues, cue{start: t.RStart, end: t.REnd, boundary: true, relative: rel})
				asker = false
				continue
			}
			if t.Tag != "" {
				tagged = true
			}
			if causeWords[w] {
				var after []string
				for k := i + 1; k < len(toks) && k <= i+3 && toks[k].Kind == vistka.Word; k++ {
					after = append(after, strings.ToLower(toks[k].Text))
				}
				if strikeAfter(after) {
					cues = append(cues, cue{start: t.RStart, end: t.REnd, tense: Past})
					continue
				}
			}
			if strings.HasPrefix(t.Tag, "verb") {
				if asker && strings.Contains(t.Tag, ":inf") {
					cues = append(cues, cue{start: t.RStart, end: t.REnd, neutral: true})
					asker = false
					continue
				}
				asker = askingLemmas[strings.ToLower(t.Lemma)] && !strings.Contains(t.Tag, ":inf")
			}
			next := ""
			if i+1 < len(toks) {
				next = strings.ToLower(toks[i+1].Text)
			}
			if strings.HasPrefix(t.Tag, "verb") && strings.Contains(t.Tag, ":past") && conditional(next) {
				cues = append(cues, cue{start: t.RStart, end: t.REnd, neutral: true})
				continue
			}
			tn := marker(w, next)
			if tn == Unknown && strings.HasPrefix(t.Tag, "verb") {
				switch {
				case strings.Contains(t.Tag, ":past"):
					tn = Past
				case strings.Contains(t.Tag, ":futr"):
					tn = Future
				case strings.Contains(t.Tag, ":pres"):
					tn = Present
				}
			}
			if tn == Past && agreedPast(w) && infinitiveSoon(toks[i+1:]) {
				tn = Future // "пообіцяли в середу провести пікет": the picket is to come
			}
			if tn != Unknown {
				cues = append(cues, cue{start: t.RStart, end: t.REnd, tense: tn, ahead: tn == Future && agreedPast(w)})
			}
		}
		if !tagged {
			return SurfaceTense(c)
		}
		return decide(cues, c.Expr)
	}
}

// quotedNames returns the quotation marks of toks that wrap a name of a
// few words with no verb ("для «Нафтогазу»", "компанії «Укренерго»"):
// they end no clause, so "кредиту, який банк погодив для «Нафтогазу» в
// березні" is the past March of погодив.
func quotedNames(toks []vistka.Token) map[int]bool {
	var named map[int]bool
	for i := range toks {
		if toks[i].Text != "«" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+5; j++ {
			if strings.HasPrefix(toks[j].Tag, "verb") || toks[j].Text == "«" {
				break
			}
			if toks[j].Text == "»" {
				if named == nil {
					named = map[int]bool{}
				}
				named[i], named[j] = true, true
				break
			}
		}
	}
	return named
}

// infinitiveSoon reports whether an infinitive stands among the first
// words of toks, with only words of time and numbers before it and no
// mark or finite verb: "пообіцяли в середу провести", "домовилися 5
// березня підписати".
func infinitiveSoon(toks []vistka.Token) bool {
	for k := 0; k < len(toks) && k < 5; k++ {
		t := &toks[k]
		if t.Kind != vistka.Word && t.Kind != vistka.Number {
			return false
		}
		if strings.HasPrefix(t.Tag, "verb") {
			return strings.Contains(t.Tag, ":inf")
		}
	}
	return false
}

// cue is a tense marker or a clause boundary.
type cue struct {
	start, end int
	tense      Tense
	boundary   bool
	relative   bool // the boundary opens a relative clause
	// neutral marks a word that speaks of no time of its own and hides the
	// tense of the words beyond it: an infinitive asked for (закликав
	// припинити вогонь з 20 грудня: the ceasefire is neither past nor
	// future of the call's time) or a conditional (мали б розрив у квітні);
	// a date nearest to it is resolved to the nearest year.
	neutral bool
	// ahead marks a past verb of promising or agreeing before an
	// infinitive: what it governs, after it, is still to come
	// (домовилися провести раунд у четвер), while a date before it tells
	// when the promise was made (у четвер домовилися надати кредит).
	ahead bool
}

// decide picks the tense of the marker nearest to expr, preferring its own
// clause, then the nearest clause, and skipping other relative clauses.
func decide(cues []cue, expr vistka.Range) Tense {
	// Number the clauses; consecutive boundaries (", що") open one clause.
	clause := make([]int, len(cues))
	relative := []bool{false}
	n, prevBoundary := 0, false
	exprClause := -1
	for i, c := range cues {
		if exprClause < 0 && c.start >= expr.End {
			exprClause = n
		}
		if c.boundary {
			if !prevBoundary {
				n++
				relative = append(relative, false)
			}
			relative[n] = relative[n] || c.relative
		}
		prevBoundary = c.boundary
		clause[i] = n
	}
	if exprClause < 0 {
		exprClause = n
	}
	// Boundaries inside the expression itself do not count.
	best, bestCost := Unknown, -1
	for i, c := range cues {
		if c.boundary || c.tense == Unknown && !c.neutral || (c.start >= expr.Start && c.end <= expr.End) {
			continue
		}
		d := clause[i] - exprClause
		if d < 0 {
			d = -d
		}
		if d > 0 && relative[clause[i]] {
			continue
		}
		dist := expr.Start - c.end
		tn := c.tense
		if c.start >= expr.End {
			dist = c.start - expr.End
			if c.ahead {
				tn = Past
			}
		}
		cost := d*1_000_000 + dist
		if bestCost < 0 || cost < bestCost {
			best, bestCost = tn, cost
		}
	}
	return best
}

// clauseMark reports punctuation that ends a clause. A hyphen counts only
// standing alone, as a dash.
func clauseMark(r rune, gap uint8, spaceAfter bool) bool {
	switch r {
	case ',', ';', ':', '(', ')', '«', '»', '"', '“', '”', '„', '–', '—', '.', '!', '?', '…':
		return true
	case '-':
		return gap > gapNone && spaceAfter
	}
	return false
}

// clauseWord reports the words that open a clause: conjunctions and, with
// rel, relative words.
func clauseWord(w string) (boundary, rel bool) {
	switch w {
	case "що", "але", "проте", "однак", "а", "та", "або", "чи", "щоб", "тоді":
		return true, false
	case "який", "яка", "яке", "які", "якого", "якої", "якому", "якій", "яким", "якими", "яких", "якою",
		"де", "куди", "звідки", "коли", "поки", "доки":
		return true, true
	}
	return false, false
}

// surface tells the tense of one lower-cased word from its form; next is
// the word after it. Unknown for most words.
func surface(w, next string) Tense {
	if t := marker(w, next); t != Unknown {
		return t
	}
	if pastVerb(w) {
		return Past
	}
	if futureVerb(w) {
		return Future
	}
	return Unknown
}

// marker tells the tense of the words that mark it whatever their part of
// speech: буде, планується, наступного, вчора, …
func marker(w, next string) Tense {
	switch w {
	case "буде", "будуть", "буду", "будеш", "будемо", "будете", "відбудеться", "відбудуться",
		"планується", "плануються", "планує", "планують", "плануємо", "планую", "плануєте",
		"наступного", "наступної", "наступному", "наступній", "наступні", "наступних", "наступним", "наступними",
		"завтра", "післязавтра", "найближчим", "найближчими", "найближчого", "найближчої", "незабаром", "згодом",
		"очікується", "очікуються", "передбачається", "збирається", "збираються", "збираємося", "збираюся",
		"прибуде", "прибудуть", "відвідає", "відвідають", "візьме", "візьмуть", "стане", "стануть",
		"пройде", "пройдуть", "зустрінеться", "зустрінуться", "проведе", "проведуть", "підпише", "підпишуть",
		"обговорить", "обговорять", "розгляне", "розглянуть", "відкриється", "розпочнеться", "почнеться",
		"завершиться", "закінчиться", "прибуває", "вирушить", "поїде", "полетить":
		return Future
	case "має", "мають",
		// може статися, можуть застосувати: what may happen is to come
		"може", "можуть",
		// пообіцяв зустрітися у середу, домовилися провести в четвер:
		// what was promised or agreed is still to come
		"пообіцяв", "пообіцяла", "пообіцяли", "пообіцяло", "обіцяє", "обіцяють",
		"домовилися", "домовились", "домовився", "домовилася", "погодився", "погодилася", "погодилися":
		// має відбутися, мають підписати: a plan; може піти дощ: a chance.
		if strings.HasSuffix(next, "ти") || strings.HasSuffix(next, "тися") || strings.HasSuffix(next, "тись") {
			return Future
		}
		return Unknown
	case "був", "була", "було", "були", "вчора", "учора", "позавчора", "торік", "нещодавно", "напередодні",
		"минулого", "минулої", "минулому", "минулій", "минулих", "минулі":
		return Past
	}
	if strings.HasPrefix(w, "заплан") {
		return Future
	}
	return Unknown
}

// agreedPast reports the past forms of promising and agreeing that marker
// reads as a plan when an infinitive follows (пообіцяв зустрітися,
// домовилися провести).
func agreedPast(w string) bool {
	switch w {
	case "пообіцяв", "пообіцяла", "пообіцяли", "пообіцяло",
		"домовилися", "домовились", "домовився", "домовилася", "погодився", "погодилася", "погодилися":
		return true
	}
	return false
}

// futureVerb reports the future forms of imperfective verbs (триватиме,
// працюватимуть) and common perfective futures in -неться, -нуться.
func futureVerb(w string) bool {
	for _, s := range [...]string{"тиме", "тимуть", "тимемо", "тимеш", "тиму", "тимете", "тиметься", "тимуться",
		"неться", "нуться"} {
		if strings.HasSuffix(w, s) && len([]rune(w)) > len([]rune(s))+2 {
			return true
		}
	}
	return false
}

// ledPast reports the past of вести and its prefixed verbs (провели,
// привела, завели, вивело), which the rule of a vowel before -ла, -ли,
// -ло in pastVerb leaves out with the -е- it passes over (село,
// джерело, стела): the stem before -вел- is one of the verb's prefixes,
// so новела and каравела stay nouns.
func ledPast(w string) bool {
	for _, end := range [...]string{"вела", "вели", "вело"} {
		if stem, ok := strings.CutSuffix(w, end); ok {
			switch stem {
			case "", "про", "при", "за", "ви", "з", "зі", "в", "у", "від", "віді", "під", "піді", "на", "до", "пере", "роз", "пров":
				return true
			}
		}
	}
	return false
}

// notPast lists frequent words whose endings look like a past-tense verb.
var notPast = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`держав прав справ застав вистав заяв уяв поправ переправ рукав прояв
		вплив мотив актив колектив об'єктив детектив позитив негатив наратив імператив ініціатив перспектив
		директив альтернатив злив залив прилив архів львів
		сила сили могила могили правила правило тіла тіло діла діло біла ціла мила мило вила жила кобила стріла
		стріли шкала шкали зала зали генерала генерали адмірала адмірали маршала маршали канали канала сигнали
		сигнала журнали журнала фінали серіали ідеали вокзали вокзала скандали скандала капітали капітала
		інтервали арсенали ритуали мінерали кристали радикали федерали мала мало чимало крило світило
		вітрило чорнило шило рило ціле біле людмила камила ала ілла колись ніколи коли зусилля київ
		мовляв зрозуміло незрозуміло зрозуміла немало замало вдало невдало вміло щосили підрозділи молекули
		молекула формула крила дзеркала дзеркало страв підстав трав олив добрив покрив розрив подив вияв глав
		канікули бали гала доросла`) {
		notPast[w] = true
	}
}

// pastVerb reports a past-tense verb by its ending: -в after a vowel
// (прибув, заявив, сказав), -ла, -ло, -ли after a vowel (заявила, було),
// the reflexive -вся, -лася, -лися, and a few irregular forms (міг, зріс,
// пішов). Frequent nouns with the same endings are listed in notPast.
func pastVerb(w string) bool {
	if notPast[w] {
		return false
	}
	r := []rune(w)
	n := len(r)
	if n < 3 {
		return false
	}
	for _, s := range [...]string{"вся", "всь", "лася", "лась", "лося", "лось", "лися", "лись"} {
		if strings.HasSuffix(w, s) && n > len([]rune(s))+1 {
			return true
		}
	}
	if ledPast(w) {
		return true
	}
	switch w {
	case "міг", "зміг", "допоміг", "зріс", "виріс", "ріс", "приніс", "привіз", "вивіз", "помер", "сів", "зустрів",
		"вів", "провів", "розповів", "повів", "привів", "довів", "перевів", "відвів", "завів", "звів", "вивів",
		"навів", "підвів", "ввів", "увів", "запровадив":
		return true
	}
	for _, s := range [...]string{"йшов", "ішов", "огла", "огли", "огло", "росла", "росли", "росло",
		"знали", "знала", "знало", "гнали", "гнала", "гнало"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	last, prev := r[n-1], r[n-2]
	vowel := func(c rune) bool {
		switch c {
		case 'а', 'я', 'и', 'і', 'у', 'ї':
			return true
		}
		return false
	}
	switch last {
	case 'в':
		// -ів is mostly the genitive plural (років, міністрів).
		return n >= 4 && vowel(prev) && prev != 'і' && prev != 'ї' && !strings.HasSuffix(w, "слав")
	case 'а', 'о', 'и':
		if prev != 'л' || n < 4 || !vowel(r[n-3]) {
			return false
		}
		// -али/-ала after і or н is mostly a noun: матеріали, сигнали.
		if (r[n-3] == 'а') && (r[n-4] == 'і' || r[n-4] == 'н') {
			return false
		}
		return true
	}
	return false
}
