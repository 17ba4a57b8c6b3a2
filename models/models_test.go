package models

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// TestChecksums checks every embedded file against the manifest, so that a
// model is never changed without its record.
func TestChecksums(t *testing.T) {
	m, err := ReadManifest()
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range embedded() {
		t.Run(name, func(t *testing.T) {
			e, ok := m[name]
			if !ok {
				t.Fatalf("%s is embedded but not in MANIFEST.json", name)
			}
			sum := sha256.Sum256(b)
			if got := hex.EncodeToString(sum[:]); got != e.SHA256 || int64(len(b)) != e.Size {
				t.Errorf("%s: sha256 %s size %d, manifest says %s size %d", name, got, len(b), e.SHA256, e.Size)
			}
			if e.Licence == "" || len(e.Sources) == 0 || e.Built == "" {
				t.Errorf("%s: manifest entry lacks licence, sources or build command", name)
			}
		})
	}
}
