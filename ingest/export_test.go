package ingest

// NFCStable reports whether TextHash takes text to be in NFC as it is.
func NFCStable(text string) bool {
	_, ok := normalise(text, true)
	return ok
}

// Exported for the fuzz targets.
var (
	StripTracking  = stripTracking
	ParsePublished = parsePublished
)

// MaxKey is the longest key a FileState writes.
const MaxKey = maxKey
