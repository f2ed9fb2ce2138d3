package nl.interventiewijzer.catalogue;

public enum GroupSize {
    ONE_ON_ONE,
    SMALL_GROUP,
    GROUP,
    OPEN
}
