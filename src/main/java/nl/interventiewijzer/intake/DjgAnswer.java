package nl.interventiewijzer.intake;

/** The three answers of the De Jong Gierveld scale as used in interviews: ja, min of meer, nee. */
public enum DjgAnswer {
    JA,
    MIN_OF_MEER,
    NEE
}
