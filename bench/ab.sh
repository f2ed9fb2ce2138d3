#!/usr/bin/env bash
# Before/after of two builds on one endpoint, for a shared host: both run at once, pinned to the same core (cpu 0),
# and wrk (cpu 1) drives them in turns, so a drift of the machine falls on both alike. Both are warmed in turns first
# (WARM_ROUNDS of 10 s each, default 10). Prints each round's requests/s and p99 with the ratio B/A, then the medians.
#
# Usage: bench/ab.sh APP_A APP_B [rounds, default 8] [path, default /api/v1/matches] [JSON body; '' for a GET]
#   e.g. bench/ab.sh /tmp/before/quarkus-app target/quarkus-app
# The default body is a full person, limit 10. JAVA_OPTS_A and JAVA_OPTS_B add JVM options to one side, e.g. the same
# build with and without a local offer: JAVA_OPTS_B=-Dinterventiewijzer.local-offer.path=examples/local-offer.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
app_a="$1"; app_b="$2"; rounds="${3:-8}"; path="${4:-/api/v1/matches}"
full_match="{${FULL_PERSON},\"profile\":\"ACHTERBLIJVERS\",\"limit\":10}"
body="${5-$full_match}"
port_a="$port"; port_b=$((port + 1))
ensure_wrk

start_pinned() { # app dir, port, log, [java options]: prints the pid
  # shellcheck disable=SC2086 # the options are words
  (cd "$root" && exec taskset -c "$server_cpu" java ${4:-} -Dquarkus.http.port="$2" -jar "$1/quarkus-run.jar") >"$3" 2>&1 &
  echo $!
}
server_pids="$(start_pinned "$app_a" "$port_a" "$results/ab-a.log" "${JAVA_OPTS_A:-}") $(start_pinned "$app_b" "$port_b" "$results/ab-b.log" "${JAVA_OPTS_B:-}")"
trap 'kill $server_pids 2>/dev/null || true' EXIT
for p in "$port_a" "$port_b"; do
  until curl -sf -o /dev/null "localhost:$p/q/health/ready"; do sleep 0.2; done
done

turn() { # port, seconds: prints "rps p99"
  local result
  result=$(port="$1" drive "$2" "$path" "$body")
  echo "$(field rps "$result") $(field p99 "$result")"
}
echo "warming both in turns..."
for _ in $(seq 1 "${WARM_ROUNDS:-10}"); do turn "$port_a" 10 >/dev/null; turn "$port_b" 10 >/dev/null; done

all_a=(); all_b=()
for round in $(seq 1 "$rounds"); do
  mark_cpu
  read -r a p99_a < <(turn "$port_a" 5)
  read -r b p99_b < <(turn "$port_b" 5)
  all_a+=("$a"); all_b+=("$b")
  printf 'round %d: A %s (p99 %s ms)  B %s (p99 %s ms)  B/A %s  [%s]\n' "$round" "$a" "$p99_a" "$b" "$p99_b" \
    "$(ratio "$b" "$a")" "$(load_note)"
done
median_a=$(median "${all_a[@]}"); median_b=$(median "${all_b[@]}")
echo "median requests/s: A $median_a, B $median_b, B/A $(ratio "$median_b" "$median_a")"
