#!/usr/bin/env bash
# JMH benchmark of a match as the service computes it (matcher + local offer attached), with the gc profiler for
# memory per match (gc.alloc.rate.norm, bytes/op). Prints the load average before and after.
# Usage: bench/jmh.sh [JMH options; default: -f 1 -wi 10 -w 3s -i 5 -r 3s -prof gc]
#   e.g. bench/jmh.sh -f 1 -wi 3 -i 5 -prof gc -p offer=/tmp/offer-5000 -p municipality=Grootstad
# BENCHMARK=LocalOfferLoadBenchmark runs the offer's reading and validation instead (its class says how, cold and warm):
#   e.g. BENCHMARK=LocalOfferLoadBenchmark bench/jmh.sh -bm ss -f 10 -wi 0 -i 1 -p offer=$PWD/bench/results/offers/5000
# The first run downloads JMH 1.37 from Maven Central into ~/.m2 (the service's own build stays offline).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$root"
if [ -z "${SKIP_INSTALL:-}" ]; then
  # The service's classes as a plain jar in ~/.m2 for the benchmark module (no tests, no Quarkus packaging needed).
  ./mvnw -B -o -q install -DskipTests -Dquarkus.build.skip=true
fi
cd bench/jmh
if ! ../../mvnw -B -o -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt 2>/dev/null; then
  ../../mvnw -B -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
if [ "$#" -eq 0 ]; then
  set -- -f 1 -wi 10 -w 3s -i 5 -r 3s -prof gc
fi
echo "before: $(load_note)"
mark_cpu
benchmark="${BENCHMARK:-MatcherBenchmark}"
taskset -c "$server_cpu" java -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main "$benchmark" "$@" \
  | grep -E "^(Benchmark|${benchmark}\.[a-z]+( |:gc\.alloc\.rate\.norm))|^#.*(Warmup|Measurement):|^Result|^  [0-9]" | grep -v '^  [0-9].*±.*(99.9%)' || true
echo "after: $(load_note)"
