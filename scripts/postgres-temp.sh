#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster (Debian's packages) in a temporary directory on a free port.
# Usage: source scripts/postgres-temp.sh  → exports COSO_TEST_POSTGRES and PG_TEMP_DIR; call pg_temp_stop to tear down.
set -euo pipefail

pg_bin_dir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

if ! PG_BIN=$(pg_bin_dir); then
  echo "[coso] installing PostgreSQL from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  ${SUDO:-} apt-get update -qq >&2
  ${SUDO:-} apt-get install -y -qq postgresql >&2
  PG_BIN=$(pg_bin_dir)
fi

PG_TEMP_DIR=$(mktemp -d /tmp/coso-pg.XXXXXX)
PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo $((20000 + RANDOM % 20000)))
RUN_AS=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$PG_TEMP_DIR"
  RUN_AS=(runuser -u postgres --)
fi
"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_TEMP_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_TEMP_DIR/data" -l "$PG_TEMP_DIR/log" -w \
  -o "-p $PG_PORT -k $PG_TEMP_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB" start >/dev/null
export PG_TEMP_DIR PG_PORT PG_BIN
export COSO_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
echo "[coso] PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT ($PG_TEMP_DIR)" >&2

pg_temp_stop() {
  "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_TEMP_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEMP_DIR"
}
