#!/bin/bash
# studied.sh [DIR]: runs every studied gold test of pipeline in the checkout
# DIR (default: this one) and prints a line a set and the sums.
W=${W:-/tmp/w}; HERE=$(cd "$(dirname "$0")" && pwd); D=${1:-$(cd "$HERE/../.." && pwd)}
export VISTKA_SHARED_DATA=${VISTKA_SHARED_DATA:-$(cd "$HERE/../../.." && pwd)/shared/data}
mkdir -p "$W"; cd "$D" && go test ./pipeline -count=1 -run '^Test(Gold|Studied[0-9]*|News[0-9]*|Press[0-9]*|Ng2)QuotesEvents$' -v > "$W/studied_raw_$$.txt" 2>&1
python3 "$HERE/agg.py" "$W/studied_raw_$$.txt"
