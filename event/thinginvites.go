package event

import "strings"

// The rules of this file were found reading the errors of the eighth
// press set (real local news and reportage).

// thingInvites reports whether the invitation verb at i has a thing for
// its subject, an inanimate common noun in the nominative right before it
// (past its adjectives) that names no one: "Невеликий сенсор запрошує
// кожного відвідувача оцінити …", "Табличка запрошує до крамниці". No
// one asks anything of anyone; a body ("Управління освіти запрошує
// батьків") or a name is left to the rules of REQUEST.
func (f *finder) thingInvites(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &f.toks[j]
		if strings.HasPrefix(t.Tag, "adj") || strings.HasPrefix(t.Tag, "adv") {
			continue
		}
		if !strings.HasPrefix(t.Tag, "noun") || !hasCase(t, "v_naz") {
			return false
		}
		return strings.Contains(t.Tag, ":inanim") && !strings.Contains(t.Tag, ":prop") && f.entityAt(j) == "" && !authorities[t.Lemma]
	}
	return false
}
