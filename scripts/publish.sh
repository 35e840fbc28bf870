#!/usr/bin/env bash
# Publishes MineAction for production (what docker/Dockerfile does, without Docker):
#
#   scripts/publish.sh [OUTPUT]        (default .data/publish)
#
# OUTPUT/web is the web app with its static assets — run it with
#   ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__MineAction="Host=…;Database=…" dotnet OUTPUT/web/MineAction.Web.dll --urls http://0.0.0.0:8080
# from any directory; OUTPUT/cli is the operator's command line (migrate, setup boundaries, create-admin, create-token):
#   MINEACTION_DB="Host=…;Database=…" dotnet OUTPUT/cli/MineAction.Migrations.dll --help
# Do not run the build output (src/MineAction.Web/bin/…) in Production: only the published folder carries the UI's files.
set -euo pipefail
source "$(dirname "$0")/db.sh"
cd "$REPO_ROOT"

out="$(mkdir -p "${1:-$DATA_ROOT/publish}" && cd "${1:-$DATA_ROOT/publish}" && pwd)"
log "publishing the web app to $out/web"
dotnet publish src/MineAction.Web/MineAction.Web.csproj -c Release -o "$out/web" -nologo -v q -clp:ErrorsOnly
log "publishing the operator CLI to $out/cli"
dotnet publish migrations/MineAction.Migrations/MineAction.Migrations.csproj -c Release -o "$out/cli" -nologo -v q -clp:ErrorsOnly
log "done: see docs/operations.md (Production) for the settings it needs"
