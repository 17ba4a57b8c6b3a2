package pipeline_test

import (
	"testing"
	"time"
)

// TestS46GAsideScope: an aside of attribution set off by commas after a
// conjunction of reason ("…, адже, як з'ясували патрульні, …", "…, бо,
// за даними поліції, …") reports the reason's clause only: the clause it
// explains is the writer's. One after a fronted object, a predicate noun
// or an infinitive ("Організатором схеми, за версією слідства, був …",
// "Допомогти, за його словами, можуть …") reports the whole clause.
func TestS46GAsideScope(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"як with a verb after адже",
			"Поліція затримала водія у Львові.\n\nВодієві загрожує великий штраф, адже, як з'ясували патрульні, минулого року його вже карали за керування напідпитку.",
			[]string{"патрульні/з'ясувати/indirect: минулого року його вже карали за керування напідпитку"}},
		{"за даними after бо",
			"Поліція затримала водія у Львові.\n\nАвтомобіль відправили на штрафмайданчик, бо, за даними поліції, водій не мав посвідчення.",
			[]string{"поліція/за даними/indirect: водій не мав посвідчення"}},
		{"a predicate noun in the instrumental before за версією",
			"Поліція затримала групу шахраїв у Львові.\n\nКерівником групи, за версією слідства, був 35-річний мешканець Стрия.",
			[]string{"слідство/за версією/indirect: Керівником групи був 35-річний мешканець Стрия"}},
		{"an object before за даними",
			"Поліція затримала групу шахраїв у Львові.\n\nПідроблені документи, за даними слідства, виготовляв 35-річний мешканець Стрия.",
			[]string{"слідство/за даними/indirect: Підроблені документи виготовляв 35-річний мешканець Стрия"}},
		{"an infinitive before за його словами",
			"Мер Тернополя Іван Коваль відвідав ліцей.\n\nВідремонтувати спортзал, за його словами, планують до вересня.",
			[]string{"Іван Коваль/за словами/indirect: Відремонтувати спортзал планують до вересня"}},
		{"a connective before за його словами stays out",
			"Мер Тернополя Іван Коваль відвідав ліцей.\n\nТакож, за його словами, у місті відкриють два укриття.",
			[]string{"Іван Коваль/за словами/indirect: у місті відкриють два укриття"}},
	}, time.Time{})
}

// TestS46GLinesOfOneSpeaker: in an interview told as a report, lines
// opened by a dash with no attribution of their own, between paragraphs
// of the same speaker's reported words, are his direct words though a
// name or a fragment stands quoted in them; "за його словами" after such
// a line of several sentences is the one named before it.
func TestS46GLinesOfOneSpeaker(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"a dash line with a quoted name, after an attributed one",
			"Начальник поліції Полтавщини Ігор Мельник розповів про роботу відомства.\n\n— Ми встановили сто нових камер на дорогах області, — сказав він.\n\n— Частина наших працівників служить у бригаді «Хижак». Ми ними пишаємося.",
			[]string{"Ігор Мельник/сказати/direct: Ми встановили сто нових камер на дорогах області",
				"Ігор Мельник/сказати/direct: Частина наших працівників служить у бригаді «Хижак». Ми ними пишаємося"}},
		{"за його словами past a line of several sentences",
			"Начальник поліції Полтавщини Ігор Мельник розповів про роботу відомства.\n\n— Шахраї телефонують літнім людям. Вони називаються працівниками банку. Ми щотижня проводимо зустрічі в селах.\n\nЗупинити шахраїв, за його словами, допоможуть листоноші.",
			[]string{"Ігор Мельник/за словами/indirect: Зупинити шахраїв допоможуть листоноші"}},
	}, time.Time{})
}

// TestS46GObjectFirstAndSuspension: a beating told object first, the
// person before the verb and the doers after it ("його побили
// співкамерники", "Охоронця жорстоко побили невідомі"), is an ASSAULT,
// a record broken is none; a person removed from his post with no post
// named ("Мін'юст відсторонив начальника медичної частини") is a
// COERCE.
func TestS46GObjectFirstAndSuspension(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a pronoun before the verb, inside a claim",
			"У СІЗО Рівного помер 30-річний затриманий.\n\nЙого брат Олег стверджує, що напередодні його побили конвоїри.",
			[]string{"ASSAULT конвоїри → "}},
		{"an animate noun before the verb, past an adverb",
			"У Житомирі невідомі напали на магазин.\n\nОхоронця жорстоко побили нападники.",
			[]string{"ASSAULT нападники → охоронець @Житомир"}},
		{"a record broken",
			"У Житомирі пройшли змагання.\n\nРекорд області побили двоє легкоатлетів.",
			nil},
		{"a ministry's suspension with no post named",
			"У СІЗО Рівного помер 30-річний затриманий.\n\nМіністерство юстиції відсторонило начальника слідчого ізолятора.",
			[]string{"COERCE Міністерство юстиції → начальник слідчого ізолятора"}},
	}, time.Time{})
}

// TestS46GWorksActSigned: an act of goods accepted or works done signed
// ("підписував акти приймання продуктів") certifies work and makes no
// agreement, though the sentence names contracts besides.
func TestS46GWorksActSigned(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an act of acceptance, contracts named after it",
			"Прокуратура повідомила про підозру.\n\nНачальник складу підписував акти приймання пального, а ціни в договорах з постачальником були завищені.",
			[]string{"ACCUSE Прокуратура → "}},
		{"a pact signed stays an agreement",
			"Прокуратура повідомила про підозру.\n\nНачальник складу підписав договір з постачальником пального.",
			[]string{"ACCUSE Прокуратура → ", "AGREE Начальник складу → "}},
	}, time.Time{})
}

// TestS46GPrivateCall: a relative's phone call ("син зателефонував їй")
// is a private matter, no CONSULT; an official's call stays one.
func TestS46GPrivateCall(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a son phoning his mother",
			"У лікарні помер 40-річний чоловік. Про це розповіла його мати Ольга Мельник.\n\nЗа її словами, увечері син зателефонував їй і поскаржився на біль у грудях.",
			nil},
		{"an official's call",
			"У лікарні помер 40-річний чоловік. Про це розповіла його мати Ольга Мельник.\n\nУвечері міністр охорони здоров'я Петро Коваль зателефонував їй.",
			[]string{"CONSULT/phone Петро Коваль → Ольга Мельник"}},
	}, time.Time{})
}
