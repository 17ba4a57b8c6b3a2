package source

import (
	"strings"

	"github.com/vistka/vistka/internal/scan"
)

// outlet is a news outlet whose name may be inflected in the text.
type outlet struct {
	name string // the name in the nominative, as the outlet writes it
	// self is true for the Ukrainian outlets that name themselves in their
	// own reports ("передає Укрінформ"), so that such a phrase names the
	// publisher rather than a source.
	self bool
	// service is true for a foreign broadcaster whose Ukrainian service
	// writes its own news under the mother brand (BBC, DW): named as the
	// one told something ("розповів Бі-Бі-Сі експерт …") or recalling an
	// earlier report ("Як писала DW, …"), it is the text's own, as a
	// self outlet is; elsewhere it is cited.
	service bool
}

// role is what naming o in a text makes it: the publisher for a
// Ukrainian outlet that names itself in its reports, a cited source for
// the rest.
func (o *outlet) role() string {
	if o.self {
		return RolePublisher
	}
	return RoleVia
}

// outlets maps each lower-cased form, words joined by one space, to its
// outlet. maxOutletWords is the longest form in words.
var outlets = map[string]*outlet{}

const maxOutletWords = 4

// outletHeads holds the first word of each form of outlets: outletAt
// reads no words whose first is not one of them. headSieve holds them
// too, for opensOutlet, which asks about every word: most it stops with
// no lookup.
var (
	outletHeads = map[string]bool{}
	headSieve   scan.Sieve
)

// gates turns on outletAt's test of the first word; a variable for the
// test that compares it with the plain lookup.
var gates = true

