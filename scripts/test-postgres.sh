#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the PostgreSQL half of the tests and
# prints the DATABASE_URL to use. Installs Debian's postgresql when it is missing.
# Usage: eval "$(scripts/test-postgres.sh)"   (stop: scripts/test-postgres.sh stop)
set -euo pipefail
PORT="${TEST_PG_PORT:-54329}"
DIR="${TEST_PG_DIR:-/tmp/exchange-desk-pg}"
find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
BIN="$(find_bin)"
if [ -z "$BIN" ]; then
  echo "installing postgresql with apt-get" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  BIN="$(find_bin)"
fi
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if [ "${1:-}" = stop ]; then
  as_postgres "$BIN/pg_ctl -D $DIR stop -m fast" >&2 || true
  exit 0
fi
if ! as_postgres "$BIN/pg_ctl -D $DIR status" >/dev/null 2>&1; then
  rm -rf "$DIR" && mkdir -p "$DIR" && { [ "$(id -u)" != 0 ] || chown postgres "$DIR"; }
  as_postgres "$BIN/initdb -D $DIR -U postgres -A trust" >/dev/null
  as_postgres "$BIN/pg_ctl -D $DIR -l $DIR/server.log -o '-h 127.0.0.1 -p $PORT -k /tmp' -w start" >/dev/null
fi
as_postgres "$BIN/psql -h 127.0.0.1 -p $PORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='desk_test'\"" | grep -q 1 \
  || as_postgres "$BIN/createdb -h 127.0.0.1 -p $PORT -U postgres desk_test"
echo "export DATABASE_URL=postgresql://postgres@127.0.0.1:$PORT/desk_test"
