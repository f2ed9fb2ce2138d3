package nl.interventiewijzer.catalogue;

/**
 * Where an activity takes place, seen from the person's front door. {@link #NOT_STATED} stands alone: the sources do
 * not say where.
 */
public enum Setting {
    HOME,
    NEIGHBOURHOOD,
    CARE_FACILITY,
    ONLINE,
    PHONE,
    AWAY,
    NOT_STATED
}
