# shellcheck shell=bash
# Part of ops/bench (sourced): what a phase cost, beside how fast it went. Between usage_begin and usage_end:
#   statements  what PostgreSQL executed for the ledger's database (pg_stat_statements)
#   commands    what the app sent PostgreSQL: Npgsql's "Total Commands", one per round trip (a batch is one;
#               a COMMIT is a round trip Npgsql does not count), read with dotnet-counters (into .ops/tools)
#   walBytes    write-ahead log written by the whole server (pg_stat_wal)
#   appCpuMs    CPU time of the app's process (/proc)
#   pgCpuMs     CPU time of the server's processes: the postmaster, its children now, and those that ended
#   peakRssKb   the app's highest resident set during the phase (reset with clear_refs 5 as the phase begins)
# Each is null where it cannot be read (a server on another machine, no pg_stat_statements, no tool).

usage_sql() { "$bin/psql" -At -d "$(part Database)" -c "$1" 2>/dev/null || true; }
usage_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || true; }
usage_tck="$(getconf CLK_TCK)"

# The app's peak resident set since the last call, in usage_last_peak_kb, folded into usage_peak_kb (the highest
# of the whole run, between phases too); then reset, so the next call sees only what came after.
rss_kb() { sed -n "s/^$1:\s*\([0-9]*\) kB/\1/p" "/proc/$app/status" 2>/dev/null || true; }
usage_peak_kb=0
usage_peak() {
  usage_last_peak_kb="$(rss_kb VmHWM)"
  usage_last_peak_kb="${usage_last_peak_kb:-0}"
  [ "$usage_last_peak_kb" -gt "$usage_peak_kb" ] && usage_peak_kb="$usage_last_peak_kb"
  echo 5 >"/proc/$app/clear_refs" 2>/dev/null || true
}

# The postmaster, found as the parent of the checkpointer: a server on this machine only.
usage_postmaster="$(usage_sql "select pid from pg_stat_activity where backend_type = 'checkpointer'")"
usage_postmaster="$(awk '{ print $4 }' "/proc/${usage_postmaster:-0}/stat" 2>/dev/null || true)"
usage_pg_ticks() {
  [ -n "$usage_postmaster" ] && [ -r "/proc/$usage_postmaster/stat" ] || return 0
  local total child
  total="$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$usage_postmaster/stat")"
  for child in $(pgrep -P "$usage_postmaster"); do
    # A child that ended meanwhile is counted in the postmaster's total of ended children.
    total=$((total + $(usage_ticks "$child" | grep -E '^[0-9]+$' || echo 0)))
  done
  echo "$total"
}

# Npgsql's "Total Commands" counts only while a session listens, and dotnet-counters writes its file when the
# session ends: each phase gets a session of its own, started three seconds before the load and ending two after it.
if [ ! -x .ops/tools/dotnet-counters ]; then
  dotnet tool install dotnet-counters --tool-path .ops/tools --version 10.0.750501 >/dev/null 2>&1 \
    || echo "dotnet-counters could not be installed: no round trips in the table" >&2
fi
usage_phase=0
# The commands of one session's load: from its first sample, taken before the load began, to its last, after it ended.
usage_commands() {
  [ -f "$1" ] || return 0
  python3 - "$1" "$2" "$3" <<'PY'
import sys, datetime
path, began, ended = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
samples = []
for line in open(path):
    parts = line.rstrip("\n").split(",")
    if len(parts) == 5 and parts[2] == "Total Commands":
        samples.append((datetime.datetime.strptime(parts[0], "%m/%d/%Y %H:%M:%S").timestamp(), float(parts[4])))
# A second's resolution: the first sample must be from a whole second before the load, the last from one after.
if len(samples) >= 2 and samples[0][0] < int(began) and samples[-1][0] > ended:
    print(int(samples[-1][1] - samples[0][1]))
PY
}

usage_begin() {
  usage_phase=$((usage_phase + 1))
  usage_counters=""
  if [ -x .ops/tools/dotnet-counters ]; then
    usage_counters="$work/counters-$usage_phase.csv"
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 .ops/tools/dotnet-counters collect -p "$app" --counters 'Npgsql[total-commands]' \
      --refresh-interval 1 --format csv -o "$usage_counters" --duration "$(printf '00:00:%02d:%02d' $(((duration + 5) / 60)) $(((duration + 5) % 60)))" \
      </dev/null >/dev/null 2>&1 &
    usage_session=$!
    sleep 3
  fi
  usage_sql "select pg_stat_statements_reset()" >/dev/null
  usage_wal_from="$(usage_sql "select wal_bytes from pg_stat_wal")"
  usage_app_from="$(usage_ticks "$app")"
  usage_peak
  usage_pg_from="$(usage_pg_ticks)"
  usage_began="$(date +%s.%N)"
}

# The phase's costs as JSON members in $usage_json, for its line in the results; statements of database $1 if
# given. Not in a subshell: it waits for the phase's counter session, a child of this shell.
usage_end() {
  local app_to pg_to wal_to statements commands ended database="${1:-}"
  ended="$(date +%s.%N)"
  app_to="$(usage_ticks "$app")"
  usage_peak
  pg_to="$(usage_pg_ticks)"
  wal_to="$(usage_sql "select wal_bytes from pg_stat_wal")"
  statements="$(usage_sql "select coalesce(sum(calls), 0) from pg_stat_statements
    where dbid = (select oid from pg_database where datname = coalesce(nullif('$database', ''), current_database()))")"
  if [ -n "$usage_counters" ]; then
    wait "$usage_session" || true
    commands="$(usage_commands "$usage_counters" "$usage_began" "$ended")"
  fi
  usage_json="$(python3 - "$usage_tck" "$statements" "${commands:-}" "$usage_wal_from" "$wal_to" \
    "$usage_app_from" "$app_to" "$usage_pg_from" "$pg_to" "$usage_last_peak_kb" <<'PY'
import json, sys
tck, statements, commands, *pairs, peak = sys.argv[1:]
def number(text):
    try:
        return int(float(text))
    except ValueError:
        return None
def spent(a, b, scale=1):
    a, b = number(a), number(b)
    return None if a is None or b is None else round((b - a) * scale, 1)
ms = 1000 / int(tck)
print(json.dumps({
    "statements": number(statements),
    "commands": number(commands),
    "walBytes": spent(pairs[0], pairs[1]),
    "appCpuMs": spent(pairs[2], pairs[3], ms),
    "pgCpuMs": spent(pairs[4], pairs[5], ms),
    "peakRssKb": number(peak) or None,
})[1:-1])
PY
)"
}
