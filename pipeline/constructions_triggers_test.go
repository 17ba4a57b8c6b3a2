package pipeline_test

import (
	"testing"
	"time"
)

// Triggers added to widen the event lexicon (PLOVER types, both aspects
// where both are common); the sentences are our own.

func TestTriggerAssault(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"territory occupied is taken by force",
			"Російські війська окупували Херсон у березні. Мешканці тимчасово окупованих територій отримають виплати.",
			[]string{"ASSAULT Російські війська → Херсон @Херсон"}},
		{"a village, a tanker seized; a market seized is none",
			"Росіяни захопили село Кліщіївка. Пірати захопили танкер. Компанія захопила ринок.",
			[]string{"ASSAULT Росіяни → Кліщіївка @Кліщіївка", "ASSAULT Пірати → "}},
		{"a dam blown up; trust undermined is none",
			"Окупанти підірвали Каховську ГЕС. Ця заява підірвала довіру до уряду.",
			[]string{"ASSAULT Окупанти → Каховська ГЕС"}},
		{"an invasion",
			"Росія вторглася в Україну у 2022 році.",
			[]string{"ASSAULT Росія → Україна @Україна"}},
		{"people wounded by forces; by a driver is none",
			"Російські війська поранили трьох мирних жителів Херсона. Водій поранив пішохода.",
			[]string{"ASSAULT Російські війська → Херсон @Херсон"}},
		{"torture",
			"Окупанти катували мешканців Бучі.",
			[]string{"ASSAULT Окупанти → мешканці Бучі"}},
		{"a commander killed; a firm wound up is none",
			"Українські військові ліквідували командира російської бригади. Уряд ліквідував державне підприємство.",
			[]string{"ASSAULT Українські військові → "}},
		{"captives and hostages taken",
			"Росіяни взяли в полон двох українських військових. Бойовики взяли в заручники 40 людей.",
			[]string{"COERCE Росіяни → двоє українських військових", "ASSAULT Бойовики → 40 людей"}},
		{"a headline's second clause after a colon is no object of the first",
			"На Полтавщині підірвали колію під вантажним потягом: СБУ затримала підозрюваного",
			[]string{"COERCE СБУ → підозрюваний"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestTriggerCoerce(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a search, as обшук is",
			"Слідчі обшукали будинок депутата Петра Сидоренка.",
			[]string{"COERCE Слідчі → Петро Сидоренко"}},
		{"jailed, interned",
			"Росія ув'язнила журналіста Євгена Гершковича. Білорусь інтернувала трьох українців.",
			[]string{"COERCE Росія → Євген Гершкович", "COERCE Білорусь → троє українців"}},
		{"a punishment done; one wondered about is none",
			"Суд покарав депутата Петра Сидоренка штрафом. Чи не покарає їх за це Бог?",
			[]string{"COERCE Суд → Петро Сидоренко"}},
		{"money seized; an item taken off an agenda is none",
			"Поліція вилучила у підозрюваного 40 тис. доларів. Депутати вилучили питання з порядку денного.",
			[]string{"COERCE Поліція → підозрюваний"}},
		{"citizenship and a licence taken away",
			"Росія позбавила громадянства журналіста Івана Петренка. Регулятор позбавив ліцензії банк «Альфа».",
			[]string{"COERCE Росія → Іван Петренко", "COERCE Регулятор → Альфа"}},
		{"persecution of journalists; of a goal is none",
			"Влада Білорусі переслідує журналістів. Компанія переслідує свою мету.",
			[]string{"COERCE Білорусь → "}},
		{"property nationalised, people intimidated",
			"Росія націоналізувала активи компанії Danone. Росія залякує мешканців окупованих територій.",
			[]string{"COERCE Росія → ", "COERCE Росія → мешканці окупованих територій"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestTriggerSanctionConcedeRetreat(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"sanctions eased",
			"Угорщина пом'якшила санкції проти Росії. ЄС послабив обмеження для українських перевізників.",
			[]string{"CONCEDE Угорщина → ", "CONCEDE ЄС → українські перевізники"}},
		{"cooperation and funding cut off",
			"Німеччина припинила співпрацю з Росією. США припинили фінансування програми.",
			[]string{"SANCTION Німеччина → Росія", "SANCTION США → "}},
		{"a decision's infinitive after a protest verb is not the protesters'",
			"Тисячі людей вийшли на площу, протестуючи проти рішення уряду припинити фінансування програми.",
			[]string{"PROTEST Тисячі людей → "}},
		{"one's own membership kept is no sanction",
			"Петро Бондаренко не припиняє членства в партії.",
			nil},
		{"a treaty renounced",
			"Україна денонсувала угоду з Росією.",
			[]string{"SANCTION Україна → Росія"}},
		{"surrender",
			"Російські військові здалися в полон. Японія капітулювала.",
			[]string{"RETREAT Російські військові → ", "RETREAT Японія → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestTriggerOthers(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an apology (optional CONCEDE in the gold)",
			"Президент Франції Еммануель Макрон вибачився перед Україною. Міністр Петро Іваненко попросив вибачення у мешканців Києва.",
			[]string{"CONCEDE Еммануель Макрон → Україна", "CONCEDE Петро Іваненко → "}},
		{"condemnation and reproach",
			"Прем'єр-міністр Польщі Дональд Туск осудив напад на посольство. Міністр дорікнув депутатам за бездіяльність.",
			[]string{"ACCUSE Дональд Туск → ", "ACCUSE Міністр → депутати"}},
		{"gratitude voiced, support affirmed",
			"Посол висловив вдячність уряду Японії за допомогу. Міністр засвідчив підтримку Україні.",
			[]string{"SUPPORT Посол → Японія", "SUPPORT Міністр → Україна"}},
		{"a call and a visit",
			"Зеленський зідзвонився з Макроном. Депутат Петро Сидоренко завітав до Києва. Глядачі завітали на виставку.",
			[]string{"CONSULT/phone Зеленський → Макрон", "CONSULT/visit Петро Сидоренко → Київ @Київ"}},
		{"a hunger strike",
			"Шахтарі оголосили голодування.",
			[]string{"PROTEST Шахтарі → "}},
		{"mobilisation announced, troops readied",
			"Росія оголосила мобілізацію. Білорусь привела війська у бойову готовність.",
			[]string{"MOBILIZE Росія → ", "MOBILIZE Білорусь → війська"}},
		{"prisoners exchanged; joint work",
			"Україна та Росія обміняли 95 полонених. Україна та Польща взаємодіють у сфері безпеки.",
			[]string{"RETREAT/release Україна,Росія → 95 полонених", "COOPERATE Україна,Польща → "}},
		{"the second of two infinitives asked for, past the first one's long object",
			"Гутерреш закликав припинити вогонь з 20 грудня до 19 січня та обміняти всіх полонених.",
			[]string{"REQUEST Гутерреш → "}},
		{"a demand or a ruling ignored",
			"Уряд проігнорував вимоги профспілок. Міністр проігнорував журналістів.",
			[]string{"REJECT Уряд → профспілки"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestTriggerDiplomacy(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a guest flown in visits; a missile that flies in is no visit",
			"Прем'єр-міністр Польщі Дональд Туск прилетів до Києва. Російська ракета прилетіла у житловий будинок. У будинок прилетіла ракета.",
			[]string{"CONSULT/visit Дональд Туск → Київ @Київ"}},
		{"a text agreed between sides; one side's approval is none",
			"Україна та Польща узгодили текст угоди. Уряд узгодив з МВФ нову програму. Громада Кірового узгодила перейменування села.",
			[]string{"AGREE Україна,Польща → ", "AGREE Уряд → МВФ"}},
		{"a treaty joined",
			"Молдова приєдналася до угоди про спільний авіаційний простір.",
			[]string{"AGREE Молдова → "}},
		{"asylum given",
			"Канада надала притулок трьом журналістам. Притулок для тварин отримав нове приміщення.",
			[]string{"AID Канада → троє журналістів"}},
		{"talks named перемовини",
			"Україна та Туреччина провели перемовини в Анкарі.",
			[]string{"CONSULT/meet Україна,Туреччина →  @Анкара"}},
		{"sanctions extended, widened, tightened; restrictions let lapse are none",
			"ЄС продовжив санкції проти Росії на пів року. США розширили санкції проти Росії. Британія посилила санкції проти Ірану. Торік Єврокомісія не продовжила обмеження на імпорт.",
			[]string{"SANCTION ЄС → Росія", "SANCTION США → Росія", "SANCTION Британія → Іран"}},
		{"drones downed",
			"Сили ППО знешкодили 50 дронів.",
			[]string{"ASSAULT Сили ППО → "}},
		{"a march",
			"Тисячі людей вийшли на марш у Тбілісі.",
			[]string{"PROTEST Тисячі людей →  @Тбілісі"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestTriggerMore(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"solidarity, shelter, blackmail",
			"Польські фермери солідаризувалися з українськими колегами. Польща прихистила мільйон українських біженців. Росія шантажує Європу газом.",
			[]string{"SUPPORT Польські фермери → українські колеги", "AID Польща → ", "THREATEN Росія → Європа"}},
		{"a terror attack committed",
			"Росія вчинила теракт у Краматорську.",
			[]string{"ASSAULT Росія →  @Краматорськ"}},
		// Apart from the one above: its town would be the story's.
		{"an assault and a cyberattack committed",
			"Невідомі вчинили напад на журналіста Петра Іваненка. Угруповання Sandworm здійснило кібератаку на Київстар.",
			[]string{"ASSAULT Невідомі → ", "ASSAULT Sandworm → Київстар"}},
		{"a ceasefire declared; one asked for is the request alone",
			"Росія оголосила перемир'я на Великдень. Волц закликав Москву погодитися на перемир'я.",
			[]string{"RETREAT Росія → ", "REQUEST Волц → Москва"}},
		{"concessions, a defeat owned",
			"Уряд пішов на поступки фермерам. Кандидат Петро Іваненко визнав поразку на виборах.",
			[]string{"CONCEDE Уряд → фермери", "CONCEDE Петро Іваненко → "}},
		{"positions given up; a city left is none",
			"Українські військові залишили позиції під Авдіївкою. Він залишив Київ у 2014 році.",
			[]string{"RETREAT Українські військові →  @Авдіївка"}},
		{"efforts joined",
			"Поліція об'єднала зусилля з прокуратурою.",
			[]string{"COOPERATE Поліція → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestTriggerAgreeMobilize(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an agreement reached; a record reached is none",
			"Україна та Польща досягли домовленості щодо транзиту зерна. Україна та Польща дійшли згоди щодо тарифів. Компанія досягла рекордного прибутку.",
			[]string{"AGREE Україна,Польща → ", "AGREE Україна,Польща → "}},
		{"troops brought in, moved, weapons stationed; explosives placed are none",
			"Польща ввела війська на кордон з Білоруссю. Росія перекинула до кордону 20 тисяч військових. Білорусь розмістила на своїй території російську ядерну зброю. Окупанти розмістили на станції вибухівку та важку військову техніку.",
			[]string{"MOBILIZE Польща → ", "MOBILIZE Росія → ", "MOBILIZE Білорусь → "}},
		{"military exercises of one side are a show of force; joint ones cooperate; a school's training is none",
			"Росія провела навчання ядерних сил. Білорусь провела військові навчання біля кордону. Україна та Польща провели спільні військові навчання. Школа провела навчання для вчителів.",
			[]string{"MOBILIZE Росія → ", "MOBILIZE Білорусь → ", "COOPERATE Україна,Польща → "}},
		{"relief brought, as доставити",
			"Конвой ООН доправив до Херсона гуманітарну допомогу. Швидка доправила постраждалого до лікарні.",
			[]string{"AID Конвой ООН → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestTriggerForceAndSpeech(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"bombing and shelling in other words",
			"Російська авіація бомбила Алеппо. Ворог гатив по Херсону з артилерії.",
			[]string{"ASSAULT Російська авіація → Алеппо @Алеппо", "ASSAULT Ворог → Херсон @Херсон"}},
		{"a village liberated is a battle won; a dismissal and a room vacated are not",
			"ЗСУ звільнили село Роботине. Президент звільнив міністра. Суд зобов'язав фірму звільнити приміщення.",
			[]string{"ASSAULT ЗСУ → Роботине @Роботине", "COERCE Суд → фірма"}},
		{"a channel and a church shut, sites blocked; a kitchen closed is none",
			"Влада Грузії закрила опозиційний телеканал. Окупанти закрили храм у Бердянську. СБУ заблокувала 500 сайтів. Ресторан закрив кухню.",
			[]string{"COERCE Грузія → ", "COERCE Окупанти →  @Бердянськ", "COERCE СБУ → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestTriggerCourtsAndExpulsions(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"custody and bail",
			"Суд відправив під варту колишнього мера Петра Іваненка. Суд звільнив під заставу Петра Сидоренка.",
			[]string{"COERCE Суд → Петро Іваненко", "RETREAT/release Суд → Петро Сидоренко"}},
		{"an indictment sent to court",
			"Прокуратура направила до суду обвинувальний акт щодо депутата.",
			[]string{"ACCUSE Прокуратура → депутат"}},
		{"sanctions applied; a power to apply them is none",
			"РНБО застосувала санкції до 50 фізичних осіб. Комісія отримує право приймати рішення, застосовувати санкції щодо таких суб'єктів.",
			[]string{"SANCTION РНБО → "}},
		{"diplomats expelled, prisoners executed",
			"Литва видворила трьох російських дипломатів. Російські військові стратили українських полонених.",
			[]string{"SANCTION Литва → троє російських дипломатів", "ASSAULT Російські військові → українські полонені"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestTriggerAidGiven(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"materiel sent or supplied to a country",
			"Канада надішле Україні бронетехніку. Швеція постачатиме Україні ППО. Міністр надіслав Україні листа.",
			[]string{"AID Канада → Україна [future]", "AID Швеція → Україна [future]"}},
		{"money donated; a life given is none",
			"Литва пожертвувала Україні 10 млн євро. Солдат пожертвував життям заради побратимів.",
			[]string{"AID Литва → Україна"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestTriggerDemandsAndWarnings(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"insisting on an act demands it; on one's innocence is none",
			"Угорщина наполягає на скасуванні санкцій. Кулеба наполіг на посиленні санкцій. Обвинувачений наполягає на своїй невинуватості.",
			[]string{"REQUEST Угорщина → ", "REQUEST Кулеба → "}},
		{"a veto in the perfective",
			"Угорщина заветувала рішення ЄС.",
			[]string{"REJECT Угорщина → ЄС"}},
		{"consequences warned of to someone named threaten; a forecast's warning is none",
			"Кремль попередив Захід про наслідки. Синоптики попередили про наслідки негоди.",
			[]string{"THREATEN Кремль → Захід"}},
		{"gathered for a rally; for a session is none",
			"Тисячі людей зібралися на мітинг у Тбілісі. Депутати зібралися на засідання.",
			[]string{"PROTEST Тисячі людей →  @Тбілісі"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestTriggerCooperationOutrage(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"cooperation strengthened, widened, kept up",
			"Україна та Польща зміцнюють співпрацю в енергетиці. Україна та НАТО розширили співпрацю. Литва продовжить співпрацю з Україною.",
			[]string{"COOPERATE Україна,Польща → ", "COOPERATE Україна,НАТО → ", "COOPERATE Литва → Україна [future]"}},
		{"outrage at someone named; at a price is none",
			"Угорщина обурилася заявами Києва. Глядачі обурилися ціною квитків.",
			[]string{"ACCUSE Угорщина → Київ"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestTriggerCutsAndExtradition(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a terror attack committed",
			"Росія скоїла теракт у Краматорську.",
			[]string{"ASSAULT Росія →  @Краматорськ"}},
		{"an extradition",
			"Польща екстрадувала до України підозрюваного Петра Іваненка.",
			[]string{"COERCE Польща → "}},
		{"aid cut or suspended; costs and staff cut are none",
			"США скоротили допомогу Україні. США призупинили постачання зброї Україні. Компанія скоротила витрати. Уряд скоротив 500 працівників.",
			[]string{"SANCTION США → Україна", "SANCTION США → Україна"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestTriggerConsultations(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a statute joined",
			"Україна приєдналася до Римського статуту.",
			[]string{"AGREE Україна → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}
