package nl.interventiewijzer.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * What a participant must meet, as machine-readable rules. Empty lists mean: no such requirement. An age or a set of
 * requirements with basis INTERPRETED is our reading of the source, and never excludes a person on its own.
 */
public record Eligibility(
        Integer minAge,
        Integer maxAge,
        AgeBasis ageBasis,
        Gender gender,
        List<Circumstance> requiresAnyOf,
        List<Circumstance> requiresAllOf,
        RequirementsBasis requirementsBasis,
        String note) {

    public static final Eligibility NONE = new Eligibility(null, null, null, null, List.of(), List.of(), null, null);

    public Eligibility {
        requiresAnyOf = List.copyOf(Objects.requireNonNull(requiresAnyOf, "requiresAnyOf"));
        requiresAllOf = List.copyOf(Objects.requireNonNull(requiresAllOf, "requiresAllOf"));
    }

    public boolean hasAgeLimit() {
        return minAge != null || maxAge != null;
    }

    public boolean admitsAge(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    public boolean hasRequirements() {
        return !requiresAnyOf.isEmpty() || !requiresAllOf.isEmpty();
    }

    /** The age limit is a hard rule: stated by the source. */
    public boolean ageIsStated() {
        return ageBasis == AgeBasis.STATED;
    }

    /** The required circumstances are a hard rule: the target group as the source states it. */
    public boolean requirementsAreStated() {
        return requirementsBasis == RequirementsBasis.STATED;
    }
}
