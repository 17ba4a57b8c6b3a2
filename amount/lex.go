package amount

import "github.com/vistka/vistka/internal/scan"

// The scanner is shared with the other finders (package internal/scan).
type token = scan.Token

const (
	word       = scan.Word
	num        = scan.Num
	sym        = scan.Sym
	gapNone    = scan.GapNone
	gapSpace   = scan.GapSpace
	gapSpaces  = scan.GapSpaces
	gapNewline = scan.GapNewline
)

var (
	lex    = scan.Lex
	isDash = scan.IsDash
)
