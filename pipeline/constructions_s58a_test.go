package pipeline_test

import (
	"testing"
	"time"
)

// TestS58AManagement: a firm's or a plant's management (керівництво,
// дирекція) and a trade-union committee (профком) act as bodies, and the
// genitive after the management, or a caseless abbreviation there, is
// whose it is, also after від in a demand.
func TestS58AManagement(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a management signs, its firm's genitive kept",
			"Керівництво агрохолдингу підписало колективний договір.",
			[]string{"AGREE Керівництво агрохолдингу → "}},
		{"a plant's directorate rejects",
			"Дирекція комбінату відхилила вимоги профспілки.",
			[]string{"REJECT Дирекція комбінату → профспілка"}},
		{"a trade-union committee appeals",
			"Профком звернувся до міського голови з проханням погасити борги.",
			[]string{"REQUEST Профком → міський голова"}},
		{"a demand made of a mine's management",
			"Гірники вимагають від керівництва шахти погасити борги.",
			[]string{"REQUEST Гірники → керівництво шахти"}},
		{"a management named by an abbreviation after it",
			"Депутат звинуватив керівництво КП у безгосподарності.",
			[]string{"ACCUSE Депутат → керівництво КП"}},
	}, time.Time{})
}

// TestS58AJoinedNameAdjectives: a name joined by і or та after the first
// subject keeps its own adjectives before it (сусідня Польща, польський
// Люблін), and both names are the plural verb's subjects.
func TestS58AJoinedNameAdjectives(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a town and an adjective of country before its twin",
			"Харків та польський Люблін підписали угоду про партнерство.",
			[]string{"AGREE Харків,Люблін → "}},
		{"a country and a neighbour named with an adjective",
			"Україна та сусідня Польща підписали угоду про працевлаштування.",
			[]string{"AGREE Україна,Польща → "}},
	}, time.Time{})
}

// TestS58AFrontedFine: the one a fine is laid on, put first after на
// (На X наклали штраф, накладено штраф), is the one fined, as the
// sanctioned of "На Іран накладено санкції" are; a place after на is not.
func TestS58AFrontedFine(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a person by a common noun, impersonal -но",
			"На директора автопарку накладено штраф за порушення правил охорони праці.",
			[]string{"COERCE  → директор автопарку"}},
		{"a named firm after its legal form, third plural",
			"На ПП «Зерносвіт» наклали штраф за неоформлених працівників.",
			[]string{"COERCE  → ПП «Зерносвіт»"}},
		{"the inspectorate named after the verb",
			"На ТОВ «Будмайстер» Держпраці наклала стягнення.",
			[]string{"COERCE Держпраці → ТОВ «Будмайстер»"}},
		{"a place after на is no one fined",
			"На території ринку накладено штраф.",
			nil},
	}, time.Time{})
}

// TestS58AImpersonalProtest: a strike or a hunger strike begun or
// declared in an impersonal form (розпочато, оголошено) is done by the
// people named in the genitive after the noun, as when the noun stands
// alone ("Розпочався страйк гірників").
func TestS58AImpersonalProtest(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a strike begun, -но",
			"Розпочато страйк водіїв тролейбусів.",
			[]string{"PROTEST водії тролейбусів → "}},
		{"a hunger strike declared, -но",
			"Оголошено голодування працівників лісгоспу.",
			[]string{"PROTEST працівники лісгоспу → "}},
		{"a strike with no one named is none",
			"Оголошено страйк.",
			nil},
	}, time.Time{})
}

// TestS58ASocialTransfers: a subvention or a grant-in-aid (субвенція,
// дотація) allotted or given to those named is aid, as a subsidy is;
// payments kept up (продовжити, подовжити виплати) are aid as payments
// begun are; and a cost covered for people put first keeps them past
// the genitives that tell which (фермерам Полтавщини компенсують).
func TestS58ASocialTransfers(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a subvention allotted to communities",
			"Кабмін виділив субвенцію громадам Сумщини.",
			[]string{"AID Кабмін → громади Сумщини"}},
		{"a grant-in-aid given to farmers",
			"Обласна рада надала дотацію молочним фермерам.",
			[]string{"AID Обласна рада → молочні фермери"}},
		{"payments kept up for displaced people",
			"Міністерство продовжило виплати переселенцям із Херсонщини.",
			[]string{"AID Міністерство → переселенці"}},
		{"a cost covered for people put first with an adjective and a genitive",
			"Власникам пошкоджених осель відшкодовують вартість ремонту.",
			[]string{"AID  → власники пошкоджених осель"}},
		{"a subvention's size is no event",
			"Субвенція на харчування школярів становить 2 млрд гривень.",
			nil},
	}, time.Time{})
}

