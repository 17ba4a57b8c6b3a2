package vesum

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Entry is one word form of the expanded dictionary: a line
// "form lemma tags" of VESUM's dict_corp_lt.txt.
type Entry struct {
	Form, Lemma, Tags string
}

func (e Entry) String() string { return e.Form + " " + e.Lemma + " " + e.Tags }

// Expander expands lemma lists with a set of affixes. Its zero Warn drops
// the problems it meets; set it to see every line that could not be
// expanded (each is an *Error with a position and a Kind).
type Expander struct {
	Affixes *Affixes
	Warn    func(err error)
}

// ExpandFile expands one lemma list and calls fn for every entry, in
// dictionary order.
func (a *Affixes) ExpandFile(path string, fn func(Entry) error) error {
	return (&Expander{Affixes: a}).ExpandFile(path, fn)
}

// ExpandLines expands the lemma list read from r; name (a file name such
// as "names-anim.lst") says what kind of list it is.
func (a *Affixes) ExpandLines(name string, r io.Reader, fn func(Entry) error) error {
	return (&Expander{Affixes: a}).ExpandLines(name, r, fn)
}

// ExpandDir expands every lemma list of dictDir with the affix files of
// affixDir; see Expander.ExpandDir.
func ExpandDir(dictDir, affixDir string, fn func(Entry) error) error {
	a, err := LoadAffixes(affixDir)
	if err != nil {
		return err
	}
	return (&Expander{Affixes: a}).ExpandDir(dictDir, fn)
}

// ExpandFile expands one lemma list and calls fn for every entry, in
// dictionary order. An add_tag.add beside it is applied.
func (e *Expander) ExpandFile(path string, fn func(Entry) error) error {
	if e.Affixes == nil {
		return errNoAffixes
	}
	d := e.newDict()
	if err := d.addFile(path); err != nil {
		return err
	}
	if err := d.addTagsFile(filepath.Join(filepath.Dir(path), "add_tag.add")); err != nil {
		return err
	}
	return d.emit(fn)
}

// ExpandLines expands the lemma list read from r.
func (e *Expander) ExpandLines(name string, r io.Reader, fn func(Entry) error) error {
	if e.Affixes == nil {
		return errNoAffixes
	}
	d := e.newDict()
	if err := d.addReader(name, r); err != nil {
		return err
	}
	return d.emit(fn)
}

// ExpandDir expands every *.lst file of dictDir except the lists of
// mistakes (invalid*.lst), applies its add_tag.add, and calls fn for every
// entry in dictionary order: by lemma, then by the lemma's kind (part of
// speech, animacy, …), then by gender, case and the other tags.
func (e *Expander) ExpandDir(dictDir string, fn func(Entry) error) error {
	if e.Affixes == nil {
		return errNoAffixes
	}
	files, err := filepath.Glob(filepath.Join(dictDir, "*.lst"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("vesum: no *.lst files in %s", dictDir)
	}
	sort.Strings(files)
	d := e.newDict()
	for _, f := range files {
		if strings.HasPrefix(filepath.Base(f), "invalid") {
			continue
		}
		if err := d.addFile(f); err != nil {
			return err
		}
	}
	if err := d.addTagsFile(filepath.Join(dictDir, "add_tag.add")); err != nil {
		return err
	}
	return d.emit(fn)
}

// dict collects the expansion of lemma lists before sorting.
type dict struct {
	e        *Expander
	lineID   int
	lemmas   map[string]*lemmaEntries
	tagInfos map[string]*tagInfo // by tag string, ordered or not
	addTags  []addTag
}

type lemmaEntries struct {
	entries []rawEntry
}

type rawEntry struct {
	form string
	tags *tagInfo
	fx   *tagInfo // the form's own tags
	src  int32    // an id of the source line, for homonyms
	base bool     // the lemma itself
}

// tagInfo is a tag string in output order with its sort keys, shared by
// all entries with those tags.
type tagInfo struct {
	s    string
	t    tags
	tkey []int
	lkey string
}

var errNoAffixes = errors.New("vesum: Expander has no Affixes")

func (e *Expander) newDict() *dict {
	return &dict{e: e, lemmas: map[string]*lemmaEntries{}, tagInfos: map[string]*tagInfo{}}
}

func (d *dict) warn(err error) {
	if d.e.Warn != nil {
		d.e.Warn(err)
	}
}

func (d *dict) addFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return d.addReader(filepath.Base(path), f)
}

