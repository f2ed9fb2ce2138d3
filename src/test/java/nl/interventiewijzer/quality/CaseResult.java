package nl.interventiewijzer.quality;

import java.util.List;
import java.util.Set;

/**
 * One golden case graded against an answer.
 *
 * <p>The rule (docs/quality.md): GOOD when the top 5 holds at least two good or acceptable activities and no
 * must-not activity sits in the top 10. POOR when the top 5 holds no good or acceptable activity, or a must-not
 * activity is at #1, or two or more must-not activities sit in the top 5. USABLE otherwise.
 */
record CaseResult(String caseId, List<String> top10, List<String> wantedInTop5, List<String> mustNotInTop5,
                  List<String> mustNotInTop10, Grade grade) {

    static final int TOP = 5;
    static final int LIST = 10;

    static CaseResult grade(GoldenCase golden, List<String> ranked) {
        List<String> top5 = ranked.subList(0, Math.min(TOP, ranked.size()));
        List<String> top10 = ranked.subList(0, Math.min(LIST, ranked.size()));
        Set<String> wanted = golden.wanted();
        Set<String> mustNot = golden.mustNot().keySet();
        List<String> wantedIn5 = top5.stream().filter(wanted::contains).toList();
        List<String> mustNotIn5 = top5.stream().filter(mustNot::contains).toList();
        List<String> mustNotIn10 = top10.stream().filter(mustNot::contains).toList();
        return new CaseResult(golden.id(), List.copyOf(top10), wantedIn5, mustNotIn5, mustNotIn10,
                gradeOf(wantedIn5.size(), mustNotIn5.size(), mustNotIn10.size(),
                        !top5.isEmpty() && mustNot.contains(top5.get(0))));
    }

    private static Grade gradeOf(int wantedIn5, int mustNotIn5, int mustNotIn10, boolean mustNotFirst) {
        if (wantedIn5 == 0 || mustNotFirst || mustNotIn5 >= 2) {
            return Grade.POOR;
        }
        return wantedIn5 >= 2 && mustNotIn10 == 0 ? Grade.GOOD : Grade.USABLE;
    }

    /** Good and acceptable hits in the top 5, over 5. */
    double precisionAt5() {
        return wantedInTop5.size() / (double) TOP;
    }
}
