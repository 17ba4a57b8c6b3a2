package entity

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
	"github.com/vistka/vistka/ner"
)

// headsOfState are title heads that make a person the leader of the place
// named with them: "Лідер Казахстану" is the person whose title says
// "президент" and who was named together with Казахстан.
var headsOfState = map[string]bool{
	"президент": true, "лідер": true, "глава": true, "голова": true, "очільник": true,
	"керівник": true, "прем'єр-міністр": true, "прем'єр": true, "канцлер": true,
	"король": true, "королева": true, "монарх": true, "султан": true, "емір": true,
	"президентка": true, "очільниця": true, "керівниця": true, "лідерка": true,
}

// role is a title phrase as found in the text: a head with the adjectives
// before it and the genitive words and names after it.
type role struct {
	sent       int
	from, to   int    // token range of the whole phrase in its sentence
	title      string // base form: "державний секретар США"
	headLemma  string // "секретар"
	tailLemmas []string
	adjLemmas  []string // the adjectives before the head: німецький міністр
	start, end int      // code points of the whole phrase
	// former marks a title once held: екс-депутат, колишній міністр
	// (headLemma and adjLemmas are then without the mark).
	former bool
	plural bool // депутати: more than one, never the one person named
	// reach is where a name the title stands before may start: past a
	// faction or party the holder belongs to (депутат з фракції
	// «Слуга народу» Іван Петренко).
	reach int
	// postEnd, when not 0, is the end of the place of a posting after
	// the title (посол Словенії в Україні): the title reaches it when a
	// name follows.
	postEnd int
	// lead is where the words of praise before the title start, which
	// the title leaves out (Вільям Шекспір, геніальний англійський
	// драматург), or start when there are none.
	lead int
}

// titles attaches JOB spans to the persons they stand beside, and resolves
// role phrases standing alone to a person already named.
func (r *Result) titles(a *vistka.Analysis, jobs []pending) {
	r.markPosted(a)
	given := -1     // where the last title given to a name ends
	var late []role // the role phrases no one holds yet (lateRoles)
	for k, j := range jobs {
		if j.span.Start < given {
			// a title span inside the title given before: the genitive
			// it goes on with (Уповноважений [JOB Президента України]
			// з питань … Владислав Власюк), no one's role
			continue
		}
		if w, ok := r.aideBefore(a, j); ok {
			j = w
		} else if w, ok := r.actingBefore(a, j); ok {
			j = w
		}
		ro, ok := r.rolePhrase(a, j)
		if !ok {
			continue
		}
		p := r.adjacentPerson(a, ro)
		if p < 0 && k+1 < len(jobs) && jobs[k+1].sent == j.sent {
			// two titles of one name: "Предстоятель Православної церкви
			// України митрополит Епіфаній", "речник бригади старший
			// лейтенант Максим Ковтун" (the second with its adjectives)
			if next, ok := r.rolePhrase(a, jobs[k+1]); ok && (r.blank(ro.end, jobs[k+1].span.Start) || r.blank(ro.end, next.start)) && sameHeadCase(a, ro, next) {
				p = r.adjacentPerson(a, next)
			}
		}
		if p < 0 && k+1 < len(jobs) && jobs[k+1].sent == j.sent {
			// two titles of one name, the second in apposition to the
			// first: "керівник обласного офісу реформ, депутат облради
			// Володимир Удовиченко", "Посол України у Великій Британії,
			// колишній головнокомандувач … Валерій Залужний" (the first
			// with its posting, the second with its adjectives). A word
			// for whom one is to another (notTitles: "з польським колегою,
			// професором … Яном Ковальським") is no title of the name.
			// Both in one case: "Відповідаючи міністрові, голова
			// комітету Петро Осадчий" is two people.
			if next, ok := r.rolePhrase(a, jobs[k+1]); ok && !notTitles[ro.headLemma] && sameHeadCase(a, ro, next) {
				switch {
				case r.between(ro.end, next.start) == ",":
					p = r.nameAfter(a, next)
				case ro.postEnd > 0 && r.between(ro.postEnd, next.start) == ",":
					if p = r.nameAfter(a, next); p >= 0 {
						ro.title += " " + strings.Join(strings.Fields(string(r.text[ro.end:ro.postEnd])), " ")
						ro.end, ro.reach = ro.postEnd, ro.postEnd
					}
				}
			}
		}
		if p < 0 && k+1 < len(jobs) && jobs[k+1].sent == j.sent && len(ro.tailLemmas) == 0 && !ro.plural &&
			slices.Contains([]string{"і", "й", "та"}, r.between(ro.end, jobs[k+1].span.Start)) {
			// a bare title joined by і to the title of the name after
			// both: "Співзасновник і генеральний директор Kvanta Андрій
			// Савчук" (not when a plural verb makes them two:
			// "Президент і міністр оборони Іван Петренко обговорили")
			// Nor when the first stands for someone named before, or
			// між puts two apart: "війна між міським головою і депутатом
			// міської ради Романом Стасюком".
			toks := a.Sentences[j.sent].Tokens
			if next, ok := r.rolePhrase(a, jobs[k+1]); ok && next.start == jobs[k+1].span.Start &&
				(ro.from == 0 || scan.ToLower(toks[ro.from-1].Text) != "між") && r.resolveRole(ro) < 0 {
				if q := r.nameAfter(a, next); q >= 0 && !pluralVerbAfter(toks, next.to) {
					p = q
				}
			}
		}
		if p < 0 && k > 0 && jobs[k-1].sent == j.sent {
			p = r.joinedApposition(a, jobs[:k], ro)
		}
		if p < 0 && ro.postEnd > 0 {
			// посол Словенії в Україні Андрей Зупан: the posting is
			// part of the title of the person named after it.
			post := ro
			post.title += " " + strings.Join(strings.Fields(string(r.text[ro.end:ro.postEnd])), " ")
			post.end, post.reach = ro.postEnd, ro.postEnd
			if p = r.adjacentPerson(a, post); p >= 0 {
				ro = post
			}
		}
		if p < 0 {
			p = r.appointedTo(a, ro)
		}
		if p < 0 {
			if p = r.predicateHolder(a, ro); p >= 0 {
				ro.title = withoutPronouns(ro.title)
			}
		}
		if p >= 0 && ro.postEnd > 0 && r.apposedPosting(ro, p) {
			// Ірина Венедіктова, посол України у Швейцарії, …: the
			// posting is part of the title after the name too.
			ro.title += " " + strings.Join(strings.Fields(string(r.text[ro.end:ro.postEnd])), " ")
			ro.end, ro.reach = ro.postEnd, ro.postEnd
		}
		if p >= 0 && ro.reach > ro.end {
			if q, _ := r.personRightAfter(ro.reach); q == p {
				// депутатка від «Голосу» Ірина Коваль: the faction
				// the holder belongs to is part of the title.
				ro.title += " " + closeMarks(strings.Join(strings.Fields(string(r.text[ro.end:ro.reach])), " "))
				ro.end = ro.reach
			}
		}
		if q, in := r.complementHolder(a, ro); q >= 0 {
			// помічником народного депутата Миколи Джиги: the name is
			// the deputy's, and the aide someone else
			if p == q {
				p = -1
			}
			if e := &r.Entities[q]; !slices.Contains(e.Titles, in.title) {
				e.Titles = append(e.Titles, in.title)
			}
			r.associate(a, q, in)
			given = max(given, in.end)
		}
		if p >= 0 {
			if end := r.ownerBetween(ro.end, p); end > 0 {
				// Адвокат Гончаренка Андрій Мельник: whose lawyer is
				// part of the title
				ro.title += " " + strings.Join(strings.Fields(string(r.text[ro.end:end])), " ")
				ro.end = end
			}
			given = max(given, ro.end)
			if appointedTitle(a, ro) {
				r.markAppointed(p, ro.title)
			}
			e := &r.Entities[p]
			if !slices.Contains(e.Titles, ro.title) {
				e.Titles = append(e.Titles, ro.title)
			}
			r.associate(a, p, ro)
			if first, ok := r.dashedTitle(a, ro); ok && !slices.Contains(e.Titles, first.title) {
				e.Titles = append(e.Titles, first.title)
				r.associate(a, p, first)
			}
			continue
		}
		if p := r.resolveRole(ro); p >= 0 {
			r.addRoleMention(a, p, ro)
		} else if cut, ok := withoutNegatedObject(a, ro); ok {
			if p := r.resolveRole(cut); p >= 0 {
				r.addRoleMention(a, p, cut)
			}
		} else if cut, p := r.kindNounHolder(a, ro); p >= 0 {
			r.addRoleMention(a, p, cut)
		} else if p := r.leaderSpeaking(a, ro); p >= 0 {
			r.addRoleMention(a, p, ro)
		} else if !ro.plural {
			late = append(late, ro)
		}
	}
	r.lateRoles(a, late)
	r.sortMentions()
}

// lateRoles resolves again the role phrases titles left, now every title
// is given: titles are given in text order, and a story may call its
// subject by a role ("Засновник називає свій заклад соціальним") before
// the title that ties it to the name ("засновник клініки Андрій
// Сергієнко"). The holder must still be named before the phrase, and be
// the only one so titled (titledBefore), so a phrase for someone named
// later is left; and a role in the instrumental says what someone is or
// becomes (працював генеральним директором), no one's mention.
func (r *Result) lateRoles(a *vistka.Analysis, late []role) {
	for _, ro := range late {
		if toks := a.Sentences[ro.sent].Tokens; ro.from < len(toks) && vtag.Has(toks[ro.from].Tag, "v_oru") {
			continue
		}
		if p := r.resolveRole(ro); p >= 0 {
			r.addRoleMention(a, p, ro)
		}
	}
}

// aideBefore returns the word of one who acts for another (aideTitles)
// right before title span j, which opens in the genitive, as a title
// span of its own: "Уповноважена [JOB Президента] з прав дитини" is the
// commissioner's title, the tagger's span the genitive it goes on with.
// It reports false when no such word stands there, or a span holds it.
func (r *Result) aideBefore(a *vistka.Analysis, j pending) (pending, bool) {
	if j.sent < 0 {
		return pending{}, false
	}
	toks := a.Sentences[j.sent].Tokens
	from, _ := a.SpanTokens(j.sent, j.span.Start, j.span.End)
	if from == 0 || from >= len(toks) || !vtag.Has(toks[from].Tag, "v_rod") {
		return pending{}, false
	}
	t := &toks[from-1]
	lemma := scan.ToLower(lemmaOf(t))
	if !aideTitles[lemma] || vtag.Has(t.Tag, "v_rod") || vtag.Has(t.Tag, "p") || coveredBySpan(a, t.RStart) {
		return pending{}, false
	}
	// The name the title stands before, past the genitives, is in the
	// aide word's case: not "помічником [JOB віце-президента ICU]
	// Гонтарєвої", whose the title is.
	k := from
	for k < len(toks) && k < from+12 && !slices.ContainsFunc(a.Spans, func(sp vistka.Span) bool {
		return sp.Type == "PERS" && sp.Start == toks[k].RStart
	}) {
		k++
	}
	if k >= len(toks) || k == from+12 || !sameCase(t.Tag, toks[k].Tag) && !strings.Contains(toks[k].Tag, ":nv") {
		return pending{}, false
	}
	if strings.HasPrefix(t.Tag, "adj") && vtag.Has(t.Tag, "f") {
		lemma = feminine(lemma) // уповноважена
	}
	sp := vistka.Span{Start: t.RStart, End: j.span.End, Type: "JOB"}
	sp.Text = string(r.text[sp.Start:sp.End])
	sp.Lemma = lemma + " " + strings.Join(strings.Fields(j.span.Text), " ")
	return pending{sp, j.sent}, true
}

// actingBefore returns the participle of one who acts in a post and its
// object right before title span j as one title span: "Виконуюча
// обов'язки [JOB ректора]" is the acting rector's title, not the
// rector's. It reports false when no such words stand there, or a span
// holds them.
func (r *Result) actingBefore(a *vistka.Analysis, j pending) (pending, bool) {
	if j.sent < 0 {
		return pending{}, false
	}
	toks := a.Sentences[j.sent].Tokens
	from, _ := a.SpanTokens(j.sent, j.span.Start, j.span.End)
	if from < 2 || from >= len(toks) || !actingFor(toks, from-2) || coveredBySpan(a, toks[from-2].RStart) || coveredBySpan(a, toks[from-1].RStart) {
		return pending{}, false
	}
	t := &toks[from-2]
	lemma := scan.ToLower(lemmaOf(t))
	if vtag.Has(t.Tag, "f") {
		lemma = feminine(lemma) // виконуюча
	}
	sp := vistka.Span{Start: t.RStart, End: j.span.End, Type: "JOB"}
	sp.Text = string(r.text[sp.Start:sp.End])
	sp.Lemma = lemma + " " + toks[from-1].Text + " " + strings.Join(strings.Fields(j.span.Text), " ")
	return pending{sp, j.sent}, true
}

// pluralVerbAfter reports whether the first finite verb after token i of
// toks is in the plural.
func pluralVerbAfter(toks []vistka.Token, i int) bool {
	for _, t := range toks[min(i, len(toks)):] {
		if strings.HasPrefix(t.Tag, "verb") && !vtag.Has(t.Tag, "inf") {
			return vtag.Has(t.Tag, "p")
		}
	}
	return false
}

// kindNouns are the lemmas of the common nouns for a kind of body or
// place a role phrase may name its holder's by: мер міста, очільник
// відомства, голова громади.
var kindNouns = map[string]bool{
	"місто": true, "громада": true, "село": true, "область": true, "регіон": true, "район": true, "країна": true,
	"держава": true, "уряд": true, "відомство": true, "міністерство": true, "агентство": true, "служба": true,
	"банк": true, "фонд": true, "компанія": true, "організація": true, "місія": true, "кабмін": true,
}

// kindNounHolder returns role phrase ro cut after its kind noun
// (toKindNoun) and the person the cut phrase resolves to, or -1.
func (r *Result) kindNounHolder(a *vistka.Analysis, ro role) (role, int) {
	cut, ok := toKindNoun(a, ro)
	if !ok {
		return role{}, -1
	}
	return cut, r.resolveRole(cut)
}

// toKindNoun returns role phrase ro cut after its first genitive when
// that names a kind of body (kindNouns) and more words run on in the
// tail, the object of the verb the tagger read into the title: "вимагає
// від мера міста пояснень", "звернулися до очільника відомства з
// проханням".
func toKindNoun(a *vistka.Analysis, ro role) (role, bool) {
	toks := a.Sentences[ro.sent].Tokens
	head := ro.from + len(ro.adjLemmas)
	words := scan.Fields(ro.title)
	n := len(ro.adjLemmas) + 2
	if len(ro.tailLemmas) < 2 || head+1 >= ro.to || head >= len(toks) || !strings.HasPrefix(toks[head].Tag, "noun") ||
		!kindNouns[scan.ToLower(lemmaOf(&toks[head+1]))] || !vtag.Has(toks[head+1].Tag, "v_rod") || len(words) < n {
		return role{}, false
	}
	cut := ro
	cut.to = head + 2
	cut.end = toks[head+1].REnd
	cut.reach, cut.postEnd = cut.end, 0
	cut.tailLemmas = []string{lemmaOf(&toks[head+1])}
	cut.title = strings.Join(words[:n], " ")
	return cut, true
}

// withoutNegatedObject returns role phrase ro without the one genitive
// noun its tail took when "не" and a verb follow it: that noun is the
// object the negated verb puts in the genitive, not part of the title
// ("Суддя вини не визнає", "Міністр відповіді не дав"). It reports false
// when ro has no such tail. The callers try it only when ro with its
// tail names no one, so that "Голова комітету не погодився" keeps its
// title.
func withoutNegatedObject(a *vistka.Analysis, ro role) (role, bool) {
	toks := a.Sentences[ro.sent].Tokens
	if len(ro.tailLemmas) != 1 || ro.to+1 >= len(toks) || ro.to-1 <= ro.from || !scan.EqualFold(toks[ro.to].Text, "не") ||
		!strings.HasPrefix(toks[ro.to+1].Tag, "verb") || !strings.HasPrefix(toks[ro.to-1].Tag, "noun") {
		return role{}, false
	}
	k := strings.LastIndexByte(ro.title, ' ')
	if k < 0 {
		return role{}, false
	}
	cut := ro
	cut.to--
	cut.end = toks[cut.to-1].REnd
	cut.reach, cut.postEnd = cut.end, 0
	cut.tailLemmas = nil
	cut.title = ro.title[:k]
	return cut, true
}

// joinedApposition returns the person whose apposition the titles before
// role phrase ro are, when ro follows the title before it joined by a
// conjunction or a comma, in its case, with no name of its own after it:
// "Петро Білий, голова обласної федерації футболу та головний суддя
// чемпіонату міста;" gives Петро Білий both titles, and a chain of
// titles after a name gives it each of them: "Василь Тарасенко,
// депутат облради, екс-очільник управління освіти, прийшов". prev are
// the title spans before ro, nearest last. It returns -1 otherwise.
func (r *Result) joinedApposition(a *vistka.Analysis, prev []pending, ro role) int {
	if ro.plural {
		return -1
	}
	toks := a.Sentences[ro.sent].Tokens
	for k := len(prev) - 1; k >= 0 && prev[k].sent == ro.sent; k-- {
		pr, ok := r.rolePhrase(a, prev[k])
		if !ok || pr.plural {
			return -1
		}
		switch r.between(pr.end, ro.start) {
		case "та", "і", "й", ",":
		default:
			if !r.nowLink(pr.end, ro.start) {
				return -1
			}
		}
		if !sameCase(toks[pr.from].Tag, toks[ro.from].Tag) {
			return -1
		}
		p := -1
		r.idx.overlapping(pr.start-12, pr.start, func(m mref) bool {
			if r.Entities[m.ent].Type == "PERS" && m.end <= pr.start && appositionLink(r.between(m.end, pr.start)) && r.nameMention(m) {
				p = m.ent
			}
			return true
		})
		if p >= 0 {
			return p
		}
		ro = pr // a title of the chain: the name is before the one before it
	}
	return -1
}

// nowLink reports whether the text between two titles, from code point
// from to code point to, turns from a post held before to the one held
// now, which is the same person's: "колишній заступник голови правління
// банку, а нині – керівник проєктів", "депутат міськради, нині радник".
func (r *Result) nowLink(from, to int) bool {
	if from > to || to-from > 16 || to > len(r.text) {
		return false
	}
	now := 0
	for _, w := range strings.Fields(string(r.text[from:to])) {
		switch {
		case w == "," || w == "а" || dash(w):
		case scan.EqualFold(w, "нині") || scan.EqualFold(w, "тепер") || scan.EqualFold(w, "зараз") || scan.EqualFold(w, "наразі"):
			now++
		default:
			return false
		}
	}
	return now == 1
}

func (r *Result) addRoleMention(a *vistka.Analysis, p int, ro role) {
	text := string(r.text[ro.start:ro.end])
	r.addMention(p, ro.sent, vistka.Mention{Start: ro.start, End: ro.end, Text: text, Lemma: ro.title, Kind: "title"})
}

// titlePlaces returns the countries named inside a JOB span, in sentence
// s, as place names: the tagger takes the country into a minister's
// title (міністром транспорту Румунії), and the country is named there
// all the same.
func titlePlaces(a *vistka.Analysis, sp vistka.Span, s int) []pending {
	if s < 0 {
		return nil
	}
	toks := a.Sentences[s].Tokens
	from, to := a.SpanTokens(s, sp.Start, sp.End)
	var out []pending
	for i := from + 1; i < to; i++ {
		t := &toks[i]
		if t.Kind != vistka.Word || !unicode.IsUpper(firstRune(t.Text)) || strings.Contains(t.Tag, ":prop:") && !strings.Contains(t.Tag, ":geo") {
			continue
		}
		if l := lemmaOf(t); gazetteer.Lookup(l)&gazetteer.Country != 0 && gazetteer.Lookup(l)&gazetteer.Person == 0 {
			if r, n := utf8.DecodeRuneInString(l); !unicode.IsUpper(r) {
				// the tagger may read the country as a common noun of
				// the same letters (Литви: литва); its name is written
				// with a capital as in the text
				l = string(unicode.ToUpper(r)) + l[n:]
			}
			out = append(out, pending{vistka.Span{Start: t.RStart, End: t.REnd, Type: "LOC", Text: t.Text, Lemma: l}, s})
		}
	}
	return out
}

// rolePhrase grows a JOB span into a role phrase: adjectives before it
// (the tagger may have left out "Державний") and the genitive words and
// place or organisation names after it ("президентом країни",
// "секретар США").
func (r *Result) rolePhrase(a *vistka.Analysis, j pending) (role, bool) {
	if j.sent < 0 {
		return role{}, false
	}
	toks := a.Sentences[j.sent].Tokens
	from, to := a.SpanTokens(j.sent, j.span.Start, j.span.End)
	if to <= from {
		return role{}, false
	}
	ro := role{sent: j.sent}
	// A span the tagger opened with a predicative adjective (присутній
	// посол) starts at its next word.
	dropped := 0
	for from+1 < to && strings.HasPrefix(toks[from].Tag, "adj") && predicativeAdjectives[scan.ToLower(lemmaOf(&toks[from]))] {
		from++
		dropped++
	}
	// (an indeclinable head, аташе, is tagged with any case: its adjective agrees)
	for dropped == 0 && from > 0 && strings.HasPrefix(toks[from-1].Tag, "adj") && !strings.Contains(toks[from-1].Tag, "pron") &&
		(sameCase(toks[from-1].Tag, toks[from].Tag) || strings.Contains(toks[from].Tag, ":nv") && strings.HasPrefix(toks[from].Tag, "noun") ||
			datOrLoc(toks, from-1, from) || genOrAcc(toks, from-1, from)) &&
		!predicativeAdjectives[scan.ToLower(lemmaOf(&toks[from-1]))] && !praiseAdjectives[scan.ToLower(lemmaOf(&toks[from-1]))] &&
		!strings.ContainsFunc(toks[from-1].Text, unicode.IsDigit) {
		from--
	}
	head := to - 1
	for i := from; i < to; i++ {
		if strings.HasPrefix(toks[i].Tag, "noun") || i == from && (aideTitles[scan.ToLower(lemmaOf(&toks[i]))] || actingFor(toks, i)) {
			// (a participle standing for a person heads its title:
			// уповноважена Президента з прав дитини, виконуюча
			// обов'язки ректорки, not its plural object)
			head = i
			break
		}
	}
	ro.headLemma, ro.former = formerHead(lemmaOf(&toks[head]))
	ro.plural = strings.HasPrefix(toks[head].Tag, "noun") && strings.Contains(toks[head].Tag, ":p:")
	for i := from; i < head; i++ {
		if strings.HasPrefix(toks[i].Tag, "adj") {
			if l := scan.ToLower(lemmaOf(&toks[i])); formerWords[l] {
				ro.former = true
			} else {
				ro.adjLemmas = append(ro.adjLemmas, l)
			}
		}
	}
	var wb [16]string // the words of most titles, which Join makes one string of
	words := wb[:0]
	for i := from; i < to; i++ {
		if i <= head && strings.HasPrefix(toks[i].Tag, "adj") && strings.Contains(toks[i].Tag, ":f:") {
			// a woman's title keeps its adjectives feminine: українська
			// прем'єрка, уповноважена з прав людини
			words = append(words, feminine(lemmaOf(&toks[i])))
		} else if i <= head {
			words = append(words, lemmaOf(&toks[i]))
		} else {
			words = append(words, toks[i].Text)
		}
	}
	// The span's own base form beats the token lemmas when the span
	// starts at its head.
	if actingAbbrev(toks[from].Text) {
		// "В. о. голови": the abbreviation of one who acts governs the
		// genitive, which stays as written (the span's base form may
		// make it the nominative at a sentence's start)
		words = words[:0]
		for _, t := range toks[from:to] {
			words = append(words, t.Text)
		}
	} else if dropped > 0 && j.span.Lemma != "" {
		if f := scan.Fields(j.span.Lemma); len(f) > dropped {
			words = f[dropped:]
		}
	} else if j.span.Lemma != "" && spanHeadAsWritten(toks, head, j.span) {
		// the span's base form kept its head as written, in an oblique
		// case (міністрові оборони): the token lemmas are the base form
	} else if toks[from].RStart == j.span.Start && j.span.Lemma != "" {
		words = scan.Fields(j.span.Lemma)
	} else if j.span.Lemma != "" {
		words = append(words[:spanTokenStart(a, j.sent, from, j.span.Start)], scan.Fields(j.span.Lemma)...)
	}
	if from > 0 && actingFor(toks, from) && scan.ToLower(toks[from-1].Text) == "тимчасово" {
		// тимчасово виконуючий обов'язки голови: the adverb is part of
		// the acting post's title
		from--
		words = append([]string{"тимчасово"}, words...)
	}
	for i := head + 1; i < to; i++ {
		if r.nameAt(toks[i].RStart, toks[i].REnd) || isAcronym(toks[i].Text) {
			// a body named inside the span: [JOB начальника ОВА]
			ro.tailLemmas = append(ro.tailLemmas, lemmaOf(&toks[i]))
		}
	}
	tail := to
	// (a member after a head is whom the head is made of, a title of
	// its own: "обрала своїм головою | незалежного члена ради Анну Сміт")
	member := ner.MemberAfterHead(toks, head, to)
	for plain := 0; tail < len(toks) && plain < 4 && !member; {
		t := &toks[tail]
		// A name in the tail is taken whole, however long (голова
		// комітету з питань національної безпеки); other words, up to
		// four genitives.
		if n := r.quotedName(toks, tail); n > 0 {
			// a body named in quotation marks: Лідер «Відродження»
			for _, q := range toks[tail+1 : tail+n-1] {
				ro.tailLemmas = append(ro.tailLemmas, lemmaOf(&q))
			}
			words = append(words, strings.Join(strings.Fields(string(r.text[t.RStart:toks[tail+n-1].REnd])), " "))
			tail += n
			continue
		}
		inName := r.nameAt(t.RStart, t.REnd) || tail == head+1 && r.latinOtherAt(t)
		if r.personAt(t.RStart, t.REnd) {
			break // the holder's name: прем'єра Бойка Борисова, Бойка read as a common noun
		}
		if n := bracketedGloss(toks, tail); n > 0 && tail > head+1 && (plainGenitive(&toks[tail-1]) || r.nameAt(toks[tail-1].RStart, toks[tail-1].REnd)) &&
			tail+n < len(toks) && (plainGenitive(&toks[tail+n]) || r.nameAt(toks[tail+n].RStart, toks[tail+n].REnd)) {
			// a gloss in brackets inside the body's name, which goes on
			// after it: голова Федерації футзалу (міні-футболу) міста
			// Житомира
			for _, g := range toks[tail : tail+n] {
				words = append(words, g.Text)
			}
			tail += n
			continue
		}
		if t.Text == "," && tail > head+1 && genitiveAdj(&toks[tail-1]) && listedAdjectives(toks[tail+1:]) {
			// adjectives listed with commas: голова комітету
			// студентського, аматорського та масового футзалу
			words[len(words)-1] += ","
			tail++
			continue
		}
		if !inName && !plainGenitive(t) {
			// A complement joined by a word of its own: міністр освіти
			// і науки, міністр у справах ветеранів, віцепрем'єр-міністр
			// з питань європейської інтеграції.
			if n := titleLink(toks, tail, tail > head+1 && plainGenitive(&toks[tail-1])); n > 0 {
				for _, l := range toks[tail : tail+n] {
					words = append(words, l.Text)
				}
				tail += n
				continue
			}
			break
		}
		if !inName && tail > head+1 && strings.Contains(toks[tail-1].Tag, ":prop:geo") && withWhom(toks, from, head) {
			// One met or talked with a title ending at the country it
			// names: the common word after the country is the verb's
			// object, "обговорив з очільницею МЗС Фінляндії санкції".
			break
		}
		if !inName && !genitiveAdj(t) {
			plain++ // four genitive nouns at most; their adjectives are free
		}
		words = append(words, t.Text)
		ro.tailLemmas = append(ro.tailLemmas, lemmaOf(t))
		tail++
	}
	ro.from, ro.to = from, tail
	ro.start, ro.end = toks[from].RStart, toks[tail-1].REnd
	ro.lead = ro.start
	for k := from; k > 0 && strings.HasPrefix(toks[k-1].Tag, "adj") && sameCase(toks[k-1].Tag, toks[from].Tag) &&
		praiseAdjectives[scan.ToLower(lemmaOf(&toks[k-1]))]; k-- {
		ro.lead = toks[k-1].RStart
	}
	ro.reach = ro.end
	if n := r.faction(toks, tail); n > 0 {
		ro.reach = toks[tail+n-1].REnd
	} else if n := r.posting(toks, tail); n > 0 {
		ro.postEnd = toks[tail+n-1].REnd
	}
	ro.title = lowerFirst(closeMarks(strings.Join(words, " ")))
	return ro, true
}

