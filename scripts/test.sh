#!/usr/bin/env bash
# Runs every test against a real PostgreSQL 15 + PostGIS 3 (the private cluster under .data/pg,
# installed and started if needed): dotnet test MineAction.sln.
set -euo pipefail
source "$(dirname "$0")/db.sh"
cd "$REPO_ROOT"

start_cluster
# The browser tests drive Debian's Chromium (no browser download).
if [ -z "${MINEACTION_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  log "installing chromium (apt) for the browser tests"
  sudo=""; [ "$(id -u)" = "0" ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
# Output is checked with validators nobody here wrote: GDAL's ogrinfo (GeoJSON, CSV) and xmllint (IATI XML).
if ! command -v ogrinfo >/dev/null || ! command -v xmllint >/dev/null; then
  log "installing gdal-bin and libxml2-utils (apt) for the format checks"
  sudo=""; [ "$(id -u)" = "0" ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq gdal-bin libxml2-utils >/dev/null
fi
# Spectral (Stoplight) lints the OpenAPI document in the tests (spectral:oas); installed once under .tools/spectral with npm.
SPECTRAL_VERSION="6.16.3"
if [ -z "${MINEACTION_SPECTRAL:-}" ] && [ ! -x .tools/spectral/node_modules/.bin/spectral ]; then
  sudo=""; [ "$(id -u)" = "0" ] || sudo="sudo"
  if ! command -v npm >/dev/null; then
    log "installing nodejs and npm (apt) for Spectral"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >/dev/null
  fi
  log "installing Spectral $SPECTRAL_VERSION (npm) for the OpenAPI check"
  mkdir -p .tools/spectral
  npm install --silent --no-audit --no-fund --prefix .tools/spectral "@stoplight/spectral-cli@$SPECTRAL_VERSION" >/dev/null
fi
# Databases left behind by an interrupted run.
PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -qAt \
  -c "SELECT datname FROM pg_database WHERE datname LIKE 'mineaction\_t%'" | while read -r db; do
  [ -n "$db" ] && PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -qAt \
    -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null
done

export MINEACTION_TEST_SERVER="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASSWORD"
# No MSBuild node outlives the run holding the output pipe; a test stuck for 15 minutes is reported by name and its host
# stopped (--blame-hang-timeout) instead of holding the run until an outside time limit.
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
log "running dotnet test MineAction.sln"
set +e
dotnet test MineAction.sln -nologo --blame-hang-timeout 15m --blame-hang-dump-type none 2>&1 | tee .data/test-output.log
status=${PIPESTATUS[0]}
set -e
# One plain summary line over all test assemblies.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     } END { printf "tests: %d passed, %d failed\n", p, f }' .data/test-output.log
exit "$status"
