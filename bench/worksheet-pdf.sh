#!/usr/bin/env bash
# How long one worksheet PDF takes to generate, blank and filled in: median and p99.
#
# Usage:
#   bench/worksheet-pdf.sh [CONTENT_DIR]
#
#   CONTENT_DIR  the content folder to read the worksheet from (default: content/ of this checkout)
#
# Environment:
#   RUNS       timed generations of each kind, blank and filled (default 300, at least 200)
#   WARMUP     untimed generations of each kind first, so the JIT has compiled the hot code (default 300)
#   JAVA_OPTS  extra JVM options, e.g. -XX:TieredStopAtLevel=1 to time as `mvn -Pstart` runs Payara
#
# Uses the empathy course's regulation practice log (7 days, 77 fields) as Hearth's content reader
# reads it from courses/empathy-and-safety/02-practising-empathy/04-regulation-practice-log.worksheet.md;
# while that file or its reader is missing it times the same log built in code, and says so. The
# filled copy answers every field (dates, ticks, scales, a line of text, two sentences per long field).
#
# Compiles the tests offline (mvn -q -o test-compile), asks Maven for the test classpath once, then
# runs org.hearth.bench.WorksheetPdfBench in a plain JVM: no server, no network, nothing written
# outside target/. It ends with two lines:
#   "blank:  median X ms   p99 Y ms ..."  and  "filled: median X ms   p99 Y ms ...".
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
content="${1:-$repo/content}"
runs="${RUNS:-300}"
warmup="${WARMUP:-300}"

die() {
  echo "worksheet-pdf.sh: $*" >&2
  exit 1
}

[[ "$runs" =~ ^[0-9]+$ ]] && ((runs >= 200)) || die "RUNS must be a whole number of at least 200, not '$runs'"
[[ "$warmup" =~ ^[0-9]+$ ]] || die "WARMUP must be a whole number, not '$warmup'"
[[ -d "$content" ]] || die "no content folder at $content"
content="$(cd "$content" && pwd)"
command -v java >/dev/null || die "java (17) is needed"
command -v mvn >/dev/null || die "mvn is needed"

cd "$repo"
echo "compiling (mvn -q -o test-compile)" >&2
mvn -q -o -B test-compile -Dmdep.skip=true >&2 || die "the project does not compile"

classpath_file="$repo/target/worksheet-pdf-bench.classpath"
if [[ ! -s "$classpath_file" || pom.xml -nt "$classpath_file" ]]; then
  echo "resolving the test classpath (mvn -q -o dependency:build-classpath)" >&2
  mvn -q -o -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >&2 ||
    die "Maven could not list the test classpath offline"
fi

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:-} -Druns="$runs" -Dwarmup="$warmup" \
  -cp "$repo/target/test-classes:$repo/target/classes:$(cat "$classpath_file")" \
  org.hearth.bench.WorksheetPdfBench "$content"