func init() {
	add := func(name string, self bool, forms string) {
		o := &outlet{name: name, self: self}
		outlets[strings.ToLower(name)] = o
		for _, f := range strings.Split(forms, "|") {
			if f = strings.TrimSpace(f); f != "" {
				outlets[f] = o
			}
		}
	}
	// "Українська правда" and its sisters decline as adjective + noun.
	pravda := func(name, adj string) {
		stem := strings.TrimSuffix(adj, "а")
		add(name, true, strings.Join([]string{
			adj + " правда", stem + "ої правди", stem + "ій правді", stem + "у правду", stem + "ою правдою",
		}, "|"))
	}
	add("Укрінформ", true, "укрінформ|укрінформу|укрінформом|укрінформі|ukrinform|ukrinform.ua")
	add("УНІАН", true, "уніан|unian")
	add("УНН", true, "унн")
	add("Інтерфакс-Україна", true, "інтерфакс-україна|інтерфакс-україни|інтерфакс-україні|інтерфакс-україну|інтерфаксу-україна|interfax-ukraine")
	add("Інтерфакс", false, "інтерфакс|інтерфаксу|інтерфаксом|інтерфаксі|interfax")
	pravda("Українська правда", "українська")
	pravda("Економічна правда", "економічна")
	pravda("Європейська правда", "європейська")
	add("Дзеркало тижня", true, "дзеркало тижня|дзеркала тижня|дзеркалу тижня|дзеркалі тижня|zn.ua")
	add("Суспільне", true, "суспільне|суспільного|суспільному|суспільним|суспільне новини")
	add("Громадське", true, "громадське|громадського|громадському|громадським|hromadske")
	add("РБК-Україна", true, "рбк-україна|рбк-україни|рбк-україні|рбк-україну")
	add("НВ", true, "нв|nv|nv.ua")
	add("Главком", true, "главком|главкому|главкомом|главкомі")
	add("ТСН", true, "тсн|tsn.ua|тсн.ua")
	// The Ukrainian service of the BBC writes its own news, as Радіо
	// Свобода does; "BBC" alone is the British broadcaster, cited.
	add("BBC News Україна", true, "bbc news україна|bbc україна|бі-бі-сі україна|bbc ukrainian")
	add("Радіо Свобода", true, "радіо свобода|радіо свободи|радіо свободі|радіо свободу")
	add("24 Канал", true, "24 канал|24 каналу|24 каналі|24 каналом")
	add("Еспресо", true, "еспресо")
	add("ЛІГА.net", true, "ліга.net|liga.net|ліга.нет")
	add("LB.ua", true, "lb.ua|лб.юа")
	add("Цензор.НЕТ", true, "цензор.нет|цензор.net|censor.net")
	add("Новинарня", true, "новинарня|новинарні|новинарню")
	add("Наші гроші", true, "наші гроші|наших грошей|нашим грошам|нашими грошима")
	add("Bihus.Info", true, "bihus.info|бігус.інфо")
	add("Слідство.Інфо", true, "слідство.інфо|слідства.інфо|слідству.інфо|слідством.інфо")
	add("Forbes Україна", true, "forbes україна|forbes ukraine|forbes.ua")
	// a business outlet whose Latin name alone does not tell it from a
	// foreign agency in a "Джерело:" line
	add("Mind", true, "mind|mind.ua")
	add("Слово і діло", true, "слово і діло|слова і діла|слову і ділу|словом і ділом|слові і ділі|slovoidilo.ua")
	// Голос Америки has a Ukrainian service that writes its own news,
	// as Радіо Свобода does: "в інтерв'ю Голосу Америки" in its text is
	// its own interview.
	add("Голос Америки", true, "голос америки|голосу америки|голосом америки")
	// the Polish radio's Ukrainian service, by the name it writes its
	// news under (sources2); "Польське радіо" alone stays unknown
	add("Польське радіо для України", true, "польське радіо для україни|польського радіо для україни|польському радіо для україни")
	add("Reuters", false, "reuters|рейтер|рейтерс|рейтера")
	add("Bloomberg", false, "bloomberg|блумберг|блумберга|блумбергу|бльомберг|бльомберга|бльомбергу")
	add("Associated Press", false, "associated press|ap|ассошіейтед прес|ассошіейтед пресс|асошіейтед прес|асошіейтед пресс")
	add("AFP", false, "afp|франс прес|франс-прес|франс пресс|франс-пресс")
	add("BBC", false, "bbc|бі-бі-сі|бі бі сі")
	add("CNN", false, "cnn|сі-ен-ен")
	add("Deutsche Welle", false, "deutsche welle|dw|дойче веле|дойче велле|німецька хвиля|німецької хвилі")
	// The BBC and DW write in Ukrainian too (see outlet.service).
	outlets["bbc"].service, outlets["deutsche welle"].service = true, true
	// Foreign outlets the world-news columns retell (news36): a cited
	// source wherever they stand, as Reuters is.
	add("Politico", false, "politico|політико")
	add("Al Jazeera", false, "al jazeera|аль-джазіра|аль-джазіри|аль-джазірою|аль-джазірі")
	add("PAP", false, "pap|польське агентство преси|польського агентства преси|польському агентству преси|польським агентством преси")
	add("Polsat News", false, "polsat news|polsat")
	add("Сіньхуа", false, "сіньхуа|синьхуа|xinhua")
	add("Anadolu", false, "anadolu|анадолу")
	// The agencies the foreign-news desk retells from Asia, the
	// Caucasus, the Gulf and Europe (news40): Azerbaijan's APA, Qatar's
	// QNA, Japan's Kyodo, Korea's Yonhap, Kazakhstan's Kazinform and
	// Azattyq, Germany's DPA, Finland's Yle.
	add("APA", false, "apa")
	add("QNA", false, "qna")
	add("Kyodo", false, "kyodo|кіодо|кьодо")
	add("Yonhap", false, "yonhap|йонхап|йонгап")
	add("Kazinform", false, "kazinform|казінформ")
	add("Azattyq", false, "azattyq|азаттик")
	add("DPA", false, "dpa|дпа")
	add("Yle", false, "yle")
	// The papers, agencies and broadcasters the foreign desk retells from
	// America, Europe, Russia and Africa (news60): cited wherever they
	// stand, as Reuters is.
	add("The Wall Street Journal", false, "the wall street journal|wall street journal|wsj")
	add("Financial Times", false, "financial times|файненшл таймс|файненшел таймс|файнешнл таймс")
	add("Handelsblatt", false, "handelsblatt|хандельсблатт")
	add("Les Echos", false, "les echos")
	add("ERR", false, "err")
	add("Tanjug", false, "tanjug|танюг")
	add("ТАСС", false, "тасс|tass")
	add("Premium Times", false, "premium times")
	// The foreign papers the desks retell most, as the papers' own names
	// and in the Ukrainian spelling some outlets print (session 56).
	add("The New York Times", false, "the new york times|new york times|нью-йорк таймс")
	add("The Washington Post", false, "the washington post|washington post|вашингтон пост")
	add("The Guardian", false, "the guardian|гардіан")
	add("ЗМІ", false, "змі")
	for form := range outlets {
		first, _, _ := strings.Cut(form, " ")
		outletHeads[first] = true
		headSieve.Add(first)
	}
}

