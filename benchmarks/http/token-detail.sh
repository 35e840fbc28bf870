#!/usr/bin/env bash
# Issue #19 item 1: a token-authenticated hazard detail through the app (wrk on loopback) against the SQL the app runs for its data
# (pgbench, same database, same run). Three rounds each; prints every round and the medians' ratio.
#
#   benchmarks/http/token-detail.sh <app url> <database>      e.g. http://localhost:5091 mineaction_bench_20000
#
# The app must be serving that database (ConnectionStrings__MineAction). A token of the demo information manager is inserted for the
# run and revoked after it. Environment: MINEACTION_PG_PORT (55432), DURATION (10 s a round), CONNECTIONS (8).
set -euo pipefail
url="${1:?app url}"; database="${2:?database}"
duration="${DURATION:-10}"; connections="${CONNECTIONS:-8}"

source "$(dirname "$0")/common.sh"
hazard="$(sql "SELECT id FROM hazardous_areas WHERE archived_at IS NULL ORDER BY code LIMIT 1 OFFSET 100")"

# The hazard's own row with its province, district and organisation, its released area and its documents: what the detail reads.
cat > /tmp/token-detail.sql <<SQL
SELECT h.*, p.name, d.name, o.acronym FROM hazardous_areas h JOIN admin_areas p ON p.id = h.province_id
  LEFT JOIN admin_areas d ON d.id = h.district_id JOIN organisations o ON o.id = h.recording_organisation_id
  WHERE h.id = '$hazard' AND h.archived_at IS NULL;
SELECT coalesce(sum(area_m2), 0) FROM land_release_products WHERE hazardous_area_id = '$hazard' AND archived_at IS NULL AND superseded_on IS NULL;
SQL

status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $secret" "$url/api/v1/hazardous-areas/$hazard")"
[ "$status" = 200 ] || { echo "the app answered $status for the hazard detail" >&2; exit 1; }

wrk -t2 -c"$connections" -d"${duration}s" -H "Authorization: Bearer $secret" "$url/api/v1/hazardous-areas/$hazard" > /dev/null # warm-up (JIT, pools)
app=(); raw=()
for round in 1 2 3; do
  a="$(wrk -t2 -c"$connections" -d"${duration}s" -H "Authorization: Bearer $secret" "$url/api/v1/hazardous-areas/$hazard" | awk '/Requests\/sec/ {print $2}')"
  r="$(pgbench -h 127.0.0.1 -p "$port" -U mineaction -n -c "$connections" -j 2 -T "$duration" -f /tmp/token-detail.sql "$database" 2>/dev/null \
      | awk '/^tps/ {print $3; exit}')"
  echo "round $round: app $a req/s, raw SQL $r tx/s"
  app+=("$a"); raw+=("$r")
done
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
a="$(median "${app[@]}")"; r="$(median "${raw[@]}")"
echo "median: app $a req/s, raw SQL $r tx/s, ratio $(awk -v a="$a" -v r="$r" 'BEGIN { printf "%.0f %%", 100 * a / r }')"
