package nl.interventiewijzer.catalogue;

public enum Gender {
    FEMALE,
    MALE,
    X
}
