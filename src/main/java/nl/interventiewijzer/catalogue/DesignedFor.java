package nl.interventiewijzer.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * What an activity was made for, its purpose: the circumstances and the age band it was created for. Different from
 * {@link Eligibility}, what a participant must meet: living alone is a precondition of a student lodger scheme, not
 * its purpose. Empty (no circumstances, no ages) means made for anyone.
 */
public record DesignedFor(List<Circumstance> circumstances, Integer minAge, Integer maxAge) {

    public static final DesignedFor ANYONE = new DesignedFor(List.of(), null, null);

    public DesignedFor {
        circumstances = List.copyOf(Objects.requireNonNull(circumstances, "circumstances"));
    }

    public boolean hasAgeBand() {
        return minAge != null || maxAge != null;
    }

    /** Whether an age band was set and this age is within it (inclusive). */
    public boolean ageBandCovers(int age) {
        return hasAgeBand() && (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    /** Dutch description of the age band, e.g. "mensen van 80 jaar en ouder". */
    public String describeAgeBand() {
        if (minAge != null && maxAge != null) {
            return "mensen van " + minAge + " tot en met " + maxAge + " jaar";
        }
        return minAge != null ? "mensen van " + minAge + " jaar en ouder" : "mensen tot en met " + maxAge + " jaar";
    }
}
