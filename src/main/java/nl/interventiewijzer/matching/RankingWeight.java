package nl.interventiewijzer.matching;

/**
 * Every number the ranking uses besides the per-profile trait weights: the keys of the {@code ranking} section of the
 * fit-model file, each with the range a value must lie in. The values and their basis live in the file, so a welfare
 * professional can review them; this enum only says which keys exist and what is sane.
 */
public enum RankingWeight {
    /** Fit points from which a fit is STRONG, GOOD or PARTIAL; below PARTIAL it is WEAK. */
    FIT_STRONG_FROM(-10, 30, true),
    FIT_GOOD_FROM(-10, 30, true),
    FIT_PARTIAL_FROM(-10, 30, true),
    /** Share of the "made for" points lost for each circumstance the activity's purpose names beyond the first. */
    DESIGNED_FOR_BREADTH_STEP(0, 0.5, false),
    /** The least share of the "made for" points a broad purpose keeps. */
    DESIGNED_FOR_BREADTH_FLOOR(0, 1, false),
    /** Points when the person's known age lies in an age band the activity was made for, narrow or broad. */
    DESIGNED_FOR_AGE_NARROW(0, 10, false),
    DESIGNED_FOR_AGE_BROAD(0, 10, false),
    /** An age band at most this many years wide is narrow. */
    AGE_BAND_NARROW_YEARS(1, 100, true),
    /** The age taken as the upper end of an open band ("80+") when measuring its width. */
    AGE_BAND_OPEN_END(60, 120, true),
    /**
     * Share of the "made for" points an activity loses when its purpose names groups and the person belongs to none
     * of them: made for someone else.
     */
    DESIGNED_FOR_OTHERS_SHARE(0, 1, false),
    /** Points an activity loses when it was made for an age band and the person's known age lies outside it. */
    DESIGNED_FOR_OTHER_AGES(0, 10, false),
    /** Points an activity loses when it asks the person to change how they live (move, take in a lodger). */
    HOUSING_STEP(-10, 0, false),
    /** Points for a local or regional activity known to run in the person's own municipality. */
    RUNS_WHERE_THE_PERSON_LIVES(0, 5, false),
    PER_INTEREST(0, 5, false),
    MAX_INTERESTS_COUNTED(0, 5, true),
    BEREAVEMENT(0, 10, false),
    PREVENTION(0, 10, false),
    PROFESSIONAL_CARE(0, 10, false),
    KIND_OF_LONELINESS(0, 10, false),
    /** Points for an activity that comes to a housebound person: at home or by phone. */
    COMES_TO_THE_HOUSEBOUND(0, 10, false),
    NEEDS_TRANSPORT(-10, 0, false),
    /** Points lost for each of our readings of a source (an age, a group) the person falls outside. */
    OUTSIDE_READING(-10, 0, false),
    SUBSTANTIATED(0, 5, false),
    /** How far variety may reorder: a proposal never passes one scoring more than this above it. */
    VARIETY_MARGIN(0, 3, false),
    SAME_KIND_PENALTY(0, 3, false),
    SAME_APPROACH_PENALTY(0, 3, false),
    /** Below this score an activity is only proposed once nothing better is left. */
    WORTH_PROPOSING(-5, 5, false),
    /** One reason sentence on at most this many of the first ten proposals. */
    REASON_REPEAT_MAX(1, 10, true),
    /** At most this many examples from elsewhere (local projects of other municipalities) beside the list. */
    ELSEWHERE_MAX(0, 10, true);

    private final double min;
    private final double max;
    private final boolean whole;

    RankingWeight(double min, double max, boolean whole) {
        this.min = min;
        this.max = max;
        this.whole = whole;
    }

    /** Null when the value is acceptable, else what is wrong with it. */
    String problemWith(double value) {
        if (value < min || value > max) {
            return "must lie within " + format(min) + ".." + format(max) + ", is " + format(value);
        }
        if (whole && value != Math.rint(value)) {
            return "must be a whole number, is " + format(value);
        }
        return null;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
