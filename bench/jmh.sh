#!/usr/bin/env bash
# JMH benchmark of the matcher alone. Usage: bench/jmh.sh [extra JMH options, e.g. -f 1 -wi 3 -i 5]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -q install -DskipTests
cd bench/jmh
../../mvnw -B -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
if [ "$#" -eq 0 ]; then
  set -- -f 1 -wi 5 -w 2s -i 5 -r 2s
fi
java -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main MatcherBenchmark "$@"
