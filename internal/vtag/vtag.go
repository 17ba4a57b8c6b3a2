// Package vtag reads the fields of VESUM morphological tags, the tags of
// the text core: noun:anim:m:v_naz:prop:fname is a masculine animate
// proper noun (a first name) in the nominative. Fields are separated by
// colons; their order is VESUM's.
package vtag

import "strings"

// Case returns the case field of tag (v_naz, v_rod, v_dav, v_zna, v_oru,
// v_mis, v_kly), or "" when it has none.
func Case(tag string) string {
	if i := strings.Index(tag, "v_"); i >= 0 && i+5 <= len(tag) {
		return tag[i : i+5]
	}
	return ""
}

// Has reports whether tag has the field f.
func Has(tag, f string) bool {
	for tag != "" {
		var x string
		x, tag, _ = strings.Cut(tag, ":")
		if x == f {
			return true
		}
	}
	return false
}

// Gender returns the first of the fields m, f, n (the genders) and p
// (plural) in tag, or 0 when it has none.
func Gender(tag string) byte {
	for tag != "" {
		var x string
		x, tag, _ = strings.Cut(tag, ":")
		if len(x) == 1 && (x == "m" || x == "f" || x == "n" || x == "p") {
			return x[0]
		}
	}
	return 0
}

// PersonGender returns 'm' or 'f' for a tag of that gender, the genders a
// person's name or a pronoun for one has, or 0.
func PersonGender(tag string) byte {
	switch {
	case Has(tag, "m"):
		return 'm'
	case Has(tag, "f"):
		return 'f'
	}
	return 0
}
