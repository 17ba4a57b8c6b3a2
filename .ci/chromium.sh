#!/usr/bin/env bash
# chromium.sh makes sure Debian's chromium is installed for the browser tests
# of package http (they drive /usr/bin/chromium headless with chromedp), and
# prints its version. Idempotent: it installs only when chromium is missing.
# Needs root to install. .ci/run apt-installs chromium itself when this file
# exists, so in CI this only checks.
#
#   bash .ci/chromium.sh
#
# Without /usr/bin/chromium the browser tests skip, unless CI is set; then
# they fail.
set -euo pipefail

bin=/usr/bin/chromium

if ! dpkg -s chromium >/dev/null 2>&1 || [[ ! -x $bin ]]; then
	echo "chromium.sh: installing chromium" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

# Without a font that has Cyrillic the screenshots show boxes for letters
# (chromium only recommends fonts-liberation).
if command -v fc-list >/dev/null && [[ -z $(fc-list :lang=uk family 2>/dev/null) ]]; then
	echo "chromium.sh: installing fonts-dejavu-core for Cyrillic" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -qq --no-install-recommends fonts-dejavu-core >/dev/null ||
		{ apt-get update -qq && apt-get install -y -qq --no-install-recommends fonts-dejavu-core >/dev/null; }
fi

if [[ ! -x $bin ]]; then
	echo "chromium.sh: $bin is missing after installing chromium" >&2
	exit 1
fi
# Debian's wrapper script prints a harmless shell warning on some systems;
# keep only the version line.
"$bin" --version 2>/dev/null | grep -m1 -i chromium
