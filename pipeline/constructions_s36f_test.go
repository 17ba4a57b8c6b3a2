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
		{"an object before the verb", "Після прибуття до Києва делегацію зустрів міністр закордонних справ Андрій Сибіга.",
			nil},
	}, time.Time{})
}
