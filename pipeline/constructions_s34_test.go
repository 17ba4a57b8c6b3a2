package pipeline_test

import (
	"testing"
	"time"
)

// TestS34SuspectTitled checks that the suspect told of a suspicion in the
// dative under a title that holds a body's name is the person the title
// names, not the title phrase as a second suspect.
func TestS34SuspectTitled(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a title with a body in quotation marks",
			"Детективи НАБУ повідомили про підозру ексзаступнику директора ДП «Енергоатом» Олександру Гордієнку.",
			[]string{"ACCUSE Детективи НАБУ → Олександр Гордієнко"}},
		{"a title with a plain genitive",
			"Прокурори повідомили про підозру заступнику міністра Івану Петренку.",
			[]string{"ACCUSE Прокурори → Іван Петренко"}},
		{"two untitled suspects stay phrases",
			"Прокурори повідомили про підозру начальникові відділу і першому заступникові директора УЦОЯО.",
			[]string{"ACCUSE Прокурори → начальник відділу,перший заступник директора УЦОЯО"}},
	}, time.Time{})
}

// TestS34SpeaksFor checks that kin, a lawyer, a defence or
// representatives with a person's name in the genitive after them speak
// and act themselves, not the person they are named by, while a name in
// the nominative after the genitive is the subject.
func TestS34SpeaksFor(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"the defence",
			"Захист Гордієнка заявив, що оскаржить підозру в суді.",
			[]string{"Захист Гордієнка/заявити/indirect: оскаржить підозру в суді"}},
		{"lawyers, plural",
			"Адвокати Петра Іваненка заявили, що рішення незаконне.",
			[]string{"Адвокати Петра Іваненка/заявити/indirect: рішення незаконне"}},
		{"the family",
			"Родина Іваненка заявила, що він невинний.",
			[]string{"Родина Іваненка/заявити/indirect: він невинний"}},
		{"a representative named after a place",
			"Представник Зеленського в Криму Таміла Ташева заявила, що роботи багато.",
			[]string{"Таміла Ташева/заявити/indirect: роботи багато"}},
		{"a mother named after her son",
			"Мати Петра Іваненка Олена Іваненко розповіла, що син повернувся.",
			[]string{"Олена Іваненко/розповісти/indirect: син повернувся"}},
	}, time.Time{})
	checkEvents(t, p, []construction{
		{"the defence rejects",
			"Захист Гордієнка назвав підозру безпідставною.",
			[]string{"REJECT Захист Гордієнка → "}},
		{"a lawyer accuses",
			"Адвокат Петра Іваненка звинуватив слідство у тиску.",
			[]string{"ACCUSE Адвокат Петра Іваненка → слідство"}},
		{"the family thanks",
			"Родина Іваненка подякувала волонтерам.",
			[]string{"SUPPORT Родина Іваненка → волонтери"}},
		{"a named spokesman stays himself",
			"Речник Зеленського Сергій Никифоров подякував журналістам.",
			[]string{"SUPPORT Сергій Никифоров → журналісти"}},
	}, time.Time{})
}

// TestS34CalledShameful checks that calling an act or a decision shameful,
// cynical or unfriendly accuses whoever did it, while a ruling called
// unlawful stays no event.
func TestS34CalledShameful(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a position called cynical",
			"Міністр закордонних справ Польщі Радослав Сікорський назвав позицію Москви цинічною.",
			[]string{"ACCUSE Радослав Сікорський → Москва"}},
		{"a decision called shameful, in quotation marks",
			"Президент Федерації фехтування України Ігор Ріжко назвав рішення EFC «ганебним».",
			[]string{"ACCUSE Ігор Ріжко → EFC"}},
		{"an unfriendly step",
			"Речниця МЗС Росії Марія Захарова назвала рішення Кишинева «недружнім кроком».",
			[]string{"ACCUSE Марія Захарова → Кишинів"}},
		{"a ruling called unlawful is no event",
			"Адвокат Петро Коваль назвав рішення суду незаконним.",
			nil},
	}, time.Time{})
}

// TestS34Thanked checks whom thanks go to when the text does not say it
// in a dative the tagger reads: the other sides of the talk the thanker
// just took part in, and a masculine noun in -у read as a genitive.
func TestS34Thanked(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"thanks after a call",
			"Президент Франції Емманюель Макрон провів телефонну розмову з Президентом України Володимиром Зеленським. Зеленський поінформував партнера про ситуацію на фронті та подякував за новий пакет допомоги.",
			[]string{"CONSULT/phone Емманюель Макрон → Володимир Зеленський", "SUPPORT Володимир Зеленський → Емманюель Макрон"}},
		{"thanks after a visit stay unaddressed",
			"Прем'єр-міністр Юлія Свириденко прибула до Берліна. Вона подякувала за підтримку.",
			[]string{"CONSULT/visit Юлія Свириденко → Берлін @Берлін", "SUPPORT Юлія Свириденко → "}},
		{"фонду read as a genitive",
			"Міністр фінансів Максим Гнатюк подякував фонду за підтримку.",
			[]string{"SUPPORT Максим Гнатюк → фонд"}},
		{"a genitive after another verb stays",
			"Міністр фінансів Максим Гнатюк підтримав ідею уряду.",
			[]string{"SUPPORT Максим Гнатюк → "}},
	}, time.Time{})
}

