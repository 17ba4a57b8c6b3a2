package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// fourth press set (testdata/gold/press4.jsonl); the sentences are our own.

func TestPress4Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"зауважити про with a phrase of three words or more reports it, as зазначати про does; нагадувати про names a topic",
			"У своїй заяві партія зазначає про необхідність провести аудит міського бюджету. Експерти зауважили про конфлікт мера з обласною радою. У профспілці нагадують про десятирічну історію боротьби за зарплати.",
			[]string{"партія/зазначати/indirect: про необхідність провести аудит міського бюджету", "Експерти/зауважити/indirect: про конфлікт мера з обласною радою"}},
		{"політсила, the press's word for a party, speaks as a whole",
			"У своїй заяві політсила зазначає про необхідність провести аудит міського бюджету. У політсилі зазначають, що список не остаточний.",
			[]string{"політсила/зазначати/indirect: про необхідність провести аудит міського бюджету", "політсила/зазначати/indirect: список не остаточний"}},
		{"content before its cue may have an adjective after its subject, governing a preposition, for its predicate",
			"Школа готова до нового навчального року, повідомив директор департаменту освіти Петро Коваль. Мерія готова до реєстрації нових закладів, повідомив секретар міськради Іван ГНАТЮК. Нова школа на околиці, повідомив директор Петро Коваль.",
			[]string{"Петро Коваль/повідомити/indirect: Школа готова до нового навчального року", "Іван Гнатюк/повідомити/indirect: Мерія готова до реєстрації нових закладів"}},
		{"a channel named after its noun in an oblique case is where it was said, not who said it",
			"«Я більше ніколи не приїду до Києва!» – висловився співак в ефірі телеканалу ICTV. «Ми працюємо далі», – сказав в ефірі телеканалу «Рада» Іван Гнатюк.",
			[]string{"співак/висловитися/direct: Я більше ніколи не приїду до Києва!", "Іван Гнатюк/сказати/direct: Ми працюємо далі"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestPress4Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a refusal someone was made to give is no one's rejection but their coercion; a refusal given is a rejection",
			"Мешканці міста змусили співака відмовитися від концерту. Мер відмовився підписати рішення ради.",
			[]string{"COERCE Мешканці міста → співак", "REJECT Мер → рада"}},
		{"what people promise to do if a demand is not met is a threat, and the demand is not done; after a condition contrary to fact (якби) the threat is all, after an open one (якщо) what is promised is planned too",
			"А у випадку, якби мер таки не скасував рішення, активісти пообіцяли влаштувати акцію протесту біля мерії. Якщо зарплати не підвищать, шахтарі пообіцяли провести страйк.",
			[]string{"THREATEN активісти → ", "PROTEST шахтарі →  [future]", "THREATEN шахтарі → "}},
		{"a condition with no promise after it is no event of its own (TestS39EConditionClause); what would follow stays hypothetical",
			"Якби мер не скасував рішення, активісти вийшли б на протест.",
			[]string{"PROTEST активісти →  [hypothetical]"}},
		{"turning to someone about a matter (щодо, стосовно, з приводу) is a request, past a relative clause on whom",
			"Асоціація міст звернулася до Кабінету Міністрів щодо збільшення дотацій. Профспілка звернулася до всіх роботодавців, які мають борги із зарплати, стосовно їх погашення. Мер звернувся до депутатів з приводу ремонту доріг.",
			[]string{"REQUEST Асоціація міст → Кабінет Міністрів", "REQUEST Профспілка → роботодавці", "REQUEST Мер → депутати"}},
		{"turning to someone and then saying something is no request; going to court about it stays a complaint",
			"Мер звернувся до депутатів, а потім розповів журналістам про плани щодо бюджету. Мер звернувся до суду щодо рішення ради.",
			[]string{"ACCUSE Мер → "}},
		{"an event after навряд чи in its clause is doubted, not told",
			"Шахтарям навряд чи й уряд допоміг. Уряд навряд чи надасть шахтарям допомогу. Німеччина навряд чи передасть Україні танки. Уряд допоміг шахтарям.",
			[]string{"AID Уряд → шахтарі"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestPress4ThirdEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"being made to give something up is coercion, with no force named",
			"Мешканці села змусили депутата відмовитися від мандата. Громада змусила мера скасувати рішення про забудову парку.",
			[]string{"COERCE Мешканці села → депутат", "COERCE Громада → мер"}},
		{"circumstances that make someone give something up coerce no one; being made to do anything else is no coercion",
			"Брак коштів змусив мерію відмовитися від ремонту. Тренер змусив воротаря попрацювати над технікою.",
			[]string{}},
		{"a second appeal in a conjunct that leaves the verb out (а також – до Y стосовно …)",
			"Асоціація міст звернулася до уряду щодо підвищення дотацій, а також – до парламенту стосовно змін до бюджету. Профспілка звернулася до роботодавців щодо погашення боргів, і до прокуратури з приводу порушень.",
			[]string{"REQUEST Асоціація міст → уряд", "REQUEST Асоціація міст → парламент", "REQUEST Профспілка → роботодавці", "REQUEST Профспілка → прокуратура"}},
		{"a conjunct with a verb of its own is no second appeal",
			"Асоціація міст звернулася до уряду щодо підвищення дотацій, а до парламенту надіслала лист стосовно змін до бюджету.",
			[]string{"REQUEST Асоціація міст → уряд"}},
		{"proposing that someone in the dative do something asks it of them, the addressee between or before",
			"Мер запропонував підприємцям профінансувати ремонт доріг. Саме депутатам голова адміністрації Іван Коваль і запропонував підтримати проєкт бюджету.",
			[]string{"REQUEST Мер → підприємці", "REQUEST Іван Коваль → депутат"}},
		{"proposing to do something with no addressee, or to give something, is no request",
			"Мер запропонував провести референдум. Угорщина запропонувала Україні передати генератори.",
			[]string{"AID Угорщина → "}},
		{"denying or not denying that something is so rejects no one",
			"Депутат не заперечував, що отримав гроші від забудовника. Міністр заперечив, що уряд планує підвищити податки.",
			[]string{}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestPress4FourthEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an event noun alone in quote marks, in lower case, is ironic; a name in marks is not",
			"Жителі міста вже висловили свої «співчуття» з приводу позиції мера. Жителі міста висловили співчуття родинам загиблих.",
			[]string{"SUPPORT Жителі міста → родини загиблих"}},
		{"law enforcement taking interest in someone named before the verb is an inquiry; anyone else's interest is none",
			"Після цього поетом зацікавився Слідчий комітет Росії. Згодом депутатом зацікавилася прокуратура. Після цього проєктом зацікавилися інвестори.",
			[]string{"ACCUSE Слідчий комітет Росії → поет", "ACCUSE прокуратура → депутат"}},
		{"being put on a list of terrorists or extremists is coercion by whoever keeps the list; another list is none",
			"Журналіста внесли до переліку терористів і екстремістів Росфінмоніторингу. Школу внесли до переліку об'єктів культурної спадщини.",
			[]string{"COERCE Росфінмоніторинг → журналіст"}},
		{"medical or legal care received from no one named is a service, not aid; from a giver it is aid",
			"Після реформи пацієнти отримуватимуть медичну допомогу в тих самих лікарнях. Лікарня отримала медичну допомогу від Червоного Хреста.",
			[]string{"AID Червоний Хрест → Лікарня"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestPress4DatedEvents(t *testing.T) {
	p := load(t)
	pub := time.Date(2015, 9, 20, 0, 0, 0, 0, time.UTC)
	tests := []construction{
		{"a date inside a quoted title is the title's, not the event's",
			"Під час засідання 15 вересня комісія ухвалила постанову «Про підготовку до місцевих виборів 25 жовтня 2015 року», якою звернулася до уряду щодо фінансування виборів.",
			[]string{"REQUEST комісія → уряд on 2015-09-15"}},
	}
	checkDatedEvents(t, p, tests, pub)
}

func TestPress4ThirdQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a person's first name in the nominative opening a name of its own after за даними X opens what is said",
			"За даними різних соціологічних служб Петро Порошенко набирає 10% підтримки. За даними Міністерства оборони Франції Петро Коваль отримав нагороду.",
			[]string{"різні соціологічні служби/за даними/indirect: Петро Порошенко набирає 10% підтримки", "Міністерство оборони Франції/за даними/indirect: Петро Коваль отримав нагороду"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestPress4FourthQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a quotation followed by такою була позиція X is X's; a view of no one named is no one's",
			"«Народ має бути на Майдані, а не в опері», - такою була позиція співака ще три тижні тому. «Бюджет треба переглянути», – така думка Івана Гнатюка. «Ми зачекаємо», – такою була позиція.",
			[]string{"співак/позиція/direct: Народ має бути на Майдані, а не в опері", "Іван Гнатюк/думка/direct: Бюджет треба переглянути"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestPress4QuoteAfterGap(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a quotation with no cue after its speaker's indirect speech and a sentence that goes on with it, naming no one, is the speaker's",
			"Голова ОДА Павло Жебрівський зазначив, що реформа вкрай необхідна. Якщо для інших областей це поштовх, то для нас це альтернатива. «Дуже приємно, що форум проходить тут удруге.»",
			[]string{"Павло Жебрівський/зазначити/indirect: реформа вкрай необхідна", "Павло Жебрівський/зазначити/direct: Дуже приємно, що форум проходить тут удруге."}},
		{"a sentence between that names someone else breaks the chain",
			"Голова ОДА Павло Жебрівський зазначив, що реформа вкрай необхідна. Депутат Іван Коваль із цим не погодився. «Реформа провалиться.»",
			[]string{"Павло Жебрівський/зазначити/indirect: реформа вкрай необхідна"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestPress4QuoteGoesOn(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a plural verb of speech opening its sentence with no subject goes on with the people who spoke in the sentence before",
			"Експерти зауважили про конфлікт губернатора з обласною радою. Згадали про те, що торік голова облради пішов у відставку.",
			[]string{"Експерти/зауважити/indirect: про конфлікт губернатора з обласною радою", "Експерти/згадати/indirect: торік голова облради пішов у відставку"}},
		{"with no one speaking in the sentence before it names no one",
			"Експерти приїхали на форум. Згадали про те, що торік голова облради пішов у відставку.",
			[]string{}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestPress4SubjectWithRelative(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a subject with a relative clause on it before the verb is not what is said; content with a relative clause in it is",
			"Учитель із провінційного містечка, який присвятив Україні два вірші, написав листа в редакцію «Вістей» Історія вчителя Івана Петренка вже відома читачам. Мер скасував рішення, яке ухвалила рада, повідомив секретар ради Іван Коваль. Польща, яка приймала конференцію, збільшить експорт струму, повідомив міністр Петро Гнатюк.",
			[]string{"Іван Коваль/повідомити/indirect: Мер скасував рішення, яке ухвалила рада", "Петро Гнатюк/повідомити/indirect: Польща, яка приймала конференцію, збільшить експорт струму"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
