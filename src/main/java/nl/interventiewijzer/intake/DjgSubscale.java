package nl.interventiewijzer.intake;

/**
 * The two subscales of the De Jong Gierveld scale. Emotional items are worded negatively, social items positively,
 * so they count the opposite answers as lonely; the neutral "min of meer" always counts as lonely.
 */
public enum DjgSubscale {
    /** Missing a close, intimate bond. Scores 1 for "ja" or "min of meer". */
    EMOTIONAL,
    /** Missing a wider circle of people. Scores 1 for "nee" or "min of meer". */
    SOCIAL;

    public boolean countsAsLonely(DjgAnswer answer) {
        return switch (answer) {
            case MIN_OF_MEER -> true;
            case JA -> this == EMOTIONAL;
            case NEE -> this == SOCIAL;
        };
    }
}
