#!/usr/bin/env bash
# Load benchmark: every figure of issue 11 in one run, each with the load average beside it.
#
#  1. start-up to ready (launch to the first 200 on /q/health/ready), the service and the bare Quarkus app with the
#     same extensions (bench/bare), alternating, STARTS times each, server pinned to one core; medians.
#  2. the service without a local offer, pinned to cpu 0, warmed, wrk on cpu 1 with 16 connections: requests/s and
#     p50/p99 per endpoint, then the ratios against their targets.
#  3. the same service with the demo local offer (examples/local-offer) attached, so matches for a person in
#     Wijkerveen carry local services: the match endpoints again, and the ratio.
#
# Usage: bench/load.sh [seconds per endpoint, default 12]
# Environment: APP (a quarkus-app directory to measure instead of target/quarkus-app, e.g. an older build),
# STARTS (default 5), CONNECTIONS (16), SERVER_CPU (0), LOAD_CPU (1), BENCH_PORT (18080), OFFER (examples/local-offer).
# Builds the jars when missing; after changing the code, run ./mvnw -B -o package -DskipTests first.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
seconds="${1:-12}"
starts="${STARTS:-5}"
offer="${OFFER:-$root/examples/local-offer}"
ensure_wrk
ensure_builds

echo "cores: $(nproc); server on cpu $server_cpu, wrk on cpu $load_cpu, $connections connections, ${seconds}s per endpoint"
echo "service: $app"

# --- 1. start-up -------------------------------------------------------------------------------------------------
service_ms=(); bare_ms=(); service_cpu=(); bare_cpu=()
for _ in $(seq 1 "$starts"); do
  start_server "$app" /q/health/ready "$results/startup-service.log"
  service_ms+=("$ready_ms"); service_cpu+=("$ready_cpu_ms"); stop_server
  start_server "$bare_app" /q/health/ready "$results/startup-bare.log"
  bare_ms+=("$ready_ms"); bare_cpu+=("$ready_cpu_ms"); stop_server
done
service_start=$(median "${service_ms[@]}")
bare_start=$(median "${bare_ms[@]}")
echo "start-up to ready, median of $starts: service ${service_start} ms, bare ${bare_start} ms (service: ${service_ms[*]}; bare: ${bare_ms[*]})  [$(load_note)]"
echo "CPU time until ready, median of $starts: service $(median "${service_cpu[@]}") ms, bare $(median "${bare_cpu[@]}") ms (service: ${service_cpu[*]}; bare: ${bare_cpu[*]})"

# --- 2. endpoints ------------------------------------------------------------------------------------------------
profile_only='{"profile":"ACHTERBLIJVERS","limit":1}'
person_1="{${FULL_PERSON},\"profile\":\"ACHTERBLIJVERS\",\"limit\":1}"
person_10="{${FULL_PERSON},\"profile\":\"ACHTERBLIJVERS\",\"limit\":10}"
dimensions='{"dimensions":{"duration":"STRUCTURAL","coping":"ACTIVE","participationOriented":true}}'

declare -A rps p99
measure() { # key, label, path, [body]
  local result
  result=$(drive "$seconds" "$3" "${4:-}")
  rps[$1]=$(field rps "$result")
  p99[$1]=$(field p99 "$result")
  printf '%-52s %-50s [%s]\n' "$2" "$result" "$(load_note)"
}

warm() {
  drive 8 /api/v1/matches "$person_10" >/dev/null
  drive 4 "/api/v1/activities?limit=10" >/dev/null
  drive 2 /api/v1/profiles/GEBORGENEN >/dev/null
  drive 2 /api/v1/classifications "$dimensions" >/dev/null
  drive 2 /q/health/live >/dev/null
}

start_server "$app" /q/health/ready "$results/load-service.log"
echo "warming up..."
warm
echo "-- without a local offer (latencies in ms)"
measure live "GET /q/health/live" /q/health/live
measure profile "GET /api/v1/profiles/{code}" /api/v1/profiles/GEBORGENEN
measure classify "POST /api/v1/classifications (dimensions)" /api/v1/classifications "$dimensions"
measure activities "GET /api/v1/activities?limit=10" "/api/v1/activities?limit=10"
measure m_profile_1 "POST /api/v1/matches profile only, limit 1" /api/v1/matches "$profile_only"
measure m_person_1 "POST /api/v1/matches full person, limit 1" /api/v1/matches "$person_1"
measure m_person_10 "POST /api/v1/matches full person, limit 10" /api/v1/matches "$person_10"
rss_kib=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")
stop_server
echo "peak RSS under load: $(( rss_kib / 1024 )) MiB"

verdict() { # value, comparison ("ge"/"le"/"lt"), target
  awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {
    ok = (op == "ge" && v >= t) || (op == "le" && v <= t) || (op == "lt" && v < t); print ok ? "meets" : "MISSES" }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
max_p99=$(printf '%s\n' "${p99[m_profile_1]}" "${p99[m_person_1]}" "${p99[m_person_10]}" | sort -g | tail -1)
r1=$(ratio "${rps[m_person_10]}" "${rps[live]}")
r2=$(ratio "${rps[activities]}" "${rps[profile]}")
startup_delta=$(( service_start - bare_start ))
echo "-- targets"
echo "matches full person limit 10 / health live:  $r1  (target >= 0.3: $(verdict "$r1" ge 0.3))  [$(load_note)]"
echo "activities?limit=10 / profiles/{code}:        $r2  (target >= 0.5: $(verdict "$r2" ge 0.5))  [$(load_note)]"
echo "matches p99, worst of the three:              ${max_p99} ms  (target < 10 ms: $(verdict "$max_p99" lt 10))  [$(load_note)]"
echo "start-up to ready, service minus bare:        ${startup_delta} ms  (target <= 500 ms: $(verdict "$startup_delta" le 500))"

# --- 3. with the demo local offer ------------------------------------------------------------------------------------
start_server "$app" /q/health/ready "$results/load-offer.log" -Dinterventiewijzer.local-offer.path="$offer"
if ! curl -s -X POST -H 'Content-Type: application/json' --data-binary "$person_10" "localhost:$port/api/v1/matches" \
    | grep -q '"localServices":\[{'; then
  echo "WARNING: with $offer attached, the match for Wijkerveen carries no local service" >&2
fi
echo "warming up with the local offer $offer..."
warm
echo "-- with the local offer attached (matches for Wijkerveen carry local services)"
measure live_offer "GET /q/health/live" /q/health/live
measure o_profile_1 "POST /api/v1/matches profile only, limit 1" /api/v1/matches "$profile_only"
measure o_person_1 "POST /api/v1/matches full person, limit 1" /api/v1/matches "$person_1"
measure o_person_10 "POST /api/v1/matches full person, limit 10" /api/v1/matches "$person_10"
stop_server
r3=$(ratio "${rps[o_person_10]}" "${rps[live_offer]}")
max_p99_offer=$(printf '%s\n' "${p99[o_profile_1]}" "${p99[o_person_1]}" "${p99[o_person_10]}" | sort -g | tail -1)
echo "with local offer: matches full person limit 10 / health live: $r3  (target >= 0.3: $(verdict "$r3" ge 0.3)); matches p99 worst ${max_p99_offer} ms (target < 10 ms: $(verdict "$max_p99_offer" lt 10))  [$(load_note)]"
