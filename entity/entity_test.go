package entity_test

import (
	"strings"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/tokenize"
)

// analysis builds a one-sentence analysis from text whose entity spans are
// marked [TYPE text|lemma].
func analysis(marked string) *vistka.Analysis {
	var text []rune
	var spans []vistka.Span
	r := []rune(marked)
	for i := 0; i < len(r); i++ {
		if r[i] != '[' {
			text = append(text, r[i])
			continue
		}
		j := i + 1
		for r[j] != ']' {
			j++
		}
		inner := string(r[i+1 : j])
		typ, rest, _ := strings.Cut(inner, " ")
		surface, lemma, _ := strings.Cut(rest, "|")
		start := len(text)
		text = append(text, []rune(surface)...)
		spans = append(spans, vistka.Span{Start: start, End: len(text), Type: typ, Text: surface, Lemma: lemma})
		i = j
	}
	return &vistka.Analysis{Text: string(text), Spans: spans, Sentences: tokenize.Sentences(string(text))}
}

type fakeAliases map[string]string

func (f fakeAliases) Canonical(name string) (string, bool) {
	k, ok := f[name]
	return k, ok
}

func TestLink(t *testing.T) {
	aliases := fakeAliases{"США": "US", "Сполучені Штати": "US", "Сполучені Штати Америки": "US"}
	tests := []struct {
		name, text string
		want       []string // NAME/TYPE/mentions/titles of each entity
	}{
		{"surname joins full name",
			"[PERS Ентоні Блінкен|Ентоні Блінкен] прибув. [PERS Блінкена|Блінкен] зустріли. [PERS Блінкен|Блінкен] сказав.",
			[]string{"Ентоні Блінкен/PERS/3/"}},
		{"surname first, full name later",
			"[PERS Токаєв|Токаєв] сказав. [PERS Касим-Жомарт Токаєв|Касим-Жомарт Токаєв] додав.",
			[]string{"Касим-Жомарт Токаєв/PERS/2/"}},
		{"a first name and a surname tagged apart are one name",
			"Посол [LOC Швеції|Швеція] [PERS Туре|Тур] [PERS Ульсен|Ульсен] приїхав. [PERS Ульсен|Ульсен] сказав.",
			[]string{"Швеція/LOC/1/", "Туре Ульсен/PERS/2/"}},
		{"a first name and a surname tagged apart, oblique case",
			"Зустріч із [PERS Олафом|Олаф] [PERS Ульсеном|Ульсен] почалася.",
			[]string{"Олаф Ульсен/PERS/1/"}},
		{"a first name that stands alone elsewhere is a person of its own",
			"[PERS Марек|Марек] мовчав. Потім [PERS Марек|Марек] [PERS Ядвіга|Ядвіга] пішли.",
			[]string{"Марек/PERS/2/", "Ядвіга/PERS/1/"}},
		{"two people apart by a comma stay apart",
			"[PERS Петренко|Петренко], [PERS Коваль|Коваль] і [PERS Мельник|Мельник] прийшли.",
			[]string{"Петренко/PERS/1/", "Коваль/PERS/1/", "Мельник/PERS/1/"}},
		{"ambiguous surname stays apart",
			"[PERS Джо Байден|Джо Байден] і [PERS Гантер Байден|Гантер Байден]. [PERS Байден|Байден] сказав.",
			[]string{"Джо Байден/PERS/1/", "Гантер Байден/PERS/1/", "Байден/PERS/1/"}},
		{"aliases of a country",
			"[LOC США|США] і [LOC Сполученими Штатами|Сполучені Штати] та [LOC Сполучених Штатів|Сполучені Штати].",
			[]string{"Сполучені Штати/LOC/3/"}},
		{"acronym",
			"[ORG Національний банк України|Національний банк України] знизив ставку. [ORG НБУ|НБУ] пояснив.",
			[]string{"Національний банк України/ORG/2/"}},
		{"a union's acronym, full and clipped names, tagged once a body and once a place, are one union",
			"[ORG ЄС|ЄС] запровадив санкції. [LOC Європейський Союз|Європейський Союз] закликав. [LOC Євросоюз|Євросоюз] готовий.",
			[]string{"Європейський Союз/ORG/3/"}},
		{"a full name tagged as a place, then its acronym as a body",
			"[LOC Європейського Союзу|Європейський Союз] рада. [ORG ЄС|ЄС] пояснив.",
			[]string{"Європейський Союз/LOC/2/"}},
		{"a clipped name and the full one (Єврокомісія, Європейська комісія; Держдума, Державна дума)",
			"[ORG Єврокомісія|Єврокомісія] схвалила. [ORG Європейська комісія|Європейська комісія] пояснила. [ORG Держдума|Держдума] і [ORG Державна дума|Державна дума].",
			[]string{"Європейська комісія/ORG/2/", "Державна дума/ORG/2/"}},
		{"a clipped name is not a full name with another noun or another adjective",
			"[ORG Євросоюз|Євросоюз] і [ORG Європейський парламент|Європейський парламент] та [ORG Національна комісія|Національна комісія] і [ORG Держкомісія|Держкомісія].",
			[]string{"Євросоюз/ORG/1/", "Європейський парламент/ORG/1/", "Національна комісія/ORG/1/", "Держкомісія/ORG/1/"}},
		{"a clipped compound of a name whose second word is capitalised (Кабмін)",
			"Звернулися до [ORG Кабміну|Кабмін]. [ORG Кабінет Міністрів|Кабінет Міністрів] відповів.",
			[]string{"Кабінет Міністрів/ORG/2/"}},
		{"acronym with a name tail",
			"[ORG МЗС України|МЗС України] заявило. [ORG Міністерство закордонних справ України|Міністерство закордонних справ України] додало. [ORG МЗС|МЗС] нагадало.",
			[]string{"Міністерство закордонних справ України/ORG/3/"}},
		{"first name alone",
			"[PERS Емманюель Макрон|Емманюель Макрон] прибув. Дякую, [PERS Емманюелю|Емманюель].",
			[]string{"Емманюель Макрон/PERS/2/"}},
		{"a first name alone before the full name",
			"[PERS Прабово|Прабово] подзвонив. Президент [PERS Прабово Субіянто|Прабово Субіянто] подякував. [PERS Прабово|Прабово] додав.",
			[]string{"Прабово Субіянто/PERS/3/"}},
		{"a first name alone before a full name of another first name stays apart",
			"[PERS Дмитро|Дмитро] прибув. [PERS Олег Дмитренко|Олег Дмитренко] говорив.",
			[]string{"Дмитро/PERS/1/", "Олег Дмитренко/PERS/1/"}},
		{"first name shared stays apart",
			"[PERS Дмитро Кулеба|Дмитро Кулеба] і [PERS Дмитро Пєсков|Дмитро Пєсков]. [PERS Дмитро|Дмитро] сказав.",
			[]string{"Дмитро Кулеба/PERS/1/", "Дмитро Пєсков/PERS/1/", "Дмитро/PERS/1/"}},
		{"an organisation that is a title before a name",
			"[ORG Президент України|Президент України] [PERS Володимир Зеленський|Володимир Зеленський] прибув.",
			[]string{"Володимир Зеленський/PERS/1/президент України"}},
		{"a place that is a title before a name",
			"Вона зустрілася з [LOC Прем'єр-міністеркою України|Прем'єр-міністерка України] [PERS Юлією Свириденко|Юлія Свириденко].",
			[]string{"Юлія Свириденко/PERS/1/прем'єр-міністерка України"}},
		{"a place before a name is no title without a role word",
			"Потяг привіз до [LOC Києва|Київ] [PERS Івана Петренка|Іван Петренко].",
			[]string{"Київ/LOC/1/", "Іван Петренко/PERS/1/"}},
		{"a surname with particles opening a sentence",
			"[PERS Урсула фон дер Ляєн|Урсула фон дер Ляєн] прибула. [PERS Фон дер Ляєн|Фон дер Ляєн] заявила.",
			[]string{"Урсула фон дер Ляєн/PERS/2/"}},
		{"Ван is a name, not a particle",
			"[PERS Ван І|Ван І] прибув. [PERS Ван Ган|Ван Ган] заявив.",
			[]string{"Ван І/PERS/1/", "Ван Ган/PERS/1/"}},
		{"title before name",
			"[JOB Державний секретар|Державний секретар] [LOC США|США] [PERS Ентоні Блінкен|Ентоні Блінкен] прибув.",
			[]string{"США/LOC/1/", "Ентоні Блінкен/PERS/1/державний секретар США"}},
		{"title as apposition",
			"[PERS Ентоні Блінкен|Ентоні Блінкен], [JOB державний секретар США|державний секретар США], прибув.",
			[]string{"Ентоні Блінкен/PERS/1/державний секретар США", "США/LOC/1/"}}, // a place inside a title is a place mention
		{"role phrase resolves",
			"[JOB Державний секретар США|Державний секретар США] [PERS Ентоні Блінкен|Ентоні Блінкен] прибув. Потім [JOB державний секретар США|державний секретар США] подякував.",
			[]string{"США/LOC/2/", "Ентоні Блінкен/PERS/2/державний секретар США"}},
		{"a company's subsidiary is not the company",
			"[ORG ТЕК Поліські мережі|ТЕК Поліські мережі] відновили світло. У [ORG ТЕК|ТЕК] обіцяють ремонт.",
			[]string{"ТЕК Поліські мережі/ORG/1/", "ТЕК/ORG/1/"}},
		{"a ministry named by its abbreviation and its country",
			"[ORG МЗС України|МЗС України] відповіло. У [ORG МЗС|МЗС] наголосили.",
			[]string{"МЗС України/ORG/2/"}},
		{"same type only",
			"[LOC Вашингтон|Вашингтон] і [PERS Джордж Вашингтон|Джордж Вашингтон].",
			[]string{"Вашингтон/LOC/1/", "Джордж Вашингтон/PERS/1/"}},
		{"a country tagged once as a body is the country",
			"[LOC США|США] відповіли. Це виклик [ORG Сполученим Штатам|Сполучені Штати].",
			[]string{"Сполучені Штати/LOC/2/"}},
		{"a body tagged first, the country after: a country is a place",
			"Це виклик [ORG Сполученим Штатам|Сполучені Штати]. [LOC США|США] відповіли.",
			[]string{"Сполучені Штати/LOC/2/"}},
		{"a body's acronym tagged as a place, the full name first",
			"[ORG Світова організація торгівлі|Світова організація торгівлі] відповіла. Україна звернеться до [LOC СОТ|СОТ].",
			[]string{"Світова організація торгівлі/ORG/2/"}},
		{"a body's acronym tagged as a place, the acronym first",
			"Україна звернеться до [LOC СОТ|СОТ]. Правила [ORG Світової організації торгівлі|Світова організація торгівлі] це дозволяють.",
			[]string{"Світова організація торгівлі/LOC/2/"}},
		{"a place's acronym is no body of other initials",
			"[LOC США|США] і [ORG Світова організація торгівлі|Світова організація торгівлі] домовилися.",
			[]string{"США/LOC/1/", "Світова організація торгівлі/ORG/1/"}},
		{"an acronym in brackets after the name",
			"[ORG Міжнародна організація цивільної авіації|Міжнародна організація цивільної авіації] ([ORG ICAO|ICAO]) відповіла. [ORG ICAO|ICAO] додала.",
			[]string{"Міжнародна організація цивільної авіації/ORG/3/"}},
		{"a person's initials in brackets stay apart",
			"[PERS Іван Петренко|Іван Петренко] ([ORG ГО|ГО]) заявив.",
			[]string{"Іван Петренко/PERS/1/", "ГО/ORG/1/"}},
		{"a Cyrillic acronym in brackets of another initial stays apart",
			"[LOC Донецька область|Донецька область] ([LOC ОРДЛО|ОРДЛО]) під обстрілом.",
			[]string{"Донецька область/LOC/1/", "ОРДЛО/LOC/1/"}},
		{"an acronym in brackets after other words",
			"[ORG Світовий банк|Світовий банк] надав кредит ([ORG ЄБРР|ЄБРР]).",
			[]string{"Світовий банк/ORG/1/", "ЄБРР/ORG/1/"}},
		{"a compound of the words' beginnings",
			"[ORG Мін'юст|Мін'юст] зупинив реєстри. [ORG Міністерство юстиції|Міністерство юстиції] пояснило.",
			[]string{"Міністерство юстиції/ORG/2/"}},
		{"a compound with the name tail, the full name first",
			"[ORG Генеральний штаб ЗСУ|Генеральний штаб ЗСУ] повідомив. За даними [ORG Генштабу ЗСУ|Генштаб ЗСУ], бої тривають. [ORG Генштаб|Генштаб] додав.",
			[]string{"Генеральний штаб ЗСУ/ORG/3/"}},
		{"a compound whose parts are not the words' beginnings stays apart",
			"[ORG Укрпошта|Укрпошта] і [ORG Українська залізниця|Українська залізниця] підписали угоду.",
			[]string{"Укрпошта/ORG/1/", "Українська залізниця/ORG/1/"}},
		{"a two-letter acronym of a clipped compound, the compound first",
			"[ORG Єврокомісія|Єврокомісія] закликала уряд. Речник [ORG ЄК|ЄК] нагадав про правила.",
			[]string{"Єврокомісія/ORG/2/"}},
		{"a two-letter acronym of a clipped compound, the acronym first",
			"Країни [LOC ЄС|ЄС] домовилися. Рада [LOC Євросоюзу|Євросоюз] схвалила план.",
			[]string{"Євросоюз/LOC/2/"}},
		{"a two-letter acronym of another second part stays apart",
			"[ORG Єврокомісія|Єврокомісія] і [ORG ЄС|ЄС] відповіли.",
			[]string{"Єврокомісія/ORG/1/", "ЄС/ORG/1/"}},
		{"a compound of no clipped prefix stays apart",
			"[ORG Нафтогаз|Нафтогаз] і [ORG НГ|НГ] підписали угоду.",
			[]string{"Нафтогаз/ORG/1/", "НГ/ORG/1/"}},
		{"a compound of another tail stays apart",
			"[ORG Генштаб ЗСУ|Генштаб ЗСУ] і [ORG Генеральний штаб Польщі|Генеральний штаб Польщі] домовилися.",
			[]string{"Генштаб ЗСУ/ORG/1/", "Генеральний штаб Польщі/ORG/1/"}},
		{"a foreign surname left with its case ending joins the full name",
			"[PERS Йоганн Вадефуль|Йоганн Вадефуль] прибув. Зустріч [PERS Вадефуля|Вадефуля] з прем'єром відбудеться.",
			[]string{"Йоганн Вадефуль/PERS/2/"}},
		{"a case ending on a surname two people share stays apart",
			"[PERS Віталій Кличко|Віталій Кличко] і [PERS Володимир Кличко|Володимир Кличко] прийшли. Промова [PERS Кличка|Кличка] тривала.",
			[]string{"Віталій Кличко/PERS/1/", "Володимир Кличко/PERS/1/", "Кличка/PERS/1/"}},
		{"a company with its legal form, then without",
			"[ORG ТОВ «Альфа»|ТОВ «Альфа»] виграло тендер. [ORG «Альфа»|Альфа] отримає гроші. Директор [ORG «Альфи»|Альфа] подякував.",
			[]string{"ТОВ «Альфа»/ORG/3/"}},
		{"a company without its legal form, then with",
			"[ORG Укрзалізниця|Укрзалізниця] закупить локомотиви. Контракт уклало [ORG АТ «Укрзалізниця»|АТ «Укрзалізниця»].",
			[]string{"АТ «Укрзалізниця»/ORG/2/"}},
		{"two companies of one name with other legal forms stay apart from a third",
			"[ORG ТОВ «Альфа»|ТОВ «Альфа»] і [ORG ТОВ «Бета»|ТОВ «Бета»] уклали договір.",
			[]string{"ТОВ «Альфа»/ORG/1/", "ТОВ «Бета»/ORG/1/"}},
		{"an acronym of a company named with its legal form",
			"[ORG ДП «Адміністрація морських портів України»|ДП «Адміністрація морських портів України»] звітує. [ORG АМПУ|АМПУ] заявила.",
			[]string{"ДП «Адміністрація морських портів України»/ORG/2/"}},
		{"a name in Latin letters read as a place and as a body is one",
			"[LOC General Electric|General Electric] постачатиме локомотиви. Контракт з [ORG General Electric|General Electric] підписано.",
			[]string{"General Electric/LOC/2/"}},
		{"a name in Cyrillic keeps its type apart",
			"[LOC Дніпро|Дніпро] переміг. [ORG Дніпро|Дніпро] підписав гравця.",
			[]string{"Дніпро/LOC/1/", "Дніпро/ORG/1/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := entity.Link(analysis(tt.text), aliases)
			var got []string
			for _, e := range r.Entities {
				got = append(got, e.Name+"/"+e.Type+"/"+itoa(len(e.Mentions))+"/"+strings.Join(e.Titles, ";"))
			}
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestAt(t *testing.T) {
	a := analysis("Вчора [PERS Ентоні Блінкен|Ентоні Блінкен] прибув до [LOC Астани|Астана].")
	r := entity.Link(a, nil)
	if got := r.At(6, 12); got != "E1" {
		t.Errorf("At(Ентоні) = %q, want E1", got)
	}
	if got := r.At(0, 5); got != "" {
		t.Errorf("At(Вчора) = %q, want none", got)
	}
	if r.Type("E2") != "LOC" || r.Type("E9") != "" || r.Type("x") != "" {
		t.Errorf("Type wrong")
	}
}

func itoa(n int) string { return string(rune('0' + n)) }

func TestBetter(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Ентоні Блінкен", "Блінкен", true},
		{"Блінкен", "Ентоні Блінкен", false},
		{"Л. Онул", "Лариса Онул", false},
		{"Лариса Онул", "Лариса Анатоліївна", true},
		{"Лариса Анатоліївна", "Лариса Онул", false},
		{"Лариса Анатоліївна Онул", "Лариса Онул", true},
	}
	for _, tt := range tests {
		if got := entity.Better(tt.a, tt.b); got != tt.want {
			t.Errorf("Better(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestLinkAdjacentCases: two one-word names one space apart are one
// person's unless their cases differ and one of them is oblique.
func TestLinkAdjacentCases(t *testing.T) {
	tests := []struct {
		name, text string
		first, sec string // the tags of the two words
		want       []string
	}{
		{"nominative and a misread vocative",
			"Сказав [PERS Туре|Тур] [PERS Ульсен|Ульсен].", "noun:anim:m:v_kly:prop", "noun:anim:m:v_naz:prop",
			[]string{"Туре Ульсен/PERS/1/"}},
		{"the subject and a dative",
			"Говорив [PERS Марек|Марек] [PERS Ядвізі|Ядвіга] правду.", "noun:anim:m:v_naz:prop", "noun:anim:f:v_dav:prop",
			[]string{"Марек/PERS/1/", "Ядвіга/PERS/1/"}},
		{"an instrumental and the subject",
			"З [PERS Шольцом|Шольц] [PERS Макрон|Макрон] говорив.", "noun:anim:m:v_oru:prop", "noun:anim:m:v_naz:prop",
			[]string{"Шольц/PERS/1/", "Макрон/PERS/1/"}},
		{"both in the genitive",
			"Слова [PERS Олафа|Олаф] [PERS Ульсена|Ульсен] почули.", "noun:anim:m:v_rod:prop", "noun:anim:m:v_rod:prop",
			[]string{"Олаф Ульсен/PERS/1/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analysis(tt.text)
			toks := a.Sentences[0].Tokens
			for k := range toks {
				switch toks[k].RStart {
				case a.Spans[0].Start:
					toks[k].Tag = tt.first
				case a.Spans[1].Start:
					toks[k].Tag = tt.sec
				}
			}
			r := entity.Link(a, nil)
			var got []string
			for _, e := range r.Entities {
				got = append(got, e.Name+"/"+e.Type+"/"+itoa(len(e.Mentions))+"/")
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCountryAcronym checks that an acronym of a country's official name
// (РФ for Російська Федерація) is the country named otherwise in the
// document, with the aliases the pipeline gives.
func TestCountryAcronym(t *testing.T) {
	a := analysis("[LOC Росія|Росія] атакувала Київ. Удар [ORG РФ|РФ] пошкодив будинки.")
	r := entity.Link(a, acronymTable{"росія": "RU", "#рф": "RU"})
	if len(r.Entities) != 1 || r.Entities[0].Name != "Росія" || r.Entities[0].Type != "LOC" || len(r.Entities[0].Mentions) != 2 {
		t.Errorf("got %v, want one place Росія with 2 mentions", r.Entities)
	}
}

// acronymTable is a small alias table with acronyms, keyed as the
// pipeline's (an acronym's key opens with #).
type acronymTable map[string]string

func (t acronymTable) Canonical(name string) (string, bool) {
	k, ok := t[strings.ToLower(name)]
	return k, ok
}

func (t acronymTable) Acronym(short string) (string, bool) {
	k, ok := t["#"+strings.ToLower(short)]
	return k, ok
}
