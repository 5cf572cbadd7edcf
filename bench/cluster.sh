#!/usr/bin/env bash
# Signed-in lesson-page throughput through nginx to one node and to two clustered nodes, in one run.
#
# Usage:
#   bench/cluster.sh
#
# It starts, on loopback only, two Payara Micro nodes clustered through Hazelcast (as the README's
# "Scaling out" section and ClusterIT run them: --clustermode tcpip, --interfaces 127.0.0.1,
# --nohostaware, sessions replicated), one fresh MariaDB/MySQL database, and two nginx balancers:
# one passing to node 1 alone, one round-robin to both without stickiness. It then runs
# bench/lesson-page.sh with LEARNERS fresh learners through each, and prints both figures and their
# ratio last. Everything it started is stopped, and the database dropped, when it ends.
#
# Needs: target/hearth.war and target/payara-micro.jar (mvn -B -DskipTests package), nginx
# (apt-get install nginx-light), wrk, and MariaDB or MySQL.
#
# Environment:
#   DB_HOST, DB_PORT, DB_USER, DB_PASSWORD   the database server (default 127.0.0.1, 3306, root, empty)
#   LEARNERS     learners per measurement (default 32), each on its own session
#   DURATION     each measurement's length (default 20s); a 10 s warm-up through both nodes runs first
#   HEAP         each node's heap (default 1g)
set -euo pipefail
cd "$(dirname "$0")/.."

db_host="${DB_HOST:-127.0.0.1}"
db_port="${DB_PORT:-3306}"
db_user="${DB_USER:-root}"
db_password="${DB_PASSWORD:-}"
learners="${LEARNERS:-32}"
duration="${DURATION:-20s}"
heap="${HEAP:-1g}"

die() {
  echo "cluster.sh: $*" >&2
  exit 1
}

[[ -f target/hearth.war && -f target/payara-micro.jar ]] || die "build first: mvn -B -DskipTests package"
nginx_binary="$(command -v nginx || echo /usr/sbin/nginx)"
[[ -x "$nginx_binary" ]] || die "nginx is needed: apt-get install nginx-light"
command -v mysql >/dev/null || die "the mysql client is needed: apt-get install mariadb-client"
[[ "$db_host" == 127.* || "$db_host" == localhost ]] || die "DB_HOST must be a loopback address, not $db_host"
sql() { mysql -h "$db_host" -P "$db_port" -u "$db_user" ${db_password:+-p"$db_password"} -e "$1"; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

work="$(mktemp -d "${TMPDIR:-/tmp}/hearth-cluster.XXXXXX")"
db="hearth_bench_cluster_$(date +%Y%m%d%H%M%S)_$$"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  sql "DROP DATABASE IF EXISTS \`$db\`" 2>/dev/null || true
  echo "logs: $work"
}
trap cleanup EXIT
sql "CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" || die "cannot reach the database at $db_host:$db_port"

http_ports=("$(free_port)" "$(free_port)")
grid_ports=("$(free_port)" "$(free_port)")
members="127.0.0.1:${grid_ports[0]},127.0.0.1:${grid_ports[1]}"
for i in 0 1; do
  HEARTH_DB_URL="jdbc:mysql://$db_host:$db_port/$db?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8" \
  HEARTH_DB_USER="$db_user" HEARTH_DB_PASSWORD="$db_password" HEARTH_CONTENT_DIR="$PWD/content" LANG=C.UTF-8 \
    java -XX:+UseParallelGC -Xms"$heap" -Xmx"$heap" -jar target/payara-micro.jar --port "${http_ports[$i]}" \
      --clustername hearth-bench --clustermode "tcpip:$members" --interfaces 127.0.0.1 --startport "${grid_ports[$i]}" \
      --nohostaware --prebootcommandfile src/main/payara/pre-boot-commands.txt \
      --postbootcommandfile src/main/payara/post-boot-commands-cluster.txt \
      --postdeploycommandfile src/main/payara/post-deploy-commands.txt --rootdir "$work/node-$((i + 1))" \
      --contextroot / --deploy target/hearth.war >"$work/node-$((i + 1)).log" 2>&1 &
  pids+=("$!")
done

balancer() { # name, port, upstream ports...
  local name="$1" port="$2" dir="$work/$1"
  shift 2
  mkdir -p "$dir"
  {
    [[ "$(id -u)" == 0 ]] && echo "user root;"
    echo "worker_processes 1; daemon off; pid $dir/nginx.pid; error_log $dir/error.log warn;"
    echo "events { worker_connections 1024; }"
    echo "http { access_log off; client_body_temp_path $dir/body; proxy_temp_path $dir/proxy;"
    echo "  fastcgi_temp_path $dir/fastcgi; uwsgi_temp_path $dir/uwsgi; scgi_temp_path $dir/scgi;"
    echo "  upstream hearth { keepalive 64;"
    for upstream in "$@"; do echo "    server 127.0.0.1:$upstream;"; done
    echo "  }"
    echo "  server { listen 127.0.0.1:$port; location / { proxy_pass http://hearth; proxy_http_version 1.1;"
    echo "    proxy_set_header Connection \"\"; proxy_set_header Host \$http_host; } }"
    echo "}"
  } >"$dir/nginx.conf"
  "$nginx_binary" -p "$dir" -c "$dir/nginx.conf" &
  pids+=("$!")
}
one_port="$(free_port)"
two_port="$(free_port)"
balancer one-node "$one_port" "${http_ports[0]}"
balancer two-nodes "$two_port" "${http_ports[0]}" "${http_ports[1]}"

echo "starting two nodes (about a minute)"
deadline=$((SECONDS + 300))
for port in "${http_ports[@]}"; do
  until curl --noproxy '*' -s --max-time 5 "http://127.0.0.1:$port/health/ready" | grep -q hearth-database-and-content; do
    ((SECONDS < deadline)) || die "a node did not become ready within 5 minutes; see $work"
    sleep 1
  done
done
grep -q "DG Size: 2" "$work"/node-*.log || die "the nodes did not form a cluster; see $work"

run() { # balancer port, duration
  LEARNERS="$learners" DURATION="$2" bench/lesson-page.sh "http://127.0.0.1:$1" | tee -a "$work/bench.out" | grep -E '^(requests/s|p99):'
}
echo "== warm-up through both nodes, 10 s"
run "$two_port" 10s
echo "== one node behind nginx"
one="$(run "$one_port" "$duration")"
echo "$one"
echo "== two nodes behind nginx, round-robin"
two="$(run "$two_port" "$duration")"
echo "$two"

rps() { awk '$1 == "requests/s:" { print $2 }' <<<"$1"; }
p99() { awk '$1 == "p99:" { print $2 }' <<<"$1"; }
echo
echo "== Signed-in lesson page, $learners learners, $duration each, on $(nproc) cores"
echo "one node:  $(rps "$one") requests/s, p99 $(p99 "$one") ms"
echo "two nodes: $(rps "$two") requests/s, p99 $(p99 "$two") ms"
echo "two nodes / one node: $(awk -v a="$(rps "$two")" -v b="$(rps "$one")" 'BEGIN { printf "%.2f", a / b }')x"
