package pipeline_test

import (
	"testing"
	"time"
)

// Silent misses by construction class (session 52, helper h52s): frames
// and word orders that left a sentence with no event although its
// trigger is known. The sentences are our own.

// TestStrikeNounFirstS52s: the noun of a blow put before завдати, which
// governs the genitive, is the light verb's object as one in the
// accusative is ("Допомогу Україні надала Японія"): whoever follows the
// verb struck what the по phrase names.
func TestStrikeNounFirstS52s(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: a state after the verb",
			"Удару по Харкову завдала Росія.",
			[]string{"ASSAULT Росія → Харків @Харків"}},
		{"war desk: forces named by their adjective after the verb",
			"Удару по Запоріжжю завдали російські війська.",
			[]string{"ASSAULT російські війська → Запоріжжя @Запоріжжя"}},
		{"war desk: an air strike with its adjective, in the imperfective",
			"Авіаційних ударів по Херсону завдавала російська армія.",
			[]string{"ASSAULT російська армія → Херсон @Херсон"}},
		{"war desk: the impersonal form, no doer named",
			"Ракетного удару по Одесі завдано вночі.",
			[]string{"ASSAULT  → Одеса @Одеса"}},
	}, wed)
}

// TestCaseAgainstFirstS52s: a case opened against someone named first
// under проти, as under щодо or стосовно, concerns that
// person, whatever form the verb of opening takes.
func TestCaseAgainstFirstS52s(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"court desk: проти with an impersonal form",
			"Проти голови райради відкрито кримінальне провадження.",
			[]string{"ACCUSE  → голова райради"}},
		{"court desk: проти with почато",
			"Проти мера Бахмача почато кримінальне провадження.",
			[]string{"ACCUSE  → мер Бахмача"}},
		{"court desk: проти with a plural verb and no subject",
			"Проти заступника міністра порушили кримінальну справу.",
			[]string{"ACCUSE  → заступник міністра"}},
	}, wed)
}

// TestPlaceFirstObjectS52s: a town named first, masculine or neuter
// singular (its nominative is its accusative, and the tagger may read
// either), before a plural verb or an impersonal form with no subject of
// its own, is what was struck, not who struck.
func TestPlaceFirstObjectS52s(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: a plural verb with what it was done with",
			"Харків атакували дронами.",
			[]string{"ASSAULT  → Харків @Харків"}},
		{"war desk: a plural verb with whence",
			"Кременчук обстріляли з важкої артилерії.",
			[]string{"ASSAULT  → Кременчук @Кременчук"}},
		{"war desk: an impersonal form with its instrument",
			"Харків обстріляно ракетами.",
			[]string{"ASSAULT  → Харків @Харків"}},
		{"war desk: an impersonal form after an adverb",
			"Нікополь знову обстріляно з артилерії.",
			[]string{"ASSAULT  → Нікополь @Нікополь"}},
		{"foreign desk: two states joined may act together",
			"Китай та Іран запровадили санкції проти США.",
			[]string{"SANCTION Китай,Іран → США"}},
	}, wed)
}

// TestGiftFirstS52s: a gift put before подарувати, with the one given it
// in the dative before the verb too, is given by whoever follows the
// verb, as a gift after the verb is (giftAfter): a common noun or a body
// whose kind stands before its quoted name. A body after the verb is the
// doer when the noun first is a thing, past the words that hang on it.
func TestGiftFirstS52s(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: volunteers after the verb, the brigade in the dative first",
			"Машину бригаді подарували волонтери.",
			[]string{"AID волонтери → бригада"}},
		{"war desk: whom for under для, an adverb of time",
			"Машину для бригади восени подарували волонтери з Дрогобича.",
			[]string{"AID волонтери → "}},
		{"city desk: a fund by its kind and quoted name",
			"Автомобіль бригаді подарував фонд «Повернись живим».",
			[]string{"AID Повернись живим → бригада"}},
		{"city desk: a body after the verb past the genitive of the thing first",
			"Проєкт міськради схвалив виконавчий комітет.",
			[]string{"SUPPORT виконавчий комітет → "}},
		{"no thing given: hope",
			"Надію подарували волонтери.",
			nil},
	}, wed)
}

// TestTurnedForS52s: turning to someone for something, по with what is
// asked, is an appeal to them as turning to them about a matter (щодо) is;
// a way of reaching them (по телефону, по радіо), a whole (по всій
// області), a comment a journalist asks for, and what one is asked to
// do are none.
func TestTurnedForS52s(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"business desk: a plan to ask a bank for guarantees",
			"Уряд також має намір звернутися до Світового банку по гарантії.",
			[]string{"REQUEST Уряд → Світовий банк [future]"}},
		{"politics desk: a deputy asks a commission for an explanation",
			"Депутат Петренко звернувся до ЦВК по роз'яснення.",
			[]string{"REQUEST Петренко → ЦВК"}},
		{"ways and wholes: by phone, by radio, across a region",
			"Петренко звернувся до Кличка по телефону. Зеленський звернувся до українців по радіо. Мер звернувся до мешканців по всій області.",
			nil},
		{"a comment asked for, and what one is asked to do",
			"Видання звернулося до Петренка по коментар. Саюк попросив мешканців, чиї будинки пошкоджено, звертатися до ЦНАПу по компенсацію.",
			[]string{"REQUEST Саюк → мешканці"}},
	}, wed)
}

// TestPersonFirstWithAdjectivesS52s: people put first with their
// adjectives before a form with no subject (an impersonal form, a
// plural) are its object, given in the nominative with the adjectives,
// plural as they stand: a release from captivity as well as a detention.
func TestPersonFirstWithAdjectivesS52s(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: sailors freed from captivity, an impersonal form",
			"Українських моряків звільнено з полону.",
			[]string{"RETREAT/release  → українські моряки"}},
		{"crime desk: activists detained, a plural verb",
			"Кримських активістів затримали.",
			[]string{"COERCE  → кримські активісти"}},
		{"court desk: a blogger fined",
			"Відомого блогера оштрафували.",
			[]string{"COERCE  → відомий блогер"}},
	}, wed)
}

// TestForcesLeaveTownS52s: armed forces or invaders that leave a town
// (залишити, покинути with a place) retreat from it, the town its place
// as after відступили з; people who leave a country do not.
func TestForcesLeaveTownS52s(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: forces by their noun and adjective",
			"Російські війська залишили Херсон.",
			[]string{"RETREAT Російські війська →  @Херсон"}},
		{"war desk: invaders, покинути",
			"Окупанти покинули Куп'янськ.",
			[]string{"RETREAT Окупанти →  @Куп'янськ"}},
		{"war desk: the army by its acronym",
			"ЗСУ залишили Авдіївку.",
			[]string{"RETREAT ЗСУ →  @Авдіївка"}},
		{"people who left, a delegation that left",
			"Мільйони українців залишили Україну. Делегація залишила Київ.",
			nil},
	}, wed)
}

// TestEventNounFirstPersonLastS52s: an event noun put first that agrees
// with its light verb in form is still its object when a person by a
// common noun, of the verb's form, follows the verb as its subject.
func TestEventNounFirstPersonLastS52s(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"crime desk: an attack made by a local man",
			"Напад на АЗС здійснив місцевий житель.",
			[]string{"ASSAULT місцевий житель → "}},
		{"crime desk: an attack committed, the man with his age and town",
			"Напад на інкасаторів скоїв 27-річний мешканець Лубен.",
			[]string{"ASSAULT 27-річний мешканець Лубен → "}},
	}, wed)
}
