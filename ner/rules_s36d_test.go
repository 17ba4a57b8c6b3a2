package ner

import "testing"

// TestS36DWorldRegions checks that a region of the world or of a country
// named by adjectives and a noun is one LOC in any case and position,
// whatever the model made of its words, that its base form is the listed
// name, and that a span running past it, or a region's words in lower
// case or apart, are left alone.
func TestS36DWorldRegions(t *testing.T) {
	tags := map[string]string{
		"Латинська": "латинський/adj:f:v_naz", "Латинської": "латинський/adj:f:v_rod", "Америка": "Америка/noun:inanim:f:v_naz:prop:geo",
		"Америки": "Америка/noun:inanim:f:v_rod:prop:geo", "Західних": "західний/adj:p:v_mis", "Балканах": "Балкани/noun:inanim:p:v_mis:ns:prop:geo",
		"Західні": "західний/adj:p:v_naz", "Балкани": "Балкани/noun:inanim:p:v_naz:ns:prop:geo",
		"Близькому": "близький/adj:m:v_mis", "Сході": "схід/noun:inanim:m:v_mis", "Близького": "близький/adj:m:v_rod", "Сходу": "схід/noun:inanim:m:v_rod",
		"Південно-Східній": "південно-східний/adj:f:v_mis", "Азії": "Азія/noun:inanim:f:v_mis:prop:geo",
		"Середньої": "середній/adj:f:v_rod", "Центральної": "центральний/adj:f:v_rod",
		"Глобального": "глобальний/adj:m:v_rod", "Півдня": "південь/noun:inanim:m:v_rod",
		"Інститут": "інститут/noun:inanim:m:v_naz", "Старої": "старий/adj:f:v_rod", "Європи": "Європа/noun:inanim:f:v_rod:prop:geo", "латинська": "латинський/adj:f:v_naz",
	}
	runRuleCases(t, addWorldRegions, tags, []ruleCase{
		{"opening a sentence, the noun alone tagged", "Латинська [LOC Америка] стала ринком .", []string{"LOC Латинська Америка"}},
		{"the genitive, untagged", "країни Латинської Америки голосували", []string{"LOC Латинської Америки"}},
		{"the adjective read as a person", "[PERS Латинської] [LOC Америки] країни", []string{"LOC Латинської Америки"}},
		{"a plural in the locative", "На Західних [LOC Балканах] спокійно .", []string{"LOC Західних Балканах"}},
		{"a plural nominative opening", "Західні Балкани прагнуть до ЄС", []string{"LOC Західні Балкани"}},
		{"a common noun's lemma", "На Близькому Сході війна", []string{"LOC Близькому Сході"}},
		{"a hyphenated adjective", "У Південно-Східній Азії", []string{"LOC Південно-Східній Азії"}},
		{"a soft adjective", "країни Середньої Азії", []string{"LOC Середньої Азії"}},
		{"tagged whole already", "країни [LOC Центральної Азії]", []string{"LOC Центральної Азії"}},
		{"a noun that is no place alone", "країни Глобального Півдня", []string{"LOC Глобального Півдня"}},
		{"an ORG running past it stays", "[ORG Інститут Близького Сходу] провів", []string{"ORG Інститут Близького Сходу"}},
		{"lower case: no region", "латинська [LOC Америка]", []string{"LOC Америка"}},
		{"another adjective: no region", "Старої [LOC Європи] немає", []string{"LOC Європи"}},
	})
}

// TestS36DWorldRegionNames checks the base form of a region named by
// adjectives and a noun.
func TestS36DWorldRegionNames(t *testing.T) {
	tags := map[string]string{
		"Глобального": "глобальний/adj:m:v_rod", "Півдня": "південь/noun:inanim:m:v_rod",
		"Західних": "західний/adj:p:v_rod", "Балкан": "Балкани/noun:inanim:p:v_rod:ns:prop:geo",
		"Малої": "малий/adj:f:v_rod", "Азії": "Азія/noun:inanim:f:v_rod:prop:geo",
	}
	for _, tt := range []struct{ marked, want string }{
		{"країни Глобального Півдня", "Глобальний Південь"},
		{"країни Західних Балкан", "Західні Балкани"},
		{"міста Малої Азії", "Мала Азія"},
		{"міста Азії", ""},
	} {
		s, _ := taggedMarked(t, tt.marked, tags)
		got, _ := worldRegionName(s.Tokens[1:])
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.marked, got, tt.want)
		}
	}
}
