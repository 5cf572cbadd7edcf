#!/usr/bin/env bash
# Load test of one lesson page of an already running Hearth, with wrk.
#
# Usage:
#   bench/lesson-page.sh [BASE_URL] [LESSON_PATH]
#
#   BASE_URL     default $HEARTH_URL, else http://127.0.0.1:8080; must be a loopback address
#                (127.0.0.0/8, localhost or [::1]): this script refuses to load anything else
#   LESSON_PATH  default $LESSON_PATH, else /learn/empathy-and-safety/why-empathy
#
# Environment:
#   DURATION     how long wrk runs: seconds, or a number with s or m (default 20s)
#   CONNECTIONS  open connections (default 32)
#   THREADS      wrk threads (default 2)
#   LEARNER      email:password of an account to read as (default: none, an anonymous reader). The
#                script signs it in, enrols it in the lesson's course through the course page's
#                form, and sends its session cookie with every request, so a non-preview lesson
#                is measured as an enrolled learner sees it. With LEARNER set the default lesson is
#                /learn/empathy-and-safety/safety-comes-first. The demo learner of the embedded
#                database is learner@example.org:hearth-demo-learner.
#   LEARNERS     with LEARNER unset, N > 0 registers N fresh learners through /register (a name,
#                an email under bench.example and a throwaway password), enrols each, and spreads
#                the requests over their N sessions: 32 connections as 32 different learners
#                rather than one learner's session shared by all of them.
#
# It starts nothing: run Hearth first (e.g. `mvn -Pstart package`, or the java -jar command in
# bench/import.sh). It checks that the page answers 200, runs
#   wrk --latency -t THREADS -c CONNECTIONS -d DURATION URL
# and ends with a summary: "requests/s: N", "p50: X ms", "p99: Y ms". It exits non-zero when the
# page is not 200 or when any response during the run was not 2xx/3xx.
# wrk is the Debian package `wrk`; when it is missing and this runs as root it is installed with apt-get.
set -euo pipefail

base_url="${1:-${HEARTH_URL:-http://127.0.0.1:8080}}"
learner="${LEARNER:-}"
learners="${LEARNERS:-0}"
if [[ -n "$learner" || "$learners" -gt 0 ]]; then
  lesson_path="${2:-${LESSON_PATH:-/learn/empathy-and-safety/safety-comes-first}}"
else
  lesson_path="${2:-${LESSON_PATH:-/learn/empathy-and-safety/why-empathy}}"
fi
duration="${DURATION:-20s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"

die() {
  echo "lesson-page.sh: $*" >&2
  exit 1
}

