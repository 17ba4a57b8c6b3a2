#!/usr/bin/env bash
# postgres.sh installs PostgreSQL if it is missing, starts it, lets the user
# postgres in without a password over loopback, creates the database the
# tests use, and prints the DSN to use (VISTKA_TEST_POSTGRES). Idempotent:
# run it as often as you like. Needs root (Debian's postgresql packages).
#
#   export VISTKA_TEST_POSTGRES=$(bash .ci/postgres.sh)
#   bash .ci/postgres.sh stop
#
# Everything but the DSN goes to stderr. The tests (go test ./postgres/)
# read the DSN from VISTKA_TEST_POSTGRES and make a schema of their own in
# that database for each test.
set -euo pipefail
exec 3>&1 1>&2

db=vistka_test
port=5432

# `postgres.sh stop` stops the cluster again (.ci/run does, when it started it).
if [ "${1:-}" = stop ]; then
	ver=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1 || true)
	if [ -n "$ver" ]; then
		pg_ctlcluster "$ver" main stop </dev/null >/dev/null 2>&1 3>&- || true
	fi
	exit 0
fi

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
	echo "postgres.sh: installing postgresql" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq postgresql >/dev/null
fi

ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$ver main"; then
	pg_createcluster "$ver" main --port "$port" >/dev/null
fi
port=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $3}')

# Trust the user postgres on loopback and the local socket. pg_hba.conf is
# read top to bottom, first match wins: the lines go first.
hba=/etc/postgresql/$ver/main/pg_hba.conf
marker="# vistka: trust postgres on loopback"
if ! grep -qF "$marker" "$hba"; then
	tmp=$(mktemp)
	{
		echo "$marker"
		echo "local all postgres trust"
		echo "host all postgres 127.0.0.1/32 trust"
		echo "host all postgres ::1/128 trust"
		cat "$hba"
	} >"$tmp"
	cat "$tmp" >"$hba"
	rm -f "$tmp"
	changed=1
fi

mkdir -p /var/run/postgresql
chown postgres:postgres /var/run/postgresql

# The server must not inherit this script's output: a daemon holding the
# pipe that carries the DSN (fd 3) or the caller's stderr open keeps whoever
# reads them waiting forever. CI once hung for its whole 90 minutes on that.
startlog=$(mktemp)
status=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $4}')
if [ "$status" != online ]; then
	if ! pg_ctlcluster "$ver" main start </dev/null >"$startlog" 2>&1 3>&-; then
		cat "$startlog"
		exit 1
	fi
elif [ -n "${changed:-}" ]; then
	pg_ctlcluster "$ver" main reload </dev/null >"$startlog" 2>&1 3>&-
fi
cat "$startlog"
rm -f "$startlog"

for _ in $(seq 1 60); do
	pg_isready -q -h 127.0.0.1 -p "$port" && break
	sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$port" >/dev/null

if [ "$(psql -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
	# UTF8 whatever the cluster's default (SQL_ASCII when it was made
	# without a locale).
	psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0" >/dev/null
fi

echo "postgres://postgres@127.0.0.1:$port/$db?sslmode=disable" >&3
