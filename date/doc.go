// Package date finds date expressions in Ukrainian text and resolves them
// to calendar dates against the day the text was published.
//
// Find(text, published) is the simple call; a Finder also takes a
// TenseFunc, which tells whether the clause around an expression speaks of
// the past or the future. The default, SurfaceTense, reads verb endings and
// markers from the raw text (прибув, відбулася: past; відбудеться,
// триватиме, планується, має відбутися, може статися, наступного:
// future), so the package needs neither the tokenizer nor the tagger;
// Tagged(analysis) reads the tagger's VESUM tags instead when they are
// there. Only expressions whose value depends on the tense ask for it.
//
// It reads
//
//   - full and numeric dates: 28 лютого 2023 року, 28.02.2023, 2023-02-28,
//     1-го березня; month and year: лютого 2023 року, у лютому 2023-го; years
//     with a form of рік: 2023 року, у 2023 році, 2023 р., 2023-го, 2022–2023
//     роках, з 2001 по 2004 рр., у 1994, 1997 і 2005 роках; a bare year
//     after a day and month before a preposition (24 лютого 2022 у
//     Бучі); ц.р. and м.р. after a date (1 жовтня ц.р.) are this and last
//     year whatever the tense; a day and a capitalised month after a
//     street's noun (вулиця 8 Березня) are a name, no date;
//   - a day and month without a year (28 лютого) or a month alone (у лютому,
//     до кінця березня): the year is the one that puts the date on the side
//     of publication the tense says, or the nearest one when the tense is
//     unknown — null when two are equally near (a month six months away);
//     a month in the accusative after на (засідання перенесли на
//     лютий) is what is set for it, the next such month whatever the
//     verb; a date in the infinitive a verb of asking governs (закликав
//     припинити вогонь з 20 грудня) or next to a conditional (мали б …
//     у квітні) takes the nearest year, as the asked or the supposed act
//     is neither past nor future of the words' own time;
//   - ranges, as two dates: 28 лютого – 1 березня, 10–12 березня 2023 року
//     (the first end borrows month and year), у січні-грудні 2015 року;
//   - a day dated by від after a document noun (ухвала суду від 6
//     листопада, рішення від 27 березня) is on or before publication,
//     whatever the verb;
//   - deictic expressions, Relative true: сьогодні, вчора, учора,
//     позавчора, завтра, післязавтра; у вівторок (past: the last Tuesday on
//     or before publication, that day itself if it is one; future: the first
//     on or after; unknown: the nearer), and a second weekday after і/та
//     (у суботу та неділю); минулого/цього/наступного
//     тижня (granularity week, the Monday), місяця, року; торік, цьогоріч
//     (a day or month after them is that year's, one date, not relative:
//     торік 24 лютого, торік у січні);
//     минулого четверга (Thursday of last week); 3 дні тому, через 2 тижні
//     (not in a clause in the past: "через рік поїхав" counts from a told
//     event); a weekday followed by its day (у неділю, 4 березня) has a null
//     value, the day written out dates it.
//
// Prepositions are not part of Text ("у вівторок" gives "вівторок").
// Value is null for an impossible date (31 лютого, 29.02.2023) and for
// anything relative, or missing its year, when the publication date is
// unknown — except a day without a year in a text whose full dates all
// have one year: it takes that year (15 вересня in a text of 5 вересня
// 2015 року). Vague words (нещодавно, днями, наступного дня), bare numbers
// (у 2016), decades and centuries are not reported.
package date
