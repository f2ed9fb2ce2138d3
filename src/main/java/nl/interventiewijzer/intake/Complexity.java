package nl.interventiewijzer.intake;

import java.util.Collection;

/**
 * What an answer says about problems in other life domains, for the one rule that points cannot settle: whether
 * structural loneliness is structurally complex. Bijlage 1 describes that category as "structurele, complexe
 * (psychiatrische) problematiek": structural loneliness together with problems in other life domains. One worry
 * (a small pension, a leaking roof) is much less than that (review 2026-12, section 7), so the rule is: complex with
 * worries in more than one domain, or with a psychiatric or an addiction problem. Counting an addiction like a
 * psychiatric problem is our interpretation; Bijlage 1 does not name addiction.
 */
public enum Complexity {
    /** The answer reports no problem in another life domain. */
    NONE(0, false),
    /** Worries in one other life domain (money, housing, health or another). */
    ONE_AREA(1, false),
    /** Worries in more than one other life domain. */
    SEVERAL_AREAS(2, false),
    /** A psychiatric problem (depression, much anxiety), with or without care. */
    PSYCHIATRIC(0, true),
    /** An addiction (alcohol, drugs, gambling), with or without care. */
    ADDICTION(0, true);

    /** Life domains with worries from which structural loneliness counts as complex. */
    static final int COMPLEX_FROM_AREAS = 2;

    private final int areas;
    private final boolean complexOnItsOwn;

    Complexity(int areas, boolean complexOnItsOwn) {
        this.areas = areas;
        this.complexOnItsOwn = complexOnItsOwn;
    }

    /** How many other life domains with worries this answer reports. */
    public int areas() {
        return areas;
    }

    /** Whether this answer alone makes structural loneliness complex. */
    public boolean complexOnItsOwn() {
        return complexOnItsOwn;
    }

    /** The rule: more than one life domain with worries, or one answer that is complex on its own. */
    public static boolean isComplex(Collection<Complexity> answered) {
        int areas = 0;
        for (Complexity complexity : answered) {
            if (complexity.complexOnItsOwn) {
                return true;
            }
            areas += complexity.areas;
        }
        return areas >= COMPLEX_FROM_AREAS;
    }
}
