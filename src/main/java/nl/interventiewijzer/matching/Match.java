package nl.interventiewijzer.matching;

import java.util.List;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.profile.Note;

/** One proposal: its place in the list, its score, why it is proposed and what the coach must still verify. */
public record Match(int rank, double score, ProfileFit fit, Activity activity, List<Note> reasons, List<Note> checks) {

    public Match {
        reasons = List.copyOf(reasons);
        checks = List.copyOf(checks);
    }
}