// TestS58APaymentReceived: a social payment received by people the
// sentence counts is aid to them even when no payer is named (the payer
// is often told in another sentence); people counted after the verb
// keep their count, an abbreviated scale too (1,3 млн, 370 тис.), and
// households are counted as people are. With no one counted it stays
// none (a rule told).
func TestS58APaymentReceived(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a top-up received by teachers counted with тис.",
			"Щомісячну доплату отримають понад 25 тис. освітян.",
			[]string{"AID  → понад 25 тис. освітян [future]"}},
		{"compensation received by people counted with млн",
			"Компенсацію за зруйноване житло отримали 1,1 млн власників.",
			[]string{"AID  → 1,1 млн власників"}},
		{"a subsidy received by households",
			"Субсидію на тепло отримали 800 тисяч домогосподарств.",
			[]string{"AID  → 800 тисяч домогосподарств"}},
		{"a payment received by people not counted: a rule told, none",
			"Ветерани Кіровоградщини отримають виплату до Дня Незалежності.",
			nil},
		{"a payment received, no one named",
			"Виплату отримали вчасно.",
			nil},
		{"a pension got as a rule, a statistic",
			"Кожен п'ятий пенсіонер отримує пенсію, меншу за 5 тисяч гривень.",
			nil},
	}, time.Time{})
}

// TestS58AFrontedGiver: aid put before its verb of receiving names its
// giver after від right after the noun, in the same clause.
func TestS58AFrontedGiver(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"help from a UN agency, received by children counted",
			"Допомогу від ПРООН отримали 400 дітей Ізюма.",
			[]string{"AID ПРООН → 400 дітей"}},
		{"compensation from a firm, received by consumers counted, future",
			"Компенсацію від Укренерго отримають 500 споживачів.",
			[]string{"AID Укренерго → 500 споживачів [future]"}},
	}, time.Time{})
}

// TestS58AWorkforce: the workers of a workplace named by its kind
// (завод, шахта) act for themselves when they strike or sue, while the
// staff of an authority still act for it.
func TestS58AWorkforce(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a plant's workers strike",
			"Працівники Запорізького титано-магнієвого комбінату оголосили страйк.",
			[]string{"PROTEST Працівники Запорізького титано-магнієвого комбінату → "}},
		{"a plant's workers sue",
			"Працівники Криворізького гірничо-збагачувального комбінату подали позов до суду.",
			[]string{"ACCUSE Працівники Криворізького гірничо-збагачувального комбінату → "}},
		{"an authority's staff act for it",
			"Співробітники Держпраці оштрафували власника магазину.",
			[]string{"COERCE Держпраці → власник магазину"}},
	}, time.Time{})
}

// TestS58AFundingRaised: funding raised, resumed or kept up for one the
// clause names is aid to it; raised for a field, no one named, is none.
func TestS58AFundingRaised(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"funding raised for a hospital in the genitive, future",
			"Обласна рада збільшить фінансування Рівненської дитячої лікарні.",
			[]string{"AID Обласна рада → Рівненська дитяча лікарня [future]"}},
		{"funding resumed for schools in the dative",
			"Міністерство відновило фінансування школам Херсонщини.",
			[]string{"AID Міністерство → школи Херсонщини"}},
		{"funding raised for a field is none",
			"Уряд збільшив фінансування охорони здоров'я.",
			nil},
	}, time.Time{})
}

// TestS58APeopleOwnerFirst: an act's noun put first with the people whose
// act it is in the genitive (Пропозицію мешканців відхилила рада) makes
// them the one the verb is done to, as a name there does.
func TestS58APeopleOwnerFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a proposal of residents rejected",
			"Пропозицію мешканців відхилила селищна рада.",
			[]string{"REJECT селищна рада → мешканці"}},
		{"an initiative of teachers of a town supported",
			"Ініціативу педагогів Ужгорода підтримала міська рада.",
			[]string{"SUPPORT міська рада → педагоги Ужгорода"}},
	}, time.Time{})
}

// TestS58ANumberedName: a name that ends in its number (ліцею №5, школи
// № 12) is in the case of the noun it opens with: in the genitive it is
// whose people they are, not the subject.
func TestS58ANumberedName(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"parents of a numbered lyceum's pupils ask",
			"Батьки учнів Київського ліцею №17 попросили міську раду не закривати заклад.",
			[]string{"REQUEST Батьки учнів Київського ліцею №17 → міська рада"}},
		{"teachers of a numbered gymnasium appeal",
			"Вчителі Житомирської гімназії №3 звернулися до мера.",
			[]string{"REQUEST Вчителі Житомирської гімназії №3 → мер"}},
		{"a numbered lyceum in the nominative is the subject",
			"Київський ліцей №17 отримав від громади автобус.",
			[]string{"AID громада → Київський ліцей №17"}},
	}, time.Time{})
}
