package source

import "github.com/vistka/vistka/internal/scan"

// A press review retells foreign papers one after another, each named as
// the subject of its sentence with what it is and where it is from:
// "Британська The Guardian пише, що …", "Американська газета The Wall
// Street Journal з посиланням на джерела повідомляє, що …", "The
// Economist звертає увагу, що …". The paper is cited wherever it stands,
// as an outlet after "Як пише" is (session 45, point 3).

// reviewedOutlet reads a paper that opens the sentence at i as the
// subject of a verb of reporting: foreign adjectives and a kind of
// outlet in the nominative may stand before its name, and the sources
// it cites ("з посиланням на …") between its name and the verb, which
// the cue there reads. The name is a Latin one ("Le Monde", "Corriere
// della Sera"), a known foreign outlet, or, after a kind or an
// adjective, one in quotation marks ("Газета «Коммерсант» пише"). A
// Latin name alone must be the subject of a verb of writing: a firm or a
// fund in Latin letters "повідомляє" too, and the lead's own speaker is
// no source. It returns the tokens read, or 0.
func (f *finder) reviewedOutlet(i int) int {
	if i > 0 && f.tok(i).gap != gapNewline && !f.isSym(i-1, ".!?…") {
		return 0
	}
	k := i
	// (tok, not word: the sentence's first word may open a line)
	if w := f.tok(k).text; f.tok(k).kind == word && (w == "раніше" || w == "також") {
		k++
	}
	described := false
	for n := 0; n < 2 && f.tok(k).kind == word && !f.tok(k).latin && foreignAdjective(f.tok(k).text) && nominativeEnding(f.tok(k).text); n++ {
		k++
		described = true
	}
	if w := f.tok(k).text; f.tok(k).kind == word && (outletKinds[w] || w == "тижневик" || w == "щоденник") {
		k++
		described = true
	}
	p, ok := f.reviewedName(k, described)
	if q, writer := f.paperWriter(k); writer && k == i {
		p, ok, described = q, true, true // "Оглядач Financial Times Мартін Вулф зазначає, що …"
	}
	if !ok || p.outlet != nil && p.outlet.self {
		return 0
	}
	v := p.next
	if w := f.word(v); w == "також" || w == "зокрема" || w == "вже" {
		v++ // "The Guardian також пише, що …"
	}
	if w := f.word(v); (w == "у" || w == "в") && (f.word(v+1) == "своїй" || f.word(v+1) == "своєму") && pieceNouns[f.word(v+2)] || w == "у" && f.word(v+1) == "своєму" && f.word(v+2) == "блозі" {
		v += 3 // "Оглядач The Spectator Марк Галеотті у своїй колонці зазначає, що …"
	}
	if f.citesAt(v) {
		if v = f.verbAhead(v, 16); v < 0 {
			return 0
		}
	}
	writes := writingVerbs[f.word(v)] || f.word(v) == "звертає" && f.word(v+1) == "увагу"
	if !writes && !(reviewVerbs[f.word(v)] || f.word(v) == "звертає" && f.word(v+1) == "увагу") {
		return 0
	}
	if !writes && !described && p.outlet == nil {
		return 0
	}
	e := v + 1
	if f.word(v) == "звертає" {
		e++
	}
	if w := f.word(e); !f.isSym(e, ",:") && w != "про" && w != "що" && w != "на" {
		return 0 // "The Times пише книгу", not a report
	}
	if !f.add(RoleVia, p.value, p.from, p.to) {
		return 0
	}
	if f.citesAt(p.next) {
		return p.next - i // the cue reads the sources the paper cites
	}
	return e - i
}

// reviewedName reads the paper's name at k: a known outlet, a run of
// Latin words opening with a capital (latinRun), or, when described (a
// kind or an adjective said what it is), a name in quotation marks.
func (f *finder) reviewedName(k int, described bool) (phrase, bool) {
	t := f.tok(k)
	if t.kind == sym && isQuote(t.r) {
		if !described {
			return phrase{}, false
		}
		return f.quotedName(k)
	}
	if t.kind != word || !t.upper {
		return phrase{}, false
	}
	for n := maxOutletWords; n >= 1; n-- {
		if o := f.outletAt(k, k+n); o != nil && o.name != "ЗМІ" {
			return phrase{value: o.name, outlet: o, from: k, to: k + n, next: k + n}, true
		}
	}
	if !t.latin {
		return phrase{}, false
	}
	e := f.latinRun(k)
	return phrase{value: f.slice(k, e), from: k, to: e, next: e}, true
}

