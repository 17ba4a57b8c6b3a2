package pipeline_test

import (
	"testing"
	"time"
)

// TestS46DStoryDay: a past act of the main story told with no time of its
// own takes the day of the scene it is told in (the README's "the
// story's day for untied events", session 46): one its sentence ties to
// the scene ("Під час церемонії", "Згодом", "Своєю чергою"), however far
// after the lead, past an aside of another time told in a paragraph
// before; and one a side of the meeting did, however far after it. An act
// in a paragraph that recalls an older story, one to come and one told
// in indirect speech keep no day; a day told anew opens a new scene.
func TestS46DStoryDay(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у середу 11 March, у четвер 12 March
	checkEventsAs(t, p, []construction{
		{"a ceremony after an aside of another month",
			"Норвегія передала Житомиру шкільні автобуси\n\nУ середу до Житомира прибули три шкільні автобуси, які Норвегія передала місту. Про це повідомив міський голова Сергій Сухомлин.\n\nПро передачу автобусів стало відомо ще в січні.\n\nАвтобуси зустріли на площі перед міськрадою, де відбулася церемонія передачі. Під час церемонії посол Норвегії Гельга Стеен і Сухомлин підписали меморандум про партнерство.",
			// (the town under до after the lead's verb of delivery places the
			// aid and the signing at its ceremony: h46p's place convention)
			[]string{"AID Норвегія → місто @Житомир 2026-03-11", "AGREE Гельга Стеен,Сергій Сухомлин →  @Житомир 2026-03-11"}},
		{"a welcome by a side of the meeting, four sentences on",
			"Прем'єр-міністр Естонії Крістен Міхал у середу прибув до Києва і зустрівся з прем'єр-міністеркою України Юлією Свириденко.\n\nПро це повідомляє Укрінформ.\n\n«Естонія залишиться з Україною стільки, скільки буде потрібно», – сказав Міхал.\n\nЗа його словами, Естонія цього року виділить Україні додаткову допомогу.\n\nСвириденко привітала рішення Естонії збільшити оборонну допомогу.",
			[]string{"CONSULT/visit Крістен Міхал → Київ @Київ 2026-03-11", "CONSULT/meet Крістен Міхал → Юлія Свириденко @Київ 2026-03-11",
				"AID Естонія → Україна [future] 2026", "SUPPORT Юлія Свириденко → Естонія 2026-03-11"}},
		{"the welcome in a paragraph that recalls an older story",
			"Прем'єр-міністр Естонії Крістен Міхал у середу прибув до Києва і зустрівся з прем'єр-міністеркою України Юлією Свириденко.\n\nПро це повідомляє Укрінформ.\n\nЯк повідомлялося, Естонія передала Україні гаубиці. Свириденко привітала рішення Естонії збільшити оборонну допомогу.",
			[]string{"CONSULT/visit Крістен Міхал → Київ @Київ 2026-03-11", "CONSULT/meet Крістен Міхал → Юлія Свириденко @Київ 2026-03-11",
				"AID Естонія → Україна", "SUPPORT Юлія Свириденко → Естонія"}},
		{"an agreement told in indirect speech keeps the speaker's time",
			"Прем'єр-міністр Естонії Крістен Міхал у середу прибув до Києва і зустрівся з прем'єр-міністеркою України Юлією Свириденко.\n\nПро це повідомляє Укрінформ.\n\n«Естонія залишиться з Україною стільки, скільки буде потрібно», – сказав Міхал.\n\nЗа словами Свириденко, Естонія підписала з Україною угоду про спільне виробництво дронів.",
			[]string{"CONSULT/visit Крістен Міхал → Київ @Київ 2026-03-11", "CONSULT/meet Крістен Міхал → Юлія Свириденко @Київ 2026-03-11",
				"AGREE Естонія → Україна"}},
		{"a new day opens a new scene",
			"Прем'єр-міністр Естонії Крістен Міхал у середу прибув до Києва і зустрівся з прем'єр-міністеркою України Юлією Свириденко.\n\nПро це повідомляє Укрінформ.\n\nУ четвер Міхал відвідав Харків.\n\n«Харків вистояв, і Естонія допоможе йому відбудуватися», – сказав Міхал.\n\nЗгодом гість зустрівся з начальником обласної військової адміністрації Олегом Синєгубовим.",
			[]string{"CONSULT/visit Крістен Міхал → Київ @Київ 2026-03-11", "CONSULT/meet Крістен Міхал → Юлія Свириденко @Київ 2026-03-11",
				"CONSULT/visit Крістен Міхал → Харків @Харків 2026-03-12", "CONSULT/meet Крістен Міхал → Олег Синєгубов @Харків 2026-03-12"}},
	}, fri, datedEvent)
}
