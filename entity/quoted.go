package entity

import (
	"slices"
	"strings"
	"unicode"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// QuotedNames names each body and place written with its kind or legal
// form before a name in guillemets by the quoted part, as the press calls
// it: Альфа of ТОВ «Альфа», Незламні of Центр протезування «Незламні»,
// Компанія Федорченко of ТОВ «БВК «Компанія Федорченко»». The name as
// written stays among the entity's aliases.
//
// It runs once the other stages are done: they read a firm's legal form
// from its name (ТОВ «Альфа» is a firm, the subject of a contract).
func QuotedNames(ents []vistka.Entity) {
	for i := range ents {
		e := &ents[i]
		if e.Type != "ORG" && e.Type != "LOC" {
			continue
		}
		inner, ok := quotedPart(e.Name)
		if !ok {
			continue
		}
		if !slices.Contains(e.Aliases, e.Name) {
			e.Aliases = append(e.Aliases, e.Name)
		}
		e.Aliases = slices.DeleteFunc(e.Aliases, func(a string) bool { return a == inner })
		e.Name = inner
	}
}

// quotedPart returns the name in guillemets at the end of name after the
// words of its kind (ТОВ, Благодійний фонд, Донецький), the innermost
// one of nested quotation marks, and whether name is so written. The
// words before it hold no conjunction or comma (two bodies run together,
// Greyfield Ventures та український «Дніпро Венчурс», are not one).
func quotedPart(name string) (string, bool) {
	if !strings.HasSuffix(name, "»") {
		return "", false // (most names, told by their last bytes)
	}
	open := strings.Index(name, "«")
	if open <= 0 {
		return "", false
	}
	kind := strings.TrimSpace(name[:open])
	if kind == "" || strings.ContainsAny(kind, ",;:") || hasGuillemet(kind) {
		return "", false
	}
	words := strings.Fields(kind)
	for k, w := range words {
		if low := scan.ToLower(w); w == "та" || w == "і" || w == "й" || partWords[low] || formationWord(low) && !formationRank(low, words[k+1:]) {
			return "", false
		}
	}
	if c := strings.Index(name, "»"); strings.TrimRight(name[c:], "» ") != "" {
		return "", false // «Слобожанщина» та «Ярославівна»: two names
	}
	last := strings.LastIndex(name, "«")
	inner := strings.TrimSpace(strings.TrimRight(name[last+len("«"):], "» "))
	if inner == "" || !strings.ContainsFunc(inner, unicode.IsLetter) {
		return "", false
	}
	if first, _, _ := strings.Cut(scan.ToLower(inner), " "); strings.HasSuffix(first, "ого") || strings.HasSuffix(first, "ої") {
		// Західна філія «Українського державного центру …»,
		// Літній кубок «Вільного життя»: a genitive names the body
		// the thing belongs to, not the thing
		return "", false
	}
	return inner, true
}

// partWords are the nouns of a branch of a body (Західна філія
// «Укрзалізниці»): the quoted name after them is the whole body's.
var partWords = map[string]bool{"філія": true, "філії": true, "відділення": true, "представництво": true, "підрозділ": true}

// formationWord reports whether low, a lower-cased word of the kind
// before a quoted name, names a military formation (Угруповання військ
// «Схід», 47-ма окрема механізована бригада «Магура», Оперативне
// командування «Південь»): the formation's kind and number are its name, as the Armed
// Forces write it, with no legal form or kind of firm to drop, and the
// quoted name alone is an honorific the formation shares with others.
func formationWord(low string) bool {
	for _, stem := range formationStems {
		if strings.HasPrefix(low, stem) {
			return true
		}
	}
	return regimentForms[low]
}

// formationRank reports whether low, a word formationWord takes, names a rank
// or a trade instead, the words after it being rest: бригадир, and
// бригадний before генерал (Фонд бригадного генерала «Сокіл» is named
// Сокіл, as Фонд полковника «Сокіл» is).
func formationRank(low string, rest []string) bool {
	if strings.HasPrefix(low, "бригадир") {
		return true
	}
	return strings.HasPrefix(low, "бригадн") && len(rest) > 0 && strings.HasPrefix(scan.ToLower(rest[0]), "генерал")
}

// formationStems are the stems of the nouns for military formations.
var formationStems = []string{"угруповання", "командуванн", "бригад", "батальйон", "дивізі", "корпус"}

// regimentForms are the forms of полк, listed whole: its stem opens
// полковник too, and a colonel is no formation (Фонд полковника «Сокіл»
// is named Сокіл, as Центр протезування «Незламні» is Незламні).
var regimentForms = map[string]bool{"полк": true, "полку": true, "полкові": true, "полком": true, "полки": true,
	"полків": true, "полкам": true, "полками": true, "полках": true}
