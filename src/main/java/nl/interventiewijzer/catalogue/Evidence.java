package nl.interventiewijzer.catalogue;

/** Evidence level in the Handreiking's own words (onderbouwd / kansrijk), or a practice example from another seed. */
public enum Evidence {
    SUBSTANTIATED,
    PROMISING,
    PRACTICE_EXAMPLE
}
