package pipeline_test

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// TestS36BodyFarBack checks that a body called by its head noun alone
// (у фонді, суд) is the one body of that kind the story named, however
// many sentences back, and that it stays a phrase when two such bodies
// were named.
func TestS36BodyFarBack(t *testing.T) {
	const between = " Міністр фінансів Сергій Марченко подякував партнерам за підтримку. Він наголосив, що кошти підуть на виплати. Прем'єр-міністр також подякував партнерам."
	checkEvents(t, load(t), []construction{
		{"the one fund, four sentences back",
			"Міжнародний валютний фонд схвалив транш для України." + between + " Водночас у фонді закликали уряд посилити податкову дисципліну.",
			[]string{"AID Міжнародний валютний фонд → Україна", "SUPPORT Сергій Марченко → партнери", "SUPPORT Прем'єр-міністр → партнери", "REQUEST Міжнародний валютний фонд → уряд"}},
		{"the one court, as the subject",
			"Справу розглядав Господарський суд Київської області." + between + " Суд відмовив у задоволенні позову.",
			[]string{"SUPPORT Сергій Марченко → партнери", "SUPPORT Прем'єр-міністр → партнери", "REJECT Господарський суд Київської області → "}},
		{"two courts: none chosen",
			"Справу розглядав Господарський суд Київської області. Апеляцію подали до Північного апеляційного господарського суду." + between + " Суд відмовив у задоволенні позову.",
			[]string{"ACCUSE  → Північний апеляційний господарський суд", "SUPPORT Сергій Марченко → партнери", "SUPPORT Прем'єр-міністр → партнери", "REJECT Суд → "}},
	}, time.Time{})
}

// TestS36HeadOfBodyAcronym checks that the head of a body called by the
// body's acronym (начальника ОВА, керівника ОВА), however the model cut
// the title, is the person whose title names the body in full, and that
// the acronym must stand for the title's words.
func TestS36HeadOfBodyAcronym(t *testing.T) {
	const lead = "Про це повідомив голова обласної військової адміністрації Сергій Лисак. "
	checkQuotes(t, load(t), []construction{
		{"начальника ОВА", lead + "За словами начальника ОВА, рятувальники працюють.",
			[]string{"Сергій Лисак/за словами/indirect: рятувальники працюють"}},
		{"керівника ОВА", lead + "За словами керівника ОВА, рятувальники працюють.",
			[]string{"Сергій Лисак/за словами/indirect: рятувальники працюють"}},
		{"another body's head", lead + "За словами начальника ДСНС, рятувальники працюють.",
			[]string{"начальник ДСНС/за словами/indirect: рятувальники працюють"}},
	}, time.Time{})
}

// TestS36SessionToCome checks that a session of a named body that is to
// take place is a multilateral meeting to come, with the verb before the
// noun, and with a body's name long enough to push the verb far after
// it; a court's hearing stays none.
func TestS36SessionToCome(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the verb before the noun",
			"Наступного тижня відбудеться засідання Ради ЄС.",
			[]string{"CONSULT/multilateral Рада ЄС →  [future]"}},
		{"a long name before the verb",
			"Засідання Контактної групи з питань оборони України відбудеться у Брюсселі.",
			[]string{"CONSULT/multilateral Контактна група з питань оборони України →  @Брюссель [future]"}},
		{"a court's hearing",
			"Наступного тижня відбудеться засідання Печерського районного суду.",
			nil},
	}, time.Time{})
}

