package http

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// maxPartners bounds the who-met-whom graph: the entity and the partners
// it met most.
const maxPartners = 12

// graph is the who-met-whom graph of an entity, laid out for inline SVG:
// the entity in the middle, the entities it met (shared a CONSULT event
// with) on a circle around it, and an edge for each pair among them that
// met, as wide as how often.
type graph struct {
	// The picture is the box from (0, Top), Width by Height: the part of
	// the layout that holds nodes and labels.
	Top, Width, Height float64
	Nodes              []graphNode
	Edges              []graphEdge
}

type graphNode struct {
	ID     int64
	Name   string // as drawn, shortened
	Full   string
	Type   string
	Center bool
	Met    int // meetings with the centre
	X, Y   float64
	R      float64
	LX, LY float64 // label position
	Anchor string  // start, middle, end
}

type graphEdge struct {
	X1, Y1, X2, Y2 float64
	// QX, QY is the control point of the curve of an edge between two
	// partners: bent away from the centre, so that it does not run
	// under the centre's own edges.
	QX, QY float64
	Width  float64
	Count  int
	Center bool // an edge of the centre
	Title  string
}

// meetings builds e's who-met-whom graph from the stored CONSULT events
// of e and of its partners; nil when e met no one.
func (s *Server) meetings(ctx context.Context, e *vistka.EntityDetail) (*graph, error) {
	seen := map[int64]bool{}
	pairs := map[[2]int64]int{}
	refs := map[int64]vistka.EntityRef{e.ID: {ID: e.ID, Type: e.Type, Name: e.Name}}
	add := func(evs []vistka.EventRecord) {
		for _, ev := range evs {
			if seen[ev.ID] {
				continue
			}
			seen[ev.ID] = true
			var ids []int64
			for _, r := range slices.Concat(ev.Actors, ev.Recipients) {
				if r.ID == 0 || slices.Contains(ids, r.ID) {
					continue
				}
				ids = append(ids, r.ID)
				if _, ok := refs[r.ID]; !ok {
					refs[r.ID] = r
				}
			}
			for i := range ids {
				for j := i + 1; j < len(ids); j++ {
					pairs[pairKey(ids[i], ids[j])]++
				}
			}
		}
	}
	evs, err := s.Store.Events(ctx, vistka.EventQuery{Type: "CONSULT", Entity: e.ID, Limit: vistka.MaxLimit})
	if err != nil {
		return nil, err
	}
	add(evs)

	met := map[int64]int{}
	for k, n := range pairs {
		if k[0] == e.ID {
			met[k[1]] += n
		} else if k[1] == e.ID {
			met[k[0]] += n
		}
	}
	for _, r := range e.Related {
		if r.Met > met[r.ID] {
			met[r.ID] = r.Met
			if _, ok := refs[r.ID]; !ok {
				refs[r.ID] = vistka.EntityRef{ID: r.ID, Type: r.Type, Name: r.Name}
			}
		}
	}
	partners := make([]int64, 0, len(met))
	for id := range met {
		partners = append(partners, id)
	}
	if len(partners) == 0 {
		return nil, nil
	}
	slices.SortFunc(partners, func(a, b int64) int {
		if met[a] != met[b] {
			return met[b] - met[a]
		}
		return strings.Compare(refs[a].Name, refs[b].Name)
	})
	partners = partners[:min(len(partners), maxPartners)]
	for _, p := range partners {
		evs, err := s.Store.Events(ctx, vistka.EventQuery{Type: "CONSULT", Entity: p, Limit: 200})
		if err != nil {
			return nil, err
		}
		add(evs)
	}
	// The centre's own edges count what it met, whether or not its events
	// were all among those read.
	for _, p := range partners {
		k := pairKey(e.ID, p)
		pairs[k] = max(pairs[k], met[p])
	}
	return layout(e, partners, refs, met, pairs), nil
}

func pairKey(a, b int64) [2]int64 {
	if a > b {
		a, b = b, a
	}
	return [2]int64{a, b}
}