// withWhom reports whether the title of toks[from:head+1] is in the
// instrumental after з (із, зі): with whom the subject met or talked.
func withWhom(toks []vistka.Token, from, head int) bool {
	if from == 0 || !vtag.Has(toks[head].Tag, "v_oru") {
		return false
	}
	switch scan.ToLower(toks[from-1].Text) {
	case "з", "із", "зі":
		return true
	}
	return false
}

// actingFor reports whether toks[i] is the participle of one who acts
// in a post, with its object after it: "виконуючий обов'язки",
// "виконуюча обов'язки" (the noun виконувач heads its title itself).
func actingFor(toks []vistka.Token, i int) bool {
	return i+1 < len(toks) && strings.HasPrefix(toks[i].Tag, "adj") &&
		strings.HasPrefix(scan.ToLower(toks[i].Text), "виконуюч") && scan.ToLower(lemmaOf(&toks[i+1])) == "обов'язок"
}

// actingAbbrev reports whether w is the abbreviation "в. о." (виконувач
// обов'язків) as one token, in any case of its letters.
func actingAbbrev(w string) bool {
	switch w {
	case "в. о.", "В. о.", "в.о.", "В.о.", "В. О.", "В.О.":
		return true
	}
	return false
}

// bracketedGloss returns how many tokens from toks[i] are a gloss in
// brackets of one to three lower-case words, "(міні-футболу)", "(на
// траві)": a word the name explains itself with, not an acronym or a
// number, which the brackets after a body's name more often hold. It
// returns 0 otherwise.
func bracketedGloss(toks []vistka.Token, i int) int {
	if i >= len(toks) || toks[i].Text != "(" {
		return 0
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		t := toks[k].Text
		if t == ")" {
			if k == i+1 {
				return 0
			}
			return k - i + 1
		}
		if toks[k].Kind != vistka.Word || !unicode.IsLower(firstRune(t)) || strings.ContainsFunc(t, unicode.IsDigit) {
			return 0
		}
	}
	return 0
}

// markSpacing closes the spaces that joining token texts leaves inside
// guillemets and brackets: "лікарні « Центр зору »" → "лікарні «Центр
// зору»", "федерації ( міні-футболу )" → "федерації (міні-футболу)",
// "бізнес-школи [ kmbs ]" → "бізнес-школи [kmbs]".
var markSpacing = strings.NewReplacer("« ", "«", " »", "»", "( ", "(", " )", ")", "[ ", "[", " ]", "]", " ,", ",", " ;", ";")

// closeMarks returns title with no space inside its guillemets and
// brackets, nor before a comma or a semicolon (голова Комітету з питань
// національної безпеки, оборони та розвідки).
func closeMarks(title string) string {
	if strings.IndexByte(title, '(') < 0 && strings.IndexByte(title, ')') < 0 && strings.IndexByte(title, '[') < 0 && !hasGuillemet(title) &&
		!strings.Contains(title, " ,") && !strings.Contains(title, " ;") {
		return title // (most titles: the replacer copies even what it leaves)
	}
	return markSpacing.Replace(title)
}

// listedAdjectives reports whether toks open with genitive adjectives,
// the last two perhaps joined by та, і or й, and then a genitive noun:
// "аматорського та масового футзалу" after "студентського,".
func listedAdjectives(toks []vistka.Token) bool {
	n := 0
	for i := range toks {
		t := &toks[i]
		switch {
		case genitiveAdj(t):
			n++
		case n > 0 && (t.Text == "та" || t.Text == "і" || t.Text == "й"):
		case strings.HasPrefix(t.Tag, "noun") && plainGenitive(t):
			return n > 0
		default:
			return false
		}
	}
	return false
}

// genitiveAdj reports whether t is an adjective in the genitive, no
// proper name's.
func genitiveAdj(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "adj") && plainGenitive(t)
}

// dashedTitle returns the title joined by a dash before role phrase ro,
// both the titles of the name after them: "Віцепрем'єр-міністр з
// відновлення України – міністр розвитку громад та територій Олексій
// Кулеба". The first must open with a role word in ro's case and end at
// the dash.
func (r *Result) dashedTitle(a *vistka.Analysis, ro role) (role, bool) {
	toks := a.Sentences[ro.sent].Tokens
	k := ro.from - 1
	if k < 1 || toks[k].Text != "–" && toks[k].Text != "—" && toks[k].Text != "-" {
		return role{}, false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := &toks[j]
		if !strings.HasPrefix(t.Tag, "noun") || !isRoleWord(lemmaOf(t)) || !sameCase(t.Tag, toks[ro.from].Tag) {
			continue
		}
		sp := vistka.Span{Start: t.RStart, End: t.REnd, Type: "JOB", Text: t.Text, Lemma: lemmaOf(t)}
		first, ok := r.rolePhrase(a, pending{sp, ro.sent})
		if ok && first.to == k && !first.plural {
			return first, true
		}
		return role{}, false
	}
	return role{}, false
}

// ownerName reports whether the name at from, in the genitive (not an
// indeclinable one), owns the noun just before it, one of leaderGroups
// (дипломата адміністрації Байдена, речника уряду Орбана): a title head
// no list holds is then not taken across that noun for the name, as it is
// across others (експерта телеканалу Олександра Гливинського).
func ownerName(toks []vistka.Token, from int) bool {
	return from > 0 && strings.Contains(toks[from].Tag, "v_rod") && !strings.Contains(toks[from].Tag, ":nv") &&
		plainGenitive(&toks[from-1]) && leaderGroups[scan.ToLower(lemmaOf(&toks[from-1]))]
}

// leaderGroups are the nouns for a government, a team or a circle that
// news names by its leader's genitive: адміністрація Байдена, уряд
// Орбана, команда Зеленського, режим Асада.
var leaderGroups = map[string]bool{
	"адміністрація": true, "уряд": true, "кабінет": true, "команда": true, "штаб": true,
	"оточення": true, "режим": true, "партія": true, "родина": true, "сім'я": true, "сімʼя": true,
}

// plainGenitive reports whether t is a common noun or an adjective in the
// genitive, a word a title's tail may go on with (міністр закордонних
// справ). A masculine adjective the tagger reads as the animate
// accusative (v_zna:ranim) has the genitive's form, and a participle
// standing for a person after a title is its genitive: "адвокатка
// засудженого".
func plainGenitive(t *vistka.Token) bool {
	if strings.HasPrefix(t.Tag, "adj:m:v_zna:ranim") {
		return true
	}
	return strings.Contains(t.Tag, "v_rod") && (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) && !strings.Contains(t.Tag, "prop")
}

// titleLink returns how many tokens from toks[i] join a title's head to
// a complement it goes on with, up to the complement's first genitive: a
// conjunction between two genitives (міністр розвитку громад та
// територій; only after a genitive, when afterGenitive), "у справах"
// (міністр у справах ветеранів) or з before the genitive of a field
// (віцепрем'єр-міністр з відновлення України, речник з питань торгівлі,
// директор з маркетингу).
// It returns 0 when there is none.
func titleLink(toks []vistka.Token, i int, afterGenitive bool) int {
	if i+1 >= len(toks) {
		return 0
	}
	w, next := scan.ToLower(toks[i].Text), &toks[i+1]
	switch {
	case afterGenitive && (w == "та" || w == "і" || w == "й"):
		// Not a second title in the genitive: колишнього губернатора
		// області та міністра будівництва.
		if plainGenitive(next) && !personNounAhead(toks[i+1:]) {
			return 1
		}
	case (w == "у" || w == "в") && scan.ToLower(next.Text) == "справах":
		if i+2 < len(toks) && plainGenitive(&toks[i+2]) {
			return 2
		}
	case w == "з" || w == "із":
		if strings.HasPrefix(next.Tag, "noun") && plainGenitive(next) && fieldNoun(scan.ToLower(next.Text)) {
			return 1
		}
		// a field with its adjectives: верховна представниця ЄС із
		// закордонних справ і безпекової політики
		if genitiveAdj(next) && !strings.Contains(next.Tag, "pron") {
			k := i + 2
			for k < len(toks) && genitiveAdj(&toks[k]) {
				k++
			}
			if k < len(toks) && strings.HasPrefix(toks[k].Tag, "noun") && plainGenitive(&toks[k]) && !originNouns[scan.ToLower(lemmaOf(&toks[k]))] {
				return 1
			}
		}
		// a field right after the role word: директор з маркетингу
		if strings.HasPrefix(next.Tag, "noun:inanim") && plainGenitive(next) && i > 0 && isRoleWord(lemmaOf(&toks[i-1])) &&
			!factionWords[scan.ToLower(lemmaOf(next))] {
			return 1
		}
	}
	return 0
}

// personNounAhead reports whether the first noun of toks, past
// adjectives, names a person (міністра, екс-віце-спікера).
func personNounAhead(toks []vistka.Token) bool {
	for k := range toks[:min(len(toks), 4)] {
		t := &toks[k]
		if strings.HasPrefix(t.Tag, "noun") {
			return strings.Contains(t.Tag, ":anim") || isRoleWord(lemmaOf(t))
		}
		if !strings.HasPrefix(t.Tag, "adj") {
			return false
		}
	}
	return false
}

// fieldNoun reports whether a genitive after з names the field of an
// office (з питань, з відновлення, з розвитку, з прав людини) rather than
// a time or a source (з початку, з Києва): питань, розвитку, прав and
// nouns of action.
func fieldNoun(w string) bool {
	return w == "питань" || w == "розвитку" || w == "прав" || w == "захисту" || strings.HasSuffix(w, "ння") || strings.HasSuffix(w, "ття")
}

// originNouns are the places one comes from, no field of a title: "з
// сусіднього села".
var originNouns = map[string]bool{"село": true, "місто": true, "область": true, "район": true, "країна": true,
	"громада": true, "регіон": true, "округ": true, "держава": true, "селище": true}

// predicativeAdjectives say what the person is at the moment, not what
// office they hold: "був присутній посол Греції" has no title
// "присутній посол".
var predicativeAdjectives = map[string]bool{
	"присутній": true, "відсутній": true, "радий": true, "готовий": true, "змушений": true, "певний": true,
}

// praiseAdjectives say how a person is known, not what office they hold:
// "відомий львівський скульптор" has the title "львівський скульптор"
// (as an age does: "44-річний активіст").
var praiseAdjectives = map[string]bool{
	"відомий": true, "знаний": true, "видатний": true, "славетний": true, "талановитий": true, "популярний": true,
	"легендарний": true, "молодий": true, "геніальний": true, "уславлений": true,
}

// newWords mark the holder new to a post: "назвав нового заступника" is
// the one the text appoints заступник міністра, and "кандидатуру нового
// міністра" someone yet to come when no one is appointed.
var newWords = map[string]bool{"новий": true, "новопризначений": true}

// factionWords are the groups a title holder is of: депутат з фракції X,
// депутат від партії X.
var factionWords = map[string]bool{"фракція": true, "партія": true, "блок": true, "група": true, "об'єднання": true}

// constituencies are the common nouns for the place a deputy is elected
// from: депутат від округу, депутатка від села.
var constituencies = map[string]bool{"округ": true, "село": true, "місто": true, "район": true, "громада": true, "область": true, "регіон": true}

// faction returns how many tokens from toks[i] name the faction or party
// a title holder belongs to, up to the name of a person: "з фракції
// Партії регіонів", "від «Батьківщини»". It returns 0 when there is none.
func (r *Result) faction(toks []vistka.Token, i int) int {
	if i >= len(toks) {
		return 0
	}
	if w := scan.ToLower(toks[i].Text); w != "з" && w != "від" && w != "із" {
		return 0
	}
	j := i + 1
	if j < len(toks) && strings.Contains(toks[j].Tag, "v_rod") && factionWords[scan.ToLower(lemmaOf(&toks[j]))] {
		j++
	}
	if j == i+1 && j < len(toks) && scan.ToLower(toks[i].Text) == "від" && strings.Contains(toks[j].Tag, "v_rod") &&
		constituencies[scan.ToLower(lemmaOf(&toks[j]))] {
		// the place a deputy is elected from, told by a common noun:
		// "Народний депутат від округу Іван Петренко", "депутатка
		// міськради від села", "від округу № 145"
		j++
		if j+1 < len(toks) && toks[j].Text == "№" && strings.ContainsFunc(toks[j+1].Text, unicode.IsDigit) {
			j += 2
		}
		return j - i
	}
	if j < len(toks) && quoteMark(toks[j].Text) {
		j++ // an opening quote
	}
	if j >= len(toks) || !r.nameAt(toks[j].RStart, toks[j].REnd) {
		return 0
	}
	for j < len(toks) && r.nameAt(toks[j].RStart, toks[j].REnd) {
		j++
	}
	if j < len(toks) && quoteMark(toks[j].Text) {
		j++ // the closing one
	}
	return j - i
}

// posting returns how many tokens from toks[i] name the place or body a
// title holder is posted to, in the locative after в or у, up to the
// name of a person: "в Україні" of "посол Словенії в Україні Андрей
// Зупан", "у Верховній Раді" of "представник уряду у Верховній Раді";
// or the region the title covers, a place in the genitive after з:
// "зі Східної Європи" of "директорка ЄБРР зі Східної Європи Ганна Берг".
// It returns 0 when there is none.
func (r *Result) posting(toks []vistka.Token, i int) int {
	if i+1 >= len(toks) {
		return 0
	}
	if scan.ToLower(toks[i].Text) == "при" {
		return r.attachedTo(toks, i)
	}
	switch scan.ToLower(toks[i].Text) {
	case "з", "зі", "із":
		// the region a title covers: "директорка ЄБРР зі Східної Європи
		// Ганна Берг"
		j := i + 1
		for j < len(toks) && r.nameAt(toks[j].RStart, toks[j].REnd) && strings.Contains(toks[j].Tag, "v_rod") {
			j++
		}
		if j == i+1 || !strings.Contains(toks[j-1].Tag, ":geo") {
			return 0
		}
		return j - i
	case "в", "у":
	default:
		return 0
	}
	j := i + 1
	for j < len(toks) && r.nameAt(toks[j].RStart, toks[j].REnd) && strings.Contains(toks[j].Tag, "v_mis") {
		j++
	}
	if j == i+1 && strings.Contains(toks[j].Tag, "v_mis") && postPlaces[scan.ToLower(lemmaOf(&toks[j]))] {
		// a place told by a common noun the story has named:
		// "керівник виборчого штабу партії в області Роман Климук"
		j++
	}
	if j == i+1 {
		return 0
	}
	return j - i
}

// postPlaces are the common nouns for the place a post is in, written
// after the title when the story has named that place: в області, у
// місті.
var postPlaces = map[string]bool{"область": true, "місто": true, "район": true, "громада": true, "регіон": true}

// apposedPosting reports whether role phrase ro, with a posting after
// it, stands in apposition after a name of person p, the posting closed
// by a comma or the sentence's end: "Ірина Венедіктова, посол України у
// Швейцарії, зустрілася …".
func (r *Result) apposedPosting(ro role, p int) bool {
	if q, _ := r.personRightAfter(ro.end); q == p {
		return false
	}
	named := false
	for _, m := range r.Entities[p].Mentions {
		if m.End <= ro.start && r.between(m.End, ro.start) == "," {
			named = true
		}
	}
	if !named || ro.postEnd >= len(r.text) {
		return named && ro.postEnd == len(r.text)
	}
	k := ro.postEnd
	for k < len(r.text) && scan.IsSpace(r.text[k]) {
		k++
	}
	return k == len(r.text) || r.text[k] == ',' || r.text[k] == '.' || r.text[k] == ';'
}

// attachedTo returns how many tokens from toks[i], "при", name the body
// an envoy is accredited to: a body or place in the locative, after one
// common noun for an office of it, and the place of that office after
// "в" or "у" (посол України при Святому Престолі, посол Росії при
// відділенні ООН у Женеві), or 0.
func (r *Result) attachedTo(toks []vistka.Token, i int) int {
	j := i + 1
	if j < len(toks) && strings.HasPrefix(toks[j].Tag, "noun:inanim") && strings.Contains(toks[j].Tag, "v_mis") && !r.nameAt(toks[j].RStart, toks[j].REnd) {
		j++ // відділенні
	}
	k := j
	for k < len(toks) && r.nameAt(toks[k].RStart, toks[k].REnd) {
		k++
	}
	if k == j {
		return 0
	}
	if n := r.posting(toks, k); n > 0 && scan.ToLower(toks[k].Text) != "при" {
		k += n
	}
	return k - i
}

func quoteMark(t string) bool {
	return t == "«" || t == "»" || t == "\"" || t == "“" || t == "”" || t == "„"
}

// formerWords are the adjectives that make a title one once held.
var formerWords = map[string]bool{"колишній": true, "колишня": true}

// formerHead returns the lower-case head of a role word without the mark
// of a title once held, and whether it had one: екс-депутат and
// ексміністр are депутат and міністр.
func formerHead(lemma string) (string, bool) {
	low := scan.ToLower(lemma)
	if rest, ok := strings.CutPrefix(low, "екс-"); ok && rest != "" {
		return rest, true
	}
	if rest, ok := strings.CutPrefix(low, "екс"); ok && roleWords[rest] {
		return rest, true
	}
	return low, false
}

