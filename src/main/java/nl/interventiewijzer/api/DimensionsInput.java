package nl.interventiewijzer.api;

import jakarta.validation.constraints.NotNull;
import nl.interventiewijzer.profile.Coping;
import nl.interventiewijzer.profile.Dimensions;
import nl.interventiewijzer.profile.Duration;

public record DimensionsInput(
        @NotNull Duration duration,
        @NotNull Coping coping,
        @NotNull Boolean participationOriented) {

    Dimensions toDimensions() {
        return new Dimensions(duration, coping, participationOriented);
    }
}
