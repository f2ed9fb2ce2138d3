package nl.interventiewijzer.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One thing wrong with a request: where (a JSON path such as person.age), what, and what is allowed there. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, List<String> allowed) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
