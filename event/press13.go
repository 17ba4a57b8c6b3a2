package event

import "github.com/vistka/vistka"

// The rules of this file were found reading the errors of the thirteenth
// press set (real BRUK reports, columns and features).

// closesSpeech reports whether the verb at i, after a dash, closes words
// said before it: a quotation's closing mark ("«…», – запрошує мер") or
// the end of a line of speech, a comma or an end mark before the dash
// ("- … побачення на нашому концерті! - запрошує фронтмен гурту"). Such a
// verb tells who said the words and how; it asks no one of its own.
func (f *finder) closesSpeech(i int) bool {
	if f.attributesQuote(i) {
		return true
	}
	if i < 2 || !isDash(&f.toks[i-1]) || f.toks[i-2].Kind != vistka.Punct {
		return false
	}
	switch f.toks[i-2].Text {
	case "!", "?", "…", ",", ".":
		return true
	}
	return false
}
