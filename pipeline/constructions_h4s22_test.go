package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were left open by the studied sets
// (session 22: the sides of a memorandum named sentences back, a
// council's decision to allocate money, a refusal of something no one
// proposed, a title with a verb of speech in it); the sentences are our
// own.

func TestSession22Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the sides of a memorandum with no meeting told are the giver and the taker of the last exchange",
			"Місто отримало пожежну машину від польських партнерів\n\nПожежна частина Коростеня отримала автомобіль від міста-партнера Ряшева. Машину передали в неділю.\n\n" +
				"Місто Ряшів минулого року передало Коростеню два генератори. Автомобіль обладнаний драбиною на 30 метрів. Рятувальники вже випробували його на навчаннях.\n\n" +
				"Сторони також підписали меморандум про співпрацю пожежних служб.",
			// (the car received from Ряшів is aid since session 34, its
			// receiver the fire unit, named by no entity: its phrase
			// since session 35)
			[]string{"AID Ряшів → Пожежна частина Коростеня", "AID Ряшів → Коростень", "AGREE Ряшів,Коростень → "}},
		{"the sides of the last meeting still come first",
			"Міністр закордонних справ України Андрій Сибіга зустрівся з міністром закордонних справ Польщі Радославом Сікорським. Сторони підписали меморандум про співпрацю.",
			[]string{"CONSULT/meet Андрій Сибіга → Радослав Сікорський", "AGREE Андрій Сибіга,Радослав Сікорський → "}},
		{"a council's decision to allocate money, after the verb of taking it or opening its clause, is its aid",
			"Обласна рада прийняла рішення про виділення благодійному фонду «Світанок» 2 млн гривень. " +
				"Рішення про надання 500 тисяч гривень ветеранам АТО приймала міська рада.",
			[]string{"AID Обласна рада → благодійний фонд «Світанок»", "AID міська рада → ветерани АТО"}},
		{"a decision to allocate money with no sum and no recipient aids the one the sentence before says got the money",
			"Кошти фонд «Світанок» отримав як фінансову підтримку за міською програмою. Рішення про виділення грошей щороку ухвалювала міська рада.",
			[]string{"AID міська рада → фонд"}},
		{"an allocation announced with no sum and no one who got it aids no one",
			"Школа отримала нові парти. Мер оголосив про виділення коштів на ремонт мосту.",
			nil},
		{"a decision about anything else, or a request to allocate taken for consideration, gives no aid",
			"Рада прийняла рішення про перейменування вулиці. Депутати прийняли до розгляду заяву про виділення землі фермеру Петрові Коваленку.",
			nil},
		{"refusing a proposal, a demand or talks rejects; refusing a book, a car or sugar rejects nothing",
			"Письменник Петро Коваль довго відмовлявся від книги про війну. Від старого автомобіля родина відмовилася. " +
				"Міністр Олег Сидоренко відмовився від пропозиції уряду Польщі. Студенти відмовилися від переговорів з ректором.",
			[]string{"REJECT Олег Сидоренко → ", "REJECT Студенти → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestSession22Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a verb of speech inside a book's or a film's title is no one's speech",
			"Історик Мирон Кушнір написав книгу «Ми звикли думати, що історія відбувалася деінде». " +
				"У Києві покажуть «Всі кажуть, що війна скоро скінчиться».",
			nil},
		{"words in guillemets told to journalists are still the speaker's",
			"Прем'єр-міністр заявив журналістам, що уряд не підвищуватиме податки.",
			[]string{"Прем'єр-міністр/заявити/indirect: уряд не підвищуватиме податки"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
