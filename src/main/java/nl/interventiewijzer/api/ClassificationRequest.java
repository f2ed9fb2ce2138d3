package nl.interventiewijzer.api;

import java.util.Map;

/**
 * Exactly one of dimensions or answers (intake item id to option code); the loneliness scale is optional. An explicit
 * null is the same as an absent field; empty answers count as none (see {@link IntakeAnswers}). Its limits are
 * {@link RequestLimits}'.
 */
public record ClassificationRequest(
        DimensionsInput dimensions,
        Map<String, String> answers,
        DeJongGierveldInput deJongGierveld) {

    public ClassificationRequest {
        answers = IntakeAnswers.givenOrNull(answers);
    }
}
