package pipeline_test

import (
	"testing"
	"time"
)

// TestS41IStreetInTown checks that what happens on a street of a local
// story's town (on it in the locative, along it in the instrumental) is
// placed in the town, and that a street named in the sentence does not
// count as another place that keeps the town from it; with no town the
// story is set in, the street stays the place.
func TestS41IStreetInTown(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"on a street, the story's town",
			"Заголовок новини\nУ Кременчуці з понеділка почали подавати тепло. Увечері мешканці перекрили дорогу на вулиці Європейській.",
			[]string{"PROTEST мешканці →  @Кременчук"}},
		{"along a street",
			"Заголовок новини\nУ Кременчуці з понеділка почали подавати тепло. Увечері торговці перекрили рух вулицею Преображенською.",
			[]string{"PROTEST торговці →  @Кременчук"}},
		{"a building on a street",
			"Заголовок новини\nУ Кременчуці з понеділка почали подавати тепло. Увечері мешканці пікетували будинок на вулиці Європейській.",
			[]string{"PROTEST мешканці →  @Кременчук"}},
		{"no town the story is set in",
			"Увечері мешканці перекрили дорогу на вулиці Європейській.",
			[]string{"PROTEST мешканці →  @вулиця Європейська"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41IAtOccasion checks that a signing told as done at a local
// occasion (Під час відкриття), and thanks given by one named among those
// at a ceremony in the sentence before, take the town a local story is
// set in; the same signing with no occasion, and thanks by one not named
// at the ceremony, stay with no place.
func TestS41IAtOccasion(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a signing at the opening",
			"Заголовок новини\nУ Черкасах у четвер запрацював завод компанії «Скайфорж». Під час відкриття компанія «Скайфорж» та Черкаський державний технологічний університет підписали меморандум про співпрацю.",
			[]string{"AGREE Скайфорж,Черкаський державний технологічний університет →  @Черкаси"}},
		{"the signing told with no occasion",
			"Заголовок новини\nУ Черкасах у четвер запрацював завод компанії «Скайфорж». Компанія «Скайфорж» та Черкаський державний технологічний університет підписали меморандум про співпрацю.",
			[]string{"AGREE Скайфорж,Черкаський державний технологічний університет → "}},
		{"thanks by one at the ceremony",
			"Заголовок новини\nУ Луцьку музей отримав 27 знахідок. На церемонії були начальник Волинської ОВА Іван Руденко і директор музею Андрій Семенюк. Руденко подякував прикордонникам за пильність.",
			[]string{"SUPPORT Іван Руденко → прикордонники @Луцьк"}},
		{"thanks by one not named at it",
			"Заголовок новини\nУ Луцьку музей отримав 27 знахідок. На церемонії був директор музею Андрій Семенюк. Руденко подякував прикордонникам за пильність.",
			[]string{"SUPPORT Руденко → прикордонники"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41IPartnersPlace checks that a place after the partners of a
// meeting named with a plain noun in the genitive (з головами громад у
// Вижниці) is the meeting's place, while a place after a named body's
// post (з головою місії МВФ в Україні) and after what was discussed
// (обговорив проблеми громад у Вижниці) is not.
func TestS41IPartnersPlace(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"heads of communities",
			"Рятувальники відкачували воду.\nЗапаранюк провів нараду з головами громад у Вижниці.",
			[]string{"CONSULT/meet Запаранюк →  @Вижниця"}},
		{"a named body's post",
			"Рятувальники відкачували воду.\nГнатюк провів зустріч з головою місії МВФ в Україні Карлом Мюллером.",
			[]string{"CONSULT/meet Гнатюк → Карл Мюллер"}},
		{"what was discussed",
			"Рятувальники відкачували воду.\nЗапаранюк обговорив проблеми громад у Вижниці.",
			[]string{"CONSULT/meet Запаранюк → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}
