package pipeline_test

import (
	"testing"
	"time"
)

// Precision fixes from an audit of BRUK press documents (session 21,
// audit_b); the sentences are our own.

func TestAuditBEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a body's own programme or a law voted through backs no one and agrees with no one; a plan agreed by several is an agreement",
			"Виконком Житомирської міськради затвердив стратегію розвитку громади. Якщо депутати погодять податкові зміни, ціни зростуть. Міністри оборони п'яти країн погодили план навчань.",
			[]string{"AGREE Міністри оборони → "}},
		{"a promise reaches the second of two infinitives and the participle after an infinitive",
			"Мер Полтави пообіцяв відремонтувати школу та швидко допомогти переселенцям. Губернатор Іван Бойко пообіцяв перевірити все сам, відвідавши Лубни.",
			[]string{"AID Мер Полтави → переселенці [future]", "CONSULT/visit Іван Бойко → Лубни @Лубни [future]"}},
		{"a poll's share backing an idea is an opinion counted, not an act of support",
			"Понад 40% опитаних підтримують ідею референдуму. Водночас ідею підтримали б 25,5% респондентів. Парламент Литви підтримав Україну.",
			[]string{"SUPPORT Парламент Литви → Україна"}},
		{"done at someone's request (на прохання) passes on no request",
			"На прохання вдови рідні передали ордени загиблого до шкільного музею.",
			nil},
		{"an award certificate handed over is no credentials",
			"Директор ліцею Ольга Ткач вручила вчителю Івану Мазуру почесну грамоту міськради. Посол Франції вручив вірчі грамоти президенту України.",
			[]string{"CONSULT/meet Посол Франції → президент України"}},
		{"an indeclinable country after зі says where the people before it come from",
			"Меценати зі США допомагали ліцеїстам. Україна провела переговори зі США.",
			[]string{"AID Меценати → ліцеїсти", "CONSULT/meet Україна → США"}},
		{"a як-clause with a subject of its own takes none from the main clause",
			"Журналісти бачили, як натовп штурмує адміністрацію.",
			[]string{"ASSAULT  → адміністрація"}},
		{"a noun phrase does not end on an adjective; так звані stays with its noun",
			"Працівники лісового господарства Овруцького району вимагають ремонту мосту. Влада виселила так званих нелегалів.",
			[]string{"REQUEST Працівники лісового господарства Овруцького району → ", "COERCE Влада → так звані нелегали"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestAuditBQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a long title and name set off inside the content: what was said resumes after it",
			"Якщо заяву подано вчасно, пояснює заступник начальника відділу соціального захисту Бердичівської міської ради Ольга Мороз, допомогу призначать за тиждень.",
			[]string{"Ольга Мороз/пояснювати/indirect: допомогу призначать за тиждень"}},
		{"a role alone set off by commas: the content resumes after it",
			"Для дорослих же, каже лікар, ця інфекція майже безпечна.",
			[]string{"лікар/казати/indirect: ця інфекція майже безпечна"}},
		{"a clause of its own after the aside is no content",
			"Так, мабуть, казав і Петро своїй матері, і обоє в це вірили.",
			nil},
		{"a manner adverb before the cue of a split direct quote; an outlet owning whom it was asked is not the speaker",
			"«Нова школа? – здивовано перепитали посадовці журналістку «Вістей». – Її відкриють лише восени».",
			[]string{"посадовці/перепитати/direct: Нова школа?", "посадовці/перепитати/direct: Її відкриють лише восени"}},
		{"a topic told by an adverbial participle ends where the next participle joins",
			"До Карпат їдуть туристи з Польщі, розповідаючи про своє заможне життя і співчуваючи місцевим мешканцям.",
			[]string{"туристи/розповідати/indirect: про своє заможне життя"}},
		{"відзначити a feast or with an award says nothing",
			"«Рівне – наше місто!» – під таким гаслом у неділю відзначили День міста. Волонтерів відзначили грамотами міськради.",
			nil},
		{"a sentence that is a name, a comma and a role with an organisation in quotes before a colon names the speaker",
			"Турнір завершився показовими виступами. Петро Данилюк, голова «Федерації дзюдо Полтавщини»: «Такі змагання потрібні нашим дітям».",
			[]string{"Петро Данилюк/сказати/direct: Такі змагання потрібні нашим дітям"}},
		{"перепитати outside a direct quote reports no words",
			"Жителі подякували за допомогу, перепитали ще раз адресу пункту.",
			nil},
	}
	checkQuotes(t, p, tests, time.Time{})
}
