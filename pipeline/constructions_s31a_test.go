package pipeline_test

import (
	"testing"
	"time"
)

// The sentences of this file were written for session 31's thirty-eighth
// news set (helper h31a, news38): war, security and humanitarian news
// in the 2025–2026 agency style.

// TestS31AStrikeCause checks a single strike told by a noun as the cause
// or the circumstance of another event, its attacker named in the
// genitive after it or by an adjective before it ("через масований удар
// Росії по Києву", "після удару Росії по Тернополю"): an ASSAULT of its
// own, as news21, news31 and news38 mark it; a habitual or repeated
// shelling told as a cause ("через постійні обстріли Росії") and "через"
// of a route or a border stay none.
func TestS31AStrikeCause(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a meeting convened because of a strike, the attacker in the genitive",
			"Рада Безпеки ООН скликала екстрене засідання через масований удар Росії по Києву.",
			[]string{"ASSAULT Росія → Київ @Київ"}},
		{"a call made after a strike, the attacker in the genitive",
			"Після удару Росії по Тернополю президент закликав ЄС не зволікати з санкціями.",
			[]string{"ASSAULT Росія → Тернопіль @Тернопіль", "REQUEST президент → ЄС"}},
		{"a strike by an adjective as the cause of power cuts",
			"Через російську атаку на Харків енергетики запровадили аварійні відключення.",
			[]string{"ASSAULT Росія → Харків @Харків"}},
		{"a repeated shelling as a cause stays none",
			"Через постійні обстріли Росії громада евакуювала дітей із прикордонних сіл.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS31ANamedFragment checks a fragment in marks after назвати that
// opens with a particle or a numeral before its adjective ("назвала
// атаку «ще одним воєнним злочином Кремля»"): a direct quote of the one
// who named, as one that opens with an adjective or an adverb is (news31,
// news38); a name given in marks stays none.
func TestS31ANamedFragment(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a particle and a numeral open the naming",
			"Глава британського МЗС Емма Голловей назвала атаку «ще одним воєнним злочином Кремля».",
			[]string{"Емма Голловей/назвати/direct: ще одним воєнним злочином Кремля"}},
		{"a particle before an adjective",
			"Міністр Андрій Коваль назвав удар «вже третім терактом за тиждень».",
			[]string{"Андрій Коваль/назвати/direct: вже третім терактом за тиждень"}},
		{"a name given in marks is no quote",
			"Громада назвала новий парк «Мрією».",
			nil},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS31ATwoWordReport checks a report of two words, a verb told in
// full and the noun it is told of, before a trailing cue of a body
// ("Поранено військовослужбовця, повідомили в поліції …"): the body's
// quote, as longer ones are (news38); a word and an adverb stay none.
func TestS31ATwoWordReport(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an impersonal form and its noun",
			"Поранено військовослужбовця, повідомили в поліції Полтавської області.",
			[]string{"поліція Полтавської області/повідомити/indirect: Поранено військовослужбовця"}},
		{"a finite verb and its subject",
			"Загинула жінка, повідомили в Сумській обласній прокуратурі.",
			[]string{"Сумська обласна прокуратура/повідомити/indirect: Загинула жінка"}},
		{"a verb and an adverb are no report",
			"Так вважають, повідомили в поліції Полтавської області.",
			nil},
	}
	checkQuotes(t, p, tests, time.Time{})
}
