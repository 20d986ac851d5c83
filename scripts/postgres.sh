#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests and the load benchmark, on a loopback port, in a directory
# of its own:
#   scripts/postgres.sh start DIR [PORT]   makes DIR, starts the server, prints its URL
#   scripts/postgres.sh stop DIR           stops it and removes DIR
# It runs as the `postgres` user when started by root (the server refuses to run as root), and
# installs Debian's postgresql-15 first when no server is there and apt-get is.
set -euo pipefail

command=${1:?start or stop}
dir=${2:?a directory}

find_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z $found && -x "$(command -v apt-get || true)" && $(id -u) -eq 0 ]]; then
    apt-get update -qq >/dev/null && apt-get install -y -qq postgresql-15 >/dev/null
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  if [[ -z $found ]]; then
    found=$(dirname "$(command -v initdb || echo /nonexistent/initdb)")
  fi
  [[ -x $found/initdb ]] || { echo "no PostgreSQL server found (initdb)" >&2; exit 1; }
  echo "$found"
}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $command in
  start)
    port=${3:-54329}
    bin=$(find_bin)
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
    as_owner "$bin/initdb" --pgdata="$dir/data" --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --silent start \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=300"
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [[ -d $dir/data ]]; then
      bin=$(find_bin)
      as_owner "$bin/pg_ctl" --pgdata="$dir/data" --wait --silent --mode=fast stop || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start DIR [PORT] | stop DIR" >&2
    exit 2
    ;;
esac
