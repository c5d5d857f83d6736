#!/usr/bin/env bash
# Every load driver of bench/CoSo.Bench once at a tiny scale (a few hundred rows, in databases named *_tiny, made anew),
# so a change that breaks one fails the test run instead of rotting until the next benchmark (issue 14, item 11).
# The figures they print mean nothing at this size. BenchmarkDotNet kernels are not run (too slow for CI).
# Needs the Release build (CoSo.Bench, CoSo.Cli, CoSo.Web), Chromium and COSO_TEST_POSTGRES (scripts/postgres-temp.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${COSO_TEST_POSTGRES:?COSO_TEST_POSTGRES is not set: source scripts/postgres-temp.sh first}"

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
start=$SECONDS

run() {
  local name=$1
  shift
  local t0=$SECONDS
  if ! dotnet bench/CoSo.Bench/bin/Release/net10.0/CoSo.Bench.dll "$@" --tiny >"$logs/$name.log" 2>&1; then
    cat "$logs/$name.log" >&2
    echo "[bench-tiny] $name FAILED: dotnet bench/CoSo.Bench/bin/Release/net10.0/CoSo.Bench.dll $* --tiny" >&2
    exit 1
  fi
  echo "[bench-tiny] $name ran in $((SECONDS - t0)) s" >&2
}

# SQLite: the README's start of CoSo.Web (its demo seed on a fresh SQLite file) and two Chromium pages. It waits mostly
# on the server's start, so it runs beside the PostgreSQL drivers instead of after them.
run queue-latency queue-latency &
queue=$!

pg=(--database "$COSO_TEST_POSTGRES")
# PostgreSQL drivers (they use COPY and PostgreSQL SQL); import-client and search read the database import made.
run import import "${pg[@]}"
run import-client import-client "${pg[@]}"
run search search "${pg[@]}"
run chronic chronic "${pg[@]}"
run station-day station-day "${pg[@]}"   # on the province chronic made
run village-sync village-sync "${pg[@]}" # on the province chronic made
run village-app village-app "${pg[@]}"   # CoSo.Web and Chromium on the province chronic made
run web-nodes web-nodes "${pg[@]}"       # two CoSo.Web nodes and CoSo.Proxy on the province chronic made
run fhir-export fhir-export "${pg[@]}"   # CoSo.Web's FHIR $export on the province chronic made, against COPY
run fhir-search fhir-search "${pg[@]}"   # CoSo.Web's FHIR Patient search and $summary over HTTP on the province chronic made
run immunization-duelists immunization-duelists "${pg[@]}"
run indicators indicators "${pg[@]}"
run surveillance-alerts surveillance-alerts "${pg[@]}"
run bhyt-claims bhyt-claims "${pg[@]}"   # coso bhyt export and check as processes (needs the Release CoSo.Cli)
wait "$queue"
# Backup and restore on both stores (its PostgreSQL is a cluster of its own, archiving on, removed afterwards).
run backup backup
# The read-audit load (HTTP against the README's SQLite start, then in-process with and without the audit write).
run audit-load audit-load

echo "[bench-tiny] every load driver ran in $((SECONDS - start)) s" >&2
