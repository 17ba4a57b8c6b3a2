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
		{"a refusal someone was made to give is no one's rejection; a refusal given is",
			"Мешканці міста змусили співака відмовитися від концерту. Мер відмовився підписати рішення ради.",
			[]string{"REJECT Мер → "}},
		{"what people promise to do if a demand is not met is a threat, and the demand is not done",
			"А у випадку, якби мер таки не скасував рішення, активісти пообіцяли влаштувати акцію протесту біля мерії. Якщо зарплати не підвищать, шахтарі пообіцяли провести страйк.",
			[]string{"PROTEST активісти →  [future]", "THREATEN активісти → ", "PROTEST шахтарі →  [future]", "THREATEN шахтарі → "}},
		{"a condition with no promise after it stays a hypothetical event",
			"Якби мер не скасував рішення, активісти вийшли б на протест.",
			[]string{"REJECT мер →  [negation,hypothetical]", "PROTEST активісти →  [hypothetical]"}},
		{"turning to someone about a matter (щодо, стосовно, з приводу) is a request, past a relative clause on whom",
			"Асоціація міст звернулася до Кабінету Міністрів щодо збільшення дотацій. Профспілка звернулася до всіх роботодавців, які мають борги із зарплати, стосовно їх погашення. Мер звернувся до депутатів з приводу ремонту доріг.",
			[]string{"REQUEST Асоціація міст → Кабінет Міністрів", "REQUEST Профспілка → роботодавець", "REQUEST Мер → депутат"}},
		{"turning to someone and then saying something is no request; going to court about it stays a complaint",
			"Мер звернувся до депутатів, а потім розповів журналістам про плани щодо бюджету. Мер звернувся до суду щодо рішення ради.",
			[]string{"ACCUSE Мер → "}},
		{"an event after навряд чи in its clause is doubted, not told",
			"Шахтарям навряд чи й уряд допоміг. Уряд навряд чи надасть шахтарям допомогу. Німеччина навряд чи передасть Україні танки. Уряд допоміг шахтарям.",
			[]string{"AID Уряд → шахтар"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
