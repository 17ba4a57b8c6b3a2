package pipeline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// TestS34BPronounAfterRole checks that він or вона with no person named
// before it stands for the one the sentence before opens with when that
// sentence names the person by office alone, and that a person named
// keeps the pronoun.
func TestS34BPronounAfterRole(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a president by his country's adjective",
			"Фінський президент у середу прибув до Харкова. Він відвідав Ізюм.",
			[]string{"CONSULT/visit Фінський президент → Харків @Харків", "CONSULT/visit Фінський президент → Ізюм @Ізюм"}},
		{"a minister by her country's adjective, вона",
			"Литовська міністерка прибула до Києва. Вона відвідала Ірпінь.",
			[]string{"CONSULT/visit Литовська міністерка → Київ @Київ", "CONSULT/visit Литовська міністерка → Ірпінь @Ірпінь"}},
		{"a title with its country in the genitive",
			"Прем'єр-міністр Естонії прибув до Львова. Він подякував Україні за гостинність.",
			[]string{"CONSULT/visit Прем'єр-міністр Естонії → Львів @Львів", "SUPPORT Прем'єр-міністр Естонії → Україна"}},
		{"a person named keeps the pronoun",
			"Президент Фінляндії Александер Стубб прибув до Харкова. Він відвідав Ізюм.",
			[]string{"CONSULT/visit Александер Стубб → Харків @Харків", "CONSULT/visit Александер Стубб → Ізюм @Ізюм"}},
		{"a plural opening stands for no він",
			"Депутати прибули до Харкова. Він відвідав Ізюм.",
			[]string{"CONSULT/visit Депутати → Харків @Харків"}},
		{"a role of the other gender stands for no він",
			"Литовська міністерка прибула до Києва. Він відвідав Ізюм.",
			[]string{"CONSULT/visit Литовська міністерка → Київ @Київ"}},
	}, time.Time{})
}

// TestS34BHeadNamedAfter checks that a head of state named by a generic
// phrase (глава держави) after a head named by title alone is not the
// head named by a name later in the text.
func TestS34BHeadNamedAfter(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the head before is unnamed",
			"Президент Фінляндії у середу прибув до Харкова. Глава держави також відвідав Чернігів. Президент також провів переговори з Президентом України Олексієм Марченком.",
			[]string{"CONSULT/visit Президент Фінляндії → Харків @Харків", "CONSULT/visit Глава держави → Чернігів @Чернігів", "CONSULT/meet Президент → Олексій Марченко"}},
		{"no head before: the one of the text, as before",
			"Глава держави відвідав Ізюм. Президент України Олексій Марченко поклав квіти до меморіалу.",
			[]string{"CONSULT/visit Олексій Марченко → Ізюм @Ізюм"}},
	}, time.Time{})
}

// TestS34BOfficePartner checks that one met named by office alone, with
// the place or the body whose office it is in the genitive, is the
// meeting's partner, and that a name after the office or after a rank
// past it stays the partner.
func TestS34BOfficePartner(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a mayor by the town",
			"Олег Сидоренко зустрівся з мером Харкова.",
			[]string{"CONSULT/meet Олег Сидоренко → мер Харкова"}},
		{"talks, a minister by his ministry and country",
			"Олег Сидоренко провів переговори з міністром оборони Литви.",
			[]string{"CONSULT/meet Олег Сидоренко → міністр оборони Литви"}},
		{"the chair of a body the tagger reads as a head",
			"Олег Сидоренко зустрівся з головою Верховної Ради.",
			[]string{"CONSULT/meet Олег Сидоренко → голова Верховної Ради"}},
		{"the head of an administration, its whole name",
			"Олег Сидоренко зустрівся з начальником Ізюмської міської військової адміністрації.",
			[]string{"CONSULT/meet Олег Сидоренко → начальник Ізюмської міської військової адміністрації"}},
		{"a phone call",
			"Олег Сидоренко провів телефонну розмову з міністром закордонних справ Індії.",
			[]string{"CONSULT/phone Олег Сидоренко → міністр закордонних справ Індії"}},
		{"named after the office",
			"Олег Сидоренко зустрівся з мером Харкова Ігорем Терехом.",
			[]string{"CONSULT/meet Олег Сидоренко → Ігор Терех"}},
		{"named after a rank past the office",
			"Андрій Сибіга провів переговори з міністром закордонних справ Саудівської Аравії принцом Файсалом бін Фарханом.",
			[]string{"CONSULT/meet Андрій Сибіга → Файсал бін Фархан"}},
	}, time.Time{})
}

// TestS34BUnnamedBetween checks that talks between sides named by a
// plural noun alone (між делегаціями, між відомствами) are a meeting of
// the sides of the last meeting or agreement told, else of the guests of
// the last visit and where they came, and of no one with nothing before.
func TestS34BUnnamedBetween(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"after a visit",
			"У вівторок до Одеси прибула делегація муніципалітету Кишинева. Переговори між делегаціями тривали понад дві години в Одеській міській раді.",
			// (with no place of its own the talks are one with the visit,
			// as dedupe has a visit and a meeting of the same sides)
			[]string{"CONSULT/visit делегація муніципалітету Кишинева → Одеса @Одеса", "CONSULT/meet делегація муніципалітету Кишинева,Одеса →  @Одеська міська рада"}},
		{"after an agreement",
			"Мінекономіки та JICA підписали меморандум. Переговори між відомствами тривали з весни.",
			[]string{"AGREE Мінекономіки,JICA → ", "CONSULT/meet Мінекономіки,JICA → "}},
		{"nothing told before",
			"Переговори між делегаціями тривали понад дві години.",
			nil},
		{"the sides named, as before",
			"Переговори між делегаціями України та Росії тривали понад дві години.",
			[]string{"CONSULT/meet Україна,Росія → "}},
	}, time.Time{})
}

