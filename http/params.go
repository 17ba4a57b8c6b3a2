package http

import (
	"fmt"
	nethttp "net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vistka/vistka"
)

// parseTime reads YYYY-MM-DD (midnight UTC; dateOnly true) or RFC 3339.
func parseTime(s string) (t time.Time, dateOnly bool, err error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, true, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, false, nil
	}
	return time.Time{}, false, fmt.Errorf("%q is not a date (YYYY-MM-DD) or a time (RFC 3339)", s)
}

// timeRange reads the parameters from and to. A date is a whole day:
// from=2023-03-01&to=2023-03-31 is all of March (to is exclusive in the
// store, so a day "to" becomes the next midnight). A time is exact.
func timeRange(v url.Values) (from, to time.Time, err error) {
	if s := v.Get("from"); s != "" {
		if from, _, err = parseTime(s); err != nil {
			return from, to, vistka.Errorf(vistka.EINVALID, "from: %v", err)
		}
	}
	if s := v.Get("to"); s != "" {
		var day bool
		if to, day, err = parseTime(s); err != nil {
			return from, to, vistka.Errorf(vistka.EINVALID, "to: %v", err)
		}
		if day {
			to = to.AddDate(0, 0, 1)
		}
	}
	if !from.IsZero() && !to.IsZero() && !from.Before(to) {
		return from, to, vistka.Errorf(vistka.EINVALID, "from must be before to")
	}
	return from, to, nil
}

// intParam reads the integer parameter name, def when absent, and checks
// it lies in [lo, hi].
func intParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, vistka.Errorf(vistka.EINVALID, "%s must be a whole number from %d to %d, not %q", name, lo, hi, s)
	}
	return n, nil
}

// idParam reads a positive id; 0 when absent.
func idParam(v url.Values, name string) (int64, error) {
	s := v.Get(name)
	if s == "" {
		return 0, nil
	}
	return parseID(name, s)
}

func parseID(what, s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, vistka.Errorf(vistka.EINVALID, "%s must be a positive whole number, not %q", what, s)
	}
	return id, nil
}

func pathID(r *nethttp.Request) (int64, error) {
	return parseID("id", r.PathValue("id"))
}

// pageParams reads limit and offset.
func pageParams(v url.Values) (limit, offset int, err error) {
	if limit, err = intParam(v, "limit", vistka.DefaultLimit, 1, vistka.MaxLimit); err != nil {
		return
	}
	offset, err = intParam(v, "offset", 0, 0, 1<<30)
	return
}

// eventType reads a PLOVER type in any case; a type the ontology does not
// have is an error, not a filter that quietly matches nothing.
func eventType(v url.Values) (string, error) {
	return typeParam(v, "an event", eventTypes)
}

// entityType reads an NER-UK type in any case, as eventType does.
func entityType(v url.Values) (string, error) {
	return typeParam(v, "an entity", entityTypes)
}

// typeParam reads the type parameter, upper-cased, and checks it against
// the codes of a label list.
func typeParam(v url.Values, what string, types []typeLabel) (string, error) {
	t := strings.ToUpper(strings.TrimSpace(v.Get("type")))
	if t == "" || slices.ContainsFunc(types, func(l typeLabel) bool { return l.Code == t }) {
		return t, nil
	}
	codes := make([]string, len(types))
	for i, l := range types {
		codes[i] = l.Code
	}
	return "", vistka.Errorf(vistka.EINVALID, "type %q is not %s type (%s)", v.Get("type"), what, strings.Join(codes, ", "))
}

func searchQuery(v url.Values) (q vistka.SearchQuery, err error) {
	q.Text = v.Get("q")
	if q.Entity, err = idParam(v, "entity"); err != nil {
		return
	}
	if q.EventType, err = eventType(v); err != nil {
		return
	}
	if q.From, q.To, err = timeRange(v); err != nil {
		return
	}
	q.Publisher = v.Get("publisher")
	switch q.Order = v.Get("order"); q.Order {
	case "", vistka.OrderDate, vistka.OrderRelevance:
	default:
		return q, vistka.Errorf(vistka.EINVALID, "order must be %s or %s, not %q", vistka.OrderDate, vistka.OrderRelevance, q.Order)
	}
	q.Limit, q.Offset, err = pageParams(v)
	return
}

func entityQuery(v url.Values) (q vistka.EntityQuery, err error) {
	q.Name = v.Get("q")
	if q.Type, err = entityType(v); err != nil {
		return
	}
	q.Limit, q.Offset, err = pageParams(v)
	return
}

func eventQuery(v url.Values) (q vistka.EventQuery, err error) {
	if q.Type, err = eventType(v); err != nil {
		return
	}
	if q.Entity, err = idParam(v, "entity"); err != nil {
		return
	}
	if q.From, q.To, err = timeRange(v); err != nil {
		return
	}
	q.Limit, q.Offset, err = pageParams(v)
	return
}
