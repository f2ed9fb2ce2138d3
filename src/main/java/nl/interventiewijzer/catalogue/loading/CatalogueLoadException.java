package nl.interventiewijzer.catalogue.loading;

import java.util.List;

/** The catalogue data is unreadable or invalid; the service must not start with it. */
public class CatalogueLoadException extends RuntimeException {

    public CatalogueLoadException(String message) {
        super(message);
    }

    public CatalogueLoadException(String message, Throwable cause) {
        super(message, cause);
    }

    static CatalogueLoadException invalid(String manifest, List<String> problems) {
        return new CatalogueLoadException("Catalogue " + manifest + " is invalid (" + problems.size() + " problem(s)):\n  - "
                + String.join("\n  - ", problems));
    }
}
