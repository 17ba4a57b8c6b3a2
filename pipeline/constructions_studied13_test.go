package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// thirteenth studied set (testdata/gold/studied13.jsonl); the sentences are
// our own.

func TestStudied13Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an impersonal verb of explaining with the document it is said in",
			"У листі міністерства пояснюється, що через зміну проекту виникла потреба у нових роботах. Пояснюється, що роботи затягнулися.",
			[]string{"лист міністерства/пояснюватися/indirect: через зміну проекту виникла потреба у нових роботах"}},
		{"a body named by a common noun for a news agency speaks",
			"Урядове інформагентство пояснює лише те, що фірма надала найдешевшу пропозицію.",
			[]string{"Урядове інформагентство/пояснювати/indirect: фірма надала найдешевшу пропозицію"}},
		{"having or being after a conjunction is the content's subject's, not the speaker's next act; an intention is his",
			"Міністерство пояснило, що фірма надала найдешевшу пропозицію, а також має досвід таких робіт. Мер заявляє, що місто отримало кошти, і має намір звернутися до уряду.",
			[]string{"Міністерство/пояснити/indirect: фірма надала найдешевшу пропозицію, а також має досвід таких робіт", "Мер/заявляти/indirect: місто отримало кошти"}},
		{"a quoted reason in the instrumental after a verb of explaining is its speaker's words",
			"В обґрунтуванні закупівлі це пояснено необхідністю «виконання вимог міжнародної федерації до стадіонів». Замовник мотивував своє рішення потребою «забезпечити сумісність з наявним обладнанням».",
			[]string{"обґрунтування закупівлі/пояснити/direct: виконання вимог міжнародної федерації до стадіонів", "Замовник/мотивувати/direct: забезпечити сумісність з наявним обладнанням"}},
		{"a need in quote marks after another verb, or a short one, is no quote",
			"Він керувався необхідністю «виконання вимог федерації до стадіонів». Міністр пояснив це потребою «економії».",
			[]string{}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestStudied13Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a firm getting work or money from a body is the body's contract with it",
			"ТОВ «Луцькбуд» виграло два тендери. Ще 2 млн грн.\n«Луцькбуд» отримає від Департаменту освіти Волинської облдержадміністрації на капітальний ремонт школи.",
			// (since session 25 Луцькбуд and ТОВ «Луцькбуд» are one entity, named with its legal form)
			[]string{"AGREE Департамент освіти Волинської облдержадміністрації → ТОВ «Луцькбуд» [future]"}},
		{"a contract received from a firm",
			"ТОВ «Варта» отримало підряд від ПАТ «Енергозбут» на охорону об'єктів.",
			[]string{"AGREE ПАТ «Енергозбут» → ТОВ «Варта»"}},
		{"a tally of orders over years, aid words, donors and things that are no work paid for keep to what they were",
			"За два роки ТОВ «Бета» отримало від Укрзалізниці замовлень на 2 млрд грн. ТОВ «Альфа» отримало від міськради субвенцію на ремонт. ПАТ «Укрзалізниця» отримала від ЄБРР 150 млн євро на вагони. ТОВ «Гамма» отримало від Міністерства юстиції відповідь на запит.",
			[]string{"AID ЄБРР → ПАТ «Укрзалізниця»"}},
		{"buying from a firm is a contract, with no buyer when none is the subject; a person's or a private firm's purchase is none",
			"Техніку для системи «Електронна школа» придбали у ТОВ «Альфа» за 4 млн грн. КП «Міськсвітло» купувало лампи у ТОВ «Бета». Він придбав квартиру у ТОВ «Гамма». Фірма «Дельта» купила у ТОВ «Омега» кафе.",
			[]string{"AGREE  → ТОВ «Альфа»", "AGREE КП «Міськсвітло» → ТОВ «Бета»"}},
		{"catching someone named by a pronoun at collusion accuses",
			"Фірма отримала замовлень на 5 млн грн, а потім АМКУ спіймав її на тендерній змові.",
			[]string{"ACCUSE АМКУ → фірма"}},
		{"the firm ordered from named in quote marks in a form the genitive shares with the dative",
			"Перед виборами «Спортцентр» замовив «Бізнес-центру Альфа» послуги з висвітлення змагань. Відділ замовив «Кобзаря» сто примірників.",
			[]string{"AGREE Спортцентр → Бізнес-центр Альфа"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
