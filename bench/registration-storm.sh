#!/usr/bin/env bash
# Lesson views while a crowd registers: are readers kept waiting by password hashing?
#
# Usage:
#   bench/registration-storm.sh [BASE_URL]     (default http://127.0.0.1:8080; loopback only)
#
# Against a running Hearth (it starts nothing): bench/lesson-page.sh reads a lesson as LEARNERS
# (default 8) signed-in learners for DURATION (default 30s); 5 s into it, PEOPLE (default 200)
# registrations are sent at the same moment (bench/RegistrationStorm.java). It prints how the
# registrations were answered (302 registered, 503 busy with Retry-After) and their times, then
# the lesson views' figures: the target is p99 ≤ 200 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
base_url="${1:-${HEARTH_URL:-http://127.0.0.1:8080}}"
people="${PEOPLE:-200}"
[[ "$base_url" =~ ^https?://(127\.[0-9.]+|localhost|\[::1\])(:[0-9]+)?/?$ ]] || { echo "registration-storm.sh: $base_url is not a loopback address" >&2; exit 1; }
work="$(mktemp -d "${TMPDIR:-/tmp}/hearth-storm.XXXXXX")"
trap 'rm -rf "$work"' EXIT

LEARNERS="${LEARNERS:-8}" DURATION="${DURATION:-30s}" bench/lesson-page.sh "$base_url" >"$work/lesson.out" 2>&1 &
reader=$!
until grep -q '^wrk:' "$work/lesson.out" 2>/dev/null; do
  kill -0 "$reader" 2>/dev/null || { cat "$work/lesson.out"; exit 1; }
  sleep 0.2
done
sleep 5
echo "== $people registrations at once, while learners read"
java bench/RegistrationStorm.java "$base_url" "$people"
wait "$reader" || true
echo
echo "== lesson views meanwhile"
grep -E '^(requests/s|p50|p90|p99|max):' "$work/lesson.out"
