package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the quote errors of
// the sixth to eighth studied sets (testdata/gold/studied6.jsonl,
// studied7.jsonl, studied8.jsonl); the sentences are our own.

func TestStudiedQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a list item runs over lines until the next item follows a semicolon",
			"Антимонопольники встановили, що:\n* протягом 2018 року Олена Петренко працювала бухгалтером фірми.\nТакож вона була директором кооперативу.\nПри цьому кооператив належить її брату ; * обидві фірми подавали пропозиції з однієї адреси\n\nКомітет оштрафував фірми.",
			[]string{"Антимонопольники/встановити/indirect: протягом 2018 року Олена Петренко працювала бухгалтером фірми.\nТакож вона була директором кооперативу.\nПри цьому кооператив належить її брату ; * обидві фірми подавали пропозиції з однієї адреси"}},
		{"що ж asks what, it joins no content; що саме joins it",
			"Мати коротко відповідала на повідомлення про те, що ж відбувається вдома. Іноземці вважають, що саме це врятувало країну.",
			[]string{"Іноземці/вважати/indirect: саме це врятувало країну"}},
		{"що as the subject of a verb of happening asks what happened; with a subject of its own it joins",
			"Журналісти говорили лише про те, що буде після того, як міліція розігнала студентів. Свідок розповів, що сталося на площі. Мер сказав, що буде новий парк. Петро Коваль заявив, що буде балотуватися.",
			[]string{"Мер/сказати/indirect: буде новий парк", "Петро Коваль/заявити/indirect: буде балотуватися"}},
		{"the writer's comparison after a comma and так, ніби is no part of what was said",
			"Лідери опозиції пояснювали журналістам, що варто готуватися до виборів, так, ніби на вулицях не було протестувальників.",
			[]string{"Лідери опозиції/пояснювати/indirect: варто готуватися до виборів"}},
		{"a narrator's aside in the first person between the speaker and the cue is stepped over",
			"Наша касирка, пам'ятаю, казала, що гонорар великий. Бухгалтер, знаю, дивувався, що грошей так багато.",
			[]string{"Наша касирка/казати/indirect: гонорар великий", "Бухгалтер/дивуватися/indirect: грошей так багато"}},
		{"a realisation attributes its що-clause; a guilt realised, or a feeling in a story (усвідомити), says nothing",
			"Уряд збагнув, що реформа провалилася. Він раптом усвідомив, що його шукають. Водій усвідомив свою провину.",
			[]string{"Уряд/збагнути/indirect: реформа провалилася"}},
		{"a forecast or a report published with its що-clause; a report on a topic says nothing",
			"У 1993 році ЦРУ опублікувало прогноз, що країна прямує до кризи. Міністерство фінансів опублікувало звіт про виконання бюджету.",
			[]string{"ЦРУ/опублікувати/indirect: країна прямує до кризи"}},
		{"where it was written, in the locative, stands between the cue and про",
			"Сама ж Олена Петренко вказала в тендерній документації про десятирічний досвід виконання бюджетних програм.",
			[]string{"Олена Петренко/вказати/indirect: про десятирічний досвід виконання бюджетних програм"}},
		{"a cue in an indirect question (про що пише) attributes nothing after its colon",
			"Письменник Петро Коваль добре розумів, про що пише: це була історія його власної родини.",
			nil},
		{"a body in quotation marks in the locative speaks through a plural verb when no entity was found",
			"«Справу найближчим часом закриють», – відмітили у «Лізі антитрасту».",
			[]string{"Ліга антитрасту/відмітити/direct: Справу найближчим часом закриють"}},
		{"a name at the end of a verb's object is not the subject of a predicate joined by та",
			"Торги завершились неуспішно – замовник провів перевірку структури власності «Спецмеблі» та виявив, що фірма пов'язана з конкурентом.",
			[]string{"замовник/виявити/indirect: фірма пов'язана з конкурентом"}},
		{"що підтвердив X after a comma: the clause before is what X confirmed",
			"Мер пішов у відставку, що підтвердили в міськраді. Петро Коваль заявив, що підтвердив свою участь. Фірма не надала документів, що підтверджують якість продукції від виробника (Донецьк).",
			[]string{"міськрада/підтвердити/indirect: Мер пішов у відставку", "Петро Коваль/заявити/indirect: підтвердив свою участь"}},
		{"a plural cue after Натомість goes on with the people the sentence before made its subject; after Також it may be anyone",
			"Показати лабораторію – залізничники відмовились. Натомість повідомили, що для контролю уклали угоду з центром. Депутати проголосували за бюджет. Також повідомили, що сесія триватиме два дні.",
			[]string{"залізничники/повідомити/indirect: для контролю уклали угоду з центром"}},
		{"a conclusion named first, who drew it in a relative clause, gives it after a colon; with no colon it says nothing",
			"Історик Петро Коваль довго вивчав архіви. Висновок, якого він дійшов: якщо уряд бажає миру, йому слід почати переговори. Висновок, який зробила комісія: міст аварійний і його закриють. Висновок, якого ми дійшли, простий.",
			[]string{"Петро Коваль/дійти висновку/indirect: якщо уряд бажає миру, йому слід почати переговори", "комісія/зробити/indirect: міст аварійний і його закриють"}},
		{"a ruling set off by a comma opening its sentence gives its findings; with no comma it orders an act",
			"За рішенням тендерної колегії АМКУ, учасник надав усі необхідні документи. За рішенням суду його заарештували.",
			[]string{"АМКУ/за рішенням/indirect: учасник надав усі необхідні документи"}},
		{"a person in the genitive at the end of the subject's chain is not who speaks",
			"Прес-служба корпорації Олександра Коваля «Альфа Холдінг» визнала приналежність цих фірм сину депутата: «Компанії створені з ініціативи власника».",
			[]string{"Альфа Холдінг/визнати/direct: Компанії створені з ініціативи власника"}},
		{"an opening mark no mark closes is a name's, and the content it opens is no quotation",
			"Як встановило слідство, раніше «ТД «Альфа» придбав труби, поставлені комунальному підприємству, у ТОВ «Бета-Харків» по ціні 496 грн. за один погонний метр. Мер заявив, що «компанія «Бета» збанкрутіла через борги».",
			[]string{"слідство/встановити/indirect: раніше «ТД «Альфа» придбав труби, поставлені комунальному підприємству, у ТОВ «Бета-Харків» по ціні 496 грн. за один погонний метр", "Мер/заявити/direct: компанія «Бета» збанкрутіла через борги"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestStudiedEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"denying one's own part in a deed rejects no one; denying another's demands does",
			"Сам Петро Коваль заперечує свою причетність до схеми. Компанія «Альфа» заперечила свою провину. Україна заперечила вимоги Росії.",
			[]string{"REJECT Україна → Росія"}},
		{"giving up one's own land or share rejects no one, it concedes; giving up a proposal rejects",
			"Лісгоспи нещодавно відмовились від мисливських угідь. Фермер відмовився від своєї земельної ділянки на користь громади. Польща відмовилася від пропозиції Росії.",
			[]string{"CONCEDE Лісгоспи → ", "CONCEDE Фермер → ", "REJECT Польща → "}},
		{"a rally spelt with ґ is the rally spelt with г",
			"Мешканці міста долучалися до проукраїнських мітинґів. Студенти вийшли на мітинг.",
			[]string{"PROTEST Мешканці міста → ", "PROTEST Студенти → "}},
		{"people counted by безліч or чимало act as many as the text counts",
			"Безліч мешканців міста долучалися до мітингів. Чимало студентів вийшли на пікет.",
			[]string{"PROTEST Безліч мешканців → ", "PROTEST Чимало студентів → "}},
	}
	checkEvents(t, p, tests, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
}

