// Package cputime tells how much CPU time the process has used, for
// benchmarks on a machine shared with other work, where CPU time measures
// throughput better than the wall clock.
package cputime
