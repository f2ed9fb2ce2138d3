package nl.interventiewijzer.api.problem;

/** A resource that existed once and was retired: answered 410 with where it went and why. */
public class ResourceGoneException extends RuntimeException {

    private final String replacedBy;
    private final String reason;

    public ResourceGoneException(String detail, String replacedBy, String reason) {
        super(detail, null, false, false);
        this.replacedBy = replacedBy;
        this.reason = reason;
    }

    public String replacedBy() {
        return replacedBy;
    }

    public String reason() {
        return reason;
    }
}
