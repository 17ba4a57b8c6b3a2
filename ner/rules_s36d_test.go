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

// TestS36DFieldOrgs checks that a body named by its kind and its field,
// after з or as an action's noun, is one ORG in any case and position,
// with the model's pieces inside it given way and its abbreviation in
// parentheses an ORG too; and that a phrase of time after з, a title's
// field, a town before the kind and a lower-case kind alone are left.
func TestS36DFieldOrgs(t *testing.T) {
	tags := map[string]string{
		"Агентство": "агентство/noun:inanim:n:v_naz", "Агентству": "агентство/noun:inanim:n:v_dav", "агентство": "агентство/noun:inanim:n:v_naz",
		"з": "з/prep", "розшуку": "розшук/noun:inanim:m:v_rod", "та": "та/conj:coord", "менеджменту": "менеджмент/noun:inanim:m:v_rod",
		"активів": "актив/noun:inanim:p:v_rod", "Національна": "національний/adj:f:v_naz", "комісія": "комісія/noun:inanim:f:v_naz",
		"Комісія": "комісія/noun:inanim:f:v_naz", "цінних": "цінний/adj:p:v_rod", "паперів": "папір/noun:inanim:p:v_rod",
		"фондового": "фондовий/adj:m:v_rod", "ринку": "ринок/noun:inanim:m:v_rod", "Державна": "державний/adj:f:v_naz",
		"служба": "служба/noun:inanim:f:v_naz", "України": "Україна/noun:inanim:f:v_rod:prop:geo", "питань": "питання/noun:inanim:p:v_rod",
		"праці": "праця/noun:inanim:f:v_rod", "Фонд": "фонд/noun:inanim:m:v_naz", "гарантування": "гарантування/noun:inanim:n:v_rod",
		"вкладів": "вклад/noun:inanim:p:v_rod", "фізичних": "фізичний/adj:p:v_rod", "осіб": "особа/noun:anim:p:v_rod",
		"Державне": "державний/adj:n:v_naz", "управління": "управління/noun:inanim:n:v_rod", "зоною": "зона/noun:inanim:f:v_oru",
		"відчуження": "відчуження/noun:inanim:n:v_rod", "початку": "початок/noun:inanim:m:v_rod", "року": "рік/noun:inanim:m:v_rod",
		"березня": "березень/noun:inanim:m:v_rod", "Уповноважений": "уповноважений/adj:m:v_naz:adjp:pasv:perf",
		"Верховної": "верховний/adj:f:v_rod", "Ради": "рада/noun:inanim:f:v_rod", "прав": "право/noun:inanim:p:v_rod",
		"людини": "людина/noun:anim:f:v_rod", "Кам'янське": "Кам'янське/adj:n:v_naz", "контролю": "контроль/noun:inanim:m:v_rod",
		"передали": "передати/verb:perf:past:p", "оштрафувала": "оштрафувати/verb:perf:past:f", "почав": "почати/verb:perf:past:m",
		"м": "м/noun:inanim:n:v_naz:abbr", "закупівель": "закупівля/noun:inanim:p:v_rod", "Служби": "служба/noun:inanim:f:v_rod",
		"відновлення": "відновлення/noun:inanim:n:v_rod",
	}
	runRuleCases(t, addFieldOrgs, tags, []ruleCase{
		{"opening a sentence, with its abbreviation", "Агентство з розшуку та менеджменту активів ( АРМА ) передало майно .",
			[]string{"ORG Агентство з розшуку та менеджменту активів", "ORG АРМА"}},
		{"the head alone tagged", "Майно передали [ORG Агентству] з розшуку та менеджменту активів .",
			[]string{"ORG Агентству з розшуку та менеджменту активів"}},
		{"an adjective and two fields", "Національна комісія з цінних паперів та фондового ринку ( НКЦПФР ) оштрафувала банк",
			[]string{"ORG Національна комісія з цінних паперів та фондового ринку", "ORG НКЦПФР"}},
		{"a country between", "Державна служба [LOC України] з питань праці оштрафувала",
			[]string{"ORG Державна служба України з питань праці"}},
		{"an action's noun, no з", "Фонд гарантування вкладів фізичних осіб почав виплати",
			[]string{"ORG Фонд гарантування вкладів фізичних осіб"}},
		{"a managed thing in the instrumental", "[ORG Державне агентство] з управління зоною відчуження повідомило",
			[]string{"ORG Державне агентство з управління зоною відчуження"}},
		{"an abbreviation that does not fit", "Агентство з розшуку та менеджменту активів ( НБУ ) передало",
			[]string{"ORG Агентство з розшуку та менеджменту активів"}},
		{"a phrase of time", "Комісія з початку року розглянула скарги", nil},
		{"a month", "Агентство з березня працює", nil},
		{"a title's field", "Уповноважений [ORG Верховної Ради] з прав людини заявив", []string{"ORG Верховної Ради"}},
		{"a noun's genitive", "27 закупівель Служби відновлення та розвитку", nil},
		{"a town before the kind", "м . [LOC Кам'янське] управління з контролю", []string{"LOC Кам'янське"}},
		{"lower case", "агентство з розшуку активів", nil},
	})
}

