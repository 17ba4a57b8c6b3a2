package models

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

//go:embed MANIFEST.json
var files embed.FS

// The model files again as byte slices: the compiler places them in the
// binary's read-only data, and Bytes hands them out without the copy that
// embed.FS.ReadFile makes.
var (
	//go:embed uk-lexicon.bin
	lexiconBytes []byte
	//go:embed uk-tagger.bin
	taggerBytes []byte
	//go:embed uk-ner.bin
	nerBytes []byte
)

// Env names a directory that overrides the embedded models.
const Env = "VISTKA_MODELS"

// Model file names.
const (
	Lexicon = "uk-lexicon.bin"
	Tagger  = "uk-tagger.bin"
	NER     = "uk-ner.bin"
)

// Entry is what the manifest says of one file.
type Entry struct {
	Version int                `json:"version"`
	Size    int64              `json:"size"`
	SHA256  string             `json:"sha256"`
	Built   string             `json:"built"`   // the command that rebuilds it
	Sources []string           `json:"sources"` // what it was built from
	Licence string             `json:"licence"`
	Scores  map[string]float64 `json:"scores,omitempty"` // dev-split scores measured at build time
}

// Manifest maps file names to entries.
type Manifest map[string]Entry

// Bytes returns the contents of model file name: from $VISTKA_MODELS when
// set, otherwise the embedded copy. The embedded bytes are read in place;
// callers must not change them.
func Bytes(name string) ([]byte, error) {
	if dir := os.Getenv(Env); dir != "" {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("model %q: %w", name, err)
		}
		return b, nil
	}
	switch name {
	case Lexicon:
		return lexiconBytes, nil
	case Tagger:
		return taggerBytes, nil
	case NER:
		return nerBytes, nil
	}
	return nil, fmt.Errorf("model %q is not embedded (rebuild with vistka train)", name)
}

// embedded lists the embedded model files by name.
func embedded() map[string][]byte {
	return map[string][]byte{Lexicon: lexiconBytes, Tagger: taggerBytes, NER: nerBytes}
}

// ReadManifest returns the embedded manifest.
func ReadManifest() (Manifest, error) {
	b, err := files.ReadFile("MANIFEST.json")
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("MANIFEST.json: %w", err)
	}
	return m, nil
}

// Describe fills the size and checksum of an entry from a file's bytes.
func Describe(e Entry, data []byte) Entry {
	sum := sha256.Sum256(data)
	e.Size = int64(len(data))
	e.SHA256 = hex.EncodeToString(sum[:])
	return e
}

// WriteManifest updates the entry of one file in DIR/MANIFEST.json,
// keeping the others, with sorted keys so that rebuilding is
// deterministic.
func WriteManifest(dir, name string, e Entry) error {
	path := filepath.Join(dir, "MANIFEST.json")
	m := Manifest{}
	if b, err := os.ReadFile(path); err == nil {
		if err := json.Unmarshal(b, &m); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	m[name] = e
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}
