# shellcheck shell=bash
# Starts, or reuses, the local PostgreSQL that ops/run and ops/test use when no connection string is
# configured. Source this file, then call ledger_postgres_up; it exports ConnectionStrings__Ledger.
#
# PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user, with its data
# under /var/tmp (a checkout may sit in a folder only root can enter). It listens on 127.0.0.1 only.

LEDGER_PG_PORT="${LEDGER_PG_PORT:-54329}"
LEDGER_PG_PASSWORD="${LEDGER_PG_PASSWORD:-ledger}"

ledger_pg_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null)"
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

# Where the cluster's data lives: a folder the postgres user can enter when run as root.
ledger_pg_datadir() {
  if [ "$(id -u)" = "0" ]; then
    echo "${LEDGER_PG_DATA:-/var/tmp/nijkerk-vergoedingen/pg-$LEDGER_PG_PORT}"
  else
    echo "${LEDGER_PG_DATA:-${XDG_STATE_HOME:-$HOME/.local/state}/nijkerk-vergoedingen/pg-$LEDGER_PG_PORT}"
  fi
}

ledger_pg_as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

ledger_postgres_up() {
  local bin data sockets log
  if ! bin="$(ledger_pg_bindir)"; then
    cat >&2 <<'MSG'
No PostgreSQL server binaries found (initdb, pg_ctl).
Either install them — on Debian or Ubuntu: apt-get install postgresql (15 or newer) —
or point the app at an existing server:
  export ConnectionStrings__Ledger='Host=...;Port=5432;Database=ledger;Username=...;Password=...'
MSG
    return 1
  fi

  if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
    echo "Running as root needs a 'postgres' user to own the cluster (apt-get install postgresql creates it)." >&2
    return 1
  fi
  data="$(ledger_pg_datadir)"
  sockets="$data/sockets"
  log="$(dirname "$data")/pg-$LEDGER_PG_PORT.log"

  mkdir -p "$(dirname "$data")"
  if [ "$(id -u)" = "0" ]; then
    chown postgres: "$(dirname "$data")"
  fi

  if [ ! -s "$data/PG_VERSION" ]; then
    echo "Creating a PostgreSQL cluster in $data" >&2
    ledger_pg_as_owner mkdir -p "$data"
    ledger_pg_as_owner "$bin/initdb" -D "$data" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >/dev/null
    ledger_pg_as_owner mkdir -p "$sockets"
    ledger_pg_as_owner tee -a "$data/postgresql.conf" >/dev/null <<CONF
# Written by ops/lib/postgres.sh
listen_addresses = '127.0.0.1'
port = $LEDGER_PG_PORT
unix_socket_directories = '$sockets'
max_connections = 300
CONF
  fi
  # What each statement costs, for ops/bench: statements per command come from pg_stat_statements.
  if ! grep -q "^shared_preload_libraries = 'pg_stat_statements'" "$data/postgresql.conf"; then
    ledger_pg_as_owner tee -a "$data/postgresql.conf" >/dev/null <<'CONF'
shared_preload_libraries = 'pg_stat_statements'
CONF
    if ledger_pg_as_owner "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1; then
      ledger_pg_as_owner "$bin/pg_ctl" restart -m fast -w -t 60 -D "$data" -l "$log" >/dev/null
    fi
  fi

  # A crash can leave postmaster.pid behind; PostgreSQL then refuses to start if the pid was reused.
  if ! ledger_pg_as_owner "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1; then
    if [ -f "$data/postmaster.pid" ]; then
      echo "Removing a stale postmaster.pid" >&2
      rm -f "$data/postmaster.pid"
    fi
    ledger_pg_as_owner "$bin/pg_ctl" start -w -t 60 -D "$data" -l "$log" >/dev/null
  fi

  local tries=0
  until "$bin/pg_isready" -q -h 127.0.0.1 -p "$LEDGER_PG_PORT"; do
    tries=$((tries + 1))
    [ "$tries" -gt 60 ] && { echo "PostgreSQL did not become ready; see $log" >&2; return 1; }
    sleep 0.5
  done

  ledger_pg_as_owner "$bin/psql" -q -h "$sockets" -p "$LEDGER_PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -v pw="$LEDGER_PG_PASSWORD" >/dev/null <<'SQL'
SELECT format('CREATE ROLE ledger LOGIN CREATEDB PASSWORD %L', :'pw')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ledger') \gexec
SELECT format('ALTER ROLE ledger PASSWORD %L', :'pw') \gexec
SELECT 'CREATE DATABASE ledger OWNER ledger'
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'ledger') \gexec
SQL
  ledger_pg_as_owner "$bin/psql" -q -h "$sockets" -p "$LEDGER_PG_PORT" -U postgres -d ledger -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
GRANT pg_read_all_stats TO ledger;
-- The tests drop the databases they made WITH (FORCE), which must also end an autovacuum worker that came by.
GRANT pg_signal_backend TO ledger;
-- Its arguments differ between PostgreSQL versions: every form of the reset is granted.
DO $$
DECLARE reset regprocedure;
BEGIN
  FOR reset IN SELECT oid::regprocedure FROM pg_proc WHERE proname = 'pg_stat_statements_reset' LOOP
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO ledger', reset);
  END LOOP;
END $$;
SQL

  export ConnectionStrings__Ledger="Host=127.0.0.1;Port=$LEDGER_PG_PORT;Database=ledger;Username=ledger;Password=$LEDGER_PG_PASSWORD"
  echo "PostgreSQL is up on 127.0.0.1:$LEDGER_PG_PORT (data: $data)" >&2
}

# Restarts the local cluster at once (pg_ctl restart -m fast): every open connection is cut, as in a
# failover. For ops/drill.
ledger_postgres_restart() {
  local bin data
  bin="$(ledger_pg_bindir)" || { echo "No PostgreSQL server binaries found" >&2; return 1; }
  data="$(ledger_pg_datadir)"
  ledger_pg_as_owner "$bin/pg_ctl" restart -m fast -w -t 60 -D "$data" -l "$(dirname "$data")/pg-$LEDGER_PG_PORT.log" >/dev/null
}
