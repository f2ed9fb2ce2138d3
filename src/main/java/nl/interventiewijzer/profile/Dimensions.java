package nl.interventiewijzer.profile;

import java.util.Objects;

/** The three indicators of the typology: duration, coping strategy and orientation on social participation. */
public record Dimensions(Duration duration, Coping coping, boolean participationOriented) {

    public Dimensions {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(coping, "coping");
    }
}
