package nl.interventiewijzer.matching;

/** Why an activity is proposed: the codes programs read; {@link Wording} holds the Dutch sentence for each. */
public enum ReasonCode {
    DESIGNED_FOR,
    DESIGNED_FOR_AGE,
    COMES_TO_THE_PERSON,
    /** A local or regional activity that runs in the person's own municipality. */
    RUNS_IN_MUNICIPALITY,
    RECENT_BEREAVEMENT,
    INTEREST,
    PROFILE_FIT_STRONG,
    PROFILE_FIT_GOOD,
    PROFILE_FIT_PARTIAL,
    PROFILE_FIT_WEAK,
    PREVENTION,
    PROFESSIONAL_CARE,
    EMOTIONAL_LONELINESS,
    SOCIAL_LONELINESS,
    EVIDENCE_SUBSTANTIATED,
    EVIDENCE_PROMISING,
    EVIDENCE_PRACTICE_EXAMPLE,
    /** A service of the municipality's local offer with no catalogue link, proposed in its own right. */
    LOCAL_OFFER;

    static ReasonCode fit(FitLevel level) {
        return switch (level) {
            case STRONG -> PROFILE_FIT_STRONG;
            case GOOD -> PROFILE_FIT_GOOD;
            case PARTIAL -> PROFILE_FIT_PARTIAL;
            case WEAK -> PROFILE_FIT_WEAK;
        };
    }
}
