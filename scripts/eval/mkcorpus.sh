#!/bin/bash
# mkcorpus.sh: links the snapshot corpus into $W/corpus: the NER-UK train
# texts and every studied news text of pipeline/testdata (never a blind
# set: the folders are read from ownFolders minus newsblind*), and the
# source-line sets (sources1, …) and the texts of studied entity sets of
# their own (entities8, …; never entitiesblind*).
set -e
shopt -s nullglob
W=${W:-/tmp/w}; ROOT=$(cd "$(dirname "$0")/../.." && pwd); SHARED=${VISTKA_SHARED_DATA:-$ROOT/../shared/data}
if [ ! -d "$SHARED/ner-uk/train" ]; then
  # a worktree outside the checkout's folder has no ../shared beside it:
  # say so rather than link a corpus without the NER-UK texts
  echo "mkcorpus.sh: no $SHARED/ner-uk/train; set VISTKA_SHARED_DATA to the shared data folder" >&2
  exit 1
fi
mkdir -p "$W/corpus"
for f in $(grep -o '"\(news\|sources\)[0-9]*/"' "$ROOT/pipeline/gold_test.go" | tr -d '"/'); do
  for x in "$ROOT"/pipeline/testdata/$f/*.txt; do ln -sf "$x" "$W/corpus/${f}__$(basename "$x")"; done
done
for d in "$ROOT"/pipeline/testdata/entities[0-9]*/; do
  f=$(basename "$d")
  for x in "$d"*.txt; do ln -sf "$x" "$W/corpus/${f}__$(basename "$x")"; done
done
for x in $(find "$SHARED/ner-uk/train" -name '*.txt'); do
  ln -sf "$x" "$W/corpus/nu_$(basename "$(dirname "$x")")__$(basename "$x")"
done
ls "$W/corpus" | wc -l
