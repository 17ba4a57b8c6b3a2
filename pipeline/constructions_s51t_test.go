package pipeline_test

import (
	"slices"
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// Titles on the desks the entity golds have least of (health, culture,
// sport, business, agriculture, courts, the church), session 51; the
// sentences are our own.

func TestEntityTitleDesks(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, person string
		want               []string // titles the person must have
		not                []string // titles the person must not have
	}{
		// a job noun VESUM lists, with no agent suffix, before the name
		{"a surgeon", "Операцію провів хірург Андрій Гаврилюк.",
			"Андрій Гаврилюк", []string{"хірург"}, nil},
		{"an agronomist", "Агроном Василина Кравчук радить сіяти пізніше.",
			"Василина Кравчук", []string{"агроном"}, nil},
		{"a farmer in the agrarian sense", "Аграрій Остап Гнатів зібрав рекордний урожай гречки.",
			"Остап Гнатів", []string{"аграрій"}, nil},
		{"a Cossack of a story is no office", "Про козака Самійла Дзвінчука в селі співали пісень.",
			"Самійло Дзвінчук", nil, []string{"козак"}},
		// an apposition after the name the tagger gave no title span
		{"an owner after the name", "Олесь Мирончук, власник мережі пекарень «Хлібодар», відкрив ще дві крамниці.",
			"Олесь Мирончук", []string{"власник мережі пекарень «Хлібодар»"}, nil},
		{"a co-owner after the name at the sentence end", "Нову ферму показав Богдан Ярош, співвласник агрохолдингу.",
			"Богдан Ярош", []string{"співвласник агрохолдингу"}, nil},
		{"a former employee, in the instrumental", "Слідчі поговорили з Іваном Дзюбою, колишнім співробітником обласної лікарні.",
			"Іван Дзюба", []string{"колишній співробітник обласної лікарні"}, nil},
		{"a shop assistant in a story", "Мар'яна, продавчиня з кіоску, принесла газети.",
			"Мар'яна", []string{"продавчиня"}, nil},
		{"the noun after a parenthesis opens the next clause", "Як пояснив Остап Дрозд, регулятор був змушений підняти ставку.",
			"Остап Дрозд", nil, []string{"регулятор"}},
		{"the title after a cue's parenthesis is the next clause's subject", "Як розповів Остап Дрозд, співвласник фабрики, який керує нею з 2019 року, підписав контракт.",
			"Остап Дрозд", nil, []string{"співвласник фабрики"}},
		{"a friend after the name is no title", "Допомогла Оксана Литвиненко, приятелька їхньої родини.",
			"Оксана Литвиненко", nil, []string{"приятелька їхньої родини", "приятелька"}},
		// a name in Latin letters the tagger typed MISC after the head
		{"a service in Latin letters after the head", "Оператор купив Uklon торік, а тепер запускає доставку через Uklon. Генеральний директор Uklon Роман Мисак уточнив, що доставка почне роботу в березні.",
			"Роман Мисак", []string{"генеральний директор Uklon"}, nil},
		{"a praise adjective stays out of the title", "Його поставив Остап Шевчук, геніальний український режисер.",
			"Остап Шевчук", []string{"український режисер"}, []string{"геніальний український режисер"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			checkTitles(t, x, tt.person, tt.want, tt.not)
		})
	}
}

func TestEntityRoleBodyKind(t *testing.T) {
	p := load(t)
	tests := []struct{ name, text, role, person string }{
		{"the head of a university is the head of the виш",
			"Ректорка Полтавського університету Ірина Мельник відкрила новий корпус. Очільниця вишу подякувала донорам.",
			"Очільниця вишу", "Ірина Мельник"},
		{"the director of a lyceum is the head of the заклад",
			"Директорка Бучанського ліцею Оксана Коваль розповіла про укриття. Очільниця закладу додала, що навчання триватиме.",
			"Очільниця закладу", "Оксана Коваль"},
		{"the director of a museum is the head of the заклад",
			"Директор Рівненського краєзнавчого музею Петро Гнатюк показав нову експозицію. Керівник закладу розповів, що виставка триватиме до весни.",
			"Керівник закладу", "Петро Гнатюк"},
		{"the head of a broadcaster's board is the head of the мовник",
			"Голова правління Громадського телебачення Андрій Кулик виступив на форумі. Очільник мовника нагадав, що канал працює цілодобово.",
			"Очільник мовника", "Андрій Кулик"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			e := entityByName(x, tt.person)
			if e == nil {
				t.Fatalf("no entity %q", tt.person)
			}
			if !slices.ContainsFunc(e.Mentions, func(m vistka.Mention) bool { return m.Text == tt.role }) {
				t.Errorf("mentions of %s: %+v, want %q", tt.person, e.Mentions, tt.role)
			}
		})
	}
}