// hosts maps the web sites of outlets to their names.
var hosts = map[string]string{
	"ukrinform.ua": "Укрінформ", "ukrinform.net": "Укрінформ", "unian.ua": "УНІАН", "unian.net": "УНІАН",
	"unn.ua": "УНН", "unn.com.ua": "УНН", "interfax.com.ua": "Інтерфакс-Україна", "pravda.com.ua": "Українська правда",
	"epravda.com.ua": "Економічна правда", "eurointegration.com.ua": "Європейська правда", "zn.ua": "Дзеркало тижня",
	"dt.ua": "Дзеркало тижня", "suspilne.media": "Суспільне", "hromadske.ua": "Громадське", "rbc.ua": "РБК-Україна",
	"nv.ua": "НВ", "glavcom.ua": "Главком", "tsn.ua": "ТСН", "radiosvoboda.org": "Радіо Свобода", "24tv.ua": "24 Канал",
	"espreso.tv": "Еспресо", "liga.net": "ЛІГА.net", "lb.ua": "LB.ua", "censor.net": "Цензор.НЕТ", "novynarnia.com": "Новинарня",
	"nashigroshi.org": "Наші гроші", "forbes.ua": "Forbes Україна",
	"slovoidilo.ua": "Слово і діло", "mind.ua": "Mind",
}

// siteOutlet returns the outlet a site (a host name or a URL) belongs
// to, or "".
func siteOutlet(site string) string {
	site = strings.ToLower(strings.TrimSpace(site))
	if i := strings.Index(site, "://"); i >= 0 {
		site = site[i+3:]
	}
	if i := strings.IndexAny(site, "/:?#"); i >= 0 {
		site = site[:i]
	}
	for site != "" {
		if name, ok := hosts[site]; ok {
			return name
		}
		i := strings.IndexByte(site, '.')
		if i < 0 {
			break
		}
		site = site[i+1:]
	}
	if o := outlets[site]; o != nil {
		return o.name
	}
	return ""
}

// lookupOutlet returns the outlet whose form is the words joined by
// spaces, or nil. They are joined in a buffer on the stack, which the
// lookup reads without a copy, as outletAt does.
func lookupOutlet(words []string) *outlet {
	var buf [64]byte
	b := buf[:0]
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return outlets[string(b)]
}

// IsOutlet reports whether name, in any case and with or without its
// quotation marks, is a news outlet the package knows: "Укрінформ",
// "«Української правди»", "Reuters".
//
// The pipeline asks about every short line (see untaggedOutlets), and
// most are no outlet: the tokens and the words stay on the stack, and a
// name whose first word opens no outlet's form is none.
func IsOutlet(name string) bool {
	var tb [32]token
	var wb [maxOutletWords + 1]string
	words := wb[:0]
	upper := false // the last word is capitalised, after a space only
	sym := false   // a mark stands after the words so far
	for _, t := range appendLex(tb[:0], name) {
		if t.kind != word {
			sym = len(words) > 0
			continue
		}
		if len(words) == maxOutletWords+1 {
			return false // more words than an outlet's edition has
		}
		words = append(words, t.text)
		// ("Наші гроші.\nЛьвів" is no edition)
		upper = t.upper && !sym && t.gap != gapNewline && t.gap != gapNone
	}
	if len(words) == 0 || !outletHeads[words[0]] {
		return false
	}
	if len(words) <= maxOutletWords && lookupOutlet(words) != nil {
		return true
	}
	// A regional or topical edition of an outlet that writes its own
	// news: "Суспільне Одеса", "Суспільне Спорт".
	o := lookupOutlet(words[:len(words)-1])
	return len(words) > 1 && upper && o != nil && o.self
}

