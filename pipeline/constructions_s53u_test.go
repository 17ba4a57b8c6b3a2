package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found by a census of quotes over
// the NER-UK news texts (session 53, helper h53u): the impersonal cue
// set off by commas inside its content, the document named before a
// participle's phrase, a relative pronoun owning the document, and a
// negative pronoun after the speaker. The sentences are our own.

func TestS53UQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an impersonal cue set off by commas inside the content reports the sentence around it",
			"Місцезнаходження фірми, зазначається в повідомленні Держаудитслужби, не встановлено.",
			[]string{"Держаудитслужба/зазначатися/indirect: Місцезнаходження фірми не встановлено"}},
		{"the same with йдеться and a report of a body",
			"Ремонт школи, йдеться у звіті міністерства, завершать до осені.",
			[]string{"звіт міністерства/йтися/indirect: Ремонт школи завершать до осені"}},
		{"the document in the locative before a participle's phrase set off by commas",
			"В обґрунтуванні закупівлі, надісланому до Мінфіну 3 березня, зазначається, що ремонт даху не може чекати.",
			[]string{"обґрунтування закупівлі/зазначатися/indirect: ремонт даху не може чекати"}},
		{"the same with йдеться and a report published on a day",
			"У звіті міністерства, оприлюдненому в понеділок, йдеться, що кошти вже виділено.",
			[]string{"звіт міністерства/йтися/indirect: кошти вже виділено"}},
		{"на сайті якого: the firm the relative pronoun stands for",
			"Меню змінив ресторан «Вишня», на сайті якого повідомляється, що кухня працює до ночі.",
			[]string{"Вишня/повідомлятися/indirect: кухня працює до ночі"}},
		{"на сайті якої after a place: the place is not the owner, the relative pronoun no speaker",
			"Фірма «Зоря» зареєстрована в Києві, на сайті якої повідомляється, що вона продає насіння.",
			[]string{"сайт/повідомлятися/indirect: вона продає насіння"}},
		{"a negative pronoun after the speaker is the object of the negated verb",
			"Більше коментувати інспектор нічого не став, пославшись на таємницю слідства.",
			[]string{"інспектор/послатися/indirect: на таємницю слідства"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
