package nl.interventiewijzer.api;

import java.util.Map;
import nl.interventiewijzer.profile.Profile;

/**
 * Exactly one of profile (the coach's own choice), dimensions or intake answers; the rest is optional. An explicit
 * null is the same as an absent field; empty answers count as none (see {@link IntakeAnswers}). Its limits are
 * {@link RequestLimits}'.
 */
public record MatchRequest(
        Profile profile,
        DimensionsInput dimensions,
        Map<String, String> answers,
        DeJongGierveldInput deJongGierveld,
        PersonInput person,
        Integer limit) {

    public MatchRequest {
        answers = IntakeAnswers.givenOrNull(answers);
    }
}
