package nl.interventiewijzer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.interventiewijzer.matching.FitLevel;
import nl.interventiewijzer.profile.ProfileSource;
import nl.interventiewijzer.profile.Note;

public record MatchResponse(
        ProfileView profile,
        ProfileSource profileSource,
        List<Note> notes,
        DerivationView derivation,
        LonelinessView loneliness,
        String catalogueVersion,
        int eligibleCount,
        List<MatchView> matches,
        List<MatchView> elsewhere) {

    /**
     * A proposal: a catalogue {@code activity} with its {@code localServices} in the person's municipality, or, when
     * {@code local} is true, a local service with no catalogue link ({@code activity} is then absent).
     */
    public record MatchView(int rank, double score, Fit fit, @JsonInclude(JsonInclude.Include.NON_NULL) ActivityView activity,
            List<Note> reasons, List<Note> checks, boolean local,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalServiceView localService,
            List<LocalServiceView> localServices) {
    }

    public record Fit(FitLevel level, int points) {
    }
}
