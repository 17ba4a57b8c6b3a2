package pipeline_test

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// TestS26EntityGroups checks which names the whole pipeline makes one
// entity: the parliament named short (Рада, У Раді, which the POS tagger
// reads as рад, the unit) and in full; a council with a place's name
// apart from it; deputies apart from their parliament; a union's acronym, clipped and full names, typed a body or a place.
func TestS26EntityGroups(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text string
		want       []string // Name/TYPE/mentions of entities with names in the text
	}{
		{"the parliament named short and in full, and the Council of Europe",
			"Рада ратифікувала угоду. Верховна Рада у вівторок ратифікувала угоду між Україною та Радою Європи. У Раді заявили, що закон набуде чинності.",
			[]string{"Верховна Рада/ORG/3", "Україна/LOC/1", "Рада Європи/ORG/1"}},
		{"deputies and their parliament",
			"Депутати Ради проголосували за звернення.",
			[]string{"Рада/ORG/1"}},
		{"clipped names of state bodies opening sentences",
			"Кабмін виділив кошти. Генштаб повідомив про втрати ворога. Мінрозвитку оголосило тендер.",
			[]string{"Кабмін/ORG/1", "Генштаб/ORG/1", "Мінрозвитку/ORG/1"}},
		{"a body's name of adjectives and a kind opening a sentence",
			"Світовий банк надав кредит Україні. Державна дума ухвалила закон. Міжнародний валютний фонд виділив кошти.",
			[]string{"Світовий банк/ORG/1", "Україна/LOC/1", "Державна дума/ORG/1", "Міжнародний валютний фонд/ORG/1"}},
		{"a kind named by a place's adjective or a participle alone is no name; nor is a fund with one adjective",
			"Російський суд засудив активіста. Уповноважений банк зобов'язаний звітувати. Статутний фонд становить 10 тисяч гривень.",
			nil},
		{"a union's acronym and names",
			"ЄС запровадив санкції. Європейський Союз також закликав Росію. Євросоюз готовий.",
			[]string{"Європейський Союз/ORG/3", "Росія/LOC/1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			var got []string
			for _, e := range x.Entities {
				if e.Type == "JOB" || e.Type == "DATE" {
					continue
				}
				got = append(got, fmt.Sprintf("%s/%s/%d", e.Name, e.Type, len(e.Mentions)))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestS26Sanctions checks sanctions told by what the sanctioned undergo or
// by the list they are put on, and a country's name the model splits or
// reads as a MISC.
func TestS26Sanctions(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"put under sanctions whose owner is named after them",
			"Під санкції ЄС потрапили Ротенберг і Абрамович.",
			[]string{"SANCTION ЄС → Ротенберг,Абрамович"}},
		{"under new sanctions of a country the model reads as a MISC",
			"Під нові санкції Великої Британії потрапили Ротенберг і Абрамович.",
			[]string{"SANCTION Велика Британія → Ротенберг,Абрамович"}},
		{"put on a sanctions list, the person after the list",
			"Велика Британія внесла до санкційного списку Ротенберга.",
			[]string{"SANCTION Велика Британія → Ротенберг"}},
		{"a sanctions list with its owner, before the verb",
			"До санкційного списку Великої Британії внесли 12 фізичних осіб.",
			[]string{"SANCTION Велика Британія → 12 фізичних осіб"}},
		{"the list of sanctions after the person",
			"Канада внесла Аркадія Ротенберга до списку санкцій.",
			[]string{"SANCTION Канада → Аркадій Ротенберг"}},
		{"a country's name split at a sentence's start",
			"Сполучені Штати наклали санкції на три російські банки.",
			[]string{"SANCTION Сполучені Штати → "}},
		{"a state's acronym opening the only sentence (the lexicon lists КНДР as a place, not as an abbreviation)",
			"КНДР погрожує США ядерним ударом.",
			[]string{"THREATEN КНДР → США"}},
		{"another list is no sanction",
			"Слідчі внесли відомості до Єдиного реєстру досудових розслідувань. Школу внесли до списку пам'яток.",
			[]string{"ACCUSE Слідчі → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS26AppealAdopted checks that a council's appeal adopted is a request
// to the one it is addressed to, not the thing it asks for.
func TestS26AppealAdopted(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an appeal adopted, asking for money",
			"Депутати Київради ухвалили звернення до Кабінету Міністрів щодо виділення 300 млн грн на ремонт доріг.",
			[]string{"REQUEST Депутати Київради → Кабінет Міністрів"}},
		{"a body's own decision approved backs no one",
			"На початку тижня уряд схвалив рішення.",
			nil},
		{"a decision approved about money given is aid",
			"Рада ЄС схвалила рішення про виділення Україні 5 млрд євро.",
			[]string{"AID ЄС → Україна"}},
		{"a decision to allocate money is aid",
			"Депутати облради ухвалили рішення про виділення 300 млн грн на ремонт доріг.",
			[]string{"AID Депутати облради → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS26CountedProtesters checks a crowd counted by a number word as the
// subject, a road named by its ends as no actor, and a perfective verb the
// tagger reads as present as the future.
func TestS26CountedProtesters(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a number word in the nominative counts the subject",
			"Сто фермерів пікетували будівлю облдержадміністрації.",
			[]string{"PROTEST Сто фермерів → "}},
		{"a bound before the number word, which the tagger reads as governing it",
			"Понад сто фермерів із Полтавської області в понеділок пікетували будівлю облдержадміністрації.",
			[]string{"PROTEST Понад сто фермерів → "}},
		{"a crowd counted after the verb of protest is its subject",
			"Під стінами ОДА пікетували понад 200 шахтарів.",
			[]string{"PROTEST понад 200 шахтарів → "}},
		{"a crowd counted by a noun of count after a bound",
			"Близько сотні мешканців Борщагівки в суботу вийшли на акцію протесту проти будівництва.",
			[]string{"PROTEST Близько сотні мешканців Борщагівки → "}},
		{"a number word in the accusative counts those done to",
			"Двох нападників затримали.",
			[]string{"COERCE  → двоє нападників"}},
		{"an acronym after тим часом is the subject",
			"Тим часом ЗСУ уразили нафтопереробний завод у Рязанській області.",
			[]string{"ASSAULT ЗСУ → нафтопереробний завод @Рязанська область"}},
		{"a road named by its ends, in a threat on a condition",
			"Фермери попередили, що в разі ігнорування їхніх вимог перекриють міжнародну трасу Київ – Харків.",
			[]string{"THREATEN Фермери → ", "PROTEST Фермери →  [future]", "THREATEN Фермери → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS26LawyerOfAccused checks that a title with a person's name in the
// genitive after it belongs to the name after that, the genitive name
// part of it (Адвокат Сидоренка Ігор Фомін: "адвокат Сидоренка", as the
// entity golds write "адвокат Лозинського"), and that an object pronoun opening a sentence whose doers
// come after the verb stands for the person just named.
func TestS26LawyerOfAccused(t *testing.T) {
	p := load(t)
	x := p.Extract("Суд заарештував Віталія Сидоренка. Адвокат Сидоренка Ігор Фомін заявив, що його підзахисний вину не визнає.", time.Time{})
	for _, e := range x.Entities {
		switch e.Name {
		case "Ігор Фомін":
			if !slices.Contains(e.Titles, "адвокат Сидоренка") {
				t.Errorf("Ігор Фомін titles %q, want адвокат Сидоренка", e.Titles)
			}
		case "Віталій Сидоренко":
			if len(e.Titles) > 0 {
				t.Errorf("Віталій Сидоренко titles %q, want none", e.Titles)
			}
		}
	}
	for _, q := range x.Quotes {
		if got := entityName(x, q.Speaker); got != "Ігор Фомін" {
			t.Errorf("quote %q by %q, want Ігор Фомін", q.Text, got)
		}
	}
	checkEvents(t, p, []construction{
		{"the one done to opens the sentence, the doers after the verb",
			"Суд заарештував Віталія Сидоренка. Його затримали детективи НАБУ під час отримання хабара.",
			[]string{"COERCE Суд → Віталій Сидоренко", "COERCE детективи НАБУ → Віталій Сидоренко"}},
	}, time.Time{})
}

// TestS26JoinedInstitution checks a subject joined by та to a place's
// institution right before the verb ("уряд Японії"): both act.
func TestS26JoinedInstitution(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a body and a country's government",
			"ЄБРР та уряд Японії підписали угоду з Україною.",
			[]string{"AGREE ЄБРР,Японія → Україна"}},
		{"a state and a group named after its kind",
			"Ізраїль та угруповання ХАМАС погодили умови тимчасового перемир'я.",
			[]string{"AGREE Ізраїль,ХАМАС → "}},
		{"a state and a company named after its kind",
			"Україна і компанія Boeing підписали меморандум.",
			[]string{"AGREE Україна,Boeing → "}},
		{"a second name the tagger reads as an accusative",
			"ЄІБ і Мінфін підписали фінансову угоду на 400 млн євро.",
			[]string{"AGREE ЄІБ,Мінфін → "}},
		{"a state body's clipped name opening the sentence before і and another name",
			"Мінфін і НБУ погодили нову програму.",
			[]string{"AGREE Мінфін,НБУ → "}},
		{"a list that ends in a government",
			"Польща, ЄБРР та уряд Японії підписали угоду.",
			[]string{"AGREE Польща,ЄБРР,Японія → "}},
	}, time.Time{})
}

// TestS26CityHead checks that the head of a town named by its kind
// ("очільник міста") is the one person titled the town's head.
func TestS26CityHead(t *testing.T) {
	p := load(t)
	x := p.Extract("На відкритті побував міський голова Сергій Моргунов. «Для нас це важливо», – наголосив очільник міста.", time.Time{})
	if len(x.Quotes) != 1 || entityName(x, x.Quotes[0].Speaker) != "Сергій Моргунов" {
		t.Errorf("quotes %+v, want one of Сергій Моргунов", x.Quotes)
	}
	x = p.Extract("На відкритті побували міський голова Сергій Моргунов і мер Жмеринки Анатолій Петров. «Для нас це важливо», – наголосив очільник міста.", time.Time{})
	if len(x.Quotes) == 1 && entityName(x, x.Quotes[0].Speaker) == "Сергій Моргунов" {
		t.Errorf("two heads of towns, the quote went to Сергій Моргунов")
	}
}

// TestS26FieldTitles checks a title whose field follows the body's name
// (верховна представниця ЄС із закордонних справ і безпекової політики):
// the person named after it holds it.
func TestS26FieldTitles(t *testing.T) {
	p := load(t)
	x := p.Extract("Денис Шмигаль зустрівся з верховною представницею ЄС із закордонних справ і безпекової політики Каєю Каллас.", time.Time{})
	want := "верховна представниця ЄС із закордонних справ і безпекової політики"
	for _, e := range x.Entities {
		if e.Name == "Кая Каллас" && !slices.Contains(e.Titles, want) {
			t.Errorf("Кая Каллас titles %q, want %q", e.Titles, want)
		}
	}
}

// TestS26QuotedSides checks sides named in quotation marks: "між
// «Нафтогазом» та «Газпромом»", "«Нафтогаз» і «Газпром» провели".
func TestS26QuotedSides(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"talks between two quoted names",
			"Переговори між «Нафтогазом» та «Газпромом» завершилися безрезультатно.",
			[]string{"CONSULT/meet Нафтогаз,Газпром → "}},
		{"two quoted names joined before the verb",
			"«Нафтогаз» і «Газпром» провели переговори у Відні.",
			[]string{"CONSULT/meet Нафтогаз,Газпром →  @Відень"}},
	}, time.Time{})
}

// TestS26FirmFirst checks a firm named with its legal form opening a
// clause before a plural past verb: the firm is what was done to, and a
// bidder disqualified is turned down by the customer of the contract
// told before.
func TestS26FirmFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a bidder disqualified after a contract",
			"Управління ЖКГ міськради уклало з ТОВ «Шляхбуд» договір на ремонт доріг. ТОВ «Автомагістраль» дискваліфікували через відсутність довідки.",
			[]string{"AGREE Управління ЖКГ міськради → ТОВ «Шляхбуд»", "REJECT Управління ЖКГ міськради → ТОВ «Автомагістраль»"}},
		{"a bid turned down, told in a relative clause on the bidder",
			"КП «Київський метрополітен» уклало договір з ПАТ «Крюківський вагонобудівний завод». Конкурентом заводу виступало ТОВ «Метровагонмаш-Україна», пропозицію якого відхилили через невідповідність вимогам.",
			[]string{"AGREE КП «Київський метрополітен» → ПАТ «Крюківський вагонобудівний завод»", "REJECT КП «Київський метрополітен» → ТОВ «Метровагонмаш-Україна»"}},
		{"a firm fined",
			"ТОВ «Альфа» оштрафували на 50 тисяч гривень.",
			[]string{"COERCE  → ТОВ «Альфа»"}},
		{"two firms acting",
			"ТОВ «Альфа» та ТОВ «Бета» уклали договір.",
			[]string{"AGREE ТОВ «Альфа»,ТОВ «Бета» → "}},
	}, time.Time{})
}

