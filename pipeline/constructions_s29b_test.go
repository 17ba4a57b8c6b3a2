package pipeline_test

import (
	"testing"
	"time"
)

// TestS29bPlayIsNoWar checks that the words of war told of play on a
// pitch or in a ring are no events: a team that attacks down a flank, a
// shot or a punch in a round, teams that meet in a final, goals traded, a
// fighter who admits he lost to the better man. The same verbs with a
// weapon or a town struck, a meeting of officials and a territory given up
// stay events.
func TestS29bPlayIsNoWar(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a flank attack and a shot in a match minute",
			"На 12-й хвилині господарі атакували правим флангом, і Петро Коваль завдав удару з меж штрафного майданчика.",
			nil},
		{"a punch in a round",
			"У шостому раунді претендент завдав удару правим прямим у щелепу, і рефері зупинив бій.",
			nil},
		{"a boxer who attacks from the first minutes, pressed to the ropes",
			"Чемпіон з перших хвилин атакував і двічі притиснув суперника до канатів.",
			nil},
		{"an attack on a town stays an assault",
			"Росіяни атакували Харків дронами.",
			[]string{"ASSAULT Росіяни → Харків @Харків"}},
		{"teams that meet in a final",
			"У суботу у фіналі команди зустрілися втретє за сезон.",
			nil},
		{"a team that meets its hosts in a semi-final",
			"У півфіналі львів'яни зустрілися з господарями турніру.",
			nil},
		{"officials who meet stay a meeting",
			"У суботу Сибіга зустрівся з міністром закордонних справ Польщі.",
			// the minister named by office is the partner (TestS34BOfficePartner)
			[]string{"CONSULT/meet Сибіга → міністр закордонних справ Польщі"}},
		{"goals traded",
			"Суперники обмінялися голами в першому таймі.",
			nil},
		{"experience traded stays cooperation",
			"Лікарі двох міст обмінялися досвідом.",
			[]string{"COOPERATE Лікарі → "}},
		{"a fighter who lost to the better man",
			"Британець визнав, що поступився сильнішому.",
			nil},
		{"a rout with a score",
			"«Динамо» розгромило «Олександрію» з рахунком 4:0.",
			nil},
		{"a strike at a time of day stays an assault",
			"Росіяни вдарили по Запоріжжю в середу близько 14:00.",
			[]string{"ASSAULT Росіяни → Запоріжжя @Запоріжжя"}},
		{"shots at goal",
			"Гравці «Полісся» завдали удару по воротах дванадцять разів.",
			nil},
		{"a goal let in late is no capitulation",
			"«Ворскла» капітулювала в компенсований час.",
			nil},
		{"a team to meet another in play-off matches",
			"Збірна України зустрінеться з Грецією у стикових матчах.",
			nil},
		{"rivals routed in a final",
			"Команда КВК розгромила суперників у фіналі.",
			nil},
		{"an election rival routed is no attack either",
			"Кандидат від опозиції розгромив суперників на виборах.",
			nil},
		{"a rectorate attacked with requests",
			"Студенти атакували ректорат запитами.",
			nil},
		{"a writer who meets his readers",
			"Письменник зустрівся з читачами в Ужгороді.",
			nil},
		{"a club's fans at a meeting with the coach",
			"Головний тренер провів зустріч з уболівальниками клубу.",
			nil},
		{"a minister who meets doctors stays a meeting",
			"Міністр охорони здоров'я зустрівся з лікарями обласної лікарні.",
			[]string{"CONSULT/meet Міністр охорони здоров'я → лікарі обласної лікарні"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS29bGivenAndExtended checks aid told by what is given and to whom:
// money given на потреби of a unit, doses of a vaccine, equipment for
// museums; and a ban from sport extended (продовжив відсторонення) as
// sanctions extended are.
func TestS29bGivenAndExtended(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"money given for the needs of a brigade",
			"Футболісти передадуть на потреби 47-ї окремої механізованої бригади частину премії.",
			[]string{"AID Футболісти → 47-ма окрема механізована бригада [future]"}},
		{"money spent on its own needs is no aid",
			"Клуб передасть на потреби академії нові м'ячі.",
			nil},
		{"doses of a vaccine given to a country",
			"ЮНІСЕФ передав Молдові 200 тисяч доз вакцини.",
			[]string{"AID ЮНІСЕФ → Молдова"}},
		{"equipment given to museums",
			"Французька сторона передасть музеям нове обладнання.",
			[]string{"AID Французька сторона → музеї [future]"}},
		{"a federation's ban extended",
			"Міжнародна федерація боксу продовжила відсторонення Федерації боксу Білорусі.",
			[]string{"SANCTION Міжнародна федерація боксу → Федерація боксу Білорусі"}},
		{"a disqualification extended",
			"Антидопінгове агентство продовжило дискваліфікацію Івана Петренка.",
			[]string{"SANCTION Антидопінгове агентство → Іван Петренко"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS29bTitleVersion checks that за версією after a title names who
// gives the title, no source of words; a version of an investigation set
// off by a comma stays one.
func TestS29bTitleVersion(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a champion's title by a body",
			"Боксер захистив титул чемпіона світу за версією WBC у важкій вазі.",
			nil},
		{"a champion by a body",
			"Вона стала чемпіонкою за версією IBF.",
			nil},
		{"an investigation's version stays a source",
			"За версією слідства, він передав координати ворогу.",
			[]string{"слідство/за версією/indirect: він передав координати ворогу"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS29bTokenOfThanks checks that a token of thanks awarded (нагородив
// подякою, грамотою) is SUPPORT, as a thanks handed over (вручив подяку)
// is; a state order awarded is left as it was.
func TestS29bTokenOfThanks(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a letter of thanks awarded",
			"Мер нагородив подякою рятувальника Петра Іваненка.",
			[]string{"SUPPORT Мер → Петро Іваненко"}},
		{"a certificate awarded",
			"Голова ОДА нагородив грамотою лікарку Ганну Сидоренко.",
			[]string{"SUPPORT Голова ОДА → Ганна Сидоренко"}},
		{"a state order stays none",
			"Президент нагородив орденом Ганну Сидоренко.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
