package pipeline_test

import (
	"testing"
	"time"
)

// TestS35FSignedBetween checks that a signing told with no subject of its
// own — a plural of indefinite persons (підписали, підписують,
// підпишуть) or a passive participle (був підписаний) — has the sides
// named after між as its sides, as the impersonal (підписано) has, and
// that a signer named keeps the signing.
func TestS35FSignedBetween(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"present plural, no subject",
			"Між Україною та Польщею підписують угоду про спільне виробництво боєприпасів.",
			[]string{"AGREE Україна,Польща → "}},
		{"past plural, no subject",
			"Між Україною та Польщею підписали угоду про спільне виробництво.",
			[]string{"AGREE Україна,Польща → "}},
		{"future plural",
			"Між Естонією та Латвією підпишуть угоду про кордон.",
			[]string{"AGREE Естонія,Латвія →  [future]"}},
		{"a passive participle with був",
			"Між Україною і Данією був підписаний договір про оборону.",
			[]string{"AGREE Україна,Данія → "}},
		{"concluded, plural",
			"Між Львовом і Вроцлавом уклали договір про партнерство.",
			[]string{"AGREE Львів,Вроцлав → "}},
		{"the impersonal stays as it was",
			"Між Україною і Литвою підписано меморандум про співпрацю.",
			[]string{"AGREE Україна,Литва → "}},
		{"a signer named keeps the signing",
			"Зеленський підписав угоду між Україною та Польщею.",
			[]string{"AGREE Зеленський → "}},
	}, time.Time{})
}

// TestS35FClaimedNext checks that an attack told with no doer (було
// скоєно напад, було обстріляно, здійснили напад) takes the doer the next
// sentence names by a claim — відповідальність взяти на себе, це
// зробили, стояти за нападом — and that an attack named again after one
// told (Внаслідок атаки …) or with no claim after it stays as it was.
func TestS35FClaimedNext(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"responsibility taken, the fighters of a named group after the verb",
			"На посольство було скоєно напад. Відповідальність за напад взяли на себе бойовики «Талібану».",
			[]string{"ASSAULT Талібан → "}},
		{"responsibility taken, the name right after на себе",
			"У неділю на військовий конвой було здійснено напад. Відповідальність за атаку взяла на себе «Ісламська держава».",
			[]string{"ASSAULT Ісламська держава → "}},
		{"the group before the verb",
			"У понеділок на поліцейський відділок здійснили напад. Угруповання «Аль-Шабаб» взяло на себе відповідальність за атаку.",
			[]string{"ASSAULT Аль-Шабаб → "}},
		{"це зробили, people with no name",
			"Вночі було обстріляно Херсон. За даними слідства, це зробили російські військові.",
			[]string{"ASSAULT російські військові → Херсон @Херсон"}},
		{"стоїть за нападом",
			"На конвой було скоєно напад. За нападом стоїть угруповання «Аль-Шабаб».",
			[]string{"ASSAULT Аль-Шабаб → "}},
		{"no claim after it",
			"На конвой було скоєно напад. Ніхто з військових не постраждав.",
			nil},
		{"an attack named again after one told",
			"Воїни ГУР уразили корабель. Внаслідок атаки судно затонуло. Відповідальність взяли на себе морські дрони.",
			[]string{"ASSAULT Воїни ГУР → "}},
	}, time.Time{})
}

