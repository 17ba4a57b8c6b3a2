package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
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
// as items are ingested. A key is kept with its runs of white space made
// one space; one that is then empty or longer than 64 KiB is remembered
// only until the process ends.
type FileState struct {
	mem  MemoryState
	mu   sync.Mutex
	file *os.File
}

// OpenFileState opens (creating it if need be) the state file at path.
func OpenFileState(path string) (*FileState, error) {
	s := &FileState{}
	ended := true // the file ends with a line break, or is empty
	f, err := os.Open(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("open state: %w", err)
	default:
		ended, err = s.read(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read state %s: %w", path, err)
		}
	}
	if s.file, err = os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644); err != nil {
		return nil, fmt.Errorf("open state: %w", err)
	}
	// A last line cut short, by a crash or by hand, is ended, so that the
	// next key is not written onto it.
	if !ended {
		if _, err := s.file.WriteString("\n"); err != nil {
			s.file.Close()
			return nil, fmt.Errorf("write state: %w", err)
		}
	}
	return s, nil
}

// maxKey is the longest key, in bytes, that a FileState writes to its file.
const maxKey = 64 << 10

// read remembers the keys of a state file and reports whether it ends
// with a line break (or is empty). A line longer than maxKey, which
// FileState does not write, is skipped: a file that was changed by hand
// still opens.
func (s *FileState) read(f io.Reader) (bool, error) {
	br := bufio.NewReaderSize(f, 64<<10)
	var line []byte
	long, ended := false, true
	for {
		chunk, err := br.ReadSlice('\n')
		if len(chunk) > 0 {
			ended = chunk[len(chunk)-1] == '\n'
		}
		if !long {
			if len(line)+len(chunk) > maxKey+2 { // +2: "\r\n"
				long, line = true, line[:0]
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if key := oneLine(string(line)); !long && key != "" && len(key) <= maxKey {
			s.mem.MarkSeen(context.Background(), key)
		}
		line, long = line[:0], false
		if errors.Is(err, io.EOF) {
			return ended, nil
		}
		if err != nil {
			return ended, err
		}
	}
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
	if key == "" || len(key) > maxKey {
		return s.mem.MarkSeen(ctx, key)
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
