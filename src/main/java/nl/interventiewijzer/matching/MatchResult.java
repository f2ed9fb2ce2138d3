package nl.interventiewijzer.matching;

import java.util.List;

/**
 * The ranked proposals, how many activities the person was eligible for in all, and a few local projects of other
 * municipalities as examples to ask about locally (never part of the proposals).
 */
public record MatchResult(int eligible, List<Match> matches, List<Match> elsewhere) {

    public MatchResult {
        matches = List.copyOf(matches);
        elsewhere = List.copyOf(elsewhere);
    }
}
