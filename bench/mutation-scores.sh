#!/usr/bin/env bash
# Mutation score per package, and per class for the advice core, from the report of `./mvnw -B -Pmutation test`
# (pitest writes one <mutation> per line). Killed counts KILLED and TIMED_OUT, as pitest's own score does; nested
# classes (Matcher$Ranked) count towards their outer class.
#
# Exits non-zero when a floor is missed: every advice-core class at least CORE_FLOOR (90) percent, the whole domain at
# least DOMAIN_FLOOR (85) percent. A run narrowed with -Dmutation.classes only checks the classes it mutated.
set -euo pipefail
cd "$(dirname "$0")/.."
report=${REPORT:-target/pit-reports/mutations.xml}
[[ -f $report ]] || { echo "no $report: run ./mvnw -B -Pmutation test first" >&2; exit 1; }
core_floor=${CORE_FLOOR:-90}
domain_floor=${DOMAIN_FLOOR:-85}
# The advice core: matcher, eligibility, intake scoring, fit.
core="nl.interventiewijzer.matching.Matcher nl.interventiewijzer.matching.EligibilityFilter
      nl.interventiewijzer.intake.IntakeScorer nl.interventiewijzer.matching.FitModel
      nl.interventiewijzer.matching.RankingPolicy nl.interventiewijzer.matching.RankingWeight"

# One line per mutant: "<outer class> <status>".
mutants=$(grep -o "status='[A-Z_]*'.*<mutatedClass>[^<]*</mutatedClass>" "$report" \
  | sed -E "s/status='([A-Z_]*)'.*<mutatedClass>([^<$]*)[^<]*<\/mutatedClass>/\2 \1/")

awk -v core="$core" -v core_floor="$core_floor" -v domain_floor="$domain_floor" '
  BEGIN { n = split(core, names, /[ \n]+/); for (i = 1; i <= n; i++) if (names[i] != "") isCore[names[i]] = 1 }
  function isKilled(status) { return status == "KILLED" || status == "TIMED_OUT" }
  {
    cls = $1; pkg = cls; sub(/\.[A-Za-z0-9_]+$/, "", pkg)
    total[pkg]++; all++
    if (cls in isCore) classTotal[cls]++
    if (isKilled($2)) { killed[pkg]++; k++; if (cls in isCore) classKilled[cls]++ }
  }
  function pct(a, b) { return 100 * a / b }
  END {
    failed = 0
    for (p in total) printf "%-48s %4d/%-4d %5.1f%%\n", p, killed[p], total[p], pct(killed[p], total[p]) | "sort"
    close("sort")
    printf "%-48s %4d/%-4d %5.1f%%  (floor %d%%)\n", "all", k, all, pct(k, all), domain_floor
    if (pct(k, all) < domain_floor) { print "FAIL: the domain kills less than " domain_floor "%"; failed = 1 }
    print "advice core (floor " core_floor "% per class):"
    for (c in classTotal) {
      score = pct(classKilled[c], classTotal[c])
      printf "  %-46s %4d/%-4d %5.1f%%%s\n", c, classKilled[c], classTotal[c], score, (score < core_floor ? "  FAIL" : "") | "sort"
      if (score < core_floor) failed = 1
    }
    close("sort")
    exit failed
  }' <<< "$mutants"
