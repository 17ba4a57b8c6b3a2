package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found auditing the precision of
// quotes over real texts no gold set uses (fiction, essays, popular
// science and investigative news); the sentences are our own.

func TestQuotePrecision(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"все, що after a cue is a relative clause on what was said, not a claim",
			"На зборах Марія могла говорити все, що хотіла. Петро з вдячністю згадував усе те, що сусіди для нього зробили.",
			nil},
		{"an addressee before , що is still one",
			"Директор Петро Іваненко повідомив усіх, що завод зупиняється.",
			[]string{"Петро Іваненко/повідомити/indirect: завод зупиняється"}},
		{"a cue with its content named by те, що still reports",
			"Під конфліктом інтересів міністерство має на увазі те, що суддя працював у відомстві.",
			[]string{"міністерство/мати на увазі/indirect: суддя працював у відомстві"}},
		{"an infinitive cue after an impersonal modal is the writer's aside",
			"Якщо не брати до уваги сварки з Петром, можна сказати, що день видався вдалим. Слід зазначити, що ціни зросли. Варто нагадати, що міст закрито.",
			nil},
		{"a finite cue in the same sentence still has its speaker",
			"Можливо, мер Одеси Петро Іваненко заявив, що міст закрито.",
			[]string{"Петро Іваненко/заявити/indirect: міст закрито"}},
		{"a cue with an infinitive after it does not report the clause before it",
			"Петро не продавав хату, хитрий був чоловік, вирішив обдурити сусіда.",
			nil},
		{"a cue after the clause it reports, with its speaker after it, still reports",
			"Ціни на хліб зростуть, заявив мер Петро Іваненко.",
			[]string{"Петро Іваненко/заявити/indirect: Ціни на хліб зростуть"}},
		{"a cue with я or ми after a comma is the narrator's, not a name's earlier in the sentence",
			"Марія нічого не їла, я подумала: у дитини застуда.\n\nПетро мовчав, а я сказав, що треба йти додому.\n\nОльга довго мовчала, і ми вирішили, що вона втомилася.",
			nil},
		{"a name after the comma still speaks",
			"Петро мовчав, а Марія Коваль сказала, що треба йти додому.",
			[]string{"Марія Коваль/сказати/indirect: треба йти додому"}},
		{"words given by мовляв end where the doer's next act begins",
			"Петро підніс палець до вуст, мовляв, мовчи й слухай, і показав рукою на двері.",
			[]string{"Петро/мовляв/indirect: мовчи й слухай"}},
		{"a conjunct of the words themselves stays in them",
			"Петро махнув рукою, мовляв, ніхто не прийде і чекати нічого.",
			[]string{"Петро/мовляв/indirect: ніхто не прийде і чекати нічого"}},
		{"content told by про ends at the speaker's next act set off by a comma",
			"Петро Іваненко згадав про всі свої давні приниження, стиснув кулаки і побіг далі.",
			[]string{"Петро Іваненко/згадати/indirect: про всі свої давні приниження"}},
		{"a що-clause inside the про phrase runs on past its own verbs",
			"Директор Петро Іваненко розповів про те, що фірма отримала кошти, купила авто і зникла.",
			[]string{"Петро Іваненко/розповісти/indirect: фірма отримала кошти, купила авто і зникла"}},
		{"відповідати with a dative thing before the colon meets it, it does not answer",
			"Страхувати має компанія, яка відповідає трьом вимогам: є резидентом України, має ліцензію.",
			nil},
		{"відповісти with a dative person before the colon answers",
			"Мер Петро Іваненко відповів журналістам: ремонт почнеться у травні.",
			[]string{"Петро Іваненко/відповісти/indirect: ремонт почнеться у травні"}},
		{"a subheading in capitals and quotation marks is no quote",
			"Кава в Україні дорожчає.\n\n«НАВІЩО МЕНІ ВОДА ДО ЕСПРЕСО?»\n\nДо еспресо подають склянку води.",
			nil},
		{"words in capitals with their speaker stay a quote",
			"«СЛАВА УКРАЇНІ!» — вигукнув Петро Іваненко.",
			[]string{"Петро Іваненко/вигукнути/direct: СЛАВА УКРАЇНІ!"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
