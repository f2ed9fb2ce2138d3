package nl.interventiewijzer.localoffer.store;

/**
 * An HSDS services query: free text over name and description, one taxonomy term, one organisation, one municipality
 * (our addition; HSDS leaves geography to each profile). Null means no filter.
 */
public record ServiceQuery(String search, String taxonomyTermId, String organizationId, String municipality, int page,
        int perPage) {
}