// presentTitle returns a title without the marks of one once held:
// "колишній народний депутат" and "екс-міністр оборони" are "народний
// депутат" and "міністр оборони".
func presentTitle(title string) string {
	var words []string
	for _, w := range scan.Fields(scan.ToLower(title)) {
		if formerWords[w] {
			continue
		}
		if base, ok := formerHead(w); ok {
			w = base
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// spanTokenStart returns how many of the phrase's leading words come
// before the span itself.
func spanTokenStart(a *vistka.Analysis, s, from, spanStart int) int {
	n := 0
	for i := from; i < len(a.Sentences[s].Tokens) && a.Sentences[s].Tokens[i].RStart < spanStart; i++ {
		n++
	}
	return n
}

// nameAt reports whether [start, end) lies in a LOC or ORG mention.
func (r *Result) nameAt(start, end int) bool {
	in := false
	r.idx.overlapping(start, end, func(m mref) bool {
		t := r.Entities[m.ent].Type
		in = (t == "LOC" || t == "ORG") && m.start <= start && end <= m.end
		return !in
	})
	return in
}

// latinOtherAt reports whether token t is a name in Latin letters the
// tagger typed MISC: right after a title's head it is the company or the
// service the holder runs (генеральний директор Uklon), whatever else
// the name may name alone.
func (r *Result) latinOtherAt(t *vistka.Token) bool {
	if c := t.Text[0]; c < 'A' || c > 'Z' {
		return false
	}
	in := false
	r.idx.overlapping(t.RStart, t.REnd, func(m mref) bool {
		in = r.Entities[m.ent].Type == "MISC" && m.start <= t.RStart && t.REnd <= m.end
		return !in
	})
	return in
}

// quotedName returns how many tokens from toks[i] are a place's or a
// body's name in quotation marks, the marks with it («Відродження»), or
// 0 when there is none.
func (r *Result) quotedName(toks []vistka.Token, i int) int {
	if i+2 >= len(toks) || toks[i].Text != "«" && toks[i].Text != "„" && toks[i].Text != "“" && toks[i].Text != "\"" {
		return 0
	}
	j := i + 1
	for j < len(toks) && r.nameAt(toks[j].RStart, toks[j].REnd) {
		j++
	}
	if j == i+1 || j >= len(toks) || !quoteMark(toks[j].Text) {
		return 0
	}
	return j + 1 - i
}

// personAt reports whether [start, end) lies in a person's name.
func (r *Result) personAt(start, end int) bool {
	in := false
	r.idx.overlapping(start, end, func(m mref) bool {
		in = r.Entities[m.ent].Type == "PERS" && m.start <= start && end <= m.end && r.nameMention(m)
		return !in
	})
	return in
}

// nameMention reports whether m is the place of a name mention of its
// entity, not of a title or a pronoun.
func (r *Result) nameMention(m mref) bool {
	for _, mm := range r.Entities[m.ent].Mentions {
		if mm.Start == m.start && mm.Kind == "name" {
			return true
		}
	}
	return false
}

func lemmaOf(t *vistka.Token) string {
	if t.Lemma != "" {
		return t.Lemma
	}
	return t.Text
}

func sameCase(a, b string) bool {
	for _, c := range []string{"v_naz", "v_rod", "v_dav", "v_zna", "v_oru", "v_mis", "v_kly"} {
		if strings.Contains(a, c) {
			return strings.Contains(b, c)
		}
	}
	return false
}

// datOrLoc reports whether the adjective toks[adj] and the noun
// toks[noun] are one in the dative and the other in the locative, whose
// forms the masculine shares (селищному голові): with no preposition
// before the adjective the locative cannot be, and the tagger's reading
// of one of them is a slip.
func datOrLoc(toks []vistka.Token, adj, noun int) bool {
	a, n := vtag.Case(toks[adj].Tag), vtag.Case(toks[noun].Tag)
	if !(a == "v_mis" && n == "v_dav" || a == "v_dav" && n == "v_mis") {
		return false
	}
	return adj == 0 || !strings.HasPrefix(toks[adj-1].Tag, "prep")
}

// spanHeadAsWritten reports whether span sp, whose head noun is toks[head]
// in an oblique case other than the genitive (which a word before may
// govern: в. о. начальника), gives that noun in its base form as written rather
// than as its lemma: the span's base form failed to decline it.
func spanHeadAsWritten(toks []vistka.Token, head int, sp vistka.Span) bool {
	t := &toks[head]
	if !strings.HasPrefix(t.Tag, "noun") || vtag.Has(t.Tag, "v_naz") || vtag.Has(t.Tag, "v_rod") || t.RStart < sp.Start || t.REnd > sp.End || t.Lemma == "" || t.Lemma == t.Text {
		return false
	}
	k := 0 // the head's place among the span's words
	for _, u := range toks {
		if u.RStart >= sp.Start && u.RStart < t.RStart {
			k++
		}
	}
	f := scan.Fields(sp.Lemma)
	return k < len(f) && f[k] == t.Text
}

// genOrAcc reports whether the adjective toks[adj] and the animate noun
// toks[noun] are one in the genitive and the other in the accusative,
// whose forms a man's title shares (допитав колишнього губернатора: the
// tagger reads the adjective as an accusative of an animate, the noun as
// a genitive).
func genOrAcc(toks []vistka.Token, adj, noun int) bool {
	a, n := vtag.Case(toks[adj].Tag), vtag.Case(toks[noun].Tag)
	return strings.HasPrefix(toks[noun].Tag, "noun:anim") && vtag.Gender(toks[noun].Tag) == 'm' && vtag.Gender(toks[adj].Tag) == 'm' &&
		(a == "v_zna" && n == "v_rod" || a == "v_rod" && n == "v_zna")
}

// lowerFirst lower-cases the first letter of a title unless its first word
// is an acronym.
func lowerFirst(t string) string {
	first, _, _ := strings.Cut(t, " ")
	if isAcronym(first) {
		return t
	}
	c, n := utf8.DecodeRuneInString(t)
	if l := unicode.ToLower(c); l != c || c == utf8.RuneError && n <= 1 {
		return string(l) + t[n:] // (an invalid or no first byte too: U+FFFD)
	}
	return t // (most titles, which open in lower case: no new string)
}

func isAcronym(w string) bool { return scan.Capitals(w) >= 2 }

// adjacentPerson finds the person a role phrase stands next to: right
// before the name ("Державний секретар США Ентоні Блінкен") or right after
// it as an apposition ("Ентоні Блінкен, державний секретар США,"). In a
// list of titled names the title goes with the name after it: in
// "депутат ради Роман Сімутін, заступник міського голови Лариса
// Виноградова" the second title is Виноградова's, not Сімутін's. A title
// in the plural (журналісти, українські письменники) is no one person's.
// When a name stands on either side, a name after the title in another
// case is the genitive the title goes on with, not the holder's: in
// "Олексій Гужва, екс-заступник мера Черкас Сергія Одарича" the title is
// Гужва's. A woman's title before a man's name in the genitive is no
// one's ("Речниця Олега Мельника").
func (r *Result) adjacentPerson(a *vistka.Analysis, ro role) int {
	if ro.plural {
		return -1
	}
	after, before, agrees := -1, -1, false
	afterStart, afterEnd := 0, 0
	r.idx.overlapping(ro.lead-12, ro.reach+20, func(m mref) bool {
		if r.Entities[m.ent].Type != "PERS" {
			return true
		}
		ms := r.Entities[m.ent].Mentions
		for _, mm := range ms {
			if mm.Start != m.start || mm.Kind != "name" {
				continue
			}
			switch {
			case m.start >= ro.end && (r.blank(ro.end, m.start) || r.blank(ro.reach, m.start) || r.bracketedAcronym(ro.end, m.start) || r.callSignAfter(ro.end, m.start)):
				after, agrees = m.ent, r.caseAgrees(a, ro, m.start)
				afterStart, afterEnd = m.start, m.end
				return false
			case before < 0 && m.end <= ro.lead && appositionLink(r.between(m.end, ro.lead)) && !r.obliqueBeforePredicate(a, ro, m.start):
				before = m.ent
			case before < 0 && m.end <= ro.lead && r.between(m.end, ro.lead) == "(" && r.closingBracket(ro.end):
				// Олег Петренко (голова громади): a title in brackets
				// right after the name is its apposition
				before = m.ent
			}
		}
		return true
	})
	if after >= 0 && !agrees && mayBeGenitive(a, ro.sent, afterStart, afterEnd) {
		// "Адвокат Сидоренка Ігор Фомін": the name in the genitive is
		// whose the title is; the name right after it, in the title's
		// case, holds it
		if next, at := r.personRightAfter(afterEnd); next >= 0 && next != after && r.caseAgrees(a, ro, at) {
			return next
		}
	}
	if after >= 0 && !agrees && before < 0 && womanOfMan(a, ro, afterStart, afterEnd) {
		// "Речниця Олега Мельника заявила": a woman's title before a
		// man's name in the genitive is the office of someone unnamed
		// whom he has, not his
		return -1
	}
	if after >= 0 && !agrees && before < 0 && governedGenitive(a, ro) && !mayBeGenitive(a, ro.sent, afterStart, afterEnd) {
		// "уповноважена Президента України … Дарія Герасимчук": the
		// genitive is another word's complement, not her title.
		return -1
	}
	if after >= 0 && r.womanAfterOblique(a, ro, after, afterEnd) {
		// "сім'я судді Голяшкіна": a man in the genitive, not the
		// woman whose nominative it spells
		return before
	}
	if after >= 0 && !agrees && afterCopula(a, ro) && mayBeGenitive(a, ro.sent, afterStart, afterEnd) {
		// "Бабич, який є директором ряду фірм Гнатюка": after the
		// copula the genitive is whose the firms are
		return -1
	}
	if after >= 0 && (before < 0 || agrees) {
		return after
	}
	return before
}

// afterCopula reports whether role phrase ro, in the instrumental,
// follows є, був or була, past an adverb: the title of a predicate.
func afterCopula(a *vistka.Analysis, ro role) bool {
	toks := a.Sentences[ro.sent].Tokens
	if ro.from >= len(toks) || !vtag.Has(toks[ro.from].Tag, "v_oru") {
		return false
	}
	k := pastCopulaAdverbs(toks, ro.from-1, 0)
	return k >= 0 && copula(&toks[k])
}

// pastCopulaAdverbs returns the index before the adverbs, two at most,
// that end at toks[k] (також, нині: "є також депутатом"), going back no
// further than toks[first].
func pastCopulaAdverbs(toks []vistka.Token, k, first int) int {
	for n := 0; n < 2 && k >= first && copulaAdverbs[scan.ToLower(toks[k].Text)]; n++ {
		k--
	}
	return k
}

// callSignAfter reports whether the words from code point from to the
// name at code point to say the name is a call sign: "Оператор ударних
// дронів із позивним «Хмара»".
func (r *Result) callSignAfter(from, to int) bool {
	if from > to || to-from > 16 || to > len(r.text) {
		return false
	}
	w := scan.Fields(string(r.text[from:to]))
	return len(w) == 3 && callSignWords(w[0], w[1], w[2])
}

// callSignWords reports whether three words before a name say it is a
// call sign: "з позивним «", "із позивним «".
func callSignWords(with, sign, mark string) bool {
	switch scan.ToLower(with) {
	case "з", "із", "зі":
		return strings.HasPrefix(scan.ToLower(sign), "позивн") && mark == "«"
	}
	return false
}

// closingBracket reports whether a closing bracket follows code point
// end, past spaces.
func (r *Result) closingBracket(end int) bool {
	for k := end; k < len(r.text) && k < end+4; k++ {
		switch r.text[k] {
		case ' ':
			continue
		case ')':
			return true
		}
		return false
	}
	return false
}

// appositionLink reports whether the text between a name and a title
// after it makes the title the name's apposition: a comma, or a comma and
// a word of the present (Марцін Вояцеховський, нині радник прем'єр-міністра
// Польщі Дональда Туска), or a dash, which news writes for the comma or
// for the copula (Ігор Сидоренко – директор заводу).
func appositionLink(between string) bool {
	switch between {
	case ",", ", нині", ", тепер", ", зараз", ", наразі", "–", "—":
		return true
	}
	return false
}

// womanOfMan reports whether role phrase ro opens with a woman's noun in
// the nominative and the name at code points [start, end) of its
// sentence reads, word for word, as a man's in the genitive or the
// accusative: "Речниця Олега Мельника". ("речниця … Юлія Вишневецька",
// Юлія read as Юлій's genitive, has her surname in the nominative.)
func womanOfMan(a *vistka.Analysis, ro role, start, end int) bool {
	toks := a.Sentences[ro.sent].Tokens
	if ro.from >= len(toks) || !strings.HasPrefix(toks[ro.from].Tag, "noun") || !vtag.Has(toks[ro.from].Tag, "v_naz") || !vtag.Has(toks[ro.from].Tag, "f") {
		return false
	}
	from, to := a.SpanTokens(ro.sent, start, end)
	if to <= from {
		return false
	}
	for _, t := range toks[from:to] {
		if !vtag.Has(t.Tag, "m") || !vtag.Has(t.Tag, "v_rod") && !vtag.Has(t.Tag, "v_zna") || vtag.Has(t.Tag, "nv") {
			return false
		}
	}
	return true
}

// bracketedAcronym reports whether the code points [from, to) of the
// text are an acronym in brackets between spaces: the short name of the
// body a title ends with, before the holder's name ("Генеральний
// директор Міжнародного агентства з атомної енергії (МАГАТЕ) Рафаель
// Гроссі").
func (r *Result) bracketedAcronym(from, to int) bool {
	if from > to || to-from > 16 || to > len(r.text) {
		return false
	}
	in, ok := strings.CutPrefix(strings.TrimSpace(string(r.text[from:to])), "(")
	if !ok {
		return false
	}
	in, ok = strings.CutSuffix(in, ")")
	return ok && isAcronym(in) && !strings.ContainsFunc(in, func(c rune) bool { return !unicode.IsLetter(c) })
}

// ownerBetween returns the end of a person's name right after code point
// end when the name of person p follows it right after: in "Адвокат
// Гончаренка Андрій Мельник" the name between the title and its holder
// is whose the title is. It returns 0 otherwise.
func (r *Result) ownerBetween(end, p int) int {
	q, at := r.personRightAfter(end)
	if q < 0 || q == p {
		return 0
	}
	for _, m := range r.Entities[q].Mentions {
		if m.Start == at {
			if next, _ := r.personRightAfter(m.End); next == p {
				return m.End
			}
			break
		}
	}
	return 0
}

// personRightAfter returns the person a name mention starting right after
// code point end (past spaces) names, and where it starts, or -1.
func (r *Result) personRightAfter(end int) (int, int) {
	found, at := -1, 0
	r.idx.overlapping(end, end+8, func(m mref) bool {
		if m.start < end || r.Entities[m.ent].Type != "PERS" || !r.blank(end, m.start) {
			return true
		}
		for _, mm := range r.Entities[m.ent].Mentions {
			if mm.Start == m.start && mm.Kind == "name" {
				found, at = m.ent, m.start
				return false
			}
		}
		return true
	})
	return found, at
}

// mayBeGenitive reports whether the name at code points [start, end) of
// sentence s may be in the genitive: a word of it that declines is, or
// none declines (Козименко) or tells a case. "Дарія Герасимчук" is not:
// the first name declines and is in the nominative.
func mayBeGenitive(a *vistka.Analysis, s, start, end int) bool {
	from, to := a.SpanTokens(s, start, end)
	told := false
	for _, t := range a.Sentences[s].Tokens[from:max(from, to)] {
		if strings.Contains(t.Tag, ":nv") || !strings.Contains(t.Tag, ":v_") {
			continue
		}
		if strings.Contains(t.Tag, "v_rod") {
			return true
		}
		told = true
	}
	return !told
}

// governedGenitive reports whether role phrase ro opens in the genitive
// right after a word for a person in another case, whose complement it
// is: a noun for a person (син президента, спецпосланцю президента) or
// an adjective standing for one (уповноважена Президента). After a word
// for a thing the genitive may be the name's own title (дохід
// підприємиці Козименко).
func governedGenitive(a *vistka.Analysis, ro role) bool {
	toks := a.Sentences[ro.sent].Tokens
	if ro.from == 0 || ro.from >= len(toks) || !strings.Contains(toks[ro.from].Tag, "v_rod") {
		return false
	}
	prev := toks[ro.from-1].Tag
	return (strings.HasPrefix(prev, "noun:anim") || strings.HasPrefix(prev, "adj")) && !strings.Contains(prev, "v_rod")
}

// caseAgrees reports whether the head noun of role phrase ro and the word
// opening the name at code point pos are in one case (or either tells
// none): "заступник міського голови Лариса Виноградова", "голови ради
// Івана Бовсунівського", but not "заступник мера Сергія Одарича".
func (r *Result) caseAgrees(a *vistka.Analysis, ro role, pos int) bool {
	toks := a.Sentences[ro.sent].Tokens
	hc := ""
	for i := ro.from; i < ro.to && i < len(toks); i++ {
		if strings.HasPrefix(toks[i].Tag, "noun") {
			hc = caseOf(toks[i].Tag)
			break
		}
	}
	k := sort.Search(len(toks), func(k int) bool { return toks[k].REnd > pos })
	if hc == "" || k >= len(toks) || toks[k].RStart != pos || strings.Contains(toks[k].Tag, ":nv") {
		return true
	}
	// A person's accusative is the genitive's form, and the tagger
	// reads it as either (на начальника ОВА Олега Кіпера).
	class := func(c string) string {
		switch c {
		case "v_zna":
			return "v_rod"
		case "v_kly":
			return "v_naz"
		}
		return c
	}
	nc := caseOf(toks[k].Tag)
	return nc == "" || class(nc) == class(hc)
}

// womanAfterOblique reports whether the name of person p ending at code
// point end is a woman's surname spelt as her nominative (Голяшкіна,
// Петрова) right after role phrase ro whose head is in an oblique case:
// a woman's surname in that case would end otherwise (судді Голяшкіної),
// so "сім'я судді Голяшкіна" names a man in the genitive, not her ("мати
// судді Віра Голяшкіна" named her as his kin).
func (r *Result) womanAfterOblique(a *vistka.Analysis, ro role, p, end int) bool {
	if p < 0 || p >= len(r.Gender) || r.Gender[p] != 'f' {
		return false
	}
	toks := a.Sentences[ro.sent].Tokens
	// the head itself, not the first noun of its complement: "уповноважена
	// з прав людини" (an adjective's noun) is in the nominative
	head := slices.IndexFunc(toks[ro.from:min(ro.to, len(toks))], func(t vistka.Token) bool { return strings.EqualFold(lemmaOf(&t), ro.headLemma) })
	if head < 0 || !strings.HasPrefix(toks[ro.from+head].Tag, "noun") {
		return false
	}
	// the instrumental is a predicate's, the name after it the subject
	// (директором – Світлана Жукова)
	if c := caseOf(toks[ro.from+head].Tag); c == "" || c == "v_naz" || c == "v_kly" || c == "v_oru" {
		return false
	}
	// the surname alone: a first name before it would tell her case
	k := sort.Search(len(toks), func(k int) bool { return toks[k].REnd >= end })
	return k < len(toks) && toks[k].REnd == end && (k == 0 || !r.personAt(toks[k-1].RStart, toks[k-1].REnd)) &&
		scan.HasAnySuffix(toks[k].Text, womansSurnameEnds...)
}

// obliqueBeforePredicate reports whether role phrase ro, in the
// instrumental, follows a name at code point pos in an oblique case: no
// apposition of that name, whose case it would share, but what someone
// after is ("екс-заступник мера Сергія Одарича, головою наглядової ради –
// Ніна Набокіна"). A name in the nominative before it is its holder, the
// copula left out: "Тамара Ренкас – головним бухгалтером".
func (r *Result) obliqueBeforePredicate(a *vistka.Analysis, ro role, pos int) bool {
	toks := a.Sentences[ro.sent].Tokens
	head := slices.IndexFunc(toks[ro.from:min(ro.to, len(toks))], func(t vistka.Token) bool { return strings.HasPrefix(t.Tag, "noun") })
	if head < 0 || caseOf(toks[ro.from+head].Tag) != "v_oru" {
		return false
	}
	if ro.to < len(toks) && dash(toks[ro.to].Text) && r.nominativeAfter(a, ro.sent, toks[ro.to].REnd) >= 0 {
		return true // the dash stands for the copula of the name after: "Олексій Гужва, головою наглядової ради – Ніна Набокіна"
	}
	k := sort.Search(len(toks), func(k int) bool { return toks[k].REnd > pos })
	if k >= len(toks) || toks[k].RStart != pos || strings.Contains(toks[k].Tag, ":nv") {
		return false
	}
	switch caseOf(toks[k].Tag) {
	case "v_rod", "v_zna", "v_dav", "v_mis":
		return true
	}
	return false
}

// nameAfter returns the person named right after role phrase ro, or -1.
func (r *Result) nameAfter(a *vistka.Analysis, ro role) int {
	found := -1
	r.idx.overlapping(ro.end, ro.reach+12, func(m mref) bool {
		if r.Entities[m.ent].Type == "PERS" && m.start >= ro.end && r.nameMention(m) && (r.blank(ro.end, m.start) || r.blank(ro.reach, m.start)) && r.caseAgrees(a, ro, m.start) &&
			!r.womanAfterOblique(a, ro, m.ent, m.end) {
			found = m.ent
			return false
		}
		return true
	})
	return found
}

// blank reports whether the code points [from, to) of the text are a
// short run of white space.
func (r *Result) blank(from, to int) bool {
	if from > to || to-from > 8 || to > len(r.text) {
		return false
	}
	for _, c := range r.text[from:to] {
		if !scan.IsSpace(c) {
			return false
		}
	}
	return true
}

// between returns the short text between two mentions, trimmed.
func (r *Result) between(from, to int) string {
	if from > to || to-from > 8 || to > len(r.text) {
		return "\x00"
	}
	return strings.TrimSpace(string(r.text[from:to]))
}

// associate records the places and organisations named in a title, or in
// the sentence it was given in, as what person p's title is about.
func (r *Result) associate(a *vistka.Analysis, p int, ro role) {
	if ro.sent < 0 || ro.sent >= len(a.Sentences) {
		return
	}
	sent := a.Sentences[ro.sent]
	r.idx.overlapping(sent.RStart, sent.REnd, func(m mref) bool {
		if t := r.Entities[m.ent].Type; (t == "LOC" || t == "ORG") && m.sent == ro.sent && !slices.Contains(r.assoc[p], m.ent) {
			r.assoc[p] = append(r.assoc[p], m.ent)
		}
		return true
	})
}

// resolveRole resolves a role phrase that stands alone to the one person
// named before it who holds that title, or who leads the place the phrase
// names ("Лідер Казахстану").
func (r *Result) resolveRole(ro role) int {
	if r.indefinite(ro) {
		return -1
	}
	p := r.holderOf(ro)
	if p >= 0 && r.otherGender(ro, p) {
		return -1
	}
	return p
}

// indefinite reports whether a numeral or an indefinite word comes right
// before role phrase ro: "вислала одного російського дипломата", "ще
// один посадовець", "інший міністр" are someone not named, not the one
// named before.
func (r *Result) indefinite(ro role) bool {
	if r.a == nil || ro.sent >= len(r.a.Sentences) || ro.from == 0 {
		return false
	}
	t := &r.a.Sentences[ro.sent].Tokens[ro.from-1]
	if strings.HasPrefix(t.Tag, "numr") {
		return true
	}
	switch scan.ToLower(lemmaOf(t)) {
	case "інший", "якийсь", "певний", "жоден", "кожен", "кожний", "будь-який", "деякий":
		return true
	}
	return false
}

// otherGender reports whether role phrase ro is a woman's title
// (посадовиця, очільниця, міністерка) and person p a man.
// A person read as a man who holds a woman's title is not one: a
// surname first named alone may read as a man's genitive (Южаніна),
// "народна депутатка" tells otherwise.
func (r *Result) otherGender(ro role, p int) bool {
	if r.Gender[p] != 'm' || !womansTitle(ro.headLemma) {
		return false
	}
	return !slices.ContainsFunc(r.Entities[p].Titles, func(t string) bool {
		w := scan.Fields(t)
		return slices.ContainsFunc(w[:min(len(w), 3)], womansTitle)
	})
}

// verbGender returns the gender of the past verb role phrase ro is the
// subject of ('m' or 'f'), right after it past adverbs, or 0.
func (r *Result) verbGender(ro role) byte {
	if r.a == nil || ro.sent >= len(r.a.Sentences) {
		return 0
	}
	toks := r.a.Sentences[ro.sent].Tokens
	if ro.from >= len(toks) || ro.to > len(toks) || !vtag.Has(toks[ro.from].Tag, "v_naz") {
		return 0
	}
	for _, t := range toks[ro.to:] {
		if strings.HasPrefix(t.Tag, "adv") {
			continue
		}
		if strings.HasPrefix(t.Tag, "verb") && strings.Contains(t.Tag, ":past") {
			if g := vtag.Gender(t.Tag); g == 'm' || g == 'f' {
				return g
			}
		}
		return 0
	}
	return 0
}

// holderOf is resolveRole without the check of gender.
func (r *Result) holderOf(ro role) int {
	if ro.plural {
		return -1
	}
	if ro.former {
		return r.formerHolder(ro)
	}
	if p := r.titledBefore(ro, func(t string) bool { return strings.EqualFold(t, ro.title) }); p >= 0 {
		return p
	}
	if len(ro.adjLemmas) > 0 && newWords[ro.adjLemmas[0]] {
		return r.newHolder(ro)
	}
	if p := r.titleOpening(ro); p >= 0 {
		return p
	}
	if p := r.byBody(ro); p >= 0 {
		return p
	}
	if p := r.byKind(ro); p >= 0 {
		return p
	}
	if p := r.byCountryAdjective(ro); p >= 0 {
		return p
	}
	if p := r.ministryHead(ro); p >= 0 {
		return p
	}
	if p := r.byHeadOfKind(ro); p >= 0 {
		return p
	}
	if len(ro.adjLemmas) == 0 && len(ro.tailLemmas) == 0 {
		return r.byBareRole(ro)
	}
	if bare, ok := impliedBody(ro); ok {
		if p := r.byBareRole(bare); p >= 0 {
			return p
		}
	}
	if p := r.bareHolder(ro); p >= 0 {
		return p
	}
	if p := r.townHead(ro); p >= 0 {
		return p
	}
	if (ro.headLemma == "мер" || ro.headLemma == "мерка") && len(ro.tailLemmas) == 1 && scan.ToLower(ro.tailLemmas[0]) == "місто" {
		return r.onlyCityHead(&ro) // "від мера міста": the town's head by any of its titles
	}
	if !headsOfState[ro.headLemma] {
		return -1
	}
	place := -1
	r.idx.overlapping(ro.start, ro.end, func(m mref) bool {
		if t := r.Entities[m.ent].Type; (t == "LOC" || t == "ORG") && m.start >= ro.start && m.end <= ro.end {
			place = m.ent
		}
		return true
	})
	for _, l := range ro.tailLemmas {
		for _, t := range []string{"LOC", "ORG"} {
			if i, ok := r.idx.byName[t+"\x00"+scan.ToLower(l)]; ok && place < 0 {
				place = i
			}
		}
		if l := scan.ToLower(l); place < 0 && (strings.HasSuffix(l, "ський") || strings.HasSuffix(l, "цький") || strings.HasSuffix(l, "зький")) {
			if c := r.countryOf(l); c >= 0 {
				place = c // "глава канадського уряду": Canada's
			}
		}
	}
	if place < 0 {
		if generic(ro.tailLemmas) {
			return r.onlyHead(stateHeads, ro.start)
		}
		if government(ro) {
			return r.onlyHead(governmentHeads, ro.start)
		}
		if regional(ro) {
			return r.onlyRegionHead(&ro)
		}
		if municipal(ro) {
			return r.onlyCityHead(&ro)
		}
		return -1
	}
	found := -1
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "PERS" || len(e.Mentions) == 0 || e.Mentions[0].Start > ro.start {
			continue
		}
		leads := false
		for _, t := range e.Titles {
			lt := scan.ToLower(t)
			tw := scan.Fields(lt)
			if len(tw) == 0 || !headsOfState[tw[0]] || !slices.Contains(r.assoc[i], place) {
				continue
			}
			if r.Entities[place].Type == "LOC" && r.namesOtherPlace(lt, place) {
				// "глава МЗС Польщі" named beside Україна does not lead
				// it ("глава української дипломатії")
				continue
			}
			if r.Entities[place].Type == "ORG" && (stateHeads[tw[0]] || governmentHeads[tw[0]]) && !r.namedIn(place, lt) {
				// "Прем'єр-міністр Словаччини … вимагав від Єврокомісії":
				// a state's or a government's head named beside a body
				// does not lead it ("з головою Єврокомісії")
				continue
			}
			leads = true
		}
		if leads {
			if found >= 0 && found != i {
				return -1
			}
			found = i
		}
	}
	if found < 0 && government(ro) && r.Entities[place].Type == "ORG" {
		// "Глава Кабміну": the government named as a body, which no
		// title names with it (Прем'єр-міністр Юлія Свириденко), is
		// the country's government all the same, headed by a
		// прем'єр-міністр (a chancellor heads no Кабмін)
		return r.onlyHead(premierHeads, ro.start)
	}
	return found
}

// titleOpening resolves a role phrase with adjectives or a tail to the
// one person named before it whose title opens with the phrase and goes
// on: "сказав міський голова" after "Міський голова Харкова Ігор
// Терехов", "Міністр оборони також заявив" after "Міністр оборони
// України …". A bare head is byBareRole's.
func (r *Result) titleOpening(ro role) int {
	if len(ro.adjLemmas) == 0 && len(ro.tailLemmas) == 0 {
		return -1
	}
	prefix := scan.ToLower(ro.title) + " "
	return r.titledBefore(ro, func(t string) bool {
		lt := scan.ToLower(t) + " "
		if strings.HasPrefix(lt, prefix) {
			return true
		}
		// a town's adjective before the role's words: "Міський голова
		// також повідомив" after "луцький міський голова Ігор Поліщук"
		i := strings.IndexByte(lt, ' ')
		return i > 0 && townAdjectiveWord(lt[:i]) && strings.HasPrefix(lt[i+1:], prefix)
	})
}

// townAdjectiveWord reports whether the lower-cased word w is an
// adjective of a place's name in any case: луцький, одеської,
// чернігівської.
func townAdjectiveWord(w string) bool {
	for _, stem := range []string{"ськ", "цьк", "зьк"} {
		// (one to three Cyrillic letters of the ending, two bytes each)
		if i := strings.LastIndex(w, stem); i > 2 && len(w)-i-len(stem) <= 6 && len(w)-i-len(stem) >= 2 {
			return true
		}
	}
	return false
}

// bareHolder resolves a role phrase with adjectives or a tail, which no
// title of its words fits, to the one person named before it with a
// title of that head at all, when that title is the head alone: "Селищний
// голова подякував" after "голова Віктор Мельник", "Мер Києва" after
// "з мером Віталієм Кличком". A country's adjective (Польський міністр)
// is no such phrase: a bare "міністр Вадефуль" may be another country's.
func (r *Result) bareHolder(ro role) int {
	if len(ro.adjLemmas) == 0 && len(ro.tailLemmas) == 0 || ro.headLemma == "колега" || !r.subjectRole(ro) {
		return -1
	}
	for _, a := range ro.adjLemmas {
		if l := scan.ToLower(a); CountryNamed(l) != "" || r.countryOf(l) >= 0 || people(l) {
			return -1
		}
	}
	full := roleSynonyms[ro.headLemma]
	headed := func(lt string) bool {
		tw := scan.Fields(lt)
		return len(tw) > 0 && (tw[0] == ro.headLemma || full != "" && strings.HasPrefix(lt+" ", full+" "))
	}
	found, bare := -1, false
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "PERS" || len(e.Mentions) == 0 || e.Mentions[0].Start > ro.start {
			continue
		}
		for _, t := range e.Titles {
			lt := scan.ToLower(t)
			if !headed(lt) {
				continue
			}
			if found >= 0 && found != i {
				return -1
			}
			found = i
			bare = bare || lt == ro.headLemma || lt == full || placedBy(ro, lt)
		}
	}
	if found < 0 || !bare || r.otherGender(ro, found) {
		return -1
	}
	return found
}

// placedBy reports whether the one adjective of role phrase ro, with no
// tail, is of the town the lower-cased title lt names after its head:
// "Столичний мер" or "Київський мер" for the "мер Києва", "Львівський
// міський голова" for the "міський голова Львова". The adjective and the
// town's word are compared by their first three letters, і, ї and є read
// as е (київський, Києва).
func placedBy(ro role, lt string) bool {
	if len(ro.adjLemmas) != 1 || len(ro.tailLemmas) != 0 {
		return false
	}
	adj := scan.ToLower(ro.adjLemmas[0])
	tw := scan.Fields(lt)
	if adj == "столичний" {
		return slices.Contains(tw, "києва") || slices.Contains(tw, "столиці")
	}
	if !cityAdjective(adj) {
		return false
	}
	return slices.ContainsFunc(tw[min(len(tw), len(scan.Fields(ro.title))-1):], func(w string) bool { return sameTownStem(adj, w) })
}

// sameTownStem reports whether two lower-cased words open with the same
// three letters, і, ї and є read as е.
func sameTownStem(a, b string) bool {
	fold := func(r rune) rune {
		switch r {
		case 'і', 'ї', 'є':
			return 'е'
		}
		return r
	}
	x, y := []rune(a), []rune(b)
	if len(x) < 3 || len(y) < 3 {
		return false
	}
	for k := range 3 {
		if fold(x[k]) != fold(y[k]) {
			return false
		}
	}
	return true
}

// leaderWords are the first words of the titles of whoever leads a
// body: what "очільник ОВА" or "глава агентства" may stand for.
var leaderWords = map[string]bool{
	"голова": true, "глава": true, "очільник": true, "очільниця": true, "керівник": true, "керівниця": true,
	"начальник": true, "начальниця": true, "директор": true, "директорка": true, "генеральний": true,
	"президент": true, "президентка": true, "міністр": true, "міністерка": true, "ректор": true, "ректорка": true,
}

// byBody resolves a role phrase whose tail names a body or place to the
// one person named before it whose title opens with the same head, or,
// for a head such as очільник or глава, with a word for a leader, and
// names that body as the phrase or another of its mentions does:
// "Секретар РНБО також зустрівся" after "секретаря Ради національної
// безпеки і оборони України Рустема Умєрова", "Очільник ОВА уточнив"
// after "начальник Харківської обласної військової адміністрації Олег
// Синєгубов". The body named in the title's sentence is not enough:
// "з міністром закордонних справ Саудівської Аравії" is not the
// Ukrainian minister named there.
func (r *Result) byBody(ro role) int {
	if len(ro.tailLemmas) == 0 {
		return -1
	}
	var bodies []int
	r.idx.overlapping(ro.start, ro.end, func(m mref) bool {
		if t := r.Entities[m.ent].Type; (t == "ORG" || t == "LOC") && m.start >= ro.start && m.end <= ro.end {
			bodies = append(bodies, m.ent)
		}
		return true
	})
	var acronyms []string
	if len(bodies) == 0 {
		// an acronym the title span took in, not a mention of its own
		// ([JOB начальника ОВА]): the body it stands for in the title
		for _, l := range ro.tailLemmas {
			if isAcronym(l) && utf8.RuneCountInString(l) >= 3 {
				acronyms = append(acronyms, scan.ToLower(l))
			}
		}
		if len(acronyms) == 0 {
			return -1
		}
	}
	head := scan.ToLower(strings.Join(append(slices.Clone(ro.adjLemmas), ro.headLemma), " ")) + " "
	full := "" // the clipped head spelled out: генсек ООН for генеральний секретар ООН
	if f := clippedTitles[scan.ToLower(ro.headLemma)]; f != "" && len(ro.adjLemmas) == 0 {
		full = f + " "
	}
	return r.titledBefore(ro, func(t string) bool {
		lt := scan.ToLower(t)
		if !slices.ContainsFunc(bodies, func(b int) bool { return r.namedIn(b, lt) }) &&
			!slices.ContainsFunc(acronyms, func(a string) bool { return initialsHold(lt, a) }) {
			return false
		}
		if strings.HasPrefix(lt, head) || full != "" && strings.HasPrefix(lt, full) {
			return true
		}
		tw := scan.Fields(lt)
		if ro.headLemma == "голова" && len(ro.adjLemmas) == 0 && len(tw) > 1 && leaderWords[tw[0]] && tw[0] != "голова" && r.subjectRole(ro) {
			// "голова ОВА" for the начальник of the administration:
			// news calls any head of a body its голова, the body's
			// name right after the title's head
			rest := strings.TrimPrefix(lt, tw[0]+" ")
			return slices.ContainsFunc(bodies, func(b int) bool { return r.namedFirst(b, rest) }) ||
				slices.ContainsFunc(acronyms, func(a string) bool { return initialsFirst(rest, a) })
		}
		return heads[ro.headLemma] && len(ro.adjLemmas) == 0 && len(tw) > 1 && leaderWords[tw[0]]
	})
}

// subjectRole reports whether role phrase ro stands where a story names
// again whom it has told of, with no name after it: the subject opening
// its sentence, past adverbs or a phrase of time or place ("Селищний
// голова подякував", "Під час поїздки голова ОВА оглянув"), or of a
// clause after що, the cue after words quoted ("«…», – сказав голова
// ОВА"), or the genitive after "За словами" or "На думку"
// opening it. A title in a predicate ("Директором фірми є Сергій
// Бухарін", "відомий як директор ТОВ …") or before a name is not.
func (r *Result) subjectRole(ro role) bool {
	if r.a == nil || ro.sent >= len(r.a.Sentences) {
		return false
	}
	toks := r.a.Sentences[ro.sent].Tokens
	if ro.from >= len(toks) || ro.to > len(toks) {
		return false
	}
	if p, _ := r.personRightAfter(ro.end); p >= 0 {
		return false
	}
	k := ro.from
	if !vtag.Has(toks[k].Tag, "v_naz") {
		return k == 2 && vtag.Has(toks[k].Tag, "v_rod") && (scan.EqualFold(toks[0].Text, "за") && scan.EqualFold(toks[1].Text, "словами") ||
			scan.EqualFold(toks[0].Text, "на") && scan.EqualFold(toks[1].Text, "думку"))
	}
	if ro.to < len(toks) && strings.HasPrefix(toks[ro.to].Tag, "verb") && strings.Contains(toks[ro.to].Tag, "inf") {
		return false
	}
	if k >= 2 && strings.HasPrefix(toks[k-1].Tag, "verb") && dash(toks[k-2].Text) {
		return true // the cue after words quoted: "«…», – сказав голова ОВА"
	}
	return k == 0 || leadsSentence(toks, k) || afterOpeningPhrase(toks, k) || afterTimeGenitive(toks, k) ||
		openingAdverbsEnd(toks) == k || scan.EqualFold(toks[k-1].Text, "що")
}

// initialsFirst reports whether the lower-cased words rest open with
// words whose initials are the lower-cased acronym a, past a place's
// adjective: "чернігівської обласної військової адміністрації" for ова.
func initialsFirst(rest, a string) bool {
	w := scan.Fields(rest)
	if len(w) > 0 && townAdjectiveWord(w[0]) {
		w = w[1:]
	}
	var b strings.Builder
	for _, x := range w {
		c, _ := utf8.DecodeRuneInString(x)
		b.WriteRune(c)
	}
	return strings.HasPrefix(b.String(), a)
}

// namedFirst reports whether the lower-cased words rest open with a name
// mention of entity b as written: "сумської обласної військової
// адміністрації" after the head of "начальник Сумської обласної
// військової адміністрації", not a unit of it (департаменту …).
func (r *Result) namedFirst(b int, rest string) bool {
	for _, m := range r.Entities[b].Mentions {
		if m.Kind == "name" || m.Kind == "" {
			if ml := scan.ToLower(m.Text); strings.HasPrefix(rest+" ", ml+" ") {
				return true
			}
		}
	}
	return false
}

// clippedTitles are titles clipped to one word, each with the words it
// clips: генсек ООН is the генеральний секретар ООН named before.
var clippedTitles = map[string]string{
	"генсек": "генеральний секретар", "держсекретар": "державний секретар", "генпрокурор": "генеральний прокурор",
}

// kindWords are the genitives of common nouns for a kind of body a
// head's role phrase may name instead of the body ("очільник
// агентства"), each with the words one of whose a title of that head
// must hold: the kind's own word, or the words of the bodies the kind
// covers (відомство: a ministry, a service, an agency).
var kindWords = map[string][]string{
	"агентства":    {"агентства"},
	"банку":        {"банку"},
	"фонду":        {"фонду"},
	"місії":        {"місії"},
	"служби":       {"служби"},
	"організації":  {"організації"},
	"компанії":     {"компанії", "правління"},
	"відомства":    {"міністр", "міністерка", "міністерства", "служби", "агентства", "бюро", "інспекції", "комітету"},
	"міністерства": {"міністр", "міністерка", "міністерства"},
	// a legislature by its kind: the chair of the Rada, a Sejm, a
	// Bundestag, and whoever is titled its speaker (speakerTitle)
	"парламенту": {"парламенту", "ради", "сейму", "бундестагу", "кнесету", "сенату"},
}

// speakerTitle reports whether the lower-cased words of a title make
// their holder a legislature's speaker: "Спікер Ігор Мазур … Голова
// парламенту зауважив".
func speakerTitle(tw []string) bool {
	return len(tw) > 0 && (tw[0] == "спікер" || tw[0] == "спікерка")
}

// byKind resolves a head's role phrase that names the kind of body it
// leads with a common noun, "очільник агентства", "керівник компанії",
// "Очільник відомства", to the one person named before it whose title
// makes that person the head of such a body: "генеральний директор
// Міжнародного агентства з атомної енергії", "голова правління
// компанії", "міністр енергетики". The deputy of a head (заступник
// голови правління) is not one.
func (r *Result) byKind(ro role) int {
	if !heads[ro.headLemma] && ro.headLemma != "голова" || len(ro.adjLemmas) > 0 || len(ro.tailLemmas) != 1 {
		return -1
	}
	tw := scan.Fields(ro.title)
	words := kindWords[tw[len(tw)-1]]
	if len(tw) != 2 || len(words) == 0 {
		return -1
	}
	return r.titledBefore(ro, func(t string) bool {
		lt := scan.Fields(scan.ToLower(t))
		if tw[1] == "парламенту" && speakerTitle(lt) {
			return true
		}
		return len(lt) > 1 && leaderWords[lt[0]] && slices.ContainsFunc(lt, func(w string) bool { return slices.Contains(words, w) })
	})
}

// namedIn reports whether the lower-cased title lt holds a name mention
// of entity b as written, in whole words, or an acronym of three letters
// or more as the initials of its words: ОВА in "голова обласної
// військової адміністрації" (not as the end of голова).
func (r *Result) namedIn(b int, lt string) bool {
	for _, m := range r.Entities[b].Mentions {
		if m.Kind != "name" && m.Kind != "" {
			continue
		}
		ml := scan.ToLower(m.Text)
		if wordsIn(lt, ml) {
			return true
		}
		if isAcronym(m.Text) && utf8.RuneCountInString(m.Text) >= 3 && initialsHold(lt, ml) {
			return true
		}
	}
	return false
}

// initialsHold reports whether the initials of the words of lt, in a row,
// spell the lower-cased acronym a: "обласної військової адміністрації"
// spells ова.
func initialsHold(lt, a string) bool {
	var b strings.Builder
	for _, w := range scan.Fields(lt) {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return strings.Contains(b.String(), a)
}

// wordsIn reports whether s holds w with no letter or digit right before
// or after it.
func wordsIn(s, w string) bool {
	for i := 0; w != "" && i <= len(s)-len(w); {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[k+len(w):])
		if !wordRune(before) && !wordRune(after) {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[k:])
		i = k + size
	}
	return false
}

// wordRune reports whether r is part of a word (scan.IsWordRune), a
// digit or an apostrophe (utf8.RuneError, at either end of a string, is
// not).
func wordRune(r rune) bool {
	return r != utf8.RuneError && (scan.IsWordRune(r) || unicode.IsDigit(r) || r == '\'' || r == '’')
}

// formerHolder resolves a title once held ("екс-депутат", "колишній
// міністр оборони") to the one person of the document who had that
// title, when named before it: a former minister may be another than
// the one named, so two holders leave it unresolved.
func (r *Result) formerHolder(ro role) int {
	base := presentTitle(ro.title)
	fits := func(t string) bool { return presentTitle(t) == base }
	// (a genitive inside the tagger's span is no tail lemma, but it
	// names the post all the same: "колишнього голови митниці" is not
	// whoever heads something)
	if len(ro.adjLemmas) == 0 && len(ro.tailLemmas) == 0 && !strings.Contains(base, " ") {
		want := []string{ro.headLemma}
		if full, ok := roleSynonyms[ro.headLemma]; ok {
			want = append(want, full)
		}
		want = append(want, kindsOf(ro.headLemma)...)
		fits = func(t string) bool { return titleHas(presentTitle(t), want) }
	}
	found := r.onlyFormer(ro, fits, false)
	if found == -2 {
		// "колишній головком" with the one who holds the post now
		// named beside him: the one whose title says he held it once
		found = r.onlyFormer(ro, func(t string) bool { return fits(t) && presentTitle(t) != scan.ToLower(t) }, true)
	}
	return max(found, -1)
}

// onlyFormer returns the one person named before the role phrase ro with
// a title that fits, -1 when there is none or one is named after it, -2
// when there are more. With named, a holder named after ro is passed over.
func (r *Result) onlyFormer(ro role, fits func(string) bool, named bool) int {
	found := -1
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "PERS" || len(e.Mentions) == 0 || !slices.ContainsFunc(e.Titles, func(t string) bool { return fits(t) && !r.appointedAs(i, t) }) {
			continue
		}
		if e.Mentions[0].Start > ro.start {
			if named {
				continue
			}
			return -1
		}
		if found >= 0 {
			return -2
		}
		found = i
	}
	return found
}

