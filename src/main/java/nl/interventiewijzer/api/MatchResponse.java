package nl.interventiewijzer.api;

import java.util.List;
import nl.interventiewijzer.matching.FitLevel;
import nl.interventiewijzer.observability.DomainMetrics;
import nl.interventiewijzer.profile.Note;

public record MatchResponse(
        ProfileView profile,
        DomainMetrics.Source profileSource,
        List<Note> notes,
        DerivationView derivation,
        LonelinessView loneliness,
        String catalogueVersion,
        int eligibleCount,
        List<MatchView> matches,
        List<MatchView> elsewhere) {

    public record MatchView(int rank, double score, Fit fit, ActivityView activity, List<Note> reasons, List<Note> checks) {
    }

    public record Fit(FitLevel level, int points) {
    }
}
