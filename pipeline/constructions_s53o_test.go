package pipeline_test

import (
	"testing"
	"time"
)

// Names of bodies and places by class (session 53, helper h53o): a
// regulator's official name holding the relative clause of its remit,
// with its acronym in brackets; the town of a dateline whose plural name
// is also a common noun's plural; the agency opening a report in
// capitals before a dash; a name in Latin letters after an outlet's kind
// or "з посиланням на". The sentences are our own.
func TestRegulatorRemitNamesS53o(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"energy desk: the name, its acronym in brackets and alone later",
			"Національна комісія, що здійснює державне регулювання у сферах енергетики та комунальних послуг (НКРЕКП), ухвалила нові тарифи. Засідання НКРЕКП тривало три години.",
			"Національна комісія, що здійснює державне регулювання у сферах енергетики та комунальних послуг",
			[]string{"Національна комісія, що здійснює державне регулювання у сферах енергетики та комунальних послуг", "НКРЕКП"}, nil},
		{"telecom desk: genitives joined by a comma and та, the name the model misses",
			"Національна комісія, що здійснює державне регулювання у сферах електронних комунікацій, радіочастотного спектра та надання послуг поштового зв'язку (НКЕК), перевірила трьох операторів.",
			"Національна комісія, що здійснює державне регулювання у сферах електронних комунікацій, радіочастотного спектра та надання послуг поштового зв'язку",
			[]string{"НКЕК"}, nil},
		{"finance desk: in the genitive, the sentence going on after a comma",
			"Страхова компанія звернулася до Національної комісії, що здійснює державне регулювання у сфері ринків фінансових послуг, з проханням продовжити ліцензію.",
			"Національна комісія, що здійснює державне регулювання у сфері ринків фінансових послуг",
			[]string{"Національної комісії, що здійснює державне регулювання у сфері ринків фінансових послуг"}, nil},
	})
	checkNames(t, []namesCase{
		{name: "a clause of another kind stays out of the name",
			text: "Міська комісія, що здійснює контроль за цінами, зібралася вчора.",
			not:  []string{"ORG:Міська комісія, що здійснює контроль за цінами"}},
	})
}

// TestDatelineTownsS53o checks that the town opening a dateline is a
// place when the tagger reads its plural name as a common noun's, in
// capitals or not, and that a heading word before a date is none; and
// that an agency opening a report in capitals before a dash is the
// agency.
func TestDatelineTownsS53o(t *testing.T) {
	checkNames(t, []namesCase{
		{name: "a town in capitals read as a plural common noun (черкаси)",
			text: "ЧЕРКАСИ, 14 травня. /Укрінформ/. Міська рада затвердила програму ремонту шкіл.",
			want: []string{"LOC:Черкаси"}},
		{name: "a town in capitals read as sums, a full stop after it",
			text: "СУМИ. 2 вересня. ІНТЕРФАКС-УКРАЇНА – Обласна рада ухвалила бюджет.",
			want: []string{"LOC:Суми", "ORG:Інтерфакс-Україна"}},
		{name: "a town in title case",
			text: "Прилуки, 8 жовтня. Місцеві волонтери відкрили пункт обігріву.",
			want: []string{"LOC:Прилуки"}},
		{name: "a heading word before a date is no town",
			text: "ОНОВЛЕНО, 5 грудня. Місцеві волонтери відкрили пункт обігріву.",
			not:  []string{"LOC:Оновлено", "LOC:ОНОВЛЕНО"}},
		{name: "the agency opening a report before a dash",
			text: "ІНТЕРФАКС-УКРАЇНА – Наглядова рада банку обрала нового голову.",
			want: []string{"ORG:Інтерфакс-Україна"}},
	})
}

// TestLatinOutletsS53o checks that a name in Latin letters after an
// outlet's kind (видання, агентство) or cited "з посиланням на", and a
// city site's address of its telephone code cited as a source, is an
// ORG, the outlet.
func TestLatinOutletsS53o(t *testing.T) {
	checkNames(t, []namesCase{
		{name: "a newspaper after видання",
			text: "Як пише чеське видання Respekt, уряд готує нові санкції.",
			want: []string{"ORG:Respekt"}},
		{name: "an agency after агентство",
			text: "Про це повідомило словацьке агентство TASR з посиланням на поліцію.",
			want: []string{"ORG:TASR"}},
		{name: "a city site named by its telephone code",
			text: "Рятувальники знайшли туристів у горах, пише 0312.ua з посиланням на ДСНС.",
			want: []string{"ORG:0312.ua"}},
		{name: "a photo bank's address in lower case is no outlet",
			text: "Фото: unsplash.com",
			not:  []string{"ORG:unsplash.com"}},
		{name: "a broadcaster cited as a source",
			text: "Про це повідомляє «Європейська правда» з посиланням на Český rozhlas.",
			want: []string{"ORG:Český rozhlas"}},
	})
}

// TestCommaNamesS53o checks that a body's name holding a comma (a
// regulator's remit clause, a committee's list of fields) is called by
// its head alone later, and that a request addressed to a regulator
// named with its clause, the clause's comma before "з проханням", is
// read.
func TestCommaNamesS53o(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"a committee's fields listed with commas, then the head alone",
			"Комітет Верховної Ради з питань енергетики, житлово-комунальних послуг та транспорту розглянув законопроєкт. Комітет рекомендував ухвалити його.",
			"Комітет Верховної Ради з питань енергетики, житлово-комунальних послуг та транспорту", []string{"Комітет"}, nil},
		{"a regulator's name with its clause, then the words before the clause",
			"Національна комісія, що здійснює державне регулювання у сфері ринків фінансових послуг, відкликала ліцензію страховика. Пізніше Національна комісія також оштрафувала банк.",
			"Національна комісія, що здійснює державне регулювання у сфері ринків фінансових послуг", []string{"Національна комісія"}, nil},
	})
	checkEvents(t, p, []construction{
		{"energy desk: a request to a regulator named with its clause",
			"Водоканал звернувся до Національної комісії, що здійснює державне регулювання у сферах енергетики та комунальних послуг, з проханням переглянути тариф.",
			[]string{"REQUEST Водоканал → Національна комісія, що здійснює державне регулювання у сферах енергетики та комунальних послуг"}},
	}, time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC))
}