// newHolder resolves a role phrase opened by a word for one new to the
// post ("нового заступника", "Новий прем'єр") to the one person named
// before it whom a verb of appointing gave a title holding the phrase's
// words after the mark: "призначив Віктора Гуменюка
// заступником міністра енергетики … назвав нового заступника". With no
// one appointed the new holder is someone else, yet to come.
func (r *Result) newHolder(ro role) int {
	_, rest, ok := strings.Cut(scan.ToLower(ro.title), " ") // the title past the mark: "заступник", "міністр оборони"
	if !ok {
		return -1
	}
	want := []string{rest}
	if full, ok := roleSynonyms[ro.headLemma]; ok && len(ro.adjLemmas) == 1 && len(ro.tailLemmas) == 0 {
		want = append(want, full)
	}
	found := -1
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "PERS" || len(e.Mentions) == 0 || e.Mentions[0].Start > ro.start || r.otherGender(ro, i) ||
			!slices.ContainsFunc(e.Titles, func(t string) bool { return r.appointedAs(i, t) && titleHas(scan.ToLower(t), want) }) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	if found < 0 {
		found = r.onlyPosted(ro)
	}
	return found
}

// onlyPosted returns the one person named before role phrase ro whom a
// verb of appointing put on a post it names by no title ("призначив на
// цю посаду Оксану Дем'яненко … від нової очільниці служби"), or -1.
func (r *Result) onlyPosted(ro role) int {
	found := -1
	for _, i := range r.posted {
		e := &r.Entities[i]
		if i == found || len(e.Mentions) == 0 || e.Mentions[0].Start > ro.start || r.otherGender(ro, i) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// markPosted notes the people a verb of appointing puts on a post it
// names by no title of theirs: "призначив на цю посаду Оксану
// Дем'яненко", "на посаду призначили Івана Коваля", "Івана Коваля
// призначено на посаду". newHolder gives them a role phrase for one new
// to a post when no one was given a title that fits it.
func (r *Result) markPosted(a *vistka.Analysis) {
	r.posted = r.posted[:0]
	for s := range a.Sentences {
		toks := a.Sentences[s].Tokens
		for i := range toks {
			if !scan.EqualFold(toks[i].Text, "посаду") || !postOpening(toks, i) {
				continue
			}
			p := -1
			if v := postVerbAfter(toks, i); v >= 0 && v+1 < len(toks) {
				p = r.nameStartingAt(toks[v+1].RStart) // на посаду директора призначили Івана Коваля
			} else if i+1 < len(toks) && postVerbIndex(toks, i) >= 0 {
				p = r.nameStartingAt(toks[i+1].RStart) // призначив на цю посаду Оксану Дем'яненко
			}
			if p < 0 {
				if v := postVerbIndex(toks, i); v > 0 {
					p = r.nameEndingAt(toks[v-1].REnd) // Івана Коваля призначено на посаду
				}
			}
			if p >= 0 && !slices.Contains(r.posted, p) {
				r.posted = append(r.posted, p)
			}
		}
	}
}

// postOpening reports whether "посаду" at i follows "на", past one word
// that points at the post (цю, ту, його, її, вакантну): "на цю посаду".
func postOpening(toks []vistka.Token, i int) bool {
	k := i - 1
	if k >= 1 && scan.ToLower(toks[k].Text) != "на" && postPointers[scan.ToLower(toks[k].Text)] {
		k--
	}
	return k >= 0 && scan.ToLower(toks[k].Text) == "на"
}

// postPointers point at the post "на … посаду" names: the one named
// before or a vacant one.
var postPointers = map[string]bool{"цю": true, "ту": true, "його": true, "її": true, "вакантну": true}

// postVerbAfter returns the index of the verb of appointing after the
// "на … посаду" that ends at i, past the post's few words in the genitive
// (на посаду директора музею призначили), or -1.
func postVerbAfter(toks []vistka.Token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if appointVerb(&toks[k]) {
			return k
		}
		if !vtag.Has(toks[k].Tag, "v_rod") {
			return -1
		}
	}
	return -1
}

// postVerbIndex returns the index of the verb of appointing right before
// the "на … посаду" that ends at i, or -1.
func postVerbIndex(toks []vistka.Token, i int) int {
	k := i - 1
	for k >= 0 && scan.ToLower(toks[k].Text) != "на" {
		k--
	}
	if k >= 1 && appointVerb(&toks[k-1]) {
		return k - 1
	}
	return -1
}

// nameStartingAt returns the person with a name mention starting at
// code point start, or -1.
func (r *Result) nameStartingAt(start int) int {
	found := -1
	r.idx.overlapping(start, start+1, func(m mref) bool {
		if m.start == start && r.Entities[m.ent].Type == "PERS" && r.nameMention(m) {
			found = m.ent
			return false
		}
		return true
	})
	return found
}

// nameEndingAt returns the person with a name mention ending at code
// point end, or -1.
func (r *Result) nameEndingAt(end int) int {
	found := -1
	r.idx.overlapping(end-1, end, func(m mref) bool {
		if m.end == end && r.Entities[m.ent].Type == "PERS" && r.nameMention(m) {
			found = m.ent
			return false
		}
		return true
	})
	return found
}

// appointVerb reports whether t is a verb of appointing (appointVerbs).
func appointVerb(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "verb") && appointVerbs[scan.ToLower(lemmaOf(t))]
}

// appointedTitle reports whether title ro is in the instrumental after a
// verb of appointing in its sentence: "призначила прем'єр-міністром
// Володимира Гнатюка", "Гонтарєва стала головою Нацбанку".
func appointedTitle(a *vistka.Analysis, ro role) bool {
	toks := a.Sentences[ro.sent].Tokens
	if ro.from >= len(toks) || !vtag.Has(toks[ro.from].Tag, "v_oru") {
		return false
	}
	return slices.ContainsFunc(toks[:ro.from], func(t vistka.Token) bool { return appointVerb(&t) })
}

// markAppointed notes that person p was given title t by a verb of
// appointing.
func (r *Result) markAppointed(p int, t string) {
	if r.appointed == nil {
		r.appointed = map[string]bool{}
	}
	r.appointed[strconv.Itoa(p)+"\x00"+t] = true
}

// appointedAs reports whether person p was given title t by a verb of
// appointing: new to the post, not the former holder a "колишній
// заступник" stands for.
func (r *Result) appointedAs(p int, t string) bool {
	return len(r.appointed) > 0 && r.appointed[strconv.Itoa(p)+"\x00"+t]
}

// titledOtherCountry reports whether one of person e's titles names a
// place other than country: "міністр оборони України" is no German
// colleague.
func (r *Result) titledOtherCountry(e *vistka.Entity, country int) bool {
	return slices.ContainsFunc(e.Titles, func(t string) bool { return r.namesOtherPlace(scan.ToLower(t), country) })
}

// namesOtherPlace reports whether the lower-cased title lt names a place
// of the document other than place.
func (r *Result) namesOtherPlace(lt string, place int) bool {
	for c := range r.Entities {
		if c == place || r.Entities[c].Type != "LOC" {
			continue
		}
		for _, m := range r.Entities[c].Mentions {
			if strings.Contains(lt, scan.ToLower(m.Text)) {
				return true
			}
		}
	}
	return false
}

// byCountryAdjective resolves a role phrase whose adjective names a
// country ("німецький міністр", "французький президент") to the one person
// named before it with that title head whose titles name that country, or
// failing that, the one whose titles name no other country. A word for a
// kind of office (roleKinds: дипломат, посадовець) heads the titles of
// that kind: "Білоруський дипломат" is the заступник постпреда Білорусі.
func (r *Result) byCountryAdjective(ro role) int {
	country := -1
	for _, a := range ro.adjLemmas {
		if c := r.countryOf(a); c >= 0 {
			country = c
		}
	}
	if country < 0 {
		if p := r.byTitleAdjective(ro); p >= 0 {
			return p
		}
		return r.foreignColleague(ro)
	}
	strong, weak := -1, -1
	nStrong, nWeak := 0, 0
	full := roleSynonyms[ro.headLemma] // прем'єр: прем'єр-міністр
	kinds := kindsOf(ro.headLemma)
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "PERS" || len(e.Mentions) == 0 || e.Mentions[0].Start > ro.start {
			continue
		}
		// a colleague holds any title: "подякував фінській колезі"
		heads := ro.headLemma == "колега"
		for _, t := range e.Titles {
			lt := scan.ToLower(t)
			// (the head after an adjective, федеральний канцлер; a
			// minister as the head of a ministry, глава МЗС Польщі; an
			// office of the kind a word such as дипломат or
			// посадовець covers, "Білоруський дипломат" for the
			// заступник постпреда Білорусі)
			if tw := scan.Fields(lt); len(tw) > 0 && (tw[0] == ro.headLemma || len(tw) > 1 && tw[1] == ro.headLemma ||
				full != "" && strings.HasPrefix(lt+" ", full+" ") || headsMinistry(ro.headLemma, lt) || titleHas(lt, kinds)) {
				heads = true
			}
			if tw := scan.Fields(lt); len(tw) > 0 && (ro.headLemma == "лідер" || ro.headLemma == "лідерка") && (stateHeads[tw[0]] || governmentHeads[tw[0]]) {
				heads = true // a leader is the head of a state or of its government: "фінський лідер"
			}
		}
		if !heads || ro.headLemma == "колега" && (r.titledOtherCountry(e, country) || slices.Contains(r.mentionSent[i], ro.sent)) {
			// (whose colleague is named in the sentence: not the one)
			continue
		}
		switch cs := r.titleCountries(i); {
		case slices.Contains(cs, country):
			strong, nStrong = i, nStrong+1
		case len(cs) == 0:
			weak, nWeak = i, nWeak+1
		}
	}
	switch {
	case nStrong == 1:
		return strong
	case nStrong == 0 && nWeak == 1:
		return weak
	}
	return -1
}

