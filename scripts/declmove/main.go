// Command declmove moves top-level declarations of one Go file into other
// files of the same package, as a mapping file says, copying each
// declaration's source text verbatim and recomputing the imports of every
// file it writes.
//
//	go run ./scripts/declmove -map MAPPING FILE.go
//	go run ./scripts/declmove -callers [-map MAPPING] FILE.go
//
// The mapping has a line "KEY FILE.go" a declaration: a function by its
// name, a method as "recv.name" (the receiver's type without * or type
// parameters), a var, const or type block by its first name. FILE.go is a
// file of the package, new or existing; the source file's own name keeps a
// declaration where it is. Lines starting with # are comments.
//
// It refuses, writing nothing, a mapping that names a declaration twice or
// one found neither in the source file nor in the file it maps to; a
// declaration already in its target counts as moved, so a second run
// changes nothing. Declarations of the source file the mapping does not
// name stay and are listed on stderr.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

func main() {
	mapFile := flag.String("map", "", "the mapping file: a line \"KEY FILE.go\" a declaration")
	callers := flag.Bool("callers", false, "print each declaration of the source file with its line count and its callers, and move nothing")
	dry := flag.Bool("n", false, "check the mapping and report, but write nothing")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: declmove [-n] -map MAPPING FILE.go\n       declmove -callers [-map MAPPING] FILE.go")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 || (*mapFile == "" && !*callers) {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *mapFile, *callers, *dry); err != nil {
		fmt.Fprintln(os.Stderr, "declmove:", err)
		os.Exit(1)
	}
}

func run(srcPath, mapFile string, callers, dry bool) error {
	pkg, err := loadPackage(filepath.Dir(srcPath))
	if err != nil {
		return err
	}
	src := pkg.files[filepath.Base(srcPath)]
	if src == nil {
		return fmt.Errorf("%s: not a file of package %s", srcPath, pkg.name)
	}
	var m []mapping
	if mapFile != "" {
		if m, err = readMapping(mapFile); err != nil {
			return err
		}
	}
	if callers {
		return printCallers(os.Stdout, pkg, src, m)
	}
	plan, err := makePlan(pkg, src, m)
	if err != nil {
		return err
	}
	out, err := plan.apply(pkg)
	if err != nil {
		return err
	}
	plan.report(os.Stderr, src, len(out))
	if dry {
		return nil
	}
	names := make([]string, 0, len(out))
	for name := range out {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(pkg.dir, name), out[name], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// A decl is a top-level declaration of a file other than an import.
type decl struct {
	key string
	// start and end are the bytes removing the declaration takes out:
	// from just after the previous declaration's line (so the blank
	// lines and free-floating comments between the two go with it) to
	// the end of its own last line, trailing comment included.
	start, end int
	lines      int
	names      []string // every name it declares (all of a var block's)
	node       ast.Decl
}

// text is the declaration as it moves: its comments, code and trailing
// comment, ending in a newline.
func (d decl) text(src []byte) []byte {
	return bytes.TrimLeft(src[d.start:d.end], "\n")
}

type file struct {
	name  string
	src   []byte
	ast   *ast.File
	decls []decl
}

type pkg struct {
	dir, name string
	fset      *token.FileSet
	files     map[string]*file
}

func loadPackage(dir string) (*pkg, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	p := &pkg{dir: dir, fset: token.NewFileSet(), files: map[string]*file{}}
	for _, path := range paths {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parseFile(p.fset, path, nil)
		if err != nil {
			return nil, err
		}
		if p.name == "" {
			p.name = f.ast.Name.Name
		}
		p.files[f.name] = f
	}
	if len(p.files) == 0 {
		return nil, fmt.Errorf("%s: no Go files", dir)
	}
	return p, nil
}

// parseFile parses a file (src, or the file's contents when src is nil)
// with object resolution on: an identifier left unresolved is a package
// name, a package-level name of another file or a predeclared one.
func parseFile(fset *token.FileSet, path string, src []byte) (*file, error) {
	if src == nil {
		var err error
		if src, err = os.ReadFile(path); err != nil {
			return nil, err
		}
	}
	f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	return &file{name: filepath.Base(path), src: src, ast: f, decls: declsOf(fset, f, src)}, nil
}

func declsOf(fset *token.FileSet, f *ast.File, src []byte) []decl {
	off := func(p token.Pos) int { return fset.Position(p).Offset }
	var out []decl
	prev := lineEnd(src, off(f.Name.End()))
	for _, d := range f.Decls {
		end := lineEnd(src, off(d.End()))
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			prev = end
			continue
		}
		names := declNames(d)
		out = append(out, decl{
			key:   keyOf(d, names),
			start: prev,
			end:   end,
			lines: fset.Position(d.End()).Line - fset.Position(d.Pos()).Line + 1,
			names: names,
			node:  d,
		})
		prev = end
	}
	return out
}

// lineEnd is the offset just past the newline ending the line that holds
// off (or the end of src).
func lineEnd(src []byte, off int) int {
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		return off + i + 1
	}
	return len(src)
}