// OutletBase returns the nominative of name when name is another case of
// a news outlet the package knows, written with the same words
// ("Нашим грошам" → "Наші гроші", "Української правди" → "Українська
// правда", "Слідства.Інфо" → "Слідство.Інфо", "Суспільному Одеса" →
// "Суспільне Одеса"), and "" otherwise: for a name in its base form
// already, for one that is no outlet, and for another name of an outlet
// (ZN.UA, Рейтер), which stays as the text writes it.
func OutletBase(name string) string {
	if !IsOutlet(name) {
		return "" // (first: the pipeline asks about every span's name, and most are none)
	}
	var words []string
	last := ""
	for _, t := range lex(name) {
		if t.kind == word {
			words = append(words, t.text)
			last = name[t.bs:t.be]
		}
	}
	if len(words) == 0 || len(words) > maxOutletWords+1 {
		return ""
	}
	edition := ""
	o := lookupOutlet(words)
	if o == nil || len(words) > maxOutletWords {
		o, edition = lookupOutlet(words[:len(words)-1]), last
		words = words[:len(words)-1]
	}
	if o == nil {
		return ""
	}
	// the words of the name as the text writes them, in order, with their
	// marks: the name of the outlet must have as many, each starting as
	// the text's does
	nom := o.name
	var noms []string
	for _, t := range lex(nom) {
		if t.kind == word {
			noms = append(noms, t.text)
		}
	}
	if len(noms) != len(words) {
		return ""
	}
	for i, w := range words {
		a, b := []rune(scan.ToLower(w)), []rune(scan.ToLower(noms[i]))
		k := min(3, len(b))
		if len(a) < k || string(a[:k]) != string(b[:k]) {
			return ""
		}
	}
	if edition != "" {
		nom += " " + edition
	}
	if nom == name {
		return ""
	}
	return nom
}

// heads maps the case forms of the nouns that head a source phrase —
// "пресслужбу МЗС", "сайті президента", "Генштабу ЗСУ" — to the
// nominative. The phrase keeps the words after the head as written.
var heads = map[string]string{}