// foreignColleague resolves a colleague of a nationality that no place
// of the document names ("Кулеба зустрівся з Габріелюсом Ландсбергісом.
// Його литовський колега пообіцяв …") to the counterpart: news names an
// official with a title, and the foreign partner beside them by name
// alone. Of the persons named in the two sentences before the phrase, the
// colleague is the one without a title when another has one, or, when
// all have titles, the one whose titles name no country when another's
// name one; an adjective of the phrase in the feminine or the masculine
// must fit that person's sex. It returns -1 otherwise: "угорський
// міністр Міхай Варга …, а його словацький колега утримався" names no
// colleague before.
func (r *Result) foreignColleague(ro role) int {
	if ro.headLemma != "колега" || ro.plural || ro.former || !slices.ContainsFunc(ro.adjLemmas, func(a string) bool { return CountryNamed(a) != "" }) {
		return -1
	}
	sex := byte(0)
	for _, t := range r.a.Sentences[ro.sent].Tokens[ro.from:ro.to] {
		if strings.HasPrefix(t.Tag, "adj") && !strings.Contains(t.Tag, "pron") {
			switch {
			case vtag.Has(t.Tag, "f"):
				sex = 'f'
			case vtag.Has(t.Tag, "m"):
				sex = 'm'
			}
		}
	}
	bare, countryless := -1, -1
	nBare, nCountryless := 0, 0
	titled, anchored := false, false
	for i := range r.Entities {
		if r.Entities[i].Type != "PERS" || !slices.ContainsFunc(r.mentionSent[i], func(s int) bool { return s >= ro.sent-2 && s < ro.sent }) {
			continue
		}
		fits := sex == 0 || r.Gender[i] == 0 || r.Gender[i] == sex
		switch {
		case len(r.Entities[i].Titles) == 0:
			if fits {
				bare, nBare = i, nBare+1
			}
		case r.namesCountry(i):
			titled, anchored = true, true
		default:
			titled = true
			if fits {
				countryless, nCountryless = i, nCountryless+1
			}
		}
	}
	switch {
	case nBare == 1 && titled:
		return bare
	case nBare == 0 && nCountryless == 1 && anchored:
		return countryless
	}
	return -1
}

// namesCountry reports whether a title of person p names a country or
// another place: by a place of the document (міністр закордонних справ
// України) or by a country's adjective (угорський міністр фінансів).
func (r *Result) namesCountry(p int) bool {
	if len(r.titleCountries(p)) > 0 {
		return true
	}
	for _, t := range r.Entities[p].Titles {
		for _, w := range scan.Fields(t) {
			if townAdjective(w) && CountryNamed(w) != "" {
				return true
			}
		}
	}
	return false
}

// generic reports whether a role's tail names no place of its own:
// "глава держави", "лідер країни".
func generic(tail []string) bool {
	for _, l := range tail {
		switch scan.ToLower(l) {
		case "держава", "країна":
		default:
			return false
		}
	}
	return len(tail) > 0
}

// impliedBody returns role phrase ro as its bare role word when the
// words beside the head only name the body the word implies: "Спікер
// парламенту" and "спікерка Ради" are the speaker (the chair of a
// legislature, roleKinds), "Міський голова" the mayor, whom a story titled
// "Голова Верховної Ради …" or "мер Києва …" before.
func impliedBody(ro role) (role, bool) {
	bare := ro
	bare.adjLemmas, bare.tailLemmas = nil, nil
	switch ro.headLemma {
	case "спікер", "спікерка":
		if len(ro.adjLemmas) > 0 || len(ro.tailLemmas) == 0 {
			return ro, false
		}
		for _, l := range ro.tailLemmas {
			switch scan.ToLower(l) {
			case "парламент", "рада", "верховний":
			default:
				return ro, false
			}
		}
		bare.title = ro.headLemma
		return bare, true
	case "голова":
		if len(ro.tailLemmas) > 0 || len(ro.adjLemmas) != 1 || scan.ToLower(ro.adjLemmas[0]) != "міський" {
			return ro, false
		}
		bare.headLemma, bare.title = "мер", "мер"
		return bare, true
	}
	return ro, false
}

// stateHeads are the titles of a head of state (глава держави), not of
// a government.
var stateHeads = map[string]bool{
	"президент": true, "президентка": true, "король": true, "королева": true,
	"монарх": true, "султан": true, "емір": true,
}

// governmentHeads are the titles of a head of government (глава уряду).
var governmentHeads = map[string]bool{
	"прем'єр-міністр": true, "прем'єр": true, "прем'єрка": true, "прем'єр-міністерка": true, "канцлер": true, "канцлерка": true,
}

// premierHeads are the first words of the titles of a Кабмін's head.
var premierHeads = map[string]bool{"прем'єр-міністр": true, "прем'єр": true, "прем'єрка": true, "прем'єр-міністерка": true}

// government reports whether a role phrase names the head of a
// government with no country: глава уряду, очільник Кабміну.
func government(ro role) bool {
	switch ro.headLemma {
	case "глава", "голова", "очільник", "очільниця", "керівник", "керівниця":
	default:
		return false
	}
	if len(ro.tailLemmas) != 1 {
		return false
	}
	switch scan.ToLower(ro.tailLemmas[0]) {
	case "уряд", "кабмін":
		return true
	}
	return false
}

// regionHeads are the heads of a region's administration or council.
var regionHeads = map[string]bool{
	"глава": true, "голова": true, "очільник": true, "очільниця": true, "керівник": true, "керівниця": true,
	"начальник": true, "начальниця": true,
}

// regional reports whether a role phrase names the head of a region with
// no name: очільник області, голова регіону.
func regional(ro role) bool { return headOf(ro, "область", "регіон") }

// municipal reports whether role phrase ro names the head of a town or
// a community by its kind: "очільник міста", "голова громади".
func municipal(ro role) bool { return headOf(ro, "місто", "громада") }

// headOf reports whether role phrase ro is a head (regionHeads) of one
// of kinds, named by the kind's lemma alone.
func headOf(ro role, kinds ...string) bool {
	return regionHeads[ro.headLemma] && len(ro.tailLemmas) == 1 && slices.Contains(kinds, scan.ToLower(ro.tailLemmas[0]))
}

// onlyCityHead returns the one person titled head of a town or a
// community (міський голова, мер, голова громади, голова Вінницької
// міської ради) whose gender ro's does not rule out ("Очільниця громади"
// is not the mayor of the city named beside her), or -1.
func (r *Result) onlyCityHead(ro *role) int {
	return r.onlyTitled(ro, cityHeadTitle)
}

// cityHeadTitle reports whether the lower-cased words of a title name the
// head of a town or a community: мер, міський голова (the town's
// adjective may come first: луцький міський голова), голова громади,
// голова міської ради.
func cityHeadTitle(tw []string) bool {
	if len(tw) > 1 && cityAdjective(tw[0]) {
		tw = tw[1:]
	}
	if len(tw) == 0 {
		return false
	}
	if tw[0] == "мер" || (tw[0] == "міський" || tw[0] == "міська") && len(tw) > 1 && tw[1] == "голова" {
		return true
	}
	return regionHeads[tw[0]] && slices.ContainsFunc(tw[1:], func(w string) bool {
		return w == "громади" || w == "міста" || strings.HasPrefix(w, "міськрад") || w == "міської"
	})
}

// townHead resolves the head of a town named in the genitive
// ("Очільник Луцька", "мер Черкас", "голова Ужгорода") to the one person
// named before whose title makes them that town's head: by its genitive
// (міський голова Луцька) or by its adjective (луцький міський голова).
// The words for a region's head name no town: "Голова Волинської ОВА" is
// the region's, read elsewhere.
func (r *Result) townHead(ro role) int {
	if !regionHeads[ro.headLemma] && ro.headLemma != "мер" && ro.headLemma != "мерка" || len(ro.tailLemmas) != 1 {
		return -1
	}
	town := -1
	r.idx.overlapping(ro.start, ro.end, func(m mref) bool {
		if r.Entities[m.ent].Type == "LOC" && m.start >= ro.start && m.end <= ro.end {
			town = m.ent
		}
		return true
	})
	if town < 0 {
		return -1
	}
	name := scan.ToLower(r.Entities[town].Name)
	if strings.ContainsRune(name, ' ') {
		return -1 // (a town's name is one word: not Волинська область)
	}
	n := utf8.RuneCountInString(name) - 1
	return r.titledBefore(ro, func(t string) bool {
		lt := scan.ToLower(t)
		tw := scan.Fields(lt)
		if !cityHeadTitle(tw) {
			return false
		}
		return r.namedIn(town, lt) || n >= 3 && cityAdjective(tw[0]) && sameStart(tw[0], name, n)
	})
}

// cityAdjective reports whether the lower-cased word w is the adjective
// of a place's name, not міський or міська of a town's council.
func cityAdjective(w string) bool {
	return w != "міський" && w != "міська" && w != "міського" && w != "міської" && townAdjectiveWord(w)
}

// onlyRegionHead returns the one person titled head of a regional
// administration or council (голова Волинської ОВА, начальник Сумської
// обласної військової адміністрації, голова облради) whose gender ro's
// does not rule out, or -1.
func (r *Result) onlyRegionHead(ro *role) int {
	return r.onlyTitled(ro, func(tw []string) bool {
		return len(tw) >= 2 && regionHeads[tw[0]] && slices.ContainsFunc(tw[1:], regionBody)
	})
}

// regionBody reports whether a title's word names a region's
// administration or council: ова, ода, обласної, облради.
func regionBody(w string) bool {
	return w == "ова" || w == "ода" || strings.HasPrefix(w, "обласн") || strings.HasPrefix(w, "облрад") || strings.HasPrefix(w, "облдерж")
}

// onlyHead returns the one person titled by one of heads: the one named
// before at when there is one ("В Анкарі глава держави проведе переговори
// з президентом Туреччини": not the president named after), else the one
// in the whole text, or -1.
//
// A head named only by the title before at ("Фінський президент прибув
// до Харкова. … Глава держави відвідав …") is not the one named after
// it: the phrase is then left unresolved.
func (r *Result) onlyHead(heads map[string]bool, at int) int {
	fits := func(tw []string) bool { return len(tw) > 0 && heads[tw[0]] }
	if p := r.titledOnce(nil, fits, at); p != -2 {
		return p
	}
	if r.headWordBefore(heads, at) {
		return -1
	}
	return r.onlyTitled(nil, fits)
}

// headWordBefore reports whether a word of one of heads, in any of its
// forms (президента, президентом), stands in the text before at.
func (r *Result) headWordBefore(heads map[string]bool, at int) bool {
	for _, w := range scan.Fields(scan.ToLower(string(r.text[:min(at, len(r.text))]))) {
		w = strings.Trim(w, ".,:;!?«»\"()–—-")
		for h := range heads {
			if stem := strings.TrimSuffix(strings.TrimSuffix(h, "а"), "ь"); len([]rune(h)) > 4 && strings.HasPrefix(w, stem) &&
				len([]rune(w)) <= len([]rune(stem))+3 && !strings.Contains(w, "ськ") {
				return true // (not президентські, the adjective)
			}
		}
	}
	return false
}

// onlyTitled returns the one person with a title whose lower-cased words
// fit, or -1 when none or more than one has one; with a role phrase ro,
// persons whose gender it rules out (otherGender) do not count.
func (r *Result) onlyTitled(ro *role, fits func(tw []string) bool) int {
	return max(r.titledOnce(ro, fits, math.MaxInt), -1)
}

// titledOnce returns the one person first named before at with a title
// whose lower-cased words fit: -1 when more than one has one, -2 when
// none does.
func (r *Result) titledOnce(ro *role, fits func(tw []string) bool, at int) int {
	found := -2
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "PERS" || len(e.Mentions) > 0 && e.Mentions[0].Start >= at || ro != nil && r.otherGender(*ro, i) ||
			!slices.ContainsFunc(e.Titles, func(t string) bool { return fits(scan.Fields(scan.ToLower(t))) }) {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}

// byBareRole resolves a role word standing alone ("президент", "генсек")
// to the one person named before it whose title has that head.
func (r *Result) byBareRole(ro role) int {
	if ro.headLemma == "колега" {
		return r.colleague(ro)
	}
	if p := r.officialSubject(ro); p >= 0 {
		return p
	}
	want := []string{ro.headLemma}
	if full, ok := roleSynonyms[ro.headLemma]; ok {
		want = append(want, full)
		if m := mansForms[full]; m != "" {
			// a woman titled by the man's word in full: "Прем'єрка"
			// after "Прем'єр-міністр Данії Метте Фредеріксен"
			want = append(want, m)
		}
	}
	if m := mansForms[ro.headLemma]; m != "" {
		want = append(want, m) // (otherGender keeps the men out)
	}
	want = append(want, kindsOf(ro.headLemma)...)
	fits := func(t string) bool {
		return titleHas(scan.ToLower(t), want) || headsMinistry(ro.headLemma, t) || inProsecution(ro.headLemma, t) ||
			ofRank(ro.headLemma, t) || governsRegion(ro.headLemma, t) || inRada(ro.headLemma, t) || generalsCommand(ro.headLemma, t)
	}
	if p := r.titledBefore(ro, fits); p >= 0 {
		return p
	}
	if p := r.lastSubjectHolder(ro, fits); p >= 0 {
		return p
	}
	if lead, ok := leadNouns[ro.headLemma]; ok {
		return r.ledBy(ro, lead)
	}
	return -1
}

// ofRank reports whether title is a rank of the family of the rank word
// head: "генерал-лейтенант" is a генерал ("Генерал вручив бійцям
// нагороди" after "… генерал-лейтенант Михайло Драпатий").
func ofRank(head, title string) bool {
	if !ner.MilitaryRank(head) {
		return false
	}
	return slices.ContainsFunc(scan.Fields(scan.ToLower(title)), func(w string) bool {
		rest, ok := strings.CutPrefix(w, head+"-")
		return ok && ner.MilitaryRank(w) && rest != ""
	})
}

// colleague resolves a bare "колега" in an oblique case, whom the
// sentence's subject answers, thanks or argues with, to the person named
// last before the sentence, not named in it, when that person holds a
// title: "Южаніна назвала документ … Очільниця соціального комітету
// відповіла колезі", "«…», – сказав Вадефуль. Сибіга подякував колезі".
// The subject of a sentence is no colleague of its own: "Колега
// погодився" is left.
func (r *Result) colleague(ro role) int {
	toks := r.a.Sentences[ro.sent].Tokens
	if ro.plural || vtag.Has(toks[ro.from].Tag, "v_naz") {
		return -1
	}
	from := toks[0].RStart
	p := -1
	r.idx.before(from, func(m mref) bool {
		if m.sent < ro.sent-3 {
			return false
		}
		if r.Entities[m.ent].Type != "PERS" || slices.Contains(r.mentionSent[m.ent], ro.sent) {
			return true
		}
		p = m.ent
		return false
	})
	if p < 0 || len(r.Entities[p].Titles) == 0 {
		return -1
	}
	return p
}

// headsMinistry reports whether a minister, the role word head, is what
// title names by the head of a ministry: "Глава МЗС Андрій Сибіга …
// написав міністр", "очільниця Мінекономіки".
func headsMinistry(head, title string) bool {
	if head != "міністр" && head != "міністерка" {
		return false
	}
	w := scan.Fields(scan.ToLower(title))
	if len(w) < 2 {
		return false
	}
	switch w[0] {
	case "глава", "очільник", "очільниця", "керівник", "керівниця":
	default:
		return false
	}
	switch w[1] {
	case "мзс", "мвс", "моз", "мон", "міністерства":
		return true
	}
	return strings.HasPrefix(w[1], "мін")
}

// governsRegion reports whether a governor (губернатор, губернаторка),
// as news calls the head of a region's administration, holds title: one
// opening with a word for a head and naming an administration of a
// region (голова Волинської обласної військової адміністрації, начальник
// ОВА). The chair of a region's council (голова обласної ради) is none.
func governsRegion(head, title string) bool {
	if head != "губернатор" && head != "губернаторка" {
		return false
	}
	w := scan.Fields(scan.ToLower(title))
	if len(w) < 2 || !regionHeads[w[0]] {
		return false
	}
	regional := false
	for _, x := range w[1:] {
		switch {
		case x == "ова" || x == "ода":
			return true
		case strings.HasPrefix(x, "обласн"):
			regional = true
		case regional && strings.HasPrefix(x, "адміністрац"):
			return true
		}
	}
	return false
}

// generalsCommand reports whether a general (генерал, the rank alone)
// holds title, now or once: a command of an army or of its branches
// (командувач Сухопутних військ, колишній головнокомандувач ЗСУ,
// начальник Генерального штабу), which a story calls its holder a
// general for though no rank is written ("Командувач Сухопутних військ
// Михайло Драпатий відвідав позиції. Генерал поспілкувався з бійцями").
// A brigade's or a unit's командир is as often a colonel.
func generalsCommand(head, title string) bool {
	if head != "генерал" {
		return false
	}
	w := scan.Fields(scan.ToLower(title))
	if len(w) > 0 && w[0] == "колишній" {
		w = w[1:]
	}
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "командувач", "головнокомандувач", "головком":
		return true
	case "начальник":
		return len(w) > 1 && (w[1] == "генерального" || w[1] == "генштабу")
	}
	return false
}

// inRada reports whether an MP (нардеп, нардепка, депутат, депутатка)
// holds title: a post in a committee or a faction of the Verkhovna Rada,
// which only MPs hold ("секретар комітету Верховної Ради з питань
// нацбезпеки Роман Костенко. За словами нардепа, …").
func inRada(head, title string) bool {
	switch head {
	case "нардеп", "нардепка", "депутат", "депутатка":
	default:
		return false
	}
	w := scan.Fields(scan.ToLower(title))
	for k := 0; k+2 < len(w); k++ {
		if (w[k] == "комітету" || w[k] == "фракції") && w[k+1] == "верховної" && w[k+2] == "ради" {
			return true
		}
	}
	return false
}

// prosecutionHeads are the words a title of one who heads a prosecutor's
// office, or stands in for its head, opens with.
var prosecutionHeads = map[string]bool{
	"заступник": true, "заступниця": true, "перший": true, "перша": true, "керівник": true, "керівниця": true,
	"начальник": true, "начальниця": true, "очільник": true, "очільниця": true,
}

// inProsecution reports whether a prosecutor, the role word head, is what
// title names by the office a prosecutor heads or deputises in: a deputy
// prosecutor (заступник прокурора області, перший заступник генпрокурора)
// or the head of a prosecutor's office (керівник місцевої прокуратури)
// is a prosecutor, and a story calls them one after the name ("Заступник
// прокурора області Іван Гук … Прокурор пообіцяв"). Only words of heads
// and adjectives in the genitive may come between: "начальник відділу
// прокуратури", "речник прокуратури" are left.
func inProsecution(head, title string) bool {
	if head != "прокурор" && head != "прокурорка" {
		return false
	}
	w := scan.Fields(scan.ToLower(title))
	if len(w) < 2 || !prosecutionHeads[w[0]] {
		return false
	}
	for _, x := range w[1:] {
		switch {
		case x == "прокурора" || x == "генпрокурора" || strings.HasPrefix(x, "прокуратур"):
			return true
		case x == "заступник" || x == "заступниця" || scan.HasAnySuffix(x, "ої", "ього", "ого"):
			continue // (перший заступник прокурора, керівник місцевої прокуратури, заступника обласного прокурора)
		}
		return false
	}
	return false
}

// leadNouns give, for a role word, the noun of the leading it names:
// "під командуванням полковника Івана Мороза" makes Мороз the
// commander (командир) of the unit.
var leadNouns = map[string]string{"командир": "командуванням", "командирка": "командуванням", "керівник": "керівництвом", "керівниця": "керівництвом"}

// ledBy returns the one person named before the role phrase ro right
// after "під" and the noun lead, past one lower-case word of a rank ("під
// командуванням полковника Віктора Сабурова"), or -1 when none or
// several are.
func (r *Result) ledBy(ro role, lead string) int {
	found := -1
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "PERS" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= ro.start || m.Kind == "title" || m.Kind == "pronoun" {
				continue
			}
			before := scan.Fields(string(r.text[max(0, m.Start-60):m.Start]))
			if n := len(before); n >= 3 && startsLowerWord(before[n-1]) && before[n-1] != lead {
				before = before[:n-1] // the rank
			}
			if n := len(before); n >= 2 && before[n-1] == lead && strings.EqualFold(before[n-2], "під") {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}

// startsLowerWord reports whether w opens with a lower-case letter.
func startsLowerWord(w string) bool {
	return unicode.IsLower(firstRune(w))
}

// lastSubjectHolder returns the person with a title that fits, named
// last before the role phrase ro, in its sentence or the two before it,
// when that mention is a subject or a pronoun: with two ministers in the
// text, "Міністр економіки Олексій Соболев назвав рішення порушенням.
// «…», — наголосив міністр" is Соболев. A holder named last as no subject
// leaves it open (-1). Names inside a quote are passed over for a role
// phrase outside it: "«Подякував Прабово …», – написав президент" is
// the president named before the quote.
//
// A role phrase that opens its sentence as its subject goes on with the
// subject of a sentence before it, past a holder named there in another
// case: "Шмигаль провів розмову з міністром оборони Нідерландів Рубеном
// Брекельмансом, який пообіцяв … Міністр також повідомив" is Шмигаль,
// the minister of defence of Ukraine.
func (r *Result) lastSubjectHolder(ro role, fits func(title string) bool) int {
	found, passed := -1, -1 // (passed: the sentence of a holder passed over)
	subject := r.opensAsSubject(ro)
	r.idx.before(ro.start, func(m mref) bool {
		if ro.sent-m.sent > 2 || passed >= 0 && m.sent != passed {
			return false
		}
		e := &r.Entities[m.ent]
		if e.Type != "PERS" || !slices.ContainsFunc(e.Titles, fits) || r.otherGender(ro, m.ent) || r.inQuote(m.start) && !r.inQuote(ro.start) {
			return true // a holder named in the words quoted is no one's antecedent outside them
		}
		if r.isPronoun(m) || r.nominative(m) || r.citedBy(m) {
			found = m.ent
			return false
		}
		if subject && passed < 0 && m.sent < ro.sent {
			passed = m.sent
			return true
		}
		return false
	})
	return found
}

// opensAsSubject reports whether role phrase ro opens its sentence in
// the nominative, past adverbs, and a finite verb follows it past
// adverbs: "Міністр також повідомив", "Згодом міністр додав". (The cue
// after words quoted is not such a place: "Петренко зустрівся з
// міністром Ковальським. «…», — наголосив міністр" stays open.)
func (r *Result) opensAsSubject(ro role) bool {
	if r.a == nil || ro.sent >= len(r.a.Sentences) {
		return false
	}
	toks := r.a.Sentences[ro.sent].Tokens
	if ro.from >= len(toks) || ro.to > len(toks) || !vtag.Has(toks[ro.from].Tag, "v_naz") || !leadsSentence(toks, ro.from) {
		return false
	}
	for _, t := range toks[ro.to:] {
		if strings.HasPrefix(t.Tag, "adv") {
			continue
		}
		return strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, "inf")
	}
	return false
}

// citedBy reports whether mention m is the genitive "За словами" or "На
// думку" open their sentence with: the one whose words the sentence
// gives, its speaker as much as a subject ("За словами Олега Ніколенка,
// … «…», – наголосив дипломат").
func (r *Result) citedBy(m mref) bool {
	toks, k := r.tokenOf(m)
	if k != 2 {
		return false
	}
	return scan.EqualFold(toks[0].Text, "за") && scan.EqualFold(toks[1].Text, "словами") ||
		scan.EqualFold(toks[0].Text, "на") && scan.EqualFold(toks[1].Text, "думку")
}

