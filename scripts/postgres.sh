#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the register's tests and print its database URL.
# Installs Debian's postgresql when missing; runs the server as the postgres user, listening on
# 127.0.0.1 only, with its data in a temporary folder (the system's own cluster is not touched).
# Idempotent: a server already answering on the port is reused.
set -euo pipefail
PORT="${DIRECTIVE_PARSER_PG_PORT:-55432}"
DATA="${DIRECTIVE_PARSER_PG_DATA:-/tmp/directive-parser-pg-$PORT}"
DB=directive_parser_test
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"
  elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"
  else sudo -u postgres "$@"; fi
}
if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  $SUDO rm -rf "$DATA"; $SUDO mkdir -p "$DATA"; $SUDO chown postgres: "$DATA"; $SUDO chmod 700 "$DATA"
  as_postgres "$BIN/initdb" -D "$DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off" start >/dev/null
fi
if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -Atc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
  "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
fi
echo "postgresql://postgres@127.0.0.1:$PORT/$DB"