func init() {
	for _, e := range []struct{ nom, forms string }{
		{"пресслужба", "пресслужба пресслужби пресслужбу пресслужбі пресслужбою"},
		{"прес-служба", "прес-служба прес-служби прес-службу прес-службі прес-службою"},
		{"прес-центр", "прес-центр прес-центру прес-центрі прес-центром"},
		{"пресцентр", "пресцентр пресцентру пресцентрі пресцентром"},
		{"сайт", "сайт сайту сайті сайтом"},
		{"сторінка", "сторінка сторінки сторінку сторінці сторінкою"},
		{"повідомлення", "повідомлення повідомленні повідомленням"},
		{"звіт", "звіт звіту звіті"},
		{"пресреліз", "пресреліз пресрелізу пресрелізі пресрелізом"}, // "йдеться в пресрелізі фонду"
		{"текст", "текст тексту тексті"},                             // "з посиланням на текст указу"
		{"прес-реліз", "прес-реліз прес-релізу прес-релізі прес-релізом"},
		{"доповідь", "доповідь доповіді"},
		{"декларація", "декларація декларації декларацію"},              // "йдеться у підсумковій декларації саміту"
		{"зведення", "зведення зведенні зведенням"},                     // "йдеться у ранковому зведенні Генштабу"
		{"розпорядження", "розпорядження розпорядженні розпорядженням"}, // "йдеться у розпорядженні КМДА"
		// a ruling where it is told, "Про це йдеться у рішенні суду від
		// 18 листопада", "в ухвалі суду", or cited, "з посиланням на
		// рішення комітету" (see headPhrase)
		{"рішення", "рішенні рішення рішеннях"}, {"ухвала", "ухвалі ухвалу ухвали"}, {"постанова", "постанові постанову"},
		{"вирок", "вироку"}, // "Про це йдеться у вироку суду"
		// a review where it is told: "Про це йдеться в щоденному огляді
		// британської розвідки"
		{"огляд", "огляді"},
		// a draft where it is told: "Про це йдеться в проєкті
		// розпорядження Кабміну"
		{"проєкт", "проєкті"}, {"проект", "проекті"},
		// an audit's report where it is told: "Про це йдеться в акті
		// ревізії Північного офісу Держаудитслужби"
		{"акт", "акті"},
		// a paper where it is told, "Про це йдеться в обґрунтуванні
		// закупівлі", "у листі Міністерства юстиції", "в дослідженні
		// «…»", "у висновку Рахункової палати"; read as the rulings are
		// (see headPhrase)
		{"обґрунтування", "обґрунтуванні"}, {"обгрунтування", "обгрунтуванні"}, {"лист", "листі лист"},
		{"дослідження", "дослідженні"}, {"висновок", "висновку"},
		{"заява", "заява заяви заяву заяві заявою"},
		// "з посиланням на звернення президента", "у дописі міністра"
		{"звернення", "звернення зверненні зверненням"},
		{"відеозвернення", "відеозвернення відеозверненні відеозверненням"},
		{"допис", "допис допису дописі"},
		// a body's reply to a request: "йдеться у відповіді департаменту
		// на запит …"
		{"відповідь", "відповіді"},
		// minutes where it is told: "Про це йдеться в протоколі засідання"
		{"протокол", "протокол протоколу протоколі"},
		// papers a report cites: "з посиланням на внутрішні документи
		// Бундесверу", "на листування Єврокомісії" (the adjective before
		// the head dropped, as before звіт)
		{"документи", "документи документах"}, {"документ", "документ документа документі"},
		{"листування", "листування листуванні"},
		// a firm's schedules cited: "з посиланням на графіки компанії «…»"
		{"графіки", "графіки графіків графіках"},
		{"джерело", "джерело джерелу джерелі джерелом"},
		{"джерела", "джерела джерел джерелами джерелах"},
		{"міністерство", "міністерство міністерства міністерству міністерстві міністерством"},
		{"офіс", "офіс офісу офісі офісом"},
		{"посольство", "посольство посольства посольству посольстві"},
		{"уряд", "уряд уряду уряді"},
		{"відомство", "відомство відомства відомстві"},
		{"штаб", "штаб штабу штабі"},
		{"генштаб", "генштаб генштабу генштабі"},
		{"кабмін", "кабмін кабміну кабміні"},
		{"мінфін", "мінфін мінфіну мінфіні"},
		{"нацбанк", "нацбанк нацбанку нацбанці"},
		{"держстат", "держстат держстату"},
		{"пентагон", "пентагон пентагону пентагоні"},
		{"кремль", "кремль кремля кремлі"},
		{"канал", "канал каналу каналі"},
		{"телеграм-канал", "телеграм-канал телеграм-каналу телеграм-каналі"},
		{"telegram-канал", "telegram-канал telegram-каналу telegram-каналі"},
		{"служба", "служба служби службу службі"},
		{"департамент", "департамент департаменту департаменті"},
		{"сектор", "сектор сектору сектора секторі"},
		{"відділ", "відділ відділу відділі"},
		{"управління", "управління"},
		{"прокуратура", "прокуратура прокуратури прокуратуру прокуратурі"},
		// a council by its short name: "повідомили в міськраді", "з
		// посиланням на облраду"
		{"міськрада", "міськрада міськради міськраду міськраді"},
		{"облрада", "облрада облради облраду облраді"},
		{"райрада", "райрада райради райраду райраді"},
		// a council by its adjectives alone: "повідомили в міській раді",
		// "уточнили в обласній раді"
		{"рада", "рада ради раду раді"},
		{"поліція", "поліція поліції поліцію"},
		{"адміністрація", "адміністрація адміністрації адміністрацію"},
		{"канцелярія", "канцелярія канцелярії канцелярію"}, // канцелярія прем'єр-міністра Ізраїлю
		{"секретаріат", "секретаріат секретаріату секретаріаті"},
		// unions and associations, named by their kind and members: "Про
		// це УНІАН повідомили в обласній асоціації фермерів"
		{"асоціація", "асоціація асоціації асоціацію"},
		// a centre or an institute as the subject of a source line, by
		// its kind, whose it is and its name in quotation marks: "Про це
		// написав Центр медіа розслідувань «Прозоро»" (the nominative
		// only: "у центрі міста" is where, not a body)
		{"центр", "центр"}, {"інститут", "інститут"},
		{"спілка", "спілка спілки спілку спілці"},
		{"федерація", "федерація федерації федерацію"},
		{"агентство", "агентство агентства агентству агентстві"},
		{"агенція", "агенція агенції агенцію"},
		{"видання", "видання виданню"},
		{"газета", "газета газети газету газеті"},
		{"телеканал", "телеканал телеканалу телеканалі"},
	} {
		for _, f := range strings.Fields(e.forms) {
			heads[f] = e.nom
		}
	}
}

