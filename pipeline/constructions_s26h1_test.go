package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// The sentences of this file were written, before the extractor was run
// on them, in the style of the Ukrainian press of 2008–2015 (the
// twenty-eighth news set, testdata/gold/news28.jsonl); each states the
// quotes, events or sources the guidelines of testdata/gold/README.md ask
// for.

// TestS26H1RoleSpeakers checks a personal pronoun that stands for a role
// named with no name: after a direct quote, or opening the next sentence.
func TestS26H1RoleSpeakers(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a pronoun after a direct quote, the role named in the sentence before",
			"Як зазначив голова райради, збитки від зливи перевищують 20 млн гривень. «Ми просимо уряд про допомогу», — наголосив він.",
			[]string{"голова райради/зазначити/indirect: збитки від зливи перевищують 20 млн гривень", "голова райради/наголосити/direct: Ми просимо уряд про допомогу"}},
		{"a pronoun opening a sentence, the role after the verb before",
			"Учора село відвідав міністр аграрної політики, який пообіцяв, що уряд компенсує втрати. Він також повідомив, що техніку вже направлено.",
			[]string{"міністр аграрної політики/пообіцяти/indirect: уряд компенсує втрати", "міністр аграрної політики/повідомити/indirect: техніку вже направлено"}},
		{"a person named before keeps the pronoun",
			"Мер Полтави Ігор Кравець прибув на місце. Голова облради заявив, що допомога буде. Він також повідомив, що техніку вже направлено.",
			[]string{"Голова облради/заявити/indirect: допомога буде", "Ігор Кравець/повідомити/indirect: техніку вже направлено"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS26H1AskedFor checks that a verb of telling asked for in the
// infinitive tells nothing: its що opens a relative clause.
func TestS26H1AskedFor(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a declaration asked for",
			"Депутати обласної ради звернулися до уряду з проханням оголосити села, що постраждали від зливи, зоною лиха.",
			nil},
		{"a statement called for",
			"Опозиція закликала прем'єра заявити, що уряд не підвищуватиме тарифів.",
			nil},
		{"a statement made still tells",
			"Прем'єр заявив, що уряд не підвищуватиме тарифів.",
			[]string{"Прем'єр/заявити/indirect: уряд не підвищуватиме тарифів"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS26H1Sources checks source lines of the older press: whom the
// speaker told it before the verb.
func TestS26H1Sources(t *testing.T) {
	p := load(t)
	checkVia(t, p, []viaCase{
		{"journalists told before the verb, an adverbial phrase after the name",
			"Переговори завершилися без результату. Про це журналістам повідомив голова правління компанії Петро Гнатюк, повернувшись до Києва.", "Петро Гнатюк"},
		{"the agency told before the verb",
			"Шахтарі не піднімаються на поверхню. Про це агентству повідомив голова профспілки на підприємстві Іван Гуменюк.", "Іван Гуменюк"},
		{"the role's firm in quotation marks, past adverbial words after the name",
			"Ціну не переглянули. Про це журналістам повідомив голова правління «Укргазвидобування» Петро Гнатюк, повернувшись із Москви.", "Петро Гнатюк"},
		{"a firm named in quotation marks within the role",
			"Угоду підписано. Про це повідомив голова правління «Укрнафти» Сергій Коваль.", "Сергій Коваль"},
	})
	// the outlet's own interview: the speaker is cited, as a lead that
	// names who said it is (the lead's convention of session 45)
	x := p.Extract("Ціни на газ не зростуть. Про це голова правління «Нафтогазу» Петро Гнатюк сказав в інтерв'ю «Економічній правді».", time.Time{})
	if !slices.Equal(x.Source.Via, []string{"Петро Гнатюк"}) || x.Source.Publisher != "Економічна правда" {
		t.Errorf("an interview to the outlet: publisher %q, via %q", x.Source.Publisher, x.Source.Via)
	}
}

// TestS26H1Credits checks the credit lines of the older press: a closing
// "Повідомляє прес-служба X.", "Фото прес-служби X", a photo credit of a
// press centre, a reprint's "За матеріалами «X»" and a newspaper byline.
func TestS26H1Credits(t *testing.T) {
	p := load(t)
	for _, c := range []struct{ name, text, publisher, via, photo string }{
		{"a closing line of a press service names no publisher and cites it",
			"Область отримала генератори\n\nОбласть отримала 40 генераторів від партнерів.\n\nПовідомляє прес-служба Черкаської облдержадміністрації.\n\nФото: Черкаська ОДА",
			"", "прес-служба Черкаської облдержадміністрації", "Черкаська ОДА"},
		{"a photo credit of a press service in the genitive, with no colon",
			"Рада ухвалила бюджет\n\nСесія ухвалила бюджет області.\n\nФото прес-служби Волинської обласної ради",
			"", "", "прес-служба Волинської обласної ради"},
		{"a photo credit of a press centre",
			"Військові відійшли\n\nПідрозділи відійшли на нові позиції.\n\nФото: прес-центр Генштабу",
			"", "", "прес-центр Генштабу"},
		{"a reprint credits its outlet",
			"Рада ухвалила закон\n\nВерховна Рада ухвалила закон про вибори.\n\nЗа матеріалами «Української правди»",
			"Українська правда", "", ""},
		{"a newspaper byline names the paper",
			"Шахтарі страйкують\n\nГірники шахти відмовилися підніматися на поверхню.\n\nОксана ТКАЧУК, «Донбас»",
			"Донбас", "", ""},
		{"a byline's paper is cited when another outlet names itself",
			"Шахтарі страйкують\n\nГірники шахти відмовилися підніматися на поверхню, передає УНІАН.\n\nОксана ТКАЧУК, «Донбас»",
			"УНІАН", "Донбас", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := p.Extract(c.text, time.Time{})
			if x.Source.Publisher != c.publisher {
				t.Errorf("publisher %q, want %q", x.Source.Publisher, c.publisher)
			}
			if c.via != "" && !slices.Contains(x.Source.Via, c.via) || c.via == "" && len(x.Source.Via) > 0 {
				t.Errorf("via %q, want %q", x.Source.Via, c.via)
			}
			if c.photo != "" && !slices.Contains(x.Source.Photo, c.photo) || c.photo == "" && len(x.Source.Photo) > 0 {
				t.Errorf("photo %q, want %q", x.Source.Photo, c.photo)
			}
		})
	}
}

// TestS26H1Quotes checks naming past an adverbial participle, a body in
// the locative with мовляв, a hint given past an adverbial participle,
// and content that ends where мовляв or another body's clause begins.
func TestS26H1Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a naming past an adverbial participle's phrase",
			"Прем'єр, виступаючи в парламенті, назвав страйк «політичною акцією» і пообіцяв погасити борги.",
			[]string{"Прем'єр/назвати/direct: політичною акцією"}},
		{"a body in the locative naming and accusing, with мовляв",
			"В опозиції рішення назвали «свавіллям» і звинуватили суд в упередженості, мовляв, докази захисту ніхто не розглядав.",
			[]string{"опозиція/назвати/direct: свавіллям", "опозиція/звинуватити/indirect: докази захисту ніхто не розглядав"}},
		{"мовляв after an accusation by a person: read once",
			"Депутат звинуватив міліцію в перевищенні повноважень, мовляв, активісти поводилися мирно.",
			[]string{"Депутат/мовляв/indirect: активісти поводилися мирно"}},
		{"a hint given past an adverbial participle, then мовляв",
			"Радник президента Олег Ткач, коментуючи ситуацію, дав зрозуміти, що перевірки посилять, мовляв, ринок треба захищати від контрабанди.",
			[]string{"Олег Ткач/дати зрозуміти/indirect: перевірки посилять", "Олег Ткач/мовляв/indirect: ринок треба захищати від контрабанди"}},
		{"an estimate ends where another body gives its own",
			"За оцінками організаторів, на мітинг прийшли 10 тисяч людей, у міліції ж назвали цифру у дві тисячі.",
			[]string{"організатори/за оцінками/indirect: на мітинг прийшли 10 тисяч людей"}},
		{"a press service named with its body speaks for that body, not for one named before",
			"Активістів доставили до Шевченківського райвідділу. Як повідомили в прес-службі ГУ МВС у Києві, затриманих підозрюють у хуліганстві.",
			[]string{"ГУ МВС у Києві/повідомити/indirect: затриманих підозрюють у хуліганстві"}},
		{"a statement ends where another body tells its own",
			"Мер сказав, що місто отримало кошти, а в міліції заявили, що грошей немає.",
			[]string{"Мер/сказати/indirect: місто отримало кошти", "міліція/заявити/indirect: грошей немає"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS26H1Events checks events of the older press: a two-sided summit,
// talks dated and placed by a relative clause, a town left, a veto used,
// an act done in protest and an act called discriminatory.
func TestS26H1Events(t *testing.T) {
	p := load(t)
	pub := time.Date(2011, 10, 20, 0, 0, 0, 0, time.UTC) // a Thursday
	tests := []construction{
		{"a summit named by its two sides is a meeting, placed by its relative clause",
			"Про це оголосили за підсумками саміту Україна – ЄС, що відбувся в понеділок у Києві.",
			[]string{"CONSULT/meet Україна → ЄС @Київ"}},
		{"talks placed by their relative clause, not the dateline",
			"Київ, 20 жовтня. Переговори між НАК «Нафтогаз України» та ВАТ «Газпром», що відбулися в середу в Москві, завершилися без результату.",
			[]string{"CONSULT/meet НАК «Нафтогаз України» → ВАТ «Газпром» @Москва"}},
		{"a town left, the verb of leaving joined before the withdrawal",
			"Підрозділи Збройних сил України залишили Дебальцеве і відійшли на нові рубежі.",
			[]string{"RETREAT Підрозділи Збройних сил України →  @Дебальцеве"}},
		{"a veto used",
			"Президент застосував право вето щодо закону про місцеві вибори.",
			[]string{"REJECT Президент → "}},
		{"an act done in protest",
			"Депутати опозиційних фракцій залишили сесійну залу на знак протесту.",
			[]string{"PROTEST Депутати опозиційних фракцій → "}},
		{"in protest, the phrase opening the clause",
			"На знак протесту шахтарі відмовилися підніматися на поверхню.",
			[]string{"PROTEST шахтарі → "}},
		{"an act called discriminatory is blamed",
			"Мінекономрозвитку назвало дії російської митниці дискримінаційними.",
			[]string{"ACCUSE Мінекономрозвитку → "}},
		{"a step promised in case a debt is not paid is a threat too",
			"Речник концерну заявив, що в разі несплати боргу «Газпром» скоротить постачання газу «Нафтогазу».",
			[]string{"SANCTION Газпром → Нафтогаз [future]", "THREATEN Газпром → "}},
		{"a meeting of the ministers of four states named after their office, in a format",
			"Зустріч міністрів закордонних справ України, Німеччини, Франції та Росії у нормандському форматі відбулася під Берліном.",
			[]string{"CONSULT/multilateral Україна,Німеччина,Франція,Росія →  @Берлін"}},
		{"вони after a subject with a connective set off by commas",
			"Протестувальники, однак, заявили, що не підуть з майдану. Вони також вимагають відставки міністра фінансів.",
			[]string{"REQUEST Протестувальники → "}},
		{"an enlistment office calls up, past where and how many",
			"Обласний військовий комісаріат планує призвати до лав Збройних сил понад 1,5 тисячі військовозобов'язаних.",
			[]string{"MOBILIZE Обласний військовий комісаріат →  [future]"}},
		{"a protest in a relative clause on people met",
			"Мер зустрівся з підприємцями, які протестують на площі.",
			[]string{"CONSULT/meet Мер → підприємці", "PROTEST підприємці → "}},
		{"exporters put on a list of risk",
			"Митна служба Білорусі внесла всіх литовських перевізників до переліку «ризикових».",
			[]string{"SANCTION Митна служба Білорусі → литовські перевізники"}},
		{"a list of candidates is no sanction",
			"ЦВК внесла Петра Коваля до списку кандидатів.",
			nil},
		{"goods handed to a brigade are aid",
			"Волонтери передали 72-й окремій механізованій бригаді три пікапи.",
			[]string{"AID Волонтери → 72-га окрема механізована бригада"}},
		{"a case handed to a court is no aid",
			"Суд передав справу до апеляційного суду.",
			nil},
		{"a verdict called just blames no one",
			"У прокуратурі вирок назвали справедливим.",
			nil},
	}
	checkEvents(t, p, tests, pub)
}

// TestS26H1EventDates checks the day a relative clause gives a gathering
// (the dateline's day is not it).
func TestS26H1EventDates(t *testing.T) {
	p := load(t)
	x := p.Extract("Київ, 20 жовтня. Переговори між НАК «Нафтогаз України» та ВАТ «Газпром», що відбулися в середу в Москві, завершилися без результату.", time.Date(2011, 10, 20, 0, 0, 0, 0, time.UTC))
	for _, ev := range x.Events {
		if ev.Type == "CONSULT" && ev.Date != "2011-10-19" {
			t.Errorf("talks dated %q, want 2011-10-19", ev.Date)
		}
	}
	// "закордонних справ" names an office, no case whose day it would be
	x = p.Extract("Берлін, 13 вересня. Зустріч міністрів закордонних справ України та Польщі, що відбулася в суботу під Берліном, тривала чотири години.", time.Date(2015, 9, 13, 0, 0, 0, 0, time.UTC))
	for _, ev := range x.Events {
		if ev.Type == "CONSULT" && ev.Date != "2015-09-12" {
			t.Errorf("meeting dated %q, want 2015-09-12", ev.Date)
		}
	}
}
