#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server on a free loopback port, for tests and benchmarks.
#   eval "$(scripts/pg-server.sh start DIR)"   # prints: export DATABASE_URL=...; export PG_TEST_DIR=...
#   scripts/pg-server.sh stop DIR    # stop and delete DIR
#   scripts/pg-server.sh halt DIR    # stop, keep DIR's data for the next start
#   scripts/pg-server.sh stop-server DIR; scripts/pg-server.sh start-server DIR   # fault tests: down and back, same port
# PG_EXTRA_OPTS adds server options (the benchmark loads pg_stat_statements with it).
set -euo pipefail
cmd=${1:?usage: pg-server.sh start|stop DIR}
dir=${2:?usage: pg-server.sh start|stop DIR}

find_bin() {
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && { echo "$d"; return; }; done
  return 1
}
bin=$(find_bin || true)
if [ -z "$bin" ]; then
  echo "PostgreSQL server binaries missing: installing the postgresql package" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  bin=$(find_bin)
fi
id postgres >/dev/null 2>&1 || useradd --system --home "$dir" postgres
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
    # An existing data directory (e.g. the benchmark's) is reused, not re-initialised.
    [ -f "$dir/data/PG_VERSION" ] || as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
    echo "$port" > "$dir/port"
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${PG_EXTRA_OPTS:-}" start >&2
    echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop-server)
    # Stops the server but keeps its data directory (fault tests: the database goes away).
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2
    ;;
  start-server)
    # Starts a server stopped with stop-server again, on the same port with the same data.
    port=$(cat "$dir/port")
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${PG_EXTRA_OPTS:-}" start >&2
    ;;
  stop)
    [ -d "$dir/data" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    rm -rf "$dir"
    ;;
  halt)
    # Stops the server but keeps its data directory for the next start.
    [ -d "$dir/data" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    ;;
  *) echo "expected start, stop, halt, stop-server or start-server, got $cmd" >&2; exit 2 ;;
esac
