package nl.interventiewijzer.catalogue;

/** Who delivers an activity. */
public enum Provider {
    VOLUNTEER,
    TRAINED_VOLUNTEER,
    PROFESSIONAL,
    PEER,
    STUDENT
}
