#!/usr/bin/env bash
# Start-up with an ahead-of-time cache on JDK 25 (JEP 483, 514 and 515: classes loaded and linked, and method
# profiles, kept from a training run), beside the Java 17 fast-jar the service ships as. Prints, for the service and
# for bare (bench/bare: the same extensions, no code of ours), the median time to ready and CPU until ready by thread,
# over STARTS starts in turns, on one core:
#   - Java 17, fast-jar (as shipped);
#   - JDK 25, aot-jar packaging, no cache (what the JDK alone changes);
#   - JDK 25, aot-jar packaging, with a cache trained on that build.
# It answers whether a runtime with an AOT cache would close the gap to bare, without changing what the image runs:
# the service still compiles for Java 17 (docs/performance.md, "Start-up on JDK 25 with an AOT cache").
# Training: the build starts, serves a few rounds of the benchmark's requests (health, a profile, an activity page, a
# full match), and stops; the JVM writes the cache at exit. With OFFER=<package dir> both training and the measured
# starts of the service load that local offer (e.g. bench/results/offers/5000 from bench/scale.sh).
# Usage: bench/aot.sh. Environment: JAVA25 (default /usr/lib/jvm/temurin-25-jdk-amd64), STARTS (default 5), OFFER,
# SERVER_CPU (default 0), BENCH_PORT.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
java25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
starts="${STARTS:-5}"
offer="${OFFER:-}"
if [ ! -x "$java25/bin/java" ]; then
  echo "needs a JDK 25 at $java25 (set JAVA25)" >&2
  exit 1
fi
ensure_builds
out="$results/aot"
rm -rf "$out" && mkdir -p "$out"

# The aot-jar packaging puts every jar on the JVM's class path, where the cache can hold their classes (the fast-jar's
# own class loader is out of its reach). It is written beside target/quarkus-app, which stays the shipped build.
# cp -a keeps the jars' times: the cache is valid only for the very jars it was trained on.
package_aot() { # <maven project dir> <name>
  (cd "$1" && "$root/mvnw" -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar \
    -Dquarkus.package.output-directory=aot-jar >/dev/null)
  cp -a "$1/target/aot-jar" "$out/$2"
}
package_aot "$root" service
package_aot "$root/bench/bare" bare

offer_options=()
if [ -n "$offer" ]; then
  offer_options=(-Dinterventiewijzer.local-offer.path="$(cd "$offer" && pwd)")
fi

train() { # <app dir> [java options...]: runs the build once on JDK 25 and leaves <app dir>/app.aot
  local dir="$1" pid
  shift
  (cd "$dir" && exec "$java25/bin/java" -XX:AOTCacheOutput=app.aot "$@" -Dquarkus.http.port="$port" \
    -jar quarkus-run.jar) >"$dir/training.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "localhost:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "training run of $dir died; see $dir/training.log" >&2; exit 1; }
    sleep 0.1
  done
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "localhost:$port/q/health/live"
    curl -s -o /dev/null "localhost:$port/api/v1/profiles/ACTIEVEN"
    curl -s -o /dev/null "localhost:$port/api/v1/activities?limit=10"
    curl -s -o /dev/null -H 'Content-Type: application/json' \
      -d "{${FULL_PERSON},\"profile\":\"ACHTERBLIJVERS\",\"limit\":10}" "localhost:$port/api/v1/matches"
  done
  kill -TERM "$pid"
  wait "$pid" || true
  [ -f "$dir/app.aot" ] || { echo "no cache written for $dir; see $dir/training.log" >&2; exit 1; }
}
train "$out/service" "${offer_options[@]}"
train "$out/bare"

# One start of a variant: <label> <app dir> <java home> [java options...]. Each runs from its own directory (the cache
# holds the class path as trained). -XX:AOTMode=on makes a cache the JVM cannot use an error, not a silent fallback.
start_variant() {
  local label="$1" dir="$2" home="$3"
  shift 3
  root="$dir" PATH="$home/bin:$PATH" start_server "$dir" /q/health/ready "$out/$label.log" "$@"
  record_start "$label"
  stop_server
}
java17="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
labels=(service-17 bare-17 service-25 bare-25 service-25-aot bare-25-aot)
mark_cpu
for _ in $(seq 1 "$starts"); do
  start_variant service-17 "$app" "$java17" "${offer_options[@]}"
  start_variant bare-17 "$bare_app" "$java17"
  start_variant service-25 "$out/service" "$java25" "${offer_options[@]}"
  start_variant bare-25 "$out/bare" "$java25"
  start_variant service-25-aot "$out/service" "$java25" -XX:AOTCache=app.aot -XX:AOTMode=on "${offer_options[@]}"
  start_variant bare-25-aot "$out/bare" "$java25" -XX:AOTCache=app.aot -XX:AOTMode=on
done

echo "start-up to ready, one core (cpu $server_cpu), median of $starts starts in turns${offer:+, service with the offer $offer}  [$(load_note)]"
printf '%-15s %9s %9s %7s %7s %8s   %s\n' variant "ready ms" "CPU ms" main JIT workers "ready, start by start"
for label in "${labels[@]}"; do
  # shellcheck disable=SC2086 # the lists are space-separated numbers
  printf '%-15s %9d %9d %7d %7d %8d   %s\n' "$label" "$(median ${starts_ms[$label]})" "$(median ${starts_cpu[$label]})" \
    "$(median ${starts_main[$label]})" "$(median ${starts_jit[$label]})" "$(median ${starts_workers[$label]})" \
    "${starts_ms[$label]% }"
done
for jdk in 17 25 25-aot; do
  # shellcheck disable=SC2086
  echo "service minus bare, $jdk: $(( $(median ${starts_ms[service-$jdk]}) - $(median ${starts_ms[bare-$jdk]}) )) ms  (target <= 500 ms)"
done
# shellcheck disable=SC2086
echo "service, Java 17 fast-jar / JDK 25 with cache: $(ratio "$(median ${starts_ms[service-17]})" "$(median ${starts_ms[service-25-aot]})")x"
