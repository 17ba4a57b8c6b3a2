package html

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Text returns the plain text of an HTML fragment, such as the content of
// a feed item: one paragraph, heading or list item a line, whitespace
// collapsed. It is for fragments that need no boilerplate removal; use Read
// for whole pages.
func Text(fragment string) string {
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), ctx)
	if err != nil {
		return ""
	}
	var w textWriter
	for _, n := range nodes {
		w.node(n, 0)
	}
	return w.String()
}

// nodeText returns the text of n as Text does.
func nodeText(n *html.Node) string {
	var w textWriter
	w.node(n, 0)
	return w.String()
}

// maxDepth bounds the recursion on pathological nesting.
const maxDepth = 512

// textWriter writes text with paragraph breaks as newlines and collapsed
// whitespace; breaks and spaces are kept pending so that none is written at
// the start or the end, and no run of them is written twice.
type textWriter struct {
	b          strings.Builder
	space, brk bool
	pre        int
}

func (w *textWriter) String() string { return w.b.String() }

func (w *textWriter) text(s string) {
	for _, r := range s {
		switch {
		case r == '\n' && w.pre > 0:
			w.brk = true
		case unicode.IsSpace(r):
			w.space = true
		case r == '\u00AD' || r == '\u200B' || r == '\u2060' || r == '\uFEFF':
			// Soft hyphens and zero-width characters only guide layout.
		case unicode.IsControl(r):
			w.space = true
		default:
			if w.b.Len() > 0 {
				if w.brk {
					w.b.WriteByte('\n')
				} else if w.space {
					w.b.WriteByte(' ')
				}
			}
			w.space, w.brk = false, false
			w.b.WriteRune(r)
		}
	}
}

func (w *textWriter) node(n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	if depth > maxDepth {
		return
	}
	// Trafilatura builds elements without setting DataAtom.
	a := n.DataAtom
	if a == 0 {
		a = atom.Lookup([]byte(n.Data))
	}
	if skipped[a] || n.Data == "graphic" {
		return
	}
	if a == atom.Br || a == atom.Hr || n.Data == "lb" {
		w.brk = true
		return
	}
	block := blocks[a] || n.Data == "item" || n.Data == "list" || n.Data == "quote"
	if block {
		w.brk = true
	} else if a == atom.Td || a == atom.Th {
		w.space = true
	}
	if a == atom.Pre {
		w.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, depth+1)
	}
	if a == atom.Pre {
		w.pre--
	}
	if block {
		w.brk = true
	}
}

// skipped elements carry no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Title: true, atom.Iframe: true, atom.Svg: true, atom.Math: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Select: true,
	atom.Button: true, atom.Img: true, atom.Video: true, atom.Audio: true,
}

// blocks start and end a line. Trafilatura's own element names (item,
// list, quote, lb, graphic) are matched by name where they are used; its
// head is a heading, not the page's <head>, so head is a block too.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Nav: true, atom.Main: true, atom.Figure: true,
	atom.Figcaption: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Caption: true, atom.Form: true, atom.Fieldset: true,
	atom.Body: true, atom.Html: true, atom.Center: true, atom.Head: true,
}
