package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found by a hand-judged audit of
// quotes on 40 NER-UK texts nobody annotated (session 23, helper h4):
// where the content starts after a source whose name holds a comma or
// an apposition, who finds when a name hangs on the object of a verb
// before the cue, lines of dialogue with an adverb or той after the
// dash, an aside of як that closes its sentence, and що-clauses that
// are no claims. The sentences are our own.

func TestS23H4Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a comma inside the name of who found it does not start the content",
			"Як з'ясувала Моніторингова група з питань закупівлі товарів, робіт і послуг для залізничної галузі, технічні умови створила приватна фірма.",
			[]string{"Моніторингова група з питань закупівлі товарів, робіт і послуг для залізничної галузі/з'ясувати/indirect: технічні умови створила приватна фірма"}},
		{"an apposition in the genitive after a person in за словами is no content",
			"За словами Олександра Іващенка, члена Національної академії аграрних наук, середня річна температура постійно підвищується. " +
				"За словами Петра Коваля, депутатів обдурили.",
			[]string{"Олександр Іващенко/за словами/indirect: середня річна температура постійно підвищується",
				"Петро Коваль/за словами/indirect: депутатів обдурили"}},
		{"a name on the object of the verb before the cue is not who found it",
			"Експерти «Центру громадського моніторингу» детально проаналізували пропозицію «Тек-гідроаеробуд» і встановили, що переможець торгів не надав копію документа.",
			[]string{"Центр громадського моніторингу/встановити/indirect: переможець торгів не надав копію документа"}},
		{"one or two adverbs between the dash and the cue still close a line of dialogue",
			"– Ми не відступимо від своїх планів, – також зазначив міністр.\n\n" +
				"– Завтра я маю зустріч із хазяїном квартири, – трохи згодом повідомив Роман.",
			[]string{"міністр/зазначити/direct: Ми не відступимо від своїх планів",
				"Роман/повідомити/direct: Завтра я маю зустріч із хазяїном квартири"}},
		{"who asks in a line of dialogue is not whom it was asked",
			"Олена Мазур повернулася додому.\n\n– Що смачного маєш? – запитала в Романа.",
			[]string{"Олена Мазур/запитати/direct: Що смачного маєш?"}},
		{"an aside of як with a cue that closes its sentence attributes the clause before it",
			"Обстріл тривав понад дві години, як повідомив мер міста Ігор Терехов. " +
				"Рішення ухвалили одноголосно, як повідомили в міськраді.",
			[]string{"Ігор Терехов/повідомити/indirect: Обстріл тривав понад дві години",
				"міськрада/повідомити/indirect: Рішення ухвалили одноголосно"}},
		{"an aside of як that closes the sentence after an outlet, or with no cue, or after a що-clause, is none",
			"Ремонт завершать до кінця року, як повідомляє «Українська правда». Він пішов додому, як і обіцяв. " +
				"Залишився фундамент будинку, що згорів минулого року, як казала мені бабця.",
			nil},
		{"a finding's object with a relative що-clause is what was found, not a claim",
			"Аналітичний центр компанії дослідив історію ринку і з’ясував основні фактори, що привели до будівельного буму. " +
				"Слідчі встановили, що фірма привласнила кошти.",
			[]string{"Слідчі/встановити/indirect: фірма привласнила кошти"}},
		{"що with an infinitive and no predicate asks what to do",
			"Після цього мама більше не радила їй, що читати. Міністр пояснив, що робити у разі повітряної тривоги. " +
				"Міністр зазначив, що збільшити виробництво неможливо.",
			[]string{"Міністр/зазначити/indirect: збільшити виробництво неможливо"}},
		{"an infinitive cue after a past wish or intention tells what was not said",
			"Колись вона хотіла писати на них листи йому. Міністр збирався заявити про відставку уряду країни. " +
				"Міністр заявив про відставку уряду країни.",
			[]string{"Міністр/заявити/indirect: про відставку уряду країни"}},
		{"на його думку on one word says nothing",
			"Петро Коваль виступив у раді. Він заховав «неблагонадійні», на його думку, книги. На його думку, ціни зростуть.",
			[]string{"Петро Коваль/на думку/indirect: ціни зростуть"}},
		{"a verb of manner or of asking closes a line of dialogue, and a quote in guillemets",
			"– А завтра зранку погуляй зі мною містом! – попросила Оленка.\n\n– Так-так, за нього, – мугикнув Роман.\n\n" +
				"«Допоможіть нам з генераторами», – попросив мер Харкова Ігор Терехов.",
			[]string{"Оленка/попросити/direct: А завтра зранку погуляй зі мною містом!", "Роман/мугикнути/direct: Так-так, за нього",
				"Ігор Терехов/попросити/direct: Допоможіть нам з генераторами"}},
		{"a verb of manner after a dash closes no sentence that opens with no dash, and asking for something is no quote",
			"Ворог обстріляв місто, – зітхає Петро. Мер попросив уряд виділити кошти на ремонт.",
			nil},
		{"a name after a second verb past the cue is its object, not who speaks",
			"– Авжеж, як належиться! – засміявся кашовар і пригостив Наталочку тетерею.\n\n" +
				"Петро Коваль прийшов додому. «Ми не відступимо», – сказав він і обійняв Олену Мазур.",
			[]string{"кашовар/засміятися/direct: Авжеж, як належиться!", "Петро Коваль/сказати/direct: Ми не відступимо"}},
		{"a line of dialogue after a narration line that ends with a cue and a colon is its speaker's, with no dialogue before",
			"Міністр оборони Петро Коваль заявив журналістам:\n— Ми не відступимо від своїх планів і будемо захищати кожне місто.\n\n" +
				"Бабуся знов тихо проказала:\n\n- Пий, моя доню, липовий цвіт, то ліпший лік від сердечних бід.",
			[]string{"Петро Коваль/заявити/direct: Ми не відступимо від своїх планів і будемо захищати кожне місто",
				"Бабуся/проказати/direct: Пий, моя доню, липовий цвіт, то ліпший лік від сердечних бід"}},
		{"a colon after no cue introduces no one's words, and who speaks stands before a що-clause",
			"До складу комісії увійшли:\n— депутати міської ради, які представляють усі фракції.\n\n" +
				"Марина Коваль прийшла додому.\n\nКолись він сказав Марині, що не знає, чим вона його здивує:\n\n— Не знаю, що ти можеш мені запропонувати.",
			[]string{"він/сказати/indirect: не знає, чим вона його здивує", "він/сказати/direct: Не знаю, що ти можеш мені запропонувати"}},
		{"a genitive of time after the speaker's noun is not part of its phrase",
			"Мешканці села минулого тижня заявили, що не пустять забудовника. Мешканці Дякової слободи заявили, що підуть до суду.\n\n" +
				"Однак мама одного разу серйозно сказала таткові: «Нічого смішного, Василечку!»",
			[]string{"Мешканці села/заявити/indirect: не пустять забудовника", "Мешканці Дякової слободи/заявити/indirect: підуть до суду",
				"мама/сказати/direct: Нічого смішного, Василечку!"}},
		{"a verb of mumbling after a quote attributes it",
			"«Тільки чоловік може мислити так однобоко», — бурмотіла собі під ніс Аліна.",
			[]string{"Аліна/бурмотіти/direct: Тільки чоловік може мислити так однобоко"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
