#!/usr/bin/env bash
# Restores a backup written by scripts/backup.sh into a new database, all or nothing.
#
#   scripts/restore.sh [--database NAME] FILE
#
# NAME defaults to "mineaction". An existing database of that name is never dropped: it is renamed NAME_pre_<UTC time> first (stop the
# app before restoring over its database), and renamed back if the restore fails. Server: as for backup.sh (PGHOST…, or the private cluster).
# The backup carries the Data Protection keys, so victims' personal data is readable on the restored copy.
set -euo pipefail
source "$(dirname "$0")/db.sh"

usage() { echo "usage: $0 [--database NAME] FILE" >&2; exit 2; }
parse_database_and_file "$@"
[ -n "$file" ] || usage
[ -r "$file" ] || { echo "Cannot read the backup file $file" >&2; exit 1; }
use_server

list="$(mktemp)"
trap 'rm -f "$list"' EXIT
# Extension comments belong to the extension's owner; a restore by another user must not fail on them.
"$PG_BIN/pg_restore" --list "$file" | grep -v "COMMENT - EXTENSION" > "$list" \
  || { echo "$file is not a pg_dump custom-format backup" >&2; exit 1; }
grep -q "TABLE DATA public data_protection_keys" "$list" \
  || { echo "$file holds no data_protection_keys: it is not a MineAction backup (personal data could not be read)" >&2; exit 1; }

kept=""
if [ "$(server_sql "SELECT count(*) FROM pg_database WHERE datname = '$database'")" = "1" ]; then
  sessions="$(server_sql "SELECT count(*) FROM pg_stat_activity WHERE datname = '$database'")"
  if [ "$sessions" != "0" ]; then
    echo "Database $database has $sessions open session(s): stop the app (and other clients) before restoring over it." >&2
    exit 1
  fi
  kept="${database:0:43}_pre_$(date -u +%Y%m%dT%H%M%S)"
  log "keeping the existing database $database as $kept"
  server_sql "ALTER DATABASE \"$database\" RENAME TO \"$kept\"" >/dev/null
fi

log "restoring $file into database $database"
server_sql "CREATE DATABASE \"$database\"" >/dev/null
if ! "$PG_BIN/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --use-list="$list" --dbname="$database" "$file"; then
  echo "The restore failed; nothing was restored." >&2
  server_sql "DROP DATABASE \"$database\"" >/dev/null
  if [ -n "$kept" ]; then
    server_sql "ALTER DATABASE \"$kept\" RENAME TO \"$database\"" >/dev/null
    echo "The previous database $database is back as it was." >&2
  fi
  exit 1
fi

keys="$("$PG_BIN/psql" -d "$database" -qAt -c "SELECT count(*) FROM data_protection_keys")"
people="$("$PG_BIN/psql" -d "$database" -qAt -c "SELECT count(*) FROM victim_personal_data")"
log "restored $database ($keys Data Protection key(s), $people victim personal-data record(s))${kept:+; the previous database is kept as $kept}"
if [ "$keys" = "0" ] && [ "$people" != "0" ]; then
  echo "WARNING: the backup holds personal data but no Data Protection keys: it cannot be decrypted." >&2
fi
