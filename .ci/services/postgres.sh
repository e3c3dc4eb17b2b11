# Throwaway PostgreSQL for the test suites. Sourced by .ci/run (bash), so it must not `exit`: it `return`s
# non-zero on failure, and on success EXPORTS
#   SCANSERVICE_TEST_POSTGRES   an Npgsql connection string to an empty database the tests may use freely
#                               (they create and drop one database per test beside it).
# Also usable for local development:  source .ci/services/postgres.sh   (stop it with scanservice_postgres_stop).
# Binds to 127.0.0.1 only, on a free port, with its data in a temporary folder; trust authentication is
# acceptable only because of that.

scanservice_postgres_start() {
  if [ -n "${SCANSERVICE_TEST_POSTGRES:-}" ]; then
    echo "postgres: using the server given in SCANSERVICE_TEST_POSTGRES"
    return 0
  fi

  local bin=""
  bin=$(scanservice_postgres_bin) || bin=""
  if [ -z "$bin" ]; then
    echo "postgres: initdb not found; installing the Debian packages"
    if [ "$(id -u)" -ne 0 ]; then
      echo "postgres: not root, cannot apt-get install postgresql" >&2
      return 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null || return 1
    bin=$(scanservice_postgres_bin) || { echo "postgres: still no initdb after install" >&2; return 1; }
  fi

  local port
  port=$(scanservice_postgres_free_port) || { echo "postgres: no free port" >&2; return 1; }

  local dir
  dir=$(mktemp -d /tmp/scanservice-pg.XXXXXX) || return 1
  # initdb refuses to run as root: run the server as the postgres account when we are root.
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir" || return 1
    as=(runuser -u postgres --)
  fi

  "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { echo "postgres: initdb failed:" >&2; cat "$dir/initdb.log" >&2; return 1; }

  # Durability settings off: the data is thrown away, and the tests create a database per test.
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null ||
    { echo "postgres: server did not start:" >&2; cat "$dir/server.log" >&2; return 1; }

  "${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE scanservice_test" >/dev/null ||
    { echo "postgres: could not create the test database" >&2; return 1; }

  export SCANSERVICE_POSTGRES_DIR="$dir"
  export SCANSERVICE_POSTGRES_BIN="$bin"
  export SCANSERVICE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=scanservice_test"
  echo "postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)"

  # Stop the server when the sourcing shell exits, keeping any exit trap set before us.
  local previous
  previous=$(trap -p EXIT | sed -e "s/^trap -- '//" -e "s/' EXIT\$//")
  # shellcheck disable=SC2064
  trap "scanservice_postgres_stop; ${previous:-:}" EXIT
}

scanservice_postgres_stop() {
  [ -n "${SCANSERVICE_POSTGRES_DIR:-}" ] && [ -d "$SCANSERVICE_POSTGRES_DIR/data" ] || return 0
  local as=()
  [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$SCANSERVICE_POSTGRES_BIN/pg_ctl" -D "$SCANSERVICE_POSTGRES_DIR/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$SCANSERVICE_POSTGRES_DIR"
  unset SCANSERVICE_POSTGRES_DIR SCANSERVICE_TEST_POSTGRES
}

# The folder holding initdb, pg_ctl and psql: PATH first, then Debian's versioned folders (newest first).
scanservice_postgres_bin() {
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/psql" ]; then
      echo "$candidate"
      return 0
    fi
  done
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null && command -v psql >/dev/null; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

scanservice_postgres_free_port() {
  local port
  for port in $(shuf -i 20000-45000 -n 50); do
    # Nothing answers: the port is free (bash's /dev/tcp needs no extra tool).
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

scanservice_postgres_start
