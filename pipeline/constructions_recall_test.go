package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found auditing event recall on real
// text (the NER-UK texts free to read): sentences with an event's cue
// that gave no event. The sentences are our own.

func TestRecallEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the impersonal form after було keeps the people counted before it",
			"Трьох активістів було затримано біля міськради. Посадовцю було повідомлено про підозру в хабарництві.",
			[]string{"COERCE  → троє активістів", "ACCUSE  → посадовець"}},
		{"coming under suspicion or sanctions with the subjects after the verb",
			"Під підозру потрапили «Альфа-Трейд», «Бета-Маркет» та «Гамма Груп». Під дощ потрапили туристи з Польщі.",
			[]string{"ACCUSE  → Альфа-Трейд,Бета-Маркет,Гамма Груп"}},
		{"an appeal sent with скерувати",
			"Громадська організація «Чесні закупівлі» скерувала звернення до АМКУ.",
			[]string{"REQUEST Чесні закупівлі → АМКУ"}},
		{"an attack on a person named after the title, and on one named by a common noun",
			"Невідомі напали на журналіста Івана Петренка біля його будинку. Невідомі напали на продавчиню кіоску. Собака напав на дитину.",
			[]string{"ASSAULT  → Іван Петренко", "ASSAULT  → продавчиня кіоску"}},
		{"a decision or a claim put first, then cancelled, turned down or granted in the passive",
			"Рішення Київради було скасоване судом. Апеляцію Житомирської міськради відхилено. Скаргу фірми «Альфа» задоволено. Рішення про ремонт дороги було скасовано.",
			[]string{"REJECT суд → Київрада", "REJECT  → Житомирська міськрада", "SUPPORT  → Альфа"}},
		{"the doer of an impersonal form, a body named by its common noun",
			"Наказ директора школи Івана Коваля оскаржено прокуратурою.",
			[]string{"ACCUSE прокуратура → Іван Коваль"}},
		{"a firm's name after the person put first is no subject; the pronoun after takes up the person",
			"Директора ТОВ «Альфа» затримали у Львові. Керівника фірми затримали в Одесі, йому також повідомили про підозру. Трьох його спільників оперативники затримали в Києві.",
			[]string{"COERCE  → директор ТОВ «Альфа» @Львів", "COERCE  → керівник @Одеса", "ACCUSE  → керівник", "COERCE оперативники → спільники @Київ"}},
		{"whom a demand is put to, by a common noun after від",
			"Прокуратура вимагає від фірми повернути ділянку. Ситуація вимагає від влади рішучих дій.",
			[]string{"REQUEST Прокуратура → фірма"}},
		{"volunteers' and patrons' gifts to people are aid; a state property fund's transfer is none",
			"Волонтери передали військовим два автомобілі. Меценат подарував школярам 20 планшетів. Фонд держмайна передав фірмі два приміщення.",
			[]string{"AID Волонтери → військові", "AID Меценат → школярі"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
}
