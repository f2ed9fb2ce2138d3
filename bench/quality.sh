#!/usr/bin/env bash
# The advice yardstick (docs/quality.md): runs AdviceQualityTest against the service in a Quarkus test and prints
# the report: per-case grades of the golden set, precision at 5, must-not hits, targeted recall at 10, the invariant
# counts and the floors. Exit status: that of the test (non-zero when a figure fell below its floor).
#
#   bench/quality.sh            # offline (the local Maven repository is filled)
#   MVN_FLAGS= bench/quality.sh # allow Maven to go online
#
# Maven's own output goes to target/quality-maven.log; the report is also kept in target/quality-report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
rm -f target/quality-report.txt
status=0
./mvnw -B ${MVN_FLAGS--o} test -Dtest=AdviceQualityTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dquality.report=true > target/quality-maven.log 2>&1 || status=$?
if [[ -f target/quality-report.txt ]]; then
  cat target/quality-report.txt
else
  tail -n 60 target/quality-maven.log >&2
  echo "no report written: the test did not get as far as measuring (target/quality-maven.log)" >&2
fi
if [[ $status -ne 0 ]]; then
  grep -E "Tests run:|FAIL|BROKEN" target/quality-maven.log | head -n 20 >&2 || true
fi
exit "$status"
