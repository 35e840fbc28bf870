#!/usr/bin/env bash
# Stops the private PostgreSQL cluster started by run.sh / test.sh.
set -euo pipefail
source "$(dirname "$0")/db.sh"
stop_cluster