// descriptor reports the nouns that only say what kind of outlet a name
// is: "агентства Reuters" is Reuters.
func descriptor(w string) bool {
	return scan.HasAnyPrefix(w, "агентств", "агенці", "інформагентств", "видання", "виданн", "газет", "телеканал", "радіостанці",
		"журнал", "портал", "інтернет-видан", "онлайн-видан", "ресурс", "медіа", "інформаційн", "телеграм-канал",
		"telegram-канал", "мовник", "таблоїд", "сайт", "телерадіокомпані", "телекомпані", "радіокомпані",
		"систем")
}

// newsKind reports the descriptors that say a name is a news outlet's:
// агентство, видання, газета, телеканал (not a site, a resource or a
// channel in a network, which bodies have too).
func newsKind(w string) bool {
	if scan.HasAnyPrefix(w, "сайт", "ресурс", "систем", "телеграм", "telegram", "медіа") {
		return false
	}
	return descriptor(w)
}

// foreignAdjective reports the adjectives of a foreign or a world
// outlet's kind: російське видання, британська газета, західні ЗМІ.
func foreignAdjective(w string) bool {
	return scan.HasAnyPrefix(w, "російськ", "британськ", "американськ", "німецьк", "французьк", "польськ", "італійськ",
		"іспанськ", "японськ", "китайськ", "турецьк", "ізраїльськ", "канадськ", "угорськ", "білоруськ", "австрійськ",
		"чеськ", "словацьк", "румунськ", "литовськ", "латвійськ", "естонськ", "грузинськ", "молдовськ", "швейцарськ",
		"шведськ", "норвезьк", "фінськ", "данськ", "нідерландськ", "бельгійськ", "грецьк", "казахськ", "арабськ",
		"катарськ", "іранськ", "корейськ", "індійськ", "австралійськ", "західн", "іноземн", "закордонн", "міжнародн",
		"світов", "європейськ", "кремлівськ", "пропагандистськ", "провладн")
}

// firmKind reports the words for a kind of firm that may stand before its
// name: компанія, корпорація, концерн, холдинг, in any case.
func firmKind(w string) bool {
	return scan.HasAnyPrefix(w, "компані", "корпораці", "концерн", "холдинг")
}

// adjective reports the lower-case adjectives that may stand before a
// descriptor: британське видання, американська газета.
func adjective(w string) bool {
	for _, s := range [...]string{"ське", "ська", "ського", "ської", "ському", "ській", "ську", "цьке", "цька", "цького",
		"цької", "ове", "ова", "ового", "ової", "ий", "а", "е", "ого", "ої", "ому", "ій", "у", "ні", "не", "на"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+4 {
			return true
		}
	}
	return false
}

// stopWord reports words that end a source phrase: conjunctions,
// prepositions, pronouns and common verbs of saying.
func stopWord(w string) bool {
	switch w {
	case "що", "і", "й", "та", "а", "але", "як", "які", "який", "яка", "яке", "про", "щодо", "після", "через",
		"під", "у", "в", "на", "з", "із", "зі", "до", "за", "від", "по", "при", "для", "не", "це", "цей", "ця",
		"сказав", "заявив", "повідомив", "зазначив", "написав", "додав", "наголосив", "розповів", "пояснив",
		"повідомляє", "передає", "пише", "інформує", "також", "зокрема", "вже", "ще", "нині", "сьогодні",
		"все", "усе", "всі", "усі", "там", "тут", "він", "вона", "воно", "вони", "його", "її", "їх", "нібито",
		"начебто", "мовляв", "теж", "лише", "тільки", "навіть", "саме", "цього", "цієї", "цих",
		"вчора", "учора", "напередодні", "вранці", "уранці", "зранку", "ввечері", "увечері", "вночі", "уночі",
		"раніше", "нещодавно":
		return true
	}
	return scan.HasAnySuffix(w, "ється", "ються", "ують", "ають", "ять", "ить", "ла", "ли", "ло")
}

