package nl.interventiewijzer.matching;

/** How much a trait counts for a profile: positive where it follows the profile's support direction. */
public record FitRule(Trait trait, int weight) {
}
