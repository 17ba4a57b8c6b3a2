package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// eleventh press set (testdata/gold/press11.jsonl), BRUK news reports
// and features; the sentences are our own.

func TestS24H2Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a dash line after its cue goes on over a sentence with a copula dash and one whose past verb has я",
			"– Я завжди щось збирав, – розповідає Петро Коваль. – Мої діди – гончарі з Опішні. Тож я не міг не зацікавитися глиною.",
			[]string{"Петро Коваль/розповідати/direct: Я завжди щось збирав", "Петро Коваль/розповідати/direct: Мої діди – гончарі з Опішні. Тож я не міг не зацікавитися глиною"}},
		{"a dash line goes on over a rule the speaker gives, a sentence opening with Якщо",
			"– Ми беремо лише цікаві речі, – каже Петро Коваль. – Якщо це глечик, то з написом. Якщо скриня, то з розписом, і ми її реставруємо.",
			[]string{"Петро Коваль/казати/direct: Ми беремо лише цікаві речі", "Петро Коваль/казати/direct: Якщо це глечик, то з написом. Якщо скриня, то з розписом, і ми її реставруємо"}},
		{"a sentence of narration after a dash line is not the speaker's",
			"– Ми беремо лише цікаві речі, – каже Петро Коваль. – Якщо це глечик, то він має бути з написом. Колекція Коваля налічує тисячу предметів.",
			[]string{"Петро Коваль/казати/direct: Ми беремо лише цікаві речі", "Петро Коваль/казати/direct: Якщо це глечик, то він має бути з написом"}},
		{"a thought that came to someone (спало на думку X) is no view attributed",
			"Перше, що спало на думку Ользі, — відкрити пекарню. Згодом Ірину навело на думку про власну справу оголошення.",
			nil},
		{"someone's words that come to mind are still theirs",
			"Спадають на думку слова колишнього посла Івана Коваля: джміль не може літати, але літає.",
			[]string{"Іван Коваль/на думку/indirect: джміль не може літати, але літає"}},
		{"a promise given with a що-clause is a cue; a word given to someone is none",
			"Обласна влада дала обіцянку, що школу відремонтують за рік. Мер Петро Бойко дав слово депутатам.",
			[]string{"Обласна влада/дати обіцянку/indirect: школу відремонтують за рік"}},
		{"a cue with no subject goes on with a speaker named three sentences back through a sentence with no subject of its own",
			"Ольга Петренко звернулася до голів громад. Таких громад понад сорок. Як приклад, навела досвід Чорнухів. Додала, що кожна громада може закупити путівки.",
			[]string{"Ольга Петренко/додати/indirect: кожна громада може закупити путівки"}},
		{"a sentence with a subject of its own between breaks the chain",
			"Ольга Петренко звернулася до голів громад. Таких громад понад сорок. Ситуація складна. Додала, що кожна громада може закупити путівки.",
			nil},
		{"an aside with an adverb of candour between як and its cue attributes what follows it",
			"Художники, як щиро зізналася куратор проєкту Ольга Петренко з Луцька, із задоволенням малювали гори.",
			[]string{"Ольга Петренко/зізнатися/indirect: із задоволенням малювали гори"}},
		{"на думку X is still a cue",
			"На думку Ольги Петренко, пекарня окупиться за рік.",
			[]string{"Ольга Петренко/на думку/indirect: пекарня окупиться за рік"}},
		{"a body in brackets after a person's name is where the person works, not whom його stands for",
			"Іван Петренко (видавництво «Основи») заявив, що книжок мало. За його словами, ринок скорочується.",
			[]string{"Іван Петренко/заявити/indirect: книжок мало", "Іван Петренко/за словами/indirect: ринок скорочується"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestS24H2Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a thing given free to someone named, безкоштовно at the clause's end",
			"Компанія «Медтех» надала обласній лікарні нове обладнання безкоштовно.",
			[]string{"AID Медтех → обласна лікарня"}},
		{"a thing given to people named, безкоштовні on the thing",
			"Харківська область надає дітям переселенців безкоштовні путівки.",
			[]string{"AID Харківська область → діти переселенців"}},
		{"a gift of things to a school is aid",
			"Голова області Петро Бойко подарував школі форму та м'ячі.",
			[]string{"AID Петро Бойко → школа"}},
		{"a device given to people named is aid, as materiel is",
			"Волонтери передали військовим два апарати ШВЛ.",
			[]string{"AID Волонтери → військові"}},
		{"a gift of hope is none",
			"Концерт подарував слухачам надію.",
			nil},
		{"a cost covered for people named is aid",
			"Міська рада компенсуватиме пенсіонерам вартість ліків.",
			[]string{"AID Міська рада → пенсіонери [future]"}},
		{"a loss made good is no aid",
			"Міська рада компенсуватиме збитки підприємству.",
			nil},
		{"a host who greets the participants and guests of an event supports no one",
			"Усіх учасників та гостей фестивалю «Книжковий світ» привітав ректор Іван Коваль. Міський голова Петро Бойко привітав гостей свята.",
			nil},
		{"a host's title with з is no congratulation",
			"Проректор з наукової роботи Іван Коваль привітав учасників конференції.",
			nil},
		{"one congratulated on something is supported",
			"Міський голова Петро Бойко привітав учасників з перемогою.",
			[]string{"SUPPORT Петро Бойко → учасники"}},
		{"guests who come to a ceremony visit no one",
			"На урочисте відкриття стадіону завітали голова облради Петро Бойко та посол Польщі. На концерт приїхав міністр культури Іван Коваль.",
			nil},
		{"a rally for a cause is a protest, and so is one held with an adverbial participle",
			"Студенти провели акцію за мир. Активісти виступили за збереження парку, проводячи акції проти забудови.",
			[]string{"PROTEST Студенти → ", "PROTEST Активісти → "}},
		{"one going out into the street with an adverbial participle is no protest",
			"Виходячи на вулицю, мешканці одягають маски.",
			nil},
		{"a sale with a brand taking part is no protest",
			"Магазин проводить акцію за участю відомих брендів.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
