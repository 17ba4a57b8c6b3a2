package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// twenty-first news set (testdata/gold/news21.jsonl); the sentences are our own.

func TestNews21Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"accusations or threats traded are accusations or threats, not cooperation; prisoners or experience traded stay as they were",
			"Литва і Білорусь обмінялися звинуваченнями через інцидент на кордоні. Депутати Іван Петренко і Петро Іваненко обмінялися погрозами в ефірі. Сторони обмінялися досвідом.",
			[]string{"ACCUSE Литва,Білорусь → ", "THREATEN Іван Петренко,Петро Іваненко → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestNews21Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a woman named by an indeclinable first name read as a genitive, right before her verb, is the subject a later вона stands for",
			"Посол Франції Анна Леблан відкинула ці аргументи. Вона нагадала, що порт атакували вже втретє.\n\nПомічниця Генерального секретаря ООН з політичних питань Агнес Сміт повідомила журналістам, що склади пошкоджено.\n\n«Кожен такий удар б'є по бідних країнах, – сказала вона. – Ціни на хліб уже зросли».",
			[]string{"Анна Леблан/нагадати/indirect: порт атакували вже втретє", "Агнес Сміт/повідомити/indirect: склади пошкоджено", "Агнес Сміт/сказати/direct: Кожен такий удар б'є по бідних країнах", "Агнес Сміт/сказати/direct: Ціни на хліб уже зросли"}},
		{"the same with a title and a genitive tail before the name",
			"Посол Франції Анна Леблан відкинула ці аргументи. Вона нагадала, що порт атакували вже втретє.\n\nЗаступниця Верховного комісара ООН з прав людини Доріс Вебер повідомила журналістам, що школи закрито.\n\n«Діти навчаються в підвалах», – сказала вона.",
			[]string{"Анна Леблан/нагадати/indirect: порт атакували вже втретє", "Доріс Вебер/повідомити/indirect: школи закрито", "Доріс Вебер/сказати/direct: Діти навчаються в підвалах"}},
		{"an acronym right after a past verb whose subject opens the clause is its object, not whose words follow; after a verb with no subject before it, it is the subject",
			"Голова ОВА Іван Петренко подякував ЄБРР і партнерам за кредит. За його словами, ремонт завершать до весни.\n\nРаніше про підозру повідомило НАБУ. За його даними, посадовець отримав хабар.",
			[]string{"Іван Петренко/за словами/indirect: ремонт завершать до весни", "НАБУ/за даними/indirect: посадовець отримав хабар"}},
		{"a surname read as a bare locative after a past verb with no subject before it is that verb's subject, whom a later він stands for; after a verb with its subject it is the object",
			"Міністр оборони Борис Пісторіус закликав партнерів допомогти.\n\nКанада, як повідомив Бойлі, виділить ще 20 млн доларів. Він наголосив, що Оттава підтримає Київ.\n\nМіністр Іван Петренко подякував Бойлі за допомогу. Він наголосив, що Київ вистоїть.",
			[]string{"Бойл/повідомити/indirect: Канада виділить ще 20 млн доларів", "Бойл/наголосити/indirect: Оттава підтримає Київ", "Іван Петренко/наголосити/indirect: Київ вистоїть"}},
		{"a passive participle after its subject is the predicate of what a trailing cue tells; one set off by commas or before its noun is not",
			"Наступне засідання комісії заплановане на березень, повідомили в ОБСЄ.\n\nРішення суду оскаржене в апеляції, повідомили в прокуратурі.\n\nЗасідання, заплановане на березень, повідомили в ОБСЄ.",
			[]string{"ОБСЄ/повідомити/indirect: Наступне засідання комісії заплановане на березень", "прокуратура/повідомити/indirect: Рішення суду оскаржене в апеляції"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
