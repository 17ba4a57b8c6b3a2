package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// fifth press set (testdata/gold/press5.jsonl); the sentences are our own.

func TestPress5Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a mark opened inside brackets that close first was never closed and pairs with nothing after it",
			"Соціологи (група «Рейтинг) ставлять на перше місце Миколу Катеринчука. «Друзі, тут така справа. Мене висувають у мери міста», — зазначив Іван Луценко у своєму блозі.",
			[]string{"Іван Луценко/зазначити/direct: Друзі, тут така справа. Мене висувають у мери міста"}},
		{"a line of dialogue after its speaker's line may have a predicative adverb with an infinitive for its predicate",
			"- Звичайно, буде нелегко, - зізнається Дмитро Коваль, слідчий поліції. – Та комусь потрібно виконувати цю роботу. Родичі прийшли провести бійців.",
			[]string{"Дмитро Коваль/зізнатися/direct: Звичайно, буде нелегко", "Дмитро Коваль/зізнатися/direct: Та комусь потрібно виконувати цю роботу"}},
		{"a line of dialogue goes on over the sentences after it in the first or second person, not over narration",
			"- Звичайно, хвилююся за сина, - каже Борис Коваль. – Але впевнений, що все буде добре. Ми ще зіграємо весілля. Вірю у краще. Провести хлопців прийшли рідні.",
			[]string{"Борис Коваль/казати/direct: Звичайно, хвилююся за сина", "Борис Коваль/казати/direct: Але впевнений, що все буде добре. Ми ще зіграємо весілля. Вірю у краще"}},
		{"за словами X after a conjunction that closes a clause of its own reports the clause after it only",
			"Усі укриття вже перевірили і, за словами Юрія Щочкіна, вони придатні для перебування дітей. Втрати від акцизу, на думку спеціалістів, обчислюються мільйонами.",
			[]string{"Юрій Щочкін/за словами/indirect: вони придатні для перебування дітей", "спеціалісти/на думку/indirect: Втрати від акцизу обчислюються мільйонами"}},
		{"a demand's щоб-clause is what it reports; say-verbs take no щоб-clause",
			"Мешканці вулиці наполягають, щоб тут спершу перевірили підземні мережі. Профспілка вимагає, щоб уряд підвищив зарплати. Він сказав, щоб усі йшли додому.",
			[]string{"Мешканці вулиці/наполягати/indirect: тут спершу перевірили підземні мережі", "Профспілка/вимагати/indirect: уряд підвищив зарплати"}},
		{"an alarm raised (здійняти галас, бити тривогу) reports its що-clause",
			"Кандидат Іван Петренко здійняв галас, що його однофамільці плодяться. Батьки б'ють тривогу, що школу закриють. Він підняв руку.",
			[]string{"Іван Петренко/здійняти/indirect: його однофамільці плодяться", "Батьки/бити/indirect: школу закриють"}},
		{"a question in quotation marks after на тему is a topic, not speech; a quote after a cue and тему is",
			"У місті стартувало опитування на тему: «Де в місті повинні стояти кіоски?». Мер висловився на цю тему: «Кіоски треба прибрати з центру міста».",
			[]string{"Мер/висловитися/direct: Кіоски треба прибрати з центру міста"}},
		{"a що-clause told through someone's words (у словах X про те, що) is theirs, not the finder's",
			"Рада ухвалила рішення, згідно з яким не виявила порушень у словах Євгенія Мураєва про те, що Майдан був переворотом.",
			[]string{"Євгеній Мураєв/виявити/indirect: Майдан був переворотом"}},
		{"говориться is a cue; йдеться or говориться в його заяві gives the person named last",
			"Андрій Садовий виступив у Львові. «Ми йдемо до Києва з новою командою», — говориться в тексті його повідомлення. У заяві говориться, що бюджет ухвалять.",
			[]string{"Андрій Садовий/говоритися/direct: Ми йдемо до Києва з новою командою", "заява/говоритися/indirect: бюджет ухвалять"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestPress5Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"insisting that something be done is a request; insisting on one's innocence is not",
			"Мешканці вулиці наразі не радіють. Вони наполягають, щоб тут спершу перевірили мережі. Адвокат наполягає на невинуватості клієнта.",
			[]string{"REQUEST Мешканці вулиці → "}},
		{"вони after a sentence opening with a connective and a group whose verb comes after its genitive words stands for the group",
			"Але ось мешканці вулиці Лесі Українки її ремонту (якого вона не знала роками) наразі не радіють. Вони вимагають, щоб тут спершу перевірили мережі.",
			[]string{"REQUEST мешканці вулиці Лесі Українки → "}},
		{"money given to a named family is aid, with й (also) between the verb and them",
			"Мерія виділила родині Петренків кошти на лікування. Кошти на квартиру виділили й подружжю Казимирських. Суд заарештував і директора фірми.",
			[]string{"AID Мерія → Петренки", "AID  → Казимирські", "COERCE Суд → директор фірми"}},
		{"і after the verb opening a clause with a verb of its own is no \"also\": the next subject is no recipient",
			"Прокурор це клопотання підтримав і суд його задовольнив.",
			[]string{"SUPPORT Прокурор → "}},
		{"cooperation set up or counted on is cooperation",
			"Мерія налагодила співпрацю з ЄБРР. Партія розраховує на співпрацю з «Самопоміччю». Мер розраховує на підтримку депутатів.",
			[]string{"COOPERATE Мерія → ЄБРР", "COOPERATE Партія → Самопоміч"}},
		{"money from a town's budget to a family named in the genitive after a dative family noun past an на-phrase; a sum in words is money too",
			"Два мільйони гривень виділять із бюджету Житомира на придбання будинку родині Олени та Петра Гнатюків. Кошти виділили з бюджету України на лікування сім'ї Ковалів.",
			[]string{"AID Житомир → Олена Гнатюк,Петро Гнатюк @Житомир [future]"}},
		{"a thing bought for someone by others' efforts (зусиллями X та Y) is their aid; bought by oneself is none",
			"Для потреб лікарні придбали апарат. Нові авто придбали для потреб поліції зусиллями районної ради та громадською організацією «Добробут». Мерія придбала для школи автобус.",
			[]string{"AID районна рада,Добробут → поліція"}},
		{"a verb alone in quotation marks in narration is a figure that tells what was done",
			"Цей законопроект знову «зарізала» Верховна Рада. Міністр порадив колегам «не поспішати» з реформою. Рада провалила законопроект про мову.",
			[]string{"REJECT Верховна Рада → "}},
		{"giving up one's own ambitions or seat is no rejection; turning down someone's offer is",
			"Від мерських амбіцій відмовився Юрій Луценко. Бондаренко не відмовляється й від посвідчення народного депутата. Мер відмовився від пропозиції депутатів.",
			[]string{"REJECT Мер → депутати"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