// TestOrgSpanEdgesS53o checks that an ORG span running over a second
// company named after its kind or in quotation marks is two, that a
// company word and its adjectives opening a sentence before a name in
// Latin letters are no part of the name, and that a span opening with a
// common noun for a person (жителя) loses it, while a square named after
// a general keeps its words.
func TestOrgSpanEdgesS53o(t *testing.T) {
	checkNames(t, []namesCase{
		{name: "a body and a company named after its kind",
			text: "Меморандум підписали Харківська обласна військова адміністрація та фінська компанія Nordic Heat Systems.",
			want: []string{"ORG:Харківська обласна військова адміністрація", "ORG:Nordic Heat Systems"}},
		{name: "a council and a company named after its kind",
			text: "Угоду уклали Полтавська обласна рада та естонська компанія Baltic Grain Trade.",
			want: []string{"ORG:Полтавська обласна рада", "ORG:Baltic Grain Trade"}},
		{name: "a startup's kind opening the sentence",
			text: "Український стартап Brightloop залучив два мільйони доларів.",
			want: []string{"ORG:Brightloop"},
			not:  []string{"ORG:Український стартап Brightloop"}},
		{name: "a second company's quoted name",
			text: "Інвестиції надали нідерландська Blue Harbor Partners та польський «Вісла Капітал».",
			want: []string{"ORG:Blue Harbor Partners", "ORG:Вісла Капітал"}},
		{name: "a resident's age and noun before the region",
			text: "Водія автобуса, 52-річного жителя Житомирської області, затримали.",
			want: []string{"LOC:Житомирська область"}},
		{name: "a square named after a general",
			text: "Мітинг відбувся на площі генерала Григоренка в центрі міста.",
			want: []string{"LOC:площа генерала Григоренка"}},
	})
}

// TestProvenCompaniesS53o checks that a name in Latin letters that a
// company word before one of its mentions shows to be a company's is an
// ORG in all its mentions, though the model reads the others as a
// thing's.
func TestProvenCompaniesS53o(t *testing.T) {
	checkNames(t, []namesCase{
		{name: "a headline's supplier, then the company named by its kind",
			text: "Лікарня отримала томограф від Medtrix Imaging\n\nОбласна лікарня отримала від компанії Medtrix Imaging новий томограф. Раніше Medtrix Imaging передала обладнання двом лікарням. Фахівці Medtrix Imaging навчать лікарів.",
			want: []string{"ORG:Medtrix Imaging"},
			not:  []string{"MISC:Medtrix Imaging"}},
	})
}

// TestSpelledAcronymsS53o checks that a body's name spelled out in words
// the model leaves untagged is found when the text calls the body by the
// acronym of its words, and is one entity with it; words that are no
// name (a pronoun, a verb) spell no acronym.
func TestSpelledAcronymsS53o(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"industry desk: a plant opening a sentence, its acronym later",
			"Херсонський суднобудівний завод, що належить державі, зупинив роботу. Торік ХСЗ сплатив до бюджету мільйон гривень.",
			"Херсонський суднобудівний завод", []string{"Херсонський суднобудівний завод", "ХСЗ"}, nil},
		{"industry desk: a tractor plant",
			"Харківський тракторний завод відновив роботу після обстрілу. Торік ХТЗ сплатив до бюджету мільйон гривень.",
			"Харківський тракторний завод", []string{"Харківський тракторний завод", "ХТЗ"}, nil},
	})
	checkNames(t, []namesCase{
		{name: "a pronoun, a verb and a noun spell no acronym",
			text: "Голова області приїхав до громади разом із представниками ВПП. Він подякував партнерам за допомогу.",
			not:  []string{"ORG:Він подякував партнерам"}},
	})
}

// TestBrandThenLegalNameS53o checks that a company named first by its
// brand (in a headline, say) and then by its legal form and quoted full
// name is one entity, named in full.
func TestBrandThenLegalNameS53o(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"a state enterprise with a country's genitive",
			"Рада «Енергоринку» обрала голову\n\nНаглядова рада ДП «Енергоринок України» обрала нового голову.",
			"Енергоринок України", []string{"Енергоринку", "ДП «Енергоринок України»"}, nil},
		{"a firm with a region's name",
			"«Хліборобу» виділили кредит\n\nДержавний банк надав ТОВ «Хлібороб Полісся» кредит на 10 млн гривень.",
			"Хлібороб Полісся", []string{"Хліборобу", "ТОВ «Хлібороб Полісся»"}, nil},
	})
}

// TestHromadaShortNamesS53o checks that a hromada named with the
// adjective of its kind (селищна, сільська, міська) and without it is
// one place, named in full.
func TestHromadaShortNamesS53o(t *testing.T) {
	p := load(t)
	checkMentions(t, p, []mentionCase{
		{"regions desk: the short name in a headline, the full one in the lead",
			"У Нижанківській громаді відкрили новий медпункт\n\nУ селі Нижанки відкрили медпункт. На відкритті був голова Нижанківської сільської громади Іван Петрук.",
			"Нижанківська сільська громада", []string{"Нижанківській громаді", "Нижанківської сільської громади"}, nil},
	})
}
