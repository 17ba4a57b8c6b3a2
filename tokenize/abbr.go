package tokenize

import (
	"unicode"
	"unicode/utf8"
)

//go:generate go run gen.go

// extraAbbr adds abbreviations VESUM lacks: Ukrainian ones common in news,
// and common Russian and English ones. Keys carry their dot; English ones
// match in this case only (or with the first letter upper-cased, as every
// entry does).
var extraAbbr = map[string]struct{}{
	// Ukrainian.
	"грн.": {}, "год.": {}, "хв.": {}, "сек.": {}, "смт.": {}, "гол.": {}, "імп.": {},
	"км.": {}, "кг.": {}, "см.": {}, "мм.": {}, "вид.": {}, "сер.": {}, "тт.": {},
	// Russian.
	"г.": {}, "гг.": {}, "ул.": {}, "тыс.": {}, "др.": {}, "им.": {}, "пер.": {},
	"стр.": {}, "изд.": {}, "зам.": {}, "нач.": {}, "ген.": {}, "пос.": {}, "дер.": {},
	"млрд.": {}, "руб.": {}, "гл.": {}, "напр.": {},
	// English.
	"Mr.": {}, "Mrs.": {}, "Ms.": {}, "Dr.": {}, "Prof.": {}, "St.": {}, "Jr.": {},
	"Sr.": {}, "vs.": {}, "etc.": {}, "Inc.": {}, "Ltd.": {}, "Co.": {}, "Corp.": {},
	"No.": {}, "Gen.": {}, "Sen.": {}, "Rep.": {}, "Gov.": {}, "Lt.": {}, "Sgt.": {},
	"Capt.": {}, "Jan.": {}, "Feb.": {}, "Aug.": {}, "Sept.": {}, "Oct.": {}, "Nov.": {},
	"Dec.": {}, "approx.": {}, "cf.": {}, "al.": {},
}

// chainAbbr lists dotted abbreviations written without spaces whose parts
// are single capital letters; they are Abbr, not a run of initials.
var chainAbbr = map[string]struct{}{
	"U.S.": {}, "U.K.": {}, "U.N.": {}, "U.S.A.": {}, "E.U.": {}, "P.S.": {},
}

// multiAbbr lists the two-part abbreviations written with a space, keyed by
// the first part: т. зв., т. д., т. п., т. ч., т. б., н. е., в. о., and the
// Russian т. е., т. к.
var multiAbbr = map[string][]string{
	"т.": {"зв.", "д.", "п.", "ч.", "б.", "е.", "к.", "ін."},
	"н.": {"е."},
	"в.": {"о."},
}

// finalAbbr lists the abbreviations that often end a sentence: before a
// capitalised word they end it. Others (ім., вул., м., проф., т. зв.) are
// followed by a name and never end a sentence except at a line end. Keys
// have no spaces: "т.д." stands for "т. д." as well.
var finalAbbr = map[string]struct{}{
	"тис.": {}, "млн.": {}, "млрд.": {}, "трлн.": {}, "грн.": {}, "коп.": {}, "дол.": {},
	"руб.": {}, "р.": {}, "рр.": {}, "ст.": {}, "стст.": {}, "ін.": {}, "інш.": {},
	"обл.": {}, "шт.": {}, "год.": {}, "хв.": {}, "сек.": {}, "км.": {}, "кг.": {},
	"см.": {}, "мм.": {}, "т.д.": {}, "т.п.": {}, "н.е.": {}, "т.ін.": {}, "тыс.": {},
	"др.": {}, "etc.": {}, "Inc.": {}, "Ltd.": {}, "Co.": {},
	"Corp.": {}, "al.": {},
}

// wordAbbr lists abbreviations whose letters are also a common word (рис –
// rice, мін – of mines, наук – of sciences, Макс – a name). Before a
// capitalised word or at a line end they are that word and a full stop.
var wordAbbr = map[string]struct{}{
	"рис.": {}, "мін.": {}, "кін.": {}, "куб.": {}, "мат.": {}, "кол.": {}, "пол.": {},
	"род.": {}, "дом.": {}, "губ.": {}, "макс.": {}, "наук.": {}, "ман.": {}, "мал.": {},
	"Ман.": {}, "No.": {}, "al.": {},
}

// abbrCanon maps every abbreviation of vesumAbbr and extraAbbr to itself,
// so that a look-up with a key built in a scratch buffer returns a string
// without allocating one.
var abbrCanon = func() map[string]string {
	m := make(map[string]string, len(vesumAbbr)+len(extraAbbr))
	for k := range vesumAbbr {
		m[k] = k
	}
	for k := range extraAbbr {
		m[k] = k
	}
	return m
}()

// abbrKey returns the table key under which withDot (a word and its dot)
// is listed: withDot itself, or the same with the first letter lower-cased
// (Вул. → вул.) when the rest of the word is lower case. buf is scratch
// space; ok is false when it is not an abbreviation.
func abbrKey(withDot string, buf *[64]byte) (key string, ok bool) {
	if k, ok := abbrCanon[withDot]; ok {
		return k, true
	}
	r, n := utf8.DecodeRuneInString(withDot)
	if !unicode.IsUpper(r) || len(withDot)+4 > len(buf) {
		return "", false
	}
	for _, c := range withDot[n:] {
		if unicode.IsUpper(c) {
			return "", false // ТОВ. is a word and a full stop, not тов.
		}
	}
	m := utf8.EncodeRune(buf[:], unicode.ToLower(r))
	m += copy(buf[m:], withDot[n:])
	k, ok := abbrCanon[string(buf[:m])]
	return k, ok
}

// isFinalAbbr reports whether the abbreviation text may end a sentence.
func isFinalAbbr(text string) bool {
	if _, ok := finalAbbr[text]; ok {
		return true
	}
	var buf [64]byte
	n := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == ' ' {
			continue
		}
		if c == 0xC2 && i+1 < len(text) && text[i+1] == 0xA0 { // NBSP
			i++
			continue
		}
		if n == len(buf) {
			return false
		}
		buf[n] = c
		n++
	}
	if n != len(text) {
		if _, ok := finalAbbr[string(buf[:n])]; ok {
			return true
		}
	}
	var kb [64]byte
	if key, ok := abbrKey(string(buf[:n]), &kb); ok {
		_, ok = finalAbbr[key]
		return ok
	}
	return false
}
