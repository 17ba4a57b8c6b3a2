package vistka

// TokenKind says what sort of text a token is. The scanner decides it from
// the characters alone; morphology comes later.
type TokenKind uint8

// Token kinds.
const (
	Word      TokenKind = iota // letters, with inner apostrophes and hyphens: п'яти, Касим-Жомарт
	Number                     // 62, 7,08, 1 200, 28.02.2023, 1,5-2
	Punct                      // . , ; : ! ? … and brackets
	QuoteMark                  // « » „ “ ” " used as quotation marks
	Dash                       // - – — standing alone
	Abbr                       // an abbreviation with its dot(s): тис., ім., т. зв.
	Initial                    // a capital letter and a dot: Е.
	URL                        // https://…, www.…, Zakon.kz, akorda.kz
	Email                      // name@host.tld
	Hashtag                    // #слово, @handle
	Code                       // mixed letters/digits/symbols: С5+1, G7, COVID-19
	Symbol                     // % $ € № + = and anything else
)

var kindNames = [...]string{"word", "number", "punct", "quote", "dash", "abbr", "initial", "url", "email", "hashtag", "code", "symbol"}

// String returns the kind's lower-case name.
func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Token is one token of a text. Text is exactly the original bytes
// text[Start:End]; the scanner never changes the text.
type Token struct {
	Text         string
	Kind         TokenKind
	Start, End   int // byte offsets into the original text
	RStart, REnd int // code-point offsets into the original text

	// Filled by morphology (package morph / tag); empty before it runs.
	Lemma string
	Tag   string // VESUM tags joined by ':' as in BRUK, e.g. noun:inanim:f:v_rod
}

// Sentence is a run of tokens that the splitter put together.
type Sentence struct {
	Start, End   int // byte offsets
	RStart, REnd int // code-point offsets
	Tokens       []Token
}