// platform returns the name of a social network from a form of it: у
// Facebook, у фейсбуці, в Telegram-каналі.
func platform(w string) string {
	// Every name below opens with f, t, i, y, ф, т, і or ю; most words
	// open otherwise.
	switch {
	case w == "":
		return ""
	case w[0] == 0xd1:
		if len(w) < 2 || w[1] != 0x84 && w[1] != 0x82 && w[1] != 0x96 && w[1] != 0x8e {
			return ""
		}
	case w[0] != 'f' && w[0] != 't' && w[0] != 'i' && w[0] != 'y':
		return ""
	}
	switch {
	case w == "facebook" || strings.HasPrefix(w, "фейсбук") || strings.HasPrefix(w, "фейсбуц"):
		return "Facebook"
	case strings.HasPrefix(w, "telegram") || strings.HasPrefix(w, "телеграм"):
		return "Telegram"
	case w == "twitter" || strings.HasPrefix(w, "твітер") || strings.HasPrefix(w, "твіттер"):
		return "Twitter"
	case w == "instagram" || strings.HasPrefix(w, "інстаграм"):
		return "Instagram"
	case w == "youtube" || strings.HasPrefix(w, "ютуб"):
		return "YouTube"
	case w == "tiktok" || strings.HasPrefix(w, "тікток"):
		return "TikTok"
	case w == "threads":
		return "Threads"
	}
	return ""
}

// sayVerb reports the verbs that say a post was written: "у Facebook
// написав міністр …".
func sayVerb(w string) bool {
	return scan.HasAnyPrefix(w, "написа", "повідоми", "заяви", "зазначи", "опублікува", "поінформува",
		"наголоси", "поділи", "розповіл", "розповів", "з'яви", "оприлюдни", "виклав", "виклала", "пише", "писав")
}

// generic reports photo credits that name no one: ілюстративне, архів,
// з відкритих джерел, скриншот.
func generic(w string) bool {
	if w == "з" || w == "із" || w == "зі" || w == "автор" {
		return true
	}
	return scan.HasAnyPrefix(w, "ілюстрат", "архів", "відкрит", "скриншот", "скріншот", "колаж",
		"соцмереж", "мережа", "інтернет", "фото", "кадр", "ілюстрація", "google")
}

// bodies maps the case forms of public bodies whose names decline as an
// adjective and a noun to the nominative: they are cited as sources as
// often as outlets are ("за даними Повітряних сил").
var bodies = map[string]string{}

func init() {
	for _, e := range []struct{ nom, forms string }{
		{"Повітряні сили", "повітряні сили|повітряних сил|повітряним силам|повітряних силах|повітряними силами"},
		{"Збройні сили", "збройні сили|збройних сил|збройним силам|збройних силах|збройними силами"},
		{"Військово-морські сили", "військово-морські сили|військово-морських сил|військово-морським силам|військово-морських силах"},
		{"Генеральний штаб", "генеральний штаб|генерального штабу|генеральному штабі|генеральним штабом"},
	} {
		for _, f := range strings.Split(e.forms, "|") {
			bodies[f] = e.nom
		}
	}
}

// roleNoun reports the nouns of a person's role that may stand before
// the person cited: "з посиланням на начальника ОВА Олега Кіпера".
// rankWord reports a word that ranks or dates a role before it: перший
// заступник, колишній міністр.
func rankWord(w string) bool {
	switch w {
	case "перший", "першого", "першому", "перша", "першої", "колишній", "колишнього", "колишня", "колишньої",
		"тодішній", "тодішнього", "новий", "нового", "нова", "нової", "тимчасовий", "тимчасового":
		return true
	}
	return false
}

