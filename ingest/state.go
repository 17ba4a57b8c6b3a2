package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"sync"
)

// State remembers the feed items already ingested, by Item key (see
// itemKey), so that a feed polled again yields only new items. The store
// can implement it with a table of keys; MemoryState and FileState are
// here for runs without one.
type State interface {
	Seen(ctx context.Context, key string) (bool, error)
	MarkSeen(ctx context.Context, key string) error
}

// MemoryState is a State that lasts as long as the process. The zero value
// is ready to use.
type MemoryState struct {
	mu   sync.Mutex
	keys map[string]bool
}

// Seen implements State.
func (s *MemoryState) Seen(_ context.Context, key string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.keys[key], nil
}

// MarkSeen implements State.
func (s *MemoryState) MarkSeen(_ context.Context, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.keys == nil {
		s.keys = map[string]bool{}
	}
	s.keys[key] = true
	return nil
}

// FileState is a State kept in a text file, one key a line, appended to
// as items are ingested.
type FileState struct {
	mem  MemoryState
	mu   sync.Mutex
	file *os.File
}

// OpenFileState opens (creating it if need be) the state file at path.
func OpenFileState(path string) (*FileState, error) {
	s := &FileState{}
	f, err := os.Open(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("open state: %w", err)
	default:
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if key := strings.TrimSpace(sc.Text()); key != "" {
				s.mem.MarkSeen(context.Background(), key)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("read state %s: %w", path, err)
		}
	}
	if s.file, err = os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644); err != nil {
		return nil, fmt.Errorf("open state: %w", err)
	}
	return s, nil
}

// Seen implements State.
func (s *FileState) Seen(ctx context.Context, key string) (bool, error) {
	return s.mem.Seen(ctx, oneLine(key))
}

// MarkSeen implements State.
func (s *FileState) MarkSeen(ctx context.Context, key string) error {
	key = oneLine(key)
	if seen, _ := s.mem.Seen(ctx, key); seen {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.file.WriteString(key + "\n"); err != nil {
		return fmt.Errorf("write state: %w", err)
	}
	return s.mem.MarkSeen(ctx, key)
}

// Close closes the state file.
func (s *FileState) Close() error { return s.file.Close() }

func oneLine(key string) string { return strings.Join(strings.Fields(key), " ") }