// latinRun returns the end of the run of Latin words from k, which opens
// with a capital: up to five words on one line, the small words of
// foreign titles among them ("Corriere della Sera", "El País").
func (f *finder) latinRun(k int) int {
	e := k + 1
	for m := k + 1; m < k+5; m++ {
		t := f.tok(m)
		if t.kind != word || !t.latin || t.gap != gapSpace {
			break
		}
		e = m + 1
	}
	return e
}

// verbAhead returns the verb of reporting after the sources a paper cites
// from k ("з посиланням на трьох дипломатів ЄС повідомляє"), within n
// tokens of the sentence, or -1.
func (f *finder) verbAhead(k, n int) int {
	for m := k + 2; m < k+n && m < len(f.toks); m++ {
		t := f.tok(m)
		if t.kind == sym && (t.r == '.' || t.r == '!' || t.r == '?' || t.r == ';') || t.gap == gapNewline {
			return -1
		}
		if w := t.text; t.kind == word && (writingVerbs[w] || reviewVerbs[w]) {
			return m
		}
	}
	return -1
}

// nominativeEnding reports whether the adjective w is in the nominative,
// as the subject's are: британська, німецький, західні.
func nominativeEnding(w string) bool {
	return scan.HasAnySuffix(w, "а", "ий", "е", "і")
}

// writingVerbs are an outlet's verbs of writing, which a firm or a body
// in Latin letters is not the subject of; reviewVerbs the other verbs a
// paper reports with.
var (
	writingVerbs = map[string]bool{"пише": true, "пишуть": true, "писала": true, "писав": true, "писало": true, "писали": true,
		"написала": true, "написав": true, "написало": true, "написали": true}
	reviewVerbs = map[string]bool{"повідомляє": true, "повідомила": true, "повідомило": true, "повідомив": true, "повідомляють": true,
		"зазначає": true, "наголошує": true, "стверджує": true, "нагадує": true, "зауважує": true, "додає": true, "звертає": true,
		"з'ясувала": true, "з'ясувало": true, "з'ясував": true, "дізналася": true, "дізналося": true, "дізнався": true,
		"інформує": true, "передає": true, "розповідає": true, "констатує": true, "відзначає": true, "підкреслює": true, "вважає": true}
)

// adjectivedPaper reads a paper named by where it is from and its Latin
// name alone, the adjectives from j to k: "Як повідомляє британська The
// Times", "за інформацією німецького Der Spiegel". The adjective tells a
// foreign outlet as "газета" would, so its name is read as one.
func (f *finder) adjectivedPaper(j, k int) (phrase, bool) {
	if k == j || !f.tok(k).latin || !f.tok(k).upper || f.tok(k).gap != gapSpace {
		return phrase{}, false
	}
	for m := j; m < k; m++ {
		if !foreignAdjective(f.tok(m).text) {
			return phrase{}, false
		}
	}
	for n := maxOutletWords; n >= 1; n-- {
		if o := f.outletAt(k, k+n); o != nil && o.name != "ЗМІ" {
			return phrase{value: o.name, outlet: o, from: k, to: k + n, next: k + n}, true
		}
	}
	e := f.latinRun(k)
	return phrase{value: f.slice(k, e), from: k, to: e, next: e}, true
}

// paperWriter reads a paper's journalist at j, named by the job, the
// paper and the name: "оглядач Financial Times Мартін Вулф",
// "журналістка газети The Times Кейт Лемб". The writer is cited with the
// paper, "Мартін Вулф (Financial Times)", as a post's author is with the
// platform; with no name after the paper, the paper alone. A Ukrainian
// outlet's own correspondent is read by correspondent, not here.
func (f *finder) paperWriter(j int) (phrase, bool) {
	if !writerNouns[f.tok(j).text] || f.tok(j).kind != word {
		return phrase{}, false
	}
	p, ok := f.describedPaper(j + 1) // "оглядач британської газети The Times"
	if !ok || p.outlet != nil && p.outlet.self {
		return phrase{}, false
	}
	if personWord(f, p.next) && personWord(f, p.next+1) && f.tok(p.next+1).gap == gapSpace {
		p.value = f.slice(p.next, p.next+2) + " (" + p.value + ")"
		p.to, p.next = p.next+2, p.next+2
	}
	p.from = j
	return p, true
}

