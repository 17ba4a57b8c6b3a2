package pipeline_test

import (
	"testing"
	"time"
)

// Modal and obligation frames: a verb of intent, duty, possibility or
// readiness before the event's infinitive says the event has not happened.
// Intentions, plans, what "має" be done, what can be and what one is
// ready to do are future (as the gold sets mark them); duty, need and
// compulsion are hypothetical. The sentences
// are our own.

func TestH14ModalAux(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"what is to be, after має in the present, is future, with one event",
			"Президент Франції має відвідати Київ у травні. Президент Польщі має прибути до Києва в понеділок.",
			[]string{"CONSULT/visit Президент Франції → Київ @Київ [future]", "CONSULT/visit Президент Польщі → Київ @Київ [future]"}},
		{"an intention or a plan is future",
			"Канцлер Німеччини має намір зустрітися з Володимиром Зеленським. Лідери ЄС мають намір підписати угоду з Україною. Україна та Польща збираються підписати угоду про співпрацю. Міністр оборони планує відвідати Вашингтон.",
			[]string{"CONSULT/meet Канцлер Німеччини → Володимир Зеленський [future]", "AGREE Лідери ЄС → Україна [future]",
				"AGREE Україна,Польща →  [future]", "CONSULT/visit Міністр оборони → Вашингтон @Вашингтон [future]"}},
		{"a duty is hypothetical",
			"Росія мусить звільнити українських полонених. Росія повинна вивести війська з України. Заходу варто запровадити санкції проти Білорусі.",
			[]string{"RETREAT/release Росія →  [hypothetical]", "RETREAT Росія →  @Україна [hypothetical]", "SANCTION  → Білорусь [hypothetical]"}},
		{"what can be and what one is ready to do are future, as the gold sets mark them",
			"Євросоюз може запровадити санкції проти Ірану. Японія готова надати Україні допомогу. Україна зможе отримати допомогу від ЄС.",
			[]string{"SANCTION Євросоюз → Іран [future]", "AID Японія → Україна [future]", "AID Євросоюз → Україна [future]"}}, // ЄС: the Євросоюз named before
		{"a compulsion is hypothetical, as is what could be on a condition",
			"Уряд змушений запровадити санкції проти Білорусі. Євросоюз міг би запровадити санкції проти Ірану.",
			[]string{"SANCTION Уряд → Білорусь [hypothetical]", "SANCTION Євросоюз → Іран [hypothetical]"}},
		{"a past має is not said to have been done; a compulsion that was is done, as is what one managed",
			"Міністр мав прибути до Києва наступного тижня. Уряд був змушений запровадити санкції проти Білорусі. Президент США зміг зустрітися з Володимиром Зеленським.",
			[]string{"CONSULT/visit Міністр → Київ @Київ [hypothetical]", "SANCTION Уряд → Білорусь", "CONSULT/meet Президент США → Володимир Зеленський"}},
		{"a past має that the text says did not happen is negated; one that it says nothing more of stays hypothetical",
			"Міністр мав прибути до Києва, але не прибув. Президент Польщі мав відвідати Київ, проте візит скасували. Прем'єр мав зустрітися з Володимиром Зеленським, але зустріч відбулася онлайн.",
			[]string{"CONSULT/visit Міністр → Київ @Київ [negation]", "CONSULT/visit Президент Польщі → Київ @Київ [negation]", "CONSULT/phone Прем'єр → Володимир Зеленський [hypothetical]"}},
		{"a modal with не is negated too; an event with no modal has no aux",
			"Японія не готова надати Україні допомогу. Росія не повинна вивести війська з України. Президент Франції відвідав Київ.",
			[]string{"AID Японія → Україна [future,negation]", "RETREAT Росія →  @Україна [negation,hypothetical]", "CONSULT/visit Президент Франції → Київ @Київ"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
