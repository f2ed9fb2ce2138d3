package nl.interventiewijzer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Exactly one of dimensions or answers (intake item id to option code); the loneliness scale is optional. An explicit
 * null is the same as an absent field; empty answers count as none (see {@link IntakeAnswers}).
 */
public record ClassificationRequest(
        @Valid DimensionsInput dimensions,
        @Size(max = 100) Map<String, String> answers,
        @Valid DeJongGierveldInput deJongGierveld) {

    public ClassificationRequest {
        answers = IntakeAnswers.givenOrNull(answers);
    }
}