// describedPaper reads the paper named from k (reviewedName), past up
// to two foreign adjectives and a kind of outlet in lower case that say
// what it is ("британської газети The Times", "видання Politico"), on
// k's line: a name no outlet we know has must be a Latin one or one so
// described (see paperWriter and pieceOf).
func (f *finder) describedPaper(k int) (phrase, bool) {
	described := false
	for n := 0; n < 2 && f.tok(k).kind == word && !f.tok(k).upper && foreignAdjective(f.tok(k).text); n++ {
		k++
		described = true
	}
	if t := f.tok(k); t.kind == word && !t.upper && newsKind(t.text) {
		k++
		described = true
	}
	if f.tok(k).gap == gapNewline {
		return phrase{}, false
	}
	p, ok := f.reviewedName(k, described)
	if !ok || p.outlet == nil && !f.tok(k).latin && !described {
		return phrase{}, false
	}
	return p, true
}

// writerNouns are the jobs a paper's journalist is named by as the
// subject of what they wrote.
var writerNouns = map[string]bool{"оглядач": true, "оглядачка": true, "колумніст": true, "колумністка": true,
	"журналіст": true, "журналістка": true, "кореспондент": true, "кореспондентка": true, "редактор": true,
	"редакторка": true, "автор": true, "авторка": true, "аналітик": true, "аналітикиня": true}

// pieceOf reads the paper a piece of journalism was written for or
// published in, named after it at i, the preposition: "У колонці для
// Bloomberg …", "у матеріалі Le Monde", "У статті The Guardian
// йдеться …", "в редакційній статті газети The Times". The paper is
// cited as one that writes (see reviewedOutlet); a Ukrainian outlet's
// own piece names no source, and a name in quotation marks must be said
// to be a paper's ("у статті «Нова доба»" is the piece's title). It
// returns the tokens read, or 0.
func (f *finder) pieceOf(i int) int {
	k := i + 1
	if f.tok(k).kind == word && !f.tok(k).upper && (f.tok(k).text == "редакційній" || f.tok(k).text == "своїй") {
		k++
	}
	if !pieceNouns[f.word(k)] {
		return 0
	}
	k++
	if f.word(k) == "для" {
		k++
	}
	p, ok := f.describedPaper(k)
	if !ok || p.outlet != nil && (p.outlet.self || p.outlet.service) {
		return 0
	}
	if !f.add(RoleVia, p.value, p.from, p.to) {
		return 0
	}
	return p.next - i
}

// pieceNouns are the pieces of journalism a paper prints, in the
// locative: "у колонці", "в матеріалі".
var pieceNouns = map[string]bool{"колонці": true, "статті": true, "матеріалі": true, "публікації": true,
	"огляді": true, "репортажі": true, "розслідуванні": true, "есеї": true, "редакційці": true, "аналітиці": true}

// saysClause reports whether a verb of telling at j opens what was said:
// "Андрій Пишний розповів, що …", "заявив: …". The speaker of an
// interview named before it stands after a fronted "В інтерв'ю X".
func (f *finder) saysClause(j int) bool {
	return saysVerbs[f.word(j)] && (f.isSym(j+1, ",:") || f.word(j+1) == "що" || f.word(j+1) == "про")
}

// talkedTo reads whom an outlet talked with, after its verb at j: "поговорила з
// міністром оборони Денисом Шмигалем", "поспілкувався з командиром
// бригади …", "розпитав голову Нацбанку Андрія Пишного". The person is
// read by role and name as written (the golds' names match it by the
// stem), as a person after "з посиланням на" is.
func (f *finder) talkedTo(j int) (phrase, bool) {
	v := f.word(j)
	k := j + 1
	switch {
	case scan.HasAnyPrefix(v, "поговори", "поспілкува", "порозмовля"):
		if w := f.word(k); w != "з" && w != "із" && w != "зі" {
			return phrase{}, false
		}
		k++
	case scan.HasAnyPrefix(v, "розпита", "запита", "розпитува"):
	default:
		return phrase{}, false
	}
	return f.rolePerson(k)
}

