package http

import (
	"strconv"
	"strings"
	"time"
)

// label is a name in Ukrainian with its English.
type label struct{ UK, EN string }

// typeLabel is a type's code with its label.
type typeLabel struct {
	Code string
	label
}

// entityTypes names the NER-UK types, in the order the UI lists them.
var entityTypes = []typeLabel{
	{"PERS", label{"особа", "person"}},
	{"ORG", label{"організація", "organisation"}},
	{"LOC", label{"місце", "place"}},
	{"JOB", label{"посада", "job title"}},
	{"MISC", label{"інше", "other"}},
	{"ART", label{"твір", "work"}},
	{"DOC", label{"документ", "document"}},
	{"DATE", label{"дата", "date"}},
	{"TIME", label{"час", "time"}},
	{"PERIOD", label{"період", "period"}},
	{"MON", label{"гроші", "money"}},
	{"PCT", label{"відсоток", "percent"}},
	{"QUANT", label{"кількість", "quantity"}},
}

// eventTypes names the PLOVER types, in the order the UI lists them.
var eventTypes = []typeLabel{
	{"CONSULT", label{"зустріч, візит, розмова", "consult"}},
	{"AGREE", label{"домовленість", "agree"}},
	{"SUPPORT", label{"підтримка", "support"}},
	{"COOPERATE", label{"співпраця", "cooperate"}},
	{"AID", label{"допомога", "aid"}},
	{"CONCEDE", label{"поступка", "concede"}},
	{"RETREAT", label{"відступ", "retreat"}},
	{"REQUEST", label{"прохання, вимога", "request"}},
	{"ACCUSE", label{"звинувачення", "accuse"}},
	{"REJECT", label{"відмова", "reject"}},
	{"THREATEN", label{"погроза", "threaten"}},
	{"PROTEST", label{"протест", "protest"}},
	{"SANCTION", label{"санкції", "sanction"}},
	{"MOBILIZE", label{"мобілізація", "mobilize"}},
	{"COERCE", label{"примус", "coerce"}},
	{"ASSAULT", label{"напад", "assault"}},
}

var eventModes = map[string]string{
	"meet": "зустріч", "visit": "візит", "phone": "телефонна розмова",
	"multilateral": "багатостороння зустріч", "third-party": "через посередника",
}

var auxLabels = map[string]string{
	"future": "у майбутньому", "negation": "заперечення", "hypothetical": "гіпотетично",
}

func entityTypeLabel(code string) string {
	for _, t := range entityTypes {
		if t.Code == code {
			return t.UK
		}
	}
	return strings.ToLower(code)
}

func eventTypeLabel(code string) string {
	for _, t := range eventTypes {
		if t.Code == code {
			return t.UK
		}
	}
	return strings.ToLower(code)
}

func eventModeLabel(mode string) string {
	if l, ok := eventModes[mode]; ok {
		return l
	}
	return mode
}

var monthsGenitive = [...]string{"січня", "лютого", "березня", "квітня", "травня", "червня",
	"липня", "серпня", "вересня", "жовтня", "листопада", "грудня"}

var monthsNominative = [...]string{"січень", "лютий", "березень", "квітень", "травень", "червень",
	"липень", "серпень", "вересень", "жовтень", "листопад", "грудень"}

// formatDay writes a time as a Ukrainian date, 28 лютого 2023, in UTC.
func formatDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.UTC()
	return strconv.Itoa(t.Day()) + " " + monthsGenitive[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// formatDate writes an extracted date value, YYYY-MM-DD, YYYY-MM or YYYY,
// in Ukrainian; anything else as it is.
func formatDate(v string) string {
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return formatDay(t)
	}
	if t, err := time.Parse("2006-01", v); err == nil {
		return monthsNominative[t.Month()-1] + " " + strconv.Itoa(t.Year())
	}
	if t, err := time.Parse("2006", v); err == nil {
		return strconv.Itoa(t.Year()) + " р."
	}
	return v
}

// formatNumber writes a number the Ukrainian way: 62 000 000 000, 1,5.
func formatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString("\u00a0")
		}
		b.WriteRune(c)
	}
	if frac != "" {
		if len(frac) > 4 {
			frac = frac[:4]
		}
		b.WriteByte(',')
		b.WriteString(frac)
	}
	return b.String()
}

var boundLabels = map[string]string{
	"more_than": "понад", "less_than": "менш ніж", "about": "близько", "up_to": "до", "range": "від",
}
