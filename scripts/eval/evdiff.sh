#!/bin/bash
# evdiff.sh OLD NEW: the lines of two snapshots that differ, entities left out
W=${W:-/tmp/w}
diff <(grep -vP '\tENT\t' "$W/o5_$1.txt") <(grep -vP '\tENT\t' "$W/o5_$2.txt") | grep '^[<>]'
