package nl.interventiewijzer.intake;

import java.util.List;

/** One thing wrong with the answers: where (answers or answers.&lt;itemId&gt;), what, and which ids or codes fit there. */
public record AnswerProblem(String field, String message, List<String> allowed) {

    public AnswerProblem {
        allowed = List.copyOf(allowed);
    }
}