// TestS26DetainedPastPlace checks the one detained named after the place
// where (затримала на Львівщині Івана Петренка).
func TestS26DetainedPastPlace(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a person named after the place",
			"СБУ затримала на Львівщині Івана Петренка.",
			[]string{"COERCE СБУ → Іван Петренко @Львівщина"}},
		{"a person greeted named after the place",
			"Макрон привітав у Парижі Зеленського.",
			[]string{"SUPPORT Макрон → Зеленський @Париж"}},
		{"a person detained named after the date and the place",
			"СБУ затримала 15 березня в Києві Олега Петренка.",
			[]string{"COERCE СБУ → Олег Петренко @Київ"}},
		{"a person greeted named after the day",
			"Макрон привітав у понеділок Зеленського.",
			[]string{"SUPPORT Макрон → Зеленський"}},
		{"a town visited named after the day (the tagger reads it as a nominative)",
			"Рютте відвідав у вівторок Київ.",
			[]string{"CONSULT/visit Рютте → Київ @Київ"}},
		{"an invitation's place is where to, not one invited",
			"Туск запросив Зеленського до Варшави.",
			[]string{"REQUEST Туск → Зеленський"}},
		{"an official named by his title after the place",
			"СБУ затримала у Львові посадовця міськради.",
			[]string{"COERCE СБУ → посадовець міськради @Львів"}},
	}, time.Time{})
}

// TestS26QuotedBodySpeaks checks a body named in quotation marks after в
// or у as the one that speaks and so acts in what it says it will do.
func TestS26QuotedBodySpeaks(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an appeal announced by a quoted body",
			"У «Укренерго» заявили, що оскаржать рішення в апеляційному суді.",
			[]string{"ACCUSE Укренерго →  [future]"}},
	}, time.Time{})
}
