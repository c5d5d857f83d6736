#!/usr/bin/env bash
# Runs the README's run command as a new user would — from a fresh clone, no environment variable — and checks that the
# console prints every demo login and that every script, stylesheet and icon the pages reference answers 200.
# The one change to the command: a free port instead of 5000, so a developer's running CoSo is not in the way.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmd=$(grep -m1 '^dotnet run --project src/CoSo.Web' "$root/README.md")
[ -n "$cmd" ] || { echo "[coso] no run command found in README.md" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
cmd=${cmd//localhost:5000/127.0.0.1:$port}
tmp=$(mktemp -d /tmp/coso-readme.XXXXXX)
trap 'kill -- -$pid 2>/dev/null || true; sleep 1; rm -rf "$tmp"' EXIT
git clone -q "$root" "$tmp/coso"
cd "$tmp/coso"
echo "[coso] README run command in a fresh clone: $cmd" >&2
env -u ASPNETCORE_ENVIRONMENT -u DOTNET_ENVIRONMENT -u COSO_DATABASE -u ASPNETCORE_URLS setsid bash -c "$cmd" > "$tmp/run.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 300); do
  if curl -sf "$base/health" >/dev/null 2>&1 && grep -q "CoSo đang chạy tại" "$tmp/run.log"; then break; fi
  if ! kill -0 $pid 2>/dev/null; then cat "$tmp/run.log" >&2; echo "[coso] the run command exited" >&2; exit 1; fi
  sleep 1
done
curl -sf "$base/health" >/dev/null || { tail -50 "$tmp/run.log" >&2; echo "[coso] no answer on $base/health" >&2; exit 1; }
grep -q "Hosting environment: Production" "$tmp/run.log" || { echo "[coso] not started in Production" >&2; exit 1; }
for login in bacsi bacsi2 yta huyen tinh admin; do
  grep -Eq "^  $login +" "$tmp/run.log" || { echo "[coso] the console does not print the login $login" >&2; exit 1; }
done

jar="$tmp/cookies"
check_assets() {
  local page="$1" html
  html=$(curl -sf -b "$jar" -c "$jar" "$base$page")
  local assets
  assets=$(printf '%s' "$html" | grep -oE '(href|src)="[^"#?]+\.(css|js|png|ico|svg|woff2?)"' | sed -E 's/^(href|src)="//; s/"$//' | sort -u)
  [ -n "$assets" ] || { echo "[coso] $page references no asset" >&2; exit 1; }
  for a in $assets; do
    local url="$base/${a#/}"
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$url")
    [ "$code" = "200" ] || { echo "[coso] $page → $a answered $code" >&2; exit 1; }
    echo "[coso] $page → $a 200" >&2
  done
}
check_assets /dang-nhap
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -H 'Content-Type: application/json' -d '{"userName":"bacsi","password":"CoSo@2026"}' "$base/api/v1/auth/login")
[ "$code" = "200" ] || [ "$code" = "204" ] || { echo "[coso] the demo login bacsi answered $code" >&2; exit 1; }
check_assets /
# Read the page whole before matching: `curl | grep -q` fails under pipefail when grep stops reading first (SIGPIPE).
home=$(curl -sf -b "$jar" "$base/") || { echo "[coso] the home page answered an error after the demo login" >&2; exit 1; }
grep -q '_framework/blazor.web.js' <<< "$home" || { echo "[coso] the home page does not load Blazor" >&2; exit 1; }
# The village health worker's offline app (built from its lockfile by the run command): shell, service worker, manifest.
check_assets /thon/
for f in /thon/sw.js /thon/manifest.webmanifest; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base$f")
  [ "$code" = "200" ] || { echo "[coso] $f answered $code" >&2; exit 1; }
  echo "[coso] $f 200" >&2
done
echo "[coso] README run command: Production, demo logins printed, every asset 200" >&2
