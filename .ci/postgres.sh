#!/usr/bin/env bash
# Makes a PostgreSQL answer on 127.0.0.1 for the store's tests, installing Debian's package on a bare machine,
# then prints the line that tells the tests where it is (and writes it to the file named by $1, if given):
#   export TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/shallowlab_test?user=shallowlab&password=shallowlab
# Everything else goes to stderr, so `eval "$(.ci/postgres.sh)"` also works. Safe to run again.
set -euo pipefail

DB_USER=shallowlab
DB_PASSWORD=shallowlab
DB_NAME=shallowlab_test
PORT=5432

log() { echo "postgres.sh: $*" >&2; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Runs a command as the postgres superuser (peer login over the local socket).
as_postgres() { as_root runuser -u postgres -- "$@"; }

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

install_postgres() {
  if dpkg -s postgresql >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null; then return; fi
  log "installing postgresql"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

# Starts the first cluster (creating one if the package made none) and takes its port.
start_cluster() {
  local version name port status
  read -r version name port status _ < <(pg_lsclusters -h | head -n 1) || true
  if [ -z "${version:-}" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    name=main
    log "creating cluster $version/$name"
    as_root pg_createcluster "$version" "$name" >/dev/null
    port=$(pg_lsclusters -h | awk -v v="$version" -v n="$name" '$1 == v && $2 == n { print $3 }')
    status=down
  fi
  PORT=$port
  if [ "$status" != online ]; then
    log "starting cluster $version/$name on port $PORT"
    as_root pg_ctlcluster "$version" "$name" start
  fi
}

wait_until_it_answers() {
  for _ in $(seq 1 60); do answers && return; sleep 0.5; done
  log "no PostgreSQL answers on 127.0.0.1:$PORT"
  exit 1
}

create_role_and_database() {
  if ! id postgres >/dev/null 2>&1; then
    log "no local postgres user, so the role and database are assumed to exist"
    return
  fi
  as_postgres psql -q -p "$PORT" -v ON_ERROR_STOP=1 -d postgres >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN CREATE ROLE $DB_USER LOGIN; END IF;
END \$\$;
ALTER ROLE $DB_USER WITH LOGIN PASSWORD '$DB_PASSWORD';
SQL
  if [ -z "$(as_postgres psql -p "$PORT" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" -d postgres)" ]; then
    as_postgres createdb -p "$PORT" -O "$DB_USER" "$DB_NAME"
  fi
}

if answers; then
  log "a PostgreSQL already answers on 127.0.0.1:$PORT"
else
  install_postgres
  start_cluster
  wait_until_it_answers
fi
create_role_and_database

line="export TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:$PORT/$DB_NAME?user=$DB_USER&password=$DB_PASSWORD'"
if [ -n "${1:-}" ]; then echo "$line" > "$1"; fi
echo "$line"
