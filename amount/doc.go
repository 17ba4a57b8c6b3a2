// Package amount finds sums of money, percentages and counted quantities in
// Ukrainian text and normalises them: "понад 62 млрд доларів" is 62e9 USD,
// bound more_than; "1,5-2 млрд доларів" is the range 1.5e9 to 2e9.
//
// Find works on the raw text with its own small rune scanner, so it does not
// wait for the tokenizer or the tagger and can run on any string; all its
// offsets are code points. It reads
//
//   - numbers in digits: 62, 7,08 (decimal comma), 1 200 and 15 000
//     (grouped with a space or a no-break space), 1.000.000 and 1,000,000,
//     24 800,0; a lone dot before three digits (1.200) may be a thousands
//     separator or a decimal point, so the value of such an amount is
//     null, as it is of a number after another number and a comma typed
//     with a space ("97, 4 кв. м" may be 97,4);
//   - cardinal numerals in words in any case (п'ять, двадцять п'ять, дві
//     тисячі двадцять три, тисячу двісті, мільйон сто тисяч, сотню),
//     collective ones (п'ятеро), пів, півтора, півмільйона, пів відсотка;
//     words ending in an ordinal (дві тисячі двадцять третьому році) are
//     a compound ordinal, no amount;
//   - hundredths after a whole sum in its currency: 25 грн 50 коп. is
//     25.5 UAH, 12 доларів 40 центів 12.4 USD;
//   - scale words and their abbreviations: тисяча/тис., мільйон/млн,
//     мільярд/млрд, трильйон/трлн;
//   - units: currencies by sign ($ € £ ₴ ¥ ₽), by ISO code (USD, UAH, …) and
//     by inflected noun (долар, гривня, грн, дол. США, євро, рубль, фунт
//     стерлінгів, юань, єна, злотий, тенге, шекель; канадських доларів is
//     CAD, and likewise австралійських AUD, новозеландських NZD,
//     сінгапурських SGD, гонконзьких HKD), per cent (%, відсоток, процент), percentage points (відсоткових
//     пунктів, п.п. → "pp"), basis points ("bp"), and a few counted nouns
//     given by lemma (особа, людина, тонна, кілограм, кілометр, гектар,
//     барель, кубометр, мегават, доза, одиниця, штука), and square metres
//     (кв. м, кв.м, квадратних метрів → "квадратний метр");
//   - bounds: понад, щонайменше, принаймні, більше (ніж/як/за), не менше →
//     more_than; менше, менш як → less_than; близько, приблизно, майже,
//     орієнтовно, порядку → about; до, не більше, максимум → up_to; the
//     bound words are part of Text, with a preposition between them and
//     the number ("приблизно за 14,5 млн гривень", "майже на 5%");
//   - ranges: 1,5-2 млрд, 5–7%, $80-90 тис., від 5 до 10 тисяч гривень,
//     два-три мільйони гривень; the two ends of a dash are written alike,
//     both in digits or both in words ("один — 4 гривні" is no range);
//   - a sign spelt out: мінус 5% is -5 (a glued hyphen is too often a dash
//     to be read as a minus).
//
// What is an amount: a number with a unit, or with a scale word ("2 млн"
// alone has no unit). A bare number (30 років, 2023 року) is not, nor is a
// date, a code (С5+1, COVID-19), an ordinal (5-ти, 2023-го) or a time.
// Vague quantities keep only what is certain: "десятки тисяч людей" and
// "мільйони доларів" are more_than 1e4 and 1e6, "кілька сотень гривень"
// more_than 100. "до" after a verb of change
// ("знизилася до 15%", "підвищив плату вдвічі, до 1,2 тисячі гривень") and in "з 5% до 7%" gives the value reached, not an
// upper bound, as it does a few words after "з" and an amount in the same
// unit and sentence ("з 13,9% на початку 2011 року до 16,9%"). Value is null whenever the number cannot be read with
// certainty; Find never guesses.
package amount
