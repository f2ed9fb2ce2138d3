package nl.interventiewijzer.api;

import java.util.List;
import nl.interventiewijzer.profile.ProfileSource;
import nl.interventiewijzer.profile.Note;

public record ClassificationResponse(
        ProfileView profile,
        ProfileSource source,
        DimensionsInput dimensions,
        List<Note> notes,
        DerivationView derivation,
        LonelinessView loneliness) {
}
