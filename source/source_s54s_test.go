package source_test

import "testing"

// bridgeLead opens the texts of the tests below: a headline line and a
// sentence of the lead that names no source.
const bridgeLead = "У селі відремонтують міст\n\nОбласть виділила 9 млн грн на ремонт мосту через річку Ірпінь. "

// TestS54SGroupWhose: a group of people — soldiers, border guards,
// volunteers, the staff of a body — who tell a source line with the
// body they belong to in the genitive after them is cited as written,
// with that body ("бійці бригади «Холодний Яр»", "працівники ДСНС"),
// after повідомили as after розповіли; a group whose clause goes on
// past a comma is cited alone, and one after a direct quote and its
// dash is only the speaker.
func TestS54SGroupWhose(t *testing.T) {
	checkFind(t, []findCase{
		{"soldiers of a brigade after розповіли",
			bridgeLead + "Про це розповіли бійці 47-ї окремої механізованої бригади «Магура».",
			"", []string{"бійці 47-ї окремої механізованої бригади «Магура»"}, nil, nil},
		{"volunteers of a fund after повідомили",
			bridgeLead + "Про це повідомили волонтери фонду «Крила надії».",
			"", []string{"волонтери фонду «Крила надії»"}, nil, nil},
		{"the staff of a body by its abbreviation",
			bridgeLead + "Про це розповіли працівники ДСНС.",
			"", []string{"працівники ДСНС"}, nil, nil},
		{"a group whose clause goes on is cited alone",
			bridgeLead + "Про це повідомили волонтери, які привезли будматеріали.",
			"", []string{"волонтери"}, nil, nil},
		{"after a direct quote the group is only the speaker",
			bridgeLead + "«Роботи почнемо в травні», — розповіли працівники ДСНС.",
			"", nil, nil, nil},
	})
}

// TestS54SRecalledCue: the imperfective past of a plural cue
// (заявляли, повідомляли, зазначали в X), a statement made before and
// recalled, cites the body in a source line as the perfective does,
// past particles and adverbs after "Про це" ("Про це ж раніше
// заявляли в …"); opening a statement of the body past the lead ("Як
// повідомляли в X, …") it is a body cite, and X is not cited.
func TestS54SRecalledCue(t *testing.T) {
	checkFind(t, []findCase{
		{"Про це ж раніше заявляли в",
			bridgeLead + "Про це ж раніше заявляли в Мінінфраструктури.",
			"", []string{"Мінінфраструктури"}, nil, nil},
		{"closing a statement after its content",
			bridgeLead + "Міст закриють для руху на пів року, повідомляли в Укрзалізниці.",
			"", []string{"Укрзалізниці"}, nil, nil},
		{"opening a statement of the body past the lead",
			bridgeLead + "Роботи триватимуть пів року.\n\nЯк повідомляли в Київській ОВА, об'їзд пройде через сусіднє село.",
			"", nil, nil, nil},
	})
}

// TestS54SCentreNamed: a centre or an institute as the subject of a
// source line, by its kind, whose it is and its name in quotation marks
// ("Центр економічних досліджень «Ліва гавань»", "Інститут «Відкрите
// місто»"), is cited as written, as an association is; the centre of a
// town, where something is, cites nobody.
func TestS54SCentreNamed(t *testing.T) {
	checkFind(t, []findCase{
		{"a centre with whose it is and its name",
			bridgeLead + "Про це написав Центр економічних досліджень «Ліва гавань».",
			"", []string{"Центр економічних досліджень «Ліва гавань»"}, nil, nil},
		{"an institute by its name alone",
			bridgeLead + "Про це повідомив Інститут «Відкрите місто».",
			"", []string{"Інститут «Відкрите місто»"}, nil, nil},
		{"the centre of a town is where",
			bridgeLead + "Про це повідомили в центрі міста.",
			"", nil, nil, nil},
	})
}

// TestS54SGroupTold: a group with the body it belongs to that told an
// outlet the lead — the outlet in the dative after "Про це", or its
// journalists or correspondent — is cited beside the outlet, which
// publishes, as a person by role and name or unnamed sources are.
func TestS54SGroupTold(t *testing.T) {
	checkFind(t, []findCase{
		{"an outlet in the dative",
			bridgeLead + "Про це Укрінформу розповіли волонтери фонду «Крила надії».",
			"Укрінформ", []string{"волонтери фонду «Крила надії»"}, nil, nil},
		{"the outlet's journalists",
			bridgeLead + "Про це журналістам Суспільного розповіли прикордонники Львівського загону.",
			"Суспільне", []string{"прикордонники Львівського загону"}, nil, nil},
	})
}

// TestS54SFigureBy: a line that names who made public the figure the
// lead gave ("Відповідну цифру оприлюднив …", "Відповідні цифри
// оприлюднив …") is a source line as "Відповідну заяву оприлюднив …"
// is, and the one named is cited, also when where it was told follows
// ("на засіданні комісії").
func TestS54SFigureBy(t *testing.T) {
	checkFind(t, []findCase{
		{"a figure made public by a person",
			bridgeLead + "Відповідну цифру оприлюднив голова «Укравтодору» Андрій Сидоренко.",
			"", []string{"Андрій Сидоренко"}, nil, nil},
		{"figures by a body",
			bridgeLead + "Відповідні цифри у вівторок оприлюднив Держстат.",
			"", []string{"Держстат"}, nil, nil},
		{"where it was told follows",
			bridgeLead + "Відповідну заяву оприлюднив речник ОВА Петро Данилюк на засіданні комісії з питань відбудови.",
			"", []string{"Петро Данилюк"}, nil, nil},
		{"a figure with no publishing verb cites nobody",
			bridgeLead + "Відповідну цифру назвали завищеною.",
			"", nil, nil, nil},
	})
}
