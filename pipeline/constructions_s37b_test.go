package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// fifteenth press set (testdata/gold/press15.jsonl); the sentences are
// our own.

// TestS37BMurmured checks that примовляти (to say while doing something)
// closes a direct quote it follows as a manner cue does, with a pronoun
// or a noun for the speaker.
func TestS37BMurmured(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a pronoun after the cue, an adverbial participle after it",
			"«Я не поспішаю, я просто гуляю», – примовляє вона, прямуючи до виходу.",
			[]string{"вона/примовляти/direct: Я не поспішаю, я просто гуляю"}},
		{"a noun phrase after the cue",
			"«Риба сьогодні не клює», – примовляє старий рибалка.",
			[]string{"старий рибалка/примовляти/direct: Риба сьогодні не клює"}},
	}, time.Time{})
}

// TestS37BTestimony checks that a witness's account (за свідченням X) is
// a source as за словами X is, also with an adjective between за and the
// noun; set off inside its clause, it attributes the whole clause, and
// after the words it leaves за out.
func TestS37BTestimony(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"за свідченням opening the sentence",
			"За свідченням Олени Сидоренко, сусідня родина вимерла від голоду.",
			[]string{"Олена Сидоренко/за свідченням/indirect: сусідня родина вимерла від голоду"}},
		{"an adjective between за and its noun, set off inside the clause",
			"Ці збори, за одностайним свідченням їх учасників, стали початком руху.",
			[]string{"учасники/за свідченням/indirect: Ці збори стали початком руху"}},
		{"an adjective between за and its noun, after the words",
			"Ціни на житло зростуть на десять відсотків, за орієнтовною оцінкою експертів.",
			[]string{"експерти/за оцінкою/indirect: Ціни на житло зростуть на десять відсотків"}},
		{"an adjective between за and its noun, the source set off in the clause",
			"Ціни на житло, за орієнтовною оцінкою експертів, зростуть на десять відсотків.",
			[]string{"експерти/за оцінкою/indirect: Ціни на житло зростуть на десять відсотків"}},
	}, time.Time{})
}

// TestS37BRelativeHead checks that a relative clause whose pronoun is its
// subject (який in the nominative, or що) stands for people named before
// it in another case, a genitive phrase after them included; after a
// dative or a verb of telling someone, що opens what was told, and people
// who came somewhere pay no visit.
func TestS37BRelativeHead(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"що after an accusative",
			"Поліція шукає людей, що підірвали міст.",
			[]string{"ASSAULT люди → "}},
		{"який after a noun under a preposition, a genitive phrase after it",
			"Журналіст написав про чоловіків із сусіднього села, які підпалили автомобіль.",
			[]string{"ASSAULT чоловіки із сусіднього села → "}},
		{"який after a dative",
			"Мер подякував волонтерам, які допомогли переселенцям.",
			[]string{"SUPPORT Мер → волонтери", "AID волонтери → переселенці"}},
		{"що after a dative opens what was told",
			"Прокурор повідомив журналістам, що затримали підозрюваного.",
			[]string{"COERCE  → підозрюваний"}},
		{"що after a verb of persuading opens what was told",
			"Депутат переконав виборців, що побили активіста.",
			[]string{"ASSAULT  → активіст"}},
		{"people who came pay no visit",
			"Капітан подякував уболівальникам, які приїхали до Львова.",
			[]string{"SUPPORT Капітан → уболівальники"}},
	}, time.Time{})
}

// TestS37BBlownUpGiven checks that the grid blown up (електроопори,
// підстанція, лінія електропередачі) is an attack, as a bridge is, and
// that a garrison or a fortress given up is a retreat, as a position is.
func TestS37BBlownUpGiven(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"pylons blown up",
			"Диверсанти підірвали електроопори біля міста.",
			[]string{"ASSAULT Диверсанти → "}},
		{"a substation blown up",
			"Партизани підірвали трансформаторну підстанцію.",
			[]string{"ASSAULT Партизани → "}},
		{"a power line blown up",
			"Невідомі підірвали лінію електропередачі.",
			[]string{"ASSAULT Невідомі → "}},
		{"a garrison given up",
			"Українські військові здали свій гарнізон без бою.",
			[]string{"RETREAT Українські військові → "}},
		{"a fortress given up",
			"Захисники здали фортецю.",
			[]string{"RETREAT Захисники → "}},
		{"trust undermined is none",
			"Тренер підірвав довіру гравців.",
			nil},
	}, time.Time{})
}

