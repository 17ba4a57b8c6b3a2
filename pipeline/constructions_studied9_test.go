package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// ninth studied set (testdata/gold/studied9.jsonl); the sentences are our
// own.

func TestStudied9Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a finding proved reports the що-clause right after the verb; after an object the що is a relative, and one not proved claims nothing",
			"Комітет довів, що фірми діяли узгоджено. Інспектори довели змову між учасниками, що призвела до втрат. Прокуратура не довела, що земля належала громаді.",
			[]string{"Комітет/довести/indirect: фірми діяли узгоджено"}},
		{"a bulleted list after довело, що: is one quote",
			"В результаті розслідування, Відділення довело, що:\n* Учасники мали одну адресу ; * Документи готувала одна особа.",
			[]string{"Відділення/довести/indirect: Учасники мали одну адресу ; * Документи готувала одна особа"}},
		{"a cue of summing up or comment set off by commas inside the content, with a body, a common noun or a person, who tells rather than the subject before",
			"Усі ці обставини, резюмували київські антимонопольники, свідчать про змову між учасниками. Ці факти, наголосили слідчі, свідчать про підкуп. Роботи, додав Петро Коваль, завершать восени. Польська сторона, додав Іван Гнатюк, також інвестує 5 млн євро.",
			[]string{"київські антимонопольники/резюмувати/indirect: Усі ці обставини свідчать про змову між учасниками", "слідчі/наголосити/indirect: Ці факти свідчать про підкуп", "Петро Коваль/додати/indirect: Роботи завершать восени", "Іван Гнатюк/додати/indirect: Польська сторона також інвестує 5 млн євро"}},
		{"a cue with a colon before the comma introduces the words after it, not an aside",
			"Чоловік з велосипедом пояснює: «Це бігунець, або безкінечник».",
			[]string{"Чоловік/пояснювати/direct: Це бігунець, або безкінечник"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestStudied9Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a party that recovered a sum through the court sued; a court that recovered it coerced",
			"У 2019 році ТОВ «Альфа» через суд стягнуло з ТОВ «Бета» 3,5 млн грн боргу. Цей борг ДП «Квант» стягнуло з ТОВ «Омега» в судовому порядку. Суд стягнув з ТОВ «Сігма» 1 млн грн.",
			[]string{"ACCUSE ТОВ «Альфа» → ТОВ «Бета»", "ACCUSE ДП «Квант» → ТОВ «Омега»", "COERCE Суд → ТОВ «Сігма»"}},
		{"the imperfective of sending a claim with a demand requests",
			"ДП «Квант» кілька разів надсилало ТОВ «Омега» претензії з вимогою повернути борг.",
			[]string{"REQUEST ДП «Квант» → ТОВ «Омега»"}},
		{"a claim found well-founded is upheld, one found groundless rejected",
			"Суд визнав вимоги ТОВ «Гамма» обґрунтованими. Суд визнав вимоги ТОВ «Дельта» необґрунтованими.",
			[]string{"SUPPORT Суд → ТОВ «Гамма»", "REJECT Суд → ТОВ «Дельта»"}},
		{"money paid for help is no aid; aid received is",
			"Німецька фірма «Бош» отримає 2 млн євро за допомогу з запуском заводу. Україна отримає від ЄС допомогу на 2 млрд євро.",
			[]string{"AID ЄС → Україна [future]"}},
		{"a fine laid on a firm names the firm; a territorial branch fines",
			"Відділення наклало 20 тис. грн штрафу на ТОВ «Дельта». Черкаське ОТВ АМКУ наклало штраф на ТОВ «Омега».",
			[]string{"COERCE Відділення → ТОВ «Дельта»", "COERCE Черкаське ОТВ АМКУ → ТОВ «Омега»"}},
		{"money allotted to a region named in the dative before an impersonal verb is aid to it",
			"Уряд ухвалив нове рішення щодо житла для переселенців. Львівській області було виділено на ці цілі 5 млн грн.",
			[]string{"AID  → Львівська область"}},
		{"protests organised by a body, told by a verb or by a participle after a protest held",
			"Федерація профспілок України організувала акції протесту в Києві. У жовтні у Львові пройшли акції протесту, організовані профспілкою шахтарів. Федерація профспілок України організувала зустріч з мером.",
			[]string{"PROTEST Федерація профспілок України →  @Київ", "PROTEST профспілка шахтарів →  @Львів"}},
		{"an adverbial participle closing a sentence after a що-clause is the main clause's, not the що-clause's subject's",
			"Замовник з'ясував, що ТОВ «Альфа» та ТОВ «Бета» пов'язані, відхиливши їхні пропозиції.",
			[]string{"REJECT Замовник → "}},
		{"shooting by a side named after it is an attack by the person the title names",
			"Сутичка супроводжувалася стріляниною з боку депутата Петра Коваля. Під час стрілянини загинули двоє людей.",
			[]string{"ASSAULT Петро Коваль → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}
