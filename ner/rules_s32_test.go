package ner

import (
	"testing"

	"github.com/vistka/vistka"
)

func TestJoinBodyTails(t *testing.T) {
	tags := map[string]string{
		"Офісу": "офіс/noun:inanim:m:v_rod", "Офіс": "офіс/noun:inanim:m:v_naz", "Генерального": "генеральний/adj:m:v_rod",
		"прокурора": "прокурор/noun:anim:m:v_rod", "ТЦК": "ТЦК/noun:inanim:m:v_mis:nv:abbr", "СП": "СП/noun:inanim:m:v_mis:nv:abbr",
		"Київському": "київський/adj:m:v_mis", "та": "та/conj:coord", "і": "і/conj:coord", "офісу": "офіс/noun:inanim:m:v_rod",
	}
	runRuleCases(t, joinBodyTails, tags, []ruleCase{
		{"the office cut before прокурора", "Повідомила пресслужба [ORG Офісу Генерального] [JOB прокурора] .", []string{"ORG Офісу Генерального прокурора"}},
		{"the office untagged", "Офіс Генерального прокурора повідомив .", []string{"ORG Офіс Генерального прокурора"}},
		{"a centre's name extended over та СП", "У [ORG Київському ТЦК] та [PERS СП] заявили .", []string{"ORG Київському ТЦК та СП"}},
		{"the acronym alone", "Представники [ORG ТЦК] і СП прибули .", []string{"ORG ТЦК і СП"}},
		{"a span cut through is left", "У [ORG ТЦК та СП Києва] заявили .", []string{"ORG ТЦК та СП Києва"}},
		{"a lower-case office is no body", "До офісу Генерального прокурора .", nil},
	})
}

func TestPlacesNotSurnames(t *testing.T) {
	tests := []struct {
		name  string
		spans []vistka.Span
		want  []string
	}{
		{"the capital twice as a subject",
			[]vistka.Span{{Type: "PERS", Text: "Вашингтон", Lemma: "Вашингтон"}, {Type: "PERS", Text: "Вашингтон", Lemma: "Вашингтон"}},
			[]string{"LOC", "LOC"}},
		{"a man named in full keeps his surname",
			[]vistka.Span{{Type: "PERS", Text: "Джордж Вашингтон", Lemma: "Джордж Вашингтон"}, {Type: "PERS", Text: "Вашингтона", Lemma: "Вашингтон"}},
			[]string{"PERS", "PERS"}},
		{"another town that is a surname stays a person",
			[]vistka.Span{{Type: "PERS", Text: "Михайлов", Lemma: "Михайлов"}},
			[]string{"PERS"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			placesNotSurnames(tt.spans)
			for i, s := range tt.spans {
				if s.Type != tt.want[i] {
					t.Errorf("span %d %q: %s, want %s", i, s.Text, s.Type, tt.want[i])
				}
			}
		})
	}
}

// TestS33LeadingPerson checks that a person's name in the instrumental
// opening an organisation's span, with a lower-case object after it, is
// cut off: обговорив із Зеленським безпеку Запорізької АЕС.
func TestS33LeadingPerson(t *testing.T) {
	tags := map[string]string{
		"Зеленським": "Зеленський/noun:anim:m:v_oru:prop:lname", "Вадефулем": "Вадефуль/noun:anim:m:v_oru:prop:lname",
		"Володимиром": "Володимир/noun:anim:m:v_oru:prop:fname",
		"безпеку":     "безпека/noun:inanim:f:v_zna", "безпеки": "безпека/noun:inanim:f:v_rod",
		"Запорізької": "запорізький/adj:f:v_rod", "АЕС": "АЕС/noun:inanim:f:v_rod:nv:abbr",
	}
	runRuleCases(t, splitLeadingPerson, tags, []ruleCase{
		{"a surname", "обговорив із [ORG Зеленським безпеку Запорізької АЕС]", []string{"PERS Зеленським", "ORG Запорізької АЕС"}},
		{"a full name", "обговорив з [ORG Володимиром Зеленським безпеку Запорізької АЕС]", []string{"PERS Володимиром Зеленським", "ORG Запорізької АЕС"}},
		{"a genitive noun goes on a name", "[ORG Вадефулем безпеки Запорізької АЕС]", []string{"ORG Вадефулем безпеки Запорізької АЕС"}},
		{"nothing capitalised after the noun", "з [ORG Вадефулем безпеку]", []string{"ORG Вадефулем безпеку"}},
	})
}

// TestS33TitledSurnames checks that a surname the model read as a place
// right after a person's title in the same case is the person, but not
// after an office over a place.
func TestS33TitledSurnames(t *testing.T) {
	tags := map[string]string{
		"президента": "президент/noun:anim:m:v_rod", "Зеленського": "Зеленський/noun:anim:m:v_rod:prop:lname",
		"мера": "мер/noun:anim:m:v_rod", "Староконстянтинова": "Староконстянтинов/noun:anim:m:v_rod:prop:lname",
		"Києва": "Київ/noun:inanim:m:v_rod:prop:geo", "президентові": "президент/noun:anim:m:v_dav",
	}
	runRuleCases(t, retypeTitledSurnames, tags, []ruleCase{
		{"a president's surname", "вітання від [JOB президента] [LOC Зеленського]", []string{"JOB президента", "PERS Зеленського"}},
		{"another case", "подякував [JOB президентові] [LOC Зеленського]", []string{"JOB президентові", "LOC Зеленського"}},
		{"a place stays", "від [JOB мера] [LOC Києва]", []string{"JOB мера", "LOC Києва"}},
		{"a mayor's misspelt town", "від [JOB мера] [LOC Староконстянтинова]", []string{"JOB мера", "LOC Староконстянтинова"}},
	})
}

// TestS33Assemblies checks that an assembly named with збори is an ORG,
// with the place in the genitive after it.
func TestS33Assemblies(t *testing.T) {
	tags := map[string]string{
		"Народних": "народний/adj:p:v_mis", "зборах": "збори/noun:inanim:p:v_mis:ns", "Гагаузії": "Гагаузія/noun:inanim:f:v_rod:prop:geo",
		"Народні": "народний/adj:p:v_naz", "збори": "збір/noun:inanim:p:v_naz", "Нові": "новий/adj:p:v_naz",
		"Національні": "національний/adj:p:v_naz", "загальні": "загальний/adj:p:v_naz",
	}
	runRuleCases(t, tagForeignParliaments, tags, []ruleCase{
		{"with the place", "мандатів у [LOC Народних зборах Гагаузії]", []string{"ORG Народних зборах Гагаузії"}},
		{"read as a title", "Нові [JOB Народні збори] зберуться", []string{"ORG Народні збори"}},
		{"untagged", "Національні збори ухвалили", []string{"ORG Національні збори"}},
		{"a common meeting", "загальні збори ухвалили", nil},
	})
}
