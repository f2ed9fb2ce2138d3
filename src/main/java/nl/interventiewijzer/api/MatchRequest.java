package nl.interventiewijzer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.interventiewijzer.matching.MatchQuery;
import nl.interventiewijzer.profile.Profile;

/**
 * Exactly one of profile (the coach's own choice), dimensions or intake answers; the rest is optional. An explicit
 * null is the same as an absent field; empty answers count as none (see {@link IntakeAnswers}).
 */
public record MatchRequest(
        Profile profile,
        @Valid DimensionsInput dimensions,
        @Size(max = 100) Map<String, String> answers,
        @Valid DeJongGierveldInput deJongGierveld,
        @Valid PersonInput person,
        @Min(1) @Max(MatchQuery.MAX_LIMIT) Integer limit) {

    public MatchRequest {
        answers = IntakeAnswers.givenOrNull(answers);
    }
}
