package pipeline_test

import "testing"

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
