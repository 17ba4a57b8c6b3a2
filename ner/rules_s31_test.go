package ner

import (
	"testing"

	"github.com/vistka/vistka"
)

type vistkaToken = vistka.Token

func TestAddMilitaryUnits(t *testing.T) {
	tags := map[string]string{
		"47-ї": "47-й/adj:f:v_rod:numr", "окремої": "окремий/adj:f:v_rod", "механізованої": "механізований/adj:f:v_rod",
		"бригади": "бригада/noun:inanim:f:v_rod", "Магура": "Магура/noun:anim:m:v_naz:prop:lname",
		"3-ї": "3-й/adj:f:v_rod:numr", "штурмової": "штурмовий/adj:f:v_rod", "95-й": "95-й/adj:f:v_mis:numr",
		"окремій": "окремий/adj:f:v_mis", "бригаді": "бригада/noun:inanim:f:v_mis", "5-ї": "5-й/adj:f:v_rod:numr",
		"школи": "школа/noun:inanim:f:v_rod", "2-го": "2-й/adj:m:v_rod:numr", "полку": "полк/noun:inanim:m:v_rod",
		"Бригади": "бригада/noun:inanim:f:v_rod",
	}
	runRuleCases(t, addMilitaryUnits, tags, []ruleCase{
		{"a unit and its quoted name", "Бійці 47-ї окремої механізованої бригади « [ORG Магура] » відбили .",
			[]string{"ORG 47-ї окремої механізованої бригади « Магура »"}},
		{"a unit with no name", "Командири 3-ї окремої штурмової бригади .", []string{"ORG 3-ї окремої штурмової бригади"}},
		{"in the locative", "Служить у 95-й окремій бригаді .", []string{"ORG 95-й окремій бригаді"}},
		{"a regiment, no adjective", "Бійці 2-го полку .", []string{"ORG 2-го полку"}},
		{"not a school", "Учні 5-ї школи .", nil},
		{"a span cut through is left", "Бійці [ORG 3-ї окремої штурмової бригади Сил оборони] .", []string{"ORG 3-ї окремої штурмової бригади Сил оборони"}},
		{"not a capitalised head", "Учні 3-ї Бригади .", nil},
	})
}

func TestOrdinalBase(t *testing.T) {
	for _, tt := range []struct{ first, b, want string }{
		{"47-ї", "47-ї окрема механізована бригада", "47-ма окрема механізована бригада"},
		{"95-й", "95-й окрема аеромобільна бригада", "95-та окрема аеромобільна бригада"},
		{"3-ї", "3-ї окрема штурмова бригада", "3-тя окрема штурмова бригада"},
		{"42-ї", "42-ї окрема бригада", "42-га окрема бригада"},
		{"40-ї", "40-ї окрема бригада", "40-ва окрема бригада"},
		{"11-ї", "11-ї окрема бригада", "11-та окрема бригада"},
		{"3-го", "3-го окремий полк", "3-й окремий полк"},
		{"3-го", "3-го окреме відділення", "3-тє окреме відділення"},
		{"7-го", "7-го окреме відділення", "7-ме окреме відділення"},
		{"155-ї", "155-ї ОМБр", "155-ї ОМБр"},
	} {
		toks := []vistkaToken{{Text: tt.first}, {Text: "x"}}
		if got := ordinalBase(tt.b, toks); got != tt.want {
			t.Errorf("ordinalBase(%q) = %q, want %q", tt.b, got, tt.want)
		}
	}
}

