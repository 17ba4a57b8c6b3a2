package quote

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// The rules of this file were found reading the errors of the twelfth
// press set (BRUK news reports).

// requestNouns name a request one turns to someone with: "звернулися із
// проханням", "з вимогою", "із закликом".
var requestNouns = setOf("прохання", "вимога", "заклик")

// quotedRequest reads the quote at p as the words of a request, quoted
// whole in its щоб-clause after "звернутися з проханням": "ветерани
// звернулися із наполегливим проханням, щоб «солдатську кашу зберегти»".
// A fragment quoted in narration is a direct quote of its source, here
// the subject of звернутися; an adjective may stand before the noun and
// the addressee before з ("звернулися до мера з проханням").
func (d *doc) quotedRequest(p pair, words int) (vistka.Quote, bool) {
	if words < 2 || p.open < 5 {
		return vistka.Quote{}, false
	}
	s := d.toks[p.open].sent
	if d.toks[p.close].sent != s || d.toks[p.open-2].Text != "," {
		return vistka.Quote{}, false
	}
	if c := scan.ToLower(d.toks[p.open-1].Text); c != "щоб" && c != "аби" {
		return vistka.Quote{}, false
	}
	n := p.open - 3
	if t := d.toks[n]; t.sent != s || !strings.HasPrefix(t.Tag, "noun") || !strings.Contains(t.Tag, "v_oru") || !requestNouns[scan.ToLower(t.Lemma)] {
		return vistka.Quote{}, false
	}
	k := n - 1
	if k > 0 && strings.HasPrefix(d.toks[k].Tag, "adj") && strings.Contains(d.toks[k].Tag, "v_oru") {
		k-- // "із наполегливим проханням"
	}
	if w := scan.ToLower(d.toks[k].Text); w != "з" && w != "із" && w != "зі" {
		return vistka.Quote{}, false
	}
	v := d.finiteVerbBefore(k-1, k-6, s)
	if v < 0 {
		return vistka.Quote{}, false
	}
	if l := scan.ToLower(d.toks[v].Lemma); l != "звернутися" && l != "звертатися" {
		return vistka.Quote{}, false
	}
	return d.quotedReason(p, v, d.clauseFrom(v))
}
