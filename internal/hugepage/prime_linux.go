//go:build linux

package hugepage

import (
	"bufio"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

var (
	once   sync.Once
	primed bool
)

// Primed reports whether Prime has advised the heap.
func Primed() bool {
	once.Do(func() {}) // orders the read after a Prime that ran
	return primed
}

// Prime makes the runtime map size bytes of heap (Size for 0), advises
// the kernel to back them with huge pages before any of them is touched,
// and gives them back to the heap, which hands them out to what is
// allocated next. Call it early, before the models are loaded; it does
// its work once a process, and returns nil after the first call. It does
// nothing where pointers are 32 bits wide, or when the environment sets
// VISTKA_HUGEPAGES=0; where the kernel gives no huge pages, the advice
// is ignored. Memory is touched only when used, as before: Prime itself
// makes nothing resident.
func Prime(size int) (err error) {
	once.Do(func() { primed, err = prime(size) })
	return err
}

// prime is Prime's work; advised is whether it advised anything.
func prime(size int) (advised bool, err error) {
	if size == 0 {
		size = Size
	}
	if unsafe.Sizeof(uintptr(0)) < 8 || size < 2*huge || os.Getenv("VISTKA_HUGEPAGES") == "0" {
		return false, nil
	}
	err = advise(size)
	// Free the block now and return its pages as they are (untouched),
	// so that the heap reuses the advised range from its lowest address.
	debug.FreeOSMemory()
	return err == nil, err
}

// advise allocates size bytes, fresh pages the runtime does not clear,
// and advises the huge pages of the heap mapping that holds them: the
// runtime maps the heap in one range as it grows, and the block and
// the free pages before it are what the heap hands out next.
func advise(size int) error {
	b := make([]byte, size)
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	hi := lo + uintptr(size)
	if a, e, ok := mapping(lo); ok {
		lo, hi = a, e
	}
	lo = (lo + huge - 1) &^ (huge - 1)
	hi &^= huge - 1
	if hi <= lo {
		return nil
	}
	// By address: the range may begin before the block, outside any
	// Go object.
	if _, _, e := unix.Syscall(unix.SYS_MADVISE, lo, hi-lo, unix.MADV_HUGEPAGE); e != 0 {
		return e
	}
	return nil
}

// mapping returns the range of the mapping of /proc/self/maps that
// holds address p.
func mapping(p uintptr) (lo, hi uintptr, ok bool) {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if a, b, ok := parseRange(sc.Text()); ok && uint64(p) >= a && uint64(p) < b {
			return uintptr(a), uintptr(b), true
		}
	}
	return 0, 0, false
}

// parseRange reads the address range that opens a line of
// /proc/self/maps or an entry of /proc/self/smaps ("7f00-7f80 rw-p …");
// ok is false for other lines.
func parseRange(line string) (lo, hi uint64, ok bool) {
	r, _, _ := strings.Cut(line, " ")
	a, b, ok := strings.Cut(r, "-")
	if !ok {
		return 0, 0, false
	}
	lo, err1 := strconv.ParseUint(a, 16, 64)
	hi, err2 := strconv.ParseUint(b, 16, 64)
	return lo, hi, err1 == nil && err2 == nil
}
