#!/bin/bash
# check.sh BEFORE: applies the split of event/event.go (event_split.txt)
# to this checkout and checks that it changes nothing: gofmt, build, vet,
# staticcheck when installed, and a corpus snapshot (scripts/eval/snap.sh,
# into $W) byte-identical to BEFORE, a snapshot of the same tree taken
# before the split. Then it lists what event.go still holds.
set -euo pipefail
BEFORE=${1:?usage: check.sh BEFORE-SNAPSHOT}
BEFORE=$(cd "$(dirname "$BEFORE")" && pwd)/$(basename "$BEFORE")
W=${W:-/tmp/w}; export W
cd "$(dirname "$0")/../.."
MAP=scripts/declmove/event_split.txt

go run ./scripts/declmove -map "$MAP" event/event.go
bad=$(gofmt -l event)
[ -z "$bad" ] || { echo "gofmt -l event: $bad" >&2; exit 1; }
go build ./...
go vet ./event
if command -v staticcheck >/dev/null; then staticcheck ./event; fi
bash scripts/eval/snap.sh split
cmp "$BEFORE" "$W/o5_split.txt"
echo "snapshot identical to $BEFORE"

echo "left in event.go (by the mapping, or not in it):"
go run ./scripts/declmove -callers -map "$MAP" event/event.go |
	awk -F'\t' '{ printf "\t%s\t%d lines\t%s\n", $1, $3, ($4 == "-" ? "not in the mapping" : "kept") }'
wc -l event/*.go | sort -n | tail -n 12
