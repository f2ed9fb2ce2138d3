package nl.interventiewijzer.profile;

public enum Coping {
    ACTIVE,
    PASSIVE
}
