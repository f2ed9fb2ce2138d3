package nl.interventiewijzer.api.problem;

public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String detail) {
        super(detail, null, false, false);
    }
}
