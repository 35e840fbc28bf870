#!/usr/bin/env bash
# A hot standby of the private cluster (PostgreSQL streaming replication) to answer reports, exports and dashboards.
#
#   scripts/replica.sh start | stop | status | remove
#
# start   copies the primary with pg_basebackup into .data/pg-standby and starts it as a hot standby on port
#         MINEACTION_REPLICA_PORT (default: the primary's port + 1), streaming from a replication slot. A standby already made is
#         only started. It prints the read-only connection string to give the app (ConnectionStrings__MineActionReadOnly).
# stop    stops the standby. The primary keeps the WAL the standby has not received yet, so it catches up when started again.
# remove  stops the standby, deletes its directory and drops its slot (the primary stops keeping WAL for it).
# status  whether the standby runs, and how far its replay is behind the primary.
#
# The primary is the private cluster (MINEACTION_PG_PORT, started if needed) or, with PGHOST set, that server (PGPORT, PGUSER,
# PGPASSWORD); the standby's directory can be moved with MINEACTION_REPLICA_DIR. Writes always go to the primary: the app opens its
# read-only connection with Target Session Attributes=prefer-standby, so reports fall back to the primary while the standby is down.
set -euo pipefail
source "$(dirname "$0")/db.sh"

usage() { echo "usage: $0 start|stop|status|remove" >&2; exit 2; }
[ $# -eq 1 ] || usage
command="$1"

STANDBY_DIR="${MINEACTION_REPLICA_DIR:-$DATA_ROOT/pg-standby}"

primary() {
  if [ -z "${PGHOST:-}" ] && [ "$command" = "start" ]; then start_cluster; fi
  PRIMARY_HOST="${PGHOST:-127.0.0.1}" PRIMARY_PORT="${PGPORT:-$PG_PORT}"
  PRIMARY_USER="${PGUSER:-$PG_USER}" PRIMARY_PASSWORD="${PGPASSWORD:-$PG_PASSWORD}"
  STANDBY_PORT="${MINEACTION_REPLICA_PORT:-$((PRIMARY_PORT + 1))}"
  SLOT="mineaction_standby_$STANDBY_PORT"
}

on_primary() {
  PGPASSWORD="$PRIMARY_PASSWORD" "$PG_BIN/psql" -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$PRIMARY_USER" -d postgres -qAt -v ON_ERROR_STOP=1 -c "$1"
}

on_standby() {
  PGPASSWORD="$PRIMARY_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$STANDBY_PORT" -U "$PRIMARY_USER" -d postgres -qAt -v ON_ERROR_STOP=1 -c "$1"
}

standby_data() { readlink -f "$STANDBY_DIR" 2>/dev/null || true; }

standby_running() {
  local real; real="$(standby_data)"
  [ -n "$real" ] && [ -f "$real/PG_VERSION" ] && as_owner "$PG_BIN/pg_ctl" -D "$real" status >/dev/null 2>&1
}

make_standby() {
  local real; real="$(standby_data)"
  if [ -f "$real/PG_VERSION" ]; then return 0; fi
  log "copying the primary ($PRIMARY_HOST:$PRIMARY_PORT) into $STANDBY_DIR"
  if [ "$(on_primary "SELECT count(*) FROM pg_replication_slots WHERE slot_name = '$SLOT'")" = "1" ]; then
    on_primary "SELECT pg_drop_replication_slot('$SLOT')" >/dev/null
  fi
  # -R writes standby.signal and primary_conninfo; -C -S creates the slot that keeps the WAL until the standby has it.
  as_owner env PGPASSWORD="$PRIMARY_PASSWORD" "$PG_BIN/pg_basebackup" -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$PRIMARY_USER" \
    -D "$real" -R -X stream -C -S "$SLOT" -c fast
  rm -f "$real/server.log"
  # Appended settings win over the primary's copied ones: its own port, and feedback so long reports are not cancelled by replay.
  as_owner tee -a "$real/postgresql.conf" >/dev/null <<CONF
port = $STANDBY_PORT
hot_standby = on
hot_standby_feedback = on
CONF
}

start_standby() {
  prepare_data_dir "$STANDBY_DIR" "-standby"
  make_standby
  if standby_running; then
    log "the standby already runs on port $STANDBY_PORT"
  else
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$STANDBY_PORT" >/dev/null 2>&1; then
      echo "Port $STANDBY_PORT is taken by another server: choose one with MINEACTION_REPLICA_PORT." >&2
      exit 1
    fi
    local real; real="$(standby_data)"
    log "starting the standby on 127.0.0.1:$STANDBY_PORT"
    as_owner "$PG_BIN/pg_ctl" -D "$real" -l "$real/server.log" -o "-p $STANDBY_PORT" -w -t 60 start >/dev/null
  fi
  [ "$(on_standby "SELECT pg_is_in_recovery()")" = "t" ] || { echo "The server on port $STANDBY_PORT is not a standby." >&2; exit 1; }
  log "hot standby ready. Give the app its read-only connection:"
  echo "ConnectionStrings__MineActionReadOnly=\"Host=127.0.0.1:$STANDBY_PORT,$PRIMARY_HOST:$PRIMARY_PORT;Target Session Attributes=prefer-standby;Username=$PRIMARY_USER;Password=…;Database=mineaction\""
}

stop_standby() {
  if standby_running; then
    as_owner "$PG_BIN/pg_ctl" -D "$(standby_data)" -m fast -w stop >/dev/null
    log "standby stopped"
  fi
}

status_standby() {
  if ! standby_running; then
    echo "standby: not running ($STANDBY_DIR)"
    return 3
  fi
  echo "standby: running on port $STANDBY_PORT, in recovery: $(on_standby "SELECT pg_is_in_recovery()")"
  local replayed; replayed="$(on_standby "SELECT pg_last_wal_replay_lsn()")"
  echo "replay lag: $(on_primary "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '$replayed')") bytes behind the primary"
}

remove_standby() {
  stop_standby
  local real; real="$(standby_data)"
  if [ -n "$real" ] && [ -d "$real" ]; then
    as_owner rm -rf "$real"
    rm -f "$STANDBY_DIR" 2>/dev/null || true
    log "standby removed ($STANDBY_DIR)"
  fi
  if [ "$(on_primary "SELECT count(*) FROM pg_replication_slots WHERE slot_name = '$SLOT'" 2>/dev/null || echo 0)" = "1" ]; then
    on_primary "SELECT pg_drop_replication_slot('$SLOT')" >/dev/null
    log "replication slot $SLOT dropped"
  fi
}

primary
case "$command" in
  start) start_standby ;;
  stop) stop_standby ;;
  status) status_standby ;;
  remove) remove_standby ;;
  *) usage ;;
esac
