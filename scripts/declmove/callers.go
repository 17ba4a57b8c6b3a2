package main

import (
	"fmt"
	"go/ast"
	"io"
	"sort"
	"strings"
)

// printCallers prints, tab-separated, for each declaration of src its
// key, first line, line count, the file the mapping sends it to ("-"
// when none) and the declarations of the package that refer to it (as
// "file.go:key" when in another file). A method call is matched by name
// alone, so a name shared by methods of two types counts for both.
func printCallers(w io.Writer, p *pkg, src *file, m []mapping) error {
	byName := map[string][]string{} // a package-level name or method name → keys
	for _, f := range p.files {
		for _, d := range f.decls {
			if fd, ok := d.node.(*ast.FuncDecl); ok && fd.Recv != nil {
				byName["."+fd.Name.Name] = append(byName["."+fd.Name.Name], d.key)
				continue
			}
			for _, n := range d.names {
				byName[n] = append(byName[n], d.key)
			}
		}
	}
	callers := map[string]map[string]bool{}
	names := make([]string, 0, len(p.files))
	for name := range p.files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, d := range p.files[name].decls {
			from := d.key
			if name != src.name {
				from = name + ":" + d.key
			}
			for _, to := range refs(d.node, byName) {
				if to == d.key {
					continue
				}
				if callers[to] == nil {
					callers[to] = map[string]bool{}
				}
				callers[to][from] = true
			}
		}
	}
	dest := map[string]string{}
	for _, mp := range m {
		dest[mp.key] = mp.file
	}
	for _, d := range src.decls {
		var cs []string
		for c := range callers[d.key] {
			cs = append(cs, c)
		}
		sort.Strings(cs)
		to := dest[d.key]
		if to == "" {
			to = "-"
		}
		line := p.fset.Position(d.node.Pos()).Line
		fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\n", d.key, line, d.lines, to, strings.Join(cs, " "))
	}
	return nil
}

// refs gives the keys of the package-level declarations n refers to.
func refs(n ast.Node, byName map[string][]string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(keys []string) {
		for _, k := range keys {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			add(byName["."+n.Sel.Name])
			ast.Inspect(n.X, func(x ast.Node) bool {
				if id, ok := x.(*ast.Ident); ok {
					add(byName[id.Name])
				}
				return true
			})
			return false
		case *ast.Ident:
			add(byName[n.Name])
		}
		return true
	})
	return out
}
