package pipeline_test

import (
	"slices"
	"testing"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/pipeline"
)

// The constructions of this file were found reading the errors of the
// second entity set (testdata/gold/entities2.jsonl, real press texts);
// the sentences are our own.

func TestEntityTitleLists(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, person string
		want               []string // titles the person must have
		not                []string // titles the person must not have
	}{
		{"a title in a list goes with the name after it",
			"На відкриття прийшли депутат обласної ради Іван Мороз, заступник міського голови Олена Кравець та директор ліцею Петро Гайовий.",
			"Олена Кравець", []string{"заступник міського голови"}, []string{"директор ліцею"}},
		{"the first name of the list keeps its own title only",
			"На відкриття прийшли депутат обласної ради Іван Мороз, заступник міського голови Олена Кравець та директор ліцею Петро Гайовий.",
			"Іван Мороз", []string{"депутат обласної ради"}, []string{"заступник міського голови"}},
		{"a long title in the genitive list",
			"Гостей вітали голови районної ради Степана Лозинського, директора Бердичівського коледжу харчових технологій Ігоря Савчука.",
			"Ігор Савчук", []string{"директор Бердичівського коледжу харчових технологій"}, nil},
		{"a title after a name as an apposition stays",
			"Про це розповів Андрій Ткач, директор обласного центру зайнятості.",
			"Андрій Ткач", []string{"директор обласного центру зайнятості"}, nil},
		{"two titles of one name, the second in apposition",
			"Як підкреслює керівник обласного центру реформ, депутат облради Степан Гнатюк, процес триває.",
			"Степан Гнатюк", []string{"керівник обласного центру реформ", "депутат облради"}, nil},
		{"a common noun the tagger took for a name before the name",
			"Цю історію почав сам Президент Олег Дорошенко. Адреса Президента відома всім.",
			"Олег Дорошенко", []string{"президент"}, nil},
		{"a plural after a name is no title of it",
			"Допомагали волонтери під керівництвом Олега Рябця, журналісти та лікарі.",
			"Олег Рябець", nil, []string{"журналісти", "журналіст"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			checkTitles(t, x, tt.person, tt.want, tt.not)
		})
	}
}

func TestEntityWomansName(t *testing.T) {
	p := load(t)
	for _, tt := range []struct{ text, name string }{
		{"Суддя Ганна Панова відмовила позивачам.", "Ганна Панова"},
		{"Ганна Панова відмовила позивачам.", "Ганна Панова"},
		{"Рішення ухвалила суддя Ганна Панова.", "Ганна Панова"},
		{"Позов розглядав суддя Олег Панов.", "Олег Панов"},
		{"Позов передали Олегу Панову.", "Олег Панов"},
		{"Раніше цим будинком володіла Ганна Мартинюкова, а тепер він порожній.", "Ганна Мартинюкова"},
		{"Раніше цим будинком володіла Ганна Яцишина.", "Ганна Яцишина"},
		{"Головою відділення призначили В'ячеслава Василенка, який очолював комітет.", "В'ячеслав Василенко"},
	} {
		x := p.Extract(tt.text, time.Time{})
		if entityByName(x, tt.name) == nil {
			got := namesOf(x)
			t.Errorf("%q: no entity %q, got %q", tt.text, tt.name, got)
		}
	}
}

// mentionsOf returns the texts of the mentions of entity name in x.
func mentionsOf(t *testing.T, x *vistka.Extraction, name string) []string {
	t.Helper()
	e := entityByName(x, name)
	if e == nil {
		got := namesOf(x)
		t.Fatalf("no entity %q, got %q", name, got)
	}
	var out []string
	for _, m := range e.Mentions {
		out = append(out, m.Text)
	}
	return out
}

// mentionCase is a text whose entity must hold the mentions want and
// none of not.
type mentionCase struct {
	name, text, entity string
	want, not          []string
}

// checkMentions extracts each case's text and checks its entity's
// mentions.
func checkMentions(t *testing.T, p *pipeline.Pipeline, tests []mentionCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			got := mentionsOf(t, x, tt.entity)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("mentions %q, want %q", got, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("mentions %q, do not want %q", got, w)
				}
			}
		})
	}
}

func TestEntityLinkingReal(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"a full name with the patronymic and without it, and initials",
			"Голова громади Петро Іванович Стасюк збудував школу. Петро Стасюк, який походив із села, мав добру славу. Онука Олена вишила портрет П. І. Стасюка.",
			"Петро Іванович Стасюк", []string{"Петро Іванович Стасюк", "Петро Стасюк", "П. І. Стасюка"}, nil},
		{"a pronoun after initials in the genitive before a woman's verb",
			"Петро Іванович Стасюк збудував школу. Онука Олена вишила портрет П. І. Стасюка. За роки головування він перетворив село.",
			"Петро Іванович Стасюк", []string{"Петро Іванович Стасюк", "він"}, nil},
		{"a pronoun for the man named before a thing tagged as a person",
			"Наближаються 85-ті роковини Голодомору. Президент закликав визнати Голодомор геноцидом. Голова колгоспу Петро Іванович Стасюк рятував односельців. Не маючи змоги захистити всіх, він влаштував притулок для дітей.",
			"Петро Іванович Стасюк", []string{"Петро Іванович Стасюк", "він"}, nil},
	})
}

func TestEntityStreetAbbrev(t *testing.T) {
	p := load(t)
	x := p.Extract("Мітинг відбувся біля пам'ятника на вул. Гончарній.", time.Time{})
	if entityByName(x, "вул. Гончарна") == nil {
		got := namesOf(x)
		t.Errorf("no entity %q, got %q", "вул. Гончарна", got)
	}
}
