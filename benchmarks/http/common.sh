# Sourced by the benchmarks/http scripts after they set $database: psql on the benchmark database (sql), the app's memory (rss) and a token of the demo information
# manager inserted for the run ($secret, revoked by revoke_token, which the EXIT trap calls). Environment: MINEACTION_PG_PORT (55432).
port="${MINEACTION_PG_PORT:-55432}"
export PGPASSWORD="${PGPASSWORD:-mineaction}"
sql() { psql -h 127.0.0.1 -p "$port" -U mineaction -d "$database" -Atq -c "$1"; }
# The app's resident memory in MB (scripts given the app's $pid).
rss() { awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status"; }

secret="mat_bench_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
token="$(sql "INSERT INTO api_tokens (id, user_id, name, hash, hint, created_at)
  SELECT gen_random_uuid(), u.id, 'benchmark', '$(printf '%s' "$secret" | sha256sum | cut -d' ' -f1)', left('$secret', 10), now()
  FROM \"AspNetUsers\" u WHERE u.email = 'im@tarsenia.example'
  RETURNING id" | head -1)"
revoke_token() { sql "UPDATE api_tokens SET revoked_at = now() WHERE id = '$token'" >/dev/null; }
trap revoke_token EXIT
