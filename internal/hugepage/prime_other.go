//go:build !linux

package hugepage

// Prime does nothing where transparent huge pages are not Linux's.
func Prime(size int) error { return nil }

// Primed reports whether Prime has advised the heap: never here.
func Primed() bool { return false }
