#!/usr/bin/env bash
# Issue #19 item 6: an 8-client mixed read/write load through the app (wrk on loopback, benchmarks/http/mixed-load.lua: detail, list, contamination,
# land release summary, casualty statistics and 10 % new hazardous areas), reporting requests per second, p50 and p99 latency, errors
# (non-2xx answers and socket errors) and the app's resident memory before and after.
#
#   benchmarks/http/mixed-load.sh <app url> <database> <app pid>      e.g. http://localhost:5091 mineaction_scale_200000 12345
#
# The app must be serving that database with a token rate limit above the load (RateLimiting__TokenRequestsPerMinute). A token of the demo
# information manager is inserted for the run and revoked after it. Environment: MINEACTION_PG_PORT (55432), DURATION (60 s), CONNECTIONS (8).
set -euo pipefail
url="${1:?app url}"; database="${2:?database}"; pid="${3:?app pid}"
duration="${DURATION:-60}"; connections="${CONNECTIONS:-8}"
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/common.sh"
work="$(mktemp -d)"
trap 'revoke_token; rm -rf "$work"' EXIT
sql "SELECT id FROM hazardous_areas WHERE archived_at IS NULL AND approval_status = 'Approved' ORDER BY random() LIMIT 5000" > "$work/ids"
sql "SELECT ST_X(ST_PointOnSurface(geometry)) || ',' || ST_Y(ST_PointOnSurface(geometry)) || ',' || recording_organisation_id
     FROM hazardous_areas WHERE archived_at IS NULL AND approval_status = 'Approved' ORDER BY random() LIMIT 500" > "$work/points"
before_hazards="$(sql "SELECT count(*) FROM hazardous_areas")"

export MIXED_IDS="$work/ids" MIXED_POINTS="$work/points" MIXED_TOKEN="$secret"
before="$(rss)"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/mixed-load.lua" "$url" > "$work/wrk"
after="$(rss)"
written="$(( $(sql "SELECT count(*) FROM hazardous_areas") - before_hazards ))"
rps="$(awk '/Requests\/sec/ {print $2}' "$work/wrk")"
p50="$(awk '$1 == "50%" {print $2}' "$work/wrk")"; p99="$(awk '$1 == "99%" {print $2}' "$work/wrk")"
total="$(awk '/requests in/ {print $1}' "$work/wrk")"
non2xx="$(awk '/Non-2xx or 3xx responses/ {print $NF}' "$work/wrk")"; non2xx="${non2xx:-0}"
socket="$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$work/wrk")"; socket="${socket:-0}"
echo "mixed load, $connections clients, ${duration} s: $total requests ($written hazardous areas registered), $rps req/s, p50 $p50, p99 $p99, errors: $non2xx non-2xx, $socket socket; app RSS $before MB before, $after MB after"
