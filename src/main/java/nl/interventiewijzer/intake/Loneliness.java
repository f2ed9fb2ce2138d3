package nl.interventiewijzer.intake;

/**
 * A De Jong Gierveld score and which kind of loneliness it points to: context for ranking, never a diagnosis and
 * never the profile.
 */
public record Loneliness(DjgForm form, LonelinessScore score, boolean emotional, boolean social) {

    static Loneliness of(DjgForm form, LonelinessScore score) {
        return new Loneliness(form, score, IntakeContext.emotionallyLonely(form, score),
                IntakeContext.sociallyLonely(form, score));
    }
}
