package nl.interventiewijzer.catalogue;

/** Whether the person is collected and brought home; {@link #NOT_STATED} when the sources do not say. */
public enum Transport {
    ARRANGED,
    NOT_ARRANGED,
    NOT_STATED
}
