#!/usr/bin/env bash
# Shared by run.sh, test.sh and stop.sh: installs PostgreSQL 15 + PostGIS 3 when missing and
# manages a private cluster under .data/pg (port $MINEACTION_PG_PORT, default 55432).
# Source it, then call ensure_postgres / start_cluster / stop_cluster.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_BIN="/usr/lib/postgresql/15/bin"
PG_PORT="${MINEACTION_PG_PORT:-55432}"
PG_USER="mineaction"
PG_PASSWORD="${MINEACTION_PG_PASSWORD:-mineaction}"
DATA_ROOT="$REPO_ROOT/.data"
PGDATA_DIR="$DATA_ROOT/pg"

log() { printf '\033[1;34m[mineaction]\033[0m %s\n' "$*"; }

# Runs a command as the cluster owner: the postgres OS user when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_postgres() {
  if [ -x "$PG_BIN/initdb" ] && [ -f /usr/share/postgresql/15/extension/postgis.control ]; then
    return 0
  fi
  log "installing postgresql-15 and postgresql-15-postgis-3 (apt)"
  local sudo=""
  [ "$(id -u)" = "0" ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql-15 postgresql-15-postgis-3 >/dev/null
}

# When root, the postgres OS user must be able to reach the data directory (default .data/pg; a standby's is another); a clone under a
# private home directory (e.g. /root) is not reachable, so the cluster then lives in /var/lib/postgresql and the directory is a
# symbolic link to it.
prepare_data_dir() {
  local dir="${1:-$PGDATA_DIR}" suffix="${2:-}"
  local parent; parent="$(dirname "$dir")"
  mkdir -p "$parent"
  if [ -e "$dir" ] || [ -L "$dir" ]; then return 0; fi
  if [ "$(id -u)" = "0" ]; then
    [ "$parent" != "$DATA_ROOT" ] || chown postgres:postgres "$DATA_ROOT" 2>/dev/null || true
    if runuser -u postgres -- test -w "$parent"; then
      runuser -u postgres -- mkdir -p "$dir"
    else
      local hash; hash="$(printf '%s' "$REPO_ROOT" | sha1sum | cut -c1-12)"
      local real="/var/lib/postgresql/mineaction-$hash$suffix"
      mkdir -p "$real"; chown postgres:postgres "$real"
      ln -s "$real" "$dir"
    fi
  else
    mkdir -p "$dir"
  fi
  chmod 700 "$(readlink -f "$dir")"
}

init_cluster() {
  local real; real="$(readlink -f "$PGDATA_DIR")"
  if [ -f "$real/PG_VERSION" ]; then return 0; fi
  log "creating a private PostgreSQL cluster in $PGDATA_DIR"
  local pwfile; pwfile="$(mktemp)"
  printf '%s\n' "$PG_PASSWORD" > "$pwfile"
  [ "$(id -u)" = "0" ] && chown postgres "$pwfile"
  as_owner "$PG_BIN/initdb" -D "$real" -U "$PG_USER" --pwfile="$pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  cat >> "$real/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = ''
max_connections = 200
shared_buffers = 256MB
fsync = ${MINEACTION_PG_FSYNC:-on}
CONF
}

start_cluster() {
  ensure_postgres
  prepare_data_dir
  init_cluster
  local real; real="$(readlink -f "$PGDATA_DIR")"
  if as_owner "$PG_BIN/pg_ctl" -D "$real" status >/dev/null 2>&1; then
    log "PostgreSQL already running on port $PG_PORT"
  else
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" >/dev/null 2>&1; then
      echo "Port $PG_PORT is taken by another PostgreSQL server (another clone's cluster?)." >&2
      echo "Stop it (scripts/stop.sh in that clone) or choose a port: MINEACTION_PG_PORT=55433 $0" >&2
      exit 1
    fi
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    # The port given now wins over the one written at init (a cluster first started with another MINEACTION_PG_PORT).
    as_owner "$PG_BIN/pg_ctl" -D "$real" -l "$real/server.log" -o "-p $PG_PORT" -w -t 60 start >/dev/null
  fi
  # PostGIS in template1: every database created later (app, test template, clones) has it.
  PGOPTIONS="-c client_min_messages=warning" PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d template1 \
    -qAt -c "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null
}

stop_cluster() {
  local real; real="$(readlink -f "$PGDATA_DIR" 2>/dev/null || true)"
  if [ -n "$real" ] && [ -f "$real/PG_VERSION" ]; then
    as_owner "$PG_BIN/pg_ctl" -D "$real" -m fast -w stop >/dev/null 2>&1 || true
    log "PostgreSQL stopped"
  fi
}

ensure_database() {
  local db="$1"
  local exists
  exists="$(PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -qAt \
    -c "SELECT 1 FROM pg_database WHERE datname = '$db'")"
  if [ "$exists" != "1" ]; then
    PGPASSWORD="$PG_PASSWORD" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" "$db"
  fi
}

# For backup.sh / restore.sh: the server named by PGHOST (with PGPORT, PGUSER, PGPASSWORD or ~/.pgpass) when set — its client tools
# from the newest PostgreSQL installed — otherwise the private cluster, started if needed.
use_server() {
  if [ -n "${PGHOST:-}" ]; then
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    [ -x "$PG_BIN/pg_dump" ] || { echo "pg_dump not found: install postgresql-client" >&2; exit 1; }
    log "server $PGHOST:${PGPORT:-5432} as ${PGUSER:-$USER}"
  else
    start_cluster
    export PGHOST=127.0.0.1 PGPORT="$PG_PORT" PGUSER="$PG_USER" PGPASSWORD="$PG_PASSWORD"
  fi
}

# The arguments of backup.sh / restore.sh: [--database NAME] [FILE] → $database (default mineaction) and $file (may stay empty).
parse_database_and_file() {
  database="mineaction"
  file=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --database) [ $# -ge 2 ] || usage; database="$2"; shift 2 ;;
      -*) usage ;;
      *) [ -z "$file" ] || usage; file="$1"; shift ;;
    esac
  done
  case "$database" in *[!a-z0-9_]*|"") echo "The database name may hold only a-z, 0-9 and _: $database" >&2; exit 2 ;; esac
}

# psql on the maintenance database of the server chosen by use_server, one value per line.
server_sql() {
  "$PG_BIN/psql" -d postgres -qAt -v ON_ERROR_STOP=1 -c "$1"
}

connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Username=%s;Password=%s;Database=%s' "$PG_PORT" "$PG_USER" "$PG_PASSWORD" "$1"
}

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