// TestS36EpithetSpeakers checks that a common noun for what someone is,
// after the cue that follows direct words (– зазначив посадовець, – каже
// фермер), is the one person of its gender named just before the words,
// and that it is not when a name follows it or two such persons were
// named.
func TestS36EpithetSpeakers(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"an official after «…»",
			"Заступник начальника ОВА Віталій Кучер пояснив, що програма запрацює з 1 січня.\n\n«Ми подали списки на 230 господарств», – зазначив посадовець.",
			[]string{"Віталій Кучер/пояснити/indirect: програма запрацює з 1 січня", "Віталій Кучер/зазначити/direct: Ми подали списки на 230 господарств"}},
		{"a farmer after a dashed reply over sentences",
			"Фермер Олександр Ткаченко втратив половину врожаю.\n\n– Ми посіяли 400 гектарів. Решта згоріла. Держава обіцяла допомогти, – каже фермер.",
			[]string{"Олександр Ткаченко/казати/direct: Ми посіяли 400 гектарів. Решта згоріла. Держава обіцяла допомогти"}},
		{"a woman",
			"Мешканка Херсона Ірина Савчук досі живе в укритті.\n\n«Я вже не боюся сирен», – розповідає жінка.",
			[]string{"Ірина Савчук/розповідати/direct: Я вже не боюся сирен"}},
		{"a name after the noun",
			"Прокурор Андрій Мельник просив суд обрати тримання під вартою.\n\n«Ми оскаржимо ухвалу», – сказав адвокат Олег Кузьмич.",
			[]string{"Олег Кузьмич/сказати/direct: Ми оскаржимо ухвалу"}},
		{"two men named before",
			"Фермери Олександр Ткаченко та Микола Бондар втратили врожай.\n\n«Держава обіцяла допомогти», – каже фермер.",
			[]string{"фермер/казати/direct: Держава обіцяла допомогти"}},
	}, time.Time{})
}

// TestS36SameWrittenName checks that a full name written the same twice
// is one person whatever case the tagger reads in it each time, named by
// the reading that takes the form for its base form, and that such a
// name read as a dative is a subject when it is joined by та to a person
// before a plural verb, past its title.
func TestS36SameWrittenName(t *testing.T) {
	p := load(t)
	for _, c := range []struct {
		text string
		want []string // each PERS entity's name and its mentions' count
	}{
		{"Прем'єр-міністр Молдови Александру Мунтяну прибув до Києва. Юлія Свириденко та Александру Мунтяну провели переговори.",
			[]string{"PERS Александру Мунтяну 2", "PERS Юлія Свириденко 1"}},
		{"У 2013 році мати Юрія Мірошниченка Валентина Кочура придбала будинок. Валентина Кочура вже через місяць переоформила будинок.",
			[]string{"PERS Валентина Кочура 2", "PERS Юрій Мірошниченко 1"}},
	} {
		x := p.Extract(c.text, time.Time{})
		var got []string
		for _, e := range x.Entities {
			if e.Type == "PERS" {
				got = append(got, fmt.Sprintf("%s %s %d", e.Type, e.Name, len(e.Mentions)))
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: persons %q, want %q", c.text, got, c.want)
		}
	}
	checkEvents(t, p, []construction{
		{"a titled name read as a dative, joined by та",
			"Прем'єр-міністр України Юлія Свириденко та прем'єр-міністр Молдови Александру Мунтяну провели переговори в Кишиневі.",
			[]string{"CONSULT/meet Юлія Свириденко,Александру Мунтяну →  @Кишинів"}},
	}, time.Time{})
}

// TestS36CountedPeopleAndPlacedPartners checks that вони stands for
// people a sentence opens with by their count (Понад сто гірників), past a
// phrase of how long (другу добу), and that a partner named by a common
// noun keeps being the partner with the place of the meeting after it.
func TestS36CountedPeopleAndPlacedPartners(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"people counted, then вони",
			"Понад сто гірників шахти другу добу залишаються під землею. Вони вимагають виплатити заборгованість із зарплати.",
			[]string{"REQUEST гірники шахти → "}},
		{"a partner by a common noun, then the place",
			"Мер зустрівся з шахтарями у Нововолинську.",
			[]string{"CONSULT/meet Мер → шахтарі @Нововолинськ"}},
		{"a partner's country after з stays who",
			"Мер зустрівся з колегами з Польщі.",
			[]string{"CONSULT/meet Мер → Польща"}},
	}, time.Time{})
}

