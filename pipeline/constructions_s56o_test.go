package pipeline_test

import (
	"testing"
	"time"
)

// Session 56, helper h56o: a private person's coming, meeting or calling,
// read from a precision audit of events outside any gold, tested with
// sentences of its own.

// TestS56OPrivateMeeting: in a story of a few sentences that names no
// body, a verb of coming, of running into someone or of calling whose
// sides are only people the text gives no title or role, or the town one
// comes to, tells a private life, no consultation; a titled official's
// visit, an activist's meeting with a minister, such a coming after an
// arrest told before and such a call with a body in its sentence stay.
func TestS56OPrivateMeeting(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"two untitled people run into each other",
			"Того року в Ужгороді випав сніг. Якось на вечорі Тарас Гнатюк зустрів Олену Мельничук. Вона тоді ще вчилася.",
			nil},
		{"an untitled person comes to a town",
			"Він довго мріяв про подорож. Восени 1890 року Іван Сидоренко приїхав до Праги. Там він почав писати роман.",
			nil},
		{"a body named in another sentence of a life story",
			"Університет «Полісся» тоді ще не відкрили. Восени Андрій Тарасюк приїхав до Житомира. Там він вивчав історію.",
			nil},
		{"an untitled person calls another",
			"День видався довгим. Ввечері Петро Кравець зателефонував Ганні Лисенко. Розмова тривала годину.",
			nil},
		{"an untitled person's coming in a story of arrests stays",
			"Поліція затримала у Харкові десятьох активістів. Наступного дня Степан Мороз приїхав до Харкова. Він довго там пробув.",
			[]string{"COERCE Поліція → десятеро активістів @Харків", "CONSULT/visit Степан Мороз → Харків @Харків"}},
		{"an untitled person's call with a body in its sentence stays",
			"День видався довгим. Після засідання Верховної Ради Ігор Данилюк зателефонував Оксані Климко. Розмова тривала годину.",
			[]string{"CONSULT/phone Ігор Данилюк → Оксана Климко"}},
		{"a titled official comes to a town",
			"День видався довгим. Міністр оборони Литви Петрас Даукша приїхав до Львова. Він пробув там годину.",
			[]string{"CONSULT/visit Петрас Даукша → Львів @Львів"}},
		{"an activist meets a minister",
			"День видався довгим. Активістка Олена Гуменюк зустріла міністра освіти Оксану Лісову. Розмова тривала годину.",
			[]string{"CONSULT/meet Олена Гуменюк → Оксана Лісова"}},
	}, time.Time{})
}
