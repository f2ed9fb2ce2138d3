package nl.interventiewijzer.profile;

import java.util.Arrays;

/**
 * The eight intervention profiles and the Bijlage 1 table that defines them (Machielse, 2011; Handreiking lokale
 * aanpak van eenzaamheid, Bijlage 1): situational or structural, active or passive coping, oriented on participation
 * or not.
 */
public enum Profile {
    ACTIEVEN(true, Coping.ACTIVE, true),
    GEBORGENEN(true, Coping.ACTIVE, false),
    ACHTERBLIJVERS(true, Coping.PASSIVE, true),
    AFHANKELIJKEN(true, Coping.PASSIVE, false),
    COMPENSEERDERS(false, Coping.ACTIVE, true),
    BUITENSTAANDERS(false, Coping.ACTIVE, false),
    HOOPVOLLEN(false, Coping.PASSIVE, true),
    OVERLEVERS(false, Coping.PASSIVE, false);

    private final boolean situational;
    private final Coping coping;
    private final boolean participationOriented;

    Profile(boolean situational, Coping coping, boolean participationOriented) {
        this.situational = situational;
        this.coping = coping;
        this.participationOriented = participationOriented;
    }

    public static Profile of(Dimensions dimensions) {
        return Arrays.stream(values())
                .filter(profile -> profile.situational == dimensions.duration().isSituational()
                        && profile.coping == dimensions.coping()
                        && profile.participationOriented == dimensions.participationOriented())
                .findFirst()
                .orElseThrow();
    }

    public boolean isSituational() {
        return situational;
    }

    public Coping coping() {
        return coping;
    }

    public boolean isParticipationOriented() {
        return participationOriented;
    }

    /** The table's own duration for this profile: the situational or the structural half. */
    public Duration tableDuration() {
        return situational ? Duration.SITUATIONAL : Duration.STRUCTURAL;
    }
}