// titledBefore returns the one person named before the role phrase ro
// with a title that fits, or -1 when none or several do.
//
// Of several, the past verb the phrase is the subject of may tell one by
// gender: a word of either gender (глава, голова) or a man's word a
// woman's title is written in, "глава МЗС провів" after a man and a
// woman titled foreign ministers, is the man.
func (r *Result) titledBefore(ro role, fits func(title string) bool) int {
	found, other, g := -1, -1, byte(0)
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "PERS" || len(e.Mentions) == 0 || e.Mentions[0].Start > ro.start || !slices.ContainsFunc(e.Titles, fits) || r.otherGender(ro, i) {
			continue
		}
		if found < 0 {
			found = i
			continue
		}
		if g == 0 {
			if g = r.verbGender(ro); g == 0 {
				return -1
			}
		}
		switch {
		case r.Gender[i] == g && r.Gender[found] != g && r.Gender[found] != 0 && other < 0:
			found, other = i, found
		case r.Gender[found] == g && r.Gender[i] != g && r.Gender[i] != 0:
			other = i
		default:
			return -1
		}
	}
	return found
}

// headKin are the heads of a body a story calls one another: the
// начальник of a police department named with his title is later its
// очільник or керівник.
var headKin = map[string]bool{
	"голова": true, "глава": true, "очільник": true, "очільниця": true, "керівник": true, "керівниця": true,
	"начальник": true, "начальниця": true,
}

// byHeadOfKind resolves the head of a body named by a common noun
// ("очільник поліції", "начальник поліції") to the one person named
// before whose title has such a head and names a body of that kind:
// "Начальник Головного управління Національної поліції в Черкаській
// області Василь Остапчук … наголосив очільник поліції".
func (r *Result) byHeadOfKind(ro role) int {
	if !headKin[ro.headLemma] && !directors[ro.headLemma] || len(ro.tailLemmas) == 0 || len(ro.tailLemmas) > 2 {
		return -1
	}
	toks := r.a.Sentences[ro.sent].Tokens
	for _, t := range toks[ro.from:ro.to] {
		if r.nameAt(t.RStart, t.REnd) {
			return -1 // a named body: the callers after this one read it
		}
	}
	return r.titledBefore(ro, func(title string) bool {
		tw := scan.Fields(scan.ToLower(title))
		if len(tw) < 2 || !slices.ContainsFunc(tw, func(w string) bool { return headKin[w] || directors[w] || rectors[w] }) {
			return false
		}
		if spelledAcronym(title, ro.tailLemmas) {
			return true
		}
		for _, l := range ro.tailLemmas {
			if kinds, ok := bodyKinds[scan.ToLower(l)]; ok {
				// a word for the kind the body is of: очільниця вишу
				// for the ректорка of a university
				if !slices.ContainsFunc(tw, func(w string) bool { return scan.HasAnyPrefix(w, kinds...) || compoundOfKind(w, kinds) }) {
					return false
				}
				continue
			}
			// the stem without the ending: центр in центру, комітет
			// in комітету, соціальн in соціальної; an indeclinable
			// word whole (Глава бюро: директор … бюро України)
			n := utf8.RuneCountInString(l) - 1
			if strings.HasSuffix(l, "ий") || strings.HasSuffix(l, "ій") {
				n--
			}
			if !slices.ContainsFunc(tw, func(w string) bool { return n >= 4 && sameStart(w, l, n) || w == scan.ToLower(l) }) &&
				!(n >= 4 && compoundName(title, l, n)) {
				return false
			}
		}
		return true
	})
}

// spelledAcronym reports whether title holds an acronym that has the
// initials of the two words of tail, in order: "Очільник антикорупційної
// прокуратури" after "Керівник САП …" (Спеціалізована антикорупційна
// прокуратура).
func spelledAcronym(title string, tail []string) bool {
	if len(tail) != 2 {
		return false
	}
	var b [8]byte
	initials := b[:0]
	for _, l := range tail {
		initials = utf8.AppendRune(initials, unicode.ToUpper(firstRune(l)))
	}
	return slices.ContainsFunc(scan.Fields(title), func(w string) bool {
		return isAcronym(w) && utf8.RuneCountInString(w) > 2 && strings.Contains(w, string(initials))
	})
}

// directors are the heads of a centre, a bureau or a theatre, whom a
// story later calls its очільник or глава: "директорка Українського
// центру оцінювання якості освіти … Очільниця центру".
var directors = map[string]bool{"директор": true, "директорка": true}

// rectors head a university or an academy: its очільник.
var rectors = map[string]bool{"ректор": true, "ректорка": true}

// bodyKinds are the common nouns news uses for a body already named by
// its own kind, with the stems of those kinds: "очільниця вишу" is the
// ректорка університету named before, "директор закладу" the director of
// the lyceum, "керівник відомства" the head of the service, "очільник
// мовника" the head of the board of Суспільне мовлення.
var bodyKinds = map[string][]string{
	"виш":       {"університет", "інститут", "академі", "коледж", "політехні", "консерваторі"},
	"заклад":    {"школ", "ліце", "гімназі", "лікарн", "коледж", "університет", "садк", "клінік", "амбулаторі", "музе", "театр", "бібліотек"},
	"відомство": {"міністерств", "служб", "агентств", "агенці", "інспекці", "департамент", "бюро"},
	"мовник":    {"мовлення", "телебачення", "телеканал", "радіо", "телерадіо"},
	"банк":      {"банк"},
}

// compoundOfKind reports whether title word w is a body's name compounded
// with the noun of its kind, which bank names are (Приватбанк,
// Ощадбанк, Укргазбанк): "голова правління банку" is the head of the
// board of Приватбанку named before.
func compoundOfKind(w string, kinds []string) bool {
	return slices.Contains(kinds, "банк") && strings.Contains(w, "банк")
}

// compoundName reports whether a word of title is a body's name (a
// capital first) compounded from a clipped word and the common noun
// lemma, of which the first n runes are the stem: Укрзалізниця and
// Нацполіція are a залізниця and a поліція ("Керівник залізниці" after
// "Генеральний директор Укрзалізниці", "Очільник поліції" after "Голова
// Нацполіції").
func compoundName(title, lemma string, n int) bool {
	stem := scan.ToLower(lemma)
	for k := range stem {
		if n == 0 {
			stem = stem[:k]
			break
		}
		n--
	}
	for _, w := range scan.Fields(title) {
		if !scan.IsUpper(firstRune(w)) || isAcronym(w) {
			continue
		}
		lw := scan.ToLower(w)
		if k := strings.Index(lw, stem); k > 0 && utf8.RuneCountInString(lw[:k]) >= 2 {
			return true
		}
	}
	return false
}

// mansForms give, for a woman's role word, the man's form news writes a
// woman's title in as often ("міністр юстиції Ольга Стефанішина … За
// словами міністерки"): the woman's word stands for her too.
var mansForms = map[string]string{
	"міністерка": "міністр", "депутатка": "депутат", "директорка": "директор", "президентка": "президент",
	"очільниця": "очільник", "керівниця": "керівник", "начальниця": "начальник", "речниця": "речник",
	"секретарка": "секретар", "заступниця": "заступник", "прокурорка": "прокурор", "посолка": "посол",
	"спікерка": "спікер", "сенаторка": "сенатор", "лідерка": "лідер", "командувачка": "командувач",
	"командирка": "командир", "омбудсманка": "омбудсман", "прем'єрка": "прем'єр", "прем'єр-міністерка": "прем'єр-міністр",
	"віцепрем'єрка": "віцепрем'єр", "віцепрем'єр-міністерка": "віцепрем'єр-міністр", "віцеспікерка": "віцеспікер",
	"дипломатка": "дипломат", "чиновниця": "чиновник", "посадовиця": "посадовець",
}

// roleSynonyms spell out the short forms of titles.
var roleSynonyms = map[string]string{
	"генсек": "генеральний секретар", "прем'єр": "прем'єр-міністр", "держсекретар": "державний секретар",
	"міністр": "міністр", "очільник": "голова", "очільниця": "голова",
	"мер": "міський голова", "мерка": "міська голова",
	"прем'єрка": "прем'єр-міністерка", "держсекретарка": "державна секретарка",
	"торгпред": "торговий представник", "головком": "головнокомандувач", "комбриг": "командир бригади",
	"віцепрем'єр": "віцепрем'єр-міністр", "віцепрем'єрка": "віцепрем'єр-міністерка",
	// the short words of the offices news writes in full with the name
	// ("Генеральний прокурор Андрій Костін … Генпрокурор наголосив",
	// "Народна депутатка … Нардепка відповіла")
	"генпрокурор": "генеральний прокурор", "генпрокурорка": "генеральна прокурорка",
	"нардеп": "народний депутат", "нардепка": "народна депутатка",
}

// roleKinds are the titles a word for a kind of office names: a
// diplomat is an ambassador, a foreign minister or a consul ("…", —
// наголосив дипломат), in the word's gender.
var roleKinds = map[string][]string{
	// (a permanent representative to the UN and his deputy, the head
	// of a foreign ministry by its acronym: глава МЗС Чехії)
	"дипломат": {"посол", "міністр закордонних справ", "консул", "речник мзс", "заступник міністра закордонних справ",
		"постпред", "постійний представник", "заступник постпреда", "заступник постійного представника", "глава мзс", "очільник мзс"},
	"дипломатка": {"посолка", "міністерка закордонних справ", "речниця мзс", "заступниця міністра закордонних справ",
		"постпредка", "постійна представниця", "заступниця постпреда", "заступниця постійного представника", "глава мзс", "очільниця мзс"},
	// the speaker is the chair of a legislature: Голова Верховної Ради
	// Руслан Стефанчук … Спікер додав
	"спікер":   speakers,
	"спікерка": speakers,
	// an official is whoever holds an office of the state or of a
	// council: Заступник міністра Олег Гнатюк … Посадовець заперечив
	"посадовець": officials, "чиновник": officials,
	"посадовиця": officialWomen, "чиновниця": officialWomen,
	// the ombudsman is the commissioner for human rights: Уповноважений
	// Верховної Ради з прав людини Дмитро Лубінець … наголосив омбудсман
	"омбудсман": {"уповноважений верховної ради з прав людини", "уповноважений з прав людини", "уповноважений із захисту прав"},
	"омбудсманка": {"уповноважена верховної ради з прав людини", "уповноважена з прав людини", "уповноважена із захисту прав",
		"уповноважена з прав дитини", "уповноважена президента з прав дитини"},
	// the spokesman is the press secretary: Прессекретар Президента
	// Сергій Никифоров … За словами речника
	"речник":  {"прессекретар", "прес-секретар", "пресс-секретар"},
	"речниця": {"прессекретарка", "прес-секретарка", "пресс-секретарка", "прессекретар", "прес-секретар"},
}

// kindsOf returns the titles the word for a kind of office lemma names
// (roleKinds). A woman's word names the man's forms of them too: a
// woman's title is written in the man's form as often ("Посол ЄС в
// Україні Катаріна Матернова … – сказала дипломатка"), and otherGender
// keeps the men out.
func kindsOf(lemma string) []string {
	kinds := roleKinds[lemma]
	if m := mansForms[lemma]; m != "" && roleKinds[m] != nil {
		return append(slices.Clip(kinds), roleKinds[m]...)
	}
	return kinds
}

// officialWords are the words for an official, who may be someone
// appointed whose office the story gives no title.
var officialWords = map[string]bool{"посадовець": true, "посадовиця": true, "чиновник": true, "чиновниця": true}

// officialSubject resolves an official (посадовець, посадовиця) opening
// its sentence as the subject, a finite verb after it past adverbs and
// phrases of time, to the subject of the sentence before, or whom its
// pronoun stood for, when no title of theirs says they are something
// else than an official: "Вона … брала участь у розробленні закону.
// Посадовиця вже у середу має зустрітися …". The story goes on with
// its subject: another official named further back is not the one.
func (r *Result) officialSubject(ro role) int {
	if !r.officialOpening(ro) {
		return -1
	}
	toks := r.a.Sentences[ro.sent].Tokens
	g := vtag.Gender(toks[ro.from].Tag)
	if g != 'm' && g != 'f' {
		return -1
	}
	p := r.previousSubject(ro.start, ro.sent, g)
	if p == -1 {
		p = r.chainedPerson(ro.start, ro.sent, g) // (the sentence before opens with вона)
	}
	if p < 0 {
		p = r.nominativeBefore(ro.start, ro.sent, g) // (another named there as an object)
	}
	if p < 0 || r.otherGender(ro, p) {
		return -1
	}
	want := officials
	if g == 'f' {
		want = officialWomen
	}
	ts := r.Entities[p].Titles
	if len(ts) > 0 && !slices.ContainsFunc(ts, func(t string) bool { return titleHas(scan.ToLower(t), want) }) {
		return -1 // a журналістка is no посадовиця
	}
	return p
}

// nominativeBefore returns the one person of gender g named in the
// nominative in sentence s-1, by name or title, whoever else it names in
// other cases: "Міністр енергетики Денис Шмигаль назвав нового
// заступника …" has Шмигаль; or -1.
func (r *Result) nominativeBefore(pos, s int, g byte) int {
	found := -1
	r.idx.before(pos, func(m mref) bool {
		if m.sent < s-1 {
			return false
		}
		if m.sent != s-1 || r.Entities[m.ent].Type != "PERS" || r.isPronoun(m) || r.Gender[m.ent] != g || !r.nominative(m) {
			return true
		}
		if found >= 0 && found != m.ent {
			found = -1
			return false
		}
		found = m.ent
		return true
	})
	return found
}

// officialOpening reports whether role phrase ro is a bare official
// word opening its sentence in the nominative, a finite verb after it
// ("Посадовиця вже у середу має зустрітися"), or after "За словами" or
// "На думку" opening it ("За словами посадовця, …").
func (r *Result) officialOpening(ro role) bool {
	toks := r.a.Sentences[ro.sent].Tokens
	if ro.plural || ro.former || len(ro.adjLemmas) > 0 || len(ro.tailLemmas) > 0 || !officialWords[ro.headLemma] ||
		ro.to > len(toks) || ro.from >= len(toks) || !strings.HasPrefix(toks[ro.from].Tag, "noun") {
		return false
	}
	switch ro.from {
	case 0:
		return vtag.Has(toks[0].Tag, "v_naz") && verbAfter(toks, ro.to)
	case 2:
		return (scan.EqualFold(toks[0].Text, "за") && scan.EqualFold(toks[1].Text, "словами") ||
			scan.EqualFold(toks[0].Text, "на") && scan.EqualFold(toks[1].Text, "думку")) && ro.to < len(toks) && toks[ro.to].Text == ","
	}
	return false
}

// verbAfter reports whether a finite verb follows toks[k:], past adverbs
// and phrases of time: "Посадовиця вже у середу має".
func verbAfter(toks []vistka.Token, k int) bool {
	for n := 0; k < len(toks) && n < 4; k, n = k+1, n+1 {
		t := toks[k].Tag
		switch {
		case strings.HasPrefix(t, "verb"):
			return !strings.Contains(t, "inf")
		case strings.HasPrefix(t, "adv"), strings.HasPrefix(t, "prep"), strings.HasPrefix(t, "noun:inanim") && !vtag.Has(t, "v_naz"):
		default:
			return false
		}
	}
	return false
}

// officials and officialWomen are the titles of holders of a public
// office, as an official (посадовець) stands for them.
var (
	officials = []string{"міністр", "заступник", "голова", "начальник",
		"очільник", "керівник", "секретар", "державний секретар", "директор департаменту", "речник уряду", "речник мзс",
		"речник міністерства", "речник кремля"}
	officialWomen = []string{"міністерка", "заступниця", "голова", "начальниця",
		"очільниця", "керівниця", "секретарка", "державна секретарка", "директорка департаменту", "речниця уряду", "речниця мзс",
		"речниця міністерства", "речниця кремля"}
)

// speakers are the titles of a legislature's chair.
var speakers = []string{"голова верховної ради", "голова парламенту", "голова сейму", "голова сенату", "голова кнесету",
	"голова бундестагу", "голова палати представників", "голова національних зборів", "голова державної думи",
	"голова держдуми", "голова меджлісу", "голова скупщини", "голова мажилісу", "голова саеймасу", "голова рійгікогу"}

// titleHas reports whether a title holds one of the phrases as whole words.
func titleHas(title string, phrases []string) bool {
	t := " " + title + " "
	for _, p := range phrases {
		if strings.Contains(t, " "+p+" ") {
			return true
		}
	}
	return false
}

// titleCountries returns the places named in the titles of person p.
func (r *Result) titleCountries(p int) []int {
	var out []int
	for _, t := range r.Entities[p].Titles {
		for _, w := range scan.Fields(t) {
			for i := range r.Entities {
				e := &r.Entities[i]
				if e.Type != "LOC" || slices.Contains(out, i) {
					continue
				}
				if ew := scan.Fields(e.Name); len(ew) > 0 && (sameWord(w, ew[0]) || w == e.Name) {
					out = append(out, i)
				}
			}
		}
	}
	return out
}

// heads are the nouns of a role phrase that names whoever leads the body
// after them.
var heads = map[string]bool{"глава": true, "очільник": true, "очільниця": true, "керівник": true, "керівниця": true,
	"начальник": true, "начальниця": true}

// ministryHead resolves "глава МЗС України" to the one person whose title
// is the minister of the ministry that acronym stands for (міністр
// закордонних справ України: Міністерство закордонних справ, МЗС).
func (r *Result) ministryHead(ro role) int {
	if heads[ro.headLemma] && len(ro.tailLemmas) == 1 {
		if rest, ok := clippedMinistry(ro.tailLemmas[0]); ok {
			return r.titledBefore(ro, func(t string) bool { return ministerOfClipped(rest, t) })
		}
	}
	if !heads[ro.headLemma] || len(ro.tailLemmas) == 0 || !isAcronym(ro.tailLemmas[0]) {
		return -1
	}
	short := strings.Join(ro.tailLemmas, " ")
	return r.titledBefore(ro, func(t string) bool {
		tw := scan.Fields(t)
		// (a woman's title too: "Міністерка закордонних справ Фінляндії
		// … з очільницею МЗС Фінляндії")
		head := scan.ToLower(tw[0])
		return len(tw) >= 2 && (head == "міністр" || head == "міністерка") && acronymOf(short, "Міністерство "+strings.Join(tw[1:], " "))
	})
}

// clippedMinistry returns, lower-cased, what a ministry's clipped name
// has past "Мін" (Мінагрополітики: "агрополітики", Мін'юст: "юст"), and
// whether name may be one: "Мін" and three letters, no acronym (the
// lemma may be lower-cased: мінфін). ministerOfClipped must then tie it
// to a minister's title.
func clippedMinistry(name string) (string, bool) {
	rest, ok := strings.CutPrefix(scan.ToLower(name), "мін")
	rest = strings.TrimLeft(rest, "'’")
	if !ok || utf8.RuneCountInString(rest) < 3 || isAcronym(name) {
		return "", false
	}
	return rest, true
}

// ministerOfClipped reports whether title is a minister's whose words
// after "міністр" the clipped rest of a ministry's name stands for: it
// ends with one of them and what goes before shares three letters with
// the word before that ("агрополітики": аграрної політики), or it opens
// the first of them ("фін": фінансів, "енерго": енергетики, "цифри":
// цифрової трансформації) in four letters or all of its own but an
// ending.
func ministerOfClipped(rest, title string) bool {
	tw := scan.Fields(scan.ToLower(title))
	if len(tw) < 2 || tw[0] != "міністр" && tw[0] != "міністерка" {
		return false
	}
	tw = tw[1:]
	for k, w := range tw {
		head, ok := strings.CutSuffix(rest, w)
		if !ok || utf8.RuneCountInString(w) < 4 {
			continue
		}
		if head == "" || k > 0 && sharedPrefix(head, tw[k-1]) >= 3 {
			return true
		}
	}
	n := sharedPrefix(rest, tw[0])
	return n >= 4 || n >= 3 && n+1 >= utf8.RuneCountInString(rest) // "фіну": Мінфіну, the tail's lemma as written
}

// sharedPrefix returns how many runes a and b share at their start.
func sharedPrefix(a, b string) int {
	n := 0
	for _, r := range a {
		c, size := utf8.DecodeRuneInString(b)
		if size == 0 || c != r {
			break
		}
		b = b[size:]
		n++
	}
	return n
}

// byTitleAdjective resolves a role phrase with a country's adjective when
// the document names the country only inside a title: "чеський президент"
// after "президентом Чехії Петром Павелом" is Петро Павел. One person with
// that head and that country in a title must fit.
func (r *Result) byTitleAdjective(ro role) int {
	found := -1
	kinds := kindsOf(ro.headLemma)
	for _, a := range ro.adjLemmas {
		stem := []rune(derivedStem(scan.ToLower(a)))
		if len(stem) < 2 {
			continue
		}
		p := r.titledBefore(ro, func(t string) bool {
			lt := scan.ToLower(t)
			tw := scan.Fields(lt)
			// (or an office of the kind the head covers: "Чеський
			// дипломат" for the глава МЗС Чехії)
			return len(tw) >= 2 && (tw[0] == ro.headLemma || titleHas(lt, kinds)) &&
				slices.ContainsFunc(tw[1:], func(w string) bool { return stemOf(stem, w) })
		})
		if p >= 0 && found >= 0 && found != p {
			return -1
		}
		found = max(found, p)
	}
	return found
}

// countryOf returns the place of the document an adjective or a name of
// inhabitants is derived from (німецький → Німеччина, російський → Росія,
// українці → Україна), or -1. The stem without the suffix must start the
// place's name, all but its last two letters, and only one place may fit.
func (r *Result) countryOf(lemma string) int {
	return r.placeOf(lemma, func(string) bool { return true })
}

