package nl.interventiewijzer.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an activity runs. Municipalities are spelled as CBS spells them; a person's municipality is compared with them
 * ignoring case and surrounding spaces, and "Den Haag" and "Den Bosch" count as their CBS names.
 */
public record Availability(AvailabilityScope scope, String region, List<String> municipalities, String note) {

    public static final Availability NATIONAL = new Availability(AvailabilityScope.NATIONAL, null, List.of(), null);

    public Availability {
        municipalities = List.copyOf(Objects.requireNonNull(municipalities, "municipalities"));
    }

    /** A national activity reaches everyone; a regional or local one only the municipalities it names. */
    public boolean reaches(String municipality) {
        return scope == AvailabilityScope.NATIONAL || names(municipality);
    }

    /** Whether this municipality is one the entry names (ignoring case and surrounding spaces). */
    public boolean names(String municipality) {
        if (municipality == null || municipality.isBlank()) {
            return false;
        }
        String wanted = normalise(municipality);
        for (int i = 0; i < municipalities.size(); i++) {
            if (normalise(municipalities.get(i)).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two municipalities are commonly called by another name than the one CBS uses; a coach typing the common name
     * still finds what runs there.
     */
    private static final java.util.Map<String, String> COMMON_NAMES = java.util.Map.of(
            "den haag", "'s-gravenhage",
            "den bosch", "'s-hertogenbosch");

    /** A municipality's name as names are compared: stripped, lower case, the CBS name for a common one. */
    public static String normalise(String municipality) {
        String name = municipality.strip().toLowerCase(Locale.ROOT);
        return COMMON_NAMES.getOrDefault(name, name);
    }
}
