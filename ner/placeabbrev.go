package ner

import (
	"strings"

	"github.com/vistka/vistka"
)

// abbrevPlace gives the base form of a place's name written with an
// abbreviated kind word, as registers, court rulings and tender notices
// write addresses: a region's or a district's adjective before обл. or
// р-н (Донецької обл. → Донецька область, Криничанському р-ні →
// Криничанський район), and a town's or a village's name after м., с.,
// смт (м. Києві → Київ, с. Іллінка → Іллінка). The abbreviation says no
// case, so the adjective's ending alone gives it, and the name is
// written out in full, as the region's name is elsewhere; the kind word
// before a settlement's name is no part of its name. It reports false
// for any other span.
func (lz Lemmatizer) abbrevPlace(text string, toks []vistka.Token) (string, bool) {
	n := len(toks)
	if n >= 2 && settlementAbbrev(toks) {
		from := 1
		if toks[0].Text != "смт" && !strings.HasSuffix(toks[0].Text, ".") {
			from = 2 // (м . Києві: the dot a token of its own)
		}
		if from >= n || !startsUpper(toks[from].Text) {
			return "", false
		}
		k := strings.Index(text, toks[from].Text)
		if k < 0 {
			return "", false
		}
		return lz.BaseForm("LOC", text[k:], toks[from:]), true
	}
	last := n - 1
	if last > 0 && toks[last].Text == "." {
		last-- // (Донецька обл . : the dot split off)
	}
	if last != 1 {
		return "", false
	}
	adj := toks[0].Text
	if !startsUpper(adj) && !strings.Contains(adj, "-") {
		return "", false
	}
	var stem, noun string
	switch toks[last].Text {
	case "обл", "обл.":
		stem, noun = cutEnding(adj, feminineAdjEndings), "область"
		if stem != "" {
			stem += "а"
		}
	case "р-н", "р-ну", "р-ні", "р-ном":
		stem, noun = cutEnding(adj, masculineAdjEndings), "район"
		if stem != "" {
			stem += "ий"
		}
	default:
		return "", false
	}
	if stem == "" {
		return "", false
	}
	return titleCase(stem) + " " + noun, true
}

// settlementAbbrev reports whether toks open with the abbreviation of a
// town, a village or an urban-type settlement: м., с., смт.
func settlementAbbrev(toks []vistka.Token) bool {
	switch toks[0].Text {
	case "м.", "с.", "смт":
		return true
	case "м", "с":
		return len(toks) > 2 && toks[1].Text == "."
	}
	return false
}

// The endings of a hard adjective (-ський, -цький, -зький, -ний …) in the
// feminine singular and in the masculine singular, longest first, that a
// region's or a district's name takes before the abbreviated noun.
var (
	feminineAdjEndings  = []string{"ою", "ої", "ій", "а", "у"}
	masculineAdjEndings = []string{"ого", "ому", "ий", "им", "ім"}
)

// cutEnding returns w without the first of ends it ends in, when what is
// left is an adjective's stem in -ськ, -цьк, -зьк or -н (Донецьк,
// Криничанськ, Київськ, Новгородківськ, Житомирськ, Рівненськ); "" when
// none fits.
func cutEnding(w string, ends []string) string {
	for _, e := range ends {
		stem, ok := strings.CutSuffix(w, e)
		if !ok {
			continue
		}
		for _, s := range [...]string{"ськ", "цьк", "зьк", "н"} {
			if strings.HasSuffix(stem, s) {
				return stem
			}
		}
		return ""
	}
	return ""
}
