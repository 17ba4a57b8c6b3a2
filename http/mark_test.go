package http

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/vistka/vistka"
)

func TestMarkup(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		marks []mark
		want  string
	}{
		{"none", "a < b & c", nil, "a &lt; b &amp; c"},
		{"one", "Київ і Львів", []mark{{start: 0, end: 4, class: "ent"}}, `<span class="ent">Київ</span> і Львів`},
		{"link", "Київ", []mark{{start: 0, end: 4, href: "/entities/1", class: "ent", title: `"K"`}},
			`<a href="/entities/1" class="ent" title="&#34;K&#34;">Київ</a>`},
		{"nested", "«Київ» — столиця", []mark{{start: 0, end: 6, class: "q"}, {start: 1, end: 5, class: "e"}},
			`<span class="q">«<span class="e">Київ</span>»</span> — столиця`},
		{"same extent, layer orders", "Київ", []mark{{start: 0, end: 4, class: "inner", layer: 2}, {start: 0, end: 4, class: "outer", layer: 1}},
			`<span class="outer"><span class="inner">Київ</span></span>`},
		{"crossing is split", "абвгд", []mark{{start: 0, end: 3, class: "x"}, {start: 2, end: 5, class: "y"}},
			`<span class="x">аб<span class="y">в</span></span><span class="y">гд</span>`},
		{"adjacent", "абв", []mark{{start: 0, end: 1, class: "x"}, {start: 1, end: 3, class: "y"}},
			`<span class="x">а</span><span class="y">бв</span>`},
		{"out of range is clipped", "абв", []mark{{start: -5, end: 1, class: "x"}, {start: 2, end: 99, class: "y"}, {start: 7, end: 9, class: "z"}, {start: 2, end: 1, class: "w"}},
			`<span class="x">а</span>б<span class="y">в</span>`},
		{"link in link becomes span", "ab", []mark{{start: 0, end: 2, href: "/a"}, {start: 1, end: 2, href: "/b", class: "c"}},
			`<a href="/a">a<span class="c">b</span></a>`},
		{"code points, not bytes", "Блінкен і Токаєв", []mark{{start: 10, end: 16, class: "e"}},
			`Блінкен і <span class="e">Токаєв</span>`},
		{"attrs", "x", []mark{{start: 0, end: 1, attrs: [][2]string{{"data-entity", `E1"><b>`}}}},
			`<span data-entity="E1&#34;&gt;&lt;b&gt;">x</span>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(markup(tc.text, tc.marks)); got != tc.want {
				t.Errorf("markup =\n%s\nwant\n%s", got, tc.want)
			}
			checkMarkup(t, tc.text, tc.marks)
		})
	}
}

var reTag = regexp.MustCompile(`<(/?)(a|span)\b[^>]*>`)

// checkMarkup checks that markup's output is well nested, has no link in
// a link, and says the text and nothing else.
func checkMarkup(t *testing.T, text string, marks []mark) {
	t.Helper()
	out := string(markup(text, marks))
	var stack []string
	links := 0
	for _, m := range reTag.FindAllStringSubmatch(out, -1) {
		if m[1] == "" {
			if m[2] == "a" {
				links++
				if links > 1 {
					t.Fatalf("link in a link: %s", out)
				}
			}
			stack = append(stack, m[2])
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != m[2] {
			t.Fatalf("</%s> does not close %v: %s", m[2], stack, out)
		}
		if m[2] == "a" {
			links--
		}
		stack = stack[:len(stack)-1]
	}
	if len(stack) > 0 {
		t.Fatalf("unclosed %v: %s", stack, out)
	}
	plain := reTag.ReplaceAllString(out, "")
	if strings.ContainsAny(plain, "<>") {
		t.Fatalf("unescaped < or > in %q", plain)
	}
	want := strings.ReplaceAll(string([]rune(text)), "\x00", "\uFFFD")
	if got := html.UnescapeString(plain); got != want {
		t.Fatalf("text of markup = %q, want %q", got, want)
	}
}

func FuzzMarkup(f *testing.F) {
	f.Add("«Київ» — столиця України", []byte{0, 6, 0, 1, 5, 1, 15, 22, 2})
	f.Add("a<b>&c", []byte{0, 3, 1, 2, 6, 0})
	f.Add("\x00\xff\r\n", []byte{0, 2, 1, 1, 4, 5})
	f.Fuzz(func(t *testing.T, text string, spec []byte) {
		var marks []mark
		for i := 0; i+2 < len(spec) && len(marks) < 50; i += 3 {
			m := mark{start: int(int8(spec[i])), end: int(int8(spec[i+1])), layer: int(spec[i+2] % 4), class: "c"}
			if spec[i+2]&4 != 0 {
				m.href = "/x"
			}
			marks = append(marks, m)
		}
		checkMarkup(t, text, marks)
	})
}

func TestDocumentMarks(t *testing.T) {
	// Bad offsets from a store make a poorer page, not a panic.
	d := &vistka.StoredDocument{Document: vistka.Document{Text: "Київ", Extraction: &vistka.Extraction{
		Entities: []vistka.Entity{{ID: "E1", Type: "LOC", Name: "Київ", Mentions: []vistka.Mention{{Start: -1, End: 100}}}},
		Quotes:   []vistka.Quote{{Start: 3, End: 1}},
		Amounts:  []vistka.Amount{{Start: 2, End: 3}},
		Events:   []vistka.Event{{Type: "CONSULT", TriggerSpan: &vistka.Range{Start: 50, End: 60}}},
		Spans:    []vistka.Span{{Start: 0, End: 4, Type: "LOC"}},
	}}, EntityIDs: map[string]int64{"E1": 7}}
	checkMarkup(t, d.Text, documentMarks(d))
	if got := string(markup(d.Text, documentMarks(d))); !strings.Contains(got, `href="/entities/7"`) {
		t.Errorf("markup = %s", got)
	}
}

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "зустрічей", 1: "зустріч", 2: "зустрічі", 4: "зустрічі", 5: "зустрічей", 11: "зустрічей",
		12: "зустрічей", 21: "зустріч", 22: "зустрічі", 25: "зустрічей", 101: "зустріч", 111: "зустрічей"} {
		if got := plural(n, "зустріч", "зустрічі", "зустрічей"); got != want {
			t.Errorf("plural(%d) = %s, want %s", n, got, want)
		}
	}
}

func TestFormat(t *testing.T) {
	for in, want := range map[string]string{"2023-02-28": "28 лютого 2023", "2023-04": "квітень 2023", "2023": "2023 р.", "вчора": "вчора"} {
		if got := formatDate(in); got != want {
			t.Errorf("formatDate(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[float64]string{62e9: "62\u00a0000\u00a0000\u00a0000", 1.5: "1,5", -1200: "-1\u00a0200", 100: "100"} {
		if got := formatNumber(in); got != want {
			t.Errorf("formatNumber(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestLayout(t *testing.T) {
	e := &vistka.EntityDetail{ID: 1, Type: "PERS", Name: "Центр"}
	refs := map[int64]vistka.EntityRef{1: {ID: 1, Name: "Центр"}}
	met := map[int64]int{}
	pairs := map[[2]int64]int{}
	var partners []int64
	for i := int64(2); i < 2+maxPartners; i++ {
		partners = append(partners, i)
		refs[i] = vistka.EntityRef{ID: i, Type: "PERS", Name: strings.Repeat("Дуже довге ім’я ", 3)}
		met[i] = int(i)
		pairs[pairKey(1, i)] = int(i)
	}
	pairs[pairKey(2, 3)] = 1
	pairs[pairKey(2, 99)] = 5 // not drawn: 99 is no node
	g := layout(e, partners, refs, met, pairs)
	if len(g.Nodes) != maxPartners+1 || len(g.Edges) != maxPartners+1 {
		t.Fatalf("%d nodes, %d edges", len(g.Nodes), len(g.Edges))
	}
	for _, n := range g.Nodes {
		if n.X-n.R < 0 || n.X+n.R > g.Width || n.Y-n.R < g.Top || n.Y+n.R > g.Top+g.Height || n.LY < g.Top || n.LY > g.Top+g.Height {
			t.Errorf("node %+v outside the %vx%v picture", n, g.Width, g.Height)
		}
		if len([]rune(n.Name)) > 28 {
			t.Errorf("label %q not shortened", n.Name)
		}
	}
}