// logicalLine is a line with its "\" continuation lines.
type logicalLine struct {
	pos  Position
	text string
}

// readLines splits r into logical lines.
func readLines(name string, r io.Reader, fn func(logicalLine) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var cur *logicalLine
	n := 0
	flush := func() error {
		if cur == nil {
			return nil
		}
		l := *cur
		cur = nil
		return fn(l)
	}
	for sc.Scan() {
		n++
		text := strings.TrimRight(sc.Text(), "\r")
		body, _ := cutComment(text)
		cont := strings.HasSuffix(strings.TrimSpace(body), "\\")
		if cur != nil && (strings.HasPrefix(text, " ") || strings.HasPrefix(text, "\t")) &&
			strings.HasPrefix(strings.TrimSpace(text), "+cs=") {
			cur.text += "\n" + text
			if !cont {
				if err := flush(); err != nil {
					return err
				}
			}
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		l := logicalLine{pos: Position{Filename: name, Line: n}, text: text}
		if cont {
			cur = &l
			continue
		}
		if err := fn(l); err != nil {
			return err
		}
	}
	if err := flush(); err != nil {
		return err
	}
	return sc.Err()
}

func (d *dict) addReader(name string, r io.Reader) error {
	x := &expander{aff: d.e.Affixes, kind: kindOf(name)}
	return readLines(name, r, func(l logicalLine) error {
		ln, err := ParseLine(l.pos, l.text)
		if err != nil {
			d.warn(&Error{Pos: l.pos, Kind: "syntax", Msg: err.Error()})
			return nil
		}
		if ln == nil {
			return nil
		}
		for _, p := range ln.Parts {
			for _, n := range p.Notes {
				d.warn(&Error{Pos: l.pos, Kind: "lenient", Msg: n})
			}
		}
		lfs, err := x.expandLine(ln)
		if err != nil {
			kind := "expand"
			var le *lineError
			if errors.As(err, &le) {
				kind = le.kind
			}
			d.warn(&Error{Pos: l.pos, Kind: kind, Msg: err.Error()})
			return nil
		}
		n := 0
		for _, lf := range lfs {
			n += len(lf.forms)
		}
		if n == 0 {
			d.warn(&Error{Pos: l.pos, Kind: "empty", Msg: "line makes no word forms"})
			return nil
		}
		d.add(lfs, l.pos)
		return nil
	})
}

func (d *dict) add(lfs []*lemmaForms, pos Position) {
	d.lineID++
	for _, lf := range lfs {
		le := d.lemmas[lf.lemma]
		if le == nil {
			le = &lemmaEntries{}
			d.lemmas[lf.lemma] = le
		}
		for _, f := range lf.forms {
			if f.word == "" || len(f.tags) == 0 {
				continue
			}
			le.entries = append(le.entries, rawEntry{
				form: f.word, tags: d.info(f.tags), fx: d.fxInfo(f.fx),
				src: int32(d.lineID), base: f.base,
			})
		}
	}
}

// fxInfo returns the shared tagInfo of a form's own tags, which have no
// part of speech.
func (d *dict) fxInfo(t tags) *tagInfo {
	s := "\x00" + t.String()
	if ti, ok := d.tagInfos[s]; ok {
		return ti
	}
	o := append(tags{""}, t...).order()[1:]
	ti := &tagInfo{s: o.String(), t: o}
	d.tagInfos[s] = ti
	return ti
}

// info returns the shared tagInfo of t.
func (d *dict) info(t tags) *tagInfo {
	s := t.String()
	if ti, ok := d.tagInfos[s]; ok {
		return ti
	}
	o := t.order()
	os := o.String()
	ti, ok := d.tagInfos[os]
	if !ok {
		ti = &tagInfo{s: os, t: o, tkey: sortKey(o), lkey: lemmaKey(o)}
		d.tagInfos[os] = ti
	}
	d.tagInfos[s] = ti
	return ti
}

// addTag is a line of add_tag.add: forms word with all of tags get add.
type addTag struct {
	word string
	need tags
	add  string
}

func (d *dict) addTagsFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		text, _ := cutComment(sc.Text())
		fs := strings.Fields(text)
		if len(fs) == 0 {
			continue
		}
		if len(fs) != 2 {
			d.warn(&Error{Pos: Position{Filename: filepath.Base(path), Line: n}, Kind: "syntax", Msg: "want WORD TAGS"})
			continue
		}
		t := splitTags(fs[1])
		if len(t) < 2 {
			d.warn(&Error{Pos: Position{Filename: filepath.Base(path), Line: n}, Kind: "syntax", Msg: "want POS:…:TAG"})
			continue
		}
		d.addTags = append(d.addTags, addTag{word: fs[0], need: t[:len(t)-1], add: t[len(t)-1]})
	}
	return sc.Err()
}

