package nl.interventiewijzer.catalogue;

/** Whether an age limit is a number the source gives, or our reading of "ouderen" / "jongeren". */
public enum AgeBasis {
    STATED,
    INTERPRETED
}
