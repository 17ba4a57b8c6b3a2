package source

import (
	"strings"
	"unicode"
)

// lineEnds reports whether the line ends at j, past a full stop.
func (f *finder) lineEnds(j int) bool {
	if f.isSym(j, ".") {
		j++
	}
	return j >= len(f.toks) || f.tok(j).gap == gapNewline
}

// reprintOf reads a reprint's credit line, "За матеріалами «Української
// правди»", from "за" at i opening a line or after the word that says
// the text was prepared so ("Підготовлено за матеріалами агентства
// Reuters"): a Ukrainian outlet that names itself is credited with the
// report, as in a "Джерело: X" line (the publisher when no other outlet
// names itself); another outlet, or several ("За матеріалами: Reuters,
// The Guardian"), is cited. It returns the tokens read.
func (f *finder) reprintOf(i int) int {
	if i > 0 && f.tok(i).gap != gapNewline && !f.preparedAt(i-1) || f.word(i+1) != "матеріалами" {
		return 0
	}
	k := i + 2
	if f.isSym(k, ":") {
		k++
	}
	if t := f.tok(k); t.kind == word && !t.upper && descriptor(t.text) {
		k++ // "агентства Reuters": what the outlet is
	}
	type named struct {
		from, to int
		o        *outlet
		name     string // the outlet's name with its edition
	}
	var found []named
	for {
		if t := f.tok(k); t.kind == sym && isQuote(t.r) && t.gap != gapNewline {
			k++
		}
		var o *outlet
		n := 0
		name := ""
		if p, ok := f.outletOpening(k); ok {
			o, n, name = p.outlet, p.to-p.from, p.outlet.name
			if f.editionOf(k, k+n+1) == o {
				// "за матеріалами «Суспільне Тернопіль»": its edition
				name += " " + f.slice(k+n, k+n+1)
				n++
			}
		} else {
			// an outlet we do not know, by its Latin name: "The Guardian"
			for n < 3 && f.tok(k+n).kind == word && f.tok(k+n).latin && (n == 0 || f.tok(k+n).gap != gapNewline) {
				n++
			}
			if n == 0 || !latinTitle(f.slice(k, k+n)) {
				return 0
			}
		}
		found = append(found, named{k, k + n, o, name})
		k += n
		if t := f.tok(k); t.kind == sym && isQuote(t.r) && t.gap != gapNewline {
			k++
		}
		if f.lineEnds(k) {
			break
		}
		if !(f.isSym(k, ",") || f.word(k) == "та" || f.word(k) == "і") || f.tok(k).gap == gapNewline {
			return 0
		}
		k++
	}
	for _, c := range found {
		value := f.slice(c.from, c.to)
		if c.o != nil {
			value = c.name
		}
		if f.add(RoleVia, value, c.from, c.to) {
			f.cands[len(f.cands)-1].credited = c.o != nil && c.o.self
		}
	}
	return k - i
}

// preparedAt reports whether the word at j says a text was prepared
// from another's, opening its line alone or after one word: "Підготовлено
// за матеріалами …", "Новину підготовлено за матеріалами …".
func (f *finder) preparedAt(j int) bool {
	if t := f.tok(j); j < 0 || t.kind != word || !strings.HasPrefix(t.text, "підготовлен") {
		return false
	}
	return j == 0 || f.tok(j).gap == gapNewline || f.tok(j-1).kind == word && (j == 1 || f.tok(j-1).gap == gapNewline)
}

