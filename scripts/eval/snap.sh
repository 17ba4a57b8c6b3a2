#!/bin/bash
# snap.sh TAG [DIR]: builds vistka from the checkout DIR (default: this
# one), extracts every text of $W/corpus and flattens the JSON to
# $W/o5_TAG.txt, one line per entity, quote, source, amount and event.
W=${W:-/tmp/w}; HERE=$(cd "$(dirname "$0")" && pwd); T=$1; D=${2:-$(cd "$HERE/../.." && pwd)}
(cd "$D" && go build -o "$W/vk_$T" ./cmd/vistka) || exit 1
rm -rf "$W/out_$T"; mkdir -p "$W/out_$T"
"$W/vk_$T" extract --format json --published 2026-01-15 --out "$W/out_$T" "$W"/corpus/*.txt 2>"$W/err_$T.txt"
W=$W python3 "$HERE/flat.py" "$W/out_$T" > "$W/o5_$T.txt"
wc -l < "$W/o5_$T.txt"; wc -l < "$W/err_$T.txt"
