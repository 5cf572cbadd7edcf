#!/usr/bin/env bash
# How big a lesson page of a long course is, now that its outline lists only the current module in
# full (issue 20, goal 4: a 200-lesson course's lesson page at most 20 KB).
#
# Usage:
#   bench/lesson-page-size.sh
#
# Environment:
#   PORT                 first loopback port to try (default 18281; the next free one of PORT..PORT+20)
#   MODULES, LESSONS_PER_MODULE   shape of the synthetic course (default 10 and 20: 200 lessons)
#   READY_TIMEOUT        seconds to wait for Payara Micro's "ready in" (default 120)
#
# It writes a synthetic course (each lesson a few paragraphs, every lesson a free preview, so a
# visitor may read it), starts its own Hearth on 127.0.0.1 with a fresh H2 database in a
# temporary folder, asks for the first, a middle and the last lesson as a visitor, prints each
# page's size and its outline's share, stops the server and removes the folder.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PORT:-18281}"
modules="${MODULES:-10}"
per_module="${LESSONS_PER_MODULE:-20}"
ready_timeout="${READY_TIMEOUT:-120}"
course="long-course"
die() { echo "lesson-page-size.sh: $*" >&2; exit 1; }
for n in "$port" "$modules" "$per_module" "$ready_timeout"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "PORT, MODULES, LESSONS_PER_MODULE and READY_TIMEOUT must be positive whole numbers"
done
((modules <= 99 && per_module <= 99)) || die "MODULES and LESSONS_PER_MODULE are at most 99"
lessons=$((modules * per_module))

war="$repo/target/hearth.war"
micro="$repo/target/payara-micro.jar"
if [[ ! -f "$war" || ! -f "$micro" ]]; then
  (cd "$repo" && timeout 900 mvn -q -B -DskipTests package)
fi
tmp="$(mktemp -d "${TMPDIR:-/tmp}/hearth-bench-page.XXXXXX")"
server_pid=""
cleanup() {
  local status=$?
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
cp "$war" "$micro" "$repo/src/main/payara/pre-boot-commands.txt" "$repo/src/main/payara/post-deploy-commands.txt" "$tmp/"

dir="$tmp/content/courses/$course"
mkdir -p "$dir" "$tmp/run" "$tmp/payara" "$tmp/db"
printf 'title: A long course of %d lessons\nsummary: "Synthetic, for measuring page size."\nlanguage: en\nsequential: false\n' \
  "$lessons" >"$dir/course.yaml"
for ((m = 1; m <= modules; m++)); do
  mdir="$dir/$(printf '%02d-part-%02d' "$m" "$m")"
  mkdir -p "$mdir"
  printf 'title: "Part %d: a module with a title of ordinary length"\n' "$m" >"$mdir/module.yaml"
  for ((l = 1; l <= per_module; l++)); do
    n=$(((m - 1) * per_module + l))
    printf -- '---\ntitle: "Lesson %d: noticing what the body says, part %d"\nminutes: 4\npreview: true\n---\n%s\n' \
      "$n" "$l" "$(printf 'A paragraph of lesson %d, long enough to read like a real one, with *emphasis* and a [link](/help).\n\n' "$n" "$n" "$n")" \
      >"$mdir/$(printf '%02d-lesson-%03d.md' "$l" "$n")"
  done
done

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for ((p = port; p <= port + 20; p++)); do port_in_use "$p" || break; done
((p <= port + 20)) || die "no free port in 127.0.0.1:$port..$((port + 20))"
base="http://127.0.0.1:$p"
log="$tmp/server.log"
(
  cd "$tmp/run"
  export HEARTH_CONTENT_DIR="$tmp/content" HEARTH_DB_URL="jdbc:h2:file:$tmp/db/bench" HEARTH_DB_USER=sa HEARTH_DB_PASSWORD=""
  exec java -jar "$tmp/payara-micro.jar" --nohazelcast --port "$p" --rootdir "$tmp/payara" \
    --prebootcommandfile "$tmp/pre-boot-commands.txt" --postdeploycommandfile "$tmp/post-deploy-commands.txt" \
    --contextroot / --deploy "$tmp/hearth.war"
) >"$log" 2>&1 &
server_pid=$!
deadline=$((SECONDS + ready_timeout))
until grep -q "ready in" "$log"; do
  kill -0 "$server_pid" 2>/dev/null || { tail -n 30 "$log" >&2; die "the server exited before it was ready"; }
  ((SECONDS < deadline)) || { tail -n 30 "$log" >&2; die "the server was not ready within $ready_timeout s"; }
  sleep 0.5
done
grep -q '1 imported' "$log" || { grep -E 'Content problem' "$log" | head >&2; die "the course did not import"; }

echo "a course of $lessons lessons ($modules modules of $per_module), lesson pages as a visitor sees them:"
middle=$(((modules / 2) * per_module + per_module / 2))
for n in 1 "$middle" "$lessons"; do
  slug="$(printf 'lesson-%03d' "$n")"
  curl --noproxy '*' -sS --max-time 30 -o "$tmp/page.html" "$base/learn/$course/$slug"
  bytes=$(wc -c <"$tmp/page.html")
  outline=$(sed -n '/<nav class="outline"/,/<\/nav>/p' "$tmp/page.html" | wc -c)
  printf '  lesson %4d: %6d bytes (%.1f KB), of which the outline %6d bytes\n' "$n" "$bytes" "$(echo "$bytes / 1024" | bc -l)" "$outline"
done