// TestS34BRepresentativesMet checks that representatives or heads met,
// named by what they stand for in the genitive with no name, are the
// meeting's partner, and that leaders counted by their countries are not.
func TestS34BRepresentativesMet(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"representatives of business",
			"Олег Сидоренко зустрівся з представниками бізнесу.",
			[]string{"CONSULT/meet Олег Сидоренко → представники бізнесу"}},
		{"heads of communities",
			"Олег Сидоренко зустрівся з керівниками громад.",
			[]string{"CONSULT/meet Олег Сидоренко → керівники громад"}},
		{"leaders of counted countries, as before",
			"Олег Сидоренко зустрівся з лідерами понад 20 країн.",
			[]string{"CONSULT/meet Олег Сидоренко → "}},
	}, time.Time{})
}

// TestS34BParticipants checks that the sides of talks told with за участі
// are read past their representatives (представників X) and with a side
// named by its country's adjective (російської сторони), that mediators
// listed after them are no side and leave the talks a meeting of the
// sides, and that names after за участі stay the sides, as before.
func TestS34BParticipants(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"representatives, a side by its adjective, mediators",
			"У Стамбулі відбулися переговори за участі представників Координаційного штабу, російської сторони та турецьких посередників.",
			[]string{"CONSULT/meet Координаційний штаб,російська сторона →  @Стамбул"}},
		{"the side's country named in the text",
			"Росія погодилася на обмін. У Стамбулі відбулися переговори за участі представників Координаційного штабу, російської сторони та турецьких посередників.",
			[]string{"AGREE Росія → ", "CONSULT/meet Координаційний штаб,Росія →  @Стамбул"}},
		{"names, as before",
			"Переговори відбулися за участі Зеленського та Макрона.",
			[]string{"CONSULT/meet Зеленський,Макрон → "}},
	}, time.Time{})
}

// TestS34BOfficialsOfTwo checks that a meeting of officials named by a
// plural office with its field after з (уповноважених з прав людини) has
// the countries named after them as its sides.
func TestS34BOfficialsOfTwo(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"ombudsmen of two countries",
			"Зустріч уповноважених з прав людини України та Росії відбулася в середу у Стамбулі.",
			[]string{"CONSULT/meet Україна,Росія →  @Стамбул"}},
		{"ministers of two countries, as before",
			"Зустріч міністрів закордонних справ України та Польщі відбулася в середу у Варшаві.",
			[]string{"CONSULT/meet Україна,Польща →  @Варшава"}},
	}, time.Time{})
}

// TestS34BMeasureChosen checks that a preventive measure chosen by naming
// the measure itself (обрала йому нічний домашній арешт, тримання під
// вартою) is a COERCE as обрати запобіжний захід is, and that electing
// someone is none.
func TestS34BMeasureChosen(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"house arrest",
			"Суд обрав підозрюваному нічний домашній арешт.",
			[]string{"COERCE Суд → підозрюваний"}},
		{"custody",
			"Суд обрав обвинуваченому тримання під вартою.",
			[]string{"COERCE Суд → обвинувачений"}},
		{"joined to a refusal",
			"Слідча суддя Олена Вдовиченко відмовила прокурору в арешті затриманого й обрала йому нічний домашній арешт.",
			[]string{"REJECT Олена Вдовиченко → прокурор", "COERCE Олена Вдовиченко → "}},
		{"an election, none",
			"Депутати обрали голову комісії.",
			nil},
	}, time.Time{})
}

// TestS34BWomansTitle checks that a woman whose foreign first name does
// not decline, which the tagger reads as a man's vocative (Довіле), and
// whom no verb names as a woman, is one by her title (міністеркою), so
// that вона after it stands for her. The events are shown with the kinds
// of their actors: the base form of such a first name is another gap.
func TestS34BWomansTitle(t *testing.T) {
	kinds := func(x *vistka.Extraction, ev vistka.Event) string {
		var k []string
		for _, a := range ev.Actors {
			typ := "phrase"
			for _, e := range x.Entities {
				if e.ID == a {
					typ = e.Type
				}
			}
			k = append(k, typ)
		}
		return ev.Type + "/" + ev.Mode + " " + strings.Join(k, ",") + " → " + names(x, ev.Recipients)
	}
	checkEventsAs(t, load(t), []construction{
		{"a minister by her title, then вона",
			"Максим Гончар провів переговори з міністеркою закордонних справ Литви Довіле Вайткуте. Вона також відвідала Ірпінь.",
			[]string{"CONSULT/meet PERS → Довіле Вайткуте", "CONSULT/visit PERS → Ірпінь"}},
	}, time.Time{}, kinds)
}
