package nl.interventiewijzer.matching;

/** A readable band for fit points. */
public enum FitLevel {
    STRONG,
    GOOD,
    PARTIAL,
    WEAK;

    static final int STRONG_FROM = 7;
    static final int GOOD_FROM = 4;
    static final int PARTIAL_FROM = 1;

    public static FitLevel of(int points) {
        if (points >= STRONG_FROM) {
            return STRONG;
        }
        if (points >= GOOD_FROM) {
            return GOOD;
        }
        return points >= PARTIAL_FROM ? PARTIAL : WEAK;
    }

    public boolean atLeast(FitLevel other) {
        return ordinal() <= other.ordinal();
    }
}
