package nl.interventiewijzer.matching;

import java.util.ArrayList;
import java.util.List;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Circumstance;

/**
 * What an activity was made for: the groups (circumstances) and the age band of its purpose. Only this drives "made
 * for you" in the ranking; a precondition alone (what a participant must meet) does not.
 */
record Purpose(List<Circumstance> circumstances, Integer minAge, Integer maxAge) {

    Purpose {
        circumstances = List.copyOf(circumstances);
    }

    /**
     * Catalogue 2026.11 has no {@code designedFor} yet: until catalogue v2 lands, the required circumstances, the
     * circumstances it also suits and the age band (stated, or our reading of "ouderen" or "jongeren") stand in for
     * it. This is the one place that reads it.
     */
    static Purpose of(Activity activity) {
        List<Circumstance> groups = new ArrayList<>(activity.eligibility().requiresAnyOf());
        activity.eligibility().requiresAllOf().stream().filter(c -> !groups.contains(c)).forEach(groups::add);
        activity.alsoSuits().stream().filter(c -> !groups.contains(c)).forEach(groups::add);
        return new Purpose(groups, activity.eligibility().minAge(), activity.eligibility().maxAge());
    }

    boolean hasAgeBand() {
        return minAge != null || maxAge != null;
    }

    boolean includesAge(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    /** The band's width in years, an open upper end counted up to {@code openEnd}. */
    int ageBandWidth(int openEnd) {
        int lower = minAge == null ? 0 : minAge;
        int upper = maxAge == null ? Math.max(openEnd, lower) : maxAge;
        return upper - lower;
    }
}
