package pipeline_test

import (
	"testing"
	"time"
)

// TestS56VCensusTriggers holds session 56's triggers of the cooperative
// types that the census (TestCensusS56V) found the lexicon without, each
// tested on sentences of our own that are not census cases.
func TestS56VCensusTriggers(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a side taken supports",
			"Естонія стала на бік Фінляндії у суперечці щодо кордону. Верховний суд став на бік фермера Івана Гнатюка.",
			[]string{"SUPPORT Естонія → Фінляндія", "SUPPORT Верховний суд → Іван Гнатюк"}},
		{"support spoken up for, and a contribution praised",
			"Профспілки виступили на підтримку вчительки Ганни Кравець. Мер Львова відзначив внесок Богдана Мельника у відбудову школи.",
			[]string{"SUPPORT Профспілки → Ганна Кравець", "SUPPORT Мер Львова → Богдан Мельник"}},
		{"a concession made, and terms eased",
			"Уряд Литви зробив поступку аграріям. Уряд Чехії пом'якшив умови працевлаштування для українців.",
			[]string{"CONCEDE Литва → аграрії", "CONCEDE Чехія → українці"}},
		{"a contribution made is aid",
			"Канада зробила внесок до фонду підтримки України.",
			[]string{"AID Канада → "}},
		{"a treaty extended is agreed",
			"Молдова і Румунія продовжили угоду про вантажні перевезення.",
			[]string{"AGREE Молдова,Румунія → "}},
		{"a partnership or joint work begun",
			"Укрпошта розпочала партнерство з компанією Meest. Прикордонна служба налагодила взаємодію з поліцією Молдови.",
			[]string{"COOPERATE Укрпошта → Meest", "COOPERATE Прикордонна служба → "}},
		{"a contribution to a cause is no aid",
			"Ректор зробив внесок у розвиток університету.",
			nil},
	}, time.Time{})
}

// TestS56VEasedAndShared holds the sides of the census's eased rules and
// shared acts: those the rules are eased for after для or до, and those
// stood by or worked with after з.
func TestS56VEasedAndShared(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"rules eased for a state or for people",
			"Угорщина послабила санкції для Білорусі. Мінфін пом'якшив умови для підприємців.",
			[]string{"CONCEDE Угорщина → Білорусь", "CONCEDE Мінфін → підприємці"}},
		{"solidarity with people, by the noun and by the verb",
			"Мер Вінниці висловив солідарність з польськими рятувальниками. Фермери солідаризувалися з водіями.",
			[]string{"SUPPORT Мер Вінниці → польські рятувальники", "SUPPORT Фермери → водії"}},
		{"solidarity with the people of a place",
			"Прем'єр-міністр Литви висловив солідарність з жителями Одеси.",
			[]string{"SUPPORT Прем'єр-міністр Литви → жителі Одеси"}},
		{"joint work set up with people",
			"Державна прикордонна служба налагодила взаємодію з волонтерами.",
			[]string{"COOPERATE Державна прикордонна служба → волонтери"}},
	}, time.Time{})
}

// TestS56VPutOff holds visits and talks called off (negation) or put off
// (future), and a trip with no host named, which is none.
func TestS56VPutOff(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a visit called off",
			"Прем'єр-міністр Словаччини Роберт Фіцо скасував візит до Києва.",
			[]string{"CONSULT/visit Роберт Фіцо → Київ @Київ [negation]"}},
		{"a meeting put off",
			"Президент Литви відклав зустріч з Віктором Орбаном.",
			[]string{"CONSULT/meet Президент Литви → Віктор Орбан [future]"}},
		{"a workers' trip called off names no host",
			"Компанія скасувала поїздку працівників на море.",
			nil},
	}, time.Time{})
}

// TestS56VShipped holds goods shipped to a state, aid as goods supplied
// are, and a plant's sale shipped, which is none.
func TestS56VShipped(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"goods shipped to a state",
			"Литва відвантажила Молдові 20 генераторів.",
			[]string{"AID Литва → Молдова"}},
		{"a plant's goods shipped to buyers",
			"Завод відвантажив покупцям 300 тонн сталі.",
			nil},
	}, time.Time{})
}

// TestS56VMeritOwner holds praise of someone's work or merit: the people
// whose work it is, named by a common noun in the genitive, are praised.
func TestS56VMeritOwner(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"high praise of people's courage and skill",
			"Міністр високо оцінив мужність українців. Генерал високо оцінив професіоналізм українських пілотів.",
			[]string{"SUPPORT Міністр → українці", "SUPPORT Генерал → українські пілоти"}},
		{"a contribution of people noted",
			"Посол відзначила внесок польських волонтерів у відбудову.",
			[]string{"SUPPORT Посол → польські волонтери"}},
	}, time.Time{})
}

// TestS56VLifted holds measures lifted from a state or from people
// named after з, tariffs cut and an easing announced.
func TestS56VLifted(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"sanctions lifted from a state and from people",
			"Канада зняла санкції з Вірменії. Британія зняла обмеження з двох казахських банкірів.",
			[]string{"CONCEDE Канада → Вірменія", "CONCEDE Британія → двоє казахських банкірів"}},
		{"tariffs cut for producers; a bank's rate cut is none",
			"Індія знизила мита для американських фермерів. Нацбанк знизив облікову ставку.",
			[]string{"CONCEDE Індія → американські фермери"}},
		{"an easing announced",
			"Уряд Польщі оголосив послаблення правил в'їзду.",
			[]string{"CONCEDE Польща → "}},
	}, time.Time{})
}

// TestS56VJointWork holds joint production begun, a joint project
// carried out and farmers pooling their work (COOPERATE), and a plant's
// own production begun, which is none.
func TestS56VJointWork(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"joint production begun; a plant's own is none",
			"Польща і Литва розпочали спільне виробництво снарядів. Завод розпочав виробництво дронів.",
			[]string{"COOPERATE Польща,Литва → "}},
		{"a joint project carried out",
			"Харків і Брно втілили спільний проєкт.",
			[]string{"COOPERATE Харків,Брно → "}},
		{"farmers pooling their work",
			"Аграрії Черкащини кооперуються для збуту зерна.",
			[]string{"COOPERATE Аграрії Черкащини → "}},
	}, time.Time{})
}