// onAir reads the broadcast or podcast the lead's speaker spoke on, at i,
// the word ефірі or подкасті after в or у: "Речник Юрій Ігнат заявив в
// ефірі телемарафону, що …", "Історик Ярослав Грицак у подкасті
// «Розмови» розповів, що …". The speaker is cited as in an interview
// (see citeInterviewee: a lead or a "Про це" line), and an outlet we
// know on whose air it was is read as broadcastOf reads it. It returns
// the tokens read, or 0.
func (f *finder) onAir(i int) int {
	m := i + 1
	for ; m < i+9 && m < len(f.toks); m++ {
		t := f.tok(m)
		if t.gap == gapNewline || t.kind == sym && !isQuote(t.r) && t.r != '-' || t.kind == word && (saysVerbs[t.text] || t.text == "що") {
			break
		}
	}
	if m == i+1 || m >= i+9 {
		return 0
	}
	if f.citeInterviewee(i-1, m, "") < 0 {
		return 0
	}
	if f.tok(i).text == "ефірі" {
		f.broadcastOf(i+1, m)
	}
	return m - i
}

// toldPaper reads a foreign outlet told the lead by its speaker, in the
// dative after the verb of telling at i, by its kind ("розповів
// німецькому виданню Bild, що …") or by a name we know ("сказав
// телеканалу CNN, що …"): another outlet's interview, cited with its
// speaker as in "в інтерв'ю" (see citeWithOutlet). A Ukrainian outlet
// told is read by toldOutlet. It returns the tokens read, or 0.
func (f *finder) toldPaper(i int) int {
	k := i + 1
	for n := 0; n < 2 && f.tok(k).kind == word && !f.tok(k).upper && foreignAdjective(f.tok(k).text) && mediumAdjective(f.tok(k)); n++ {
		k++ // "німецькому", "британській"
	}
	if t := f.tok(k); t.kind != word || t.upper || !newsKind(t.text) || !scan.HasAnySuffix(t.text, "у", "і", "ю") {
		return 0 // the kind in the dative: виданню, газеті, телеканалу, агентству
	}
	k++
	if f.tok(k).gap != gapSpace {
		return 0
	}
	p, ok := f.reviewedName(k, true)
	if !ok || p.outlet != nil && p.outlet.self || f.quotedAt(k) && p.outlet == nil && !f.tok(k+1).latin {
		return 0
	}
	end := p.next
	if f.quotedAt(k) {
		end++ // past the closing mark
	}
	if !f.isSym(end, ",.") && f.word(end) != "що" {
		return 0
	}
	if !f.citeWithOutlet(i, end, p) {
		return 0
	}
	return end - i
}

// headlinePaper reads a paper named by its kind alone at j, after a cue
// of the lead ("…, пише видання.", "Про це пише газета з посиланням на
// …"), as the one the headline names before its colon: "Politico: ЄС
// готує …", "The Guardian: Лондон …". A world-news headline names the
// paper it retells so, and the lead refers back to it.
func (f *finder) headlinePaper(j int) (phrase, bool) {
	if t := f.tok(j); t.kind != word || t.upper || !newsKind(t.text) || !f.closesAttribution(j+1) {
		return phrase{}, false
	}
	if len(f.toks) == 0 || f.toks[0].kind != word || !f.toks[0].upper {
		return phrase{}, false
	}
	p, ok := f.reviewedName(0, false)
	if !ok || p.outlet != nil && (p.outlet.self || p.outlet.name == "ЗМІ") || p.outlet == nil && !f.toks[0].latin || !f.isSym(p.next, ":") {
		return phrase{}, false
	}
	if p.outlet == nil {
		p.outlet = &outlet{name: p.value} // a foreign paper, as one we know: cited, never the publisher
	}
	p.next = j + 1
	return p, true
}
