#!/bin/bash
# entagg.sh RAWLOG: the aggregate lines of a `go test -v` log of the
# entity blind sets (TestEntitiesBlindN), one line each, named ebN.
grep -E "name accuracy|pronoun and role|titles P|mentions found|B-cubed" "$1" | sed -E 's/^ *gold_entitiesblind([0-9]+)_test.go:[0-9]+: /eb\1 /' | cut -c1-160
