#!/usr/bin/env bash
# How long Hearth takes to import a large course: 1,000 lessons (20 modules x 50 lessons).
#
# Usage:
#   bench/import.sh
#
# Environment:
#   PORT           first loopback port to try for the server (default 18181; the next free one
#                  of PORT..PORT+20 is used)
#   READY_TIMEOUT  seconds to wait for Payara Micro's "ready in" (default 120)
#   MODULES, LESSONS_PER_MODULE   shape of the synthetic course (default 20 and 50)
#   REFUSED_LESSONS  lessons of the second, refused course (default 100; a multiple of 50)
#   KEEP_TMP=1     keep the temporary folder (content, H2 database, server log) for a look afterwards
#
# What it does, all on 127.0.0.1 and inside one temporary folder:
#   1. builds the project (mvn -q -B -DskipTests package) only if target/hearth.war or
#      target/payara-micro.jar is missing;
#   2. writes a synthetic content folder: one course, each lesson a few paragraphs of Markdown with
#      a heading, a list, a table and a link to the next lesson's file, in the real-world styles
#      content/README.md accepts: front-matter keys Hearth does not read (layout, permalink,
#      keypoints), every fourth lesson without a title (its first heading gives it), kramdown
#      {: .challenge} / {: .solution} after block quotes, Pandoc ::: fenced divs, raw <details>
#      blocks, {% include links.md %} with the course's _includes/links.md, and a PNG beside every
#      tenth lesson; and, aside, a second course of REFUSED_LESSONS lessons in the same styles with
#      one link to a lesson that does not exist;
#   3. starts its own Hearth (java -jar target/payara-micro.jar, listener bound to 127.0.0.1 by
#      src/main/payara/pre-boot-commands.txt) on a fresh H2 database, with throwaway administrator
#      credentials, and waits for "ready in" in the log;
#   4. reads the start-up import time from the log line "Content import from ... took N ms";
#   5. POSTs /api/admin/content/import (HTTP Basic), twice, and reads the re-import time of the now
#      unchanged content from the JSON "millis" field, plus the wall time of the HTTP call;
#   6. moves the second course into courses/ and re-imports three times: the first reads and
#      refuses it, the others find its files unchanged (the same problems and notes reported);
#   7. stops the server and removes the temporary folder (also on failure or Ctrl-C).
# It ends with a summary: "import of 1000 lessons: N ms", "unchanged re-import: M ms", and the
# re-import times beside the refused course, first reading it and with its files unchanged.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PORT:-18181}"
ready_timeout="${READY_TIMEOUT:-120}"
modules="${MODULES:-20}"
per_module="${LESSONS_PER_MODULE:-50}"
course="bench-course"
refused_course="bench-refused"
refused_lessons="${REFUSED_LESSONS:-100}"

die() {
  echo "import.sh: $*" >&2
  exit 1
}

for n in "$port" "$ready_timeout" "$modules" "$per_module" "$refused_lessons"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] ||
    die "PORT, READY_TIMEOUT, MODULES, LESSONS_PER_MODULE and REFUSED_LESSONS must be positive whole numbers"
done
((refused_lessons % 50 == 0 && refused_lessons <= 4950)) || die "REFUSED_LESSONS is a multiple of 50, at most 4950"
refused_modules=$((refused_lessons / 50))
((modules <= 99 && per_module <= 99)) || die "MODULES and LESSONS_PER_MODULE are at most 99"
lessons=$((modules * per_module))
command -v java >/dev/null || die "java (17) is needed"
command -v curl >/dev/null || die "curl is needed"

# --- 1. build if needed ------------------------------------------------------------------------
war="$repo/target/hearth.war"
micro="$repo/target/payara-micro.jar"
preboot="$repo/src/main/payara/pre-boot-commands.txt"
postdeploy="$repo/src/main/payara/post-deploy-commands.txt"
if [[ ! -f "$war" || ! -f "$micro" ]]; then
  echo "target/hearth.war or target/payara-micro.jar is missing; building (mvn -q -B -DskipTests package)"
  (cd "$repo" && timeout 900 mvn -q -B -DskipTests package)
