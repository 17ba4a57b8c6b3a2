package ner

import (
	"bytes"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// platformCuts turns on cutPlatforms; a variable for experiments.
var platformCuts = true

// cutPlatforms takes a page on a social network out of a name span: "у
// [LOC Telegram-каналі]" leaves no span, "в [ORG Telegram-каналі
// Львівської ОВА]" leaves "Telegram-каналі [ORG Львівської ОВА]". A
// channel or a page is no place and no organisation: the body that keeps
// it is. NER-UK's texts, older than the habit of citing such pages, hold
// none of them, and the tagger reads the unknown compound as a name; the
// source chain names the page by itself (source.Find). The rule changes
// no span of the cross-validation; of our news texts it drops or cuts the
// spans that began with such a page. spans[from:] are the sentence's
// spans.
func cutPlatforms(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	out := spans[:from]
	for _, sp := range spans[from:] {
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if a < b && platformPage(toks[a].Text) {
			if a+1 == b {
				continue
			}
			sp.Start, sp.Text = toks[a+1].RStart, joinTokens(toks[a+1:b])
		}
		out = append(out, sp)
	}
	return out
}

// platformPage reports a word naming a page on a social network: a
// platform's name, a hyphen and a page's noun in any case
// (Telegram-каналі, Facebook-сторінці, фейсбук-сторінка, YouTube-каналу).
func platformPage(w string) bool {
	if strings.IndexByte(w, '-') < 0 {
		return false // most words: no hyphen, and no need to lower-case them
	}
	// Lower-cased into a buffer on the stack: the map is read with
	// string(name), which Go does without a copy.
	var buf [64]byte
	name, page, ok := bytes.Cut(scan.AppendLower(buf[:0], w), []byte("-"))
	if !ok || !platforms[string(name)] {
		return false
	}
	for _, p := range pageStems {
		if len(page) >= len(p) && string(page[:len(p)]) == p {
			return true
		}
	}
	return false
}

var (
	// platforms are the social networks and messengers news cites.
	platforms = map[string]bool{
		"telegram": true, "телеграм": true, "facebook": true, "фейсбук": true,
		"youtube": true, "ютуб": true, "instagram": true, "інстаграм": true, "viber": true, "вайбер": true,
		"tiktok": true, "тікток": true, "twitter": true, "твіттер": true, "threads": true,
	}
	// pageStems begin the nouns of a page on one: канал, сторінка,
	// акаунт, профіль, чат, блог, допис, пост.
	pageStems = []string{"канал", "сторін", "акаунт", "аккаунт", "профіл", "чат", "блог", "допис", "пост"}
)
