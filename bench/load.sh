#!/usr/bin/env bash
# Load benchmark: builds the jar if needed, starts the service pinned to one core, warms it, and drives wrk from
# the other core against POST /api/v1/matches (rotating bodies), GET /api/v1/activities and, as the reference in
# the same run, GET /q/health/live. Prints requests/s, p50/p99, peak RSS, start-up time to ready and the ratio.
# Also compares start-up to ready with a bare Quarkus application with the same extensions (bench/bare), started
# the same way, alternating, STARTS times each.
# Usage: bench/load.sh [seconds per endpoint, default 20] [connections, default 32]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
duration="${1:-20}"
connections="${2:-32}"
port="${BENCH_PORT:-18080}"
server_cpu="${SERVER_CPU:-0}"
load_cpu="${LOAD_CPU:-1}"

if ! command -v wrk >/dev/null; then
  echo "wrk missing: installing it from Debian's packages" >&2
  (apt-get install -y wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y wrk >/dev/null))
fi
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q package -DskipTests
fi

if [ ! -f bench/bare/target/quarkus-app/quarkus-run.jar ]; then
  (cd bench/bare && ../../mvnw -B -q package -DskipTests)
fi
starts="${STARTS:-5}"

# Milliseconds from launch to a 200 on the given path, server pinned like the load run; the process is stopped after.
time_to_ready() { # jar, path
  local begin=$(date +%s%N)
  taskset -c "$server_cpu" java -Dquarkus.http.port="$port" -jar "$1" >/dev/null 2>&1 &
  local launched=$!
  until curl -sf "localhost:$port$2" >/dev/null; do sleep 0.02; done
  echo $(( ($(date +%s%N) - begin) / 1000000 ))
  kill "$launched"; wait "$launched" 2>/dev/null || true
}

service_ms=(); bare_ms=()
for _ in $(seq 1 "$starts"); do
  service_ms+=("$(time_to_ready target/quarkus-app/quarkus-run.jar /q/health/ready)")
  bare_ms+=("$(time_to_ready bench/bare/target/quarkus-app/quarkus-run.jar /hello)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "start-up to ready, median of $starts (ms): service $(median "${service_ms[@]}"), bare Quarkus $(median "${bare_ms[@]}") (service runs: ${service_ms[*]}; bare: ${bare_ms[*]})"

mkdir -p bench/results
log="bench/results/server.log"
start_ns=$(date +%s%N)
taskset -c "$server_cpu" java -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
until curl -sf "localhost:$port/q/health/ready" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "service died; see $log" >&2; exit 1; }
  sleep 0.05
done
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

run() { # name, wrk script, url
  local name="$1" script="$2" url="$3"
  local line
  line=$(taskset -c "$load_cpu" wrk -t1 -c"$connections" -d"${duration}s" --latency -s "$script" "$url" | grep '^RESULT')
  printf '%-22s %s\n' "$name" "${line#RESULT }" >&2
  echo "$line" | sed -E 's/.*rps=([0-9.]+).*/\1/'
}

echo "warming up (${duration}s on matches, activities and the reference)..." >&2
taskset -c "$load_cpu" wrk -t1 -c"$connections" -d"${duration}s" -s bench/wrk/matches.lua "http://localhost:$port" >/dev/null
taskset -c "$load_cpu" wrk -t1 -c"$connections" -d"$(( duration / 2 ))s" "http://localhost:$port/api/v1/activities" >/dev/null

echo "cores: $(nproc), server on cpu $server_cpu, wrk on cpu $load_cpu, ${connections} connections, ${duration}s each"
reference=$(run "GET /q/health/live" bench/wrk/report.lua "http://localhost:$port/q/health/live")
matches=$(run "POST /api/v1/matches" bench/wrk/matches.lua "http://localhost:$port")
activities=$(run "GET /api/v1/activities" bench/wrk/report.lua "http://localhost:$port/api/v1/activities")
peak_rss_kib=$(grep VmHWM "/proc/$pid/status" | awk '{print $2}')
echo "start-up to ready: ${ready_ms} ms"
echo "peak RSS: $(( peak_rss_kib / 1024 )) MiB"
awk -v m="$matches" -v a="$activities" -v r="$reference" 'BEGIN {
  printf "ratio matches/reference: %.2f\nratio activities/reference: %.2f\n", m / r, a / r }'
