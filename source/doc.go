// Package source reads the source chain of a Ukrainian news text: who
// published it, whom it cites, and whose photos and videos it carries.
//
// Find works on the raw text with its own small scanner, so it does not
// wait for the tokenizer; every element it returns has Evidence with
// code-point offsets of the name as written. It reads
//
//   - cues with the name after them: "Про це повідомляє X", "передає X",
//     "повідомляє агентство X", "як пише X", "за даними X", "за
//     інформацією X", "із посиланням на X", "згідно з даними X", "йдеться на
//     сайті X", "повідомили в пресслужбі X", "кореспондент X"; a bare verb
//     (повідомляє, передає, пише) must open an attribution (after "Про
//     це", a comma, a dash) and its name must close the clause, so that
//     "США передає Україні ракети" names no source;
//   - an outlet in brackets, "АСТАНА (Укрінформ) –", between slashes,
//     "КИЇВ, 3 березня /Укрінформ/.", before the dash of a dateline,
//     "ЛЬВІВ. 5 квітня. ІНТЕРФАКС-УКРАЇНА –", and after a dash at the end
//     of a headline, "… — ЗМІ";
//   - a person after a role, "з посиланням на начальника Одеської ОВА
//     Олега Кіпера" gives "Олега Кіпера"; unnamed people after "з
//     посиланням на" or "посилаючись на" are brought to the nominative,
//     "двох європейських дипломатів" gives "два європейські дипломати";
//     unnamed sources as the subject of a source line are cited as
//     written, with their count, whose and where they are ("Про це
//     повідомили два джерела в уряді", "…, розповів співрозмовник
//     видання в уряді", "джерела, знайомі з ситуацією"), and a foreign
//     outlet they told is cited with them ("Про це Reuters повідомили
//     …");
//   - the one who told the lead to an outlet, in its interview, in a
//     comment or in a line of its own, is cited, the publisher's own
//     interview as much as another's: "Про це розповів Укрінформу
//     міністр X", "X в інтерв'ю Укрінформу заявив, що …", "Про це вона
//     розповіла в інтерв'ю Радіо Свобода" (the one who opens the
//     sentence before);
//   - a press review's papers, each the subject of its sentence with
//     where it is from and what it is ("Британська The Guardian пише, що
//     …", "Видання Politico з посиланням на … повідомляє"), after a cue
//     by an adjective alone ("Як повідомляє британська The Times"), by a
//     journalist ("оглядач Financial Times Мартін Вулф" gives "Мартін
//     Вулф (Financial Times)"), by a piece ("у колонці для Bloomberg",
//     "У статті The Guardian йдеться") or by the headline before its
//     colon when the lead says "пише видання"; another outlet's
//     interview, comment, talk or air cites its speaker beside it ("в
//     інтерв'ю The Times", "розповів німецькому виданню Bild, що");
//   - a person after a comma closing reported content: "Уряд виплатить
//     …, повідомив міністр Денис Улютін.", "…, заявив речник Кремля
//     Дмитро Пєсков." (after a direct quote and its dash, "— повідомив
//     X" only names the speaker);
//   - social networks as the place of a post: "на своїй сторінці у
//     Facebook написав міністр Дмитро Кулеба" gives "Дмитро Кулеба
//     (Facebook)", and so does a person named with no role before the
//     verb, "Про це Кличко написав у Telegram" (the surname by the full
//     name the text gave before: "Віталій Кличко (Telegram)");
//     "написав у Telegram" alone gives "Telegram"; a post the
//     body quotes ("«…», — написав Гроссі в соцмережі X", past the lead
//     "X написав у Telegram, що …") is a speaker's, not a source;
//   - credits: "Фото: akorda.kz", "Відео: Офіс президента", "Джерело: X";
//     several are split at commas and slashes, but an agency and its
//     photographer, "REUTERS/Yuri Gripas", "Суспільне Полтава / Ігор
//     Заїка", are one; generic ones (Фото
//     ілюстративне, з відкритих джерел, скриншот) give nothing, but a
//     still of someone's video credits its owner ("Фото: скриншот з
//     відео Генштабу" gives Генштаб); a line that says in words who
//     gave the photo or where it was taken from credits that one ("Фото
//     надане пресслужбою X", "Фото з Telegram-каналу X").
//
// Body cites: past the lead (the first line and the first sentence after
// it) a cue that opens a statement of the body or stands as an aside in
// it, "За даними ДСНС, вогонь охопив …", "Як зазначили в Кабінеті
// Міністрів, …", "…, за даними Генштабу, …", makes the statement a
// quote of its source, and the source is not cited; a news outlet we
// know by name ("Як пише «Українська правда», …") or a site is cited
// wherever it stands, as the source chain, and so is one we do not know
// when the cue names it an outlet, by its kind ("за інформацією
// телеканалу Nova", "як повідомило агентство TASR") or by a Latin name
// after "пише" ("Як пише Der Standard, …"); source lines are cited
// wherever they stand: a sentence opening with
// "Про це" or "На це", a line naming whose finding or figures the lead
// told ("Такого висновку дійшли аналітики Інституту вивчення війни",
// "Такі дані наводить Держстат"), "з посиланням на X", a cue closing a statement
// after its content ("…, повідомили в Повітряних силах."), a chain of
// outlets, credits. The gold guidelines settle this (session 22). Such a
// cue that names the body by its kind alone ("…, повідомили в
// компанії.", "…, уточнили в палаті.") cites the body of that kind
// named last before it (a firm by its name in quotation marks), and a
// paper the lead is told in ("Про це повідомляється в обґрунтуванні
// закупівлі", "у листі Міністерства юстиції", "в дослідженні X") is
// cited as a ruling is, not after a quote.
//
// Names: a quoted name loses its quotes, and so does a company's after
// the abbreviation of its legal form (АТ «Укрзалізниця» → Укрзалізниця,
// ГО «Контроль», БФ «…») or the word for its kind (громадська
// організація «…», благодійний фонд «…», комунальне підприємство «…»;
// ІА «…» is a news agency, as "інформаційне агентство «…»"); words that only say what the
// outlet is (агентства Reuters, британське видання Financial Times) are
// dropped; known outlets are brought to the nominative from any case
// (Укрінформу → Укрінформ, «Української правди» → Українська правда), and
// so are the head nouns of descriptive sources (пресслужбу МЗС →
// пресслужба МЗС, сайті президента → сайт президента, Telegram-каналі ОВА
// → Telegram-канал ОВА) and a few bodies that decline as an adjective and
// a noun (Повітряних сил → Повітряні сили), and so are bodies of one
// kind named by plural adjectives and a plural head (в обласних військових
// адміністраціях → обласні військові адміністрації); anything else is
// kept as written. A ministry's remit joined by і, та or й and the country or
// forces after a body's name are part of it (Міністерство освіти і науки
// України, Генеральний штаб Збройних сил України), and a body posting in
// a network is one source with it (Генштаб (X), from "Генштаб у соцмережі
// X"). A Ukrainian outlet written in its Latin brand (NV, hromadske,
// LIGA.net) is named so, as it writes itself. A body cited twice, by its press service or channel and by its
// short name (пресслужба Міністерства оборони України, Міноборони), is
// one source.
//
// The publisher: the first Ukrainian outlet that names itself so (with
// "Про це повідомляє", "Як інформує", "Як повідомляв", a correspondent,
// brackets or a dateline) is taken for the publisher, and every other
// name is cited. "передає X" cites X: outlets use it of each other far
// more than of themselves; "Про це передає X" opens the lead's
// attribution as "Про це повідомляє X" does, and names the publisher. In
// a chain "…, передає Reuters, пише «Європейська правда»" the last
// outlet retells the others and is the publisher, and so is the outlet
// of "передає X" closing a sentence that opens with "Про це" (the lead's
// source line); a known outlet followed by one capitalised word names its
// edition (Суспільне Дніпро, Суспільне Спорт). An outlet the package
// does not know publishes when the lead's source line names it as a web
// address (0462.ua, ZAXID.NET, "Як пише Gazeta.ua, …"), when it writes
// the lead's report of itself ("…, пише «Конкурент».", "Про це пишуть
// НикВести з посиланням на …"), when it tells the lead as a news service
// ("Про це повідомляє Релігійно-інформаційна служба України", "Про це
// повідомляє агентство Вголос з посиланням на …") or by a name that says
// it is news ("Про це повідомляє «Сумські новини».", «Ковель Today»),
// when it cites another in the lead, named in quotation marks ("Як пише
// «Полтавщина» з посиланням на …"; a foreign one by its kind, "російське
// видання «Ведомости»", stays cited) and no other outlet names itself;
// in quotation marks and told the news ("Про це «Волинським новинам» повідомили в …") it publishes, as
// written (the pipeline gives its base form from the entity tagger), and
// so it does when its staff were told something ("запевнив кореспондента
// «ВЗ», що …"), when someone wrote to its editorial office ("написав
// листа в редакцію «Експресу»"), when papers were handed to it ("в
// розпорядження «Маєш право знати» надав …") or when it has already
// written of the matter ("«Подолянин» уже писав про …"). When no
// outlet names itself so, one named as the one told something in the
// body ("сказав Економічній правді", "Як пояснив ZN.UA заступник …",
// "пояснив він журналістам Суспільного", "у коментарі «Твоєму місту»")
// or as the one that found it out ("…, з'ясувало ZN.UA") is the
// publisher: the outlet that got the comment publishes it; in another
// outlet's text it is the body of the report, no source. A Ukrainian
// outlet credited with the whole text in a closing "Джерело: X" line is
// the publisher when no outlet names itself in the text (a body there,
// "Джерело: Міноборони", stays cited). A
// Finder given the Site the text came from knows better: the site's
// outlet is the publisher.
package source