// placeOf is countryOf over the places whose name ok accepts.
func (r *Result) placeOf(lemma string, ok func(name string) bool) int {
	stem := []rune(derivedStem(scan.ToLower(lemma)))
	if len(stem) < 2 {
		return -1
	}
	found := -1
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != "LOC" || !ok(e.Name) {
			continue
		}
		for _, w := range scan.Fields(scan.ToLower(e.Name)) {
			if stemOf(stem, w) {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}

// stemOf reports whether the stem of a derived adjective is that of the
// lower-cased word w: all but its last two letters start w; a stem of
// three letters must match whole (фінський → Фінляндія), one of two
// with the consonant that -ський swallowed (чеський → Чехія).
func stemOf(stem []rune, w string) bool {
	n, size := 0, 0 // the runes w shares with stem from its start, and its runes
	var third rune
	for _, r := range w {
		if size == 2 {
			third = r
		}
		if n == size && n < len(stem) && stem[n] == r {
			n++
		}
		size++
	}
	switch {
	case len(stem) == 2:
		return n == 2 && size > 3 && (third == 'х' || third == 'г' || third == 'к')
	case len(stem) == 3:
		return n == 3
	}
	return n >= 4 && n >= len(stem)-2
}

// derivedStem strips the suffix of a relative adjective or a name of
// inhabitants: російський → росій, німецький → німе, росіянин → росі.
func derivedStem(w string) string {
	for _, suf := range []string{"ський", "цький", "зький", "ська", "цька", "зька", "ське", "ські", "янин", "анин", "ець", "ий", "ій"} {
		if strings.HasSuffix(w, suf) {
			stem := strings.TrimSuffix(w, suf)
			if s, ok := irregularStems[stem]; ok {
				return s
			}
			return stem
		}
	}
	return ""
}

// irregularStems give, for the stems of adjectives that do not start
// their country's name as the others do, the stem that does: литовський
// → Литва, шведський → Швеція, датський → Данія, американський → США.
var irregularStems = map[string]string{"литов": "литв", "швед": "швец", "дат": "дан", "американ": "сша"}

// CountryNamed returns the short name of the country, among all the
// countries (not only the document's places), that an adjective is
// derived from (російський → Росія), or "" for none or more than one:
// what a text means by "російських ударів" when it never names Russia.
func CountryNamed(lemma string) string {
	stem := []rune(derivedStem(scan.ToLower(lemma)))
	if len(stem) < 2 {
		return ""
	}
	found := ""
	for _, n := range countryNames() {
		if n.name == "" || strings.Contains(n.name, " ") {
			continue // (one word: "Південна Корея" has no adjective of its own here)
		}
		if stemOf(stem, n.lower) {
			if found != "" && found != n.name {
				return ""
			}
			found = n.name
		}
	}
	return found
}

// countryName is a gazetteer country by its common name, also in lower
// case and as the runes of that.
type countryName struct {
	name, lower string
	runes       []rune
}

// countryNames are the gazetteer's countries by their common names: made
// once, as CountryNamed and people read them for many a word.
var countryNames = sync.OnceValue(func() []countryName {
	var names []countryName
	for _, n := range gazetteer.Countries() {
		name := cmp.Or(n.Common, n.Name)
		l := scan.ToLower(name)
		names = append(names, countryName{name, l, []rune(l)})
	}
	return names
})

// CountryOf returns the id of the place of the document an adjective or
// a name of inhabitants is derived from (російські війська → Росія), or "".
func (r *Result) CountryOf(lemma string) string {
	if i := r.countryOf(lemma); i >= 0 {
		return ID(i)
	}
	return ""
}

// rankTitles returns, as JOB spans, the military ranks, the
// professional titles and the offices no span covers that stand before a
// person's name in its case: "під командуванням полковника Віктора
// Петренка", "професор Андрій Сергієнко", "губернатор Папієв", "викладачка художньої школи Наталія Дребот",
// "капітан «Медика» Роман Трохліб". The tagger leaves them out, as
// NER-UK's texts mostly do (генерала Ґроувза), but such a word before a
// name is the person's title. A professional title may be followed by
// the genitive words or the quoted body it goes on with (the role phrase
// takes them in).
func rankTitles(a *vistka.Analysis) []pending {
	var out []pending
	spans := a.Spans
	for k := range spans {
		if spans[k].Type != "PERS" {
			continue
		}
		s := a.SentenceAt(spans[k].Start)
		if s < 0 {
			continue
		}
		toks := a.Sentences[s].Tokens
		from, to := a.SpanTokens(s, spans[k].Start, spans[k].End)
		if to <= from {
			continue
		}
		if o, ok := apposedTitleAfter(a, toks, from, to); ok {
			out = append(out, wordTitle(toks, o, s))
		}
		if from == 0 {
			continue
		}
		j := titleWordBefore(a, toks, from, to, spans[k].Start)
		if callSignAt(toks, from) {
			// "Командир батальйону з позивним «Лорд»": the title
			// before the words for the call sign
			j = titleWordFrom(a, toks, from-4, from, to, spans[k].Start)
		}
		if j >= 0 && !rankTitleAt(a, toks, j, from, to) {
			j = -1
		}
		if j >= 0 {
			t := &toks[j]
			lemma := lemmaOf(t)
			if strings.HasPrefix(t.Tag, "adj") && strings.Contains(t.Tag, ":f:") {
				lemma = feminine(lemma) // уповноважена
			}
			out = append(out, pending{vistka.Span{Start: t.RStart, End: t.REnd, Type: "JOB", Text: t.Text, Lemma: lemma}, s})
			if o, ok := officeBeforeRank(a, toks, j, from, to); ok {
				out = append(out, wordTitle(toks, o, s))
			}
		}
		if o, ok := apposedTitleBefore(a, toks, j, from, to); ok {
			out = append(out, wordTitle(toks, o, s))
		}
	}
	return out
}

// apposedTitleAfter returns the head of a title set off by a comma after
// the name at toks[from:to], in the name's case, that no span holds:
// "Віктор Сенюк, власник групи компаній …", "з Іваном Петренком,
// хірургом обласної лікарні". The head is a word for one by office or
// trade (the lists, an agent suffix or VESUM's class of jobs), perhaps
// after adjectives in its case (колишній, головний); rolePhrase takes
// them and the genitives after it in. It reports false when the name's
// first word does not decline (its case tells nothing), or when a name
// follows the title, whose title it then is.
func apposedTitleAfter(a *vistka.Analysis, toks []vistka.Token, from, to int) (int, bool) {
	if to+1 >= len(toks) || toks[to].Text != "," || strings.Contains(toks[from].Tag, ":nv") || vtag.Case(toks[from].Tag) == "" {
		return 0, false
	}
	if opensWithCue(toks) && !slices.ContainsFunc(toks[:from], func(t vistka.Token) bool { return t.Text == "," }) {
		// "Як повідомив Іван Петренко, голова ради, який …, підписав":
		// the noun after the parenthesis is the sentence's subject
		return 0, false
	}
	o := to + 1
	for o < len(toks) && o < to+3 && strings.HasPrefix(toks[o].Tag, "adj") && !strings.Contains(toks[o].Tag, ":pron") && sameCase(toks[o].Tag, toks[from].Tag) {
		o++
	}
	if o >= len(toks) || !sameCase(toks[o].Tag, toks[from].Tag) || coveredBySpan(a, toks[o].RStart) || strings.Contains(toks[o].Tag, ":p:") {
		return 0, false
	}
	t := &toks[o]
	l := scan.ToLower(lemmaOf(t))
	if !personNoun(t) || !(agentNoun(t) || ner.MilitaryRank(l) || professionTitles[l] || officeTitles[l] || headTitles[l] || aideTitles[l] || isRoleWord(l)) {
		return 0, false
	}
	// The apposition closes where its genitives, names and links end: a
	// verb there makes the noun the subject of the next clause (Як
	// пояснив Андрій Пишний, регулятор був змушений …).
	for j := o + 1; j < len(toks) && j < o+12; j++ {
		u := &toks[j]
		switch {
		case u.Kind == vistka.Punct || u.Kind == vistka.Dash:
			// a bracket after the title opens a gloss or an acronym
			// of its body: "декан Києво-Могилянської бізнес-школи [kmbs]"
			return o, appositionEnd(u.Text) || u.Text == "(" || u.Text == "["
		case plainGenitive(u) || quoteMark(u.Text) || inBodyName(a, u.RStart, math.MaxInt) || titleTailLink(toks, j):
		case aideTitles[l] && vtag.Has(u.Tag, "v_rod") && inPersonName(a, u.RStart):
			// whom an aide serves, named: "Алєксандр Ціпко, колишній
			// радник Міхаіла Ґорбачова, попереджав"
		case (strings.HasPrefix(u.Tag, "noun") || strings.HasPrefix(u.Tag, "adj")) && strings.Contains(u.Tag, "v_mis"):
		case u.Kind == vistka.Word && 'a' <= u.Text[0]|0x20 && u.Text[0]|0x20 <= 'z':
			// a body's name in Latin letters: співзасновник monobank
		default:
			return 0, false
		}
	}
	return o, true
}

// appositionEnd reports whether punctuation mark p may close an
// apposition: a comma, a dash, a bracket or the end of a sentence.
func appositionEnd(p string) bool {
	switch p {
	case ",", ".", "!", "?", ";", ":", ")", "–", "—", "-", "…":
		return true
	}
	return false
}

// callSignAt reports whether the name at toks[from] is a call sign
// after a title: "з позивним «Лорд»", the title before з.
func callSignAt(toks []vistka.Token, from int) bool {
	return from >= 4 && callSignWords(toks[from-3].Text, toks[from-2].Text, toks[from-1].Text)
}

// rankTitleAt reports whether toks[j], found by titleWordBefore, can be
// the title of the name at toks[from:to]: a noun for a person (or a head
// of a body, голова, глава, which the tagger may read as part of the
// body; or a participle standing for one, уповноважена), in the singular,
// in the name's case, no span's word.
func rankTitleAt(a *vistka.Analysis, toks []vistka.Token, j, from, to int) bool {
	t := &toks[j]
	// an indeclinable title (аташе) is tagged with any number and case
	nv := strings.Contains(t.Tag, ":nv")
	return (strings.HasPrefix(t.Tag, "noun:anim") || strings.HasPrefix(t.Tag, "noun") && headTitles[scan.ToLower(lemmaOf(t))] ||
		strings.HasPrefix(t.Tag, "adj") && aideTitles[scan.ToLower(lemmaOf(t))]) &&
		(nv || !strings.Contains(t.Tag, ":p:") && (sameCase(t.Tag, toks[from].Tag) || indeclinable(toks[from:to]))) && !coveredBySpan(a, t.RStart)
}

// wordTitle is the title word toks[o] of sentence s as a JOB span.
func wordTitle(toks []vistka.Token, o, s int) pending {
	return pending{vistka.Span{Start: toks[o].RStart, End: toks[o].REnd, Type: "JOB", Text: toks[o].Text, Lemma: lemmaOf(&toks[o])}, s}
}

// apposedTitleBefore returns the head of a title written before the one
// right before the name at toks[from:to], set off from it by a comma: the
// two titles of one name, "Віцепрезидент УАФ, колишній захисник збірної
// Олег Лужний", "Координатор системи ООН в Україні, гуманітарний
// координатор Маттіас Шмале". j is the title word rankTitles found, or
// -1 when the title is the tagger's span. It reports false when there is
// no such title, or a span holds it (the tagger's titles are joined in
// titles).
func apposedTitleBefore(a *vistka.Analysis, toks []vistka.Token, j, from, to int) (int, bool) {
	r := j
	if r < 0 {
		for _, sp := range a.Spans {
			if sp.Type == "JOB" && sp.Start <= toks[from-1].RStart && toks[from-1].RStart < sp.End {
				r, _ = a.SpanTokens(a.SentenceAt(sp.Start), sp.Start, sp.End)
				break
			}
		}
	}
	if r < 0 {
		return 0, false
	}
	for r > 0 && strings.HasPrefix(toks[r-1].Tag, "adj") && sameCase(toks[r-1].Tag, toks[from].Tag) {
		r--
	}
	if r < 2 || toks[r-1].Text != "," {
		return 0, false
	}
	o := titleWordFrom(a, toks, r-2, from, to, toks[r-1].RStart)
	if o < 0 || !strings.HasPrefix(toks[o].Tag, "noun") || !rankTitleAt(a, toks, o, from, to) {
		return 0, false
	}
	return o, true
}

// officeBeforeRank returns the head of an office held by the person named
// at toks[from:to] written before the rank or academic degree at toks[j],
// the two titles of one name: "речник бригади старший лейтенант Максим
// Ковтун", "Командир бригади полковник Дмитро Рюмшин", "президент НАМН
// академік Василь Цимбалюк". It reports false when toks[j] is no
// rank or no office stands before it in the name's case.
func officeBeforeRank(a *vistka.Analysis, toks []vistka.Token, j, from, to int) (int, bool) {
	if !rankLemma(&toks[j]) {
		return 0, false
	}
	r := j // the rank with its adjectives: старший лейтенант
	for r > 0 && strings.HasPrefix(toks[r-1].Tag, "adj") && sameCase(toks[r-1].Tag, toks[j].Tag) {
		r--
	}
	if r == 0 {
		return 0, false
	}
	o := titleWordBefore(a, toks, r, j+1, toks[r].RStart)
	if o < 0 || rankLemma(&toks[o]) || !strings.HasPrefix(toks[o].Tag, "noun") || !rankTitleAt(a, toks, o, from, to) {
		return 0, false
	}
	return o, true
}

// indeclinable reports whether a word of a name does not decline (Кая
// Каллас, Марко Рубіо): the case its first word is read in tells
// nothing then.
func indeclinable(name []vistka.Token) bool {
	return slices.ContainsFunc(name, func(t vistka.Token) bool { return strings.Contains(t.Tag, ":nv") })
}

// titleWordBefore returns the token of a rank or professional title
// before toks[from], right before it or before the genitive words, names
// and quotation marks between (up to seven tokens), or -1. name is where
// the person's name starts.
func titleWordBefore(a *vistka.Analysis, toks []vistka.Token, from, to, name int) int {
	return titleWordFrom(a, toks, from-1, from, to, name)
}

// titleWordFrom is titleWordBefore with the title's last word at
// toks[at], not right before the name: a second title in apposition
// before the first (Віцепрезидент УАФ, колишній захисник збірної Олег
// Лужний).
func titleWordFrom(a *vistka.Analysis, toks []vistka.Token, at, from, to, name int) int {
	// A title word in the genitive before a name in another case is the
	// genitive the holder's title goes on with: адвокат лікаря Олексій …
	other := func(t *vistka.Token) bool {
		return plainGenitive(t) && !sameCase(t.Tag, toks[from].Tag) && !indeclinable(toks[from:to])
	}
	// A head no list holds agrees with the name's first word in case,
	// unless that word does not decline: a woman's surname that does not
	// (Олена Гуменюк) tells nothing of the case of a noun before it
	// (кореспондентці Суспільного начальниця … Олена Гуменюк).
	agrees := func(t *vistka.Token) bool {
		return sameCase(t.Tag, toks[from].Tag) || strings.Contains(toks[from].Tag, ":nv")
	}
	if l := scan.ToLower(lemmaOf(&toks[at])); (ner.MilitaryRank(l) || professionTitles[l] || officeTitles[l] || (agentNoun(&toks[at]) || partyTitle(l)) && agrees(&toks[at])) && !other(&toks[at]) {
		return at
	}
	person := false // a word for a person in the name's case crossed: дослідниці … доктора Кармен Шайде
	for j := at; j >= 0 && j >= at-9; j-- {
		t := &toks[j]
		l := scan.ToLower(lemmaOf(t))
		if (professionTitles[l] || ner.MilitaryRank(l)) && !person && !other(t) ||
			(headTitles[l] || aideTitles[l]) && j < at && !complementAt(toks, j) && !other(t) {
			return j
		}
		if j < at && !person && personNoun(t) && agrees(t) && !complementAt(toks, j) && !other(t) && !personNoun(&toks[j+1]) && !namePartBetween(a, toks[j+1:at+1], toks[from].Tag) && !ownerName(toks, from) {
			return j // across the body, place or field it goes on with: член НКЕК, декан юридичного факультету
		}
		person = person || strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, ":prop") &&
			(sameCase(t.Tag, toks[from].Tag) || strings.Contains(toks[from].Tag, ":nv"))
		if officeTitles[l] && j < at && !complementAt(toks, j) && !other(t) {
			return j // across the genitives of its office: Міністерка закордонних справ Великої Британії Іветт Купер
		}
		switch {
		case plainGenitive(t) || quoteMark(t.Text) || inBodyName(a, t.RStart, name):
		case j < at && titleTailLink(toks, j):
		case (strings.HasPrefix(t.Tag, "noun") || strings.HasPrefix(t.Tag, "adj")) && strings.Contains(t.Tag, "v_mis") && !strings.Contains(t.Tag, "prop"):
			// у справах ветеранів, при відділенні ООН
		default:
			return -1
		}
	}
	return -1
}

// partyMembers are the second words of a title joined by a hyphen to
// the party its holder belongs to: сенатор-республіканець,
// депутат-консерватор.
var partyMembers = map[string]bool{
	"республіканець": true, "республіканка": true, "демократ": true, "демократка": true,
	"консерватор": true, "консерваторка": true, "лейборист": true, "лейбористка": true,
	"соціаліст": true, "соціалістка": true, "ліберал": true, "лібералка": true,
}

// partyTitle reports whether a lemma is a title joined by a hyphen to
// its holder's party: "сенатор-республіканець Ліндсі Грем", "із
// сенатором-демократом Річардом Блюменталем".
func partyTitle(l string) bool {
	head, party, ok := strings.Cut(l, "-")
	return ok && partyMembers[party] && (isRoleWord(head) || officeTitles[head] || professionTitles[head])
}

// titleTailLink reports whether toks[j] is a word a title goes on with
// past its genitives: a preposition of a field, a posting or a faction
// (з питань, у справах, в Україні, при ООН, від фракції), or a
// conjunction between two genitives (міністерка освіти і науки). A
// locative noun counts only after в, у or при.
func titleTailLink(toks []vistka.Token, j int) bool {
	switch scan.ToLower(toks[j].Text) {
	case "з", "із", "зі":
		// a field, not where one comes from: співак з Франції
		return strings.HasPrefix(toks[j].Tag, "prep") && j+1 < len(toks) && !strings.Contains(toks[j+1].Tag, ":prop")
	case "від", "при", "у", "в":
		return strings.HasPrefix(toks[j].Tag, "prep")
	case "та", "і", "й":
		return j > 0 && j+1 < len(toks) && plainGenitive(&toks[j-1]) && plainGenitive(&toks[j+1])
	}
	return false
}

// headTitles are the lemmas of the heads of a body that are a title
// across the body's name in the genitive, before a name in the title's
// case the tagger left without one: "з головою правління «Укренерго»
// Віталієм Зайченком", "з главою Бюро національної безпеки Польщі
// Славоміром Ценцкевичем".
var headTitles = map[string]bool{
	"голова": true, "глава": true, "очільник": true, "очільниця": true, "керівник": true, "керівниця": true,
	"директор": true, "директорка": true, "президент": true, "президентка": true,
	"лідер": true, "лідерка": true, "начальник": true, "начальниця": true, "командувач": true, "командувачка": true,
	"командир": true, "командирка": true,
}

// aideTitles are the lemmas of those who act for another person or a
// body, a title across the genitive of whom they act for: "спецпосланець
// президента США Стів Віткофф", "заступниця керівника Офісу президента".
var aideTitles = map[string]bool{
	"спецпосланець": true, "посланець": true, "спецпредставник": true, "спецпредставниця": true,
	"представник": true, "представниця": true, "радник": true, "радниця": true, "помічник": true, "помічниця": true,
	"заступник": true, "заступниця": true, "віцепрезидент": true, "віцепрезидентка": true,
	"речник": true, "речниця": true, "секретар": true, "секретарка": true,
	// a participle standing for one (уповноважена Президента з прав дитини)
	"уповноважений": true,
}

// complementAt reports whether toks[j] completes the noun for a person
// before it, as the genitive of a head does a deputy's title: in
// "заступника голови правління «Нафтогазу» Івана Петренка" the head is
// someone else. After a word for a thing it is the name's own title
// ("За словами віцепрем'єр-міністерки … Оксани Рибак"). A noun
// completes another in the genitive: a dative, instrumental or locative
// word after a person's noun or name is none of its ("орден Богдана
// Хмельницького командирові бригади Олександру Саку").
func complementAt(toks []vistka.Token, j int) bool {
	if c := vtag.Case(toks[j].Tag); c == "v_dav" || c == "v_oru" || c == "v_mis" {
		return false
	}
	return j > 0 && strings.HasPrefix(toks[j-1].Tag, "noun") && !strings.HasPrefix(toks[j-1].Tag, "noun:inanim")
}

// inBodyName reports whether code point pos lies in an organisation,
// place or title span that ends before code point limit: a title word
// goes on across the tagger's title of whom it acts for (Уповноважений
// [JOB Президента України] з питань санкційної політики Владислав
// Власюк).
func inBodyName(a *vistka.Analysis, pos, limit int) bool {
	for _, sp := range a.Spans {
		if sp.Start <= pos && pos < sp.End {
			return (sp.Type == "ORG" || sp.Type == "LOC" || sp.Type == "JOB") && sp.End <= limit
		}
	}
	return false
}

// inPersonName reports whether code point pos lies in a person's name
// span.
func inPersonName(a *vistka.Analysis, pos int) bool {
	for _, sp := range a.Spans {
		if sp.Start <= pos && pos < sp.End {
			return sp.Type == "PERS"
		}
	}
	return false
}

// coveredBySpan reports whether code point pos lies in a span.
func coveredBySpan(a *vistka.Analysis, pos int) bool {
	for _, sp := range a.Spans {
		if sp.Start <= pos && pos < sp.End {
			return true
		}
	}
	return false
}

// professionTitles are the lemmas of academic and professional titles
// written before a name (професор Андрій Сергієнко).
var professionTitles = map[string]bool{
	"професор": true, "професорка": true, "доцент": true, "доцентка": true, "академік": true,
	"викладач": true, "викладачка": true, "тренер": true, "тренерка": true,
	"адвокат": true, "адвокатка": true, "ректор": true, "ректорка": true, "проректор": true, "проректорка": true,
	"аналітик": true, "аналітикиня": true, "декан": true, "деканка": true,
	// occupations a story names someone by before the name (письменниця
	// Марта Гуцуляк, журналістка видання «…» Ірина Головко)
	"письменник": true, "письменниця": true, "поет": true, "поетеса": true, "режисер": true, "режисерка": true,
	"журналіст": true, "журналістка": true, "редактор": true, "редакторка": true, "актор": true, "акторка": true,
	"художник": true, "художниця": true, "композитор": true, "композиторка": true, "скульптор": true, "скульпторка": true,
	"співак": true, "співачка": true, "дослідник": true, "дослідниця": true, "історик": true, "історикиня": true,
	"політолог": true, "політологиня": true, "економіст": true, "економістка": true, "юрист": true, "юристка": true,
	"лікар": true, "лікарка": true, "активіст": true, "активістка": true, "волонтер": true, "волонтерка": true,
}

// officeTitles are the lemmas of offices that are a title when written
// before a name in its case (Президент Петро Порошенко, губернатор
// Папієв, короля Карла XII, Міністерка закордонних справ Великої
// Британії Іветт Купер); across the genitive words before the name only
// when no word for a person comes before the office, whose the office
// then is (сина президента Олександра).
var officeTitles = map[string]bool{
	"президент": true, "президентка": true, "губернатор": true, "мер": true, "канцлер": true,
	"прем'єр": true, "прем'єрка": true, "прем'єр-міністр": true, "прем'єр-міністерка": true,
	"міністр": true, "міністерка": true, "посол": true, "спікер": true, "спікерка": true,
	"прокурор": true, "прокурорка": true, "суддя": true, "депутат": true, "депутатка": true,
	"нардеп": true, "нардепка": true, "сенатор": true, "сенаторка": true, "конгресмен": true, "конгресменка": true, "віцеспікер": true, "віцеспікерка": true, "консул": true, "консулка": true, "аташе": true, "омбудсман": true, "омбудсманка": true,
	"віцепрем'єр": true, "віцепрем'єрка": true, "віцепрем'єр-міністр": true, "віцепрем'єр-міністерка": true,
	// monarchs and rulers (армії короля Карла XII, гетьман Іван Мазепа)
	"король": true, "королева": true, "цар": true, "цариця": true, "імператор": true,
	"імператриця": true, "князь": true, "княгиня": true, "гетьман": true, "султан": true,
	"емір": true,
}

// rankLemma reports whether t is a military rank or an academic degree
// or rank, the words written between an office and its holder's name.
func rankLemma(t *vistka.Token) bool {
	l := scan.ToLower(lemmaOf(t))
	return ner.MilitaryRank(l) || ner.AcademicRank(l)
}

// roleWords are nouns that name a position a person holds, used to read
// role phrases the entity tagger did not mark.
var roleWords = map[string]bool{
	"міністр": true, "секретар": true, "посол": true, "речник": true, "речниця": true,
	"депутат": true, "прокурор": true, "мер": true, "губернатор": true, "спікер": true, "сенатор": true, "сенаторка": true,
	"голова": true, "очільник": true, "керівник": true, "лідер": true, "лідерка": true, "президент": true,
	"прем'єр-міністр": true, "прем'єр": true, "канцлер": true, "король": true, "глава": true,
	"дипломат": true, "генсек": true, "командувач": true, "директор": true, "колега": true,
	// women's titles
	"депутатка": true, "міністерка": true, "прокурорка": true, "очільниця": true, "керівниця": true,
	"президентка": true, "прем'єрка": true, "директорка": true, "спікерка": true, "посолка": true,
	"командувачка": true, "секретарка": true, "прем'єр-міністерка": true, "дипломатка": true,
	"віцепрем'єр-міністр": true, "віцепрем'єр-міністерка": true, "віцепрем'єр": true, "віцепрем'єрка": true,
	"командир": true, "командирка": true, "начальник": true, "начальниця": true, "омбудсман": true, "омбудсманка": true, "торгпред": true,
	"віцеспікер": true, "віцеспікерка": true, "головком": true,
	"посадовець": true, "посадовиця": true, "чиновник": true, "чиновниця": true,
	"заступник": true, "заступниця": true, "нардеп": true, "нардепка": true,
	// the Union's and the state's offices a story calls a named holder
	// by after the name ("Єврокомісар пообіцяв", "віцепрезидентові")
	"єврокомісар": true, "єврокомісарка": true, "віцепрезидент": true, "віцепрезидентка": true,
	"генпрокурор": true, "генпрокурорка": true, "губернаторка": true, "держсекретар": true, "держсекретарка": true,
	"головнокомандувач": true, "головнокомандувачка": true, "консул": true, "староста": true, "комбриг": true,
	"королева": true,
	// church titles
	"патріарх": true, "митрополит": true, "архієпископ": true, "єпископ": true, "предстоятель": true,
}

// roleSieve lets through the role words and their forms with екс and
// екс-, as lemmas may write them before they are lower-cased
// (isRoleWord): the words are Cyrillic letters and hyphens, and only a
// letter and its capital lower-case to a Cyrillic letter, each of two
// bytes, so a lemma that lower-cases to one of them is as long and ends
// in its last letter or that letter's capital.
var roleSieve = func() (s scan.Sieve) {
	for w := range roleWords {
		for _, v := range []string{w, "екс" + w, "екс-" + w} {
			last, n := utf8.DecodeLastRuneInString(v)
			s.Add(v)
			s.Add(v[:len(v)-n] + string(unicode.ToUpper(last)))
		}
	}
	return s
}()

// IsRoleWord reports whether a noun's lemma names a position, held now
// or once (міністр, ексміністр, екс-депутат), as RoleAt reads one.
func IsRoleWord(lemma string) bool { return isRoleWord(lemma) }

// isRoleWord reports whether a noun's lemma names a position, held now
// or once: міністр, ексміністр, екс-депутат.
func isRoleWord(lemma string) bool {
	if !roleSieve.May(lemma) {
		return false // (most nouns, told without lower-casing or the maps)
	}
	// formerHead, with the lemma lower-cased into a buffer on the stack:
	// the map is read with string(b), which Go does without a copy.
	var buf [64]byte
	low := scan.AppendLower(buf[:0], lemma)
	if p := "екс-"; len(low) > len(p) && string(low[:len(p)]) == p {
		return roleWords[string(low[len(p):])]
	}
	if p := "екс"; len(low) >= len(p) && string(low[:len(p)]) == p && roleWords[string(low[len(p):])] {
		return true
	}
	return roleWords[string(low)]
}

// roles adds the role phrases the entity tagger did not mark to the
// person they stand for ("Лідер Казахстану привітав …" is a mention of
// Токаєв), as RoleAt resolves them for the stages after.
func (r *Result) roles(a *vistka.Analysis) {
	spans := a.Spans
	added := false
	for s := range a.Sentences {
		toks := a.Sentences[s].Tokens
		for i := range toks {
			t := &toks[i]
			// A subject as the stages after read one: a singular in the
			// nominative, not a title before a name the tagger missed
			// (король Нідерландів Віллем-Олександр).
			if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, ":p:") || !isRoleWord(lemmaOf(t)) && !rankWord(t) ||
				!strings.Contains(t.Tag, "v_naz") && !objectRole(toks, i) {
				continue
			}
			// Spans are in text order: skip those that end before t.
			for len(spans) > 0 && spans[0].End <= t.RStart {
				spans = spans[1:]
			}
			if len(spans) > 0 && spans[0].Start <= t.RStart {
				continue // a span of its own: a title, or inside a name
			}
			sp := vistka.Span{Start: t.RStart, End: t.REnd, Type: "JOB", Text: t.Text, Lemma: lemmaOf(t)}
			ro, ok := r.rolePhrase(a, pending{sp, s})
			if !ok {
				continue
			}
			if ro.to < len(toks) && toks[ro.to].Kind == vistka.Word && scan.IsUpper(firstRune(toks[ro.to].Text)) {
				r.untaggedTitle(a, ro, toks[ro.to].RStart)
				continue
			}
			if ro.to+1 < len(toks) && toks[ro.to].Text == "," && len(spans) > 0 && spans[0].Type == "JOB" && spans[0].Start == toks[ro.to+1].RStart {
				// "Віцепрем'єр-міністр, міністр закордонних справ
				// Польщі Радослав Сікорський": the first of two titles
				// of one name, the tagger's span on the second only, is
				// a title of the name after the second, no one's named
				// before
				if next, ok := r.rolePhrase(a, pending{spans[0], s}); ok && next.start == spans[0].Start {
					if p := r.nameAfter(a, next); p >= 0 && !ro.plural {
						if e := &r.Entities[p]; !slices.Contains(e.Titles, ro.title) {
							e.Titles = append(e.Titles, ro.title)
						}
						r.associate(a, p, ro)
					}
				}
				continue
			}
			if q := r.apposedTo(a, ro); q >= 0 {
				// "Олексій Кулеба, нині віцепрем'єр-міністр з відновлення
				// України, …": a title the tagger left out, in apposition
				if e := &r.Entities[q]; !slices.Contains(e.Titles, ro.title) {
					e.Titles = append(e.Titles, ro.title)
				}
				r.associate(a, q, ro)
				continue
			}
			p := r.resolveRole(ro)
			if cut, ok := withoutNegatedObject(a, ro); p < 0 && ok {
				if p = r.resolveRole(cut); p >= 0 {
					ro = cut
				}
			}
			if cut, ok := toKindNoun(a, ro); p < 0 && ok {
				if p = r.resolveRole(cut); p >= 0 {
					ro = cut
				}
			}
			if p < 0 {
				p = r.leaderSpeaking(a, ro)
			}
			if p >= 0 && !slices.ContainsFunc(r.Entities[p].Mentions, func(m vistka.Mention) bool { return m.Start == ro.start }) {
				text := string(r.text[ro.start:ro.end])
				r.addMention(p, s, vistka.Mention{Start: ro.start, End: ro.end, Text: text, Lemma: ro.title, Kind: "title"})
				added = true
			}
		}
	}
	if added {
		r.sortMentions()
	}
}

