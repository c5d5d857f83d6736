#!/usr/bin/env bash
# Runs every test of CoSo: unit tests, integration tests on SQLite AND PostgreSQL, browser tests in Chromium.
# Installs what it needs from Debian's packages (postgresql, chromium) and starts a temporary PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null; then SUDO=sudo; else SUDO=""; fi
export SUDO

if [ ! -x /usr/bin/chromium ]; then
  echo "[coso] installing chromium from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq chromium >&2
fi

source scripts/postgres-temp.sh
trap pg_temp_stop EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build CoSo.sln -c Release -nologo -clp:ErrorsOnly
dotnet test CoSo.sln -c Release --no-build -nologo "$@"
# The PostgreSQL half of the integration suite again, on the schema shaped as Citus would distribute it (issue 20,
# ADR 0017): every person-level table hash-partitioned by province_code, later migrations applied to that shape.
COSO_TEST_POSTGRES_LAYOUT=partitioned dotnet test tests/CoSo.IntegrationTests -c Release --no-build -nologo \
  --filter "DisplayName~postgres|FullyQualifiedName~CitusReadiness"
# The village app's own unit tests (Vitest; its node_modules were installed from the lockfile by the build above).
(cd src/CoSo.Village && npm test --silent)

# Every load driver of bench/ once at a tiny scale (seconds each), so a change that breaks one fails here (issue 14).
bash scripts/bench-tiny.sh

# The README's run command, as a new user runs it (fresh clone, Production, --demo): every asset must answer 200.
bash scripts/readme-run-check.sh
