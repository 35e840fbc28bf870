#!/bin/sh
# Applies migrations, loads the demo programme when MINEACTION_DEMO_SIZE is set, then serves.
set -e
export MINEACTION_DB="${ConnectionStrings__MineAction}"
dotnet /app/migrations/MineAction.Migrations.dll migrate
if [ -n "${MINEACTION_DEMO_SIZE:-}" ]; then
  dotnet /app/migrations/MineAction.Migrations.dll seed-demo --size "$MINEACTION_DEMO_SIZE"
fi
exec dotnet /app/web/MineAction.Web.dll
