package nl.interventiewijzer.api.problem;

/**
 * An RFC 9457 problem for a retired resource, with two extension members: {@code replacedBy}, the id that took its
 * place (always present, null when nothing did), and {@code reason}, why it went, in Dutch a coach can read.
 */
public record GoneProblem(String type, String title, int status, String detail, String instance, String replacedBy,
        String reason) {

    static GoneProblem of(String detail, String instance, String replacedBy, String reason) {
        ProblemType gone = ProblemType.GONE;
        return new GoneProblem(Problem.TYPE_BASE + gone.slug(), gone.title(), gone.status(), detail, instance, replacedBy,
                reason);
    }
}
