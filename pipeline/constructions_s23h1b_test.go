package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// twenty-sixth news set (testdata/gold/news26.jsonl), investigative texts
// on courts, prosecutors and procurement; the sentences are our own.

func TestS23H1bEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a view shared with a що-clause (погодитися, що) is no agreement",
			"Апеляційний суд погодився, що фірма пропустила строк. Суд залишив рішення без змін, погодившись, що позивач знав про порушення.",
			nil},
		{"a prosecutor who pleads the case (підтримувати обвинувачення) supports no one",
			"Прокурор Іван Левченко, який підтримував обвинувачення, вироком задоволений.",
			nil},
		{"a firm named with its legal form before an impersonal form is what it was done to",
			"ТОВ «Альфа-Транс» оштрафовано на 2 млн грн. ПП «Омега» притягнуто до відповідальності.",
			[]string{"COERCE  → ТОВ «Альфа-Транс»", "COERCE  → ПП «Омега»"}},
		{"a firm that hangs on a noun before an impersonal form is no object of it",
			"Директора ТОВ «Альфа-Транс» оштрафовано на 3400 гривень.",
			[]string{"COERCE  → директор ТОВ «Альфа-Транс»"}},
		{"an indictment sent to court in the impersonal: the one it names, not the court",
			"Обвинувальний акт щодо Івана Коваля скеровано до Шевченківського районного суду.",
			[]string{"ACCUSE  → Іван Коваль"}},
		{"an impersonal suspicion or indictment told by a law body in a closing cue is that body's act",
			"Обвинувальний акт скеровано до Октябрського районного суду Полтави, повідомили в Полтавській обласній прокуратурі. Петрові Бондарю повідомлено про підозру, повідомили в Київській обласній прокуратурі.",
			[]string{"ACCUSE Полтавська обласна прокуратура → ", "ACCUSE Київська обласна прокуратура → Петро Бондар"}},
		{"a closing cue of a body that is no law body lends no doer",
			"Під час обстрілу пошкоджено школу, повідомили в Харківській обласній військовій адміністрації.",
			nil},
		{"a statement brought to a law body (звернутися до НАБУ із заявою) reports an offence",
			"Депутат Іван Шпак звернувся до НАБУ із заявою. Фермер Петро Гук звернувся до поліції із заявою про можливі корупційні дії голови громади.",
			[]string{"ACCUSE Іван Шпак → ", "ACCUSE Петро Гук → "}},
		{"a statement to a council asks, and accuses no one",
			"Пенсіонерка Ольга Ткач звернулася до міськради із заявою про виділення землі.",
			[]string{"REQUEST Ольга Ткач → міськрада"}},
		{"a claim lodged (заявити позов), put first with the court it goes to, or after the verb",
			"Позов до Господарського суду Київської області заявила Київська обласна прокуратура. Бучанська окружна прокуратура заявила позов до ТОВ «Ліс-Інвест».",
			[]string{"ACCUSE Київська обласна прокуратура → ", "ACCUSE Бучанська окружна прокуратура → ТОВ «Ліс-Інвест»"}},
		{"a claim spoken of (заявив про позов) is no claim lodged",
			"Мер Іван Гнатюк заявив про позов до ТОВ «Бета-Буд».",
			nil},
		{"a sum recovered from a firm named before the impersonal стягнуто",
			"З ТОВ «Галич-Буд» на користь Львівської міської ради стягнуто 8,1 млн грн неустойки.",
			[]string{"COERCE  → ТОВ «Галич-Буд»"}},
		{"an impersonal ruling on a claim of a party named by its kind: that party",
			"Апеляційну скаргу товариства відхилено. Позов прокурора задоволено.",
			[]string{"REJECT  → товариство", "SUPPORT  → прокурор"}},
		{"a role noun in the dative before an impersonal notice of suspicion is the suspect; a possessive before an impersonal form's object",
			"Директорці районної лікарні повідомлено про підозру. Її заступника відсторонено від посади.",
			[]string{"ACCUSE  → директорка районної лікарні", "COERCE  → заступник"}},
		{"a quote's source in an aside (як стверджує X) is no subject of the clause's verb",
			"Усі вони, як стверджує прокуратура, підписували акти з завищеними обсягами.",
			nil},
		{"an infinitive put before the future of бути: future, and negated with не",
			"Мер Іван Гнатюк оскаржувати рішення не буде. Депутат Петро Гук оскаржувати рішення буде.",
			[]string{"ACCUSE Іван Гнатюк →  [future,negation]", "ACCUSE Петро Гук →  [future]"}},
		{"a price asked against a rival's (просило на N менше) is no request",
			"Пропозицію ТОВ «Бета-Шлях», яке просило на 9 млн грн менше, замовник відхилив.",
			[]string{"REJECT замовник → "}},
		{"an appeal told in a що-clause with a plural verb and no subject is the speaker's side's",
			"Адвокат депутатки Андрій Шевчук сказав журналістам, що скаргу вже готують. У департаменті пояснили, що рішення колегії оскаржать у суді.",
			[]string{"ACCUSE Андрій Шевчук → ", "ACCUSE департамент →  [future]"}},
		{"a що-clause with a plural subject of its own appeals by it",
			"Директор Іван Петренко заявив, що юристи підприємства готують скаргу.",
			[]string{"ACCUSE юристи підприємства →  [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestS23H1bQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the prosecution, a court's instance and an audit report speak",
			"Усі троє, як стверджує обвинувачення, підписували акти. На думку апеляційної інстанції, суд не врахував доводів. Ще 2 млн грн, як зазначено в акті, виплачено як премії.",
			[]string{"обвинувачення/стверджувати/indirect: підписували акти",
				"апеляційна інстанція/на думку/indirect: суд не врахував доводів",
				"акт/зазначити/indirect: Ще 2 млн грн виплачено як премії"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestS23H1bSources(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, publisher string
		via                   []string
	}{
		{"Про це свідчать дані X: X is cited",
			"Заголовок\n\nСуд стягнув з ТОВ «Альфа» 8 млн грн. Про це свідчать дані Єдиного державного реєстру судових рішень.",
			"", []string{"Єдиний державний реєстр судових рішень"}},
		{"Про це стало відомо з ухвали X: the ruling is cited",
			"Заголовок\n\nСуд зняв арешт із майна забудовника. Про це стало відомо з ухвали Київського апеляційного суду.",
			"", []string{"ухвала Київського апеляційного суду"}},
		{"an audit report where it is told (йдеться в акті ревізії X) is cited; an outlet that got its copy publishes",
			"Заголовок\n\nАудитори виявили переплати. Про це йдеться в акті ревізії Західного офісу Держаудитслужби, копію якого отримали «Наші гроші».",
			"Наші гроші", []string{"акт ревізії Західного офісу Держаудитслужби"}},
		{"an audit report after a quote is a body cite, not a source line",
			"Заголовок\n\n«Кошти використано з порушеннями», – йдеться в акті перевірки.",
			"", nil},
		{"an outlet at work in a relative clause (до якої «…» звернулися) publishes",
			"Заголовок\n\nНачальниця управління Ольга Гнатюк, до якої «Наші гроші» звернулися по коментар, сказала, що рішення вивчать.",
			"Наші гроші", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			if x.Source.Publisher != tt.publisher || strings.Join(x.Source.Via, "|") != strings.Join(tt.via, "|") {
				t.Errorf("publisher %q via %q, want %q %q", x.Source.Publisher, x.Source.Via, tt.publisher, tt.via)
			}
		})
	}
}
