#!/usr/bin/env bash
# Starts MineAction with a realistic demo programme on http://localhost:5080.
# Installs PostgreSQL 15 + PostGIS 3 if missing, runs a private cluster under .data/pg,
# applies migrations, loads the demo data (once) and serves the UI + API until Ctrl-C.
# Environment: MINEACTION_PG_PORT (55432), MINEACTION_DEMO_SIZE (2000 hazardous areas),
# MINEACTION_URL (http://localhost:5080), ASPNETCORE_ENVIRONMENT (Development).
set -euo pipefail
source "$(dirname "$0")/db.sh"
cd "$REPO_ROOT"

start_cluster
ensure_database mineaction
export MINEACTION_DB; MINEACTION_DB="$(connection_string mineaction)"
export ConnectionStrings__MineAction="$MINEACTION_DB"

log "building"
dotnet build MineAction.sln -c Release -v q -nologo -clp:ErrorsOnly
log "applying migrations"
dotnet run --project migrations/MineAction.Migrations -c Release --no-build -- migrate
log "loading the demo programme"
dotnet run --project migrations/MineAction.Migrations -c Release --no-build -- seed-demo --size "${MINEACTION_DEMO_SIZE:-2000}"

url="${MINEACTION_URL:-http://localhost:5080}"
log "serving UI + API on $url (API reference: $url/api-docs) — Ctrl-C to stop; scripts/stop.sh stops PostgreSQL"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet run --project src/MineAction.Web -c Release --no-build --no-launch-profile --urls "$url"