// block is the entries of one lemma with one set of key tags.
type block struct {
	key     string
	entries []rawEntry
}

func (d *dict) emit(fn func(Entry) error) error {
	names := make([]string, 0, len(d.lemmas))
	keys := make(map[string]string, len(d.lemmas))
	for n := range d.lemmas {
		names = append(names, n)
		keys[n] = collateKey(n)
	}
	sort.Slice(names, func(i, j int) bool {
		if keys[names[i]] != keys[names[j]] {
			return keys[names[i]] < keys[names[j]]
		}
		return names[i] < names[j]
	})
	adds := map[string][]addTag{}
	for _, a := range d.addTags {
		adds[a.word] = append(adds[a.word], a)
	}
	for _, n := range names {
		es := dedupe(d.lemmas[n].entries)
		d.numberHomonyms(es)
		for _, b := range blocks(es) {
			var applied map[string]bool
			for i := range b.entries {
				e := &b.entries[i]
				tagsOut := e.tags.s
				for _, a := range adds[e.form] {
					id := a.word + "\x00" + a.add + "\x00" + strings.Join(a.need, ":")
					if applied[id] || !hasAll(e.tags.t, a.need) || e.tags.t.has(a.add) {
						continue
					}
					if applied == nil {
						applied = map[string]bool{}
					}
					applied[id] = true
					tagsOut = e.tags.t.with(a.add).order().String()
				}
				if err := fn(Entry{Form: e.form, Lemma: n, Tags: tagsOut}); err != nil {
					return err
				}
			}
		}
		d.lemmas[n] = nil
	}
	return nil
}

// dedupe drops repeated forms with the same tags, keeping the first.
func dedupe(es []rawEntry) []rawEntry {
	if len(es) < 2 {
		return es
	}
	idx := make([]int, len(es))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := &es[idx[i]], &es[idx[j]]
		if a.tags != b.tags {
			return a.tags.s < b.tags.s
		}
		return a.form < b.form
	})
	drop := make([]bool, len(es))
	for k := 1; k < len(idx); k++ {
		a, b := &es[idx[k-1]], &es[idx[k]]
		if a.tags == b.tags && a.form == b.form {
			drop[idx[k]] = true
		}
	}
	out := es[:0]
	for i := range es {
		if !drop[i] {
			out = append(out, es[i])
		}
	}
	return out
}

// blocks groups the entries of one lemma by their key tags, sorts each
// group, and sorts the groups by their first entries.
func blocks(es []rawEntry) []*block {
	var bs []*block
	for _, e := range es {
		var b *block
		for _, x := range bs {
			if x.key == e.tags.lkey {
				b = x
				break
			}
		}
		if b == nil {
			b = &block{key: e.tags.lkey}
			bs = append(bs, b)
		}
		b.entries = append(b.entries, e)
	}
	for _, b := range bs {
		sort.SliceStable(b.entries, func(i, j int) bool { return lessEntry(&b.entries[i], &b.entries[j]) })
	}
	sort.SliceStable(bs, func(i, j int) bool { return compareHeads(bs[i].entries[0].tags.t, bs[j].entries[0].tags.t) < 0 })
	return bs
}

func hasAll(t tags, need tags) bool {
	for _, x := range need {
		if !t.has(x) {
			return false
		}
	}
	return true
}

