#!/usr/bin/env bash
# Issue #19 item 6: every national-scale scenario beside its raw baseline, measured in the same run on the national-scale database, then an
# 8-client 60-second mixed read/write load — one report.
#
#   benchmarks/run.sh [hazards]      (200,000 by default)
#
# Starts the private cluster (scripts/db.sh), seeds mineaction_scale_<hazards> once (migrate + seed-scale + VACUUM ANALYZE; a few minutes)
# and migrates it on later runs, starts the app in Release (Production, on port 5091, token rate limit lifted for the load), then runs:
# after a warm-up (the mixed load below for 30 s, not reported):
#   benchmarks/http/token-detail.sh   authenticated hazard detail (wrk) against its data SQL (pgbench)
#   benchmarks/http/export-memory.sh  the CSV and GeoJSON exports (time, first byte, app memory) against psql's \copy
#   BenchmarkDotNet                   national aggregates and the land release summary against hand-written SQL (ShortRun)
#   benchmarks/http/mixed-load.sh     8 clients, 60 s, reads and 10 % writes: req/s, p50, p99, errors, app memory
# and writes everything to .data/benchmarks/<date>.md (printed at the end). Needs wrk and pgbench (apt: wrk, postgresql-15).
# Environment: MINEACTION_PG_PORT, QUICK=1 (10-second rounds and no BenchmarkDotNet: a smoke run of the harness itself).
set -euo pipefail
source "$(dirname "$0")/../scripts/db.sh"
cd "$REPO_ROOT"
hazards="${1:-200000}"
database="mineaction_scale_$hazards"
url="http://localhost:5091"
report=".data/benchmarks/$(date -u +%Y-%m-%dT%H%M%SZ).md"
mkdir -p .data/benchmarks .data/bench-keys && chmod 700 .data/bench-keys
for tool in wrk pgbench psql curl; do command -v "$tool" >/dev/null || { echo "benchmarks/run.sh needs $tool (apt)" >&2; exit 1; }; done

start_cluster
export PGPASSWORD="$PG_PASSWORD" MINEACTION_PG_PORT="$PG_PORT"
server="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASSWORD"
connection="$server;Database=$database"
exists="$(psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$database'")"
[ -n "$exists" ] || psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -qc "CREATE DATABASE $database"
MINEACTION_DB="$connection" dotnet run --project migrations/MineAction.Migrations -c Release -- migrate
if [ "$(psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$database" -Atc "SELECT count(*) FROM hazardous_areas")" = 0 ]; then
  log "seeding $hazards hazardous areas into $database"
  MINEACTION_DB="$connection" dotnet run --project migrations/MineAction.Migrations -c Release -- seed-scale --hazards "$hazards"
  psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$database" -qc "VACUUM ANALYZE"
fi

log "starting the app on $url"
dotnet build src/MineAction.Web -c Release -nologo -v q >/dev/null
RateLimiting__TokenRequestsPerMinute=100000000 DataProtection__KeyDirectory="$REPO_ROOT/.data/bench-keys" ConnectionStrings__MineAction="$connection" \
  ASPNETCORE_ENVIRONMENT=Production dotnet src/MineAction.Web/bin/Release/net10.0/MineAction.Web.dll --urls "$url" \
  --contentRoot src/MineAction.Web > .data/benchmarks/app.log 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf -o /dev/null "$url/health/ready" && break; sleep 1; done
curl -sf -o /dev/null "$url/health/ready" || { echo "the app did not start: .data/benchmarks/app.log" >&2; exit 1; }

quick="${QUICK:-0}"
[ "$quick" = 1 ] && export DURATION=10
# Warm-up: the app's JIT tiers and pools, every endpoint of the mixed load for 30 s (10 s quick), its figures not kept.
log "warming the app up"
DURATION="$([ "$quick" = 1 ] && echo 10 || echo 30)" benchmarks/http/mixed-load.sh "$url" "$database" "$app" >/dev/null
{
  echo "# MineAction benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC'), $hazards hazardous areas"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM, $(uname -sr); PostgreSQL $(psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -Atc 'SHOW server_version');"
  echo "database $(psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$database" -Atc "SELECT pg_size_pretty(pg_database_size(current_database()))"),"
  echo "$(psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$database" -Atc "SELECT (SELECT count(*) FROM land_release_activities) + (SELECT count(*) FROM land_release_products) + (SELECT count(*) FROM devices_found)") ledger rows."
  echo
  echo "## Hazard detail, token-authenticated (app: wrk; raw: pgbench of its data SQL)"
  echo '```'
  benchmarks/http/token-detail.sh "$url" "$database"
  echo '```'
  echo "## Exports (app: curl; raw: psql \\copy)"
  echo '```'
  benchmarks/http/export-memory.sh "$url" "$database" "$app"
  echo '```'
  if [ "$quick" != 1 ]; then
    echo "## National aggregates and the land release summary (BenchmarkDotNet ShortRun, app use case against hand-written SQL)"
    (cd benchmarks/MineAction.Benchmarks && MINEACTION_BENCH_SCALE="$hazards" dotnet run -c Release -- \
        --filter '*NationalAggregate*' '*LandReleaseBenchmarks.Summary*' --job short --join > "$REPO_ROOT/.data/benchmarks/dotnet.log" 2>&1)
    awk '/^\| (Type|Method) /,/^$/' .data/benchmarks/dotnet.log | cut -d'|' -f1-6 | sed 's/ *$/ |/'
  fi
  echo "## Mixed read/write load"
  echo '```'
  benchmarks/http/mixed-load.sh "$url" "$database" "$app"
  echo '```'
} | tee "$report"
log "report: $report"
