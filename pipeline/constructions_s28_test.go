package pipeline_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// TestS28PlaceOfAThing checks that a place after a thing named with a
// body's name in the genitive is the thing's, not the meeting's; a place
// after a person with a country's name stays the meeting's.
func TestS28PlaceOfAThing(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the place of a summit discussed, after a lead",
			"Зеленський прибув до Берліна. Зеленський і Шольц обговорили підготовку до саміту НАТО у Вашингтоні.",
			[]string{"CONSULT/visit Зеленський → Берлін @Берлін", "CONSULT/meet Зеленський,Шольц →  @Берлін"}},
		{"a person with a country's name: the place is the meeting's",
			"Зеленський зустрівся з прем'єром Польщі у Варшаві.",
			[]string{"CONSULT/meet Зеленський → Польща @Варшава"}},
		{"a summit of a body with its place discussed in a capital",
			"Блінкен прибув до Києва. Кулеба і Блінкен у Києві обговорили підсумки саміту ЄС у Брюсселі.",
			[]string{"CONSULT/visit Блінкен → Київ @Київ", "CONSULT/meet Кулеба,Блінкен →  @Київ"}},
		{"a meeting on the sidelines of a summit: the summit's place is the meeting's",
			"Зеленський зустрівся з Байденом на полях саміту НАТО у Вашингтоні.",
			[]string{"CONSULT/meet Зеленський → Байден @Вашингтон"}},
		{"a signing during a forum: the forum's place is the signing's",
			"Україна та Японія підписали угоду під час форуму в Токіо.",
			[]string{"AGREE Україна,Японія →  @Токіо"}},
		{"a delegation of a body: the place is the meeting's",
			"Шмигаль провів переговори з делегацією ЄС у Брюсселі.",
			[]string{"CONSULT/meet Шмигаль → ЄС @Брюссель"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS28AcronymsSkipFunctionWords checks that an acronym links to the
// full name whose prepositions and conjunctions it leaves out, either
// first.
func TestS28AcronymsSkipFunctionWords(t *testing.T) {
	p := load(t)
	tests := []struct{ text, want string }{
		{"Європейський банк реконструкції та розвитку надав кредит. ЄБРР також підтримав енергетиків.", "Європейський банк реконструкції та розвитку/ORG/2"},
		{"ЄБРР надав кредит. Європейський банк реконструкції та розвитку підтримав енергетиків.", "Європейський банк реконструкції та розвитку/ORG/2"},
		{"Державна служба з надзвичайних ситуацій повідомила про пожежу. ДСНС закликала людей.", "Державна служба з надзвичайних ситуацій/ORG/2"},
		{"Національне агентство з питань запобігання корупції перевірило декларацію. НАЗК виявило порушення.", "Національне агентство з питань запобігання корупції/ORG/2"},
		{"Міністерство освіти і науки України оголосило конкурс. У МОН пояснили умови.", "Міністерство освіти і науки України/ORG/2"},
	}
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		got := entitySummary(x, "")
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q among them", tt.text, got, tt.want)
		}
	}
}

