package nl.interventiewijzer.catalogue;

/** Why an id no longer names a live entry: removed from the catalogue, or merged into another entry. */
public enum RetirementStatus {
    REMOVED,
    MERGED
}
