package source

// mannerNouns are the instrumentals of a feeling that say how a source
// line's speaker spoke, after з or із: "Про це з болем повідомив директор
// музею X".
var mannerNouns = map[string]bool{
	"болем": true, "сумом": true, "жалем": true, "гордістю": true, "радістю": true, "тривогою": true,
	"обуренням": true, "гіркотою": true, "захопленням": true, "задоволенням": true, "занепокоєнням": true,
}
