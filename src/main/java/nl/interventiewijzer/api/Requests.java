package nl.interventiewijzer.api;

import java.util.Map;
import nl.interventiewijzer.intake.ProfileInput;
import nl.interventiewijzer.intake.ScaleAnswers;
import nl.interventiewijzer.profile.Profile;

/** Translates the request records' fields into the domain's input; absent fields stay null, deciding nothing. */
final class Requests {

    private Requests() {
    }

    static ProfileInput profileInput(Profile profile, DimensionsInput dimensions, Map<String, String> answers,
            DeJongGierveldInput scale) {
        return new ProfileInput(profile, dimensions == null ? null : dimensions.toDimensions(), answers,
                scale == null ? null : new ScaleAnswers(scale.form(), scale.answers()));
    }
}
