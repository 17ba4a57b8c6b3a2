package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// twelfth studied set (testdata/gold/studied12.jsonl); the sentences are
// our own.

func TestStudied12Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a by-name in quote marks set off inside narration is no direct quote; the за даними clause around it is the quote",
			"За даними ЗМІ, у 2010 році ця компанія брала участь у схемі, яку пов'язували з ім'ям депутата Петра Коваля, «сірого кардинала» Антимонопольного комітету.",
			[]string{"ЗМІ/за даними/indirect: у 2010 році ця компанія брала участь у схемі, яку пов'язували з ім'ям депутата Петра Коваля, «сірого кардинала» Антимонопольного комітету"}},
		{"a quote after a comma that runs to the sentence's end is still one",
			"За словами Петра Коваля, «компанія працює за законом».",
			[]string{"Петро Коваль/за словами/direct: компанія працює за законом"}},
		{"the reason for a decision quoted after через is its maker's words; a name or a short phrase there, or another verb, is none",
			"Фірми виграли тендер на 30 мільйонів, який замовник пізніше скасував через «неможливість усунути порушення закону». Суд відмовив ТОВ «Альфа» через «відсутність належних доказів у справі». Мер звільнив директора через «Нафтогаз України». Селяни протестували через «дешевий російський газ у сусідів».",
			[]string{"замовник/скасувати/direct: неможливість усунути порушення закону", "Суд/відмовити/direct: відсутність належних доказів у справі"}},
		{"a direct quote that is its own sentence, with the source named in the next one opening with Про це",
			"Однак «у процесі виникли нові обставини, які вимагають додаткових робіт». Про це повідомляється в листі міністерства. «Ми працюємо над цим». Про це заявив мер Іван Коваль. «Назва фірми». Про це пишуть.",
			[]string{"лист міністерства/повідомлятися/direct: у процесі виникли нові обставини, які вимагають додаткових робіт", "Іван Коваль/заявити/direct: Ми працюємо над цим"}},
		{"a що-clause with no subject or verb cut off by a line break after an abbreviation goes on in the next line; a complete one does not",
			"Замовник пояснив це тим, що у 2019 р.\n«Бета» виграла тендер на ремонт школи.\nДиректор заявив, що вартість робіт 5 млн грн.\nРемонт почнеться восени.",
			[]string{"Замовник/пояснити/indirect: у 2019 р.\n«Бета» виграла тендер на ремонт школи", "Директор/заявити/indirect: вартість робіт 5 млн грн."}},
		{"a surname and its two initials end a sentence before a capitalised word",
			"Висновок підписала директорка Петрова О. М. Рекомендацію підтримати проєкт наголошено у довідці інженера Ковальчука С. В.",
			[]string{}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestStudied12Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"bids rejected by no one named are the customer's of the contract told before",
			"КП «Міськвода» уклало угоду з ТОВ «Варта» на послуги охорони. Першу фірму відхилили за неправильно оформлену довідку.",
			[]string{"AGREE КП «Міськвода» → ТОВ «Варта»", "REJECT КП «Міськвода» → "}},
		{"the passive and the impersonal of rejecting bids too; with no contract before, no one",
			"Усі пропозиції відхилено за невідповідно оформлені документи. ДП «Порт» уклало угоду з ТОВ «Альфа». Однак дешевші пропозиції були відхилені.",
			[]string{"AGREE ДП «Порт» → ТОВ «Альфа»", "REJECT ДП «Порт» → "}},
		{"a rejected bid in the singular is the one bidder who applied in the sentences before",
			"ДП «Порт» уклало угоду з ТОВ «Альфа». На участь у тендері також подавалося ПАТ «Бета». Воно пропонувало ціну вдвічі нижчу. Однак пропозицію відхилили за неповний пакет документів.",
			[]string{"AGREE ДП «Порт» → ТОВ «Альфа»", "REJECT ДП «Порт» → ПАТ «Бета»"}},
		{"rejecting things that are not bids, with no one named, is no event",
			"ДП «Порт» уклало угоду з ТОВ «Альфа». Скаргу відхилили.",
			[]string{"AGREE ДП «Порт» → ТОВ «Альфа»"}},
		{"a contract told in the passive after a sentence on who held the tender is that body's",
			"Управління освіти Києва провело тендер на ремонт шкіл. За результатами торгів було акцептовано пропозицію ПАТ «Альфа».",
			[]string{"AGREE Управління освіти Києва → ПАТ «Альфа»"}},
		{"a customer ordering from a firm named after a word for a firm in the dative",
			"Ліцей «Еврика» замовив приватній фірмі «Альфа» ремонт даху. Департамент замовив 100 медалей «Слава місту».",
			[]string{"AGREE Ліцей «Еврика» → Альфа"}},
		{"not admitting a bidder to a tender or an auction is a rejection, not a negated event; admitting or not allowing other things is none",
			"КП «Проект» не допустило ПФ «Альфа» до участі в аукціоні. До торгів допустили ТОВ «Бета». Замовник не допустив порушень.",
			[]string{"REJECT КП «Проект» → ПФ «Альфа»"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
