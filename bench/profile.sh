#!/usr/bin/env bash
# Profiles the service under load with JFR (CPU and allocation samples, the JDK's "profile" settings): a warmed
# service pinned to one core, wrk on the other, one recording per scenario, each summarised by bench/jfr_top.py.
# Scenarios: POST /api/v1/matches with a full person and limit 10; GET /api/v1/activities?limit=10.
# JFR runs from launch with the same settings as the recordings. Started on a warmed JVM, it slowed the service it
# was to measure: a warmed full match fell from 8,931 to 841 requests/s in the 20 s after JFR.start, and ran at 1,728
# in the 10 s after the recording stopped. Recording from launch, the same match ran at 10,315
# requests/s while recorded (docs/performance.md).
# -XX:+DebugNonSafepoints lets a sample name the line it was taken at. Without it, JFR put a fifth of a full match's
# samples on a buffer flush in Jackson's writeString; with it, they were the character loop that encodes the strings.
# Usage: bench/profile.sh [seconds per recording, default 20]; WARM_SECONDS (90) of matches first, a third of it of
# activities. Recordings and summaries land in bench/results/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
seconds="${1:-20}"
ensure_wrk
ensure_builds
start_server "$app" /q/health/ready "$results/profile-server.log" \
  -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
  -XX:StartFlightRecording=settings=profile,name=launch,maxsize=64m ${JAVA_OPTS:-}
echo "service ready in ${ready_ms} ms; warming up"
# Pinned to one core, the JIT takes a minute or two to reach a steady rate (see warm() in load.sh).
warm_seconds="${WARM_SECONDS:-90}"
drive "$warm_seconds" /api/v1/matches "{${FULL_PERSON},\"profile\":\"ACHTERBLIJVERS\",\"limit\":10}" >/dev/null
drive $(( warm_seconds / 3 )) "/api/v1/activities?limit=10" >/dev/null

record() { # name, path, [body]
  local name="$1" jfr="$results/profile-$1.jfr"
  jcmd "$server_pid" JFR.start name="$name" settings=profile >/dev/null
  local result
  mark_cpu
  result=$(drive "$seconds" "$2" "${3:-}")
  jcmd "$server_pid" JFR.stop name="$name" filename="$jfr" >/dev/null
  echo "== $name: $result  ($(load_note))" | tee "$results/profile-$name.txt"
  "$root/bench/jfr_top.py" "$jfr" "${ROWS:-15}" | tee -a "$results/profile-$name.txt"
}
record matches-person-10 /api/v1/matches "{${FULL_PERSON},\"profile\":\"ACHTERBLIJVERS\",\"limit\":10}"
record activities-10 "/api/v1/activities?limit=10"
