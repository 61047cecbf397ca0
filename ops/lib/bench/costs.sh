# shellcheck shell=bash
# Part of ops/bench (sourced): how large a year's snapshot is, what an approval costs as its year stream grows, what a year of many events
# costs to verify, export and report, how fast the read models rebuild, and the pure decisions alone.
# Each line of "$costs" is "name {json}".
costs="$work/costs"
: >"$costs"
since() { awk -v from="$1" -v to="$(date +%s.%N)" 'BEGIN { printf "%.3f", to - from }'; }
growth_n=10000 hundred_referrals=14300
if [ "$duration" -lt 10 ]; then
  growth_n=1000 hundred_referrals=1430
fi

# The largest houd-me-vast year snapshot the approval phases left, and how many wait in that year.
read -r waiting snapshot_bytes <<<"$(sql "select coalesce((data ->> 'waiting')::int, 0), pg_column_size(data) from $schema.mt_doc_quotayear
  order by pg_column_size(data) desc limit 1")"
echo "year-snapshot {\"waiting\":${waiting:-0},\"bytes\":${snapshot_bytes:-0}}" >>"$costs"

# Growth: approvals 1-100 of a fresh year stream, then as many more straight into it, then the next 100.
growth_year=$((year + 1))
growth_officer="$(grep '^wageningen ' "$BENCH_TOKENS" | cut -d' ' -f3)"
curl -fsS -o /dev/null -X PUT "$base/api/budgets/bijzondere-bijstand/$growth_year" -H "Authorization: Bearer $growth_officer" \
  -H 'Content-Type: application/json' -d '{"amount":"100000000.00","reason":"Bench"}'
seed --tenant wageningen --year "$growth_year" --requested 200
sql "select tenant_id, id from $schema.mt_doc_referral where tenant_id = 'wageningen' and (data->>'year')::int = $growth_year
     and data->>'status' = 'Requested' order by id" >"$work/growth"
head -n 100 "$work/growth" >"$work/growth-first"
settle
tail -n +101 "$work/growth" >"$work/growth-late"
once() { echo "$(date +%T) $1" >&2; BENCH_THREADS=1 BENCH_REFERRALS="$2" wrk -t1 -c1 -d10s -s ops/lib/bench/approve.lua "$base/" | grep '^{' | sed "s/^/$1 /" >>"$costs"; }
once growth-first "$work/growth-first"
seed --tenant wageningen --year "$growth_year" --approved "$((growth_n - 100))"
settle
once growth-late "$work/growth-late"

# A year of ~100,000 events: last year in Barneveld, closed and sealed through the API.
old_year=$((year - 1))
seed --tenant barneveld --year "$old_year" --withdrawn "$hundred_referrals"
barneveld_officer="$(grep '^barneveld ' "$BENCH_TOKENS" | cut -d' ' -f3)"
barneveld_controller="$(token carla-barneveld controller barneveld)"
curl -fsS -o /dev/null -X POST "$base/api/years/$old_year/close" -H "Authorization: Bearer $barneveld_officer"
settle
year_events="$(curl -fsS "$base/api/years/$old_year/verify" -H "Authorization: Bearer $barneveld_controller" | sed -n 's/.*"events":\([0-9]*\).*/\1/p')"
# Time and memory of one GET: the app's peak resident set is reset first (usage_peak), so what it reaches
# during the request, less what it held before, is that request's memory.
measure() {
  echo "$(date +%T) $1" >&2
  local name="$1" path="$2" before timing peak
  before="$(rss_kb VmRSS)"
  usage_peak
  timing="$(curl -fsS -o /dev/null -w '%{time_total} %{size_download} %{http_code}' "$base$path" -H "Authorization: Bearer $barneveld_controller")"
  usage_peak
  peak="$usage_last_peak_kb"
  set -- $timing
  echo "$name {\"seconds\":$1,\"bytes\":$2,\"status\":$3,\"events\":$year_events,\"memoryMb\":$(( (peak - before) / 1024 ))}" >>"$costs"
}
measure verify-seal "/api/years/$old_year/verify"
measure trail-csv "/api/years/$old_year/events.csv"
measure council-report "/reports/$old_year"
# The same rows straight from PostgreSQL: the year's streams, as the ledger selects them.
raw_started="$(date +%s.%N)"
sql "copy (select e.seq_id, e.id, e.stream_id, e.version, e.type, e.timestamp, e.data from $schema.mt_events e
      where e.tenant_id = 'barneveld' and (e.stream_id like '%-year/%/$old_year' or e.stream_id in (
        select stream_id from $schema.mt_events where tenant_id = 'barneveld' and type = 'training_requested' and (data->>'year')::int = $old_year))
      order by e.seq_id) to stdout" >/dev/null
echo "raw-select {\"seconds\":$(since "$raw_started"),\"events\":$year_events}" >>"$costs"

# Rebuilding every read model from all events, beside a raw scan of the event table.
all_events="$(sql "select count(*) from $schema.mt_events")"
raw_started="$(date +%s.%N)"
sql "copy (select * from $schema.mt_events) to stdout" >/dev/null
echo "raw-scan {\"seconds\":$(since "$raw_started"),\"events\":$all_events}" >>"$costs"
# Each rebuild as the command line runs it (the arguments after the first two): the time it printed for the
# rebuild itself (on the line that matches $2), and the process's peak memory.
rebuild_cost() {
  local name="$1" pattern="$2" ms
  shift 2
  /usr/bin/time -f '%M' -o "$work/$name-kb" env ASPNETCORE_ENVIRONMENT=Development Ledger__Schema="$schema" \
    Logging__LogLevel__Default=Warning dotnet "$dll" "$@" >"$work/$name.log" 2>&1
  ms="$(sed -n "s/$pattern/\\1/p" "$work/$name.log" | tail -1)"
  echo "$name {\"seconds\":$(awk -v ms="${ms:-0}" 'BEGIN { printf "%.3f", ms / 1000 }'),\"events\":$all_events,\"memoryMb\":$(( $(cat "$work/$name-kb") / 1024 ))}" >>"$costs"
}
rebuild_cost rebuild '.*Finished rebuild in \([0-9]*\) ms.*' projections rebuild
rebuild_cost rebuild-one-pass '^Rebuilt .* events in \([0-9]*\) ms.*' rebuild-read-models

# The pure decisions alone, with BenchmarkDotNet, in this process (no build per benchmark).
job=short
[ "$duration" -lt 10 ] && job=dry
echo "$(date +%T) decisions" >&2
dotnet tests/Nijkerk.Vergoedingen.Benchmarks/bin/Release/net10.0/Nijkerk.Vergoedingen.Benchmarks.dll \
  --filter '*' --inProcess --job "$job" --exporters json --artifacts "$work/decisions" >"$work/decisions.log" 2>&1 \
  || { tail -20 "$work/decisions.log" >&2; exit 1; }
python3 - "$work/decisions" >>"$costs" <<'PY'
import glob, json, sys
for path in glob.glob(f"{sys.argv[1]}/results/*.json"):
    for b in json.load(open(path))["Benchmarks"]:
        memory = (b.get("Memory") or {}).get("BytesAllocatedPerOperation")
        print(f"decision:{b['Method']} " + json.dumps({"meanNs": round(b["Statistics"]["Mean"], 1), "allocatedBytes": memory}))
PY
