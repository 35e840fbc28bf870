#!/usr/bin/env bash
# Backs up a MineAction database with pg_dump (custom format) into one file.
#
#   scripts/backup.sh [--database NAME] [FILE]
#
# NAME defaults to "mineaction"; FILE to .data/backups/NAME-<UTC time>.dump. Without PGHOST set, the database is the private
# cluster that scripts/run.sh uses (started if needed); with PGHOST (and PGPORT, PGUSER, PGPASSWORD or ~/.pgpass) it is that server.
#
# The file holds every table, including data_protection_keys: the keys that decrypt victims' personal data. Keep it as secret as the
# database itself (it is written readable by its owner only). Losing the keys loses the personal data: a database restored without
# them still opens, but no victim's name, national ID, birth date, address or phone can ever be read again.
set -euo pipefail
source "$(dirname "$0")/db.sh"

usage() { echo "usage: $0 [--database NAME] [FILE]" >&2; exit 2; }
parse_database_and_file "$@"
use_server
[ -n "$file" ] || { mkdir -p "$DATA_ROOT/backups"; file="$DATA_ROOT/backups/$database-$(date -u +%Y%m%dT%H%M%SZ).dump"; }

log "backing up database $database to $file"
umask 077
tmp="$file.partial"
"$PG_BIN/pg_dump" --format=custom --compress=6 --no-owner --no-privileges --dbname="$database" --file="$tmp"
# A backup that cannot be listed, or that lacks the keys, is not a backup of the personal data.
if ! "$PG_BIN/pg_restore" --list "$tmp" > "$tmp.list" || ! grep -q "TABLE DATA public data_protection_keys" "$tmp.list"; then
  rm -f "$tmp" "$tmp.list"
  echo "The dump has no data_protection_keys table: is '$database' a MineAction database?" >&2
  exit 1
fi
rm -f "$tmp.list"
mv "$tmp" "$file"
chmod 600 "$file"
log "backup written: $file ($(du -h "$file" | cut -f1))"
cat >&2 <<WARN
WARNING: this file contains the Data Protection keys that decrypt victims' personal data, with the encrypted data itself.
Store it encrypted and off this machine, as secret as the database. Without these keys the personal data cannot be recovered:
keep every backup until a newer one has been restored successfully (scripts/restore.sh).
WARN