func TestRetypeWeapons(t *testing.T) {
	runRuleCases(t, retypeWeapons, nil, []ruleCase{
		{"an ORG", "Ракети збили комплекси [ORG Patriot] .", []string{"MISC Patriot"}},
		{"a PERS, inflected", "Обидва « [PERS Кинджали] » знищили .", []string{"MISC Кинджали"}},
		{"a code missed", "Випустили ракети Х-101 та Су-34 .", []string{"MISC Х-101", "MISC Су-34"}},
		{"with its model number", "Пілоти винищувачів [ART Mirage 2000] .", []string{"MISC Mirage 2000"}},
		{"two words", "Ракети Storm Shadow влучили .", []string{"MISC Storm Shadow"}},
		{"a drone only with its number", "Дрони Magura V7 і « [ORG Магура] » .", []string{"MISC Magura V7", "ORG Магура"}},
		{"inside a longer span", "Завод [ORG Patriot Technologies] .", []string{"ORG Patriot Technologies"}},
		{"road codes", "Траса [LOC Т-04-03] і М-06 .", []string{"LOC Т-04-03"}},
		{"С needs three digits", "Формула С-1 і С-400 .", []string{"MISC С-400"}},
		{"not at a sentence's start", "Калібрування приладів .", nil},
		{"a variant's letter", "Ракети « [ORG Іскандер-М] » та Іскандер-К .", []string{"MISC Іскандер-М", "MISC Іскандер-К"}},
		{"no variant", "Ракети Іскандер-Модерн .", nil},
	})
}

func TestWeaponSecondWord(t *testing.T) {
	runRuleCases(t, retypeWeapons, nil, []ruleCase{
		{"Storm alone", "Операція Desert Storm .", nil},
	})
}

func TestRetypeHromadas(t *testing.T) {
	tags := map[string]string{
		"Золочівської": "золочівський/adj:f:v_rod", "селищної": "селищний/adj:f:v_rod", "громади": "громада/noun:inanim:f:v_rod",
		"Кременчуцька": "кременчуцький/adj:f:v_naz", "міська": "міський/adj:f:v_naz", "територіальна": "територіальний/adj:f:v_naz",
		"громада": "громада/noun:inanim:f:v_naz", "Асоціація": "асоціація/noun:inanim:f:v_naz", "об'єднаних": "об'єднаний/adj:p:v_rod",
		"територіальних": "територіальний/adj:p:v_rod", "громад": "громада/noun:inanim:p:v_rod", "Київська": "київський/adj:f:v_naz",
		"рада": "рада/noun:inanim:f:v_naz",
	}
	runRuleCases(t, retypeHromadas, tags, []ruleCase{
		{"a hromada", "Голова [ORG Золочівської селищної громади] .", []string{"LOC Золочівської селищної громади"}},
		{"in full", "Отримає [ORG Кременчуцька міська територіальна громада] .", []string{"LOC Кременчуцька міська територіальна громада"}},
		{"an association", "[ORG Асоціація об'єднаних територіальних громад] .", []string{"ORG Асоціація об'єднаних територіальних громад"}},
		{"a council", "[ORG Київська міська рада] .", []string{"ORG Київська міська рада"}},
	})
}

func TestTitlePersonsS31(t *testing.T) {
	tags := map[string]string{
		"сенатор": "сенатор/noun:anim:m:v_naz", "Постпред": "постпред/noun:anim:m:v_naz", "Росії": "Росія/noun:inanim:f:v_rod:prop:geo",
		"конгресменом": "конгресмен/noun:anim:m:v_oru", "Староста": "староста/noun:anim:m:v_naz",
	}
	runRuleCases(t, addTitlePersons, tags, []ruleCase{
		{"a senator", "Водночас сенатор [PERS Мітч МакКоннелл] застеріг .", []string{"JOB сенатор", "PERS Мітч МакКоннелл"}},
		{"an envoy and his country", "[JOB Постпред] [LOC Росії] [PERS Василь Небензя] заявив .", []string{"JOB Постпред", "LOC Росії", "PERS Василь Небензя"}},
		{"missed envoy", "Постпред [LOC Росії] [PERS Василь Небензя] заявив .", []string{"JOB Постпред", "LOC Росії", "PERS Василь Небензя"}},
		{"a congressman", "Зустріч з конгресменом [PERS Браяном Фіцпатріком] .", []string{"JOB конгресменом", "PERS Браяном Фіцпатріком"}},
		{"a village head", "Староста [PERS Галина Дячок] розповіла .", []string{"JOB Староста", "PERS Галина Дячок"}},
	})
}

