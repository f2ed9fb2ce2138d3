package nl.interventiewijzer.api.problem;

import java.util.Comparator;
import java.util.List;

/** A request that parsed but breaks a rule of the contract; answered as a 400 problem listing each field. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(FieldError error) {
        this(error.field() + ": " + error.message(), List.of(error));
    }

    /**
     * One answer for all that is wrong, its fields in order of field and message; the detail names the field when
     * there is one, else how many there are.
     */
    public static InvalidRequestException of(List<FieldError> errors) {
        List<FieldError> sorted = errors.stream()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList();
        return new InvalidRequestException(sorted.size() == 1 ? sorted.get(0).field() + ": " + sorted.get(0).message()
                : sorted.size() + " fields are not valid", sorted);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
