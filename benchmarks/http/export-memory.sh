#!/usr/bin/env bash
# Issue #19 item 3: exports stream — the app's memory does not grow with the rows it exports, and the first byte leaves before the last row
# is read. Downloads the hazardous-area CSV and GeoJSON exports three times each through the app (curl on loopback) while sampling the app's
# resident memory every 20 ms, and times PostgreSQL's own \copy of the same rows to CSV (psql) as the baseline, same run.
#
#   benchmarks/http/export-memory.sh <app url> <database> <app pid>      e.g. http://localhost:5091 mineaction_scale_200000 12345
#
# The app must be serving that database (ConnectionStrings__MineAction). A token of the demo information manager is inserted for the run
# and revoked after it. Environment: MINEACTION_PG_PORT (55432).
set -euo pipefail
url="${1:?app url}"; database="${2:?database}"; pid="${3:?app pid}"

source "$(dirname "$0")/common.sh"

rows="$(sql "SELECT count(*) FROM hazardous_areas WHERE archived_at IS NULL")"
start="$(date +%s.%N)"
psql -h 127.0.0.1 -p "$port" -U mineaction -d "$database" -Atq -c "\\copy (SELECT h.code, h.name, h.type, h.status, h.approval_status, h.area_m2,
  p.code, p.name, d.code, d.name, o.acronym, h.device_categories, h.evidence, h.recorded_on, ST_Y(ST_PointOnSurface(h.geometry)),
  ST_X(ST_PointOnSurface(h.geometry)), h.external_imsma_id FROM hazardous_areas h JOIN admin_areas p ON p.id = h.province_id
  LEFT JOIN admin_areas d ON d.id = h.district_id JOIN organisations o ON o.id = h.recording_organisation_id
  WHERE h.archived_at IS NULL ORDER BY h.code) TO '/dev/null' WITH (FORMAT csv, HEADER)"
echo "raw SQL: \\copy of $rows hazardous areas to CSV in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }') s"

echo "app RSS before: $(rss) MB"
for export in export.csv export.geojson; do
  for round in 1 2 3; do
    peak="/tmp/export-peak.$$"; echo 0 > "$peak"
    ( while :; do r="$(rss)"; [ "$r" -gt "$(cat "$peak")" ] && echo "$r" > "$peak"; sleep 0.02; done ) & sampler=$!
    before="$(rss)"
    read -r code first total size < <(curl -s -o /dev/null -H "Authorization: Bearer $secret" \
      -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}\n' "$url/api/v1/hazardous-areas/$export")
    kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
    [ "$code" = 200 ] || { echo "the app answered $code for $export" >&2; exit 1; }
    echo "$export round $round: $((size / 1048576)) MB in ${total} s, first byte after ${first} s; RSS ${before} MB before, peak $(cat "$peak") MB, $(rss) MB after"
  done
done
