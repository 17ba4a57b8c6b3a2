package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found judging by hand every event
// extracted from 40 NER-UK texts (session 23, helper h2); the sentences
// are our own.

func TestS23H2Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a verb (or the modal an infinitive hangs on) that does not agree with the subject of another clause before a comma is not that subject's doing",
			"Чоловік був у її владі, могла би навіть його убити, якби хотіла. Марина згадувати не любила: за таку згадку запросто могли якщо не заарештувати, то затримати.",
			nil},
		{"a subject that agrees with the modal keeps the infinitive's event",
			"Суддя Петро Коваль вийшов із зали, але міг заарештувати Івана Бойка.",
			[]string{"COERCE Петро Коваль → Іван Бойко [hypothetical]"}},
		{"signing acts of works done certifies work and makes no agreement; an act of cooperation signed with a firm does",
			"Інженер не перевірив обсяги робіт, внесених до актів прийому виконаних робіт, які згодом підписав начальник дистанції ДП «Південна залізниця». Директор фірми «Альфа» Іван Петренко вніс недостовірні відомості в акти виконаних робіт. Інженер Степан Коваль підписав ці акти, на підставі чого «Альфа» отримала кошти. Міністр Іван Петренко підписав з ТОВ «Бета» акт про співпрацю.",
			[]string{"AGREE Іван Петренко → ТОВ «Бета»"}},
		{"the one released from liability is the object named after the phrase of liability: a common noun or the name in apposition to a role",
			"Суд звільнив від кримінальної відповідальності інженера, який здійснював технагляд за ремонтом мосту. Наступного дня суд аналогічно звільнив від кримінальної відповідальності директора фірми «Альфа» Тараса Петренка.",
			[]string{"RETREAT/release Суд → інженер", "RETREAT/release суд → Тарас Петренко"}},
		{"an order binds the one named before the infinitive of what is ordered, not the body the land goes back to or an address; a pronoun keeps the one it stands for",
			"Суд зобов'язав ТОВ «Гамма» повернути Генічеській райдержадміністрації пляжну територію. Суд зобов'язав ПрАТ «Дельта» звільнити склади у м. Київ, вул. Федорова, 32, балансоутримувачем яких є ПАТ «Омега». Суд обрав Івану Петренку заставу і зобов'язав його здати паспорти.",
			[]string{"COERCE Суд → ТОВ «Гамма»", "COERCE Суд → ПрАТ «Дельта»", "COERCE Суд → Іван Петренко"}},
		{"a fine put on firms or people joined by та names each of them, also after на компанії",
			"Харківське відділення АМКУ наклало 544 тис. грн штрафу на компанії «Мегабуд» та «Донмаш». Черкаське відділення АМКУ наклало 76 тис. грн штрафу на підприємця Валентину Козаченко та Роздрібно-виробниче підприємство «Смак».",
			[]string{"COERCE Харківське відділення АМКУ → Мегабуд,Донмаш", "COERCE Черкаське відділення АМКУ → Валентина Козаченко,Роздрібно-виробниче підприємство «Смак»"}},
		{"a genitive tail with a number word in it stays whole: суди перших двох інстанцій",
			"Суди перших двох інстанцій відмовилися стягувати санкції з ТОВ «Альфа».",
			[]string{"REJECT Суди перших двох інстанцій → ТОВ «Альфа»"}},
		{"a body named by its kind with its genitive tail, joined by та to a firm, acts with it",
			"Слідчі встановили, що у 2019 році управління ЖКГ Чернігівської міськради та ТОВ «Армбуд» уклали низку договорів.",
			[]string{"AGREE управління ЖКГ Чернігівської міськради,ТОВ «Армбуд» → "}},
		{"a railway named by its kind is a body that acts",
			"У серпні 2015 р. залізниця розірвала договір з ТОВ «Альфа».",
			[]string{"SANCTION залізниця → ТОВ «Альфа»"}},
		{"the governments of two countries that sign after their leaders met are the two sides",
			"Прем'єр-міністр Фінляндії Петтері Орпо провів переговори з прем'єр-міністеркою України Юлією Свириденко. За підсумками зустрічі уряди двох країн підписали меморандум.",
			// (session 51: as the states the leaders act for, as the golds
			// of news32, news51, news52 name them)
			[]string{"CONSULT/meet Петтері Орпо → Юлія Свириденко", "AGREE Фінляндія,Україна → "}},
		{"a plural які after two names, the second with its title before it, stands for both",
			"Власник фірми Сергій Лесик розповів про візит до нього Романа Петренка та його тодішнього начальника Миколи Безуглого, які вимагали відкат.",
			[]string{"REQUEST Роман Петренко,Микола Безуглий → "}},
		{"people named by a plural noun joined by та to the subject act with it",
			"На конгресі традиційні видавці та продуценти цифрових медіа обговорювали моделі співпраці. Місцеві активісти та депутати міськради пікетували мерію Житомира.",
			[]string{"CONSULT/meet традиційні видавці,продуценти цифрових медіа → ", "PROTEST Місцеві активісти,депутати міськради → мерія Житомира"}},
		{"a body's offices act, and a negated modal negates the frame",
			"Натомість представництва іноземних корпорацій не могли відверто надавати підтримку України.",
			[]string{"SUPPORT представництва іноземних корпорацій → Україна [negation,hypothetical]"}},
		{"a firm named by its kind that a sum is taken from, or not, is the recipient; firms counted by a number word are bound by an order",
			"Суди перших двох інстанцій відмовилися стягувати санкції з фірми. Апеляційний суд стягнув з фірми 751 тис. грн санкцій. За чотири місяці суд зобов'язав щонайменше сім фірм повернути райдержадміністрації пляжні зони.",
			[]string{"REJECT Суди перших двох інстанцій → фірма", "COERCE Апеляційний суд → фірма", "COERCE Апеляційний суд → сім фірм"}},
		{"a body in the nominative right before a singular verb, after people put first as the object, is the subject, not their genitive; as a court after a director of a firm",
			"Місцевих активістів поліція затримала біля мерії. Директора фірми суд заарештував.",
			[]string{"COERCE поліція → місцеві активісти", "COERCE суд → директор фірми"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
