#!/bin/bash
# blind.sh [DIR] [RUNREGEX]: the blind sets' aggregates only (the lead's
# tool; helpers never run it).
W=${W:-/tmp/w}; HERE=$(cd "$(dirname "$0")" && pwd); D=${1:-$(cd "$HERE/../.." && pwd)}; R=${2:-'^Test(HeldOut[0-9]*|NewsBlind[0-9]*)QuotesEvents$'}
export VISTKA_SHARED_DATA=${VISTKA_SHARED_DATA:-$(cd "$HERE/../../.." && pwd)/shared/data}
mkdir -p "$W"; cd "$D" && go test ./pipeline -count=1 -run "$R" -v > "$W/blind_raw_$$.txt" 2>&1
python3 "$HERE/agg.py" "$W/blind_raw_$$.txt"