func declNames(d ast.Decl) []string {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return []string{d.Name.Name}
	case *ast.GenDecl:
		var names []string
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				names = append(names, s.Name.Name)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					names = append(names, n.Name)
				}
			}
		}
		return names
	}
	return nil
}

func keyOf(d ast.Decl, names []string) string {
	if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && len(fd.Recv.List) == 1 {
		return recvType(fd.Recv.List[0].Type) + "." + fd.Name.Name
	}
	if len(names) == 0 {
		return ""
	}
	return names[0]
}

func recvType(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return recvType(t.X)
	case *ast.ParenExpr:
		return recvType(t.X)
	case *ast.IndexExpr:
		return recvType(t.X)
	case *ast.IndexListExpr:
		return recvType(t.X)
	case *ast.Ident:
		return t.Name
	}
	return "?"
}

// A mapping line: the declaration key goes to file.
type mapping struct {
	key, file string
	line      int
}

func readMapping(path string) ([]mapping, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []mapping
	seen := map[string]int{}
	var errs []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 2 || !strings.HasSuffix(fields[1], ".go") || strings.HasSuffix(fields[1], "_test.go") || strings.ContainsAny(fields[1], `/\`) {
			errs = append(errs, fmt.Sprintf("%s:%d: want \"KEY FILE.go\", got %q", path, n, line))
			continue
		}
		if first, ok := seen[fields[0]]; ok {
			errs = append(errs, fmt.Sprintf("%s:%d: %s mapped twice (first on line %d)", path, n, fields[0], first))
			continue
		}
		seen[fields[0]] = n
		out = append(out, mapping{key: fields[0], file: fields[1], line: n})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("bad mapping:\n%s", strings.Join(errs, "\n"))
	}
	return out, nil
}

// A plan says, for each declaration of the source file, where it goes.
type plan struct {
	src     *file
	target  []string // by the source file's declarations; "" stays
	moved   int
	already int // declarations the mapping names that are in their target already
	left    []decl
}

func makePlan(p *pkg, src *file, m []mapping) (*plan, error) {
	bySrcKey := map[string][]int{}
	for i, d := range src.decls {
		bySrcKey[d.key] = append(bySrcKey[d.key], i)
	}
	pl := &plan{src: src, target: make([]string, len(src.decls))}
	var errs []string
	named := make([]bool, len(src.decls))
	for _, mp := range m {
		idx := bySrcKey[mp.key]
		dst := p.files[mp.file]
		switch {
		case len(idx) > 1:
			errs = append(errs, fmt.Sprintf("line %d: %s names %d declarations of %s", mp.line, mp.key, len(idx), src.name))
		case len(idx) == 1 && mp.file == src.name:
			named[idx[0]] = true
		case len(idx) == 1:
			if dst != nil && hasKey(dst, mp.key) {
				errs = append(errs, fmt.Sprintf("line %d: %s is in both %s and %s", mp.line, mp.key, src.name, mp.file))
				continue
			}
			named[idx[0]] = true
			pl.target[idx[0]] = mp.file
			pl.moved++
		case dst != nil && hasKey(dst, mp.key):
			pl.already++
		default:
			errs = append(errs, fmt.Sprintf("line %d: no declaration %s in %s or %s", mp.line, mp.key, src.name, mp.file))
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("mapping refused, nothing written:\n%s", strings.Join(errs, "\n"))
	}
	for i, d := range src.decls {
		if !named[i] {
			pl.left = append(pl.left, d)
		}
	}
	return pl, nil
}

func hasKey(f *file, key string) bool {
	for _, d := range f.decls {
		if d.key == key {
			return true
		}
	}
	return false
}

// apply returns the new contents of every file the plan changes.
func (pl *plan) apply(p *pkg) (map[string][]byte, error) {
	if pl.moved == 0 {
		return nil, nil
	}
	src := pl.src
	var kept bytes.Buffer
	moved := map[string]*bytes.Buffer{}
	var order []string
	last := 0
	for i, d := range src.decls {
		t := pl.target[i]
		if t == "" {
			continue
		}
		kept.Write(src.src[last:d.start])
		last = d.end
		if moved[t] == nil {
			moved[t] = &bytes.Buffer{}
			order = append(order, t)
		}
		moved[t].WriteString("\n")
		moved[t].Write(d.text(src.src))
	}
	kept.Write(src.src[last:])
	imports := importsOf(src.ast)
	out := map[string][]byte{}
	b, err := fixImports(src.name, kept.Bytes(), imports)
	if err != nil {
		return nil, err
	}
	out[src.name] = b
	for _, t := range order {
		var body []byte
		if dst := p.files[t]; dst != nil {
			body = append(bytes.TrimRight(dst.src, "\n"), '\n')
			for name, spec := range importsOf(dst.ast) {
				imports[name] = spec
			}
		} else {
			body = []byte("package " + p.name + "\n")
		}
		body = append(body, moved[t].Bytes()...)
		if out[t], err = fixImports(t, body, imports); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (pl *plan) report(w *os.File, src *file, files int) {
	fmt.Fprintf(w, "declmove: %d declarations moved into %d files, %d already moved, %d stay in %s\n",
		pl.moved, max(files-1, 0), pl.already, len(src.decls)-pl.moved, src.name)
	if len(pl.left) > 0 {
		fmt.Fprintf(w, "not in the mapping, left in %s:\n", src.name)
		for _, d := range pl.left {
			fmt.Fprintf(w, "\t%s\t%d lines\n", d.key, d.lines)
		}
	}
}

// importsOf gives a file's imports by the name the code uses them by.
func importsOf(f *ast.File) map[string]string {
	out := map[string]string{}
	for _, s := range f.Imports {
		out[importName(s)] = importText(s)
	}
	return out
}

var versionElem = regexp.MustCompile(`^v[0-9]+$`)

func importName(s *ast.ImportSpec) string {
	if s.Name != nil {
		return s.Name.Name
	}
	path, _ := strconv.Unquote(s.Path.Value)
	elems := strings.Split(path, "/")
	name := elems[len(elems)-1]
	if versionElem.MatchString(name) && len(elems) > 1 {
		name = elems[len(elems)-2]
	}
	name = strings.TrimPrefix(name, "go-")
	return strings.ReplaceAll(name, "-", "_")
}

func importText(s *ast.ImportSpec) string {
	if s.Name != nil {
		return s.Name.Name + " " + s.Path.Value
	}
	return s.Path.Value
}

// fixImports gives body the imports its code uses, out of avail, keeps
// its blank and dot imports, and formats it. A file whose import set is
// right already keeps its import block as it is.
func fixImports(name string, body []byte, avail map[string]string) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, body, parser.ParseComments)
	if err != nil {
		return nil, fmt.Errorf("%s after the move: %w", name, err)
	}
	want := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok && x.Obj == nil {
				if spec, ok := avail[x.Name]; ok {
					want[spec] = true
				}
			}
		}
		return true
	})
	have := map[string]bool{}
	for _, s := range f.Imports {
		have[importText(s)] = true
		if n := importName(s); n == "_" || n == "." {
			want[importText(s)] = true
		}
	}
	if !sameSet(want, have) {
		body = replaceImports(fset, f, body, want)
	}
	out, err := format.Source(body)
	if err != nil {
		return nil, fmt.Errorf("%s after the move: %w", name, err)
	}
	return out, nil
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// replaceImports writes the import block anew: the standard library,
// then the rest, each sorted by path, as goimports would.
func replaceImports(fset *token.FileSet, f *ast.File, body []byte, want map[string]bool) []byte {
	var std, other []string
	for spec := range want {
		path := spec[strings.IndexByte(spec, '"'):]
		if strings.Contains(strings.SplitN(path, "/", 2)[0], ".") {
			other = append(other, spec)
		} else {
			std = append(std, spec)
		}
	}
	byPath := func(s []string) {
		sort.Slice(s, func(i, j int) bool {
			return s[i][strings.IndexByte(s[i], '"'):] < s[j][strings.IndexByte(s[j], '"'):]
		})
	}
	byPath(std)
	byPath(other)
	var block strings.Builder
	switch n := len(std) + len(other); {
	case n == 1:
		block.WriteString("import " + append(std, other...)[0] + "\n")
	case n > 1:
		block.WriteString("import (\n")
		for _, s := range std {
			block.WriteString("\t" + s + "\n")
		}
		if len(std) > 0 && len(other) > 0 {
			block.WriteString("\n")
		}
		for _, s := range other {
			block.WriteString("\t" + s + "\n")
		}
		block.WriteString(")\n")
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset }
	start, end := -1, -1
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			if start < 0 {
				start = off(g.Pos())
				if g.Doc != nil {
					start = off(g.Doc.Pos())
				}
			}
			end = lineEnd(body, off(g.End()))
		}
	}
	var out []byte
	if start < 0 {
		if block.Len() == 0 {
			return body
		}
		at := lineEnd(body, off(f.Name.End()))
		out = append(out, body[:at]...)
		out = append(out, '\n')
		out = append(out, block.String()...)
		return append(out, body[at:]...)
	}
	out = append(out, body[:start]...)
	out = append(out, block.String()...)
	return append(out, body[end:]...)
}
