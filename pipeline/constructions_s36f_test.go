package pipeline_test

import (
	"testing"
	"time"
)

// TestS36FArrivalNoun checks that the noun прибуття opening a clause
// after після, with the place after до, в or на, is a visit (CONSULT
// visit) by the clause's subject, and that the clause's events are set
// there; an arrival whose arriver is named in the genitive after it, or
// whose clause has an object before its verb, is none.
func TestS36FArrivalNoun(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"talks after the arrival", "Після прибуття до Варшави прем'єр-міністр Денис Шмигаль провів переговори з Дональдом Туском.",
			[]string{"CONSULT/visit Денис Шмигаль → Варшава @Варшава", "CONSULT/meet Денис Шмигаль → Дональд Туск @Варшава"}},
		{"right after", "Одразу після прибуття до Вільнюса президент Володимир Зеленський зустрівся з Гітанасом Науседою.",
			[]string{"CONSULT/visit Володимир Зеленський → Вільнюс @Вільнюс", "CONSULT/meet Володимир Зеленський → Гітанас Науседа @Вільнюс"}},
		{"a surname subject", "Після прибуття до Києва Сікорський поклав квіти до Стіни пам'яті.",
			[]string{"CONSULT/visit Сікорський → Київ @Київ"}},
		{"the arriver in the genitive", "Після прибуття поїзда до Києва пасажири вийшли на перон.",
			nil},
		{"an object before the verb: the object arrived", "Після прибуття до Києва делегацію зустрів міністр закордонних справ Андрій Сибіга.",
			[]string{"CONSULT/visit делегація → Київ @Київ", "CONSULT/meet Андрій Сибіга → делегація @Київ"}},
	}, time.Time{})
}

// TestS36FTalksEnded checks that talks, a meeting or consultations
// ended (завершити переговори, завершивши зустріч) are a meeting
// (CONSULT meet) by the subject with the one named after з, told by the
// finite verb or by its adverbial participle, whose subject is the main
// clause's; talks ended with no partner named after з, or an infinitive,
// are none.
func TestS36FTalksEnded(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a participle opening", "Завершивши переговори з Дудою, прем'єр-міністр Денис Шмигаль повернувся до Києва.",
			[]string{"CONSULT/meet Денис Шмигаль → Дуда"}},
		{"a participle set off", "Шмигаль, завершивши зустріч із Дудою, повернувся до Києва.",
			[]string{"CONSULT/meet Шмигаль → Дуда"}},
		{"the finite verb", "Шмигаль завершив консультації з Дудою.",
			[]string{"CONSULT/meet Шмигаль → Дуда"}},
		{"no partner named", "Україна та Європейський Союз завершили переговори щодо угоди про асоціацію.",
			nil},
		{"an infinitive promised", "Міністерка пообіцяла завершити переговори з Єврокомісією.",
			nil},
	}, time.Time{})
}

// TestS36FGoodsThenDative checks that goods given (передати генератори,
// обладнання), the verb's object, followed by the one given them in the
// dative, a name or a community or a service named by its noun, are aid
// (AID) to that one, as when the dative comes first; goods named only in
// the genitive of another object are none.
func TestS36FGoodsThenDative(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a town by its noun", "Компанія ДТЕК передала генератори місту.",
			[]string{"AID Компанія ДТЕК → місто"}},
		{"a named town", "Фонд передав генератори Харкову.",
			[]string{"AID Фонд → Харків"}},
		{"a hospital with its adjective", "Фонд передав генератори районній лікарні.",
			[]string{"AID Фонд → районна лікарня"}},
		{"services, the goods in the genitive", "Фірма надасть послуги оптимізації систем зв'язку аеропорту «Бориспіль» місту.",
			nil},
	}, time.Time{})
}
