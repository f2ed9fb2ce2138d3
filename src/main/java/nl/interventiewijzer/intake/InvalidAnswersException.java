package nl.interventiewijzer.intake;

import java.util.List;
import java.util.stream.Collectors;

/** Intake answers that cannot be scored: unknown questions or answer codes, or too few answers to decide. */
public class InvalidAnswersException extends RuntimeException {

    private final List<AnswerProblem> problems;

    public InvalidAnswersException(List<AnswerProblem> problems) {
        super(problems.stream().map(problem -> problem.field() + ": " + problem.message())
                .collect(Collectors.joining("; ")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
