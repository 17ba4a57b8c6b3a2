package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// Readings fixed in task s47t: titles and the persons role phrases and
// pronouns stand for. The sentences are our own.

// TestS47TPronounOfSubject: він or вона opening a sentence is the one
// person of its gender the sentence before names as its subject, though
// another of that gender is named there after a preposition, as an
// object or in the genitive of a noun; not a man named as the subject of
// a clause (де …), nor when two are named as subjects.
func TestS47TPronounOfSubject(t *testing.T) {
	checkPronouns(t, []pronounCase{
		{"a partner after a preposition",
			"Міністр фінансів Олег Данильченко у вівторок обговорив бюджет із литовським колегою Томасом Вайткусом. Він наголосив на потребі нових позик.",
			"Олег Данильченко", []string{"Він"}},
		{"an object in the dative",
			"Суддя Ігор Мельник пояснив журналісту Андрію Гаврилюку суть ухвали. Він вважає її остаточною.",
			"Ігор Мельник", []string{"Він"}},
		{"a woman after a verb set before her",
			"Проти ініціативи виступила депутатка Ганна Кравчук разом із колегою Мартою Зінченко. Вона заявила, що закон шкодить фермерам.",
			"Ганна Кравчук", []string{"Вона"}},
		{"the subject of a clause",
			"Він читав ті сторінки, де Олег Мазур описував Карпати з Іваном Бойком. Він перечитував їх знову.",
			"Олег Мазур", nil},
		{"two men as subjects",
			"Олег Мазур та Іван Бойко підписали угоду з Петром Гнатюком. Він назвав її історичною.",
			"Олег Мазур", nil},
	})
}

// TestS47TPronounSubjectEvents: with він taken for the subject of the
// sentence before, його in its clause is still the other man, and той
// still the one він is not.
func TestS47TPronounSubjectEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"him is the partner, he the subject",
			"Прем'єр Олег Данильченко зустрівся з послом Томасом Вайткусом. Він подякував йому за підтримку.",
			[]string{"CONSULT/meet Олег Данильченко → Томас Вайткус", "SUPPORT Олег Данильченко → Томас Вайткус"}},
		{"той after він is the other man",
			"Олег Данильченко поговорив з Томасом Вайткусом. Він повідомив, що той відвідає Київ.",
			[]string{"CONSULT/meet Олег Данильченко → Томас Вайткус", "CONSULT/visit Томас Вайткус → Київ @Київ [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS47TTitleTail: a title the tagger left out before a name in its
// case is found across the words it goes on with, a preposition among
// them: a field (з питань …, у справах …), a posting (в Україні, при
// ООН, у Верховній Раді), a faction (від «…»), which are part of the
// title; a participle (уповноважена) heads one too. A title of another
// person's (дружина посла …) is not the name's.
func TestS47TTitleTail(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Посол Канади в Україні Лариса Гнатюк відвідала Чернігів.", "Лариса Гнатюк", []string{"посол Канади в Україні"}, nil},
		{"Постійна представниця Латвії при ООН Інга Озола виступила на засіданні.", "Інга Озола",
			[]string{"постійна представниця Латвії при ООН"}, nil},
		{"Уповноважена з прав дитини Марта Ковальчук закликала повернути депортованих.", "Марта Ковальчук",
			[]string{"уповноважена з прав дитини"}, nil},
		{"Про це повідомив представник уряду у Верховній Раді Олег Дем'янчук.", "Олег Дем'янчук",
			[]string{"представник уряду у Верховній Раді"}, nil},
		{"За словами віцепрем'єр-міністра з питань цифрової трансформації Романа Гнатюка, система запрацює восени.", "Роман Гнатюк",
			[]string{"віцепрем'єр-міністр з питань цифрової трансформації"}, nil},
		{"Міністр провів зустріч з головою місії МВФ в Україні Карлом Шульцем.", "Карл Шульц",
			[]string{"голова місії МВФ в Україні"}, nil},
		{"Депутат від «Народного фронту» Іван Ткач проголосував проти.", "Іван Ткач",
			[]string{"депутат від «Народного фронту»"}, []string{"депутат"}},
		{"На зустріч прийшла дружина посла Канади в Україні Олена Гнатюк.", "Олена Гнатюк",
			nil, []string{"посол Канади в Україні", "посол Канади"}},
	})
}

// TestS47TTitleAcrossGenitives: an office the tagger left out is the
// title of the name after the genitives it goes on with; a lawyer's,
// rector's or analyst's word, a commander of a unit, a title before an
// indeclinable name in another case. Not an office in the genitive
// before a name in another case (доньку мера міста Олену …).
func TestS47TTitleAcrossGenitives(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Міністерка закордонних справ Великої Британії Джейн Мосс заявила про нові санкції.", "Джейн Мосс",
			[]string{"міністерка закордонних справ Великої Британії"}, nil},
		{"Його адвокатка Леся Ковальська подала апеляцію.", "Леся Ковальська", []string{"адвокатка"}, nil},
		{"Командир 5-ї штурмової бригади Олег Степаненко розповів про бої.", "Олег Степаненко",
			[]string{"командир 5-ї штурмової бригади"}, nil},
		{"Прем'єр обговорив торгівлю з державним секретарем США Марко Ленні.", "Марко Ленні",
			[]string{"державний секретар США"}, nil},
		{"Журналісти знайшли доньку мера міста Олену Степаненко.", "Олена Степаненко",
			nil, []string{"мер міста"}},
	})
}

