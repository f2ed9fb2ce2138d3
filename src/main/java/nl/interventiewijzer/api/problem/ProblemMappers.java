package nl.interventiewijzer.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.interventiewijzer.intake.AnswerProblem;
import nl.interventiewijzer.intake.InvalidAnswersException;
import nl.interventiewijzer.intake.InvalidProfileInputException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem. Client mistakes say exactly what was wrong and what is allowed;
 * server faults say nothing about internals (no class names, no stack traces) and are logged without request data.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public RestResponse<Problem> invalidRequest(InvalidRequestException e, UriInfo uri) {
        return respond(Problem.invalid(e.getMessage(), path(uri), e.errors()));
    }

    /** Intake answers that cannot be scored: each unknown id or code, or each undecided dimension, is a field. */
    @ServerExceptionMapper
    public RestResponse<Problem> invalidAnswers(InvalidAnswersException e, UriInfo uri) {
        return respond(Problem.invalid(e.problems().size() == 1 ? e.getMessage()
                : e.problems().size() + " answers are not valid", path(uri), fieldErrors(e.problems())));
    }

    /** No or several ways to decide the profile, or a loneliness scale with the wrong number of answers. */
    @ServerExceptionMapper
    public RestResponse<Problem> invalidProfileInput(InvalidProfileInputException e, UriInfo uri) {
        return respond(Problem.invalid(e.getMessage(), path(uri), fieldErrors(e.problems())));
    }

    private static List<FieldError> fieldErrors(List<AnswerProblem> problems) {
        return problems.stream().map(problem -> new FieldError(problem.field(), problem.message(),
                problem.allowed().isEmpty() ? null : problem.allowed())).toList();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(ResourceNotFoundException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.NOT_FOUND, e.getMessage(), path(uri)));
    }

    /** A retired id: 410 with where the entry went ({@code replacedBy}, null when nowhere) and why. */
    @ServerExceptionMapper
    public RestResponse<GoneProblem> gone(ResourceGoneException e, UriInfo uri) {
        GoneProblem problem = GoneProblem.of(e.getMessage(), path(uri), e.replacedBy(), e.reason());
        return RestResponse.ResponseBuilder.<GoneProblem>create(problem.status()).entity(problem).type(Problem.MEDIA_TYPE)
                .build();
    }

    /** More specific than Quarkus' own mapper for this type, which answers with an empty body. */
    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            FieldError error = fieldErrorOf(mapping);
            return respond(Problem.invalid(error.field() + ": " + error.message(), path(uri), List.of(error)));
        }
        if (e instanceof MismatchedInputException) {
            return respond(Problem.invalid("The request body must be a JSON object", path(uri),
                    List.of(new FieldError("$", "must be a JSON object"))));
        }
        if (e instanceof InputCoercionException) {
            return respond(Problem.invalid("A number in the request is out of range", path(uri),
                    List.of(new FieldError("$", "a number is out of range" + location(e)))));
        }
        return respond(Problem.of(ProblemType.MALFORMED_JSON, "The request body could not be parsed as JSON" + location(e)
                + ": " + shorten(e.getOriginalMessage()), path(uri)));
    }

    private static String shorten(String message) {
        String firstLine = message == null ? "" : message.lines().findFirst().orElse("");
        return firstLine.length() <= 160 ? firstLine : firstLine.substring(0, 160) + "…";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, UriInfo uri) {
        JsonProcessingException json = jsonCause(e);
        if (json != null) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        return respond(Problem.of(type, status, detailFor(status), path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        JsonProcessingException json = jsonCause(e);
        return json != null ? unreadableJson(json, uri) : internal(e, uri);
    }

    /** Body readers wrap parse failures; the JSON exception underneath says what the client got wrong. */
    private static JsonProcessingException jsonCause(Throwable e) {
        Throwable cause = e.getCause();
        while (cause != null && cause != cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return json;
            }
            cause = cause.getCause();
        }
        return null;
    }

    /**
     * A client that hung up mid-answer (a referral system's timeout, a load balancer dropping the connection) is not a
     * fault of ours: one DEBUG line, no stack trace, and there is nobody left to answer. Anything else is a real
     * fault: one ERROR line under a fresh id that the problem answer carries too. Neither line holds request values.
     */
    private RestResponse<Problem> internal(Throwable e, UriInfo uri) {
        if (ClosedConnections.isClosedConnection(e)) {
            LOG.debugf("Client closed the connection before the answer to %s was complete (%s)", path(uri),
                    e.getClass().getSimpleName());
            return respond(Problem.of(ProblemType.INTERNAL_ERROR, "The connection was closed.", path(uri)));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error %s on %s", errorId, path(uri));
        return respond(Problem.internal(errorId, path(uri)));
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No resource at this path; see openapi.yaml for the API's paths.";
            case 405 -> "This path does not support the HTTP method used.";
            case 406 -> "The API answers in application/json (errors in application/problem+json).";
            case 415 -> "Send the request body as application/json.";
            default -> "The request could not be processed.";
        };
    }

    static FieldError fieldErrorOf(JsonMappingException e) {
        String field = jsonPath(e.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return new FieldError(field, "unknown field", known);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            List<String> allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(String::valueOf).toList();
            return new FieldError(field, "unknown code", allowed);
        }
        if (e.getCause() instanceof InputCoercionException) {
            return new FieldError(field, "is out of range");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldError(field, "must be " + describe(mismatch.getTargetType()));
        }
        return new FieldError(field, "has a value of the wrong type");
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "$" : field.toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    static RestResponse<Problem> respond(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status()).entity(problem).type(Problem.MEDIA_TYPE).build();
    }
}
