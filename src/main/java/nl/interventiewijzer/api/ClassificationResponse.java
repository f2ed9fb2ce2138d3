package nl.interventiewijzer.api;

import java.util.List;
import nl.interventiewijzer.observability.DomainMetrics;
import nl.interventiewijzer.profile.Note;

public record ClassificationResponse(
        ProfileView profile,
        DomainMetrics.Source source,
        DimensionsInput dimensions,
        List<Note> notes,
        DerivationView derivation,
        LonelinessView loneliness) {
}
