package nl.interventiewijzer.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an activity runs. Municipalities are spelled as CBS spells them; a person's municipality is compared with them
 * ignoring case and surrounding spaces.
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

    static String normalise(String municipality) {
        return municipality.strip().toLowerCase(Locale.ROOT);
    }
}
