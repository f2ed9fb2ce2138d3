package nl.interventiewijzer.catalogue;

/** Where an activity takes place, seen from the person's front door. */
public enum Setting {
    HOME,
    NEIGHBOURHOOD,
    CARE_FACILITY,
    ONLINE,
    PHONE,
    AWAY;

    /** Whether someone who cannot leave the house can take part without transport being arranged. */
    public boolean reachableFromHome() {
        return this == HOME || this == PHONE || this == ONLINE;
    }
}
