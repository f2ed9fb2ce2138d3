package nl.interventiewijzer.catalogue;

/** Where an activity takes place, seen from the person's front door. */
public enum Setting {
    HOME,
    NEIGHBOURHOOD,
    CARE_FACILITY,
    ONLINE,
    PHONE,
    AWAY
}