// TestS36DCountedTails checks that a name's span ends before a number and
// the things it counts, after a common or a proper noun, and that a number
// in a name is left in it.
func TestS36DCountedTails(t *testing.T) {
	tags := map[string]string{
		"Київській": "київський/adj:f:v_dav", "обласній": "обласний/adj:f:v_dav", "лікарні": "лікарня/noun:inanim:f:v_dav",
		"50": "50/number", "обігрівачів": "обігрівач/noun:inanim:p:v_rod", "Міністерству": "міністерство/noun:inanim:n:v_dav",
		"охорони": "охорона/noun:inanim:f:v_rod", "здоров'я": "здоров'я/noun:inanim:n:v_rod", "України": "Україна/noun:inanim:f:v_rod:prop:geo",
		"20": "20/number", "автомобілів": "автомобіль/noun:inanim:p:v_rod", "3": "3/number", "автомобілі": "автомобіль/noun:inanim:p:v_zna",
		"ліцею": "ліцей/noun:inanim:m:v_dav", "142": "142/number", "міста": "місто/noun:inanim:n:v_rod", "Києва": "Київ/noun:inanim:m:v_rod:prop:geo",
		"93": "93/number", "бригада": "бригада/noun:inanim:f:v_naz", "№": "№/symb", "5": "5/number", "школі": "школа/noun:inanim:f:v_dav",
		"передав": "передати/verb:perf:past:m",
	}
	runRuleCases(t, cutCountedTails, tags, []ruleCase{
		{"a common noun before the number", "Фонд передав [ORG Київській обласній лікарні 50 обігрівачів] .", []string{"ORG Київській обласній лікарні"}},
		{"a country before the number", "передав [ORG Міністерству охорони здоров'я України 20 автомобілів] .", []string{"ORG Міністерству охорони здоров'я України"}},
		{"a nominative plural", "передав [ORG Київській обласній лікарні 3 автомобілі] .", []string{"ORG Київській обласній лікарні"}},
		{"a school's number, a town after", "передав [ORG ліцею 142 міста Києва]", []string{"ORG ліцею 142 міста Києва"}},
		{"a number before the noun", "[ORG 93 бригада] відбила", []string{"ORG 93 бригада"}},
		{"a number after №", "передав [ORG школі № 5]", []string{"ORG школі № 5"}},
	})
}

// TestS36DForeignWomen checks that two capitalised words ending in е, є,
// о or і that the gazetteer knows as no place are a person, not the place
// the tagger read, and that places and a place's preposition stay.
func TestS36DForeignWomen(t *testing.T) {
	tags := map[string]string{
		"Довіле": "довілий/adj:n:v_zna:adjp:actv:perf", "Шакалєне": "Шакалєне/noun:inanim:n:v_naz:prop:geo",
		"Ауріне": "Аурін/adj:n:v_naz", "Норкене": "Норкене/noun:inanim:n:v_naz:prop:geo", "з": "з/prep", "у": "у/prep",
		"Біле": "Біле/noun:inanim:n:v_naz:prop:geo", "Озеро": "озеро/noun:inanim:n:v_naz",
	}
	runRuleCases(t, retypeForeignWomen, tags, []ruleCase{
		{"after з", "зустрівся з [LOC Довіле Шакалєне] у Вільнюсі", []string{"PERS Довіле Шакалєне"}},
		{"opening a sentence", "[LOC Ауріне Норкене] заявила", []string{"PERS Ауріне Норкене"}},
		{"a known place", "[LOC Біле Озеро] замерзло", []string{"LOC Біле Озеро"}},
		{"after a place's preposition", "у [LOC Довіле Шакалєне]", []string{"LOC Довіле Шакалєне"}},
		{"one word", "з [LOC Шакалєне]", []string{"LOC Шакалєне"}},
	})
}

// TestS36DIndeclinableNames checks which names of people are given as
// written: foreign ones that do not decline, not inflected forms of
// names the gazetteer knows, nor a man's name in the dative.
func TestS36DIndeclinableNames(t *testing.T) {
	for _, tt := range []struct {
		marked string
		want   bool
	}{
		{"з Довіле Шакалєне", true},
		{"з Юріко Коіке", true},
		{"За словами Ауріне Норкене", true},
		{"подякував Петрові Кухарчукові", false},
		{"подякував Ганні Мельничук", false},
		{"з Шакалєне", false},
	} {
		s, _ := taggedMarked(t, tt.marked, nil)
		from := 1
		if s.Tokens[0].Text == "За" {
			from = 2
		}
		if got := indeclinableName(s.Tokens, from, len(s.Tokens)); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.marked, got, tt.want)
		}
	}
}

// TestS36DConjoinedBodies checks that an ORG span ends before і or та and
// a lower-case noun of a kind of body in the name's case, a second body,
// and that a field joined so stays in the name.
func TestS36DConjoinedBodies(t *testing.T) {
	tags := map[string]string{
		"Український": "український/adj:m:v_naz", "інститут": "інститут/noun:inanim:m:v_naz", "і": "і/conj:coord", "та": "та/conj:coord",
		"фонд": "фонд/noun:inanim:m:v_naz", "фонду": "фонд/noun:inanim:m:v_dav", "Міністерство": "міністерство/noun:inanim:n:v_naz",
		"освіти": "освіта/noun:inanim:f:v_rod", "науки": "наука/noun:inanim:f:v_rod", "Національному": "національний/adj:m:v_dav",
		"музею": "музей/noun:inanim:m:v_dav", "Інститут": "інститут/noun:inanim:m:v_naz", "історії": "історія/noun:inanim:f:v_rod",
		"банку": "банк/noun:inanim:m:v_rod",
	}
	runRuleCases(t, cutConjoinedBodies, tags, []ruleCase{
		{"a second body", "[ORG Український інститут і фонд] домовилися", []string{"ORG Український інститут"}},
		{"in the dative", "подякував [ORG Національному музею та фонду]", []string{"ORG Національному музею"}},
		{"a field", "[ORG Міністерство освіти і науки] оголосило", []string{"ORG Міністерство освіти і науки"}},
		{"a body's noun in another case", "[ORG Інститут історії та банку] провів", []string{"ORG Інститут історії та банку"}},
	})
}