// untaggedTitle gives role phrase ro, which the entity tagger did not
// mark, as a title to the person whose name opens right after it at code
// point at, in the phrase's case: "Міністр … і мер Житомира Сергій
// Сухомлин", "лежить на міністрові енергетики Вікторові Шевчуку".
func (r *Result) untaggedTitle(a *vistka.Analysis, ro role, at int) {
	p := r.nameStartingAt(at)
	if p < 0 || ro.plural || notTitles[ro.headLemma] || !r.blank(ro.end, at) || !r.caseAgrees(a, ro, at) && !r.datLocPair(a, ro, at) {
		return
	}
	if e := &r.Entities[p]; !slices.Contains(e.Titles, ro.title) {
		e.Titles = append(e.Titles, ro.title)
	}
	r.associate(a, p, ro)
}

// datLocPair reports whether the head of role phrase ro and the word at
// code point at are a dative and a locative, in either order: a man's
// -ові is both, and the tagger may read the title one way and the name
// the other (на міністрові енергетики Вікторові Шевчуку).
func (r *Result) datLocPair(a *vistka.Analysis, ro role, at int) bool {
	toks := a.Sentences[ro.sent].Tokens
	k := sort.Search(len(toks), func(k int) bool { return toks[k].REnd > at })
	h := slices.IndexFunc(toks[ro.from:ro.to], func(t vistka.Token) bool { return strings.HasPrefix(t.Tag, "noun") })
	if k >= len(toks) || h < 0 {
		return false
	}
	x, y := caseOf(toks[ro.from+h].Tag), caseOf(toks[k].Tag)
	return x == "v_dav" && y == "v_mis" || x == "v_mis" && y == "v_dav"
}

// leaderSpeaking resolves a role phrase for one who leads a body the
// phrase names by a common noun ("очільник комісії", "очільника
// академії"), where a story names again whom it has just quoted or
// named as the subject, to that person, when a title of theirs opens
// with a word for one who leads and holds the body the phrase names
// (leadsTail): "Голова НКРЕКП Юрій Власенко пояснив … «…», – сказав
// очільник комісії", "… повідомив президент НАН Анатолій Загородній. За
// словами очільника академії, …". The places are the cue after words
// quoted that open their sentence (the speaker the subject of the
// sentence before them), and "За словами" or "На думку" opening the
// sentence, or the phrase opening it in the nominative before its verb
// (the subject of the sentence before). It returns -1 otherwise, and
// when another person whose title fits as well is named between that
// person and the phrase.
//
// A role phrase of any other head after the cue is the speaker's too when
// the speaker has no title or one with that head: "Дорошенко написав у
// телеграмі. «…», – наголосив міністр", "Водночас він відкинув … "…", -
// зазначив німецький міністр" (the pronoun's man, no one else's title
// naming Німеччина).
func (r *Result) leaderSpeaking(a *vistka.Analysis, ro role) int {
	if ro.plural || ro.former {
		return -1
	}
	toks := a.Sentences[ro.sent].Tokens
	head := slices.IndexFunc(toks[ro.from:ro.to], func(t vistka.Token) bool { return strings.HasPrefix(t.Tag, "noun") })
	if head < 0 {
		return -1
	}
	head += ro.from
	g := vtag.Gender(toks[head].Tag)
	if g != 'm' && g != 'f' {
		return -1
	}
	tail := toks[head+1 : ro.to]
	adjBody := len(ro.tailLemmas) == 0 && head > ro.from &&
		(leaderWords[ro.headLemma] || headKin[ro.headLemma] || ro.headLemma == "лідер" || ro.headLemma == "лідерка")
	if adjBody {
		// the adjectives name the body as a tail would: "За словами
		// профспілкового лідера" after "голову первинної профспілкової
		// організації шахти Миколу Ткачука"
		tail = toks[ro.from:head]
	}
	fits := func(t string) bool {
		w := scan.Fields(t)
		switch {
		case len(w) == 0:
			return false
		case generic(ro.tailLemmas):
			return stateHeads[scan.ToLower(w[0])] // глава держави
		case government(ro):
			return governmentHeads[scan.ToLower(w[0])]
		}
		return slices.ContainsFunc(w[:min(len(w), 2)], func(w string) bool { w = scan.ToLower(w); return leaderWords[w] || headKin[w] }) &&
			leadsTail(w, tail)
	}
	leader := len(ro.tailLemmas) > 0 && (leaderWords[ro.headLemma] || headKin[ro.headLemma]) || adjBody
	p := -1
	switch {
	case ro.from >= 3 && cueWord(&toks[ro.from-1]) && dash(toks[ro.from-2].Text):
		k := ro.from - 3
		if toks[k].Text == "," && k > 0 {
			k--
		}
		if !closingMark(toks[k].Text) {
			return -1
		}
		open := r.quoteOpening(toks[k].RStart)
		qs := a.SentenceAt(max(open, 0))
		if open < 0 || qs < 0 || a.Sentences[qs].Tokens[0].RStart != open {
			return -1
		}
		p = r.speakerBefore(open, qs, g)
		if p >= 0 && !leader && len(ro.tailLemmas) == 0 && r.countryFits(toks, ro.from, head, p) && !r.otherGender(ro, p) {
			want := append([]string{ro.headLemma, roleSynonyms[ro.headLemma]}, kindsOf(ro.headLemma)...)
			bare := func(t string) bool { return titleHas(scan.ToLower(t), want) || headsMinistry(ro.headLemma, t) }
			if (len(r.Entities[p].Titles) == 0 || slices.ContainsFunc(r.Entities[p].Titles, bare)) && !r.rivalBetween(p, ro.start, bare) {
				return p
			}
		}
	case !leader && r.officialOpening(ro):
		return r.officialSubject(ro)
	case !leader:
		return -1
	case ro.from == 2 && (scan.EqualFold(toks[0].Text, "за") && scan.EqualFold(toks[1].Text, "словами") ||
		scan.EqualFold(toks[0].Text, "на") && scan.EqualFold(toks[1].Text, "думку")) && ro.to < len(toks) && toks[ro.to].Text == ",",
		ro.from == 0 && ro.to < len(toks) && vtag.Has(toks[head].Tag, "v_naz") && strings.HasPrefix(toks[ro.to].Tag, "verb") && !strings.Contains(toks[ro.to].Tag, "inf"):
		if p = r.previousSubject(ro.start, ro.sent, g); p < 0 {
			p = r.speakerBefore(ro.start, ro.sent, g)
		}
		if p < 0 && ro.from == 2 {
			p = r.citedBefore(ro.sent, g)
		}
	}
	if !leader || p < 0 || r.otherGender(ro, p) || !slices.ContainsFunc(r.Entities[p].Titles, fits) || r.rivalBetween(p, ro.start, fits) {
		return -1
	}
	return p
}

// acronymIn reports whether the lower-cased words of a title hold the
// lower-cased acronym a: as a word, or spelled by the initials of words
// in a row, the У of України left out too ("Голова НБУ" is the голова
// Національного банку: a body of Ukraine's is called without the
// country in titles).
func acronymIn(a string, title []string) bool {
	if slices.Contains(title, a) {
		return true
	}
	lt := strings.Join(title, " ")
	short, ok := strings.CutSuffix(a, "у")
	return initialsHold(lt, a) || ok && utf8.RuneCountInString(short) >= 2 && initialsHold(lt, short)
}

// rivalBetween reports whether a person other than p with a title that
// fits is named between p's last mention before code point pos and pos:
// "Міністр економіки Олег Петренко зустрівся з міністром фінансів Польщі
// Яном Ковальським. «…», — наголосив міністр" leaves the minister open.
func (r *Result) rivalBetween(p, pos int, fits func(title string) bool) bool {
	rival := false
	r.idx.before(pos, func(m mref) bool {
		if m.ent == p {
			return false
		}
		if e := &r.Entities[m.ent]; e.Type == "PERS" && slices.ContainsFunc(e.Titles, fits) {
			rival = true
			return false
		}
		return true
	})
	return rival
}

// leadsTail reports whether the words of a title hold the body a role
// phrase's tail names, each word of the tail in turn: by the stem of its
// lemma ("обласної служби" in "… ДСНС у Дніпропетровській області" by
// облас-), an acronym of the tail as a word of the title or spelled by
// the initials of its words (acronymIn), or the initial of a
// word of the tail inside an acronym of the title, the words so read in
// the acronym's order ("комісії" in "голова НКРЕКП", "обласної поліції"
// not in "керівник САП"). "Голова Шяуляйського повіту" is not the
// начальник Чернігівської ОВА, "очільник області" not the міський голова
// Полтави.
func leadsTail(title []string, tail []vistka.Token) bool {
	lower := make([]string, len(title))
	for k, w := range title {
		lower[k] = scan.ToLower(w)
	}
	var acronym []rune // the title's acronym the words left are read in
	at := 0
	for k := range tail {
		t := &tail[k]
		if t.Kind != vistka.Word {
			continue
		}
		if isAcronym(t.Text) {
			if !acronymIn(scan.ToLower(t.Text), lower) {
				return false
			}
			continue
		}
		l := scan.ToLower(lemmaOf(t))
		n := min(utf8.RuneCountInString(l)-2, 5)
		if slices.Contains(lower, l) || n >= 3 && slices.ContainsFunc(lower, func(w string) bool { return sameStart(w, l, n) }) {
			continue
		}
		if acronym == nil {
			i := slices.IndexFunc(title, isAcronym)
			if i < 0 {
				return false
			}
			acronym = []rune(title[i])
		}
		i := slices.Index(acronym[at:], unicode.ToUpper(firstRune(l)))
		if i < 0 {
			return false
		}
		at += i + 1
	}
	return true
}

// apposedTo returns the person whose apposition role phrase ro, in the
// nominative, is: after the name and a comma (or a comma and нині), and
// closed by a comma, a dash or the sentence's end. It returns -1
// otherwise, or for a title in the plural.
func (r *Result) apposedTo(a *vistka.Analysis, ro role) int {
	toks := a.Sentences[ro.sent].Tokens
	if ro.plural || !vtag.Has(toks[ro.from].Tag, "v_naz") {
		return -1
	}
	if ro.to < len(toks) {
		switch toks[ro.to].Text {
		case ",", "–", "—", ".", ";":
		default:
			return -1
		}
		if ro.to+1 < len(toks) && strings.Contains(toks[ro.to+1].Tag, "rel") {
			return -1 // the subject of a clause that goes on: "голова ради, який очолює комісію, підписав"
		}
	}
	p := -1
	r.idx.overlapping(ro.start-16, ro.start, func(m mref) bool {
		if r.Entities[m.ent].Type == "PERS" && m.end <= ro.start && appositionLink(r.between(m.end, ro.start)) && r.nameMention(m) && r.nominative(m) {
			p = m.ent
		}
		return true
	})
	if p >= 0 && opensWithCue(toks) {
		return -1 // "Як повідомив Іван Петренко, голова ради …": the sentence's own subject
	}
	return p
}

// opensWithCue reports whether a sentence opens with як and a verb of
// speech, a parenthesis after which the sentence's subject comes.
func opensWithCue(toks []vistka.Token) bool {
	return len(toks) > 2 && scan.EqualFold(toks[0].Text, "як") && strings.HasPrefix(toks[1].Tag, "verb")
}

// objectRole reports whether toks[i], a role word in another case than
// the nominative, is the object of the verb or the preposition right
// before it ("подякував патріархові", "зустрівся з міністром") or the
// genitive owner of a thing ("за словами мера", "рішення глави
// держави"), not a genitive that completes a word for a person (заступник
// голови) or names a post (обов'язки міністра). Adjectives of its case
// may come between: "за словами профспілкового лідера".
func objectRole(toks []vistka.Token, i int) bool {
	if vtag.Case(toks[i].Tag) == "" {
		return false
	}
	k := i - 1
	for k > 0 && strings.HasPrefix(toks[k].Tag, "adj") && !strings.Contains(toks[k].Tag, "pron") && sameCase(toks[k].Tag, toks[i].Tag) {
		k--
	}
	if k < 0 || k == 0 && strings.HasPrefix(toks[0].Tag, "adj") {
		// the object fronted before its verb, the sentence opening
		// with it: "Прем'єрці передали список", "Новому міністрові
		// поставили запитання", "Консула не пустили до в'язниці",
		// "Голову громади підтримали депутати"
		if !vtag.Has(toks[i].Tag, "v_dav") && !vtag.Has(toks[i].Tag, "v_zna") {
			return false
		}
		v := i + 1
		for v < len(toks) && v <= i+4 && vtag.Has(toks[v].Tag, "v_rod") && (strings.HasPrefix(toks[v].Tag, "noun") || strings.HasPrefix(toks[v].Tag, "adj")) {
			v++ // the role's genitive: "Голову громади підтримали"
		}
		if v < len(toks) && scan.EqualFold(toks[v].Text, "не") {
			v++
		}
		return v < len(toks) && strings.HasPrefix(toks[v].Tag, "verb")
	}
	prev := toks[k].Tag
	return strings.HasPrefix(prev, "verb") || strings.HasPrefix(prev, "prep") ||
		strings.HasPrefix(prev, "noun:inanim") && strings.Contains(toks[i].Tag, "v_rod") && !postNouns[scan.ToLower(lemmaOf(&toks[k]))]
}

// rankWord reports whether the noun t is a military rank, which a story
// calls a named officer by as it does a post ("Генерал Петро Коваль …
// Колеги привітали генерала"). A lemma is lower-cased only when it opens
// with a capital, so that most nouns cost no copy.
func rankWord(t *vistka.Token) bool {
	if strings.Contains(t.Tag, ":prop") {
		return false // (a name, whose lemma opens with a capital)
	}
	if ner.MilitaryRank(t.Lemma) {
		return true
	}
	return scan.IsUpper(firstRune(t.Lemma)) && ner.MilitaryRank(scan.ToLower(t.Lemma))
}

// postNouns are the lemmas of nouns whose genitive role word names the
// post, not the person who holds it: обов'язки міністра, посада мера.
var postNouns = map[string]bool{
	"обов'язок": true, "посада": true, "пост": true, "кандидатура": true, "крісло": true, "вакансія": true,
	"повноваження": true, "призначення": true,
}

func firstRune(s string) rune {
	c, _ := utf8.DecodeRuneInString(s)
	return c
}

// RoleAt resolves a role phrase the entity tagger did not mark, whose head
// noun is token i of sentence s ("Лідер Казахстану привітав …"), to a
// person named earlier. It returns the entity id or "".
func (r *Result) RoleAt(a *vistka.Analysis, s, i int) string {
	if s < 0 || s >= len(a.Sentences) || i < 0 || i >= len(a.Sentences[s].Tokens) {
		return ""
	}
	t := &a.Sentences[s].Tokens[i]
	if !isRoleWord(lemmaOf(t)) {
		return ""
	}
	sp := vistka.Span{Start: t.RStart, End: t.REnd, Type: "JOB", Text: t.Text, Lemma: lemmaOf(t)}
	ro, ok := r.rolePhrase(a, pending{sp, s})
	if !ok {
		return ""
	}
	if p := r.resolveRole(ro); p >= 0 {
		return ID(p)
	}
	return ""
}

// PlaceOf is CountryOf over the places whose name ok accepts: the town
// of Костянтинівська МВА is Костянтинівка, not Костянтинівський
// напрямок.
func (r *Result) PlaceOf(lemma string, ok func(name string) bool) string {
	if i := r.placeOf(lemma, ok); i >= 0 {
		return ID(i)
	}
	return ""
}

// feminine gives the feminine nominative of an adjective's lemma:
// український → українська, останній → остання.
func feminine(adj string) string {
	switch {
	case strings.HasSuffix(adj, "ий"):
		return strings.TrimSuffix(adj, "ий") + "а"
	case strings.HasSuffix(adj, "ій"):
		return strings.TrimSuffix(adj, "ій") + "я"
	}
	return adj
}

// appointVerbs are the lemmas of the verbs that make someone what a
// title in the instrumental after the name says: призначити Івана
// Петренка заступником міністра, Петренка обрано головою, Петренко став
// директором.
var appointVerbs = map[string]bool{
	"призначити": true, "призначати": true, "обрати": true, "обирати": true, "переобрати": true,
	"затвердити": true, "стати": true, "ставати": true, "назначити": true,
}

// appointedTo returns the person a title in the instrumental is given to
// by a verb of appointing in its sentence, named right before it, past
// the verb itself or a dash standing for it: "призначив Віктора Гуменюка
// заступником міністра енергетики, а Ірину Савчук – заступницею міністра
// фінансів", "Петренка призначено головою", "Коваль стала директоркою";
// or -1. A title after a preposition (з міністром) is no one's here.
func (r *Result) appointedTo(a *vistka.Analysis, ro role) int {
	toks := a.Sentences[ro.sent].Tokens
	if ro.plural || ro.from < 1 || ro.from >= len(toks) || !vtag.Has(toks[ro.from].Tag, "v_oru") {
		return -1
	}
	k := ro.from - 1
	if dash(toks[k].Text) || appointVerb(&toks[k]) {
		k--
	}
	if k < 0 || !appointedTitle(a, ro) {
		return -1
	}
	return r.nameEndingAt(toks[k].REnd)
}

// copulaAdverbs are the adverbs that may stand between a name and the
// copula of a title in a predicate: "Петренко також є членом ради".
var copulaAdverbs = map[string]bool{"також": true, "нині": true, "зараз": true, "тепер": true, "досі": true,
	"вже": true, "ще": true, "одночасно": true, "сьогодні": true, "фактично": true, "офіційно": true, "теж": true}

// relativeWho are the relative pronouns of a person a clause after the
// name opens with.
var relativeWho = map[string]bool{"який": true, "яка": true, "котрий": true, "котра": true}

// isNow reports whether t is є, the present of бути.
func isNow(t *vistka.Token) bool { return scan.ToLower(t.Text) == "є" }

// copula reports whether t is є, був or була, the present or past of
// бути that ties a name to a title in the instrumental.
func copula(t *vistka.Token) bool {
	switch scan.ToLower(t.Text) {
	case "є", "був", "була":
		return true
	}
	return false
}

// predicateHolder returns the person a singular title in the
// instrumental is said of by the present copula є, or -1: the name in
// the nominative right before it, past an adverb ("Іван Петренко також
// є депутатом міськради", "Гуменюку, який є депутатом облради"), or,
// the title opening its clause, the name in the nominative right after
// it past a phrase of time ("Директором фірми з 2019 року є Сергій
// Бондар", "Головою правління є Іван Коваль, головою наглядової ради –
// Ніна Савчук", the dash standing for є in the second). The past був,
// була tells a post once held, which a title (no tense) would give as
// held now; a plural title (засновниками фірми є …) and a title after a
// preposition are no one's here.
func (r *Result) predicateHolder(a *vistka.Analysis, ro role) int {
	toks := a.Sentences[ro.sent].Tokens
	if ro.plural || ro.from >= len(toks) || ro.to > len(toks) || !vtag.Has(toks[ro.from].Tag, "v_oru") || vtag.Has(toks[ro.from].Tag, "v_naz") {
		return -1
	}
	if k := ro.from - 1; k >= 1 {
		k = pastCopulaAdverbs(toks, k, 1)
		if isNow(&toks[k]) {
			if k == 0 {
				return -1 // "Є також депутатом міськради": no name before є
			}
			k = pastCopulaAdverbs(toks, k-1, 1)
			if relativeWho[scan.ToLower(toks[k].Text)] && k >= 2 && toks[k-1].Text == "," {
				// "Віктору Гуменюку, який був депутатом облради"
				return r.nameEndingAt(toks[k-2].REnd)
			}
			if p := r.nameEndingAt(toks[k].REnd); p >= 0 && r.nominativeEndingAt(a, ro.sent, k) {
				return p
			}
			return -1
		}
	}
	if !clauseOpening(toks, ro.from) {
		return -1
	}
	for v := ro.to; v < len(toks) && v < ro.to+6; v++ {
		t := &toks[v]
		if dash(t.Text) && v == ro.to && ro.from > 0 && (toks[ro.from-1].Text == "," || scan.EqualFold(toks[ro.from-1].Text, "а")) {
			return r.nominativeAfter(a, ro.sent, t.REnd)
		}
		if isNow(t) {
			return r.nominativeAfter(a, ro.sent, t.REnd)
		}
		if t.Kind != vistka.Word && t.Kind != vistka.Number || strings.HasPrefix(t.Tag, "verb") {
			return -1
		}
	}
	return -1
}

// clauseOpening reports whether token k opens its sentence or a clause
// after a comma or а.
func clauseOpening(toks []vistka.Token, k int) bool {
	if k == 0 {
		return true
	}
	p := scan.ToLower(toks[k-1].Text)
	return p == "," || p == "а" || p == "«" && k == 1
}

// nominativeAfter returns the person whose name starts right after code
// point end, in the nominative, or -1.
func (r *Result) nominativeAfter(a *vistka.Analysis, s, end int) int {
	p, at := r.personRightAfter(end)
	if p < 0 {
		return -1
	}
	for _, t := range a.Sentences[s].Tokens {
		if t.RStart == at {
			if vtag.Has(t.Tag, "v_naz") || strings.Contains(t.Tag, ":nv") {
				return p
			}
			return -1
		}
	}
	return -1
}

// nominativeEndingAt reports whether the name whose last token is toks[k]
// of sentence s is in the nominative (or does not decline): the subject
// of the copula, not "Кобринчук разом з Чорнухою також був депутатом".
func (r *Result) nominativeEndingAt(a *vistka.Analysis, s, k int) bool {
	t := &a.Sentences[s].Tokens[k]
	return vtag.Has(t.Tag, "v_naz") || strings.Contains(t.Tag, ":nv")
}

// ownerPronouns are the pronouns a predicate's title names its body by
// ("керівником якої є", "їх засновником"), which the title leaves out.
var ownerPronouns = map[string]bool{"якої": true, "якого": true, "яких": true, "котрої": true, "котрого": true,
	"котрих": true, "їх": true, "їхній": true, "його": true, "її": true}

// withoutPronouns returns title t without the pronouns that stand for
// its body: "керівник якої" → "керівник", "їх засновник" → "засновник".
func withoutPronouns(t string) string {
	w := strings.Fields(t)
	w = slices.DeleteFunc(w, func(x string) bool { return ownerPronouns[scan.ToLower(x)] })
	return strings.Join(w, " ")
}
