package quote

// Cues: the verbs, predicatives and adjectives that introduce speech
// (cues, cueLemma, cueAt), the cues that attribute only a що-clause or a
// question's own words, the phrases that are a cue (дійти висновку, мати
// на увазі, виходити з того) and the readings that make a cue none
// (відзначити день народження, дала обіцянку, приємно сказати).

import (
	"strings"

	"github.com/vistka/vistka/internal/vtag"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// cues are the lemmas of verbs that introduce speech. The list follows
// VESUM's semantic class "speech" and adds the cues news writing uses most.
var cues = setOf(
	"сказати", "казати", "заявити", "заявляти", "зазначити", "зазначати",
	"наголосити", "наголошувати", "підкреслити", "підкреслювати", "додати", "додавати",
	"повідомити", "повідомляти", "розповісти", "розповідати", "пояснити", "пояснювати",
	"відзначити", "відзначати", "зауважити", "зауважувати", "визнати", "визнавати",
	"запевнити", "запевняти", "уточнити", "уточнювати", "нагадати", "нагадувати",
	"написати", "писати", "говорити", "мовити", "відповісти", "відповідати",
	"стверджувати", "ствердити", "запитати", "спитати", "заявлено", "звернутися",
	"переконати", "переконувати", "оголосити", "оголошувати", "констатувати", "резюмувати",
	"висловитися", "прокоментувати", "коментувати", "наполягати", "попередити", "попереджати",
	"вважати", "закликати", "розкритикувати", "зізнатися", "поскаржитися", "пообіцяти",
	"обіцяти", "акцентувати", "висловити", "висловлювати", "припустити", "припускати", "анонсувати",
	"спростувати", "завважити", "твердити", "йтися", "поінформувати", "інформувати",
	"вказати", "вказувати", "встановити", "встановлювати", "мотивувати", "послатися",
	"посилатися", "підозрювати", "роз'яснити", "повідомлятися", "пояснюватися", "роз'яснюватися", "вирішити", "постановити",
	"погодитися", "підсумувати", "підсумовувати", "підтвердити", "підтверджувати", "заперечити",
	"заперечувати", "прогнозувати", "спрогнозувати", "згадати", "згадувати", "поділитися",
	"ділитися", "пожартувати", "жартувати", "порадити", "радити", "запропонувати",
	"пропонувати", "сподіватися", "обуритися", "обурюватися", "скаржитися", "здивуватися",
	"дивуватися", "розмірковувати", "висловлюватися", "озвучити", "озвучувати", "процитувати",
	"цитувати", "наголошуватися", "стверджуватися", "вимагати", "звернути", "повторити",
	"повторювати", "парирувати", "відреагувати", "реагувати", "підкреслюватися", "вказуватися",
	"зазначатися", "тлумачити", "витлумачити", "доповісти", "доповідати",
	"зізнаватися", "привітати", "вітати", "побажати", "побоюватися", "поширити",
	"оприлюднити", "обґрунтувати", "обґрунтовувати", "засвідчити", "засвідчувати",
	"з'ясувати", "з'ясовувати", "розказати", "розказувати", "відмітити", "відмічати",
	"відмічатися", "думати", "подумати", "фіксувати", "зафіксувати", "говоритися",
	"відрізати", "застерегти", "застерігати", "наполягти", "натякнути", "натякати",
	"пригрозити", "погрожувати", "поцікавитися", "звинуватити", "звинувачувати", "дорікнути", "дорікати",
	"порахувати", "підрахувати", "розрахувати", "виявити", "виявляти",
	"відзвітувати", "звітувати", "прозвітувати", "очікувати", "виключити", "виключати",
	"жалітися", "пожалітися", "аргументувати", "показати", "показувати",
	"запідозрити", "довести", "доводити", "збагнути",
	"сумніватися", "засумніватися", "вірити", "розраховувати", "сповістити", "сповіщати",
	"пригадувати", "закинути", "закидати", "запитувати", "питати",
	"погоджуватися", "приховувати", "приховати", "допускати", "допустити",
	"нарікати", "бідкатися", "хвалитися", "похвалитися", "роз'яснювати", "проінформувати",
	"задекларувати", "декларувати", "обмовитися", "відписати", "відписувати", "проговоритися",
	"додаватися", "уточнюватися", "гадати", "перепитати", "перепитувати",
	"доповнити", "доповнювати", // "Колега доповнила, що …": added to what was said
)

// thatOnly are cues that attribute only the що-clause after them, never a
// quotation: "звинуватила уряд у тому, що він …".
// Expectations are of the same kind: "очікують, що …", "не виключив,
// що …" ("виключили з партії" has no clause to attribute).
// A finding shown is of the same kind: "інспекція показала, що …"
// ("показав фільм" has no clause).
// A suspicion is of the same kind: "люди запідозрили, що …" (not
// "запідозрили сусіда в крадіжці").
// A finding proved is too: "відділення довело, що …" (not "довели
// справу до кінця"); and a realisation: "уряд збагнув, що …" (not
// "збагнув задум"). Not усвідомити: in stories it tells what one
// felt, not what one said ("він усвідомив, що його шукають").
//
// A doubt, a belief and a reliance are attributions of belief in their
// що-clause: "експерт сумнівається, що …", "генерал вірить, що …",
// "уряд розраховує, що …" (not "вірить у перемогу", "розраховує на
// допомогу"), and so is an allowance, "допускає, що …" (not "допустив
// помилку"); so is a reproach, "закинув, що …" (not "закинув м'яч"),
// and an admission told by what one did not hide, "не приховував, що …"
// (cueAt keeps приховувати only after не); so is a guess, "гадає, що …"
// (not "гадала на картах").
var thatOnly = setOf("довести", "доводити", "звинуватити", "звинувачувати", "дорікнути", "дорікати", "очікувати", "виключити", "виключати", "показати", "показувати", "запідозрити",
	"збагнути", "сумніватися", "засумніватися", "вірити", "розраховувати", "допускати", "допустити", "закинути", "закидати", "приховувати", "приховати")

// thatClauseOnly are the cues among thatOnly whose indirect reading is
// only a що-clause ("не погоджується з тим, що …"): "закидав Ігоря сіном", "сам собі
// не вірив: невже …" (a thought, not a claim), "засумнівався: а чи …".
var thatClauseOnly = setOf("сумніватися", "засумніватися", "вірити", "розраховувати", "допускати", "допустити", "закинути", "закидати",
	"приховувати", "приховати", "погоджуватися", "гадати")

// complaints are the manner cues of complaint and boast that are cues of
// speech with a що-clause or a colon right after them: "мешканці
// нарікають, що …", "волонтери хваляться, що …".
var complaints = setOf("нарікати", "бідкатися", "хвалитися", "похвалитися")

// asks are cues of a question that attribute only the direct words of
// one who asks: "— А ти що, підглядав? — питає міліціонер." After them
// що or про opens what is asked about, not what was said ("запитує про
// те, що мав би знати").
var asks = setOf("запитувати", "питати")

// impersonalAdverbs are impersonal forms in -но that the tagger may read
// as adverbs, by their verb: "У листі прокуратури наголошено, що …".
var impersonalAdverbs = map[string]string{
	"наголошено": "наголосити", "повідомлено": "повідомити", "зазначено": "зазначити",
	"підкреслено": "підкреслити", "вказано": "вказати", "сказано": "сказати",
	"відзначено": "відзначити", "зауважено": "зауважити", "уточнено": "уточнити",
	"пояснено": "пояснити", "роз'яснено": "роз'яснити", "встановлено": "встановити",
}

// mannerCues say how words were spoken rather than that they were (зітхає,
// сміється). They attribute a direct quote they follow or introduce, as
// reportage writes them ("…», – зітхає Шемякін), but take no що-clause.
var mannerCues = setOf(
	"зітхнути", "зітхати", "сміятися", "засміятися", "усміхнутися", "усміхатися",
	"посміхнутися", "посміхатися", "вигукнути", "вигукувати", "гукнути", "прошепотіти",
	"шепнути", "шепотіти", "буркнути", "пробурмотіти", "бурмотіти", "бідкатися", "нарікати",
	"хвалитися", "похвалитися", "обурюватися", "дивуватися", "жалітися", "поскаржитися",
	"описати", "описувати", "продовжити", "продовжувати", "радіти", "порадіти",
	"промовити", "промовляти", "вимовити", "проказати", "відказати", "заговорити",
	"кричати", "закричати", "крикнути", "шептати", "прошептати", "шепотати", "прошепотати", "верещати", "звертатися",
	"попросити", "проголосити", "мугикнути", // "«Допоможіть нам», – попросив мер"
	// an invitation and a remark closing the words they follow: "- …
	// побачення на нашому концерті! - запрошує фронтмен гурту", "- … -
	// точно підмітив письменник"
	"запросити", "запрошувати", "підмітити", "підмічати",
	// words said while doing something, closing what they follow: "«…», –
	// примовляє вона, прямуючи до кінця черги"
	"примовляти", "примовити",
)

// aboutCues take their content as a prepositional phrase: X наголосив на
// важливості …, X заявив про готовність ….
var aboutCues = setOf(
	"наголосити", "наголошувати", "акцентувати", "заявити", "заявляти",
	"повідомити", "повідомляти", "розповісти", "розповідати", "говорити",
	"нагадати", "нагадувати", "попередити", "попереджати", "наполягати",
	"висловитися", "закликати", "зазначити", "зазначати", "зауважити", "зауважувати", "сказати", "написати",
	"писати", "згадати", "згадувати", "доповісти", "доповідати", "поінформувати",
	"вказати", "вказувати", "послатися", "посилатися", "розказати", "розказувати",
	"нарікати", // Підприємці нарікали на брак покупців
	// (скаржитися на with a noun alone names a grievance, no words
	// said: "Медики скаржаться на нестачу персоналу"; its що-clause,
	// and "на те, що", are words said)
)

// opinionAdjectives introduce speech as a conviction: "переконаний він",
// "голови громад солідарні в тому, що …",
// "– упевнений Салій".
var opinionAdjectives = setOf("упевнений", "впевнений", "переконаний", "певний", "певен", "солідарний", "одностайний")

// cueWords holds the keys of impersonalAdverbs and opinionAdjectives,
// which cueLemma asks about every adverb and adjective: most it stops
// with no lookup.
var cueWords = scan.SieveOf(impersonalAdverbs).Union(scan.SieveOf(opinionAdjectives))

// opens reports whether s starts with a letter that is lo in lower case
// and up in upper case, a letter with no other case: a word that does
// not open with it is no case of a word that does (scan.EqualFold), and
// testing the first letter is cheaper than comparing the words.
func opens(s, lo, up string) bool {
	return strings.HasPrefix(s, lo) || strings.HasPrefix(s, up)
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// mannerLemma returns the lemma of a manner-of-speaking verb (зітхнув,
// сміється), or "".
func mannerLemma(lemma, tag string) string {
	if !strings.HasPrefix(tag, "verb") {
		return "" // told before lower-casing the lemma
	}
	if l := scan.ToLower(lemma); mannerCues[l] {
		return l
	}
	return ""
}

// cueLemma returns the speech-verb lemma of a token, or "". Adverbial
// participles (наголосивши) have themselves as lemma in VESUM; their verb
// is found by the perfective ending.
func cueLemma(lemma, tag string) string {
	if strings.HasPrefix(tag, "adv") && !strings.HasPrefix(tag, "advp") {
		if l := scan.ToLower(lemma); cueWords.May(l) {
			return impersonalAdverbs[l]
		}
		return ""
	}
	if lemma == "" || !strings.HasPrefix(tag, "verb") && !strings.HasPrefix(tag, "adj") && !strings.HasPrefix(tag, "advp") {
		return "" // what the switch below returns, without lower-casing the lemma
	}
	l := scan.ToLower(lemma)
	switch {
	case strings.HasPrefix(tag, "verb"):
		if cues[l] {
			return l
		}
	case strings.HasPrefix(tag, "adj"):
		// "…», – упевнений Іван Салій.": an opinion said as a state.
		if cueWords.May(l) && opinionAdjectives[l] {
			return l
		}
	case strings.HasPrefix(tag, "advp"):
		// Perfective (наголосивши) and imperfective (стверджуючи,
		// заявляючи, говорячи) adverbial participles.
		for _, e := range [][2]string{{"вшись", "тися"}, {"ючись", "тися"}, {"ячись", "итися"}, {"вши", "ти"}, {"ючи", "вати"}, {"ючи", "ти"},
			{"учи", "вати"}, {"ячи", "ити"}, {"ачи", "ити"}, {"ачи", "ати"}} {
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

// conclusionVerbs with висновку make a cue of finding: "суд дійшов
// висновку, що …", "колегія прийшла до висновку, що …".
var conclusionVerbs = setOf("дійти", "доходити", "прийти", "приходити")

// findingVerbs take the noun of a finding in the accusative: "зробили
// висновок, що …", "знайшли докази того, що …".
// An alarm raised is of the same kind: "здійняв галас, що …", "підняли
// тривогу, що …" (noise made about a claim, told with its що-clause).
var findingVerbs = setOf("зробити", "робити", "знайти", "знаходити", "опублікувати", "публікувати",
	"здійняти", "здіймати", "зчинити", "зчиняти", "підняти", "піднімати", "бити")

// findingNouns are those nouns, by the verb that takes them.
var findingNouns = map[string]map[string]bool{
	"зробити":   setOf("висновок"),
	"робити":    setOf("висновок"),
	"знайти":    setOf("доказ", "свідчення", "підтвердження"),
	"знаходити": setOf("доказ", "свідчення", "підтвердження"),
	// "ЦРУ опублікувало прогноз, що …": a forecast or a report
	// published with its що-clause
	"опублікувати": setOf("прогноз", "звіт", "дослідження", "висновок"),
	"публікувати":  setOf("прогноз", "звіт", "дослідження", "висновок"),
	"здійняти":     setOf("галас", "шум", "ґвалт", "тривога"),
	"здіймати":     setOf("галас", "шум", "ґвалт", "тривога"),
	"зчинити":      setOf("галас", "шум", "ґвалт"),
	"зчиняти":      setOf("галас", "шум", "ґвалт"),
	"підняти":      setOf("галас", "шум", "ґвалт", "тривога"),
	"піднімати":    setOf("галас", "шум", "ґвалт", "тривога"),
	"бити":         setOf("тривога", "сполох"),
}

// conclusionAt returns the index of "висновку" when toks[i] is a verb of
// conclusionVerbs followed by it (with до between or not), or the index
// of the noun (or of its того) when toks[i] is one of findingVerbs with
// its noun and a що-clause after it; else -1.
func (d *doc) conclusionAt(i, to int) int {
	t := &d.toks[i]
	if !strings.HasPrefix(t.Tag, "verb") {
		return -1
	}
	l := scan.ToLower(t.Lemma)
	if findingVerbs[l] && i+1 < to {
		// "зробили висновок, що …", "знайшли докази (того), що …",
		// "знайшли свідчення того, що …": a finding drawn or evidence
		// found, only with its що-clause (знайшли докази в квартирі
		// reports nothing).
		j := i + 1
		if findingNouns[l][scan.ToLower(d.toks[j].Lemma)] && strings.Contains(d.toks[j].Tag, ":v_zna") {
			if j+1 < to && scan.EqualFold(d.toks[j+1].Text, "того") {
				j++
			}
			if j+2 < to && d.toks[j+1].Text == "," && isThat(d.toks[j+2].Lemma) {
				return j
			}
		}
		return -1
	}
	if !conclusionVerbs[l] {
		return -1
	}
	j := i + 1
	if j < to && scan.EqualFold(d.toks[j].Text, "до") {
		j++
	}
	if j < to && scan.EqualFold(d.toks[j].Text, "висновку") {
		return j
	}
	return -1
}

// cueAt returns the cue lemma of toks[i] like cueLemma, except for an
// opinion adjective that qualifies a thing after it (певний час, впевнений
// крок), which introduces nothing (a person after it is who is sure), and
// for the saying "як то кажуть".
func (d *doc) cueAt(i int) string {
	t := &d.toks[i]
	c := cueLemma(t.Lemma, t.Tag)
	if (c == "показати" || c == "показувати") && (strings.Contains(t.Tag, ":inf") || strings.HasPrefix(t.Tag, "advp")) {
		// "поїхав показати, що вийшло": a thing shown, nothing found;
		// "хитнула головою, показуючи, що нікого немає": a gesture
		return ""
	}
	if c == "вірити" && (vtag.Has(t.Tag, "past") || strings.HasPrefix(t.Tag, "advp") || d.comparison(i)) {
		// "Генерал вірить, що …" tells a view held; "вони вірили, що …"
		// and "вірячи, що …" tell what someone believed in a story, and
		// "як дитина вірить, що …" compares
		return ""
	}
	if (c == "відзначити" || c == "відзначати") && d.celebrated(i) {
		return "" // "відзначили День народження міста", "відзначили грамотою": a feast kept, an award given
	}
	if c != "" && strings.Contains(t.Tag, ":inf") && d.feltBefore(i) {
		return "" // "Хлопцю було приємно згадати рідне село": a feeling about recalling, no words
	}
	if c == "пригадувати" && !(vtag.Has(t.Tag, "pres") && vtag.Has(t.Tag, "3")) {
		return "" // "«…», – пригадує ветеран"; not the narrator's "пригадую", "пригадуєш"
	}
	// (c is "" for most tokens, which complaints does not hold: no
	// look-up for them)
	if c != "" && complaints[c] && !(i+2 < len(d.toks) && (d.toks[i+1].Text == "," && isThat(d.toks[i+2].Lemma) || d.toks[i+1].Text == ":")) &&
		!d.complainedOf(i, c) {
		// "нарікаю вас мужем і жоною, що …", "нарікаючи на помилки":
		// only the що-clause or the colon right after it is said
		// (after a quote the manner cue attributes it as before)
		return ""
	}
	if (c == "приховувати" || c == "приховати") && (i == 0 || !scan.EqualFold(d.toks[i-1].Text, "не")) {
		return "" // "приховував, що хворіє": nothing said; "не приховував, що …" admits
	}
	if c == "" && strings.HasPrefix(t.Tag, "verb") && strings.Contains(t.Tag, ":inf") && scan.EqualFold(t.Lemma, "зрозуміти") && i > 0 &&
		(scan.EqualFold(d.toks[i-1].Lemma, "дати") || scan.EqualFold(d.toks[i-1].Lemma, "давати")) {
		return "дати зрозуміти" // "прокурор дав зрозуміти, що …": a hint given
	}
	if c == "" && d.pledgeGiven(i) {
		return "дати обіцянку" // "обласна влада дала обіцянку, що …": a promise given
	}
	if c != "" && i >= 2 && scan.EqualFold(d.toks[i-1].Text, "то") && scan.EqualFold(d.toks[i-2].Text, "як") {
		return "" // "як то кажуть, «на вчора»": a saying, no one's words
	}
	if c != "" && strings.HasPrefix(t.Tag, "adj") && i+1 < len(d.toks) && strings.HasPrefix(d.toks[i+1].Tag, "noun") &&
		strings.Contains(d.toks[i+1].Tag, ":inanim") && !strings.Contains(d.toks[i+1].Tag, "prop") && d.toks[i+1].sent == t.sent {
		return ""
	}
	return c
}

// comparison reports whether the clause of toks[i] opens with як right
// before a noun: "як дитина вірить, що …".
func (d *doc) comparison(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4 && d.toks[j].sent == d.toks[i].sent; j-- {
		if d.toks[j].Kind == vistka.Punct {
			return false
		}
		if scan.EqualFold(d.toks[j].Text, "як") {
			return j+1 < i && strings.HasPrefix(d.toks[j+1].Tag, "noun")
		}
	}
	return false
}

// meansAt returns the index of the що when toks[i] is мати followed by "на
// увазі (те), що": "Мін'юст має на увазі те, що …", else -1.
func (d *doc) meansAt(i, to int) int {
	if !strings.HasPrefix(d.toks[i].Tag, "verb") || !scan.EqualFold(d.toks[i].Lemma, "мати") {
		return -1
	}
	j := i + 1
	if j+1 >= to || !scan.EqualFold(d.toks[j].Text, "на") || !scan.EqualFold(d.toks[j+1].Text, "увазі") {
		return -1
	}
	j += 2
	if j < to && scan.EqualFold(d.toks[j].Text, "те") {
		j++
	}
	if j+1 < to && d.toks[j].Text == "," && isThat(d.toks[j+1].Lemma) {
		return j + 1
	}
	return -1
}

// premiseAt returns the index of "того" when toks[i] is виходити (вийти,
// виходячи) followed by "з того, що": "суд виходив з того, що …", else -1.
func (d *doc) premiseAt(i, to int) int {
	t := &d.toks[i]
	if n := len(t.Lemma); n != len("вийти") && n != len("виходити") {
		return -1 // only Cyrillic capitals lower-case to these letters, and they keep the length
	}
	if !opens(t.Lemma, "в", "В") {
		return -1 // all three open with в: most lemmas of those lengths are turned away unlowered
	}
	if l := scan.ToLower(t.Lemma); l != "виходити" && l != "вийти" && l != "виходячи" {
		return -1
	}
	j := i + 1
	if j+3 < to && (scan.EqualFold(d.toks[j].Text, "з") || scan.EqualFold(d.toks[j].Text, "із")) &&
		scan.EqualFold(d.toks[j+1].Text, "того") && d.toks[j+2].Text == "," && isThat(d.toks[j+3].Lemma) {
		return j + 1
	}
	return -1
}

// continues are the manner cues that say only that speech goes on; they
// attribute a quote only right after its dash or before a colon.
var continues = setOf("продовжити", "продовжувати")

// feasts are what one celebrates (відзначити день народження, ювілей) and
// awards what one is honoured with (відзначити грамотою): відзначити
// with them says nothing.
var feasts = setOf("день", "свято", "ювілей", "річниця", "роковини", "дата", "новий", "різдво", "великдень",
	"грамота", "нагорода", "медаль", "орден", "премія", "подяка", "відзнака")

// celebrated reports whether відзначити at i takes a feast or an award
// within the next three words of its clause (past adjectives and
// numbers): "відзначили День народження міста", "відзначили 20-річчя".
func (d *doc) celebrated(i int) bool {
	for j := i + 1; j < len(d.toks) && j <= i+3; j++ {
		t := d.toks[j]
		if t.Kind == vistka.Punct {
			return false
		}
		if l := scan.ToLower(t.Lemma); feasts[l] || strings.HasSuffix(l, "річчя") {
			return true
		}
		if strings.HasPrefix(t.Tag, "noun") {
			return false
		}
	}
	return false
}

// complainedOf reports whether the complaint cue c at i is a finite
// нарікати with its grievance right after it in a phrase of на: "підприємці
// нарікали на брак покупців", "мешканці нарікають на погані дороги", as
// поскаржитися на is. A participle ("нарікаючи на помилки") tells a
// manner, not what was said.
func (d *doc) complainedOf(i int, c string) bool {
	t := d.toks[i]
	if c != "нарікати" || !strings.HasPrefix(t.Tag, "verb") || strings.Contains(t.Tag, ":inf") || i+2 >= len(d.toks) {
		return false
	}
	n := d.toks[i+1]
	return n.Lemma == "на" && strings.HasPrefix(n.Tag, "prep") && d.toks[i+2].sent == t.sent
}

// pledges are what one gives that says something: "дала обіцянку, що …",
// "дав гарантію, що …", "дав слово, що …".
var pledges = setOf("обіцянка", "гарантія", "запевнення", "слово")

// pledgeGiven reports whether toks[i] is a pledge in the accusative right
// after a form of дати or давати and right before a comma and що: "Влада
// дала обіцянку, що вже за рік діти матимуть спортзал". ("дав обіцянку"
// with nothing said after it, or "дав слово депутату", is no cue.)
func (d *doc) pledgeGiven(i int) bool {
	// (the comma first: cueAt asks about every token, and the comma
	// after it is the cheapest test that turns most of them away)
	if i == 0 || i+2 >= len(d.toks) || d.toks[i+1].Text != "," {
		return false
	}
	t := &d.toks[i]
	if !strings.HasPrefix(t.Tag, "noun") || !vtag.Has(t.Tag, "v_zna") || !pledges[scan.ToLower(t.Lemma)] {
		return false
	}
	if v := scan.ToLower(d.toks[i-1].Lemma); v != "дати" && v != "давати" {
		return false
	}
	return isThat(d.toks[i+2].Lemma)
}

// feelings are the predicative adverbs of how doing something feels:
// приємно, важко, боляче.
var feelings = setOf("приємно", "важко", "тяжко", "боляче", "страшно", "сумно", "радісно", "гірко", "легко", "соромно", "прикро")

// feltBefore reports whether a predicative adverb of feeling governs the
// infinitive at i, right before it or past був or буде ("Хлопцю було
// приємно згадати рідне село", "Їй боляче згадувати ту ніч"): what the
// infinitive tells is felt, not said.
func (d *doc) feltBefore(i int) bool {
	j := i - 1
	if j >= 0 && (scan.EqualFold(d.toks[j].Lemma, "бути") || scan.EqualFold(d.toks[j].Text, "так") || scan.EqualFold(d.toks[j].Text, "дуже")) {
		j--
	}
	return j >= 0 && d.toks[j].sent == d.toks[i].sent && feelings[scan.ToLower(d.toks[j].Text)]
}
