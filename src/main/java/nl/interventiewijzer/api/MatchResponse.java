package nl.interventiewijzer.api;

import java.util.List;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.matching.FitLevel;
import nl.interventiewijzer.profile.Note;

public record MatchResponse(
        ProfileView profile,
        ProfileSource profileSource,
        List<Note> notes,
        String catalogueVersion,
        int eligibleCount,
        List<MatchView> matches) {

    public enum ProfileSource {
        PROFILE,
        DIMENSIONS
    }

    public record MatchView(int rank, double score, Fit fit, Activity activity, List<Note> reasons, List<Note> checks) {
    }

    public record Fit(FitLevel level, int points) {
    }
}