fi
[[ -f "$war" && -f "$micro" ]] || die "the build did not produce $war and $micro"
[[ -f "$preboot" ]] || die "$preboot is missing; it binds the server to 127.0.0.1"

# --- temporary folder and clean-up ---------------------------------------------------------------
tmp="$(mktemp -d "${TMPDIR:-/tmp}/hearth-bench-import.XXXXXX")"
server_pid=""
cleanup() {
  local status=$?
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$server_pid" 2>/dev/null; then
      echo "import.sh: the server did not stop within 30 s; killing it" >&2
      kill -9 "$server_pid" 2>/dev/null || true
    fi
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ "${KEEP_TMP:-0}" == 1 ]]; then
    echo "kept $tmp (content/, db/, server.log)"
  else
    rm -rf "$tmp"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 2. synthetic content ------------------------------------------------------------------------
content="$tmp/content"
course_dir="$content/courses/$course"
mkdir -p "$course_dir" "$tmp/db" "$tmp/run" "$tmp/payara"
# Run private copies, so a `mvn package` started meanwhile in the checkout cannot swap them.
cp "$war" "$micro" "$preboot" "$postdeploy" "$tmp/"
war="$tmp/hearth.war"
micro="$tmp/payara-micro.jar"
preboot="$tmp/pre-boot-commands.txt"
postdeploy="$tmp/post-deploy-commands.txt"

generate_started=$(date +%s%N)
module_dir() { printf '%02d-module-%02d' "$1" "$1"; }
lesson_file() { printf '%02d-lesson-%02d-%02d.md' "$2" "$1" "$2"; }
# A 1x1 PNG: the images that sit beside lessons, as Jekyll and MkDocs sites keep them.
png_base64='iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

# The front matter of lesson n (part l of module m): Hearth's own keys, keys written for Jekyll
# and the Carpentries that Hearth notes and ignores (layout, permalink, keypoints), and, in every
# fourth lesson, no title at all, so the first heading gives it.
lesson_front_matter() {
  local n=$1 m=$2 l=$3 preview=$4
  echo "---"
  ((l % 4 == 0)) || echo "title: \"Lesson $n: module $m, part $l\""
  echo "layout: episode"
  echo "permalink: /module-$m/lesson-$l/"
  echo "minutes: $((n % 9 + 2))"
  cat <<EOF
objectives:
  - "Read a synthetic lesson of the benchmark course"
  - "Follow the link to the next lesson"
keypoints:
  - "Lesson $n has a key point, as Carpentries lessons list them"
preview: $preview
required: true
---
EOF
  if ((l % 4 == 0)); then
    echo "# Lesson $n: module $m, part $l"
    echo
  fi
}

