package pipeline_test

import (
	"testing"
	"time"
)

// Accusations, refusals, requests and concessions (session 55, helper
// k): the classes the paraphrase set TestParaphraseS55K found missing,
// each in sentences of our own, with a look-alike beside the construction
// where one is near.

func TestRefusalsAndBlameS55K(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a reproach by закидати with a masculine dative in -у, which the tagger reads as a genitive; a throw is none",
			"Фермери закидають уряду бездіяльність. Дітлахи закидали паркан сніжками.",
			[]string{"ACCUSE Фермери → уряд"}},
		{"criticism told by a light verb of subjecting (піддати критиці); a test one is put through is none",
			"Голова фракції Давид Арахамія піддав критиці Мінекономіки. Лабораторія піддала зразки перевірці.",
			[]string{"ACCUSE Давид Арахамія → Мінекономіки"}},
		{"blame laid on someone past what it is for (відповідальність за X на Y)",
			"Мер Тернополя Сергій Надал поклав відповідальність за зрив опалювального сезону на «Тернопільміськгаз».",
			[]string{"ACCUSE Сергій Надал → Тернопільміськгаз"}},
		{"an act called a provocation or an attack of a side in the genitive accuses that side; an attack's target is no one blamed",
			"Литва назвала інцидент на кордоні провокацією Білорусі. Міністр назвав обстріл Херсона терористичною атакою.",
			[]string{"ACCUSE Литва → Білорусь", "ACCUSE Міністр → "}},
		{"a side's refusal told by the noun відмова and its genitive, the predicate's object no side of it; an engine's failure is none",
			"Відмова Ізраїлю надати Україні системи ППО розчарувала Київ. Відмова двигуна стала причиною аварії.",
			[]string{"REJECT Ізраїль → Україна"}},
		{"a refusal's negated copula says what it is not, not that it was not made",
			"Мер заявив, що відмова ОВА не є законною.",
			[]string{"REJECT ОВА → "}},
		{"a bidder quitting a tender rejects no one; a side quitting talks does",
			"Фірма «Будкомплекс» відмовилася від участі в тендері. Білорусь відмовилася від участі в переговорах.",
			[]string{"REJECT Білорусь → "}},
		{"a proposal or a demand of a side named by a common noun, turned down with no one named",
			"Пропозицію латвійської сторони відхилили. Вимогу профспілки було відхилено.",
			[]string{"REJECT  → латвійська сторона", "REJECT  → профспілка"}},
		{"a firm's name after its kind in the accusative, put before an impersonal plural verb, is the one it was done to, not the doer; in the nominative it acts",
			"Фірму «Вектор-Буд» звинуватили у змові. Компанію «Агроінвест» підозрюють в ухилянні від податків. Компанія «Техноліт» оскаржила рішення.",
			[]string{"ACCUSE  → Вектор-Буд", "ACCUSE  → Агроінвест", "ACCUSE Техноліт → "}},
		{"a ministry's short name opening a sentence before its country's genitive is the body",
			"Мінфін Росії відкинув звинувачення Вашингтона.",
			[]string{"REJECT Мінфін Росії → Вашингтон"}},
	}
	checkEvents(t, p, tests, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}

func TestRequestsAndConcessionsS55K(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the one asked after у or в right after a verb of asking, before the thing asked for in the genitive; a place elsewhere stays a place",
			"Польща попросила у Німеччини систем Patriot. У Варшаві прем'єр попросив мешканців зберігати спокій.",
			[]string{"REQUEST Польща → Німеччина", "REQUEST прем'єр → мешканці @Варшава"}},
		{"people asked after у, the phrase ending before what is asked for",
			"Ветерани попросили у волонтерів теплого одягу.",
			[]string{"REQUEST Ветерани → волонтери"}},
		{"sanctions lifted from someone (вивести з-під санкцій) concede; troops led out retreat",
			"Велика Британія вивела з-під санкцій компанію «Нордмаш». Угорщина вивела війська з Боснії.",
			[]string{"CONCEDE Велика Британія → Нордмаш", "RETREAT Угорщина →  @Боснія"}},
		{"whose demands are met and whose entry a veto held up are the other side of a concession",
			"Адміністрація шахти погодилася виконати вимоги гірників. Греція зняла вето на вступ Північної Македонії до ЄС.",
			[]string{"CONCEDE Адміністрація шахти → гірники", "CONCEDE Греція → Північна Македонія"}},
		{"help asked of someone by звернутися по допомогу / за допомогою до X; medical care sought is none",
			"Селищна рада звернулася по допомогу до Червоного Хреста. Мешканці звернулися за допомогою до волонтерів. Пенсіонерка звернулася по медичну допомогу до лікарні.",
			[]string{"REQUEST Селищна рада → Червоний Хрест", "REQUEST Мешканці → волонтери"}},
		{"one's own resignation announced is a concession; someone else's, announced, is none",
			"Прем'єр-міністр Португалії Антоніу Кошта оголосив про свою відставку. Президент оголосив про відставку міністра Петра Шевчука.",
			[]string{"CONCEDE Антоніу Кошта → "}},
		{"powers or a mandate laid down by their holder concede; a title laid down in a figure does not",
			"Депутатка Ірина Луценко склала депутатський мандат. Чемпіони складають повноваження.",
			[]string{"CONCEDE Ірина Луценко → "}},
	}
	checkEvents(t, p, tests, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}
