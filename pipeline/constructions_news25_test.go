package pipeline_test

import (
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// Constructions of regional news (news25): the sentences are our own.

func TestNews25Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"там after a body told in the locative is that body",
			"У пресслужбі комбінату пояснили, що замовлення скоротилися. Там запевняють, що зарплати не затримуватимуть.",
			[]string{"пресслужба комбінату/пояснити/indirect: замовлення скоротилися", "пресслужба комбінату/запевняти/indirect: зарплати не затримуватимуть"}},
		{"там after a paper told in the locative is no speaker",
			"У листі міністерства зазначили, що кошти є. Там наголосили, що виплати будуть.",
			[]string{"лист міністерства/зазначити/indirect: кошти є"}},
		{"a group speaks as a whole, past a relative clause",
			"Ініціативна група, яку очолює Степан Лісовий, заявила, що мешканці готові до переговорів.",
			[]string{"Ініціативна група/заявити/indirect: мешканці готові до переговорів"}},
		{"what one complained of with на and a noun alone is a grievance, no words said (session 42, TestS42GComplaints)",
			"Фермери поскаржилися на низькі закупівельні ціни на молоко.",
			nil},
		{"an adverb against the one the content opens with keeps the content whole; а також is the speaker's next act",
			"Сусід розповів, що вдень бачив незнайомців, а вночі почув шум двигуна. Депутат заявив, що вчора голосував проти, а також попросив перерахувати голоси.",
			[]string{"Сусід/розповісти/indirect: вдень бачив незнайомців, а вночі почув шум двигуна", "Депутат/заявити/indirect: вчора голосував проти"}},
		{"a participle for a person with its object after it speaks",
			"Потерпілий Степан Лісовий отримав травму. Підсудний провину визнав і сказав, що не бачив пішохода.",
			[]string{"Підсудний/сказати/indirect: не бачив пішохода"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestNews25Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a slogan's verb is no one's: the demand is the protesters'",
			"Мешканці тримали транспаранти «Ми проти забудови» і вимагали скасувати рішення.",
			[]string{"REQUEST Мешканці → "}},
		{"an admission with its object fronted; a partial one is none",
			"Підсудний провину визнав повністю. Затриманий провину визнав частково.",
			[]string{"CONCEDE Підсудний → "}},
		{"cargo for those named is relief; cargo for export is trade",
			"Волонтери доставили на фронт черговий вантаж для 92-ї бригади. Потяг доставив до порту вантаж для експорту.",
			[]string{"AID Волонтери → 92-га бригада"}},
		{"a crew arriving at the scene visits no one; a minister arriving in a town does",
			"На місце прибули три відділення пожежної частини. Міністр прибув до Рівного з робочим візитом.",
			[]string{"CONSULT/visit Міністр → Рівне @Рівне"}},
		{"property returned to its owner is a return; land allotted to a body is none",
			"Викрадений мотоцикл повернули власнику. Ділянку відвели міському управлінню.",
			[]string{"RETREAT  → власник"}},
		{"a number's adjective is no quantity: the person found guilty (the phrase as written, as for people counted)",
			"Суд визнав винним 52-річного водія.",
			[]string{"ACCUSE Суд → 52-річного водія"}},
		{"outrage voiced in a direct quote accuses no one",
			"«Я тут прожив усе життя», – обурюється пан Степан із Дубровиці.",
			nil},
		{"a strike held out if a demand is not met is a threat",
			"Якщо борги не погасять, шахтарі проведуть страйк. Шахтарі проведуть страйк у понеділок.",
			[]string{"THREATEN шахтарі → ", "PROTEST Шахтарі →  [future]"}},
		{"a warning of what follows a demand not met is a threat; a warning of the weather is none",
			"Профспілка попередила, що в разі невиконання вимог працівники зупинять цех. Синоптики попередили, що в разі похолодання дороги стануть слизькими.",
			[]string{"THREATEN Профспілка → "}},
		{"thanks sent or recorded; a song recorded is none",
			"Бійці записали відеозвернення зі словами подяки. Співачка записала пісню.",
			[]string{"SUPPORT Бійці → "}},
		{"a group acts as a whole; created as an object it is no subject",
			"Ініціативна група попередила, що в разі відмови мешканці перекриють дорогу. Присутні створили ініціативну групу і звертатимуться до голови області.",
			[]string{"THREATEN Ініціативна група → ", "REQUEST Присутні →  [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestNews25SceneDay(t *testing.T) {
	p := load(t)
	dated := func(x *vistka.Extraction, ev vistka.Event) string { return eventString(x, ev) + " #" + ev.Date }
	tests := []construction{
		{"a sentence opening with a day sets it for the next one in its paragraph",
			"У вівторок біля сільради зібралися батьки учнів. Люди вимагали не закривати школу.",
			[]string{"REQUEST Люди →  #2026-03-17"}},
		{"not across a paragraph, nor over a date of its own",
			"У вівторок біля сільради зібралися батьки учнів.\n\nЛюди вимагали не закривати школу.",
			[]string{"REQUEST Люди →  #"}},
		{"not after a sentence that tells a dated act of its own",
			"У вівторок Україна і Польща підписали угоду про співпрацю. Міністр Олег Ткач подякував партнерам.",
			[]string{"AGREE Україна,Польща →  #2026-03-17", "SUPPORT Олег Ткач → партнери #"}},
	}
	checkEventsAs(t, p, tests, time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC), dated)
}
