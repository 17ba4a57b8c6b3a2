package event

import "github.com/vistka/vistka"

// narrativeWords is the least length, in words, at which a text's lack of
// figures and organisations tells its genre: a short note may lack both.
const narrativeWords = 300

// narrative reports whether the document reads as a story, a memoir or a
// meditation rather than a report: at least narrativeWords words, with
// fewer than one figure (a number, a date, a code) and fewer than one
// organisation per 200 words, and fewer than three places per 200 words
// (organisations and places as the NER layer finds them). A report names
// its bodies and counts its days, sums and people (news of any length
// has one or the other every 20 to 80 words), and a feature that has
// neither still walks its villages and towns ("Село Голошинці належить
// до …", "львів'яни", "у Харківській області"); a novel, a fable or an
// essay on faith has almost none of the three, and what its people do to
// one another ("Славік допоміг із валізами", "Доля погодилася",
// "Устимко дякував") is no event of the world. Such a text gives no
// events.
func narrative(a *vistka.Analysis) bool {
	words, figures := 0, 0
	for s := range a.Sentences {
		for _, t := range a.Sentences[s].Tokens {
			switch t.Kind {
			case vistka.Word:
				words++
			case vistka.Number, vistka.Code:
				figures++
			}
		}
	}
	if words < narrativeWords || figures*200 >= words {
		return false
	}
	orgs, places := 0, 0
	for _, sp := range a.Spans {
		switch sp.Type {
		case "ORG":
			orgs++
		case "LOC":
			places++
		}
	}
	return orgs*200 < words && places*200 < words*3
}
