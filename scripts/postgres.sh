#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on loopback for the integration tests.
#   scripts/postgres.sh start   installs Debian's postgresql if missing, starts a cluster in a temp folder,
#                               prints the connection string (also written to .tmp/postgres/connection)
#   scripts/postgres.sh stop    stops the cluster and deletes its folder
#   scripts/postgres.sh crash-restart   stops the cluster at once (as a crash would) and starts it again on the same port
# BACKOFFICE_PG_DURABLE=1 starts it with fsync and synchronous commits on (durability figures, crash tests); the
# default turns both off because the tests never survive a machine crash and run faster without them.
# BACKOFFICE_PG_NAME=<name> keeps a second cluster apart from the first (state in .tmp/<name>).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
state="$root/.tmp/${BACKOFFICE_PG_NAME:-postgres}"

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  if ! bin="$(find_bin)"; then
    echo "Installing PostgreSQL (Debian package postgresql)..." >&2
    apt_install postgresql
    bin="$(find_bin)"
  fi
  stop >/dev/null 2>&1 || true
  local data="/tmp/backoffice-pg-$$"
  rm -rf "$data" && mkdir -p "$data" "$state"
  [ "$(id -u)" = "0" ] && chown postgres:postgres "$data"
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  as_postgres "$bin/initdb" -D "$data/db" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1
  local durability="-c fsync=off -c synchronous_commit=off"
  [ "${BACKOFFICE_PG_DURABLE:-0}" = "1" ] && durability="-c fsync=on -c synchronous_commit=on"
  echo "-k $data -p $port -c listen_addresses=127.0.0.1 -c max_connections=300 $durability" >"$state/options"
  as_postgres "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -o "$(cat "$state/options")" start >/dev/null
  echo "$data" >"$state/data"
  echo "$bin" >"$state/bin"
  local cs="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "$cs" >"$state/connection"
  echo "$cs"
}

crash_restart() {
  local data bin
  data="$(cat "$state/data")"; bin="$(cat "$state/bin")"
  as_postgres "$bin/pg_ctl" -D "$data/db" -m immediate stop >/dev/null 2>&1 || true
  as_postgres "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -o "$(cat "$state/options")" start >/dev/null
}

stop() {
  [ -f "$state/data" ] || return 0
  local data bin
  data="$(cat "$state/data")"; bin="$(cat "$state/bin")"
  as_postgres "$bin/pg_ctl" -D "$data/db" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$data" "$state"
}

apt_install() {
  if [ "$(id -u)" != "0" ]; then echo "Need root to install $*" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "$@" >/dev/null
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  crash-restart) crash_restart ;;
  *) echo "usage: $0 start|stop|crash-restart" >&2; exit 2 ;;
esac
