package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/storetest"
)

// TestStoreWalk runs the behaviour tests with every search walking the
// index of publication times, as searches that find many documents do.
func TestStoreWalk(t *testing.T) {
	defer func(n int) { sortMax = n }(sortMax)
	sortMax = 0
	storetest.Run(t, func(t *testing.T, lemmatize vistka.Lemmatizer) vistka.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "vistka.db"), lemmatize)
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