// TestS37BNarratorRealised checks that an adverbial participle's cue in
// a sentence whose main clause opens with я or ми is the narrator's, not
// a quote of a person the main clause names; with a third person it is
// that person's.
func TestS37BNarratorRealised(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"я, a name after перед, an adverbial participle",
			"Я відчував провину перед Василем, вперше збагнувши, що футбол – не головне.",
			nil},
		{"ми, a name after з",
			"Ми довго говорили з Петром Іваненком, нарешті визнавши, що гроші закінчилися.",
			nil},
		{"ми inside the words quoted before is not the narrator",
			"«Ми втратили багато часу», – визнав міністр, додавши, що школи відкриють восени.",
			[]string{"міністр/визнати/direct: Ми втратили багато часу", "міністр/додати/indirect: школи відкриють восени"}},
		{"ми opening the quoted words' second sentence is not the narrator",
			"«Школи зруйновано. Ми втратили багато часу», – визнав міністр, додавши, що школи відкриють восени.",
			[]string{"міністр/визнати/direct: Школи зруйновано. Ми втратили багато часу", "міністр/додати/indirect: школи відкриють восени"}},
		{"a third person is the speaker",
			"Мати стояла перед сином, пояснюючи, що гроші закінчилися.",
			[]string{"Мати/пояснювати/indirect: гроші закінчилися"}},
	}, time.Time{})
}

// TestS37BColonDashSameParagraph checks that a line of speech opened by a
// dash right after a cue and a colon in the same paragraph (text that
// keeps no paragraphs) is a direct quote of the one the colon's clause
// names, running over the sentences after it that speak in the first
// person; a colon after no cue gives none. доповнити is a cue.
func TestS37BColonDashSameParagraph(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a cue, an adverbial participle's clause, a colon and a dash",
			"Олена Коваль доповнила, назвавши людей на фото: – Так, це було влітку. Я теж там співала.",
			[]string{"Олена Коваль/доповнити/direct: Так, це було влітку. Я теж там співала"}},
		{"a cue with its addressee, a colon and a dash",
			"Олена Коваль сказала журналістам: – Так, це було влітку, ми там співали.",
			[]string{"Олена Коваль/сказати/direct: Так, це було влітку, ми там співали"}},
		{"доповнити with a що-clause",
			"Колега доповнила, що це було влітку.",
			[]string{"Колега/доповнити/indirect: це було влітку"}},
		{"a colon after no cue",
			"Мета проста: – Треба все перевірити.",
			nil},
	}, time.Time{})
}

// TestS37BDashLineGoesOn checks that a line of dialogue cut by its
// attribution after a comma (— …, — каже X, — …) goes on after the second
// dash as the same speaker's direct quote, over the first-person
// sentences after it.
func TestS37BDashLineGoesOn(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a line cut by its attribution, going on in the same sentence",
			"— Ми все перевірили, — каже Олена Коваль, — документи зникли з архіву давно.",
			[]string{"Олена Коваль/казати/direct: Ми все перевірили", "Олена Коваль/казати/direct: документи зникли з архіву давно"}},
		{"a line after narration, going on over a first-person sentence",
			"Вона зітхнула. — Ми все перевірили, — розповідає Олена Коваль, — надіслали запити в архіви. Тепер можемо стверджувати, що документів немає.",
			[]string{"Олена Коваль/розповідати/direct: Ми все перевірили", "Олена Коваль/розповідати/direct: надіслали запити в архіви. Тепер можемо стверджувати, що документів немає"}},
	}, time.Time{})
}
