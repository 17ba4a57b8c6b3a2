package pipeline_test

import (
	"testing"
	"time"
)

// Session 57, helper h57g: sentences of real text outside news that read
// as events and are none (a decree's numbered provisions, a story's
// private people, a kind of person defined, a skill), found by the
// session 56 audit of our events on texts outside the gold sets; each
// with a news twin whose event stays.

// TestS57GListItem: an infinitive or a present in an item of a numbered
// list is a decree's or a programme's provision, what is to be done, or
// a law's power of an office; the body that binds someone tells it with
// a past.
func TestS57GListItem(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a decree's numbered item: no event",
			"Кабінет Міністрів затвердив план заходів на зимовий період. Документом передбачено:\n1) утеплити приміщення шкіл до 1 листопада;\n2) зобов'язати обленерго щотижня звітувати про стан мереж.",
			nil},
		{"an item after a semicolon: no event",
			"Рада ухвалила постанову з такими пунктами: 4) провести ремонт доріг; 5) зобов'язати перевізників оновити автобуси.",
			nil},
		{"a law's list of an office's powers in the present: no event",
			"Положення визначає, що уповноважений має такі повноваження:\n1) перевіряє скарги громадян;\n2) призначає на посади та звільняє з посад своїх представників.",
			nil},
		{"the body binds them with a finite verb",
			"Кабінет Міністрів зобов'язав обленерго щотижня звітувати про стан мереж.",
			[]string{"COERCE Кабінет Міністрів → обленерго"}},
	}, time.Time{})
}

// TestS57GPrivateLone: a request, a refusal or a thanks of a private
// person named by a common noun or a first name alone, to no one named,
// tells a story; a request put to a body, and one of a named official,
// stay.
func TestS57GPrivateLone(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a girl refuses: no event",
			"Надворі вже смеркало. Дівчина відмовилася їхати до лікарні і мовчки пішла до вікна.",
			nil},
		{"a stranger asks with an adjective before him: no event",
			"Таксі зупинилося біля вокзалу. Пізній пасажир сів позаду, а літній незнайомець попросив зачекати хвилину.",
			nil},
		{"an offer to a lad, the offerers unnamed: no event",
			"Грім гуркотів над лісом. Хлопчикові спершу пропонували залишитися в хатині.",
			nil},
		{"a first name alone in a story: no event",
			"Сніг падав цілий вечір. Оксана усміхалася й дякувала за подарунок. Потім усі сіли вечеряти.",
			nil},
		{"a woman asks the police: an event",
			"Жінка попросила поліцію знайти її сина.",
			[]string{"REQUEST Жінка → поліція"}},
		{"a named official with a title thanks: an event",
			"Голова ОВА Ігор Петренко подякував рятувальникам за роботу.",
			[]string{"SUPPORT Ігор Петренко → рятувальники"}},
	}, time.Time{})
}

// TestS57GGenericPresent: a singular noun of anyone with a relative
// clause in the present defines a kind of person, and people of a kind
// in a relative clause on a thing tell what anyone does about it; a
// named side in the same construction, and the past, stay.
func TestS57GGenericPresent(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a kind of person defined: no event",
			"Людина, яка надає першу допомогу постраждалому, повинна спершу викликати швидку.",
			nil},
		{"people of a kind in a relative clause on a thing: no event",
			"Затримка пенсій залишається однією з тем, з якими пенсіонери звертаються до омбудсмана.",
			nil},
		{"a named body in a clause of its own: an event",
			"Федерація профспілок України звертається до Пенсійного фонду з вимогою виплатити пенсії.",
			[]string{"REQUEST Федерація профспілок України → Пенсійний фонд"}},
		{"a service for people of a kind, its givers unnamed: no event",
			"Реформа гарантує, що реабілітаційна допомога, яку надають хворим після інсульту, буде безоплатною.",
			nil},
		{"a named giver to people at hand: an event",
			"Червоний Хрест надає допомогу хворим у лікарні Ізюма.",
			[]string{"AID Червоний Хрест → хворі"}},
		{"the past of a particular patient: an event",
			"Пацієнт, який поскаржився на лікаря, отримав відповідь від міністерства.",
			[]string{"ACCUSE Пацієнт → лікар"}},
	}, time.Time{})
}

// TestS57GSkill: what someone learns or knows how to do is a skill, no
// act; teaching others (a training given) and the act itself stay.
func TestS57GSkill(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"learning to cooperate: no event",
			"На тренуваннях рятувальники вчаться діяти швидко та взаємодіяти з медиками.",
			nil},
		{"a list of infinitives learnt: no event",
			"Кадети вчаться тримати стрій, стріляти та взаємодіяти з артилеристами.",
			nil},
		{"never learnt to agree: no event",
			"Фракції так і не навчилися домовлятися між собою.",
			nil},
		{"the act itself: an event",
			"Рятувальники взаємодіяли з медиками під час гасіння пожежі.",
			[]string{"COOPERATE Рятувальники → медики"}},
	}, time.Time{})
}

// TestS57GLawParties: the parties a law or a contract speaks of in
// general may act under it, no act told; a named party's may stays
// (future).
func TestS57GLawParties(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the insured in general: no event",
			"Позичальник може укласти договір реструктуризації до кінця строку кредиту.",
			nil},
		{"anyone may, a phrase between the subject and the modal: no event",
			"Кожен пенсіонер у разі потреби зможе звернутися до соцслужби і отримати допомогу.",
			nil},
		{"the guilty in general may be held liable: no event",
			"За систематичні прогули порушник може бути притягнутий до дисциплінарної відповідальності.",
			nil},
		{"a named official may be dismissed: hypothetical",
			"Директор Укрзалізниці може бути звільнений з посади вже наступного тижня.",
			[]string{"COERCE  → Директор Укрзалізниці [hypothetical]"}},
		{"a named company: an event to come",
			"Нафтогаз може укласти договір з Укренерго до кінця року.",
			[]string{"AGREE Нафтогаз → Укренерго [future]"}},
	}, time.Time{})
}

// TestS57GWish: an infinitive after a verb of wishing is a wish, as
// after хотіти: to come in the present, not said to be done in the past;
// the act told by its own verb stays plain.
func TestS57GWish(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a wish in the past: not said to be done",
			"Волонтерка давно бажала допомогти Сумській громаді.",
			[]string{"AID Волонтерка → Сумська громада [hypothetical]"}},
		{"a dream in the present: to come",
			"Мер Бучі мріє підписати угоду з Варшавою.",
			[]string{"AGREE Мер Бучі → Варшава [future]"}},
		{"the act told by its own verb",
			"Волонтерка допомогла Сумській громаді.",
			[]string{"AID Волонтерка → Сумська громада"}},
	}, time.Time{})
}

// TestS57GStrangerHabit: a story's stranger named by a common noun alone
// who does a thing often tells a private life's custom; an official's
// habit stays an event.
func TestS57GStrangerHabit(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a boy often asks passers-by: no event",
			"Хлопчик часто просив перехожих купити йому морозиво.",
			nil},
		{"the mayor often asks the government: an event",
			"Мер Житомира часто просив уряд виділити кошти на ремонт мостів.",
			[]string{"REQUEST Мер Житомира → уряд"}},
	}, time.Time{})
}