# --- arguments -----------------------------------------------------------------------------------
base_url="${base_url%/}"
[[ "$lesson_path" == /* ]] || lesson_path="/$lesson_path"
url="$base_url$lesson_path"

[[ "$connections" =~ ^[1-9][0-9]*$ ]] || die "CONNECTIONS must be a positive whole number, not '$connections'"
[[ "$threads" =~ ^[1-9][0-9]*$ ]] || die "THREADS must be a positive whole number, not '$threads'"
((threads <= connections)) || die "THREADS ($threads) must not exceed CONNECTIONS ($connections)"
if [[ "$duration" =~ ^([1-9][0-9]*)(s?)$ ]]; then
  duration_s="${BASH_REMATCH[1]}"
  duration="${duration_s}s"
elif [[ "$duration" =~ ^([1-9][0-9]*)m$ ]]; then
  duration_s=$((BASH_REMATCH[1] * 60))
else
  die "DURATION must be seconds such as 20, 20s or 2m, not '$duration'"
fi
((duration_s <= 3600)) || die "DURATION is capped at one hour"

# Only ever load the local machine: scheme://[userinfo@]host[:port]/...
[[ "$base_url" =~ ^https?://([^/?#]*)$ ]] || die "BASE_URL must look like http://127.0.0.1:8080, not '$base_url'"
authority="${BASH_REMATCH[1]}"
authority="${authority##*@}"
if [[ "$authority" =~ ^\[([^]]*)\](:[0-9]+)?$ ]]; then
  host="${BASH_REMATCH[1]}"
else
  host="${authority%%:*}"
fi
host="${host,,}"
case "$host" in
  localhost | ::1 | 0:0:0:0:0:0:0:1) ;;
  *)
    if [[ "$host" =~ ^127\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})$ ]] &&
      ((BASH_REMATCH[1] <= 255 && BASH_REMATCH[2] <= 255 && BASH_REMATCH[3] <= 255)); then
      :
    else
      die "refusing to load '$host': only loopback hosts (127.0.0.0/8, localhost, [::1]) are allowed"
    fi
    ;;
esac

# --- tools ---------------------------------------------------------------------------------------
command -v curl >/dev/null || die "curl is needed (apt-get install -y curl)"
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "wrk is missing; installing the Debian package wrk" >&2
    timeout 300 apt-get install -y -q wrk >&2 || { timeout 300 apt-get update -q >&2 && timeout 300 apt-get install -y -q wrk >&2; }
  fi
  command -v wrk >/dev/null || die "wrk is needed: apt-get install -y wrk"
fi

# --- the reader ----------------------------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/hearth-lesson-page.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cookie_args=()
sessions=()
jar="$work/cookies"
http() { curl --noproxy '*' -sS --max-time 30 -c "$jar" -b "$jar" "$@"; }
field() { grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" | head -n 1 | sed 's/.*value="//; s/"$//'; }
course_slug="$(echo "$lesson_path" | cut -d/ -f3)"
# Enrols the signed-in account of $jar through the course page's form, and prints every cookie the
# server set as a Cookie header value: JSESSIONID, and, where session availability is on (a
# cluster), JSESSIONIDVERSION, without which Payara treats the session as stale, and any other.
enrol_and_print_session() {
  local page view_state token
  page="$(http "$base_url/course/$course_slug")"
  if grep -q 'id="enrol"' <<<"$page"; then
    view_state="$(sed -n '/<form id="enrol"/,/<\/form>/p' <<<"$page" | field 'jakarta.faces.ViewState')"
    token="$(field hearth_csrf <<<"$page")"
    http -o /dev/null --data-urlencode "enrol=enrol" --data-urlencode "enrol:enrolButton=Enrol in this course" \
      --data-urlencode "hearth_csrf=$token" --data-urlencode "jakarta.faces.ViewState=$view_state" "$base_url/course/$course_slug"
  fi
  # curl's jar: seven tab-separated fields; HttpOnly cookies' lines start "#HttpOnly_", comments "# ".
  awk -F '\t' 'NF >= 7 && $0 !~ /^# / { cookie[$6] = $7 } END { out = ""; for (name in cookie) out = out (out == "" ? "" : "; ") name "=" cookie[name]; print out }' "$jar"
}
if [[ -n "$learner" ]]; then
  # HTTP Basic signs this one request in; the session cookie keeps the learner signed in after it.
  signed_in="$(http -o /dev/null -w '%{http_code}' -u "$learner" "$base_url/my-learning")"
  [[ "$signed_in" == 200 ]] || die "signing in as ${learner%%:*} answered $signed_in; check LEARNER"
  sessions+=("$(enrol_and_print_session)")
  echo "reading as ${learner%%:*} (enrolled, signed in)"
elif [[ "$learners" -gt 0 ]]; then
  echo "registering and enrolling $learners learners"
  for i in $(seq 1 "$learners"); do
    rm -f "$jar"
    page="$(http "$base_url/register")"
    status="$(http -o /dev/null -w '%{http_code}' --data-urlencode "register=register" \
      --data-urlencode "register:displayName=Reader $i" --data-urlencode "register:email=reader-$i-$$-$RANDOM@bench.example" \
      --data-urlencode "register:password=bench reader password $i" --data-urlencode "register:submit=Create my account" \
      --data-urlencode "hearth_csrf=$(field hearth_csrf <<<"$page")" \
      --data-urlencode "jakarta.faces.ViewState=$(field 'jakarta.faces.ViewState' <<<"$page")" "$base_url/register")"
    [[ "$status" == 302 ]] || die "registering learner $i answered $status"
    sessions+=("$(enrol_and_print_session)")
  done
fi
if ((${#sessions[@]} > 0)); then
  [[ -n "${sessions[0]}" ]] || die "no session cookie after signing in"
  cookie_args=(-H "Cookie: ${sessions[0]}")
fi

# --- the page answers ----------------------------------------------------------------------------
status="$(curl --noproxy '*' -sS -o /dev/null -w '%{http_code}' --max-time 30 "${cookie_args[@]}" "$url" || true)"
if [[ "$status" != 200 ]]; then
  die "GET $url answered ${status:-nothing} instead of 200; is Hearth running there, and is the lesson path right?"
fi
echo "GET $url: 200"

# --- the load ------------------------------------------------------------------------------------

# done() runs once after the test with the merged statistics of all threads; latency is in µs.
{
  if ((${#sessions[@]} > 1)); then
    printf 'local sessions = {'
    printf '"%s",' "${sessions[@]}"
    printf '}\nlocal n = 0\n'
    printf 'request = function()\n  n = n + 1\n  return wrk.format(nil, nil, { Cookie = sessions[(n %% #sessions) + 1] })\nend\n'
  fi
} >"$work/report.lua"
cat >>"$work/report.lua" <<'LUA'
-- Counts answers other than 200 (a redirect to the course page would mean access was refused).
local threads = {}
setup = function(thread) table.insert(threads, thread) end
response = function(status, headers, body)
  if status ~= 200 then not200 = (not200 or 0) + 1 end
end
done = function(summary, latency, requests)
  local others = 0
  for _, thread in ipairs(threads) do others = others + (thread:get("not200") or 0) end
  io.write(string.format("HEARTH not200 %d\n", others))
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("HEARTH requests %d\n", summary.requests))
  io.write(string.format("HEARTH rps %.2f\n", summary.requests / seconds))
  io.write(string.format("HEARTH p50 %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("HEARTH p90 %.2f\n", latency:percentile(90) / 1000))
  io.write(string.format("HEARTH p99 %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("HEARTH max %.2f\n", latency.max / 1000))
  io.write(string.format("HEARTH status_errors %d\n", e.status))
  io.write(string.format("HEARTH socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
end
LUA

wrk_cookie=("${cookie_args[@]}")
if ((${#sessions[@]} > 1)); then
  wrk_cookie=() # the Lua script sends each request with the next learner's cookie
fi
echo "wrk: $threads threads, $connections connections, $duration against $url"
# wrk stops by itself after DURATION; timeout only guards against a hang.
timeout --kill-after=10 $((duration_s + 60)) \
  wrk --latency -t "$threads" -c "$connections" -d "$duration" "${wrk_cookie[@]}" -s "$work/report.lua" "$url" | tee "$work/wrk.out"

value() { awk -v key="$1" '$1 == "HEARTH" && $2 == key { print $3 }' "$work/wrk.out"; }
rps="$(value rps)"
[[ -n "$rps" ]] || die "wrk printed no statistics"

echo
echo "== Hearth lesson page: $url"
echo "wrk: $threads threads, $connections connections, $duration"
echo "requests: $(value requests), not 200: $(value not200), socket errors: $(value socket_errors)"
echo "requests/s: $rps"
echo "p50: $(value p50) ms"
echo "p90: $(value p90) ms"
echo "p99: $(value p99) ms"
echo "max: $(value max) ms"

if [[ "$(value not200)" != 0 ]]; then
  echo "lesson-page.sh: $(value not200) answers were not 200 (redirected or refused); the figures above do not measure the lesson page" >&2
  exit 2
fi
if [[ "$(value status_errors)" != 0 ]]; then
  echo "lesson-page.sh: some responses were not 2xx/3xx; the figures above do not measure the lesson page" >&2
  exit 2
fi
