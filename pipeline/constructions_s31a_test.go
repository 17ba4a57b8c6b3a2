package pipeline_test

import (
	"slices"
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

// TestS31ASources checks source lines of news38: a trailing cue of a
// person whose role names the body the post is held at after при ("…,
// повідомив постійний представник України при ООН Олексій
// Гайдученко"), and "Про це" with the meeting of a body whose name holds
// a name in marks before the verb ("Про це на засіданні Контактної групи
// … у форматі «Рамштайн» оголосив …, передає РБК-Україна"): both cite the
// speaker, as the gold's rules 2 and 3 of body cites say.
func TestS31ASources(t *testing.T) {
	checkVia(t, load(t), []viaCase{
		{"a role held at a body, after при",
			"Радбез ООН збереться на засідання\n\nНью-Йорк, 11 лютого. Укрінформ. Рада Безпеки ООН у четвер проведе екстрене засідання.\n\nЗасідання скликали на прохання України і Франції, повідомив постійний представник України при ООН Олексій Гайдученко.\n",
			"Олексій Гайдученко"},
		{"an ambassador at the EU",
			"Україна чекає на рішення\n\nЄС ухвалить рішення до кінця місяця, повідомив посол України при ЄС Петро Кравчук.\n",
			"Петро Кравчук"},
		{"the meeting of a body with a name in marks",
			"Німеччина дасть гроші\n\nБрюссель. Німеччина виділить Україні новий пакет допомоги. Про це у середу на засіданні Контактної групи з питань оборони України у форматі «Рамштайн» оголосив міністр оборони ФРН Томас Вендлер, передає РБК-Україна.\n",
			"Томас Вендлер"},
	})
}

// TestS31ABodyNamedShort checks a body cited by its full name and again
// by the first words of it ("Координаційний штаб з питань поводження з
// військовополоненими" and "Джерело: Координаційний штаб"): one cited
// source, as the gold lists one body's names as one element.
func TestS31ABodyNamedShort(t *testing.T) {
	x := load(t).Extract("Україна повернула з полону 157 захисників\n\nУкраїна повернула додому 157 військових. Обмін відбувся у четвер, повідомив Координаційний штаб з питань поводження з військовополоненими.\n\nДжерело: Координаційний штаб\n", time.Time{})
	if want := []string{"Координаційний штаб з питань поводження з військовополоненими"}; !slices.Equal(x.Source.Via, want) {
		t.Errorf("via %q, want %q", x.Source.Via, want)
	}
}

// TestS31ATalksAbout checks an exchange of captives named as what talks
// are about ("провести переговори про обмін полоненими"): the talks, not
// an exchange held (news2 and news38 have none), while "провели обмін
// полоненими" is one.
func TestS31ATalksAbout(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"talks about an exchange offered",
			"Туреччина запропонувала провести переговори про обмін полоненими.",
			[]string{"CONSULT/meet Туреччина → "}},
		{"talks about an exchange held in a city",
			"Туреччина провела в Стамбулі нові переговори про обмін полоненими.",
			[]string{"CONSULT/meet Туреччина →  @Стамбул"}},
		{"an exchange held",
			"Україна і Росія провели обмін полоненими.",
			[]string{"RETREAT/release Україна,Росія → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS31AStrikeCauseDated checks a weekday in the phrase of a strike
// told as a cause in a clause of the future ("Рада Безпеки у четвер
// проведе засідання через масований удар Росії по Києву в ніч на
// вівторок"): the strike has happened, so its day is the last one before
// publication, while the meeting's day is the next.
func TestS31AStrikeCauseDated(t *testing.T) {
	p := load(t)
	pub := time.Date(2026, 2, 11, 0, 0, 0, 0, time.UTC) // a Wednesday
	tests := []construction{
		{"a strike as the cause of a meeting to come",
			"Рада Безпеки ООН у четвер проведе екстрене засідання через масований удар Росії по Києву в ніч на вівторок.",
			[]string{"ASSAULT Росія → Київ @Київ on 2026-02-10"}},
		{"a strike after which a call will be made",
			"Президент звернеться до партнерів після удару Росії по Харкову в понеділок.",
			[]string{"ASSAULT Росія → Харків @Харків on 2026-02-09"}},
		{"a visit to come on a weekday stays ahead",
			"Президент Франції відвідає Київ у четвер.",
			[]string{"CONSULT/visit Президент Франції → Київ @Київ [future] on 2026-02-12"}},
	}
	checkDatedEvents(t, p, tests, pub)
}