// TestS36CountedDetainees checks that the people counted after a verb of
// coercion are whom it was done to past a bound of the count (понад 50
// осіб) and by a number word in the animate accusative whatever the
// tagger reads in the noun (двох агентів), and that a bound does not open
// a protest's object.
func TestS36CountedDetainees(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a bound before the number", "Поліція затримала понад 50 осіб.", []string{"COERCE Поліція → 50 осіб"}},
		{"an animate count", "СБУ затримала двох агентів.", []string{"COERCE СБУ → двох агентів"}},
		{"a protest's count stays no object",
			"Біля облради зібралися близько 300 активістів місцевого Євромайдану.",
			[]string{"PROTEST близько 300 активістів → "}},
	}, time.Time{})
}

// TestS36ResolutionWithDemand checks that a resolution passed with a
// demand in it (ухвалила резолюцію з вимогою до X) is a request of the
// body that passed it to X, and that a resolution passed with none is no
// event.
func TestS36ResolutionWithDemand(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a demand", "Рада керуючих МАГАТЕ ухвалила резолюцію з вимогою до Росії негайно повернути ЗАЕС.",
			[]string{"REQUEST Рада керуючих МАГАТЕ → Росія"}},
		{"a call", "Європарламент схвалив резолюцію із закликом до ЄС посилити санкції.",
			[]string{"REQUEST Європарламент → ЄС"}},
		{"no demand", "Верховна Рада ухвалила резолюцію про вшанування пам'яті жертв.", nil},
	}, time.Time{})
}

// TestS36PaperSpeaks checks that a paper that demands or condemns in a
// relative clause on it (резолюцію, яка вимагає) speaks for the body
// that passed or signed it, and that a person-object relative is left
// alone.
func TestS36PaperSpeaks(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a resolution that demands",
			"Верховна Рада ухвалила резолюцію, яка вимагає від Росії звільнити полонених.",
			[]string{"REQUEST Верховна Рада → Росія"}},
		{"a statement that calls, signed",
			"Міністри підписали заяву, яка закликає Росію припинити вогонь.",
			[]string{"REQUEST Міністри → Росія"}},
	}, time.Time{})
}

// TestS36BodyWithAdjectives checks that a body named by a common noun in
// another case (в обласній військовій адміністрації запевняють, у міській
// раді заявили) speaks under its noun with its adjectives in the
// nominative, and that the one such body named before still takes it.
func TestS36BodyWithAdjectives(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a regional administration",
			"В обласній військовій адміністрації запевняють: заявки фермерів розглядають.",
			[]string{"обласна військова адміністрація/запевняти/indirect: заявки фермерів розглядають"}},
		{"a city council",
			"У міській раді заявили, що ремонт завершать до кінця року.",
			[]string{"міська рада/заявити/indirect: ремонт завершать до кінця року"}},
		{"the ministry named before",
			"Міністерство фінансів підготувало законопроєкт. У відомстві зазначили, що він зменшить дефіцит.",
			[]string{"Міністерство фінансів/зазначити/indirect: він зменшить дефіцит"}},
	}, time.Time{})
}

// TestS36PronounAfterTime checks that a pronoun the charge or the
// detention is done to, put first in its clause after a phrase of time
// (Того ж дня його взяли під варту; Наступного дня йому повідомили про
// підозру; У середу …), is the person last named.
func TestS36PronounAfterTime(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"того ж дня", "Поліція затримала Івана Петренка. Того ж дня його взяли під варту.",
			[]string{"COERCE Поліція → Іван Петренко", "COERCE  → Іван Петренко"}},
		{"наступного дня", "Поліція затримала Івана Петренка. Наступного дня йому повідомили про підозру.",
			[]string{"COERCE Поліція → Іван Петренко", "ACCUSE  → Іван Петренко"}},
		{"a weekday", "Поліція затримала Івана Петренка. У середу йому повідомили про підозру.",
			[]string{"COERCE Поліція → Іван Петренко", "ACCUSE  → Іван Петренко"}},
	}, time.Time{})
}
