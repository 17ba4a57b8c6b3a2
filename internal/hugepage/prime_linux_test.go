package hugepage

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unsafe"
)

// TestPrime checks that what the heap allocates after Prime lies in a
// mapping advised for huge pages (VmFlags "hg" in /proc/self/smaps), and
// logs how much of it the kernel backed with them.
func TestPrime(t *testing.T) {
	if os.Getenv("VISTKA_HUGEPAGES") == "0" {
		t.Skip("VISTKA_HUGEPAGES=0 turns Prime off")
	}
	if _, err := os.Stat("/proc/self/smaps"); err != nil {
		t.Skip("no /proc/self/smaps:", err)
	}
	if err := Prime(64 << 20); err != nil {
		t.Fatal(err)
	}
	if !Primed() {
		t.Error("Primed() is false after Prime")
	}
	b := make([]byte, 16<<20)
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	p := uint64(uintptr(unsafe.Pointer(unsafe.SliceData(b))))
	m, ok := mappingOf(t, p)
	if !ok {
		t.Fatalf("no mapping holds %#x", p)
	}
	if !strings.Contains(m["VmFlags"], " hg") {
		t.Errorf("the mapping of a block allocated after Prime is not advised: VmFlags%s", m["VmFlags"])
	}
	t.Logf("AnonHugePages:%s (THP setting %s)", m["AnonHugePages"], thpSetting())
}

// mappingOf returns the fields of the entry of /proc/self/smaps whose
// range holds address p.
func mappingOf(t *testing.T, p uint64) (map[string]string, bool) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var m map[string]string
	found := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if a, b, ok := parseRange(line); ok {
			if found {
				return m, true
			}
			m = map[string]string{}
			found = a <= p && p < b
			continue
		}
		if key, val, ok := strings.Cut(line, ":"); ok && m != nil {
			m[key] = val
		}
	}
	return m, found
}

func thpSetting() string {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(b))
}

func TestParseRange(t *testing.T) {
	for _, c := range []struct {
		line   string
		lo, hi uint64
		ok     bool
	}{
		{"00400000-00921000 r-xp 00000000 fd:01 1234   /usr/bin/vistka", 0x400000, 0x921000, true},
		{"1ef511c00000-1ef51c000000 rw-p 00000000 00:00 0", 0x1ef511c00000, 0x1ef51c000000, true},
		{"7ffe01e09000-7ffe01e2a000 rw-p 00000000 00:00 0                          [stack]", 0x7ffe01e09000, 0x7ffe01e2a000, true},
		{"AnonHugePages:      2048 kB", 0, 0, false},
		{"VmFlags: rd wr mr mw me ac sd hg", 0, 0, false},
		{"", 0, 0, false},
		{"zz-00 rw-p", 0, 0, false},
	} {
		lo, hi, ok := parseRange(c.line)
		if ok != c.ok || ok && (lo != c.lo || hi != c.hi) {
			t.Errorf("parseRange(%q) = %#x, %#x, %v; want %#x, %#x, %v", c.line, lo, hi, ok, c.lo, c.hi, c.ok)
		}
	}
}
