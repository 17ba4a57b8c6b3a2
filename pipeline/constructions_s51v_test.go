package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// TestCutShortS51v feeds the constructions the rules of session 51 read
// (helper h51v's review) cut short after every word, with no full stop
// and with one, through the whole extract path: a text may end anywhere
// in a trigger's phrase, a relative clause, a night told by two days, a
// coordination of names. No cut may panic, and every offset must match
// the text. The sentences are our own.
func TestCutShortS51v(t *testing.T) {
	p := load(t)
	day := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		// date: a night told by both its days
		"Росія атакувала Одесу у ніч з понеділка на вівторок, вночі із суботи на неділю теж.",
		// event: a relative clause on an agreement, an infinitive's noun
		"Сторони уклали угоду, відповідно до якої Японія надасть Україні 4,5 млрд доларів.",
		"Фонд підписав меморандум, за яким фонд передасть громаді 50 генераторів.",
		"Прем'єр пообіцяв передати Україні пакет допомоги.",
		// event: an attack told inside an accusation
		"Україна звинуватила Росію в атаці дронів на порт, в обстрілах українських портів.",
		// event: relatives of people as objects
		"Поліція затримала двох громадян Білорусі, яких підозрюють у шпигунстві.",
		"Україна вимагає повернути українських дітей, яких депортувала Росія.",
		"Окупанти відпустили жителів Херсонщини, яких затримали раніше.",
		// event: a relative clause of place ends the trigger's clause
		"Сили оборони уразили склад у Курській області, з якого окупанти постачали снаряди.",
		// event: the days of acts told again
		"Того ж ранку мер подякував області та попросив виділити кошти. Уже за кілька годин він прибув.",
		"Наступного вечора у місті гості передали лікарні генератори.",
		"За результатами зустрічі Поліщук і Стемпень підписали угоду у Черкаській міській раді.",
		"Протестувальники зібралися біля будівлі міськради, в приміщенні облдержадміністрації.",
		"Зеленський зустрівся з Санду. Уряди двох країн підписали угоду.",
		"Посадовці заявили, що не оскаржуватимуть рішення.",
		// entity, ner, pipeline: names
		"Дитячий фонд ООН (ЮНІСЕФ) передав допомогу.",
		"Заступниця міського голови Львова з гуманітарних питань Юлія Гречко повідомила новину.",
		"Радник прем'єр-міністра Польщі Дональда Туска приїхав.",
		"Ольгу Стефанишину-Бойко привітали Оксана і Олексій Кулагіни.",
		"Волинська та Тернопільська області, Сумської та Чернігівської обласних військових адміністрацій.",
		"Росія відправила до Фінської затоки корвет.",
	} {
		words := strings.Fields(s)
		for n := 1; n <= len(words); n++ {
			cut := strings.Join(words[:n], " ")
			for _, text := range []string{cut, cut + ".", cut + " «", "«" + cut} {
				x := p.Extract(text, day)
				checkOffsets(t, text, x)
			}
		}
	}
}
