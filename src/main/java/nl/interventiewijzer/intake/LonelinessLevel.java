package nl.interventiewijzer.intake;

/** The cut-off categories of the De Jong Gierveld scale; VERY_SEVERE exists only on the 11-item form. */
public enum LonelinessLevel {
    NOT_LONELY,
    MODERATE,
    SEVERE,
    VERY_SEVERE
}