// byline reads a newspaper's byline, a line of its own with the author's
// first name, the surname in capitals and the paper in quotation marks:
// "Ярослава ГУМЕНЮК, «Галичина»". The paper is credited with the report,
// as in a "Джерело: X" line, known to the package or not. A surname in
// title case makes a byline only on the line that closes the text, with
// an outlet's name (see signedBy). It returns the tokens read.
func (f *finder) byline(i int) int {
	first, last := f.tok(i), f.tok(i+1)
	if i > 0 && first.gap != gapNewline || !personWord(f, i) || last.kind != word || last.gap == gapNewline {
		return 0
	}
	if !capitals(f.text[last.bs:last.be]) {
		// "Сергій Мельник, Голос Америки" closing the text
		return f.signedBy(i, i, true)
	}
	if !f.isSym(i+2, ",") || f.tok(i+3).kind != sym || f.tok(i+3).r != '«' || f.tok(i+3).gap == gapNewline {
		return 0
	}
	k := i + 4
	end := k
	for end < len(f.toks) && end-k < maxOutletWords && f.tok(end).kind == word && f.tok(end).gap != gapNewline {
		end++
	}
	if end == k || !f.tok(k).upper || f.tok(end).kind != sym || f.tok(end).r != '»' || !f.lineEnds(end+1) {
		return 0
	}
	name := f.slice(k, end)
	if o := f.outletAt(k, end); o != nil {
		name = o.name
	}
	if f.add(RoleVia, name, k, end) {
		f.cands[len(f.cands)-1].credited = true
	}
	return end + 1 - i
}

// capitals reports a word of three letters or more written in capitals,
// as a surname in a byline: ГУМЕНЮК.
func capitals(s string) bool {
	n := 0
	for _, r := range s {
		if r == '\'' || r == '’' || r == '-' {
			continue
		}
		if unicode.ToUpper(r) != r {
			return false
		}
		n++
	}
	return n >= 3
}

// selfOutletNamed reports whether an outlet that names itself stands at
// k, past a quotation mark: "«Економічній правді»".
func (f *finder) selfOutletNamed(k int) bool {
	if t := f.tok(k); t.kind == sym && isQuote(t.r) && t.gap != gapNewline {
		k++
	}
	for n := maxOutletWords; n >= 1; n-- {
		if o := f.outletAt(k, k+n); o != nil && o.self {
			return true
		}
	}
	return false
}

// authorLine reads an author's line of its own, "Автор: Олена Гребенюк,
// Економічна правда", from the word Автор (Авторка, Автори, Текст, or
// Переклад under a translation: "Переклад: Ірина Мельник, НВ") at i
// opening the line: the outlet after the author's name, one we know or one
// written as an outlet writes its name (in quotation marks, in Latin
// letters, as a web address), is credited with the report, as in a
// "Джерело: X" line; a city there ("Ірина Коваль, Київ") names none. It
// returns the tokens read.
func (f *finder) authorLine(i int) int {
	if i > 0 && f.tok(i).gap != gapNewline || !f.isSym(i+1, ":") {
		return 0
	}
	return f.signedBy(i, i+2, false)
}

// signedBy reads the author's name from k and the outlet after its
// comma to the end of the line, for a line opening at i (see
// authorLine); last asks that the line close the text but for credits,
// as a byline with no word before the name does ("Сергій Мельник, Голос
// Америки"). It returns the tokens read from i.
func (f *finder) signedBy(i, k int, last bool) int {
	n := 0
	for n < 3 && personWord(f, k+n) && (n == 0 || f.tok(k+n).gap != gapNewline) {
		n++
	}
	if n < 2 || !f.isSym(k+n, ",") && !f.isSym(k+n, "/") {
		return 0 // ("Текст: Ірина Мельник / Новинарня": a slash for the comma)
	}
	k += n + 1
	p, ok := f.name(k)
	if !ok || !f.lineEnds(p.next) || last && !f.closingLine(p.next) {
		return 0
	}
	return f.creditOwn(i, p)
}

// creditOwn credits p, the outlet named on a line of the outlet's own
// opening at i, with the report, as a "Джерело: X" line does: one that
// names itself, or one we do not know written as an outlet writes its
// name (in quotation marks, in Latin letters, as a web address, as a
// section's dotted brand: "Фокус.Технології"). It
// returns the tokens read from i to the name's end, or 0 for any other
// name.
func (f *finder) creditOwn(i int, p phrase) int {
	if p.outlet != nil && !p.outlet.self || p.outlet == nil && !f.quotedAt(p.from) && !latinTitle(p.value) && !siteName(p.value) && !dottedBrand(p.value) {
		return 0
	}
	if !f.addPhrase(RoleVia, p) {
		return 0
	}
	f.cands[len(f.cands)-1].credited = true
	return p.next - i
}

