package nl.interventiewijzer.localoffer;

import java.util.List;
import java.util.stream.Collectors;

/** A local-offer package that does not load; the message names every problem by file and row. */
public class LocalOfferException extends RuntimeException {

    static final int SHOWN = 25;

    private final List<LocalOfferProblem> problems;

    public LocalOfferException(List<LocalOfferProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<LocalOfferProblem> problems() {
        return problems;
    }

    private static String describe(List<LocalOfferProblem> problems) {
        String shown = problems.stream().limit(SHOWN).map(LocalOfferProblem::toString).collect(Collectors.joining("; "));
        String more = problems.size() > SHOWN ? "; and " + (problems.size() - SHOWN) + " more" : "";
        return "The local offer does not load (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "): " + shown + more;
    }
}
