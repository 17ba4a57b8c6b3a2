package ingest

import "github.com/vistka/vistka"

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

// ReadFetched reads body as a fetched page served under contentType at
// https://news.example.ua/a, as ingest reads a URL argument: by what sniff
// tells it is.
func ReadFetched(contentType string, body []byte) (*vistka.Document, error) {
	resp := &response{url: "https://news.example.ua/a", contentType: contentType, body: body}
	return readResponse(resp, sniff(contentType, body))
}