// houseLine reads a line or a sentence of the outlet's own house style
// that names it, at i opening it: "Підписуйтеся на Суспільне Ужгород у
// Telegram", "Передрук – з посиланням на «Молодий буковинець»" (or
// "При передруку посилання на «X» обов'язкове"), "Матеріал підготовлено
// редакцією «Новини Донбасу» …", "Це був дайджест «20 хвилин»": the
// outlet is credited with the report (see creditOwn). It returns the
// tokens read.
func (f *finder) houseLine(i int) int {
	if i > 0 && f.tok(i).gap != gapNewline && !f.isSym(i-1, ".!") {
		return 0 // (a line or a sentence of its own)
	}
	k := -1                      // where the outlet's name opens
	switch w := f.tok(i).text; { // (word gives none at a line's opening)
	case strings.HasPrefix(w, "підпису") || strings.HasPrefix(w, "підпиш"):
		if f.word(i+1) == "на" {
			k = i + 2 // "Підписуйтеся на X у Telegram"
			if h := heads[f.word(k)]; h == "канал" || h == "сторінка" || h == "сайт" {
				k++ // "Підписуйтеся на канал X у Telegram": where, then whose
			}
		}
	case w == "передрук" || w == "при" && f.word(i+1) == "передруку":
		// "Передрук – з посиланням на «X»", "При передруку посилання
		// на X обов'язкове": the name after the first "на" of the line
		for j := i + 1; j < i+8 && f.tok(j).gap != gapNewline; j++ {
			if f.word(j) == "на" && strings.HasPrefix(f.word(j-1), "посилан") {
				k = j + 1
				break
			}
		}
	case w == "матеріал" || w == "новину":
		// "Матеріал підготовлено редакцією «X» …"
		if strings.HasPrefix(f.word(i+1), "підготовл") && f.word(i+2) == "редакцією" {
			k = i + 3
		}
	case w == "це":
		if f.word(i+1) == "був" && f.word(i+2) == "дайджест" {
			k = i + 3 // "Це був дайджест «X»."
		} else if was := f.word(i + 1); was == "був" || was == "була" || was == "було" {
			return f.newsletterOf(i, i+2)
		}
	}
	if k < 0 {
		return 0
	}
	p, ok := f.name(k)
	if !ok || p.from != k && !f.quotedAt(p.from) {
		return 0
	}
	return f.creditOwn(i, p)
}

// newsletterOf reads the outlet a newsletter's closing sentence names
// after its quoted title, from k past "Це був" at i: "Це був «Ранковий
// брифінг» НВ." credits НВ with the report (see creditOwn); the title
// alone names no outlet. It returns the tokens read from i.
func (f *finder) newsletterOf(i, k int) int {
	if t := f.tok(k); t.kind != sym || !isQuote(t.r) {
		return 0
	}
	title, ok := f.quotedName(k)
	if !ok || f.tok(title.next).gap == gapNewline {
		return 0
	}
	return f.creditClosing(i, title.next)
}

// digestOf reads the outlet a digest's line names, at i, the word
// дайджесті after "у": "Що сталося за ніч — у дайджесті ЛІГА.net."
// credits the outlet with the report (see creditOwn). It returns the
// tokens read from i.
func (f *finder) digestOf(i int) int {
	if w := f.word(i - 1); w != "у" && w != "в" {
		return 0
	}
	return f.creditClosing(i, i+1)
}

// creditClosing credits the outlet named right at k, closing its sentence
// or its line, with the report (see creditOwn): newsletterOf's and
// digestOf's last words. It returns the tokens read from i, or 0.
func (f *finder) creditClosing(i, k int) int {
	p, ok := f.name(k)
	if !ok || p.from != k || !f.endsSentence(p.next) && !f.lineEnds(p.next) {
		return 0
	}
	return f.creditOwn(i, p)
}
