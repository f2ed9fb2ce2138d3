package nl.interventiewijzer.profile;

/** How a profile was arrived at: the coach's own choice, the three dimensions, or intake answers. */
public enum ProfileSource {
    PROFILE,
    DIMENSIONS,
    ANSWERS
}