func roleNoun(w string) bool {
	if strings.HasPrefix(w, "представництв") {
		return false // a mission, not its representative: Представництва Президента України
	}
	switch w {
	case "мера", "посла", "спікера", "генсека", "мер", "посол", "спікер", "генсек", "посолка", "посолки", "посолку", "мером", "послом", "спікером",
		"глава", "глави", "главі", "главу", "главою": // "глава регіону Валентин Резніченко"
		return true
	}
	return scan.HasAnyPrefix(w, "начальник", "голов", "речник", "речниц", "міністр", "заступник", "заступниц", "керівник", "керівниц",
		"радник", "радниц", "директор", "прем'єр", "президент", "очільник", "очільниц", "секретар", "командувач",
		"представник", "представниц", "губернатор", "командир", "омбудсман", "прокурор", "депутат", "нардеп", "посадовц", "посадовець", "уповноважен",
		"міністерк", "адвокат", "віцепрем'єр", "віце-прем'єр", "віцепрезидент", "віце-президент", "єврокомісар", "комісар",
		// a firm's founder: "з посиланням на співзасновника «Скайтеху» Максима Литвиненка"
		"засновни", "співзасновни",
		// "співвласник компанії Олександр Шмідт", "сенатор Ліндсі Грем"
		"співвласник", "співвласниц", "власник", "власниц", "сенатор", "конгресмен",
		// "канцлер Німеччини Фрідріх Мерц", "прессекретар Білого дому …"
		"канцлер", "генпрокурор", "прессекретар", "прес-секретар", "держсекретар", "генсекретар", "спецпредставни",
		"спецпосланц", "спецпосланець", "спікерк", "амбасадор",
		// "виконувач обов'язків міністра освіти Євген Кудрявець"
		"виконувач",
		// the commentators news asks: "військовий експерт групи
		// «Інформаційний спротив» Олександр Коваленко"
		"експерт", "аналітик", "економіст", "політолог", "соціолог",
		// who told the lead on a stream, a podcast or a project:
		// "журналіст Юрій Бутусов", "Письменниця Марія Гончаренко",
		// "Бойова медикиня 47-ї бригади Тетяна Коваль"
		"журналіст", "блогер", "письменни", "медик", "волонтер",
		// the people an interview desk talks with: "Історик Ярослав
		// Грицак в ефірі Радіо Свобода розповів, що …"
		"історик", "режисер", "акторк", "актрис", "співак", "співач", "музикант", "художни", "науковц", "науковець",
		"дослідни", "професор", "юрист", "правозахисни", "активіст", "ветеран", "фотограф", "тренер", "ректор",
		"філософ", "підприємц", "підприємець", "підприємиц",
		// a witness by where she lives: "Жителька Куп'янська Лариса
		// Волошина"
		"жител", "мешкан")
}

// shortNames are the short names of bodies that sources also give in
// full, so that both are one source.
var shortNames = map[string]string{
	"міноборони": "міністерство оборони", "мзс": "міністерство закордонних справ", "мінфін": "міністерство фінансів",
	"кабмін": "кабінет міністрів", "генштаб": "генеральний штаб", "мвс": "міністерство внутрішніх справ",
	"міненерго": "міністерство енергетики", "моз": "міністерство охорони здоров'я", "мінекономіки": "міністерство економіки",
	"оп": "офіс президента", "ова": "обласна військова адміністрація", "ода": "обласна державна адміністрація",
	"кмва": "київська міська військова адміністрація", "кмда": "київська міська державна адміністрація",
}

// bodyKey reduces the name of a cited body to what its short and full
// names, its press service and its channel share: "пресслужба
// Міністерства оборони України" and "Міноборони" both give "мініс
// оборо". short reports a key that a short name was expanded into.
func bodyKey(v string) (key string, short bool) {
	var ws []string
	for i, w := range scan.Fields(scan.ToLower(v)) {
		if i == 0 && mediumHeads[w] || w == "україни" || w == "зсу" {
			continue
		}
		if full, ok := shortNames[w]; ok {
			ws = append(ws, strings.Fields(full)...)
			short = true
			continue
		}
		ws = append(ws, w)
	}
	for i, w := range ws {
		if r := []rune(w); len(r) > 5 {
			ws[i] = string(r[:5])
		}
	}
	return strings.Join(ws, " "), short
}

// mediumHeads are the heads of a source phrase that name where a body
// speaks rather than the body: its press service, channel, site or page.
var mediumHeads = map[string]bool{
	"пресслужба": true, "прес-служба": true, "прес-центр": true, "пресцентр": true, "telegram-канал": true, "телеграм-канал": true, "сайт": true, "сторінка": true,
	"заява": true, "повідомлення": true,
}

// anaphoric are the nouns that name, in lower case and alone, a body named
// before: "зазначили у відомстві".
var anaphoric = map[string]bool{"відомство": true, "установа": true}
