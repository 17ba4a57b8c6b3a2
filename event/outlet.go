package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// Habits of news sites around the story itself: lines that point to other
// articles and headlines that quote someone. Both tell no event of the
// article.

// linkLine reports whether the sentence is a line pointing to another
// article ("Читайте також: Зеленський і Фіцо зустрілися в Ужгороді",
// "Дивіться також: …"): it opens a line, and what follows the colon is
// that article's headline, not something this text tells.
func (f *finder) linkLine() bool {
	if len(f.toks) < 3 {
		return false
	}
	start := f.toks[0].Start
	if start > 0 && f.a.Text[start-1] != '\n' {
		return false
	}
	end := f.toks[len(f.toks)-1].End
	if strings.Contains(f.a.Text[start:end], "\n") {
		return false
	}
	w0, w1 := strings.ToLower(f.toks[0].Text), strings.ToLower(f.toks[1].Text)
	colon := 2
	switch {
	case (w0 == "читайте" || w0 == "дивіться") && (w1 == "також" || w1 == "ще"):
	case w0 == "також" && (w1 == "читайте" || w1 == "дивіться"):
	case w0 == "читайте" || w0 == "дивіться":
		colon = 1
	default:
		return false
	}
	return f.toks[colon].Text == ":"
}

// quotedTitle returns the code-point span of a quotation that opens the
// text's first line and stands before a colon or a dash
// ("«Санкції працюють повільно»: інтерв'ю з …"): a headline that quotes
// the one it is about, whose words tell no event of the article. ok is
// false when the sentence opens no such headline.
func (f *finder) quotedTitle() (from, to int, ok bool) {
	if len(f.toks) < 4 || f.toks[0].Kind != vistka.QuoteMark || !isOpenQuote(f.toks[0].Text) {
		return 0, 0, false
	}
	start := f.toks[0].Start
	if strings.Contains(f.a.Text[:start], "\n") {
		return 0, 0, false
	}
	for j := 1; j+1 < len(f.toks); j++ {
		t := &f.toks[j]
		if t.Kind == vistka.QuoteMark && isOpenQuote(t.Text) && t.Text != "\"" {
			return 0, 0, false
		}
		if t.Kind == vistka.QuoteMark && isCloseQuote(t.Text) {
			// a quoted name ("«Шахтар»: …") has one or two words; a
			// remark has more
			if j < 4 {
				return 0, 0, false
			}
			if n := &f.toks[j+1]; n.Text == ":" || n.Kind == vistka.Dash {
				return f.toks[0].RStart, t.REnd, true
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}
