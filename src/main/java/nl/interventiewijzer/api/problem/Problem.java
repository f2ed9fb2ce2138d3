package nl.interventiewijzer.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail, with a list of field errors for invalid requests. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://interventiewijzer.nl/problems/";

    public static Problem of(ProblemType type, String detail, String instance) {
        return of(type, type.status(), detail, instance);
    }

    /** For a status the type only approximates (an unusual 4xx answered as a generic invalid request). */
    public static Problem of(ProblemType type, int status, String detail, String instance) {
        return new Problem(TYPE_BASE + type.slug(), type.title(), status, detail, instance, null);
    }

    public static Problem invalid(String detail, String instance, List<FieldError> errors) {
        return new Problem(TYPE_BASE + ProblemType.INVALID_REQUEST.slug(), ProblemType.INVALID_REQUEST.title(),
                ProblemType.INVALID_REQUEST.status(), detail, instance, List.copyOf(errors));
    }
}
