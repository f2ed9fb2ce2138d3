package nl.interventiewijzer.catalogue;

import java.util.List;

/** Who an activity is for, as machine-readable rules. Empty lists mean: no such requirement. */
public record Eligibility(
        Integer minAge,
        Integer maxAge,
        AgeBasis ageBasis,
        Gender gender,
        List<Circumstance> requiresAnyOf,
        List<Circumstance> requiresAllOf,
        String note) {

    public Eligibility {
        requiresAnyOf = requiresAnyOf == null ? null : List.copyOf(requiresAnyOf);
        requiresAllOf = requiresAllOf == null ? null : List.copyOf(requiresAllOf);
    }

    public boolean hasAgeLimit() {
        return minAge != null || maxAge != null;
    }

    public boolean admitsAge(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }
}
