package pipeline_test

import (
	"testing"
	"time"
)

// The forms in which news gives the arguments of an event, found by a
// probe of our own sentences over symmetric meetings, titles, lists,
// agents and places; the sentences are our own.

// TestArgFormsLists: every name of a list of three or more, joined by
// commas and a last і or та, is an argument, whatever case the tagger
// read in each.
func TestArgFormsLists(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"three subjects, the first before a comma",
			"Японія, Канада та Австралія надали Україні допомогу.",
			[]string{"AID Японія,Канада,Австралія → Україна"}},
		{"three subjects joined by і",
			"Польща, Литва і Латвія засудили напад на Ізраїль.",
			[]string{"ACCUSE Польща,Литва,Латвія → "}},
		{"three subjects with titles",
			"Президент Литви Гітанас Науседа, прем'єр Польщі Дональд Туск та канцлер Німеччини Олаф Шольц підписали декларацію.",
			[]string{"AGREE Гітанас Науседа,Дональд Туск,Олаф Шольц → "}},
		{"a name that ends a clause of speech before the comma is no member",
			"Як заявив Петро Коваль, Японія та Канада надали Україні допомогу.",
			[]string{"AID Японія,Канада → Україна"}},
		{"three datives the tagger reads in three cases",
			"Японія надала допомогу Польщі, Литві та Латвії.",
			[]string{"AID Японія → Польща,Литва,Латвія"}},
		{"three names under проти",
			"Євросоюз запровадив санкції проти Білорусі, Ірану та КНДР.",
			[]string{"SANCTION Євросоюз → Білорусь,Іран,КНДР"}},
		{"three partners in the instrumental",
			"Петро Коваль підписав угоду з Польщею, Литвою та Канадою.",
			[]string{"AGREE Петро Коваль → Польща,Литва,Канада"}},
		{"a list of places is no list of recipients",
			"Петро Коваль у Києві, Львові та Одесі подякував волонтерам.",
			[]string{"SUPPORT Петро Коваль → волонтери"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}

// TestArgFormsFronted: a phrase put before the subject does not hide it.
func TestArgFormsFronted(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a person's name under a fronted preposition is no title of the subject after it",
			"Під час зустрічі з Олафом Бекером Петро Коваль подякував Німеччині за допомогу.",
			[]string{"CONSULT/meet Петро Коваль → Олаф Бекер", "SUPPORT Петро Коваль → Німеччина"}},
		{"after a phone call",
			"Після розмови з Олафом Бекером Петро Коваль засудив Росію.",
			[]string{"CONSULT/meet Петро Коваль → Олаф Бекер", "ACCUSE Петро Коваль → Росія"}},
		{"the partner of a call told by у ході with an adjective",
			"У ході телефонної розмови з Олафом Бекером Петро Коваль обговорив постачання зброї.",
			[]string{"CONSULT/phone Петро Коваль → Олаф Бекер"}},
		{"a meeting in a що-clause with no subject is the speaker's",
			"Петро Коваль повідомив, що під час зустрічі з Олафом Бекером подякував Німеччині.",
			[]string{"CONSULT/meet Петро Коваль → Олаф Бекер", "SUPPORT Петро Коваль → Німеччина"}},
		{"the partner of a meeting told by на",
			"На зустрічі з Олафом Бекером Петро Коваль обговорив постачання зброї.",
			[]string{"CONSULT/meet Петро Коваль → Олаф Бекер"}},
		{"a title before a foreign name under the preposition still holds it",
			"Петро Коваль провів переговори з держсекретарем США Марко Рубіо.",
			[]string{"CONSULT/meet Петро Коваль → Марко Рубіо"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}

// TestArgFormsDative: a name right after a verb that the tagger reads as
// a locative, which takes a preposition, is a dative of the same form.
func TestArgFormsDative(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a country thanked, with nothing after it",
			"Петро Коваль подякував Німеччині.",
			[]string{"SUPPORT Петро Коваль → Німеччина"}},
		{"a country given aid, after the verb",
			"Канада надала Молдові гуманітарну допомогу.",
			[]string{"AID Канада → Молдова"}},
		{"a town with в is where, not whom",
			"Петро Коваль подякував волонтерам у Вінниці.",
			[]string{"SUPPORT Петро Коваль → волонтери @Вінниця"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}

// TestArgFormsAgents: who did what a noun or a form in -но, -то tells,
// named after з боку, in the instrumental, or beside the subject after
// разом з.
func TestArgFormsAgents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a form in -но with a fronted з боку",
			"З боку Росії було завдано удару по Сумах.",
			[]string{"ASSAULT Росія → Суми @Суми"}},
		{"a form in -но with з боку after it",
			"Уночі було обстріляно Нікополь з боку окупантів.",
			[]string{"ASSAULT окупанти → Нікополь @Нікополь"}},
		{"a strike noun with its town and з боку",
			"Вночі стався обстріл Харкова з боку Росії.",
			[]string{"ASSAULT Росія → Харків @Харків"}},
		{"a strike noun with its town and the forces in the instrumental",
			"Обстріл Херсона російськими військами тривав всю ніч.",
			[]string{"ASSAULT російські війська → Херсон @Херсон"}},
		{"the weapons in the instrumental are no agent",
			"Обстріл Херсона ракетами тривав всю ніч.",
			[]string{"ASSAULT  → Херсон @Херсон"}},
		{"attackers counted in the genitive plural stay plural",
			"Сили оборони відбили 47 атак російських окупантів.",
			[]string{"ASSAULT російські окупанти → Сили оборони"}},
		{"a passive participle's agent in the plural, with its adjective",
			"Херсон був обстріляний російськими військами.",
			[]string{"ASSAULT російські війська → Херсон @Херсон"}},
		{"a form in -но with its agent in the instrumental",
			"Договір підписано міністрами.",
			[]string{"AGREE міністри → "}},
		{"a person with the subject after разом з",
			"Петро Коваль разом з Олафом Бекером відвідав Бучу.",
			[]string{"CONSULT/visit Петро Коваль,Олаф Бекер → Буча @Буча"}},
		{"a fronted разом з",
			"Разом з Олафом Бекером Петро Коваль засудив Росію.",
			[]string{"ACCUSE Петро Коваль,Олаф Бекер → Росія"}},
		{"a plural verb after разом з",
			"Петро Коваль разом з Олафом Бекером підписали меморандум про співпрацю.",
			[]string{"AGREE Петро Коваль,Олаф Бекер → "}},
		{"a state with a state after разом з",
			"Японія разом з Канадою надала Україні допомогу.",
			[]string{"AID Японія,Канада → Україна"}},
		{"a country is no companion of a person, nor a common noun",
			"Петро Коваль разом з Україною засудив Росію. Олаф Бекер разом з дружиною відвідав Бучу.",
			[]string{"ACCUSE Петро Коваль → Росія", "CONSULT/visit Олаф Бекер → Буча @Буча"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}

// TestArgFormsSanctionTargets: whom sanctions hit, named after проти,
// щодо or стосовно by a common noun or a name.
func TestArgFormsSanctionTargets(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"banks under проти",
			"Канада запровадила санкції проти російських банків.",
			[]string{"SANCTION Канада → російські банки"}},
		{"a state under щодо",
			"Євросоюз запровадив обмеження щодо Білорусі.",
			[]string{"SANCTION Євросоюз → Білорусь"}},
		{"counted companies of a state under щодо stand for the state",
			"Росія атакувала Київ. Канада ухвалила санкції щодо 20 російських компаній.",
			[]string{"ASSAULT Росія → Київ @Київ", "SANCTION Канада → Росія"}},
		{"a diplomat declared persona non grata",
			"Литва оголосила персоною нон грата російського дипломата.",
			[]string{"SANCTION Литва → російський дипломат"}},
		{"diplomats counted and expelled",
			"Литва вислала трьох російських дипломатів.",
			[]string{"SANCTION Литва → троє російських дипломатів"}},
		{"staff of a named embassy stand for its state",
			"Польща вислала двох співробітників посольства Білорусі.",
			[]string{"SANCTION Польща → Білорусь"}},
		{"a matter under щодо is no target",
			"ЄС запровадив санкції щодо експорту нафти.",
			[]string{"SANCTION ЄС → "}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}

// TestArgFormsCarried: an actor carried from the sentence before by a
// pronoun or a title.
func TestArgFormsCarried(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a state that acted, taken up by вона",
			"Японія оголосила новий пакет допомоги. Вона передасть Україні генератори.",
			[]string{"AID Японія → ", "AID Японія → Україна [future]"}},
		{"a woman named before is she, not the state",
			"Анна Коваль прибула до Києва. Японія оголосила новий пакет допомоги. Вона подякувала Японії.",
			[]string{"CONSULT/visit Анна Коваль → Київ @Київ", "AID Японія → ", "SUPPORT Анна Коваль → Японія"}},
		{"a leader named by his country's adjective is its president",
			"Президент Фінляндії Матті Лахті відвідав Київ. Під час візиту фінський лідер підписав угоду з Україною.",
			[]string{"CONSULT/visit Матті Лахті → Київ @Київ", "AGREE Матті Лахті → Україна @Київ"}},
		{"or its prime minister",
			"Прем'єр-міністр Польщі Анджей Мазур прибув до Києва. Польський лідер засудив Росію.",
			[]string{"CONSULT/visit Анджей Мазур → Київ @Київ", "ACCUSE Анджей Мазур → Росія"}},
		{"a president and a prime minister of one country leave the leader unresolved",
			"Президент Фінляндії Матті Лахті і прем'єр-міністр Фінляндії Анна Мяки відвідали Київ. Фінський лідер підписав угоду з Україною.",
			[]string{"CONSULT/visit Матті Лахті,Анна Мяки → Київ @Київ", "AGREE Фінський лідер → Україна"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}

// TestArgFormsPartners: a partner named by a head's title alone, the
// parties of a document signed by no one named.
func TestArgFormsPartners(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a head of state named by the title alone stands for the country",
			"Прем'єр-міністр Польщі провів переговори з президентом Франції.",
			[]string{"CONSULT/meet Прем'єр-міністр Польщі → Франція"}},
		{"two heads by their titles",
			"Петро Коваль зустрівся з прем'єр-міністром Польщі та канцлером Німеччини.",
			[]string{"CONSULT/meet Петро Коваль → Польща,Німеччина"}},
		{"with the name after the title, the name",
			"Петро Коваль зустрівся з президентом Франції Жаном Дюпоном.",
			[]string{"CONSULT/meet Петро Коваль → Жан Дюпон"}},
		{"with the person named before, the person",
			"Президент Франції Жан Дюпон прибув до Києва. Петро Коваль зустрівся з президентом Франції.",
			[]string{"CONSULT/visit Жан Дюпон → Київ @Київ", "CONSULT/meet Петро Коваль → Жан Дюпон @Київ"}},
		{"a body's president is no country",
			"Петро Коваль зустрівся з президентом МОК.",
			[]string{"CONSULT/meet Петро Коваль → МОК"}},
		{"the parties of an agreement signed by no one named",
			"Угоду між Україною та Данією підписали у Копенгагені.",
			[]string{"AGREE Україна,Данія →  @Копенгаген"}},
		{"signers named keep the parties out",
			"Угоду між Україною та Данією підписали міністри.",
			[]string{"AGREE міністри → "}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}

// TestArgFormsStrikes: what a strike hits, past the weapons, and a strike
// on a site of a region.
func TestArgFormsStrikes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the town after the weapons under з",
			"Росіяни обстріляли з артилерії Куп'янськ.",
			[]string{"ASSAULT Росіяни → Куп'янськ @Куп'янськ"}},
		{"a region after the weapons under з",
			"Окупанти обстріляли з артилерії Херсонщину.",
			[]string{"ASSAULT Окупанти → Херсонщина @Херсонщина"}},
		{"a strike on a region's infrastructure",
			"Окупанти вдарили по енергетичній інфраструктурі Одещини.",
			[]string{"ASSAULT Окупанти → Одещина @Одещина"}},
		{"a strike on positions near a town",
			"Росія вдарила по позиціях ЗСУ біля Бахмута.",
			[]string{"ASSAULT Росія → ЗСУ @Бахмут"}},
		{"a blow on a table is none",
			"Він вдарив по столу кулаком.",
			nil},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}

// TestArgFormsFrontedNoun: the event noun of a light verb put before it
// as the object, with the subject after the verb or before it.
func TestArgFormsFrontedNoun(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"aid, then whom, then the verb and the giver",
			"Допомогу Україні надала Японія.",
			[]string{"AID Японія → Україна"}},
		{"whom first",
			"Україні допомогу надала Японія.",
			[]string{"AID Японія → Україна"}},
		{"sanctions against a state, the giver after the verb",
			"Нові санкції проти Росії запровадила Канада.",
			[]string{"SANCTION Канада → Росія"}},
		{"the subject between the noun and the verb",
			"Нові санкції Канада запровадила вчора.",
			[]string{"SANCTION Канада → "}},
		{"a meeting with its partner, the host after the verb",
			"Зустріч з Олафом Бекером провів Петро Коваль.",
			[]string{"CONSULT/meet Петро Коваль → Олаф Бекер"}},
		{"a noun under a preposition is no object",
			"Японія на допомогу виділила 5 млн доларів.",
			[]string{"AID Японія → "}},
		{"a state put first as whom, the subject after the verb",
			"Росію за обстріл Одеси засудила Франція.",
			[]string{"ACCUSE Франція → Росія"}},
		{"a person put first, read as a genitive",
			"Олега Мельника затримала поліція.",
			[]string{"COERCE поліція → Олег Мельник"}},
		{"a name joined to the subject is no object",
			"Євросоюз та Британія засудили удар по Одесі.",
			[]string{"ACCUSE Євросоюз,Британія → "}},
		{"a suit filed by a resident",
			"Позов подав киянин.",
			[]string{"ACCUSE киянин → "}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}

// TestArgFormsCapitals: "у столиці X" is the city the text names there or
// the city visited just before; with neither it has no place (the project
// keeps no hand-typed table of capitals: gazetteers come from maintained
// sources only, and those have none).
func TestArgFormsCapitals(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the capital of a country named in the genitive",
			"У столиці Казахстану Петро Коваль зустрівся з Олафом Бекером.",
			[]string{"CONSULT/meet Петро Коваль → Олаф Бекер"}},
		{"the capital named in the sentence",
			"У столиці Казахстану Астані Петро Коваль зустрівся з Олафом Бекером.",
			[]string{"CONSULT/meet Петро Коваль → Олаф Бекер @Астана"}},
		{"the capital visited before, spelled its own way",
			"Петро Коваль прибув до Таллінна. У столиці Естонії він зустрівся з Олафом Бекером.",
			[]string{"CONSULT/visit Петро Коваль → Таллінн @Таллінн", "CONSULT/meet Петро Коваль → Олаф Бекер @Таллінн"}},
		{"на території before the clause",
			"На території Білорусі Росія розмістила ядерну зброю.",
			[]string{"MOBILIZE Росія →  @Білорусь"}},
		{"у небі над a town",
			"Українські військові збили у небі над Києвом 20 дронів.",
			[]string{"ASSAULT Українські військові →  @Київ"}},
		{"territories talked about are no place",
			"Петро Коваль та Олаф Бекер обговорили становище людей на окупованих територіях України.",
			[]string{"CONSULT/meet Петро Коваль,Олаф Бекер → "}},
		{"a country's adjective before столиця, the capital named before",
			"Петро Коваль прибув до Польщі. У Варшаві, столиці Польщі, відбулася церемонія. У польській столиці він зустрівся з Олафом Бекером.",
			[]string{"CONSULT/visit Петро Коваль → Польща @Польща", "CONSULT/meet Петро Коваль → Олаф Бекер @Варшава"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}