// TestS34BodyBeforeInverted checks that a body or a capital opening the
// clause in the locative before a plural verb is its subject, not an
// indeclinable name after the verb, which is its object.
func TestS34BodyBeforeInverted(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a ministry thanks",
			"У МЗС подякували ОАЕ за допомогу.",
			[]string{"SUPPORT МЗС → ОАЕ"}},
		{"a capital accuses",
			"У Кремлі звинуватили США у провокації.",
			[]string{"ACCUSE Кремль → США"}},
		{"a place where the sides meet stays a place",
			"У Києві зустрілися Зеленський і Макрон.",
			[]string{"CONSULT/meet Зеленський,Макрон →  @Київ"}},
	}, time.Time{})
}

// TestS34InitialPair checks that both sides of a pair opening the
// sentence with an acronym act.
func TestS34InitialPair(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"ЄС і США",
			"ЄС і США запровадили санкції проти Росії.",
			[]string{"SANCTION ЄС,США → Росія"}},
		{"ЄБРР і Японія",
			"ЄБРР і Японія підписали угоду про грант.",
			[]string{"AGREE ЄБРР,Японія → "}},
	}, time.Time{})
}

// TestS34FreedByCountry checks that people named by their country, freed
// by a state, are released, and that a firm's dismissal is none.
func TestS34FreedByCountry(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"three Ukrainians",
			"Росія звільнила трьох українців.",
			[]string{"RETREAT/release Росія → троє українців"}},
		{"a named Ukrainian",
			"Білорусь звільнила українця Миколу Шевченка.",
			[]string{"RETREAT/release Білорусь → Микола Шевченко"}},
		{"civilians",
			"Росія звільнила 15 цивільних.",
			[]string{"RETREAT/release Росія → 15 цивільних"}},
		{"dismissed from a post: no release (COERCE: session 42's convention)",
			"Компанія звільнила трьох українців з посади.",
			[]string{"COERCE Компанія → троє українців"}},
	}, time.Time{})
}

// TestS34GoodsReceived checks that goods received from a named giver are
// aid, as money so received is, and that a thing of another kind is not.
func TestS34GoodsReceived(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a Patriot system",
			"Україна отримала від Німеччини ще одну систему Patriot.",
			[]string{"AID Німеччина → Україна"}},
		{"fighter jets",
			"Україна отримала від Данії винищувачі F-16.",
			[]string{"AID Данія → Україна"}},
		{"a package of recommendations",
			"Україна отримала від ЄС пакет рекомендацій.",
			nil},
	}, time.Time{})
}

// TestS34BodyByNoun checks that a body named by its noun alone in the
// locative opening the clause of a plural verb acts, when no name stands
// for it, and that a refusal to comment is no event.
func TestS34BodyByNoun(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the mayor's office rejects",
			"У мерії звинувачення відкинули.",
			[]string{"REJECT мерія → "}},
		{"a company denies",
			"У компанії свою провину заперечують.",
			[]string{"REJECT компанія → "}},
		{"not a place in a list",
			"Під час обшуків у кабінетах та в офісі постачальника вилучено документи.",
			nil},
		{"no comment",
			"У «Газпромі» відмовилися коментувати позов.",
			nil},
		{"no comment, the object first",
			"Петрук звільнення коментувати відмовився.",
			nil},
	}, time.Time{})
}

// TestS34CalledProvocation checks that calling something a provocation
// accuses, that a seat of power in the locative speaks the word quoted,
// not the name that owns the object, and that a fronted object does not
// run into the subject's phrase.
func TestS34CalledProvocation(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"У Кремлі … назвали «…»",
			"У Кремлі візит Рютте назвали «провокацією».",
			[]string{"Кремль/назвати/direct: провокацією"}},
	}, time.Time{})
	checkEvents(t, p, []construction{
		{"a provocation",
			"Пєсков назвав візит Рютте «провокацією».",
			[]string{"ACCUSE Пєсков → Рютте"}},
		{"the mayor rejects, the charges put first",
			"Мер міста звинувачення відкинув.",
			[]string{"REJECT Мер міста → "}},
		{"a phrase before a reflexive verb stays whole",
			"Автор заяви звернувся до суду.",
			[]string{"ACCUSE Автор заяви → "}},
	}, time.Time{})
}

// TestS34PartnerWith checks the partner after з: a body named by its
// common noun that an agreement is made with, and a name in Latin letters
// the tagger gives no case, alone or after its kind's noun.
func TestS34PartnerWith(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a council by its noun",
			"ТОВ «Альфа» уклало з міською радою договір.",
			[]string{"AGREE ТОВ «Альфа» → міська рада"}},
		{"a Latin name",
			"Україна підписала угоду з Boeing.",
			[]string{"AGREE Україна → Boeing"}},
		{"a Latin name after its kind",
			"Нафтогаз провів переговори з керівництвом енергетичної компанії Uniper.",
			[]string{"CONSULT/meet Нафтогаз → Uniper"}},
		{"a Latin word far down the phrase",
			"Лікарня уклала угоду з ФОП Іванишен на закупівлю респіраторів із клапаном та рівнем захисту FFP3.",
			[]string{"AGREE Лікарня → ФОП Іванишен"}},
	}, time.Time{})
}
