#!/usr/bin/env bash
# Seconds from running README command one to the first page served.
#
# Usage:
#   bench/first-page.sh
#
# Environment:
#   PORT      loopback port to start on (default 18484; HEARTH_HTTP_PORT is set to it)
#   TIMEOUT   give up after this many seconds (default 180)
#
# Builds once first (so the figure is "once built", as the start-up target says), then runs
# `mvn -o -q -Pstart package` exactly as the README does, on a throwaway H2 database, and polls
# http://127.0.0.1:PORT/ until it answers 200. Prints the time to Payara's "ready" line and to
# the first catalog page, then stops the server.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PORT:-18484}"
timeout_s="${TIMEOUT:-180}"
tmp="$(mktemp -d /tmp/hearth-first-page.XXXXXX)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then
    pkill -P "$pid" 2>/dev/null || true
    pkill -f -- "--port $port " 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

cd "$repo"
mvn -q -B -DskipTests package >/dev/null

start="$(date +%s%N)"
HEARTH_HTTP_PORT="$port" HEARTH_DB_URL="jdbc:h2:file:$tmp/db" mvn -o -q -B -Pstart package >"$tmp/server.log" 2>&1 &
pid=$!
ready=""
for _ in $(seq 1 $((timeout_s * 5))); do
  if [ -z "$ready" ] && grep -q 'ready in' "$tmp/server.log" 2>/dev/null; then
    ready="$(( ($(date +%s%N) - start) / 1000000 ))"
  fi
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/" || true)" = 200 ]; then
    first="$(( ($(date +%s%N) - start) / 1000000 ))"
    echo "Payara ready after: ${ready:-?} ms"
    echo "first page served after: $first ms"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || { tail -n 30 "$tmp/server.log"; echo "the start command exited" >&2; exit 1; }
  sleep 0.2
done
echo "no page after ${timeout_s}s" >&2
exit 1
