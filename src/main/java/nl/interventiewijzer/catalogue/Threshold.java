package nl.interventiewijzer.catalogue;

/** How much an activity asks before and during participation. */
public enum Threshold {
    LOW,
    MODERATE,
    HIGH
}
