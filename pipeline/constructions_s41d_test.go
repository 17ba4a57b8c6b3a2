package pipeline_test

import (
	"testing"
	"time"
)

// TestS41DPoliceSeat checks that an arrest by a town's police, named by
// the town in the genitive or by its adjective before міський відділ,
// takes that town as its place, over the dateline too; the police of a
// region, of a district or of a country gives no place.
func TestS41DPoliceSeat(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a town in the genitive",
			"Поліція Ізюма затримала двох крадіїв.",
			[]string{"COERCE Поліція Ізюма → двоє крадіїв @Ізюм"}},
		{"a town's adjective before its department, past the dateline",
			"Заголовок новини\n\nВІННИЦЯ, 3 квітня. Працівники Кременчуцького міського відділу поліції затримали трьох мешканців міста.",
			[]string{"COERCE Кременчуцький міський відділ → троє мешканців міста @Кременчук"}},
		{"a region's police",
			"Поліція Київщини затримала двох крадіїв.",
			[]string{"COERCE Поліція Київщини → двоє крадіїв"}},
		{"a district's department",
			"Працівники Коростенського районного відділу поліції затримали двох чоловіків.",
			[]string{"COERCE Коростенський районний відділ поліції → двоє чоловіків"}},
		{"a country's police",
			"Поліція Молдови затримала двох крадіїв.",
			[]string{"COERCE Поліція Молдови → двоє крадіїв"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41DCouncilSeatTown checks that a protest by a council's building
// takes the town the council's adjective is made from when the text names
// that town, though the gazetteer's regular stems miss it (Шабівська:
// Шабо), and that the seat's town, not the region the sentence names,
// is the place of a picket of a town's council; with no town to read the
// adjective off, or a building that is no council's, the place stays as
// it was.
func TestS41DCouncilSeatTown(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a village's irregular adjective, the village named",
			"Будівництво заводу обурило мешканців Шабо. Кілька десятків активістів провели пікет біля будівлі Шабівської селищної ради.",
			[]string{"PROTEST Кілька десятків активістів → Шабівська селищна рада @Шабо"}},
		{"the same adjective, no village named",
			"Кілька десятків активістів провели пікет біля будівлі Шабівської селищної ради.",
			[]string{"PROTEST Кілька десятків активістів → Шабівська селищна рада"}},
		{"a town's council in a region",
			"Кілька десятків батьків пікетували будівлю Козелецької селищної ради на Чернігівщині.",
			[]string{"PROTEST Кілька десятків батьків → Козелецька селищна рада @Козелець"}},
		{"a hospital in a region",
			"Кілька десятків батьків пікетували районну лікарню на Чернігівщині.",
			[]string{"PROTEST Кілька десятків батьків → районна лікарня @Чернігівщина"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41DTownStruck checks that a town the entity tagger takes for a
// person, right after a verb of attack whose doer is named, in the form
// an inanimate's accusative shares with the nominative, is the town
// struck and the attack's place; a person attacked (in the accusative of
// the animate) and a word that is no town stay as they were.
func TestS41DTownStruck(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a drone on a town",
			"Того ж дня дрон атакував Марганець.",
			[]string{"ASSAULT дрон → Марганець @Марганець"}},
		{"past the instrument",
			"Уночі ворог атакував дронами Ізмаїл.",
			[]string{"ASSAULT ворог → Ізмаїл @Ізмаїл"}},
		{"a person attacked",
			"Увечері грабіжник атакував Петра Коваля.",
			[]string{"ASSAULT грабіжник → Петро Коваль"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
