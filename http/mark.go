package http

import (
	"html/template"
	"slices"
	"strconv"
	"strings"
)

// A mark wraps the code points [start, end) of a text in an element.
type mark struct {
	start, end int
	// layer orders marks with the same extent: lower is outside.
	layer int
	class string
	href  string // an <a> when set, else a <span>
	title string
	attrs [][2]string // more attributes, e.g. data-entity
}

// markup returns text as HTML with marks as elements around the code
// points they cover. Everything is escaped. Offsets out of the text are
// clipped and empty marks dropped, so bad offsets make a poorer page,
// never broken HTML. Marks that cross are split: where an inner mark
// runs past the end of the one around it, the rest opens again after.
// A link inside a link becomes a span.
func markup(text string, marks []mark) template.HTML {
	runes := []rune(text)
	n := len(runes)
	pending := make([]mark, 0, len(marks))
	for _, m := range marks {
		m.start, m.end = max(m.start, 0), min(m.end, n)
		if m.start < m.end {
			pending = append(pending, m)
		}
	}
	order := func(a, b mark) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if a.end != b.end {
			return b.end - a.end // longer first: outside
		}
		return a.layer - b.layer
	}
	slices.SortStableFunc(pending, order)

	var b strings.Builder
	b.Grow(len(text) + len(marks)*64)
	type open struct {
		end  int
		link bool
	}
	// The stack's ends never grow from bottom to top, so the top always
	// closes first.
	var stack []open
	links := 0
	closeTop := func() {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if top.link {
			links--
			b.WriteString("</a>")
		} else {
			b.WriteString("</span>")
		}
	}
	pos := 0
	for {
		for len(stack) > 0 && stack[len(stack)-1].end <= pos {
			closeTop()
		}
		for len(pending) > 0 && pending[0].start <= pos {
			m := pending[0]
			pending = pending[1:]
			if len(stack) > 0 && m.end > stack[len(stack)-1].end {
				rest := m
				rest.start = stack[len(stack)-1].end
				i, _ := slices.BinarySearchFunc(pending, rest, order)
				pending = slices.Insert(pending, i, rest)
				m.end = stack[len(stack)-1].end
			}
			link := m.href != "" && links == 0
			writeOpen(&b, m, link)
			if link {
				links++
			}
			stack = append(stack, open{end: m.end, link: link})
		}
		if pos >= n {
			break
		}
		next := n
		if len(pending) > 0 {
			next = min(next, pending[0].start)
		}
		if len(stack) > 0 {
			next = min(next, stack[len(stack)-1].end)
		}
		template.HTMLEscape(&b, []byte(string(runes[pos:next])))
		pos = next
	}
	for len(stack) > 0 {
		closeTop()
	}
	return template.HTML(b.String())
}

func writeOpen(b *strings.Builder, m mark, link bool) {
	if link {
		b.WriteString(`<a href="`)
		b.WriteString(template.HTMLEscapeString(m.href))
		b.WriteByte('"')
	} else {
		b.WriteString("<span")
	}
	attr := func(k, v string) {
		if v == "" {
			return
		}
		b.WriteByte(' ')
		b.WriteString(k)
		b.WriteString(`="`)
		b.WriteString(template.HTMLEscapeString(v))
		b.WriteByte('"')
	}
	attr("class", m.class)
	attr("title", m.title)
	for _, a := range m.attrs {
		attr(a[0], a[1])
	}
	b.WriteByte('>')
}

// highlight marks ranges of text with <mark>-like spans (search hits).
func highlight(text string, ranges [][2]int) template.HTML {
	ms := make([]mark, 0, len(ranges))
	for _, r := range ranges {
		ms = append(ms, mark{start: r[0], end: r[1], class: "hit"})
	}
	return markup(text, ms)
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
