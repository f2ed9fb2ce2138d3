package nl.interventiewijzer.matching;

/** One reviewed number of the ranking policy and why it has that value. */
public record PolicyValue(Double value, String basis) {
}