// TestS28BodiesBeforeAnAdverb checks bodies opening a sentence whose verb
// comes after an adverb or two (ЄС також запровадив, суд заочно обрав),
// an acronym the lexicon reads as a common word (ВАКС as вакса), and a
// declined name past an adverb, which is no subject.
func TestS28BodiesBeforeAnAdverb(t *testing.T) {
	p := load(t)
	tests := []struct {
		text string
		want []string // TYPE:text of the ORG and LOC spans
	}{
		{"ЄС також запровадив санкції проти Ірану.", []string{"ORG:ЄС", "LOC:Ірану"}},
		{"ВАКС заочно заарештував ексміністра.", []string{"ORG:ВАКС"}},
		{"Вищий антикорупційний суд заочно обрав запобіжний захід.", []string{"ORG:Вищий антикорупційний суд"}},
		{"Генштаб вчора не підтвердив цю інформацію.", []string{"ORG:Генштаб"}},
		{"Держпідприємством тоді керував Юрій Зюков.", nil},
	}
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		got := spanSummary(x, "ORG", "LOC")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestS28LawyersClient checks that a lawyer's "клієнт" or "підзахисний"
// is the one named after the lawyer's title in the genitive, and no one
// when no lawyer's client was named.
func TestS28LawyersClient(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the client of the lawyer named before",
			"Адвокат Петренка Олена Мороз заявила, що її клієнт оскаржить рішення суду.",
			[]string{"ACCUSE Петренко → суд [future]"}},
		{"a defendant named so",
			"Адвокатка Ігоря Ткаченка Марія Лисенко повідомила, що її підзахисний оскаржить вирок.",
			[]string{"ACCUSE Ігор Ткаченко →  [future]"}},
		{"no lawyer's client named: the noun stays",
			"Олена Мороз заявила, що її клієнт оскаржить рішення суду.",
			[]string{"ACCUSE клієнт → суд [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS28BodiesInChargeOf checks a body named for what it is in charge of
// after у справах, which the entity model leaves out.
func TestS28BodiesInChargeOf(t *testing.T) {
	p := load(t)
	tests := []struct{ text, want string }{
		{"Мерія спільно з Міністерством у справах ветеранів відкрила центр.", "ORG:Міністерством у справах ветеранів"},
		{"Раніше Міністерство у справах молоді та спорту оголосило конкурс.", "ORG:Міністерство у справах молоді та спорту"},
		{"Допомогу надала Данська рада у справах біженців.", "ORG:Данська рада у справах біженців"},
	}
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		got := spanSummary(x)
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q among them", tt.text, got, tt.want)
		}
	}
}

// TestS28PhraseWholeName checks that an actor named by a phrase of a kind
// noun and its genitives is not cut inside a name at its end.
func TestS28PhraseWholeName(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a board of a fund named in full",
			"Рада виконавчих директорів Міжнародного валютного фонду у п'ятницю схвалила виділення Україні траншу.",
			[]string{"AID Рада виконавчих директорів Міжнародного валютного фонду → Україна"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS28Alliance checks that the Alliance named by its descriptor is
// NATO: one body, named НАТО, whichever came first and whatever type the
// entity model gave the descriptor.
func TestS28Alliance(t *testing.T) {
	p := load(t)
	tests := []struct{ text, want string }{
		{"Генсек НАТО прибув до Києва. Зеленський подякував Альянсу за підтримку.", "НАТО/ORG/2"},
		{"Україна чекає на запрошення до Альянсу. Генсек НАТО відповів, що двері відчинені.", "НАТО/ORG/2"},
		{"Північноатлантичний альянс розширив присутність. Генсек НАТО заявив про нові плани.", "Північноатлантичний альянс/ORG/2"},
	}
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		got := entitySummary(x, "")
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q among them", tt.text, got, tt.want)
		}
	}
}

// TestS28RegionNames checks that a region named by its centre (Харківщина,
// Вінниччина) is the region of its official name, and that a party named
// like a region is not taken for one.
func TestS28RegionNames(t *testing.T) {
	p := load(t)
	tests := []struct {
		text string
		want []string
	}{
		{"На Харківщині тривають обстріли. Харківська область залишається під ударом.", []string{"Харківська область/LOC/2"}},
		{"Генератори отримала Вінницька область. На Вінниччині їх уже встановили.", []string{"Вінницька область/LOC/2"}},
		{"Російські війська обстріляли Курську область. На Курщині оголосили евакуацію.", []string{"Курська область/LOC/2"}},
		{"Житомирщина і Рівненщина отримали кошти.", []string{"Житомирщина/LOC/1", "Рівненщина/LOC/1"}},
	}
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		got := entitySummary(x, "LOC")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestS28WomanSubject checks that a woman's name opening a sentence
// before a verb in the feminine keeps its form, which the lemmatizer read
// as a man's in the genitive, and that a genitive name before a woman's
// verb that agrees with another noun is still declined.
func TestS28WomanSubject(t *testing.T) {
	p := load(t)
	tests := []struct{ text, name, want string }{
		{"Кристаліна Георгієва заявила про нову програму.\nДиректорка МВФ Кристаліна Георгієва відвідала Київ.", "Кристаліна Георгієва", "Кристаліна Георгієва"},
		{"Олега Мельника затримала поліція.", "Олега Мельника", "Олег Мельник"},
		{"Президентка Європейської комісії Урсула фон дер Ляєн заявила, що ЄС виділить Україні 50 млрд євро.", "Урсула фон дер Ляєн", "Урсула фон дер Ляєн"},
		{"Донька заступника прокурора Київської області Олександра Корнійця стала власницею квартири.", "Олександра Корнійця", "Олександр Корнієць"},
	}
	for _, tt := range tests {
		checkBaseForms(t, p.Extract(tt.text, time.Time{}), tt.text, "PERS", tt.name, tt.want)
	}
}

// TestS28OrgPerson checks that a person's first name the ORG span of the
// body in her title took is given back to her name when a particle of a
// foreign name follows it, and that a person named right after a body
// named for another person is left alone.
func TestS28OrgPerson(t *testing.T) {
	p := load(t)
	tests := []struct {
		text string
		want []string // ORG and PERS spans
	}{
		{"Президентка Європейської комісії Урсула фон дер Ляєн заявила про нові санкції.", []string{"ORG:Європейської комісії", "PERS:Урсула фон дер Ляєн"}},
		{"Ректор Прикарпатського університету імені Василя Стефаника Ігор Цепенда привітав студентів.", nil},
	}
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		got := spanSummary(x, "ORG", "PERS")
		if tt.want == nil {
			for _, g := range got {
				if strings.HasPrefix(g, "PERS:Стефаника") || strings.HasSuffix(g, " Василя") {
					t.Errorf("%q: the body's namesake cut from its name: %q", tt.text, got)
				}
			}
			continue
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestS28TitleVersions checks that the versions of a champion's titles
// (за версіями WBA, WBC та WBO) cite no one.
func TestS28TitleVersions(t *testing.T) {
	p := load(t)
	x := p.Extract("Олександр Усик захистив титули чемпіона світу за версіями WBA, WBC та WBO. Слідчі, за версією слідства, встановили мотив.", time.Time{})
	for _, q := range x.Quotes {
		if strings.Contains(q.Text, "WBC") {
			t.Errorf("a quote of the titles' versions: %+v", q)
		}
	}
}

// TestS28InitialAdjective checks that a place's adjective opening a
// sentence before a noun in lower case is no place, while a place's name
// there stays one.
func TestS28InitialAdjective(t *testing.T) {
	p := load(t)
	tests := []struct {
		text string
		want []string // LOC spans
	}{
		{"Український боксер Олександр Усик переміг британця.", nil},
		{"Івано-Франківська поліція розслідує крадіжку.", nil},
		{"Генератори отримала Київська область.", []string{"LOC:Київська область"}},
		{"Україна отримала генератори.", []string{"LOC:Україна"}},
	}
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		got := spanSummary(x, "LOC")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestS28TitleCommas checks that a title's words keep the text's spacing
// around a comma.
func TestS28TitleCommas(t *testing.T) {
	p := load(t)
	x := p.Extract("Голова Комітету з питань національної безпеки, оборони та розвідки Олександр Завітневич зазначив, що закон набуде чинності.", time.Time{})
	for _, e := range x.Entities {
		for _, ti := range e.Titles {
			if strings.Contains(ti, " ,") {
				t.Errorf("%s: title %q has a space before its comma", e.Name, ti)
			}
		}
	}
}

// entitySummary lists the entities of x of type typ (any when "") as
// name/TYPE/mentions.
func entitySummary(x *vistka.Extraction, typ string) []string {
	var out []string
	for _, e := range x.Entities {
		if typ == "" || e.Type == typ {
			out = append(out, fmt.Sprintf("%s/%s/%d", e.Name, e.Type, len(e.Mentions)))
		}
	}
	return out
}

// spanSummary lists the spans of x of the types given (any when none) as
// TYPE:text.
func spanSummary(x *vistka.Extraction, types ...string) []string {
	var out []string
	for _, s := range x.Spans {
		if len(types) == 0 || slices.Contains(types, s.Type) {
			out = append(out, s.Type+":"+s.Text)
		}
	}
	return out
}

// TestS28AnswerPromised checks that a harsh answer promised is a threat
// and a promise of help or an answer with no such adjective is none.
func TestS28AnswerPromised(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a harsh answer promised in quotation marks",
			"У МЗС Росії пообіцяли «жорстку відповідь» на нові санкції.",
			[]string{"THREATEN МЗС Росії → "}},
		{"a mirror answer promised",
			"Кремль обіцяє дзеркальну відповідь на рішення Литви.",
			[]string{"THREATEN Кремль → "}},
		{"an answer promised with no such adjective",
			"Міністерство пообіцяло відповідь на запит журналістів.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
