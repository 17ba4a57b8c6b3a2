package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// TestS36DGivenAfterDative checks that the one given to, a noun in the
// dative, does not run into the thing given after it when that noun's
// form is its nominative's too (проживання, обладнання).
func TestS36DGivenAfterDative(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"two things given", "Польський клуб «Уніа» безкоштовно надав українській команді проживання та харчування на весь час змагань.",
			[]string{"AID Польський клуб «Уніа» → українська команда"}},
		{"one thing given, a purpose after", "Агентство передасть українським атомним станціям обладнання для радіаційного моніторингу.",
			[]string{"AID Агентство → атомні станції [future]"}},
	}, time.Time{})
}

// TestS36DNamesInContext checks through the whole pipeline the names of
// session 36's helper d: a region named by an adjective and a noun
// opening a sentence, a body named by its kind and its field with its
// abbreviation (one entity), a name's span that ends before the things
// counted, and a foreign woman's name that does not decline after з and
// after a preposition.
func TestS36DNamesInContext(t *testing.T) {
	checkNames(t, []namesCase{
		{"a region by adjective and noun", "Латинська Америка стала новим ринком для українського зерна.", []string{"LOC:Латинська Америка"}, []string{"LOC:Америка"}},
		{"the region in the genitive opening", "Латинської Америки країни не підтримали резолюцію.", []string{"LOC:Латинська Америка"}, []string{"LOC:Америка"}},
		{"the Global South in the genitive opening", "Глобального Півдня країни голосували інакше.", []string{"LOC:Глобальний Південь"}, nil},
		{"two regions by adjective and noun", "Західні Балкани прагнуть до ЄС, а Близький Схід чекає миру.", []string{"LOC:Західні Балкани", "LOC:Близький Схід"}, []string{"LOC:Балкани"}},
		{"a body with its abbreviation", "Агентство з розшуку та менеджменту активів (АРМА) передало майно в управління.",
			[]string{"ORG:Агентство з розшуку та менеджменту активів"}, nil},
		{"the body in the dative", "Майно передали Агентству з розшуку та менеджменту активів.", []string{"ORG:Агентство з розшуку та менеджменту активів"}, []string{"ORG:Агентство"}},
		{"a hospital in the dative after the giver", "Фонд «Серце» передав Київській обласній лікарні 50 обігрівачів.", []string{"ORG:Київська обласна лікарня"}, nil},
		{"a foreign woman after з", "Сибіга зустрівся з Довіле Шакалєне у Вільнюсі.", []string{"PERS:Довіле Шакалєне"}, []string{"LOC:Довіле Шакалєне"}},
		{"a foreign woman after За словами", "За словами Довіле Шакалєне, допомога надійде.", []string{"PERS:Довіле Шакалєне"}, nil},
	})
	// the abbreviation in parentheses is the same entity as the name
	x := load(t).Extract("Агентство з розшуку та менеджменту активів (АРМА) передало майно. АРМА повідомило про це.", time.Time{})
	mentions := mentionsOf(t, x, "Агентство з розшуку та менеджменту активів")
	if slices.Index(mentions, "АРМА") < 0 {
		t.Errorf("АРМА: the name's mentions are %q, want АРМА among them; entities %+v", mentions, x.Entities)
	}
}

// TestS36DUndeclinedPartner checks that a foreign woman's name that does
// not decline, after з with no title, is the partner met or talked to.
func TestS36DUndeclinedPartner(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"met", "Андрій Сибіга зустрівся з Довіле Шакалєне у Вільнюсі.", []string{"CONSULT/meet Андрій Сибіга → Довіле Шакалєне @Вільнюс"}},
		{"talked", "Міністр оборони Денис Шмигаль поговорив з Ауріне Норкене телефоном.", []string{"CONSULT/phone Денис Шмигаль → Ауріне Норкене"}},
	}, time.Time{})
}

// TestS36DFirstFieldLinked checks that a body named again by the first of
// its fields is one entity with its full name.
func TestS36DFirstFieldLinked(t *testing.T) {
	p := load(t)
	x := p.Extract("Служба відновлення та розвитку інфраструктури оголосила тендер на ремонт мосту. Служба відновлення заявила, що роботи завершать до зими.", time.Time{})
	var orgs []string
	for _, e := range x.Entities {
		if e.Type == "ORG" {
			orgs = append(orgs, e.Name)
		}
	}
	if len(orgs) != 1 || orgs[0] != "Служба відновлення та розвитку інфраструктури" {
		t.Errorf("ORG entities %q, want one, Служба відновлення та розвитку інфраструктури", orgs)
	}
}
