package nl.interventiewijzer.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks on one answer that hold whatever the person: the invariants, measured as counts. */
final class Invariants {

    static final int LIST = 10;
    static final int TOP = 5;
    /** A proposal ranked above one scoring this much more contradicts the score the partner sees. */
    static final double INVERSION_POINTS = 3.0;
    /** One sentence on this many of the 10 proposals no longer helps a coach choose. */
    static final int REPEATED_ON = 5;
    /** The eight profile names (Bijlage 1), which no sentence meant for the person may carry. */
    static final Pattern PROFILE_LABEL = Pattern.compile(
            "\\b(actieven|geborgenen|achterblijvers|afhankelijken|compenseerders|buitenstaanders|hoopvollen|overlevers)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Invariants() {
    }

    /** True when, in the top 10, some proposal ranks above one that scores at least 3 points more. */
    static boolean hasRankInversion(Answer answer) {
        List<Proposal> top = answer.top(LIST);
        for (int above = 0; above < top.size(); above++) {
            for (int below = above + 1; below < top.size(); below++) {
                if (top.get(below).score() - top.get(above).score() >= INVERSION_POINTS - 1e-9) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One-place projects in the top 5. */
    static List<String> onePlaceInTop5(Answer answer, CatalogueView catalogue) {
        return answer.top(TOP).stream().map(Proposal::id).filter(catalogue::isOnePlace).toList();
    }

    /** Online-only proposals in the top 10. */
    static List<String> onlineOnlyInTop10(Answer answer, CatalogueView catalogue) {
        return answer.top(LIST).stream().map(Proposal::id).filter(catalogue::isOnlineOnly).toList();
    }

    /** The most proposals of the top 10 that carry one and the same reason sentence. */
    static int mostRepeatedReason(Answer answer) {
        Map<String, Integer> onProposals = new HashMap<>();
        for (Proposal proposal : answer.top(LIST)) {
            proposal.reasons().stream().distinct().forEach(text -> onProposals.merge(text, 1, Integer::sum));
        }
        return onProposals.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Reason and check sentences in the top 10 that name a profile. */
    static int profileLabelTexts(Answer answer) {
        return (int) answer.top(LIST).stream()
                .flatMap(p -> java.util.stream.Stream.concat(p.reasons().stream(), p.checks().stream()))
                .filter(text -> PROFILE_LABEL.matcher(text).find())
                .count();
    }
}
