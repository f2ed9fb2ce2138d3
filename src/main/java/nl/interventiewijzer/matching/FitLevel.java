package nl.interventiewijzer.matching;

/** A readable band for fit points; where each band starts is policy data ({@link RankingPolicy.FitBands}). */
public enum FitLevel {
    STRONG,
    GOOD,
    PARTIAL,
    WEAK;

    public boolean atLeast(FitLevel other) {
        return ordinal() <= other.ordinal();
    }
}
