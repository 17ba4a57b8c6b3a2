// Package hugepage asks the kernel to back the Go heap with transparent
// huge pages.
//
// The Go runtime no longer asks for them (since Go 1.21.1), and where the
// kernel gives them only on request (/sys/kernel/mm/transparent_hugepage
// set to madvise, the default of many distributions and of the VMs this
// project is measured on) the heap is mapped in 4 KB pages. vistka's
// models and caches are some 100 MB read at random, and in 4 KB pages
// every few lookups miss the TLB: extraction spent about a fifth of its
// user time on it (docs/history.md, session 31).
package hugepage

// Size is what Prime reserves when asked for 0: more than the heap of
// extract or ingest (~200 MB resident at most in the benchmarks), well
// under a 64-bit address space.
const Size = 256 << 20

// huge is the size of a huge page on amd64 and arm64 (4 KB base pages).
const huge = 2 << 20
