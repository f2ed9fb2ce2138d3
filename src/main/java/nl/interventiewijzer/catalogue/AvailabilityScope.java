package nl.interventiewijzer.catalogue;

/** How far an activity reaches: the whole country, a named region, or one or a few municipalities. */
public enum AvailabilityScope {
    NATIONAL,
    REGIONAL,
    LOCAL
}