// numberHomonyms gives adverbial participles that come from different
// verbs numbers (:xp1, :xp2), as the verbs are different lemmas.
func (d *dict) numberHomonyms(es []rawEntry) {
	if len(es) < 2 || es[0].tags.t.pos() != "advp" {
		return
	}
	srcs := map[int32]bool{}
	for _, e := range es {
		if e.tags.t.pos() != "advp" || xpOf(e.tags.t) != "" {
			return
		}
		srcs[e.src] = true
	}
	if len(srcs) < 2 {
		return
	}
	// Number the sources in the order of their first entries.
	first := map[int32]tags{}
	var ids []int32
	for _, e := range es {
		if t, ok := first[e.src]; !ok || compareHeads(e.tags.t, t) < 0 {
			if !ok {
				ids = append(ids, e.src)
			}
			first[e.src] = e.tags.t
		}
	}
	sort.SliceStable(ids, func(i, j int) bool { return compareHeads(first[ids[i]], first[ids[j]]) < 0 })
	num := map[int32]int{}
	for i, id := range ids {
		num[id] = i + 1
	}
	for i := range es {
		es[i].tags = d.info(es[i].tags.t.with(fmt.Sprintf("xp%d", num[es[i].src])))
	}
}

func xpOf(t tags) string {
	for _, x := range t {
		if len(x) == 3 && strings.HasPrefix(x, "xp") {
			return x
		}
	}
	return ""
}

func lessEntry(a, b *rawEntry) bool {
	if a.tags != b.tags {
		if c := compareInts(a.tags.tkey, b.tags.tkey); c != 0 {
			return c < 0
		}
	}
	if a.fx != b.fx {
		if c := compareExtras(a.fx.t, b.fx.t); c != 0 {
			return c < 0
		}
	}
	if a.base != b.base {
		return a.base
	}
	if c := collate(a.form, b.form); c != 0 {
		return c < 0
	}
	return a.form < b.form
}

// keyTags are the tags that tell lemmas apart: entries with the same
// lemma and the same key tags make one block of the dictionary.
var keyTags = map[string]bool{
	"anim": true, "inanim": true, "unanim": true, "nv": true, "ns": true,
	"prop": true, "fname": true, "lname": true, "pname": true, "geo": true,
	"pron": true, "pers": true, "refl": true, "pos": true, "dem": true, "int": true, "rel": true,
	"def": true, "ind": true, "gen": true, "neg": true, "emph": true,
	"adjp": true, "actv": true, "pasv": true, "imperf": true, "perf": true, "rev": true,
	"coord": true, "subord": true, "slang": true, "bad": true, "abbr": true, "numr": true,
	"vulg": true, "obsc": true, "alt": true, "compb": true, "compc": true, "comps": true,
}

// lemmaKey gives the part of speech and the key tags of t.
func lemmaKey(t tags) string {
	var b strings.Builder
	b.WriteString(t.pos())
	for _, x := range t[1:] {
		if keyTags[x] || len(x) == 3 && strings.HasPrefix(x, "xp") {
			b.WriteByte(':')
			b.WriteString(x)
		}
	}
	return b.String()
}

// compareHeads orders the blocks of a lemma by their first entries: by
// homonym number, then tag by tag, paradigm tags in paradigm order and
// the others alphabetically.
func compareHeads(a, b tags) int {
	xa, xb := xpOf(a), xpOf(b)
	if xa != xb {
		if xa < xb {
			return -1
		}
		return 1
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] == b[i] {
			continue
		}
		ca, ra := tokenClass(a[i])
		cb, rb := tokenClass(b[i])
		if ca != 0 && ca == cb {
			if ra < rb {
				return -1
			}
			return 1
		}
		if a[i] < b[i] {
			return -1
		}
		return 1
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

func tokenClass(x string) (int, int) {
	if r, ok := animRank[x]; ok {
		return 1, r
	}
	if r, ok := genRank[x]; ok {
		return 2, r
	}
	if r, ok := caseRank[x]; ok {
		return 3, r
	}
	if r, ok := formRank[x]; ok {
		return 4, r
	}
	return 0, 0
}