// TestS35FMeetingPlace checks that a meeting takes the place a sentence
// sets it in: a visit phrase with an adjective before its noun or after
// the subject (під час офіційного візиту до Варшави, Кулеба під час
// візиту до Молдови), a town named in the genitive after the site in the
// locative (в центрі Варшави; not a country's: у столиці Туреччини), a
// pronoun for the meeting (Вони відбулися), and тривати.
func TestS35FMeetingPlace(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the visit phrase after the subject",
			"Кулеба під час візиту до Молдови провів переговори з Попеску.",
			[]string{"CONSULT/visit Кулеба → Молдова @Молдова", "CONSULT/meet Кулеба → Попеску @Молдова"}},
		{"an adjective before the visit's noun",
			"Під час офіційного візиту до Варшави Зеленський провів переговори з Дудою.",
			[]string{"CONSULT/visit Зеленський → Варшава @Варшава", "CONSULT/meet Зеленський → Дуда @Варшава"}},
		{"the town after the site",
			"Зеленський провів переговори з Дудою. Зустріч відбулася в президентському палаці в центрі Варшави.",
			[]string{"CONSULT/meet Зеленський → Дуда @Варшава"}},
		{"a country after the site is no place",
			"Зеленський провів переговори з Дудою. Зустріч відбулася в будівлі уряду у столиці Польщі.",
			[]string{"CONSULT/meet Зеленський → Дуда"}},
		{"a pronoun for the talks",
			"Кулеба і Бербок провели переговори. Вони відбулися у Берліні.",
			[]string{"CONSULT/meet Кулеба,Бербок →  @Берлін"}},
		{"a pronoun for a woman is none",
			"Кулеба провів зустріч з Бербок. Вона виступила у Берліні.",
			[]string{"CONSULT/meet Кулеба → Бербок"}},
		{"тривати",
			"Шмигаль провів зустріч із Туском. Переговори тривали у Варшаві понад дві години.",
			[]string{"CONSULT/meet Шмигаль → Туск @Варшава"}},
	}, time.Time{})
}

// TestS35FBodyByKind checks that a body called by its kind alone after
// its full name (з міською радою after Львівська міська рада, з обласною
// адміністрацією after Рівненська обласна державна адміністрація) is
// that body, and that with no such body or with two it stays the phrase.
func TestS35FBodyByKind(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a з-partner, the city council",
			"Львівська міська рада ухвалила бюджет. Компанія «Альфа» підписала угоду з міською радою про оренду.",
			[]string{"AGREE Альфа → Львівська міська рада"}},
		{"the administration, a word of its name left out",
			"Рівненська обласна державна адміністрація оголосила конкурс. Фонд «Відродження» уклав меморандум з обласною адміністрацією.",
			[]string{"AGREE Фонд «Відродження» → Рівненська обласна державна адміністрація"}},
		{"до, the addressee",
			"Львівська міська рада ухвалила бюджет. Уряд звернувся до міської ради.",
			[]string{"REQUEST Уряд → Львівська міська рада"}},
		{"a council of another kind",
			"Житомирська обласна рада оголосила тендер. Міністр зустрівся з міською радою.",
			[]string{"CONSULT/meet Міністр → міська рада"}},
		{"two councils fit",
			"Львівська міська рада та Житомирська міська рада ухвалили бюджет. Уряд звернувся до міської ради.",
			[]string{"REQUEST Уряд → міська рада"}},
		{"none named before",
			"Компанія «Альфа» підписала угоду з міською радою про оренду.",
			[]string{"AGREE Альфа → міська рада"}},
	}, time.Time{})
}

// TestS35FReceivedByPhrase checks that goods or money received from
// givers no name stands for (від партнерів, від благодійників) are aid
// from those people, and that the one given them with no name (клуб,
// збірна України, громада) is given as the phrase, as quotes give
// speakers; a family's help (від батьків) stays none.
func TestS35FReceivedByPhrase(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"money from partners",
			"Україна отримала від партнерів понад 9,4 млрд доларів.",
			[]string{"AID партнери → Україна"}},
		{"goods from benefactors, a community",
			"Громада отримала від благодійників новий автобус.",
			[]string{"AID благодійники → Громада"}},
		{"the adjectives of the givers",
			"Громада отримала від іноземних партнерів 10 генераторів.",
			[]string{"AID іноземні партнери → Громада"}},
		{"a club, the giver named",
			"За перемогу в турнірі клуб отримає від Української асоціації футболу 5 млн гривень.",
			[]string{"AID Українська асоціація футболу → клуб [future]"}},
		{"a team with the genitive of its country",
			"Збірна України отримала від FIE грант на 40 тисяч франків.",
			[]string{"AID FIE → Збірна України"}},
		{"a family's help",
			"Він отримав від батьків 500 гривень.",
			nil},
	}, time.Time{})
}
