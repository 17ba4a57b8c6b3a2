package pipeline_test

import (
	"slices"
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// Session 54, helper v: constructions found in an audit of whole
// agency-news texts of the study half. The sentences are our own.

// TestS54VRegionListHead: adjectives joined by та or і before one
// plural noun for a kind of region (громади, області) name a region
// each with that noun in the singular, though the tagger reads the noun
// as the singular genitive it is spelled like.
func TestS54VRegionListHead(t *testing.T) {
	checkNames(t, []namesCase{
		{"громади", "Уночі під обстріл потрапили Зеленодольська та Апостолівська громади.", []string{"LOC:Зеленодольська громада", "LOC:Апостолівська громада"}, []string{"LOC:Зеленодольська", "LOC:Апостолівська"}},
		{"громади і", "Вчора світла не мали Білозерська, Музиківська і Дар'ївська громади.", []string{"LOC:Білозерська громада", "LOC:Музиківська громада", "LOC:Дар'ївська громада"}, []string{"LOC:Білозерська", "LOC:Музиківська"}},
	})
}

// checkMerged fails t unless the entity named name in the extraction of
// each text has a mention written as short.
func checkMerged(t *testing.T, cases [][3]string) {
	t.Helper()
	p := load(t)
	for _, c := range cases {
		text, name, short := c[0], c[1], c[2]
		x := p.Extract(text, time.Time{})
		e := entityByName(x, name)
		if e == nil {
			t.Errorf("%q: no entity %q, got %q", text, name, namesOf(x))
			continue
		}
		if !slices.ContainsFunc(e.Mentions, func(m vistka.Mention) bool { return m.Text == short }) {
			t.Errorf("%q: %q has no mention %q; entities %q", text, name, short, namesOf(x))
		}
	}
}

// TestS54VUnitAcronym: the acronym of a unit whose name goes on with the
// name of the body it belongs to, in the genitive (Головне управління
// розвідки Міністерства оборони України), is of the unit's own words
// (ГУР), before or after the full name.
func TestS54VUnitAcronym(t *testing.T) {
	checkMerged(t, [][3]string{
		{"ГУР: у Криму вибухнув склад\n\nГоловне управління розвідки Міністерства оборони України повідомило про вибухи на складі. Як уточнили в ГУР, склад горів усю ніч.", "Головне управління розвідки Міністерства оборони України", "ГУР"},
		{"Інститут економіки та прогнозування Національної академії наук України погіршив прогноз. Експерти ІЕП вважають, що ціни зростуть.", "Інститут економіки та прогнозування Національної академії наук України", "ІЕП"},
	})
}

// TestS54VClippedSoftSign: a body's clipped name may carry a word in its
// base form with the soft sign (молодь of молоді): Мінмолодьспорту for
// Міністерство молоді та спорту.
func TestS54VClippedSoftSign(t *testing.T) {
	checkMerged(t, [][3]string{
		{"Мінмолодьспорту оголосило конкурс\n\nМіністерство молоді та спорту оголосило конкурс проєктів для шкіл. Заявки в Мінмолодьспорту прийматимуть до травня.", "Міністерство молоді та спорту", "Мінмолодьспорту"},
	})
}

// TestS54VTownNamedLikeMan: a town whose name is also a man's first name
// (Ізмаїл) is a place when it stands in a list of places or, in the
// nominative, is struck by a plural verb's subject past the instrument;
// a man named so stays a person.
func TestS54VTownNamedLikeMan(t *testing.T) {
	checkNames(t, []namesCase{
		{"object", "Минулої ночі росіяни обстріляли ракетами Ізмаїл, постраждали двоє людей.", []string{"LOC:Ізмаїл"}, []string{"PERS:Ізмаїл"}},
		{"list", "Перевізник запускає нові рейси на літо, зокрема до Ковеля, Луцька, Ізмаїла та Херсона.", []string{"LOC:Ізмаїл"}, []string{"PERS:Ізмаїл"}},
		{"man", "Про це розповів Ізмаїл, який працює на складі.", nil, []string{"LOC:Ізмаїл"}},
	})
}

// TestS54VRelativeTimeTail: a time in the genitive placed by минулий,
// наступний or цей (минулої середи, наступного місяця) is no part of the
// name before it.
func TestS54VRelativeTimeTail(t *testing.T) {
	checkNames(t, []namesCase{
		{"минулої пʼятниці", "На сесії Бобровицької міської ради минулої п'ятниці міський голова Петро Сидоренко звітував про бюджет.", []string{"ORG:Бобровицька міська рада"}, []string{"ORG:Бобровицька міська рада минулої пʼятниці"}},
		{"наступного тижня", "Голова громади пообіцяв зустрітися з мешканцями Вишневого наступного тижня.", nil, []string{"ORG:Вишневий наступний тиждень"}},
	})
}