func layout(e *vistka.EntityDetail, partners []int64, refs map[int64]vistka.EntityRef, met map[int64]int, pairs map[[2]int64]int) *graph {
	const w, h = 760.0, 460.0
	cx, cy := w/2, h/2
	radius := 150.0
	g := &graph{Width: w, Height: h}
	g.Nodes = append(g.Nodes, graphNode{ID: e.ID, Name: shorten(e.Name, 28), Full: e.Name, Type: e.Type, Center: true,
		X: cx, Y: cy, R: 24, LX: cx, LY: cy + 24 + 18, Anchor: "middle"})
	pos := map[int64]int{e.ID: 0}
	for i, p := range partners {
		angle := -math.Pi/2 + 2*math.Pi*float64(i)/float64(len(partners))
		if len(partners) == 2 { // not opposite, or their edge hides under the centre
			angle = -math.Pi/2 + math.Pi/3*float64(2*i-1)
		}
		x, y := cx+radius*math.Cos(angle), cy+radius*math.Sin(angle)
		r := math.Min(9+3*math.Sqrt(float64(met[p])), 18)
		lr := radius + r + 8
		lx, ly := cx+lr*math.Cos(angle), cy+lr*math.Sin(angle)+4
		anchor := "middle"
		switch c := math.Cos(angle); {
		case c > 0.3:
			anchor = "start"
		case c < -0.3:
			anchor = "end"
		}
		if math.Sin(angle) > 0.7 {
			ly += 8
		}
		ref := refs[p]
		pos[p] = len(g.Nodes)
		g.Nodes = append(g.Nodes, graphNode{ID: p, Name: shorten(ref.Name, 22), Full: ref.Name, Type: ref.Type, Met: met[p],
			X: round1(x), Y: round1(y), R: round1(r), LX: round1(lx), LY: round1(ly), Anchor: anchor})
	}
	top, bottom := h, 0.0
	for _, n := range g.Nodes {
		top = math.Min(top, math.Min(n.Y-n.R, n.LY-16))
		bottom = math.Max(bottom, math.Max(n.Y+n.R, n.LY+6))
	}
	g.Top, g.Height = math.Max(top-24, 0), math.Min(bottom+24, h)-math.Max(top-24, 0)
	keys := make([][2]int64, 0, len(pairs))
	for k := range pairs {
		if _, ok := pos[k[0]]; !ok {
			continue
		}
		if _, ok := pos[k[1]]; !ok {
			continue
		}
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]int64) int {
		if a[0] != b[0] {
			return int(a[0] - b[0])
		}
		return int(a[1] - b[1])
	})
	for _, k := range keys {
		a, b := g.Nodes[pos[k[0]]], g.Nodes[pos[k[1]]]
		n := pairs[k]
		qx, qy := (a.X+b.X)/2, (a.Y+b.Y)/2
		if !a.Center && !b.Center {
			qx, qy = bend(a, b, cx, cy)
		}
		g.Edges = append(g.Edges, graphEdge{X1: a.X, Y1: a.Y, X2: b.X, Y2: b.Y, QX: round1(qx), QY: round1(qy), Count: n,
			Width:  round1(math.Min(1.5+1.5*math.Log2(float64(n)), 7)),
			Center: a.Center || b.Center,
			Title:  a.Full + " — " + b.Full + ": " + meetingsWord(n)})
	}
	return g
}

// bend returns the control point of a curve from a to b that bulges away
// from the centre (cx, cy), sideways when a and b face each other across
// it.
func bend(a, b graphNode, cx, cy float64) (float64, float64) {
	mx, my := (a.X+b.X)/2, (a.Y+b.Y)/2
	dx, dy := b.X-a.X, b.Y-a.Y
	length := math.Hypot(dx, dy)
	if length == 0 {
		return mx, my
	}
	vx, vy := mx-cx, my-cy
	d := math.Hypot(vx, vy)
	if d < 1 {
		vx, vy, d = -dy, dx, length
	}
	k := 0.2 * length
	if d < 0.25*length {
		k = 0.3 * length
	}
	return mx + vx/d*k, my + vy/d*k
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// shorten cuts s to at most n code points with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// meetingsWord writes "n зустрічей" with the right plural.
func meetingsWord(n int) string {
	return itoa(int64(n)) + " " + plural(n, "зустріч", "зустрічі", "зустрічей")
}

// plural picks the Ukrainian form for n: one (1, 21), few (2–4, 22–24),
// many (0, 5–20, 25…).
func plural(n int, one, few, many string) string {
	n %= 100
	if n >= 11 && n <= 14 {
		return many
	}
	switch n % 10 {
	case 1:
		return one
	case 2, 3, 4:
		return few
	}
	return many
}
