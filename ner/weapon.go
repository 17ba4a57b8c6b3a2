package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// weapons turns on retypeWeapons; a variable for experiments.
var weapons = true

// retypeWeapons makes a weapon system, an aircraft or a drone named by its
// type a MISC, as news1 and news3 tag them after NER-UK's products (ART
// БУК-3 there is a respirator): Patriot, HIMARS, F-16, Mirage 2000, Storm
// Shadow, Х-101, «Кинджали», Іскандер-М. The model read them as ORG
// (Patriot, IRIS-T, Іскандер-М), PERS (Кинджал) or ART, or left them out.
// A span that is the name alone is retyped; a name outside every span is
// added. The names are those of weaponNames and weaponStems, and a type
// code of weaponCodes with its number (Су-34, МіГ-29, Ка-52, С-400);
// the road codes М-06, Н-31, Р-22, Т-04-03 are not among them.
func retypeWeapons(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i < len(toks); i++ {
		if !weaponLead(toks[i].Text) {
			continue // (most tokens: no call)
		}
		n := weaponAt(toks, i)
		if n == 0 {
			continue
		}
		start, stop := toks[i].RStart, toks[i+n-1].REnd
		k := from
		for k < len(spans) && spans[k].End <= start {
			k++
		}
		switch {
		case k < len(spans) && spans[k].Start == start && spans[k].End == stop:
			spans[k].Type = "MISC"
		case k < len(spans) && spans[k].Start < stop:
			// inside a longer span, or the span ends elsewhere: the model's
		default:
			spans = slices.Insert(spans, k, vistka.Span{Start: start, End: stop, Type: "MISC", Text: joinTokens(toks[i : i+n])})
		}
		i += n - 1
	}
	return spans
}

// weaponAt returns how many tokens from toks[i] name a weapon system, 0 for
// none: a listed name with a model number or a second word after it
// (Mirage 2000, Storm Shadow, Leopard 2A6), an inflected Russian missile
// or drone (Кинджали, Шахедами), or a type code with its number.
func weaponAt(toks []vistka.Token, i int) int {
	t := toks[i].Text
	if !startsUpper(t) {
		return 0 // every name, stem and code below starts with a capital
	}
	if !weaponLead(t) {
		return 0 // (most capitalised words: no look-ups)
	}
	if w, ok := weaponNames[t]; ok {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Text
		}
		switch {
		case w == "#" || w == "":
			if modelNumber(next) {
				return 2
			}
			if w == "#" {
				return 0 // a name only with its model number (Magura V7)
			}
		case next == w:
			return 2
		default:
			return 0 // Storm, Sea alone
		}
		return 1
	}
	if i > 0 && startsUpper(t) {
		for _, s := range weaponStems {
			if strings.HasPrefix(t, s) && len(t)-len(s) <= 6 && !strings.ContainsAny(t[len(s):], " -") {
				return 1
			}
			if rest, ok := strings.CutPrefix(t, s+"-"); ok && variantLetters(rest) {
				return 1 // a variant's letter: Іскандер-М, Іскандер-К
			}
		}
	}
	if code, num, ok := strings.Cut(t, "-"); ok && weaponCodes[code] && num != "" && startsDigit(num) && !strings.Contains(num, "-") {
		digits := len(num) - len(strings.TrimLeft(num, "0123456789"))
		if num[0] != '0' && ((code != "С" && code != "S") || digits == 3) && (code != "F" || digits >= 2) {
			return 1
		}
	}
	return 0
}

// variantLetters reports whether s is one or two capital letters, Cyrillic
// or Latin, as a missile's variant is named (М, К, МС).
func variantLetters(s string) bool {
	n := 0
	for _, c := range s {
		if !(c >= 'А' && c <= 'Я' || c == 'І' || c >= 'A' && c <= 'Z') {
			return false
		}
		n++
	}
	return n >= 1 && n <= 2
}

// modelNumber reports whether s reads as a model number after a name:
// 2000, V7, 2A6, M1.
func modelNumber(s string) bool {
	if s == "" || len(s) > 6 || strings.ContainsAny(s, ".,") {
		return false
	}
	digit := false
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return digit
}

// weaponNames are the Latin names of weapon systems, each with the word
// that may follow it as part of the name ("" for a model number, "#" for
// a name that is one only with its model number, Magura V7).
var weaponNames = map[string]string{
	"Patriot": "", "HIMARS": "", "NASAMS": "", "IRIS-T": "", "ATACMS": "", "SCALP": "", "SCALP-EG": "", "Storm": "Shadow",
	"Javelin": "", "Stinger": "", "NLAW": "", "Bayraktar": "", "Abrams": "", "Bradley": "", "Leopard": "", "Marder": "",
	"Gepard": "", "Caesar": "", "Krab": "", "PzH": "", "M777": "", "M142": "", "M270": "", "MLRS": "", "Hawk": "",
	"Crotale": "", "Aspide": "", "Mirage": "", "Gripen": "", "Tomahawk": "", "Harpoon": "", "Shahed": "", "Lancet": "",
	"Magura": "#", "Sea": "Baby", "F-16": "", "F-35": "", "F-15": "", "F-18": "", "SAMP/T": "", "Iskander": "",
}

// weaponStems begin the Ukrainian names of Russian and Iranian missiles
// and drones, capitalised in the middle of a sentence: Кинджалами,
// Шахедів, Іскандер-М, Калібрами.
var weaponStems = []string{"Кинджал", "Шахед", "Іскандер", "Калібр", "Ланцет", "Байрактар", "Орєшнік", "Орешнік", "Герань"}

// weaponLead reports whether t starts as a name of weaponNames, a stem of
// weaponStems or a code of weaponCodes with its hyphen does, by their
// first two bytes: a token weaponAt reads does.
func weaponLead(t string) bool {
	if len(t) < 2 {
		return false
	}
	k := uint16(t[0])<<8 | uint16(t[1])
	return weaponLeads[k>>6]&(1<<(k&63)) != 0
}

// weaponLeads holds the first two bytes of every name of weaponNames,
// stem of weaponStems and code of weaponCodes with its hyphen, one bit a
// pair: a token weaponAt reads starts with one of them.
var weaponLeads = func() *[1 << 10]uint64 {
	var b [1 << 10]uint64
	add := func(s string) {
		k := uint16(s[0])<<8 | uint16(s[1])
		b[k>>6] |= 1 << (k & 63)
	}
	for w := range weaponNames {
		add(w)
	}
	for _, w := range weaponStems {
		add(w)
	}
	for c := range weaponCodes {
		add(c + "-")
	}
	return &b
}()

// weaponCodes are the type codes of aircraft, helicopters, missiles,
// bombs and armour written before a number: Су-34, МіГ-29, Ту-95МС,
// Ка-52, Мі-8, Іл-76, Х-101, С-400 and S-300 (three digits), КАБ-500,
// БМП-2, БТР-82, F-16 in Latin (two digits at least: not F-1). А-95 is
// petrol, so А-50 is left out.
var weaponCodes = map[string]bool{
	"F": true, "Су": true, "МіГ": true, "Міг": true, "Ту": true, "Ка": true, "Мі": true, "Іл": true,
	"Х": true, "Kh": true, "С": true, "S": true, "КАБ": true, "ФАБ": true, "УМПК": true, "БМП": true, "БТР": true, "БМД": true,
}
