#!/usr/bin/env bash
# Mutation score per package from the report of `./mvnw -B -Pmutation test` (pitest writes one <mutation> per line).
# Killed counts KILLED and TIMED_OUT, as pitest's own score does.
set -euo pipefail
cd "$(dirname "$0")/.."
report=target/pit-reports/mutations.xml
[[ -f $report ]] || { echo "no $report: run ./mvnw -B -Pmutation test first" >&2; exit 1; }
grep -o "status='[A-Z_]*'.*<mutatedClass>[^<]*</mutatedClass>" "$report" \
  | sed -E "s/status='([A-Z_]*)'.*<mutatedClass>(.*)\.[A-Za-z0-9_$]+<\/mutatedClass>/\2 \1/" \
  | awk '{ total[$1]++; all++; if ($2 == "KILLED" || $2 == "TIMED_OUT") { killed[$1]++; k++ } }
         END { for (p in total) printf "%-40s %4d/%-4d %5.1f%%\n", p, killed[p], total[p], 100 * killed[p] / total[p];
               printf "%-40s %4d/%-4d %5.1f%%\n", "all", k, all, 100 * k / all }' \
  | sort
