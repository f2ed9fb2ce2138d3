package nl.interventiewijzer.profile;

/** Persistence of the loneliness or isolation: the four categories of Bijlage 1 (Machielse, 2011). */
public enum Duration {
    /** Dreigend: at risk, not (yet) lonely; counts as situational, the accent is prevention. */
    THREATENED,
    /** Situationeel: caused by recent circumstances or events. */
    SITUATIONAL,
    /** Structureel: for many years, a single problem. */
    STRUCTURAL,
    /** Structureel complex: structural plus problems in other life domains; counts as structural. */
    STRUCTURAL_COMPLEX;

    /** Which half of the Bijlage 1 table the category belongs to. */
    public boolean isSituational() {
        return this == THREATENED || this == SITUATIONAL;
    }
}