# The real-world constructs content/README.md accepts, taken in turn by lesson: a kramdown
# challenge with its solution, a Pandoc fenced div, a Liquid include of the course's links, a
# raw <details> block and an image beside the lesson.
lesson_extras() {
  local n=$1 m=$2 l=$3 dir=$4
  if ((l % 2 == 0)); then
    cat <<EOF
> ## Challenge for lesson $n
>
> Name one thing you noticed while reading, in a sentence of your own.
>
> > ## Solution
> >
> > There is no single right answer; “I noticed the table” is fine.
> {: .solution}
{: .challenge}

EOF
  else
    cat <<EOF
<details>
<summary>Show a possible answer for lesson $n</summary>
Naming the feeling *first* often helps; [the lesson's start](#lesson-$n) says why.
</details>

EOF
  fi
  if ((l % 3 == 1)); then
    cat <<EOF
::: callout
### A callout written for the Carpentries Workbench

Pandoc fenced divs like this one become Hearth's own styled aside.
:::

EOF
  fi
  if ((l % 5 == 2)); then
    printf 'The [glossary][glossary] and the [help page][help] come from an included file.\n\n'
    printf '{%% include links.md %%}\n\n'
  fi
  if ((l % 10 == 3)); then
    local image
    image="$(printf 'figure-%02d-%02d.png' "$m" "$l")"
    base64 -d <<<"$png_base64" >"$dir/$image"
    printf '![A one-pixel figure beside lesson %d](%s)\n\n' "$n" "$image"
  fi
}

# Writes lesson n (part l of module m, of a course of total lessons) into dir, linking to next.
write_lesson() {
  local dir=$1 n=$2 m=$3 l=$4 total=$5 next=$6
  local preview=false # the first and the last lesson are open to visitors, the rest need enrolment
  ((n == 1 || n == total)) && preview=true
  {
    lesson_front_matter "$n" "$m" "$l" "$preview"
    cat <<EOF
## Lesson $n

This is lesson **$n** of $total, part $l of module $m. It exists so that the importer has something
realistic to parse, render and store: several paragraphs, *emphasis*, \`inline code\`, a list, a
table and a link to the next lesson.

When a lesson is long enough to need a second paragraph, the Markdown renderer has to join the
lines of each paragraph, escape characters such as < and & and keep typographic quotes like
“these” intact. The sanitizer then checks every element and attribute that the renderer produced.

### What this lesson covers

- the first point of lesson $n, with a [link to the help page](/help)
- a second point that is a little longer, so that the list item wraps in the rendered page
- a third point
  - with a nested point underneath it

| Step | What you do | Minutes |
| ---- | ----------- | ------: |
| 1    | Read the text | $((l % 5 + 1)) |
| 2    | Reflect on it | $((m % 4 + 2)) |
| 3    | Move on       | 1 |

EOF
    lesson_extras "$n" "$m" "$l" "$dir"
    cat <<EOF
> A quotation block closes the lesson, like the pull quotes in the real courses.

[Continue to the next lesson]($next)
EOF
  } >"$dir/$(lesson_file "$m" "$l")"
}

# Writes a course of mods x per lessons into course_dir, each lesson linking to the next.
write_course() {
  local course_dir=$1 mods=$2 per=$3 title=$4
  local total=$((mods * per)) m l n mdir next
  mkdir -p "$course_dir/_includes"
  cat >"$course_dir/course.yaml" <<EOF
title: $title
summary: "Synthetic content written by bench/import.sh to time the import of a large course."
authors:
  - Hearth benchmark
language: en
tags: [benchmark, synthetic]
sequential: false
content_note: |
  Synthetic text for measuring the import; nothing here is real course material.
EOF
  cat >"$course_dir/_includes/links.md" <<EOF
[glossary]: https://www.example.org/glossary
[help]: /help
EOF
  for ((m = 1; m <= mods; m++)); do
    mdir="$(module_dir "$m")"
    mkdir -p "$course_dir/$mdir"
    printf 'title: "Module %d"\nsummary: "Lessons %d to %d of the benchmark course."\n' \
      "$m" $(((m - 1) * per + 1)) $((m * per)) >"$course_dir/$mdir/module.yaml"
    for ((l = 1; l <= per; l++)); do
      n=$(((m - 1) * per + l))
      if ((l < per)); then
        next="$(lesson_file "$m" $((l + 1)))"
      elif ((m < mods)); then
        next="../$(module_dir $((m + 1)))/$(lesson_file $((m + 1)) 1)"
      else
        next="../$(module_dir 1)/$(lesson_file 1 1)"
      fi
      write_lesson "$course_dir/$mdir" "$n" "$m" "$l" "$total" "$next"
    done
  done
}

write_course "$course_dir" "$modules" "$per_module" "Benchmark course with $lessons lessons"
# The second, refused course waits outside courses/ until the unchanged re-imports are timed. One
# link to a lesson that was never written refuses it, as one problem file refuses a real course.
refused_dir="$tmp/$refused_course"
write_course "$refused_dir" "$refused_modules" 50 "Refused benchmark course"
printf '\nSee also [a lesson that was never written](09-never-written.md).\n' \
  >>"$refused_dir/$(module_dir 1)/$(lesson_file 1 1)"
generate_ms=$((($(date +%s%N) - generate_started) / 1000000))
file_count=$(find "$course_dir" -type f | wc -l)
bytes=$(du -sb "$course_dir" | cut -f1)
echo "wrote $lessons lessons ($file_count files, $bytes bytes) to $content in $generate_ms ms"

# --- 3. start Hearth ---------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for ((p = port; p <= port + 20; p++)); do
  if ! port_in_use "$p"; then
    break
  fi
done
((p <= port + 20)) || die "no free port in 127.0.0.1:$port..$((port + 20))"
port=$p
base="http://127.0.0.1:$port"

admin_email="bench-admin@example.invalid"
admin_password="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
log="$tmp/server.log"

echo "starting Hearth on $base (log: $log)"
: >"$log"
started=$(date +%s%N)
(
  cd "$tmp/run"
  export HEARTH_CONTENT_DIR="$content"
  export HEARTH_DB_URL="jdbc:h2:file:$tmp/db/bench"
  export HEARTH_DB_USER=sa HEARTH_DB_PASSWORD=""
  export HEARTH_ADMIN_EMAIL="$admin_email" HEARTH_ADMIN_PASSWORD="$admin_password"
  exec java -jar "$micro" --nohazelcast --port "$port" --rootdir "$tmp/payara" \
    --prebootcommandfile "$preboot" --postdeploycommandfile "$postdeploy" --contextroot / --deploy "$war"
) >"$log" 2>&1 &
server_pid=$!

deadline=$((SECONDS + ready_timeout))
until grep -q "ready in" "$log"; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    tail -n 40 "$log" >&2
    die "the server exited before it was ready"
  fi
  if ((SECONDS >= deadline)); then
    tail -n 40 "$log" >&2
    die "the server was not ready within $ready_timeout s"
  fi
  sleep 0.5
done
wall_ready_ms=$((($(date +%s%N) - started) / 1000000))
ready_ms=$(grep -m1 -oE 'ready in [0-9,.]+ \(ms\)' "$log" | grep -oE '[0-9][0-9,.]*' | tr -d ',.')
echo "Payara Micro ready in $ready_ms ms (its own figure); $wall_ready_ms ms from launch as seen here"

# --- 4. the import at start-up -----------------------------------------------------------------
import_line="$(grep -m1 -oE 'Content import from .* took [0-9]+ ms: [0-9]+ imported, [0-9]+ unchanged, [0-9]+ rejected, ([0-9]+ in conflict, )?[0-9]+ failed' "$log" || true)"
[[ -n "$import_line" ]] || { tail -n 40 "$log" >&2; die "no 'Content import ... took N ms' line in the log"; }
echo "log: $import_line"
import_ms="$(sed -E 's/.* took ([0-9]+) ms:.*/\1/' <<<"$import_line")"
[[ "$import_line" == *": 1 imported, 0 unchanged, 0 rejected, "* && "$import_line" == *" 0 failed" ]] ||
  { grep -E "Content problem" "$log" | head -n 20 >&2 || true; die "the start-up import did not import the one course cleanly"; }

# The course really holds every lesson: the start-up report counts them ...
report="$(curl --noproxy '*' -sS --max-time 30 -u "$admin_email:$admin_password" -H 'Accept: application/json' \
  "$base/api/admin/content/report" || true)"
reported="$(grep -oE '"lessons":[0-9]+' <<<"$report" | head -n1 | cut -d: -f2 || true)"
[[ "$reported" == "$lessons" ]] ||
  die "GET /api/admin/content/report should count $lessons lessons, but says: ${report:0:500}"
echo "GET /api/admin/content/report: the course holds $reported lessons"
# ... and its last lesson (a free preview) answers.
last_lesson="$(lesson_file "$modules" "$per_module")"
last_slug="${last_lesson#*-}"
last_slug="${last_slug%.md}"
code="$(curl --noproxy '*' -sS -o "$tmp/last-lesson.html" -w '%{http_code}' --max-time 30 "$base/learn/$course/$last_slug" || true)"
[[ "$code" == 200 ]] || die "GET /learn/$course/$last_slug answered ${code:-nothing} instead of 200"
# ... and was rendered with its table, its list and its link to the next (here: the first) lesson.
rendered="table"
grep -q '<table' "$tmp/last-lesson.html" || rendered="NO table"
grep -q '<li>the first point' "$tmp/last-lesson.html" && rendered+=", list" || rendered+=", NO list"
grep -qE 'href="lesson-01-01"[^>]*>Continue to the next lesson' "$tmp/last-lesson.html" && rendered+=", link" || rendered+=", NO link"
echo "GET /learn/$course/$last_slug: 200 ($rendered)"
[[ "$rendered" != *NO* ]] || echo "import.sh: the last lesson did not render as expected (KEEP_TMP=1 keeps last-lesson.html)" >&2

# --- 5. re-import of unchanged content ----------------------------------------------------------
# Sets reimport_ms (the report's "millis"), http_ms (wall time of the call) and course_status;
# warns unless every course's status is the one expected for it ($1: slug=STATUS,...).
reimport() {
  local expected="${1:-$course=UNCHANGED}"
  local started response http_code body
  started=$(date +%s%N)
  response="$(curl --noproxy '*' -sS --max-time 120 -u "$admin_email:$admin_password" -X POST \
    -H 'Accept: application/json' -w '\n%{http_code}' "$base/api/admin/content/import")" ||
    die "POST /api/admin/content/import failed"
  http_ms=$((($(date +%s%N) - started) / 1000000))
  http_code="${response##*$'\n'}"
  body="${response%$'\n'*}"
  [[ "$http_code" == 200 ]] || die "POST /api/admin/content/import answered $http_code: $body"
  reimport_ms="" course_status=""
  if command -v python3 >/dev/null; then
    read -r reimport_ms course_status < <(python3 -c '
import json, sys
report = json.loads(sys.argv[1])
statuses = ",".join(c["slug"] + "=" + c["status"] for c in report["courses"]) or "none"
said = sum(len(c["problems"]) for c in report["courses"]), sum(len(c["notes"]) for c in report["courses"])
statuses += " (%d problems, %d notes)" % said
print(report["millis"], statuses)
' "$body" || true) || true
  else
    reimport_ms="$(grep -oE '"millis":[0-9]+' <<<"$body" | tail -n1 | cut -d: -f2)"
    course_status="$(grep -oE '"status":"[A-Z]+"' <<<"$body" | cut -d'"' -f4 | paste -sd, -)"
  fi
  [[ "$reimport_ms" =~ ^[0-9]+$ ]] || die "no millis in the answer: $body"
  echo "POST /api/admin/content/import: 200 in $http_ms ms, report: millis=$reimport_ms, courses: $course_status"
  [[ "${course_status%% *}" == "$expected" ]] || echo "import.sh: expected the courses to be $expected" >&2
}

reimport # the first call also warms up the REST endpoint, security and JSON-B
first_reimport_ms=$reimport_ms first_http_ms=$http_ms
reimport # a second call, warm
unchanged_ms=$reimport_ms unchanged_http_ms=$http_ms

# --- 6. re-import beside a refused course ---------------------------------------------------------
# The refused course appears: its first import reads it and refuses it; the next ones find its
# files unchanged, report the same problems and notes, and time what a refused course costs.
mv "$refused_dir" "$content/courses/$refused_course"
both="$course=UNCHANGED,$refused_course=REJECTED"
reimport "$both"
refused_first_ms=$reimport_ms
reimport "$both"
refused_again_ms=$reimport_ms refused_again_http_ms=$http_ms
reimport "$both"
[[ "$course_status" == *"$refused_course=REJECTED"* ]] ||
  die "the course with a deliberate problem was not refused: $course_status"

# --- summary (the server is stopped and the folder removed on exit) ------------------------------
echo
echo "== Hearth import benchmark ($modules modules x $per_module lessons, H2, port $port)"
echo "server ready in: $ready_ms ms"
echo "import of $lessons lessons: $import_ms ms"
echo "unchanged re-import: $first_reimport_ms ms"
echo "unchanged re-import, HTTP wall time: $first_http_ms ms (first call; second call: $unchanged_ms ms, HTTP $unchanged_http_ms ms)"
echo "re-import with a refused course of $refused_lessons lessons, first reading it: $refused_first_ms ms"
echo "re-import with that refused course unchanged: $refused_again_ms ms (HTTP $refused_again_http_ms ms; once more: $reimport_ms ms)"
