package nl.interventiewijzer.api.problem;

import java.util.List;

/** One thing wrong with a request: where (a JSON path such as person.age), what, and what is allowed there. */
public record FieldError(String field, String message, List<String> allowed) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
