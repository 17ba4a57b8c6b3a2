package ner

import (
	"strconv"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// clockTimes turns on addClockTimes; a variable for experiments.
var clockTimes = true

// clockTimesNeed gates addClockTimes: a time is a token after the
// preposition that clockEnd reads as one (its hours are digits, so the
// token starts with one) or that hourOrdinal accepts.
const clockTimesNeed = sbDigit | sbHour

// addClockTimes tags as a TIME the hour after о or об, in digits or as
// an ordinal, with год or the part of the day after it: "о [TIME 19.00]",
// "о [TIME 13 : 00]", "початок о [TIME 15 : 00 год]", "о [TIME десятій]",
// "о [TIME п'ятій вечора]"; after до, з or після an ordinal hour counts
// only with the part of the day (до [TIME десятої вечора]), as до другої
// may be anything's second. A DATE or PERIOD span of just that hour
// becomes a TIME. NER-UK tags each of the 9 hours after о in its training
// texts a TIME; the model, which has seen few, misses them or reads a
// date. In cross-validation the rule puts 8 TIMEs right and makes one
// error (о тринадцятій нуль-нуль, a time the gold leaves untagged): TIME
// F1 0.069 → 0.474, micro 0.8384 → 0.8388. Of our 208 news texts it
// adds one span, a time (о 10:00). After близько, приблизно or
// орієнтовно a time in digits with a colon is a TIME too (вибухи
// пролунали близько [TIME 02:30]): news reports the hour so; NER-UK's
// texts have none. So is each end of a range of hours in digits with a
// colon (працює з [TIME 8:00] до [TIME 20:00], із 17:00 до 22:00, від
// 9:00 до 18:00, з 22:00 по 06:00), as opening hours and outage
// schedules are written.
// spans[from:] are the sentence's spans, sorted.
func addClockTimes(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	rangeTo := -1 // the до of a range of hours, з 8:00 до 20:00
	for i := 0; i+1 < len(toks); i++ {
		p := clockPrepositions.lower(toks[i].Text)
		at := p == "о" || p == "об"
		about := p == "близько" || p == "приблизно" || p == "орієнтовно"
		switch {
		case p == "із" || p == "зі" || p == "від":
			p = "з"
		case i == rangeTo:
			p = "до" // or по
		}
		if !at && !about && p != "до" && p != "з" && p != "після" {
			continue
		}
		j := i + 1
		end := clockEnd(toks, j)
		if end == j {
			if about || !hourOrdinal(toks[j].Text) {
				continue
			}
			end = j + 1
		} else if i == rangeTo && colonClock(toks, j) {
			// the end of a range of hours
		} else if p == "з" && colonClock(toks, j) && end+1 < len(toks) && rangeEnd(toks[end].Text) &&
			clockEnd(toks, end+1) > end+1 && colonClock(toks, end+1) {
			rangeTo = end
		} else if !at && !(about && colonClock(toks, j)) {
			continue // до 15.00 may be an amount
		}
		if end < len(toks) && dayPart(toks[end].Text) {
			end++
		} else if !at && end == j+1 && hourOrdinal(toks[j].Text) {
			continue
		} else if end < len(toks) && scan.ToLower(toks[end].Text) == "год" {
			end++
		}
		start, stop := toks[j].RStart, toks[end-1].REnd
		k := from
		for k < len(spans) && spans[k].End <= start {
			k++
		}
		switch {
		case k == len(spans) || spans[k].Start >= stop:
			spans = insertSpan(spans, from, vistka.Span{Start: start, End: stop, Type: "TIME", Text: joinTokens(toks[j:end])})
		case (spans[k].Type == "DATE" || spans[k].Type == "PERIOD") && spans[k].Start == start && spans[k].End <= stop &&
			(k+1 == len(spans) || spans[k+1].Start >= stop):
			spans[k].Type, spans[k].End, spans[k].Text = "TIME", stop, joinTokens(toks[j:end])
		}
		i = end - 1
	}
	return spans
}

// clockPrepositions are the words before a time of day.
var clockPrepositions = newLowerSet("о", "об", "до", "з", "із", "зі", "від", "після", "близько", "приблизно", "орієнтовно")

// rangeEnd reports the word between the ends of a range of hours: до, по
// (з 22:00 по 06:00).
func rangeEnd(w string) bool {
	return w == "до" || w == "по"
}

// colonClock reports a time of day written with a colon at toks[j] (02:30,
// 13 : 00), which after близько is a time: близько 15.00 may be money.
func colonClock(toks []vistka.Token, j int) bool {
	return strings.Contains(toks[j].Text, ":") || j+1 < len(toks) && toks[j+1].Text == ":"
}

// clockEnd returns the end of a time of day in digits at toks[j] (19.00,
// 17:00, 13 : 00), j if there is none.
func clockEnd(toks []vistka.Token, j int) int {
	if j >= len(toks) {
		return j
	}
	w := toks[j].Text
	if h, m, ok := strings.Cut(w, ":"); ok && clockParts(h, m) {
		return j + 1
	}
	if h, m, ok := strings.Cut(w, "."); ok && clockParts(h, m) {
		return j + 1
	}
	if j+2 < len(toks) && toks[j+1].Text == ":" && clockParts(w, toks[j+2].Text) {
		return j + 3
	}
	return j
}

// clockParts reports whether h and m are the hours (0 to 24, one or two
// digits) and the minutes (two digits below 60) of a time of day.
func clockParts(h, m string) bool {
	if len(h) == 0 || len(h) > 2 || len(m) != 2 || !digits(h) || !digits(m) {
		return false
	}
	hh, _ := strconv.Atoi(h)
	mm, _ := strconv.Atoi(m)
	return hh <= 24 && mm < 60
}

// hourOrdinal reports an ordinal numeral of an hour in the locative or
// genitive feminine: десятій, п'ятої, сімнадцятої.
func hourOrdinal(w string) bool {
	w = scan.ToLower(w)
	// Only a word with ’ or ʼ (their first bytes e2 and ca) is changed
	// by the Replacer, which would copy every word.
	if strings.IndexByte(w, 0xe2) >= 0 || strings.IndexByte(w, 0xca) >= 0 {
		w = hourApostrophes.Replace(w)
	}
	for _, e := range []string{"ій", "ої"} {
		if stem, ok := strings.CutSuffix(w, e); ok && hourStems[stem] {
			return true
		}
	}
	return false
}

// hourApostrophes writes the apostrophes other than ' as hourStems do.
var hourApostrophes = strings.NewReplacer("’", "'", "ʼ", "'")

// hourStems are the stems of the ordinals of the hours.
var hourStems = map[string]bool{
	"перш": true, "друг": true, "трет": true, "четверт": true, "п'ят": true, "шост": true, "сьом": true,
	"восьм": true, "дев'ят": true, "десят": true, "одинадцят": true, "дванадцят": true, "тринадцят": true,
	"чотирнадцят": true, "п'ятнадцят": true, "шістнадцят": true, "сімнадцят": true, "вісімнадцят": true,
	"дев'ятнадцят": true, "двадцят": true,
}

// dayPart reports a part of the day in the genitive: вечора, ранку.
func dayPart(w string) bool {
	switch scan.ToLower(w) {
	case "ранку", "вечора", "ночі", "дня":
		return true
	}
	return false
}
