package nl.interventiewijzer.matching;

import java.util.List;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.DesignedFor;

/**
 * What an activity was made for: the groups (circumstances) and the age band of its purpose. Only this drives "made
 * for you" in the ranking; a precondition alone (what a participant must meet) does not.
 */
record Purpose(List<Circumstance> circumstances, Integer minAge, Integer maxAge) {

    Purpose {
        circumstances = List.copyOf(circumstances);
    }

    /** The catalogue's {@code designedFor}: the one place matching reads an activity's purpose. */
    static Purpose of(Activity activity) {
        DesignedFor madeFor = activity.designedFor();
        return new Purpose(madeFor.circumstances(), madeFor.minAge(), madeFor.maxAge());
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
