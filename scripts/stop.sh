#!/usr/bin/env bash
# Stops the private PostgreSQL cluster started by run.sh / test.sh (and its standby, when scripts/replica.sh started one).
set -euo pipefail
source "$(dirname "$0")/db.sh"
"$REPO_ROOT/scripts/replica.sh" stop
stop_cluster
