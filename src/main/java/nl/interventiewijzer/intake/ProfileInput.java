package nl.interventiewijzer.intake;

import java.util.Map;
import nl.interventiewijzer.profile.Dimensions;
import nl.interventiewijzer.profile.Profile;

/**
 * What a request gives to decide the profile, as given: exactly one of a profile (the coach's own choice), the three
 * dimensions or intake answers should be non-null; {@link ProfileDetermination} checks that. The scale is optional.
 */
public record ProfileInput(Profile profile, Dimensions dimensions, Map<String, String> answers, ScaleAnswers scale) {

    public static ProfileInput ofProfile(Profile profile) {
        return new ProfileInput(profile, null, null, null);
    }

    public static ProfileInput ofDimensions(Dimensions dimensions) {
        return new ProfileInput(null, dimensions, null, null);
    }

    public static ProfileInput ofAnswers(Map<String, String> answers) {
        return new ProfileInput(null, null, answers, null);
    }

    public ProfileInput withScale(ScaleAnswers scale) {
        return new ProfileInput(profile, dimensions, answers, scale);
    }
}
