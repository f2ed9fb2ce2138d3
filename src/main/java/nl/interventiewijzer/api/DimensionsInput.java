package nl.interventiewijzer.api;

import nl.interventiewijzer.profile.Coping;
import nl.interventiewijzer.profile.Dimensions;
import nl.interventiewijzer.profile.Duration;

public record DimensionsInput(
        Duration duration,
        Coping coping,
        Boolean participationOriented) {

    Dimensions toDimensions() {
        return new Dimensions(duration, coping, participationOriented);
    }
}
