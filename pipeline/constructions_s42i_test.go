package pipeline_test

import (
	"testing"
	"time"
)

// TestS42IActAtTheEnd checks that a passed act's noun (рішення,
// постанова, закон) as the last word of a text without a final stop, as
// headlines end, does not make the extractor read past the text's end:
// the act's passer is looked for after the noun, where there is nothing.
func TestS42IActAtTheEnd(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a headline ending in рішення",
			"Опозиція вимагає від уряду скасувати рішення",
			[]string{"REQUEST Опозиція → уряд"}},
		{"a headline ending in постанову",
			"Депутати закликали уряд скасувати постанову",
			[]string{"REQUEST Депутати → уряд"}},
		{"a headline ending in закон",
			"Президент ветував закон",
			[]string{"REJECT Президент → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS42IWorkforce checks that a workforce (трудовий колектив, колектив
// інституту) is a party that appeals, sues and strikes, as a union or a
// family is; greeted, it stays the one greeted.
func TestS42IWorkforce(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a workforce's letter",
			"Трудовий колектив звернувся до міністерства з листом.",
			[]string{"REQUEST Трудовий колектив → міністерство"}},
		{"an institute's workforce sues",
			"Колектив інституту подав позов до суду.",
			[]string{"ACCUSE Колектив інституту → "}},
		{"a plant's workforce strikes",
			"Колектив заводу вийшов на страйк.",
			[]string{"PROTEST Колектив заводу → "}},
		{"a workforce greeted",
			"Директор привітав колектив зі святом.",
			[]string{"SUPPORT Директор → колектив"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS42IFinedImperfective checks that the imperfective штрафувати
// tells a fine as оштрафувати does (у вересні КДК уже штрафував клуб),
// and that a fine's noun elsewhere adds nothing.
func TestS42IFinedImperfective(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a committee's earlier fine",
			"Антимонопольний комітет штрафував компанію «Альфа» на 2 млн гривень.",
			[]string{"COERCE Антимонопольний комітет → Альфа"}},
		{"the police fined drivers",
			"Поліція штрафувала водіїв за перевищення швидкості.",
			[]string{"COERCE Поліція → водії"}},
		{"the perfective as before",
			"Антимонопольний комітет оштрафував компанію «Бета» на 2 млн гривень.",
			[]string{"COERCE Антимонопольний комітет → Бета"}},
		{"a fine as a noun only",
			"Розмір штрафу становить 150 тисяч гривень.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS42IJoinedProtest checks that joining a protest or a strike
// (приєдналися до страйку) is taking part in it, also with the protest
// put first and the joiners after the verb (до протесту приєдналися
// бригади); joining sanctions or a treaty keeps its own reading, and a
// joined body that is no protest gives nothing.
func TestS42IJoinedProtest(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"joiners first",
			"Шахтарі приєдналися до страйку.",
			[]string{"PROTEST Шахтарі → "}},
		{"the protest first, приєдналися",
			"У середу до протесту приєдналися бригади з Черкаської області.",
			[]string{"PROTEST бригади → "}},
		{"the strike first, долучилися",
			"До страйку долучилися шахтарі.",
			[]string{"PROTEST шахтарі → "}},
		{"sanctions joined",
			"Литва приєдналася до санкцій.",
			[]string{"SANCTION Литва → "}},
		{"a commission joined",
			"До складу комісії долучилися депутати.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS42IWarnedThreat checks that what a warning says will follow an
// unmet demand (попередили, що в разі … долучаться аграрії) is the
// warner's threat only, not a second threat of those who will act.
func TestS42IWarnedThreat(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"others will join",
			"Організатори попередили, що в разі ігнорування їхніх вимог наступного тижня до протесту долучаться аграрії Рівненщини.",
			[]string{"THREATEN Організатори → ", "PROTEST аграрії Рівненщини →  [future]"}},
		{"others will strike",
			"Профспілка попередила, що в разі невиплати зарплати гірники оголосять страйк.",
			[]string{"THREATEN Профспілка → ", "PROTEST гірники →  [future]"}},
		{"a condition without a warning",
			"У разі відмови профспілка оголосить страйк.",
			[]string{"PROTEST профспілка →  [future]", "THREATEN профспілка → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS42IListApproved checks that a list a body approves (Кабмін
// погодив перелік об'єктів приватизації, погодило список) is no
// agreement between parties, as a law or a budget voted through is not,
// while a plan agreed by two states still is.
func TestS42IListApproved(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a list of privatisation objects",
			"Кабінет міністрів погодив перелік із 12 великих об'єктів приватизації.",
			nil},
		{"a list of firms",
			"Міністерство погодило список підприємств.",
			nil},
		{"a plan agreed by two states",
			"Україна та Польща погодили спільний план дій.",
			[]string{"AGREE Україна,Польща → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS42IFramedClause checks that a clause of що with no subject of its
// own whose act is an infinitive under a modal frame (заявив, що має
// намір оскаржити; повідомила, що планує звернутися) is the speaker's
// act, as a finite verb there is; a clause with a subject of its own
// keeps it, and a frame of what is to be (має бути) names no one.
func TestS42IFramedClause(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"має намір оскаржити",
			"Саєнко заявив, що має намір оскаржити рішення в суді.",
			[]string{"ACCUSE Саєнко →  [future]"}},
		{"планує звернутися з позовом",
			"Компанія повідомила, що планує звернутися до суду з позовом.",
			[]string{"ACCUSE Компанія →  [future]"}},
		{"збираються подати позов",
			"Фермери заявили, що збираються подати позов до суду.",
			[]string{"ACCUSE Фермери →  [future]"}},
		{"a subject of its own",
			"Директор заявив, що компанія планує подати позов до суду.",
			[]string{"ACCUSE компанія →  [future]"}},
		{"what is to be",
			"Саєнко заявив, що рішення має бути оскаржене.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
