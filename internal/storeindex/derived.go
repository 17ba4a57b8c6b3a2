package storeindex

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// derivedMark opens the norm of a derived key (derivedKeys) in the
// aliases a store keeps: such a key finds the entity for a document that
// calls it by that short name, but two derived keys never find each
// other — Державна прикордонна служба and Державна податкова служба
// both derive ДПС, and are not one body for it.
const derivedMark = "\x01"

// Alias is a name an entity goes by, as a store keeps it: normalised
// (the key it is found by) and as written. A key derived from the name
// (derivedKeys) has no Alias: it is no name the entity was seen with.
type Alias struct {
	Norm, Alias string
}

// Aliases returns what a store keeps of the names of a document's entity
// e: its name, its aliases, and the keys derived from its name. They are
// worked out once (linking and storing both read them), to be read only.
func Aliases(m *Memo, e *vistka.Entity) []Alias {
	n := m.namesOf(e)
	if n.aliases == nil {
		n.aliases = NonNil(aliases(m, e))
	}
	return n.aliases
}

// aliases works out Aliases.
func aliases(m *Memo, e *vistka.Entity) []Alias {
	var out []Alias
	add := func(norm, alias string) {
		if norm != "" && !slices.ContainsFunc(out, func(a Alias) bool { return a.Norm == norm }) {
			out = append(out, Alias{norm, alias})
		}
	}
	for _, a := range append([]string{EntityName(e)}, e.Aliases...) {
		add(m.Norm(a), trimSpace(a))
	}
	for _, k := range m.namesOf(e).derived {
		add(derivedMark+k, "")
	}
	return out
}

// derivedKeys are the normalised short names that the full name of a
// body or a place implies, by which another document may call it:
//
//   - the initials of its words, prepositions and conjunctions left out,
//     three or more: ЄБРР of Європейський банк реконструкції та розвитку,
//     НБУ of Національний банк України, США of Сполучені Штати Америки;
//   - the initials of the words before a tail of proper names, and the
//     tail: МЗС України of Міністерство закордонних справ України;
//   - the clipped compounds of Ukrainian usage, євро- and мін- joined to
//     the next word: Єврокомісія of Європейська комісія, Міноборони
//     України of Міністерство оборони України, Мінрозвитку of
//     Міністерство розвитку громад;
//   - the noun of a region for an oblast: Одещина of Одеська область.
//
// People and other types derive none.
func derivedKeys(e *vistka.Entity) []string {
	if e.Type != "ORG" && e.Type != "LOC" {
		return nil
	}
	words := scan.Fields(EntityName(e))
	if len(words) < 2 || !upperFirst(words[0]) || slices.ContainsFunc(words, func(w string) bool { return !isWordOfName(w) }) {
		return nil
	}
	// The tail: the words after the last one in lower case, when there
	// is one (України in Міністерство закордонних справ України).
	t := len(words)
	for i := len(words) - 1; i > 0; i-- {
		if !upperFirst(words[i]) {
			break
		}
		t = i
	}
	if t == 1 {
		t = len(words) // Європейський Союз: no lower-case word, no tail
	}
	head, tail := words[:t], words[t:]
	tailKey := ""
	if len(tail) > 0 {
		tailKey = " " + NormName(strings.Join(tail, " "))
	}
	var keys []string
	add := func(k string) {
		if k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	// Two letters are too few: ЄС is the Union, the party Європейська
	// солідарність and the court.
	if content := contentWords(head); len(content) >= 2 && !slices.ContainsFunc(content, isAcronymWord) {
		if len(content) >= 3 || tailKey != "" {
			add(initials(content) + tailKey)
		}
		if len(tail) > 0 && len(content)+len(tail) >= 3 && !slices.ContainsFunc(tail, isAcronymWord) {
			add(initials(append(content, tail...)))
		}
	}
	if e.Type == "LOC" {
		add(regionNoun(words))
	}
	first := scan.ToLower(head[0])
	if len(head) >= 2 && !isAcronymWord(head[1]) {
		next := NormName(head[1])
		switch {
		case strings.HasPrefix(first, "європейськ") && len(head) == 2:
			add("євро" + next + tailKey)
		case first == "міністерство":
			add("мін" + next + tailKey)
		}
	}
	return keys
}

// regionNoun returns the noun that names a region, normalised,
// for its name as an oblast: Одещина for Одеська область, Донеччина for
// Донецька область; "" for other names.
func regionNoun(words []string) string {
	if len(words) != 2 || NormName(words[1]) != "область" {
		return ""
	}
	adj := NormName(words[0])
	if stem, ok := strings.CutSuffix(adj, "цька"); ok && stem != "" {
		return stem + "ччина"
	}
	if stem, ok := strings.CutSuffix(adj, "ська"); ok && stem != "" {
		return stem + "щина"
	}
	return ""
}

// functionWords are the words an acronym leaves out.
var functionWords = []string{"з", "із", "зі", "та", "і", "й", "в", "у", "на", "до", "для", "по", "при", "щодо", "від"}

// contentWords returns the words of a name that make its acronym.
func contentWords(words []string) []string {
	var out []string
	for _, w := range words {
		if !slices.Contains(functionWords, scan.ToLower(w)) {
			out = append(out, w)
		}
	}
	return out
}

// initials returns the first letters of words, in lower case.
func initials(words []string) string {
	b := make([]byte, 0, 2*len(words))
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		b = utf8.AppendRune(b, scan.Lower(r))
	}
	return string(b)
}

// isWordOfName reports whether w is a word a derived key is made from:
// letters, with apostrophes and hyphens inside.
func isWordOfName(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case isLetter(r):
			n++
		case r == '-' || isApostrophe(r):
		default:
			return false
		}
	}
	return n > 0
}

// upperFirst reports whether w opens with a capital letter.
func upperFirst(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return scan.IsUpper(r)
}

// isAcronymWord reports whether w has two capitals or more (ЄС, ЗСУ,
// ПриватБанк): a word that is an acronym or holds one.
func isAcronymWord(w string) bool {
	n := 0
	for _, r := range w {
		if scan.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// lookupKeys are the keys that linking looks up for a document's entity:
// its own keys (matchKeys), its name among the keys stored derived from
// names, and the keys derived from its name (see byDerived).
func lookupKeys(m *Memo, e *vistka.Entity) []string {
	keys := matchKeys(m, e)
	if e.Type != "ORG" && e.Type != "LOC" {
		return keys
	}
	out := slices.Clone(keys)
	if norm := m.Norm(EntityName(e)); norm != "" {
		out = append(out, derivedMark+norm)
	}
	for _, k := range m.namesOf(e).derived {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// byDerived returns the entities that a document's entity e, named norm,
// may be by a derived key: those named by a key derived from e's name
// (ЄБРР stored, Європейський банк реконструкції та розвитку now), and
// those whose name derives e's name (the other way round). A short name
// links only to an entity called by it alone: two full names that derive
// one key (Київська and Костянтинівська міська військова адміністрація,
// both КМВА) are two bodies, whatever aliases they went by.
func byDerived(m *Memo, e *vistka.Entity, norm string) []Candidate {
	if e.Type != "ORG" && e.Type != "LOC" {
		return nil
	}
	var ids []int64
	for _, k := range m.namesOf(e).derived {
		for _, id := range m.alias[aliasKey{e.Type, k}] {
			if m.cand[id].Norm == k && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	for _, id := range m.alias[aliasKey{e.Type, derivedMark + norm}] {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return m.get(ids)
}
