package nl.interventiewijzer.api.problem;

/** The kinds of problem the API answers with; each has a stable type URI that clients can switch on. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", "The request is not valid", 400),
    MALFORMED_JSON("malformed-json", "The request body is not valid JSON", 400),
    NOT_FOUND("not-found", "Not found", 404),
    GONE("gone", "Gone", 410),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    SERVICE_UNAVAILABLE("service-unavailable", "The service is not ready", 503),
    INTERNAL_ERROR("internal-error", "Internal server error", 500);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_JSON) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
    }
}