func TestSplitPlacePersons(t *testing.T) {
	tags := map[string]string{
		"Огайо": "Огайо/noun:inanim:m:v_naz:nv:prop:geo", "Європарламенту": "Європарламент/noun:inanim:m:v_rod:prop",
		"Майк": "Майк/noun:anim:m:v_naz:prop:fname", "Піни": "Піна/noun:inanim:f:v_rod:prop:geo",
		"Олени": "Олена/noun:anim:f:v_rod:prop:fname",
	}
	runRuleCases(t, splitPlacePersons, tags, []ruleCase{
		{"a state", "Губернатор [PERS Огайо Майк ДеВайн] .", []string{"LOC Огайо", "PERS Майк ДеВайн"}},
		{"a body", "Віцепрезидентки [PERS Європарламенту Піни Піцерно] .", []string{"ORG Європарламенту", "PERS Піни Піцерно"}},
		{"two words", "Губернатор [PERS Огайо ДеВайн] .", []string{"PERS Огайо ДеВайн"}},
		{"a first name", "Сестра [PERS Олени Петрівни Коваль] .", []string{"PERS Олени Петрівни Коваль"}},
	})
}

func TestCutFinalDots(t *testing.T) {
	tags := map[string]string{
		"Міністерстві": "міністерство/noun:inanim:n:v_mis", "соціальної": "соціальний/adj:f:v_rod", "політики": "політика/noun:inanim:f:v_rod",
		".": "./punct", "пров": "пров./noun:inanim:m:v_naz:nv:abbr", "Л": "Л/noun:anim:m:v_naz:prop:fname",
	}
	runRuleCases(t, cutFinalDots, tags, []ruleCase{
		{"the sentence's stop", "Наголосили в [ORG Міністерстві соціальної політики .]", []string{"ORG Міністерстві соціальної політики"}},
		{"an abbreviation", "Живе на [LOC пров .]", []string{"LOC пров ."}},
		{"an initial", "Заява [PERS Павлову Г . Л .]", []string{"PERS Павлову Г . Л ."}},
		{"an amount", "Сума [MON 27 млн грн .]", []string{"MON 27 млн грн ."}},
	})
}

func TestAddQuotedTitles(t *testing.T) {
	tags := map[string]string{
		"стрічку": "стрічка/noun:inanim:f:v_zna", "фільм": "фільм/noun:inanim:m:v_zna", "книжки": "книжка/noun:inanim:f:v_rod",
		"компанії": "компанія/noun:inanim:f:v_rod",
	}
	runRuleCases(t, addQuotedTitles, tags, []ruleCase{
		{"cut into spans", "За фільм « [PERIOD 20 днів] у [LOC Маріуполі] » .", []string{"ART 20 днів у Маріуполі"}},
		{"after the author", "Покажуть стрічку [PERS Мстислава Чернова] « [QUANT 2000 метрів] до [LOC Андріївки] » .",
			[]string{"PERS Мстислава Чернова", "ART 2000 метрів до Андріївки"}},
		{"missed", "Уривки з книжки « Дивлячись на жінок , які дивляться на війну » .", []string{"ART Дивлячись на жінок , які дивляться на війну"}},
		{"not after a work word", "Офіс компанії « [ORG Альфа] » .", []string{"ORG Альфа"}},
		{"a span filling the marks is retypeQuotedWorks's", "Фільм « [ORG Додому] » .", []string{"ORG Додому"}},
		{"lower case", "Фільм « про війну » .", nil},
	})
}

func TestMeasureVolts(t *testing.T) {
	runRuleCases(t, addMeasures, nil, []ruleCase{
		{"kilovolts", "Лінія 750 кВ .", []string{"QUANT 750 кВ"}},
		{"not a flat's кв", "Мешкає у 5 кв . 3 .", nil},
	})
}

func TestRetypeQuotedEvents(t *testing.T) {
	tags := map[string]string{
		"кінофестивалі": "кінофестиваль/noun:inanim:m:v_mis", "кінофестивалю": "кінофестиваль/noun:inanim:m:v_rod",
		"компанії": "компанія/noun:inanim:f:v_rod",
	}
	runRuleCases(t, retypeQuotedEvents, tags, []ruleCase{
		{"a festival", "Прем'єра на кінофестивалі « [ORG Санденс] » .", []string{"MISC Санденс"}},
		{"read as a work", "Гран-прі кінофестивалю « [ART Темні ночі] » .", []string{"MISC Темні ночі"}},
		{"not a company", "Офіс компанії « [ORG Альфа] » .", []string{"ORG Альфа"}},
	})
}
