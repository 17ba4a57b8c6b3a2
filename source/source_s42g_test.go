package source_test

import "testing"

// TestS42GNewsroomTalked: a known outlet that opens a line or a sentence
// and tells that it talked with someone ("Громадське поспілкувалося з
// учасниками акції", "NV поговорив з ним про санкції") is at work on its
// own report: the publisher, as "Портал NEWS.lugansk.ua поспілкувався з"
// already was.
func TestS42GNewsroomTalked(t *testing.T) {
	const lead = "Ветерани вийшли на акцію\nКілька сотень ветеранів вийшли на акцію під ОВА.\n"
	checkFind(t, []findCase{
		{"a line of its own, neuter", lead + "Громадське поспілкувалося з учасниками акції.\n«Ми захищали країну», — каже ветеран.", "Громадське", nil, nil, nil},
		{"a sentence, the Latin brand", "Інтерв'ю з Макалістером\nГолова комітету відвідав Київ. NV поговорив з ним про санкції.\n— Чи ухвалить ЄС рішення?", "NV", nil, nil, nil},
		{"a foreign outlet talked with", lead + "BBC поговорила з учасниками акції.", "", nil, nil, nil},
		{"a firm that talked", lead + "Укрзалізниця поговорила з учасниками акції.", "", nil, nil, nil},
	})
}

// TestS42GSignatureLine: a known outlet that names itself alone on the
// line closing the text ("…\nЕкономічна правда") signs the whole report,
// as a "Джерело: X" line credits it: the publisher when no other outlet
// names itself. A foreign agency there, or the name inside a line of
// text, stays as it was.
func TestS42GSignatureLine(t *testing.T) {
	const body = "НБУ залишив облікову ставку\nПравління НБУ зберегло облікову ставку на рівні 15,5%. Про це йдеться в повідомленні НБУ.\nНаступне засідання відбудеться 11 червня.\n"
	checkFind(t, []findCase{
		{"the last line", body + "Економічна правда", "Економічна правда", []string{"повідомлення НБУ"}, nil, nil},
		{"with a full stop, a photo line after", body + "Економічна правда.\nФото: Reuters", "Економічна правда", []string{"повідомлення НБУ"}, []string{"Reuters"}, nil},
		{"a regional edition", body + "Суспільне Житомир", "Суспільне Житомир", []string{"повідомлення НБУ"}, nil, nil},
		{"a foreign agency", body + "Reuters", "", []string{"повідомлення НБУ"}, nil, nil},
		{"a line of text after", body + "Економічна правда\nЗасідання буде відкритим.", "", []string{"повідомлення НБУ"}, nil, nil},
		{"another outlet names itself", "НБУ залишив облікову ставку\nПравління НБУ зберегло облікову ставку, передає Укрінформ.\nЕкономічна правда", "Укрінформ", []string{"Економічна правда"}, nil, nil},
	})
}

// TestS42GPhotoOfOutlet: a photo credited on the closing line to a
// Ukrainian outlet that names itself, not a wire agency that sells its
// photos to others ("Фото: Суспільне Рівне", "Фото: Громадське /
// Ярослав Мельник"), is the outlet's own: it publishes the text when no
// other outlet names itself; "Фото: Укрінформ" leaves the publisher
// unknown.
func TestS42GPhotoOfOutlet(t *testing.T) {
	const body = "Суд зобов'язав монастир звільнити будівлю\nГосподарський суд зобов'язав монастир звільнити корпус пам'ятки.\nЗаповідник планує розмістити у корпусі експозицію.\n"
	checkFind(t, []findCase{
		{"a regional edition", body + "Фото: Суспільне Рівне", "Суспільне Рівне", nil, []string{"Суспільне Рівне"}, nil},
		{"with its photographer", body + "Фото: Громадське / Ярослав Мельник", "Громадське", nil, []string{"Громадське / Ярослав Мельник"}, nil},
		{"a wire agency", body + "Фото: Укрінформ", "", nil, []string{"Укрінформ"}, nil},
		{"a body", body + "Фото: Рівненська ОВА", "", nil, []string{"Рівненська ОВА"}, nil},
		{"another outlet names itself", "Суд зобов'язав монастир звільнити будівлю\nСуд зобов'язав монастир звільнити корпус, передає Укрінформ.\nФото: Суспільне Рівне", "Укрінформ", nil, []string{"Суспільне Рівне"}, nil},
	})
}

// TestS42GReadOnSite: "Детальніше … читайте на сайті X" sends the reader
// to the outlet's own site: a known outlet there publishes the text when
// no other outlet names itself, and is nothing otherwise.
func TestS42GReadOnSite(t *testing.T) {
	const body = "Сенат ухвалив бюджет\nСенат США ухвалив тимчасовий бюджет, повідомляє AP.\n"
	checkFind(t, []findCase{
		{"more on the outlet's site", body + "Детальніше про бюджетну суперечку читайте на сайті РБК-Україна.", "РБК-Україна", []string{"Associated Press"}, nil, nil},
		{"in the genitive", body + "Детальніше читайте на сайті «Української правди».", "Українська правда", []string{"Associated Press"}, nil, nil},
		{"another outlet names itself", "Сенат ухвалив бюджет\nСенат США ухвалив бюджет. Про це повідомляє Укрінформ.\nДетальніше читайте на сайті РБК-Україна.", "Укрінформ", nil, nil, nil},
		{"a body's site", body + "Детальніше читайте на сайті Сенату.", "", []string{"Associated Press"}, nil, nil},
	})
}
