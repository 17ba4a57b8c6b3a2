package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// twentieth news set (testdata/gold/news20.jsonl); the sentences are our own.

func TestNews20Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a judge barred from judging is removed as from a post",
			"Вища рада правосуддя тимчасово відсторонила від здійснення правосуддя суддю Петра Іваненка. Дисциплінарна палата відсторонила прокурора від здійснення повноважень. Суд заарештував на два місяці директора заводу.",
			[]string{"COERCE Вища рада правосуддя → Петро Іваненко", "COERCE Дисциплінарна палата → прокурор", "COERCE Суд → директор заводу"}},
		{"a suspicion told in a relative clause of the dative, past words of time, is against the one named before it",
			"Вища рада правосуддя відсторонила від здійснення правосуддя суддю Петра Іваненка, якому тиждень тому повідомили про підозру в хабарництві.",
			[]string{"COERCE Вища рада правосуддя → Петро Іваненко", "ACCUSE  → Петро Іваненко"}},
		{"an athlete disqualified is sanctioned",
			"Національне антидопінгове агентство дискваліфікувало на два роки плавчиню Ганну Коваль. Федерація дискваліфікувала тренера збірної довічно.",
			[]string{"SANCTION Національне антидопінгове агентство → Ганна Коваль", "SANCTION Федерація → тренер збірної"}},
		{"a court that finds a norm unconstitutional or void strikes it down; found consistent it does not",
			"Конституційний Суд України визнав таким, що не відповідає Конституції, положення закону про мобілізацію. Велика палата визнала неконституційним положення Податкового кодексу. Сенат визнав таким, що відповідає Конституції, закон про мову.",
			[]string{"REJECT Конституційний Суд України → ", "REJECT Велика палата → "}},
		{"a march walked through a town's centre is a protest there, by a crowd before a relative clause",
			"Кілька тисяч грузинів, які були змушені виїхати з країни, у суботу пройшли маршем центром Варшави. Студенти пройшли перевірку.",
			[]string{"PROTEST Кілька тисяч грузинів →  @Варшава"}},
		{"a march walked through a town's streets",
			"Тисячі людей пройшли маршем вулицями Тбілісі.",
			[]string{"PROTEST Тисячі людей →  @Тбілісі"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestNews20Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a norm deemed such that it breaks the constitution is no speech",
			"Конституційний Суд визнав таким, що не відповідає Конституції, положення закону про виконавче провадження. Суддя Петро Іваненко визнав, що справа складна.",
			[]string{"Петро Іваненко/визнати/indirect: справа складна"}},
		{"a content of про ends where a clause of contrast begins",
			"Міністерство енергетики лише повідомило про «аварійне відключення» блоку, тоді як мер міста закликав мешканців зберігати спокій. Компанія повідомила про пошкодження трьох підстанцій, у той час як уряд мовчав.",
			[]string{"Міністерство енергетики/повідомити/indirect: про «аварійне відключення» блоку", "Компанія/повідомити/indirect: про пошкодження трьох підстанцій"}},
		{"a subject opening with a title or an adjective, with a relative clause on it, is no content before a cue",
			"Уповноважений з прав дитини Петро Іваненко, який раніше критикував закон, привітав рішення суду. Нова комісія, яку створили влітку, підтримала ініціативу.",
			nil},
		{"a paper's words past a word set off by commas and with про те, що",
			"У заяві МВС, зокрема, йдеться про те, що поліція посилить патрулі. У декларації йдеться про те, що учасники підтримують трибунал.",
			[]string{"заява МВС/йтися/indirect: поліція посилить патрулі", "декларація/йтися/indirect: учасники підтримують трибунал"}},
		{"he is not a name in quote marks after a noun in another case (he is the interlocutor: constructions_news20b_test.go)",
			"За словами співрозмовника, судно прямувало до нафтового терміналу «Шесхарис». Він наголосив, що такі судна є законними цілями.",
			[]string{"співрозмовник/за словами/indirect: судно прямувало до нафтового терміналу «Шесхарис»", "співрозмовник/наголосити/indirect: такі судна є законними цілями"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
