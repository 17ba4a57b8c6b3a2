package entity

import (
	"slices"
	"strings"
	"unicode"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// epithets are the common nouns a story calls someone it has named by
// after their words: "«…», – зазначив посадовець", "– …, – каже фермер".
var epithets = map[string]bool{
	"посадовець": true, "посадовиця": true, "чиновник": true, "чиновниця": true, "фермер": true, "фермерка": true,
	"аграрій": true, "аграрійка": true, "підприємець": true, "підприємиця": true, "науковець": true, "науковиця": true,
	"лікар": true, "лікарка": true, "експерт": true, "експертка": true, "економіст": true, "економістка": true,
	"аналітик": true, "аналітикиня": true, "юрист": true, "юристка": true, "активіст": true, "активістка": true,
	"волонтер": true, "волонтерка": true, "військовий": true, "військова": true, "ветеран": true, "ветеранка": true,
	"співрозмовник": true, "співрозмовниця": true, "мешканець": true, "мешканка": true, "пенсіонер": true,
	"пенсіонерка": true, "вчитель": true, "вчителька": true, "учитель": true, "учителька": true, "очевидець": true,
	"очевидиця": true, "спортсмен": true, "спортсменка": true, "тренер": true, "тренерка": true, "політик": true,
	"правозахисник": true, "правозахисниця": true, "адвокат": true, "адвокатка": true, "студент": true,
	"студентка": true, "письменник": true, "письменниця": true, "митець": true, "мисткиня": true, "художник": true,
	"художниця": true, "жінка": true, "чоловік": true, "бізнесмен": true, "бізнесменка": true, "депутат": true,
	"депутатка": true, "освітянин": true, "освітянка": true, "медик": true, "медикиня": true,
	"рятувальник": true, "рятувальниця": true, "дослідник": true, "дослідниця": true, "біженець": true, "біженка": true,
	// occupations and callings a story names someone by after the name
	// ("Офіцер додав", "За словами декана", "– сказав функціонер")
	"офіцер": true, "прикордонник": true, "прикордонниця": true, "декан": true, "деканка": true,
	"топменеджер": true, "топменеджерка": true, "функціонер": true, "функціонерка": true, "фінансист": true,
	"фінансистка": true, "режисер": true, "режисерка": true, "захисник": true, "захисниця": true,
	"обвинувач": true, "обвинувачка": true, "владика": true,
}

// epithetSpeakers takes a common noun of epithets right after the cue
// that follows someone's words ("«…», – зазначив посадовець", "– …, –
// каже фермер") for the one person of its gender named in the sentence
// the words open in or the two before it: a story names whom it quotes
// before it calls them by what they are. The noun must be a nominative
// in the singular, after a verb after a dash after the closing mark or
// the comma of the words, and no name may follow it.
func (r *Result) epithetSpeakers(a *vistka.Analysis) {
	for s := range a.Sentences {
		toks := a.Sentences[s].Tokens
		for i := 3; i < len(toks); i++ {
			t := &toks[i]
			if !epithets[scan.ToLower(t.Lemma)] || !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") ||
				!strings.Contains(t.Tag, "v_naz") || vtag.Gender(t.Tag) == 'p' || r.At(t.RStart, t.REnd) != "" {
				continue
			}
			if !strings.HasPrefix(toks[i-1].Tag, "verb") || !dash(toks[i-2].Text) ||
				i+1 < len(toks) && (unicode.IsUpper(firstRune(toks[i+1].Text)) || r.At(toks[i+1].RStart, toks[i+1].REnd) != "") {
				continue // "– сказав адвокат Олег Кузьмич": the title of the name after it
			}
			open, k := -1, i-3
			if toks[k].Text == "," && k > 0 && closingMark(toks[k-1].Text) {
				k-- // "«…», – зазначив посадовець"
			}
			switch {
			case closingMark(toks[k].Text):
				open = r.quoteOpening(toks[k].RStart)
			case toks[k].Text == ",":
				open = r.dialogueOpening(toks[k].RStart)
			}
			if open < 0 {
				continue
			}
			g := vtag.Gender(t.Tag)
			if g != 'm' && g != 'f' {
				continue
			}
			qs := a.SentenceAt(open)
			if qs < 0 {
				continue
			}
			p := r.epithetHolder(t.RStart, scan.ToLower(t.Lemma), g)
			if p < 0 {
				p = r.onlyPerson(open, qs, g)
			}
			if p == -2 && a.Sentences[qs].Tokens[0].RStart == open {
				// others named in the sentences before words that open
				// their sentence: the subject of the sentence right
				// before them ("Фермер Віктор Гуцол розповів, що … «…»,
				// – сказав аграрій")
				p = r.speakerBefore(open, qs, g)
			}
			if p >= 0 {
				r.addMention(p, s, vistka.Mention{Start: t.RStart, End: t.REnd, Text: t.Text, Lemma: scan.ToLower(t.Lemma), Kind: "title"})
			}
		}
		if i, ok := openingEpithet(toks); ok && r.At(toks[i].RStart, toks[i].REnd) == "" {
			t := &toks[i]
			g := vtag.Gender(t.Tag)
			p := r.epithetHolder(t.RStart, scan.ToLower(t.Lemma), g)
			if p < 0 {
				p = r.previousSubject(t.RStart, s, g)
			}
			if p < 0 {
				p = r.speakerBefore(t.RStart, s, g)
			}
			if p >= 0 {
				r.addMention(p, s, vistka.Mention{Start: t.RStart, End: t.REnd, Text: t.Text, Lemma: scan.ToLower(t.Lemma), Kind: "title"})
			}
		}
	}
	r.sortMentions()
}

// openingEpithet returns the common noun of epithets that opens a
// sentence as the subject of its verb, with no name after it ("Офіцер
// додав, що …", "Співрозмовник агентства додав"), or whose words "За
// словами" open it ("За словами декана, …"): a story calls the one it
// has just named by what they are. Чоловік and жінка, which name anyone
// ("Чоловік перебуває під вартою" after his lawyer's words), are not
// taken, nor the words roles reads against the kinds of title they cover
// (roleKinds: a посадовець is no company director).
func openingEpithet(toks []vistka.Token) (int, bool) {
	if len(toks) < 4 {
		return 0, false
	}
	i, want := 0, "v_naz"
	if scan.EqualFold(toks[0].Text, "за") && scan.EqualFold(toks[1].Text, "словами") {
		i, want = 2, "v_rod"
	}
	t := &toks[i]
	if l := scan.ToLower(t.Lemma); !epithets[l] || l == "чоловік" || l == "жінка" || roleKinds[l] != nil || !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, want) ||
		strings.Contains(t.Tag, ":p:") || i == 0 && !unicode.IsUpper(firstRune(t.Text)) {
		return 0, false
	}
	next := i + 1
	if i == 0 && strings.HasPrefix(toks[next].Tag, "noun:inanim") && strings.Contains(toks[next].Tag, "v_rod") {
		next++ // "Співрозмовник агентства додав"
	}
	if i == 0 && !(strings.HasPrefix(toks[next].Tag, "verb") && !strings.Contains(toks[next].Tag, "inf")) ||
		i > 0 && toks[next].Text != "," {
		return 0, false
	}
	return i, true
}