// TestS47TOmbudsman: омбудсман (омбудсманка) later in a story stands for
// the commissioner for human rights (or a child's rights) named before,
// and a pronoun opening the sentence after its quote is that person too.
func TestS47TOmbudsman(t *testing.T) {
	p := load(t)
	x := p.Extract("Уповноважений Верховної Ради з прав людини Олег Петрук звернувся до ООН. «Ми передамо всі свідчення», – наголосив омбудсман. Він також закликав Червоний Хрест діяти.", time.Time{})
	e := entityByName(x, "Олег Петрук")
	if e == nil {
		t.Fatalf("no entity Олег Петрук: %+v", x.Entities)
	}
	var got []string
	for _, m := range e.Mentions {
		if m.Kind != "name" {
			got = append(got, m.Text)
		}
	}
	if want := []string{"омбудсман", "Він"}; !slices.Equal(got, want) {
		t.Errorf("role and pronoun mentions %q, want %q", got, want)
	}
}

// TestS47TPronounAfterOpeningPhrase: він after a prepositional phrase of
// time or place opening the sentence is the subject of the sentence
// before, though another man is named there as an object.
func TestS47TPronounAfterOpeningPhrase(t *testing.T) {
	checkPronouns(t, []pronounCase{
		{"a time", "Міністр Андрій Коваль прибув до Відня разом із послом Іваном Сорокою. У четвер він виступить на форумі.",
			"Андрій Коваль", []string{"він"}},
		{"a place", "Увечері Олег Мазур відвідав виставку з колегою Петром Гнатюком. На відкритті він подякував організаторам.",
			"Олег Мазур", []string{"він"}},
	})
}

// TestS47THeadOfKind: the head of a body called later by the kind of the
// body ("очільник поліції", "начальник поліції") is the one person named
// before whose title has such a head and that kind of body; not when two
// such persons were named.
func TestS47THeadOfKind(t *testing.T) {
	p := load(t)
	rolesOf := func(text, person string) []string {
		x := p.Extract(text, time.Time{})
		e := entityByName(x, person)
		if e == nil {
			t.Fatalf("%q: no entity %q", text, person)
		}
		var out []string
		for _, m := range e.Mentions {
			if m.Kind == "title" {
				out = append(out, m.Text)
			}
		}
		return out
	}
	one := "Начальник Головного управління Національної поліції в Херсонській області Ігор Бондар розповів про злочинність. " +
		"Водночас, наголосив очільник поліції, шахраї стали винахідливішими. Цього року, розповів начальник поліції, управління набере 100 працівників."
	if got, want := rolesOf(one, "Ігор Бондар"), []string{"очільник поліції", "начальник поліції"}; !slices.Equal(got, want) {
		t.Errorf("role mentions %q, want %q", got, want)
	}
	two := "Начальник Головного управління Національної поліції в Херсонській області Ігор Бондар зустрівся з начальником поліції Одеської області Олегом Гуком. " +
		"Водночас, наголосив очільник поліції, шахраї стали винахідливішими."
	if got := rolesOf(two, "Ігор Бондар"); len(got) != 0 {
		t.Errorf("role mentions %q, want none", got)
	}
}

// TestS47TOccupationTitle: an occupation written before a name is its
// title, without words of praise or age; one in the genitive before a
// name in another case is whose the title is (адвокат лікаря …), and a
// title before it is the name's.
func TestS47TOccupationTitle(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Тернопільська економістка Ярина Лисенко вважає, що ціни зростуть.", "Ярина Лисенко", []string{"тернопільська економістка"}, nil},
		{"На думку політолога Василя Гайового, вибори відкладуть.", "Василь Гайовий", []string{"політолог"}, nil},
		{"Відомий харківський скульптор Петро Гуменюк відкрив виставку.", "Петро Гуменюк",
			[]string{"харківський скульптор"}, []string{"відомий харківський скульптор"}},
		{"Про це повідомив адвокат лікаря Степан Мороз.", "Степан Мороз", []string{"адвокат лікаря"}, []string{"лікар"}},
		{"Його прийняв радник прем'єр-міністра з економічних питань Іван Бойко.", "Іван Бойко",
			[]string{"радник прем'єр-міністра з економічних питань"}, nil},
	})
}

// TestS47TJoinedTitles: a title joined by і to the title right before a
// name is that person's too, unless a plural verb makes them two people.
func TestS47TJoinedTitles(t *testing.T) {
	p := load(t)
	x := p.Extract("Співзасновник і генеральний директор стартапу Tarvo Олег Мирний розповів про інвестиції.", time.Time{})
	checkTitles(t, x, "Олег Мирний", []string{"співзасновник", "генеральний директор стартапу Tarvo"}, nil)
	x = p.Extract("Президент і міністр оборони Іван Петренко обговорили ситуацію.", time.Time{})
	checkTitles(t, x, "Іван Петренко", []string{"міністр оборони"}, []string{"президент"})
}

// TestS47TJoinedTitlesBetween: між puts the two titles' holders apart,
// and a title that stands for someone named before stays theirs.
func TestS47TJoinedTitlesBetween(t *testing.T) {
	p := load(t)
	x := p.Extract("Міський голова Олег Кравчук звільнив заступника. Суперечка між міським головою і депутатом міської ради Іваном Мельником триває рік.", time.Time{})
	checkTitles(t, x, "Іван Мельник", []string{"депутат міської ради"}, []string{"міський голова"})
}
