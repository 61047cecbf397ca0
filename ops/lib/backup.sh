# shellcheck shell=bash
# pgBackRest (Debian's package) for the local PostgreSQL of ops/lib/postgres.sh: its configuration, its
# repository and the WAL archive live beside the cluster's data, owned by the user that runs the cluster.
# Source ops/lib/postgres.sh first. One stanza, `ledger`, per cluster (per LEDGER_PG_PORT).

LEDGER_BACKUP_STANZA=ledger

# The folder of the cluster's backups: repository (base backups and the WAL archive), logs and locks.
ledger_backup_dir() {
  echo "$(dirname "$(ledger_pg_datadir)")/backup-$LEDGER_PG_PORT"
}

ledger_backup_conf() {
  echo "$(ledger_backup_dir)/pgbackrest.conf"
}

ledger_pgbackrest() {
  ledger_pg_as_owner pgbackrest --config="$(ledger_backup_conf)" --stanza="$LEDGER_BACKUP_STANZA" "$@"
}

ledger_backup_install() {
  command -v pgbackrest >/dev/null && return 0
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's pgbackrest" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbackrest >/dev/null
  else
    echo "Backups need Debian's pgbackrest: sudo apt-get install pgbackrest" >&2
    return 1
  fi
}

# Writes the configuration and turns WAL archiving on (a restart the first time: archive_mode needs
# one), then creates the stanza and checks that a WAL segment reaches the archive.
ledger_backup_setup() {
  local data dir conf bin
  data="$(ledger_pg_datadir)"
  dir="$(ledger_backup_dir)"
  conf="$(ledger_backup_conf)"
  bin="$(ledger_pg_bindir)"
  ledger_pg_as_owner mkdir -p "$dir/repo" "$dir/log" "$dir/lock" "$dir/spool"
  ledger_pg_as_owner tee "$conf" >/dev/null <<CONF
# Written by ops/lib/backup.sh
[global]
repo1-path=$dir/repo
# Two full backups are kept, with every WAL segment since the older one: any instant since then restores.
repo1-retention-full=2
log-path=$dir/log
lock-path=$dir/lock
spool-path=$dir/spool
log-level-console=warn
log-level-file=info
start-fast=y
compress-type=gz
compress-level=3
process-max=2

[global:backup]
# The sockets live in the data folder; a restored cluster makes its own.
exclude=sockets/

[$LEDGER_BACKUP_STANZA]
pg1-path=$data
pg1-port=$LEDGER_PG_PORT
pg1-socket-path=$data/sockets
pg1-user=postgres
CONF
  if ! grep -q "^archive_mode = on" "$data/postgresql.conf"; then
    ledger_pg_as_owner tee -a "$data/postgresql.conf" >/dev/null <<CONF
# Written by ops/lib/backup.sh: every WAL segment goes to pgBackRest's archive; a quiet server still
# sends its last commits within archive_timeout, which bounds what a lost disk can take with it.
archive_mode = on
archive_command = 'pgbackrest --config=$conf --stanza=$LEDGER_BACKUP_STANZA archive-push %p'
archive_timeout = 60
CONF
    echo "WAL archiving turned on: restarting PostgreSQL on port $LEDGER_PG_PORT" >&2
    ledger_pg_as_owner "$bin/pg_ctl" restart -m fast -w -t 60 -D "$data" -l "$(dirname "$data")/pg-$LEDGER_PG_PORT.log" >/dev/null
  fi
  ledger_pgbackrest stanza-create >/dev/null
  ledger_pgbackrest check
}
