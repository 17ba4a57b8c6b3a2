package pipeline_test

import (
	"testing"
	"time"
)

// TestS40ERelativeRoleSpeaks checks that a cue in a relative clause on a
// role no name goes with (з послом Японії, який повідомив, що …) gives the
// role as its speaker, in the nominative with its genitive tail, not the
// subject of the main clause; that of a role and its genitive (директором
// заводу, який …) the role speaks; people in the plural speak as written;
// and that a body the clause stands on still speaks as before.
func TestS40ERelativeRoleSpeaks(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a role with a country", "Свириденко зустрілася з послом Японії в Україні, який повідомив, що Японія передасть Україні трансформатори.",
			[]string{"посол Японії/повідомити/indirect: Японія передасть Україні трансформатори"}},
		{"a role with a genitive body", "Шмигаль поговорив з директором заводу, який розповів, що підприємство відновило роботу.",
			[]string{"директор заводу/розповісти/indirect: підприємство відновило роботу"}},
		{"people in the plural", "Міністр зустрівся з мешканцями села, які розповіли, що дорогу не відремонтували.",
			[]string{"мешканці села/розповісти/indirect: дорогу не відремонтували"}},
		{"a body, as before", "Юрист передав документи до Антимонопольного комітету, який виявив, що ціни завищено.",
			[]string{"Антимонопольний комітет/виявити/indirect: ціни завищено"}},
	}, time.Time{})
}

// TestS40EInnerSpeakerBeforeColon checks that a quotation opened by a
// colon after a що-clause or a relative clause with a cue of speech of
// its own (нагадала, що Зеленський казав: «…»; слова Столтенберга, який
// сказав: «…») is the words of that clause's subject, not of the one who
// recalls them, while a що-clause with no such cue (заявив, що ситуація
// складна: «…») leaves the quotation to the first cue's speaker.
func TestS40EInnerSpeakerBeforeColon(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a що-clause with its own cue", "Прокурор Олена Кравчук нагадала, що суддя Петро Коваль сказав: «Справу буде розглянуто».",
			[]string{"Олена Кравчук/нагадати/indirect: суддя Петро Коваль сказав", "Петро Коваль/сказати/direct: Справу буде розглянуто"}},
		{"a relative clause on a name", "Президент Володимир Зеленський згадав слова Єнса Столтенберга, який колись сказав: «Зброя – це шлях до миру».",
			[]string{"Єнс Столтенберг/сказати/direct: Зброя – це шлях до миру"}},
		{"a що-clause with no cue", "Міністр Іван Петренко заявив, що ситуація складна: «Ми працюємо цілодобово».",
			[]string{"Іван Петренко/заявити/indirect: ситуація складна", "Іван Петренко/заявити/direct: Ми працюємо цілодобово"}},
	}, time.Time{})
}

// TestS40EWomanDiplomatRole checks that дипломатка, as дипломат, names
// the woman titled a deputy foreign minister or an ambassador before it
// (her roleKinds were there, the word was not among the role words),
// and that it names no man titled so.
func TestS40EWomanDiplomatRole(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a deputy foreign minister", "Заступниця міністра закордонних справ Марія Гриценко дала інтерв'ю.\n\nДипломатка вважає, що Угорщина блокуватиме переговори.",
			[]string{"Марія Гриценко/вважати/indirect: Угорщина блокуватиме переговори"}},
		{"an ambassador", "Посолка Марія Гриценко дала інтерв'ю.\n\nДипломатка вважає, що Угорщина блокуватиме переговори.",
			[]string{"Марія Гриценко/вважати/indirect: Угорщина блокуватиме переговори"}},
		{"a man titled so", "Посол України в Польщі Петро Коваль зустрівся з журналістами.\n\nДипломатка вважає, що Угорщина блокуватиме переговори.",
			[]string{"Дипломатка/вважати/indirect: Угорщина блокуватиме переговори"}},
		{"the man's word, as before", "Заступник міністра закордонних справ Петро Коваль дав інтерв'ю.\n\nДипломат вважає, що Угорщина блокуватиме переговори.",
			[]string{"Петро Коваль/вважати/indirect: Угорщина блокуватиме переговори"}},
	}, time.Time{})
}

// TestS40EContentGoesOnWithItsVerb checks that reported content opening
// with its own verb (the speaker's own acts: заявив, що співпрацює зі
// слідством і вже ініціював перевірку) goes on past і and a verb with no
// comma before it, in whatever tense, while content with a subject of its
// own (суд встановив, що бензин належить фірмі і зобов'язав …) and a
// conjunct after a comma (…, і додав, що …) still end there.
func TestS40EContentGoesOnWithItsVerb(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"present, then past", "Фонд державного майна заявив, що співпрацює зі слідством і вже ініціював службову перевірку.",
			[]string{"Фонд державного майна/заявити/indirect: співпрацює зі слідством і вже ініціював службову перевірку"}},
		{"in the plural", "У міністерстві заявили, що співпрацюють зі слідством і вже ініціювали службове розслідування.",
			[]string{"міністерство/заявити/indirect: співпрацюють зі слідством і вже ініціювали службове розслідування"}},
		{"a subject of its own", "Суд встановив, що бензин належить фірмі і зобов'язав її сплатити штраф.",
			[]string{"Суд/встановити/indirect: бензин належить фірмі"}},
		{"after a comma", "Посол зазначив, що підтримує вступ України, і додав, що переговори тривають.",
			[]string{"Посол/зазначити/indirect: підтримує вступ України", "Посол/додати/indirect: переговори тривають"}},
	}, time.Time{})
}

// TestS40EQuotedOneOfMany checks that a direct quote closed by цитує and
// an outlet with one of many as its object (цитує FT одного з урядовців)
// is the words of that one, not of the outlet, in the gender written
// (одну з депутаток); an outlet alone quotes as before.
func TestS40EQuotedOneOfMany(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"one of the officials", "«Ми завжди підтримували Україну», – цитує FT одного з урядовців.",
			[]string{"один з урядовців/цитувати/direct: Ми завжди підтримували Україну"}},
		{"one of the deputies, a woman", "«Рішення ухвалять до літа», – цитує Reuters одну з депутаток.",
			[]string{"одна з депутаток/цитувати/direct: Рішення ухвалять до літа"}},
		{"the outlet alone", "«Рішення ухвалять до літа», – цитує Reuters.",
			[]string{"Reuters/цитувати/direct: Рішення ухвалять до літа"}},
	}, time.Time{})
}
