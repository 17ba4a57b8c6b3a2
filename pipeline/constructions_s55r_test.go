package pipeline_test

import (
	"slices"
	"testing"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/pipeline"
)

// Readings fixed in task s55r (titles and role/pronoun resolution, found
// with the paraphrase set TestParaphraseS55R). The sentences are our own.

// TestS55RWomansTitleAfterPluralVerb: a woman's title in -иця or -ка in
// the dative, which has the form of the nominative plural, after a
// plural verb with no subject, is the title of the woman named after it
// in the dative; her name is given in its base form.
func TestS55RWomansTitleAfterPluralVerb(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Грамоту вручили речниці міської ради Оксані Дячук.", "Оксана Дячук",
			[]string{"речниця міської ради"}, nil},
		{"Слово надали керівниці управління культури Марті Федорук.", "Марта Федорук",
			[]string{"керівниця управління культури"}, nil},
		{"Відповідь надіслали начальниці відділу кадрів Зоряні Климчук.", "Зоряна Климчук",
			[]string{"начальниця відділу кадрів"}, nil},
	})
}

// roleCase is a text, a role phrase or pronoun of it as written, and the
// person it must stand for ("" for no one).
type roleCase struct{ text, mention, person string }

// checkRoleCases checks that each case's mention is a mention of the
// person it names, and of no one when it names none.
func checkRoleCases(t *testing.T, p *pipeline.Pipeline, tests []roleCase) {
	t.Helper()
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		holder := ""
		for _, e := range x.Entities {
			if slices.ContainsFunc(e.Mentions, func(m vistka.Mention) bool { return m.Text == tt.mention && m.Kind != "name" }) {
				holder = e.Name
			}
		}
		if holder != tt.person {
			t.Errorf("%s\n%q stands for %q, want %q", tt.text, tt.mention, holder, tt.person)
		}
	}
}

// TestS55RWomansKindWord: a woman's word for a kind of office
// (дипломатка, посадовиця) stands for a woman whose title is written in
// the man's form (посол, заступник міністра), as the woman's form.
func TestS55RWomansKindWord(t *testing.T) {
	p := load(t)
	checkRoleCases(t, p, []roleCase{
		{"Посол Чехії в Україні Ганна Новотна відвідала Житомир. «Ми профінансуємо ремонт лікарні», – наголосила дипломатка.",
			"дипломатка", "Ганна Новотна"},
		{"Консул Польщі у Вінниці Марта Завадська зустрілася з волонтерами. Разом з дипломаткою до міста приїхали лікарі.",
			"дипломаткою", "Марта Завадська"},
	})
}

// TestS55RBanker: банкір stands for the one whose title names a bank (a
// word with банк in it, or НБУ), past another man named between, and
// not for a man whose titles name no bank.
func TestS55RBanker(t *testing.T) {
	p := load(t)
	checkRoleCases(t, p, []roleCase{
		{"Прем'єр-міністр Олег Вдовиченко провів зустріч з головою правління Райффайзен Банку Іваном Гончаруком. Банкір розповів про кредити для енергетиків.",
			"Банкір", "Іван Гончарук"},
		{"Заступник голови НБУ Остап Левчук поспілкувався з аграріями Полтавщини. Банкір пообіцяв, що ставки за кредитами знизяться.",
			"Банкір", "Остап Левчук"},
		{"Депутат Олег Вдовиченко виступив на засіданні банківського комітету. Банкір пообіцяв, що ставки за кредитами знизяться.",
			"Банкір", ""},
	})
}

// TestS55RLatter: Останній or Остання opening a sentence as its subject
// is the person of its gender named last in the sentence before, when
// that sentence names two persons; it is no one's when it names one, or
// when the word goes with a noun.
func TestS55RLatter(t *testing.T) {
	p := load(t)
	checkRoleCases(t, p, []roleCase{
		{"Мер Полтави Олександр Мамай зустрівся з головою ОВА Володимиром Коханом. Останній пообіцяв кошти на ремонт мостів.",
			"Останній", "Володимир Кохан"},
		{"Ректорка Ірина Мельник провела нараду з деканкою Оленою Бойко. Остання розповіла про вступну кампанію.",
			"Остання", "Олена Бойко"},
		{"Засновниками фірми є Ганна Кравчук і Тарас Левицький. Останній також є її директором.",
			"Останній", "Тарас Левицький"},
		{"Голова ОВА Володимир Кохан відвідав Кременчук. Останній тиждень місто жило без світла.",
			"Останній", ""},
		{"Голова ОВА Володимир Кохан відвідав Кременчук. Останній пообіцяв відремонтувати міст.",
			"Останній", ""},
	})
}

// TestS55RHeInQuoteOfAnother: він opening the quoted words that open a
// sentence is the other man the sentence before names, when the words
// are said by that sentence's subject (named or called by his role after
// the words), who does not call himself він.
func TestS55RHeInQuoteOfAnother(t *testing.T) {
	p := load(t)
	checkRoleCases(t, p, []roleCase{
		{"Прем'єр Польщі Дональд Туск відповів на слова Віктора Орбана. «Він грає на руку Кремлю», – заявив Туск.",
			"Він", "Віктор Орбан"},
		{"Голова Харківської ОВА Олег Синєгубов прокоментував затримання Ігоря Терехова. «Він має відповісти за кожну гривню», – сказав очільник ОВА.",
			"Він", "Ігор Терехов"},
		{"Олег Синєгубов зустрівся з Ігорем Тереховим. «Він має відповісти за кожну гривню», – сказав Андрій Коваль.",
			"Він", ""},
	})
}

// TestS55RUnnamedSubjectBefore: a pronoun opening a sentence after a
// sentence whose subject is a common noun for a person no one is named
// by (Його представник, Місцевий житель) goes on with that subject, not
// with a person of its gender named further back; a subject inside
// quoted words does not count.
func TestS55RUnnamedSubjectBefore(t *testing.T) {
	p := load(t)
	checkRoleCases(t, p, []roleCase{
		{"Податкова оштрафувала підприємця Григорія Литвина. Його представник подав скаргу до суду. Він наполягає, що штраф незаконний.",
			"Він", ""},
		{"Поліція затримала Олега Сидоренка. Місцевий житель розповів журналістам про бійку. Він стверджує, що бачив усе з балкона.",
			"Він", ""},
		{"«Провідник брав гроші наперед», – розповів речник ДПСУ Андрій Демченко. Він додав, що справу передали до суду.",
			"Він", "Андрій Демченко"},
	})
}

// TestS55RDativeTitleAfterName: a title word in the dative right after a
// person's name in the genitive (an award named after someone) is not
// that name's complement: it is the title of the name after it.
func TestS55RDativeTitleAfterName(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Міністр вручив медаль Івана Мазепи командирові 93-ї окремої механізованої бригади Павлу Федосенку. Нагородження відбулося в Харкові.",
			"Павло Федосенко", []string{"командир 93-ї окремої механізованої бригади"}, nil},
		{"Генерал вручив відзнаку Тараса Шевченка командирові 24-ї окремої механізованої бригади Остапу Мельнику в Дніпрі.",
			"Остап Мельник", []string{"командир 24-ї окремої механізованої бригади"}, nil},
	})
}
