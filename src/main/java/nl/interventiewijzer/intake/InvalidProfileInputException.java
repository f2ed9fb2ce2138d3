package nl.interventiewijzer.intake;

import java.util.List;

/**
 * A request that does not say how to decide the profile (none or more than one of profile, dimensions, answers), or
 * a loneliness scale with the wrong number of answers. Each problem names the field and what is allowed there.
 */
public class InvalidProfileInputException extends RuntimeException {

    private final List<AnswerProblem> problems;

    public InvalidProfileInputException(String message, AnswerProblem problem) {
        super(message, null, false, false);
        this.problems = List.of(problem);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
