package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// second press set (testdata/gold/press2.jsonl); the sentences are our own.

func TestPress2Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a complaint with що is speech; an inspection shows a finding, a coach shows a scheme and one goes to show what came out",
			"Директор заводу Олег Бондар жалівся, що через борги уряду зупинилося будівництво. Інспекція показала, що половину труб не замінили. Тренер показав гравцям нову схему. Він поїхав до майстра показати, що вийшло. Марічка хитнула головою, показуючи, що нікого немає.",
			[]string{"Олег Бондар/жалітися/indirect: через борги уряду зупинилося будівництво", "Інспекція/показати/indirect: половину труб не замінили"}},
		{"an inquiry in the instrumental is the agent of an impersonal cue; a thing after за is not",
			"Досудовим розслідуванням встановлено, що кошти вивели на рахунки фірми. За цим фактом встановлено, що директор порушив закон.",
			[]string{"розслідування/встановити/indirect: кошти вивели на рахунки фірми"}},
		{"a line of dialogue opened by a dash after a full stop in the same paragraph is direct speech",
			"Мер Києва Віталій Кличко відвідав депо. - Ми не підвищуватимемо ціни на проїзд. Це було б надто важко для людей, - сказав Віталій Кличко.",
			[]string{"Віталій Кличко/сказати/direct: Ми не підвищуватимемо ціни на проїзд. Це було б надто важко для людей"}},
		{"a present каже opening its sentence speaks for the person named before",
			"Мер Києва Віталій Кличко приїхав на місце аварії. Каже, ремонт завершать до осені.",
			[]string{"Віталій Кличко/казати/indirect: ремонт завершать до осені"}},
		{"a present каже opening its sentence speaks for a person named by a common noun as the subject before",
			"Сторож помітив дим і викликав пожежників. Каже, горіло сіно на складі.",
			[]string{"Сторож/казати/indirect: горіло сіно на складі"}},
		{"a cue set off by commas inside the sentence with the teller after it; a chain of sources is no quote",
			"Ремонт мосту, повідомляє агентство Reuters, завершать до кінця року. Рішення ухвалили ще в травні, повідомило НАБУ, пише ЛІГА.net.",
			[]string{"Reuters/повідомляти/indirect: Ремонт мосту завершать до кінця року", "НАБУ/повідомити/indirect: Рішення ухвалили ще в травні"}},
		{"arguing after a direct quote attributes it",
			"«Люди працюють у місті, а діти вчаться в селі», — аргументує Віктор Талащук.",
			[]string{"Віктор Талащук/аргументувати/direct: Люди працюють у місті, а діти вчаться в селі"}},
		{"one who could not fail to notice something said nothing; drawing attention to it is speech",
			"У міністерстві не могли не звернути увагу на численні скарги мешканців. Президент звернув увагу на необхідність реформ.",
			[]string{"Президент/звернути/indirect: на необхідність реформ"}},
		{"unanimous in that states a conviction",
			"Депутати одностайні в тому, що закон потрібно ухвалити до кінця року.",
			[]string{"Депутати/одностайний/indirect: закон потрібно ухвалити до кінця року"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestPress2Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"guilt admitted concedes, with the object first too; not when denied, nor as a court's reason",
			"Обвинувачений Петро Коваль визнав свою вину. Підозрюваний провину визнав. Сам обвинувачений провину не визнав. Суд звільнив Івана Гнатюка від відповідальності, тому що він свою вину визнав.",
			[]string{"CONCEDE Петро Коваль → ", "CONCEDE Підозрюваний → ", "RETREAT/release Суд → Іван Гнатюк"}},
		{"a charge put to someone accuses; checking someone for a part in crimes investigates, checking roads does not",
			"Затриманому Петру Ковалю інкримінують шахрайство. Поліція перевіряє Івана Гнатюка на причетність до інших крадіжок. Інспектори перевірили якість доріг.",
			[]string{"ACCUSE  → Петро Коваль", "ACCUSE Поліція → Іван Гнатюк"}},
		{"a petition filed asks; a claim filed accuses",
			"Адвокат Петро Коваль подав до суду клопотання про зміну запобіжного заходу. Фермер Іван Гнатюк подав до суду позов проти сільради.",
			[]string{"REQUEST Петро Коваль → ", "ACCUSE Іван Гнатюк → сільрада"}},
		{"a list of infinitives asked for holds no events of its own",
			"Мешканці просили мера Ігоря Терехова перевірити забудовника, заборонити вирубку дерев у парку.",
			[]string{"REQUEST Мешканці → Ігор Терехов"}},
		{"the ask put before the verb of turning to someone",
			"З проханням підтримати громади області депутати звернулися до голови обласної ради Олександра Данильчука.",
			[]string{"REQUEST депутати → Олександр Данильчук"}},
		{"a resignation announced in a statement concedes; an article about another's resignation does not; a statement not granted is rejected",
			"Директор заводу Петро Коваль оприлюднив звернення до колективу про відставку. Журналіст Іван Гнатюк написав статтю про відставку міністра. Уряд не задовольнив заяву Коваля про відставку.",
			[]string{"CONCEDE Петро Коваль → ", "REJECT Уряд → Петро Коваль"}},
		{"a clause of time with коли and no subject shares the main clause's",
			"Податкова служба зацікавилась фірмою ще торік, коли почала перевірку її рахунків. Ігор Кіблер зустрів намісника, коли той прибув до Коломиї.",
			[]string{"ACCUSE Податкова служба → "}},
		{"a meeting after на with the other side after з, in a sentence that tells what the subject said",
			"Мер Харкова Ігор Терехов на зустрічі з представниками Світового банку повідомив, що ціни на проїзд не зростуть.",
			[]string{"CONSULT/meet Ігор Терехов → Світовий банк"}},
		{"financial support is aid",
			"Уряд Японії надасть фінансову підтримку Україні.",
			[]string{"AID Японія → Україна [future]"}},
		{"a call one is kept from making and a fraudsters' call are no talks",
			"Шахрай не дав жінці можливості зателефонувати сину. Чоловік, якому зателефонували шахраї, виявився кмітливим.",
			nil},
		{"arms thrown back reject nothing; a proposal thrown back is rejected",
			"Оленка, відкинувши руки на бортики, сповзла вглиб ванни. Президент відкинув пропозицію Росії.",
			[]string{"REJECT Президент → Росія"}},
		{"a diaspora condemns as a body",
			"Азербайджанська діаспора Полтавщини засуджує агресію Росії.",
			[]string{"ACCUSE Азербайджанська діаспора Полтавщини → Росія"}},
		{"воно stands for a body of neuter gender, never for a person",
			"Суддя Петро Коваль виніс рішення на користь забудовника. І воно буде оскаржене. Міністерство оборони закупило дрони. Воно також оштрафувало фірму «Бета».",
			[]string{"COERCE Міністерство оборони → Бета"}},
		{"the person put first and set off by a participle clause is the one detained",
			"Киянина, підозрюваного у серії крадіжок, затримали у Львові.",
			[]string{"COERCE  → киянин @Львів"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
}

func TestPress2Sources(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text string
		via        []string
	}{
		{"a press office's name holds з громадськістю",
			"Чоловіка затримали у Львові, інформує відділ зв'язків з громадськістю поліції області.",
			[]string{"відділ зв'язків з громадськістю поліції області"}},
		{"a body's head noun after its adjectives",
			"Рада ухвалила закон. Про це повідомляє інформаційне управління Верховної Ради.",
			[]string{"управління Верховної Ради"}},
		{"зазначає cites a web address, not a person",
			"Громада допомагає переселенцям, зазначає adm-pl.gov.ua. «Ми готові», зазначає Петренко.",
			[]string{"adm-pl.gov.ua"}},
		{"a role ranked by перший; the meeting where it was said with those met",
			"Ціни не зростуть. Про це 21 липня на зустрічі з представниками Світового банку повідомив перший заступник міського голови Ігор Терехов.",
			[]string{"Ігор Терехов"}},
		{"photos taken off a network are no post there",
			"Батьки просили видалити фотографії з мережі Facebook.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			if strings.Join(x.Source.Via, "|") != strings.Join(tt.via, "|") {
				t.Errorf("via %q, want %q", x.Source.Via, tt.via)
			}
		})
	}
}