// epithetKin are, for an epithet, the heads of the titles it calls their
// holders by: the prosecutor is the обвинувач of a trial, the lawyer the
// захисник, a bishop the владика.
var epithetKin = map[string][]string{
	"обвинувач": {"прокурор"}, "обвинувачка": {"прокурорка"},
	"захисник": {"адвокат"}, "захисниця": {"адвокатка"},
	"владика": {"митрополит", "архієпископ", "єпископ", "патріарх"},
}

// epithetHolder returns the person of gender g named last before pos
// whose title has the epithet's word or a head it stands for ("Головний
// тренер … Сергій Ребров … – сказав тренер", "Прокурор Андрій Синюк …
// За словами обвинувача"), or -1.
func (r *Result) epithetHolder(pos int, lemma string, g byte) int {
	found := -1
	want := append([]string{lemma}, epithetKin[lemma]...)
	r.idx.before(pos, func(m mref) bool {
		e := &r.Entities[m.ent]
		if e.Type != "PERS" || r.Gender[m.ent] != g && r.Gender[m.ent] != 0 ||
			!slices.ContainsFunc(e.Titles, func(t string) bool { return titleHas(scan.ToLower(t), want) }) {
			return true
		}
		found = m.ent
		return false
	})
	return found
}

// closingMark reports whether w is a mark that closes quoted words.
func closingMark(w string) bool { return w == "»" || w == "”" || w == "\"" || w == "“" }

// quoteOpening returns where the quotation closed at code point end
// opens, within its paragraph, or -1.
func (r *Result) quoteOpening(end int) int {
	closing := r.text[end]
	for k := end - 1; k >= 0; k-- {
		switch c := r.text[k]; {
		case c == '\n' && (k == 0 || r.text[k-1] == '\n'):
			return -1 // (a quote may run over paragraphs only with marks of its own)
		case closing == '»' && c == '«', closing == '”' && (c == '“' || c == '„'), closing == '“' && c == '„', closing == '"' && c == '"':
			return k
		}
	}
	return -1
}

// dialogueOpening returns where the paragraph of a reply set off by a
// dash (– Ми посіяли …, – каже фермер) opens, the dash, or -1 when the
// paragraph does not open with one.
func (r *Result) dialogueOpening(comma int) int {
	k := comma
	for k > 0 && r.text[k-1] != '\n' {
		k--
	}
	for k < comma && (r.text[k] == ' ' || r.text[k] == '\t') {
		k++
	}
	if k < comma && dash(string(r.text[k])) {
		return k
	}
	return -1
}
