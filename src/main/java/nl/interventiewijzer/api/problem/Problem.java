package nl.interventiewijzer.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, with a list of field errors for invalid requests, and for a server fault the id of the
 * one log line that records it ({@code errorId}, an extension member), so an operator can find what a partner reports.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
        String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://interventiewijzer.nl/problems/";

    public static Problem of(ProblemType type, String detail, String instance) {
        return of(type, type.status(), detail, instance);
    }

    /** For a status the type only approximates (an unusual 4xx answered as a generic invalid request). */
    public static Problem of(ProblemType type, int status, String detail, String instance) {
        return new Problem(TYPE_BASE + type.slug(), type.title(), status, detail, instance, null, null);
    }

    /** A server fault: says nothing about internals, only the id under which it was logged. */
    public static Problem internal(String errorId, String instance) {
        ProblemType type = ProblemType.INTERNAL_ERROR;
        return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(),
                "An unexpected error occurred; it has been logged under error id " + errorId + ".", instance, null, errorId);
    }

    public static Problem invalid(String detail, String instance, List<FieldError> errors) {
        return new Problem(TYPE_BASE + ProblemType.INVALID_REQUEST.slug(), ProblemType.INVALID_REQUEST.title(),
                ProblemType.INVALID_REQUEST.status(), detail, instance, List.copyOf(errors), null);
    }
}
