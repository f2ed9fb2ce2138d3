package nl.interventiewijzer.matching;

/**
 * Which kind of loneliness a survey score points to (De Jong Gierveld): emotional (missing a close bond) or social
 * (missing a wider circle). Context for ranking only; it never decides the profile.
 */
public record LonelinessContext(boolean emotional, boolean social) {

    public static final LonelinessContext UNKNOWN = new LonelinessContext(false, false);
}
