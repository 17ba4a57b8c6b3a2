package date

import sc "github.com/vistka/vistka/internal/scan"

// The scanner is shared with the other finders (package internal/scan).
type token = sc.Token

const (
	word       = sc.Word
	num        = sc.Num
	sym        = sc.Sym
	gapNone    = sc.GapNone
	gapSpace   = sc.GapSpace
	gapSpaces  = sc.GapSpaces
	gapNewline = sc.GapNewline
)

var (
	lex      = sc.Lex
	isHyphen = sc.IsHyphen
	isDash   = sc.IsDash
)