// TestDialogueIntroQuotes checks lines of dialogue that a narration line
// of their own introduces with a colon, and speakers described by a
// хто-clause; the sentences are our own.
func TestDialogueIntroQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a dialogue line introduced by its own speaker and cue takes that speaker",
			"— Чому ти знову запізнився на роботу? — запитувала Оксана у сина.\nПетро знизав плечима і тихо сказав їй:\n— Через ремонт дороги автобуси ходили дуже повільно.",
			[]string{"Оксана/запитувати/direct: Чому ти знову запізнився на роботу?", "Петро/сказати/direct: Через ремонт дороги автобуси ходили дуже повільно"}},
		{"a line after a narration line that names someone with no cue is not guessed for the last speaker",
			"— Чому ти знову запізнився на роботу? — запитувала Оксана у сина.\nПетро подивився у вікно:\n— Через ремонт дороги автобуси ходили дуже повільно.",
			[]string{"Оксана/запитувати/direct: Чому ти знову запізнився на роботу?"}},
		{"those described by a хто-clause speak, not a place inside the clause",
			"Чимало тих, хто живе у Львові, вважають, що місто стало чистішим. Ті, хто працював з Петром Ковалем, розповідають, що він був чесним.",
			[]string{"ті, хто живе у Львові/вважати/indirect: місто стало чистішим", "Ті, хто працював з Петром Ковалем/розповідати/indirect: він був чесним"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
