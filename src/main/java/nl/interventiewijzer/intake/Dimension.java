package nl.interventiewijzer.intake;

/** The three indicators an intake question can inform (Bijlage 1: duration, coping strategy, motivation). */
public enum Dimension {
    DURATION,
    COPING,
    PARTICIPATION
}
