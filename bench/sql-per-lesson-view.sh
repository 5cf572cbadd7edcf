#!/usr/bin/env bash
# How many SQL statements one lesson view issues, for an enrolled, signed-in learner.
#
# Usage:
#   bench/sql-per-lesson-view.sh
#
# Environment:
#   PORT           loopback port for the server it starts (default 18383)
#   LESSON         lesson path (default /learn/empathy-and-safety/safety-comes-first, not a preview)
#   READY_TIMEOUT  seconds to wait for Payara Micro (default 120)
#
# It starts its own Hearth on 127.0.0.1 with a fresh embedded H2 database whose trace file logs
# every statement (TRACE_LEVEL_FILE=2), signs in as the demo learner, enrols through the course
# page's form, opens the lesson once (which fills caches and remembers it as the last lesson
# viewed), and then counts the statements of the next views of the same lesson. It prints them,
# then stops the server and removes its temporary folder.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PORT:-18383}"
lesson="${LESSON:-/learn/empathy-and-safety/safety-comes-first}"
ready_timeout="${READY_TIMEOUT:-120}"
base="http://127.0.0.1:$port"

[ -f "$repo/target/hearth.war" ] && [ -f "$repo/target/payara-micro.jar" ] || (cd "$repo" && mvn -q -B -DskipTests package)

tmp="$(mktemp -d /tmp/hearth-sql.XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

(cd "$repo" && HEARTH_DB_URL="jdbc:h2:file:$tmp/db;TRACE_LEVEL_FILE=2" HEARTH_CONTENT_DIR="$repo/content" \
  exec java -XX:TieredStopAtLevel=1 -jar target/payara-micro.jar --nohazelcast --port "$port" \
    --prebootcommandfile src/main/payara/pre-boot-commands.txt \
    --postdeploycommandfile src/main/payara/post-deploy-commands.txt --contextroot / --deploy target/hearth.war) \
  >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 "$ready_timeout"); do
  grep -q 'ready in' "$tmp/server.log" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log"; echo "Hearth did not start" >&2; exit 1; }
  sleep 1
done
grep -q 'ready in' "$tmp/server.log" || { echo "Hearth was not ready after ${ready_timeout}s" >&2; exit 1; }

jar="$tmp/cookies"
curl_() { curl -s -m 30 -c "$jar" -b "$jar" "$@"; }
field() { grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" | head -n 1 | sed 's/.*value="//; s/"$//'; }

# Sign in (HTTP Basic signs the request in and the session remembers it), then enrol.
curl_ -o /dev/null -u learner@example.org:hearth-demo-learner "$base/my-learning"
page="$(curl_ "$base/course/empathy-and-safety")"
view_state="$(printf '%s' "$page" | sed -n '/<form id="enrol"/,/<\/form>/p' | field 'jakarta.faces.ViewState')"
token="$(printf '%s' "$page" | field hearth_csrf)"
status="$(curl_ -o /dev/null -w '%{http_code}' --data-urlencode "enrol=enrol" \
  --data-urlencode "enrol:enrolButton=Enrol in this course" --data-urlencode "hearth_csrf=$token" \
  --data-urlencode "jakarta.faces.ViewState=$view_state" "$base/course/empathy-and-safety")"
[ "$status" = 302 ] || { echo "enrolling failed with HTTP $status" >&2; exit 1; }

count_view() {
  local before after code
  before="$(grep -c '^/\*SQL' "$tmp/db.trace.db" || true)"
  code="$(curl_ -o "$tmp/page.html" -w '%{http_code}' "$base$lesson")"
  [ "$code" = 200 ] || { echo "the lesson answered HTTP $code" >&2; exit 1; }
  after="$(grep -c '^/\*SQL' "$tmp/db.trace.db" || true)"
  echo $((after - before))
}

first="$(count_view)"
grep '^/\*SQL' "$tmp/db.trace.db" | tail -n "$first" > "$tmp/first.sql"
second="$(count_view)"
grep '^/\*SQL' "$tmp/db.trace.db" | tail -n "$second" > "$tmp/steady.sql"
third="$(count_view)"

echo "First view of the lesson (fills the course cache, remembers the last lesson): $first statements"
sed 's/^/  /' "$tmp/first.sql" | cut -c1-160
echo "Each later view of the same lesson: $second statements (and $third on the view after)"
sed 's/^/  /' "$tmp/steady.sql" | cut -c1-200
echo
echo "SQL statements per lesson view: $second"
