#!/usr/bin/env bash
# Many learners at once against one Hearth, with an optional failure in the middle, then every
# acknowledged write looked up in the database.
#
# Usage:
#   bench/reliability.sh load          # LEARNERS learners for DURATION seconds, nothing fails
#   bench/reliability.sh db-restart    # the database is stopped after 20 s and started OUTAGE s later
#   bench/reliability.sh kill          # Hearth is killed with SIGKILL after 20 s and started again
#
# It starts everything itself, on loopback only, and stops it all at the end: a private MariaDB
# (mariadb-install-db into a temporary folder, its own port; the machine's database is never
# touched), one Hearth as README command one would run it against MySQL, and bench/LearnerLoad.java
# with LEARNERS learners who register, enrol, read lessons, mark them complete, autosave worksheet
# answers and submit a quiz, signing in again if their session ends (a restarted single node keeps
# sessions in memory only).
#
# It prints, last: requests and their rate, writes sent / acknowledged / in doubt, lost
# (acknowledged but not stored), duplicates, 5xx outside and during the outage, the time from the
# failed part being back to the first acknowledged write, and how much Hearth logged meanwhile.
# Targets: 0 lost, 0 duplicates, 0 × 5xx outside the outage, recovery ≤ 10 s.
#
# Needs: target/hearth.war, target/payara-micro.jar and target/hearth/ (mvn -B -DskipTests package),
# and Debian's mariadb-server package (for mariadb-install-db and mariadbd).
#
# Environment: LEARNERS (default 50), DURATION seconds of load (default 60; 120 for kill),
# OUTAGE seconds the database stays down (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."

scenario="${1:-load}"
learners="${LEARNERS:-50}"
outage="${OUTAGE:-10}"
case "$scenario" in
  load | db-restart) duration="${DURATION:-60}" ;;
  kill) duration="${DURATION:-120}" ;;
  *) echo "reliability.sh: the scenario is load, db-restart or kill, not '$scenario'" >&2; exit 1 ;;
esac

die() {
  echo "reliability.sh: $*" >&2
  exit 1
}
[[ -f target/hearth.war && -f target/payara-micro.jar && -d target/hearth/WEB-INF/lib ]] || die "build first: mvn -B -DskipTests package"
command -v mariadb-install-db >/dev/null && [[ -x /usr/sbin/mariadbd ]] || die "needs Debian's mariadb-server (mariadb-install-db, mariadbd)"
driver="$(ls target/hearth/WEB-INF/lib/mysql-connector-j-*.jar | head -n 1)"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
now_ms() { date +%s%3N; }

work="$(mktemp -d "${TMPDIR:-/tmp}/hearth-reliability.XXXXXX")"
db_pid=""
hearth_pid=""
cleanup() {
  [[ -n "$hearth_pid" ]] && kill "$hearth_pid" 2>/dev/null && { wait "$hearth_pid" 2>/dev/null || true; }
  [[ -n "$db_pid" ]] && kill "$db_pid" 2>/dev/null && { wait "$db_pid" 2>/dev/null || true; }
  echo "logs: $work"
}
trap cleanup EXIT

# --- a private MariaDB -----------------------------------------------------------------------------
db_port="$(free_port)"
user_args=()
[[ "$(id -u)" == 0 ]] && user_args=(--user=root)
mariadb-install-db --no-defaults --datadir="$work/db" --auth-root-authentication-method=normal --skip-test-db \
  "${user_args[@]}" >"$work/db-install.log" 2>&1 || die "mariadb-install-db failed; see $work/db-install.log"
start_db() {
  /usr/sbin/mariadbd --no-defaults --datadir="$work/db" --port="$db_port" --bind-address=127.0.0.1 \
    --socket="$work/mysqld.sock" --skip-name-resolve --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci "${user_args[@]}" >>"$work/db.log" 2>&1 &
  db_pid=$!
  for _ in $(seq 1 60); do
    mysql --no-defaults -h 127.0.0.1 -P "$db_port" -u root -e "SELECT 1" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  die "the database did not start; see $work/db.log"
}
stop_db() {
  kill "$db_pid"
  wait "$db_pid" 2>/dev/null || true
  db_pid=""
}
start_db
mysql --no-defaults -h 127.0.0.1 -P "$db_port" -u root -e "CREATE DATABASE hearth CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
jdbc="jdbc:mysql://127.0.0.1:$db_port/hearth?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"

# --- one Hearth ------------------------------------------------------------------------------------
port="$(free_port)"
starts=0
start_hearth() {
  # A fresh Payara root on each start, as README command one and the image have (Payara Micro's
  # own temporary folder): a reused one makes Payara deploy the stale copy it recorded first.
  starts=$((starts + 1))
  HEARTH_DB_URL="$jdbc" HEARTH_DB_USER=root HEARTH_DB_PASSWORD= HEARTH_CONTENT_DIR="$PWD/content" LANG=C.UTF-8 \
    java -XX:+UseParallelGC -Xms1g -Xmx1g -jar target/payara-micro.jar --nohazelcast --port "$port" \
      --prebootcommandfile src/main/payara/pre-boot-commands.txt --postbootcommandfile src/main/payara/post-boot-commands.txt \
      --postdeploycommandfile src/main/payara/post-deploy-commands.txt \
      --rootdir "$work/payara-$starts" --contextroot / --deploy target/hearth.war >>"$work/hearth.log" 2>&1 &
  hearth_pid=$!
  for _ in $(seq 1 600); do
    curl --noproxy '*' -s --max-time 2 "http://127.0.0.1:$port/health/ready" | grep -q hearth-database-and-content && return 0
    kill -0 "$hearth_pid" 2>/dev/null || die "Hearth stopped while starting; see $work/hearth.log"
    sleep 0.5
  done
  die "Hearth was not ready within 5 minutes; see $work/hearth.log"
}
echo "starting Hearth on 127.0.0.1:$port with its own MariaDB on 127.0.0.1:$db_port"
start_hearth

# --- load, and the failure ------------------------------------------------------------------------
events="$work/events"
: >"$events"
log_before="$(stat -c %s "$work/hearth.log")"
echo "$learners learners for $duration s ($scenario)"
java -cp "$driver" bench/LearnerLoad.java "http://127.0.0.1:$port" "$learners" "$duration" "$jdbc" root "" "$events" \
  >"$work/load.out" 2>&1 &
load_pid=$!
if [[ "$scenario" != load ]]; then
  sleep 20
  if [[ "$scenario" == db-restart ]]; then
    echo "stopping the database for $outage s"
    echo "down $(now_ms)" >>"$events"
    stop_db
    sleep "$outage"
    start_db
    echo "up $(now_ms)" >>"$events"
    echo "the database is back"
  else
    echo "killing Hearth (SIGKILL) and starting it again"
    echo "down $(now_ms)" >>"$events"
    kill -9 "$hearth_pid"
    wait "$hearth_pid" 2>/dev/null || true
    start_hearth
    echo "up $(now_ms)" >>"$events"
    echo "Hearth is back"
  fi
fi
wait "$load_pid" || { cat "$work/load.out"; die "the load generator failed"; }
log_after="$(stat -c %s "$work/hearth.log")"

echo
echo "== $scenario: $learners learners, $duration s"
sed -n '/^answers by action/,$p' "$work/load.out"
lines="$(tail -c +"$((log_before + 1))" "$work/hearth.log" | grep -c -E '^(SEVERE|WARNING):' || true)"
echo "Hearth's log during the run: $(((log_after - log_before) / 1024)) KB, $lines warnings or errors"
