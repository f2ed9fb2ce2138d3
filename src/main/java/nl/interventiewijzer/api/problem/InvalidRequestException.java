package nl.interventiewijzer.api.problem;

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

    public List<FieldError> errors() {
        return errors;
    }
}
