package nl.interventiewijzer.matching;

import java.util.List;

/** The ranked proposals, and how many activities the person was eligible for in all. */
public record MatchResult(int eligible, List<Match> matches) {

    public MatchResult {
        matches = List.copyOf(matches);
    }
}
