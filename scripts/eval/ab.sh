#!/bin/bash
# ab.sh N: N alternating rounds of BenchmarkExtractUnseen and
# BenchmarkIngestUnseen (1x, one CPU) of two builds: $W/pbOLD, $W/pbNEW
# (go test -c ./pipeline) and $W/cbOLD, $W/cbNEW (go test -c ./cmd/vistka).
ROOT=$(cd "$(dirname "$0")/../.." && pwd); W=${W:-/tmp/w}
for i in $(seq "$1"); do for s in OLD NEW; do
  echo "round $i $s load $(cut -d' ' -f1 /proc/loadavg)"
  (cd "$ROOT/pipeline" && "$W/pb$s" -test.run '^$' -test.bench '^BenchmarkExtractUnseen$' -test.benchtime 1x -test.cpu 1 | grep Benchmark)
  (cd "$ROOT/cmd/vistka" && "$W/cb$s" -test.run '^$' -test.bench '^BenchmarkIngestUnseen$' -test.benchtime 1x -test.cpu 1 | grep Benchmark)
done; done
