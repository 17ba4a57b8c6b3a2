#!/bin/bash
# pick.sh BRANCH: cherry-picks BRANCH's commits not on main onto main in
# this checkout, skipping merge commits and commits picked before (kept in
# $W/picked_BRANCH); stops at a conflict (resolve, `git add`, then
# `GIT_EDITOR=true git cherry-pick --continue` and write the hash there).
W=${W:-/tmp/w}; cd "$(dirname "$0")/../.." || exit 1
touch "$W/picked_$1"
for c in $(git rev-list --reverse --no-merges main.."$1"); do
  grep -q "^$c$" "$W/picked_$1" && continue
  if ! git cherry-pick "$c" > "$W/pick.log" 2>&1; then echo "CONFLICT at $c"; tail -5 "$W/pick.log"; exit 1; fi
  echo "$c" >> "$W/picked_$1"
done
git log --oneline | head -3
