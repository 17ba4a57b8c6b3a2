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
//   - an outlet in brackets, "АСТАНА (Укрінформ) –", and after a dash at
//     the end of a headline, "… — ЗМІ";
//   - social networks as the place of a post: "на своїй сторінці у
//     Facebook написав міністр Дмитро Кулеба" gives "Дмитро Кулеба
//     (Facebook)"; "написав у Telegram" gives "Telegram";
//   - credits: "Фото: akorda.kz", "Відео: Офіс президента", "Джерело: X";
//     several are split at commas and slashes; generic ones (Фото
//     ілюстративне, з відкритих джерел, скриншот) give nothing.
//
// Names: a quoted name loses its quotes; words that only say what the
// outlet is (агентства Reuters, британське видання Financial Times) are
// dropped; known outlets are brought to the nominative from any case
// (Укрінформу → Укрінформ, «Української правди» → Українська правда), and
// so are the head nouns of descriptive sources (пресслужбу МЗС →
// пресслужба МЗС, сайті президента → сайт президента); anything else is
// kept as written.
//
// The publisher: the first Ukrainian outlet that names itself so (with
// "Про це повідомляє", a correspondent or brackets) is taken for the
// publisher, and every other name is cited. "передає X" cites X: outlets
// use it of each other far more than of themselves; "Про це передає X"
// opens the lead's attribution as "Про це повідомляє X" does, and names
// the publisher. A Finder given the Site the
// text came from knows better: the site's outlet is the publisher.
package source
