package nl.interventiewijzer.catalogue;

/** Who delivers an activity. {@link #NOT_STATED} stands alone: the sources do not say, and we never guess. */
public enum Provider {
    VOLUNTEER,
    TRAINED_VOLUNTEER,
    PROFESSIONAL,
    PEER,
    STUDENT,
    NOT_STATED
}
